// Galley ended by a signal (logging out of the desktop, `kill`, Ctrl+C in a terminal) ends as
// closing its window does: the real galley GUI on a team newsroom (the test server,
// GALLEY_TEST_PG_URI) with an article open; after SIGTERM it exits 0 within seconds, another
// desk sees at once that nobody has the article open any more (not two minutes later, when the
// row would expire), and the window's layout is kept for the next start. Fails, never skips,
// without a server.

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/lockrepository.h"

#include "teamlogins.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace galley;
using namespace galley::test;

class QuitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_team.setUp(QStringLiteral("qt")), qPrintable(m_team.errorString())); }
    void cleanupTestCase() { m_team.tearDown(); }

    void sigtermClosesTheArticleAndKeepsTheLayout_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGHUP") << SIGHUP;
        QTest::newRow("SIGINT") << SIGINT;
    }
    void sigtermClosesTheArticleAndKeepsTheLayout()
    {
        QFETCH(int, signalNumber);
        std::unique_ptr<Database> other;
        QVERIFY(m_team.openAs(QStringLiteral("reviewer"), other));
        std::unique_ptr<Database> editor;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), editor));
        Article article;
        article.title = QStringLiteral("草原上的春天");
        article.bodyHtml = QStringLiteral("<p>牧民开始春耕，草场返青。</p>\n");
        QVERIFY(ArticleRepository(*editor).create(article));

        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("config/Galley/Galley.conf"));
        QSettings(config, QSettings::IniFormat).setValue(QStringLiteral("window/lastArticle"), QString::number(article.id));

        QProcess galley;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        galley.setProcessEnvironment(env);
        galley.setProcessChannelMode(QProcess::MergedChannels);
        galley.start(QStringLiteral(GALLEY_BINARY), { QStringLiteral("--db"), m_team.location(QStringLiteral("editor")) });
        QVERIFY(galley.waitForStarted());

        // The other desk sees the editor's Galley open the article.
        LockRepository locks(*other);
        QTRY_VERIFY2_WITH_TIMEOUT(!locks.viewers(article.id).isEmpty() || galley.state() != QProcess::Running,
                                  "Galley never showed the article as open", 60000);
        QVERIFY2(galley.state() == QProcess::Running, galley.readAll().constData());

        ::kill(pid_t(galley.processId()), signalNumber);
        QElapsedTimer ended;
        ended.start();
        QVERIFY2(galley.waitForFinished(30000), "Galley went on after the signal");
        const QByteArray output = galley.readAll();
        QCOMPARE(galley.exitStatus(), QProcess::NormalExit);
        QVERIFY2(galley.exitCode() == 0, output.constData());
        QVERIFY2(ended.elapsed() < 15000, qPrintable(QString::number(ended.elapsed())));

        // Nobody has it open any more, at once; and its editing lock is free for others.
        QVERIFY2(locks.viewers(article.id).isEmpty(), output.constData());
        const std::optional<EditingLock> lock = locks.lock(article.id);
        QVERIFY2(!lock || lock->expired, qPrintable(lock ? lock->holder : QString()));
        // The window's layout was kept, as when it is closed.
        QVERIFY(!QSettings(config, QSettings::IniFormat).value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    }

private:
    TeamLogins m_team;
};

QTEST_GUILESS_MAIN(QuitTest)
#include "tst_quit.moc"
