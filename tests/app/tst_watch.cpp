// `galley watch` as a script uses it: two real galley processes on one team newsroom (the test
// server, GALLEY_TEST_PG_URI) — one watching with --json, one commenting as a reviewer — and the
// watcher prints the comment's announcement as one line of JSON, a psql-style change too, and
// exits 0 on SIGTERM and on SIGINT. Also the plain lines on a newsroom file and the usage errors.
// Fails, never skips, without a server.

#include "storage/articlerepository.h"
#include "storage/database.h"

#include "galleyprocess.h"
#include "teamlogins.h"
#include "testnewsroom.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace galley;
using namespace galley::test;

namespace {

/// A running `galley watch`.
class Watcher
{
public:
    explicit Watcher(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(GALLEY_BINARY), QStringList { QStringLiteral("watch") } + arguments);
    }
    ~Watcher()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// Waits until the watcher says it listens.
    bool ready()
    {
        return waitUntil([this] { return m_err.contains("watching"); }, 10000);
    }
    /// The next JSON line on stdout that \a match accepts.
    template<typename Match>
    std::optional<QJsonObject> next(Match match, int timeout = 3000)
    {
        std::optional<QJsonObject> found;
        waitUntil(
            [&] {
                for (const QJsonObject &object : jsonLines(m_out)) {
                    if (match(object)) {
                        found = object;
                        return true;
                    }
                }
                return false;
            },
            timeout);
        return found;
    }
    bool waitForLine(const QByteArray &text, int timeout = 3000)
    {
        return waitUntil([&] { return m_out.contains(text); }, timeout);
    }
    /// Sends \a signal and returns the exit code (-1: crashed or still running after 5 s).
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(5000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }

private:
    template<typename Condition>
    bool waitUntil(Condition condition, int timeout)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            m_out += m_process.readAllStandardOutput();
            m_err += m_process.readAllStandardError();
            if (condition())
                return true;
            if (timer.elapsed() > timeout || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
        }
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

class WatchCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_team.setUp(QStringLiteral("wc")), qPrintable(m_team.errorString())); }
    void cleanupTestCase() { m_team.tearDown(); }

    void aCommentFromAnotherGalleyIsOneJsonLine()
    {
        std::unique_ptr<Database> editor;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), editor));
        Article article;
        article.title = QStringLiteral("草原上的春天");
        article.bodyHtml = QStringLiteral("<p>牧民开始春耕，草场返青。</p>\n");
        QVERIFY(ArticleRepository(*editor).create(article));

        Watcher watcher({ QStringLiteral("--db"), m_team.location(QStringLiteral("editor")), QStringLiteral("--json") });
        QVERIFY2(watcher.ready(), watcher.err().constData());

        const Run comment = runGalley({ QStringLiteral("annotate"), QStringLiteral("--db"), m_team.location(QStringLiteral("reviewer")),
            QStringLiteral("--id"), QString::number(article.id), QStringLiteral("--quote"), QStringLiteral("草场返青"),
            QStringLiteral("--text"), QStringLiteral("请核实时间。"), QStringLiteral("--author"), QStringLiteral("李明") });
        QVERIFY2(comment.exitCode == 0, qPrintable(comment.err));
        const auto heard = watcher.next([&](const QJsonObject &o) {
            return o.value(QLatin1String("table")).toString() == QLatin1String("annotations")
                && o.value(QLatin1String("article")).toInteger() == article.id;
        });
        QVERIFY2(heard, watcher.out().constData());
        QCOMPARE(heard->value(QLatin1String("op")).toString(), QStringLiteral("insert"));
        QCOMPARE(heard->value(QLatin1String("user")).toString(), m_team.loginName(QStringLiteral("reviewer")));
        QCOMPARE(heard->value(QLatin1String("state")).toString(), QStringLiteral("open"));
        QVERIFY(!watcher.out().contains("请核实时间")); // no text in announcements

        // A change made with plain SQL (a script, psql) is heard as well.
        QVERIFY(m_team.runInNewsroom(
            QStringLiteral("UPDATE articles SET status = 'in_review', version = version + 1 WHERE id = %1").arg(article.id)));
        const auto moved = watcher.next([&](const QJsonObject &o) {
            return o.value(QLatin1String("table")).toString() == QLatin1String("articles")
                && o.value(QLatin1String("state")).toString() == QLatin1String("in_review");
        });
        QVERIFY2(moved, watcher.out().constData());

        // Every line is JSON; SIGTERM ends it cleanly.
        QVERIFY(!jsonLines(watcher.out()).isEmpty());
        QCOMPARE(watcher.stop(SIGTERM), 0);
    }

    void plainLinesOnAFileAndSigint()
    {
        TestNewsrooms newsrooms;
        const QString file = newsrooms.create(Engine::SQLite);
        {
            Database create;
            QCOMPARE(create.open(file), Database::Status::Ok);
        }
        Watcher watcher({ QStringLiteral("--db"), file });
        QVERIFY2(watcher.ready(), watcher.err().constData());
        Database other;
        QCOMPARE(other.open(file), Database::Status::Ok);
        Article article;
        article.title = QStringLiteral("本机新稿");
        article.bodyHtml = QStringLiteral("<p>正文。</p>\n");
        QVERIFY(ArticleRepository(other).create(article));
        QVERIFY2(watcher.waitForLine("the newsroom changed"), watcher.out().constData());
        QCOMPARE(watcher.stop(SIGINT), 0);
    }

    void badUsageSaysWhy()
    {
        const Run missing = runGalley({ QStringLiteral("watch") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--db")), qPrintable(missing.err));
        const Run unreachable = runGalley({ QStringLiteral("watch"), QStringLiteral("--db"),
            QStringLiteral("postgresql://nobody@/galley?host=/nonexistent-folder&port=1") });
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains(QStringLiteral("nonexistent-folder")) || unreachable.err.contains(QStringLiteral("server")),
            qPrintable(unreachable.err));
    }

private:
    TeamLogins m_team;
};

QTEST_GUILESS_MAIN(WatchCliTest)
#include "tst_watch.moc"
