// A team server that stops in the middle of a use case: the server (a private PostgreSQL
// cluster of this test's own, started with tools/pg-sandbox.sh, since it is stopped again and
// again) is stopped with pg_ctl stop -m immediate just before the 1st, 2nd, ... statement of
// save, a wire update, a comment, a reply, an import and galley admin init, until the use case
// runs through. Each time: one sentence naming the server and the reason, nothing of the change
// on the server once it is back, and the next attempt on the same Database works (it connects
// again by itself), with everything acknowledged still there.
#include "document/anchoring.h"
#include "importing/importjob.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "faultoperations.h"
#include "stoppingproxy.h"
#include "testnewsroom.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <functional>
#include <memory>

using namespace galley;

namespace {

using Operation = galley::test::FaultOperation;
using galley::test::FaultAttempt;

QString pgBin(const QString &tool)
{
    const QString dir = qEnvironmentVariable("GALLEY_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
    return dir + QLatin1Char('/') + tool;
}

/// Runs pg_ctl on the sandbox's cluster, as its owner (postgres when we are root, as the
/// sandbox script does).
bool pgCtl(const QString &sandbox, const QStringList &arguments, QString *error)
{
    QStringList command { pgBin(QStringLiteral("pg_ctl")) };
    command += arguments;
    command += { QStringLiteral("-D"), sandbox + QStringLiteral("/data") };
    if (::geteuid() == 0)
        command = QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--") } + command;
    QProcess process;
    process.setWorkingDirectory(sandbox);
    process.start(::geteuid() == 0 ? QStringLiteral("runuser") : command.takeFirst(), command);
    const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (!ok && error)
        *error = QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()).trimmed();
    return ok;
}

/// One row per statement of the query's result (first column), as the admin, or nullopt.
std::optional<QStringList> adminRows(const QString &uri, const QString &sql, QString *error)
{
    PGconn *connection = PQconnectdb(uri.toUtf8().constData());
    std::optional<QStringList> rows;
    if (PQstatus(connection) == CONNECTION_OK) {
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        if (PQresultStatus(result) == PGRES_TUPLES_OK) {
            rows.emplace();
            for (int i = 0; i < PQntuples(result); ++i)
                rows->append(QString::fromUtf8(PQgetvalue(result, i, 0)));
        } else if (error) {
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    } else if (error) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    }
    PQfinish(connection);
    return rows;
}

/// Every row of every table of the newsroom (as text, sorted), hashed per table: equal before
/// and after a failed change when nothing of it was left behind.
QString contents(const QString &uri)
{
    QString error;
    const std::optional<QStringList> tables = adminRows(uri,
        QStringLiteral("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                       "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"),
        &error);
    if (!tables)
        return QStringLiteral("unreadable: ") + error;
    QString all;
    for (const QString &table : *tables) {
        const std::optional<QStringList> hash = adminRows(uri,
            QStringLiteral("SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM %1 t").arg(table),
            &error);
        all += table + QLatin1Char(' ') + (hash ? hash->value(0) : error) + QLatin1Char('\n');
    }
    return all;
}

} // namespace

class ServerFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A cluster of this test's own: stopping the suite's shared one would fail other tests.
        QVERIFY(m_sandboxDir.isValid() && m_proxyDir.isValid());
        m_sandbox = m_sandboxDir.path();
        QProcess start;
        start.start(QStringLiteral("bash"),
            { QStringLiteral(GALLEY_SOURCE_DIR "/tools/pg-sandbox.sh"), QStringLiteral("start"), m_sandbox });
        QVERIFY(start.waitForFinished(120000));
        QVERIFY2(start.exitCode() == 0,
            qPrintable(QStringLiteral("the PostgreSQL sandbox did not start: ") + QString::fromLocal8Bit(start.readAllStandardError())));
        m_admin = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        QVERIFY2(m_admin.startsWith(QLatin1String("postgresql://")), qPrintable(m_admin));
        m_port = QString::fromUtf8([this] {
            QFile file(m_sandbox + QStringLiteral("/port"));
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
        }());
        QVERIFY(!m_port.isEmpty());
        qputenv("GALLEY_TEST_PG_URI", m_admin.toUtf8()); // TestNewsrooms and runAsAdmin use it
        // Every commit the server acknowledges is in its log before it is stopped: the sandbox
        // runs with synchronous_commit off (on its command line, which a role's setting overrides),
        // and an immediate stop would then lose acknowledged commits by design.
        QString error;
        QVERIFY2(galley::test::runAsAdmin(QStringLiteral("ALTER ROLE CURRENT_USER SET synchronous_commit = on"), &error),
            qPrintable(error));

        m_proxy = std::make_unique<galley::test::StoppingProxy>(m_sandbox + QStringLiteral("/.s.PGSQL.") + m_port,
            m_proxyDir.path() + QStringLiteral("/.s.PGSQL.") + m_port, [this] {
                QString error;
                if (!pgCtl(m_sandbox, { QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w") }, &error))
                    qWarning("pg_ctl stop: %s", qPrintable(error));
            });
        QVERIFY2(m_proxy->listen(&error), qPrintable(error));

        // The newsroom every case starts from (a template database): one article with a thread.
        m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
        m_baseName = m_newsrooms->createDatabase();
        QVERIFY2(!m_baseName.isEmpty(), qPrintable(m_newsrooms->errorString()));
        {
            Database db;
            QCOMPARE(db.initialize(galley::test::uriForDatabase(m_admin, m_baseName)), Database::Status::Ok);
            QVERIFY2(galley::test::seedFaultNewsroom(db, &m_articleId, &m_threadId, &error), qPrintable(error));
        }
    }

    void cleanupTestCase()
    {
        for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
            qInfo("%s: the server stopped at %d steps", qPrintable(it.key()), it.value());
        m_proxy.reset();
        m_newsrooms.reset();
        QProcess stop;
        stop.start(QStringLiteral("bash"),
            { QStringLiteral(GALLEY_SOURCE_DIR "/tools/pg-sandbox.sh"), QStringLiteral("stop"), m_sandbox });
        stop.waitForFinished(120000);
    }

    void serverStopsAtEveryStep_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation : { "save", "revise", "annotate", "reply", "import", "initialize" })
            QTest::addRow("robustness: %s, the server stops before its Nth statement", operation) << QString::fromLatin1(operation);
    }

    void serverStopsAtEveryStep()
    {
        QFETCH(QString, operation);
        const Operation run = operationNamed(operation);
        const bool initialize = operation == QLatin1String("initialize");
        QSet<QString> messages;
        int stopped = 0;
        // Every step; for galley admin init (over 200 statements, all but the last few inside its
        // one transaction), the first five, every 17th, and the last six, found when a run
        // went through.
        QList<int> tail;
        bool tailDone = false;
        QString name;
        for (int n = 1;;) {
            QVERIFY2(n < 400, "the sweep does not end");
            const QString where = QStringLiteral("%1, stopped before statement %2: ").arg(operation).arg(n);
            // A copy of the base newsroom for the whole sweep (what each step adds is told apart
            // by its step), an empty database per step for initialize; reached through the proxy.
            // Never dropped: the whole cluster goes at the end (a drop costs a second).
            if (initialize || name.isEmpty()) {
                name = QStringLiteral("fault_case_%1").arg(++m_caseCount);
                QString error;
                // FILE_COPY (with its checkpoint), not PostgreSQL 15's WAL_LOG: a WAL-logged copy of a
                // sequence's page hands out ids again after an immediate stop (its next values are
                // logged only every 32 calls, and the page copy counts as logged).
                QVERIFY2(galley::test::runAsAdmin(initialize
                                 ? QStringLiteral("CREATE DATABASE %1").arg(name)
                                 : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(name, m_baseName),
                             &error),
                    qPrintable(error));
            }
            const QString direct = galley::test::uriForDatabase(m_admin, name);
            const QString location = QString(direct).replace(m_sandbox, m_proxyDir.path());

            Database db;
            if (!initialize)
                QCOMPARE(db.open(location), Database::Status::Ok);
            const QString before = contents(direct);
            const qint64 articlesBefore = initialize ? 0 : ArticleRepository(db).count();
            const FaultAttempt first = run(db, location, 2 * n, [&] { m_proxy->arm(n); });
            const bool fired = m_proxy->fired();
            const int statements = m_proxy->statements();
            m_proxy->disarm();
            if (!fired) { // the use case needs fewer statements than n
                QVERIFY2(first.ok, qPrintable(where + first.error));
                if (initialize && !tailDone) {
                    tailDone = true;
                    for (int last = std::max(1, statements - 5); last <= statements; ++last)
                        tail.append(last);
                }
                if (tail.isEmpty())
                    break;
                n = tail.takeFirst();
                continue;
            }
            ++stopped;
            QString error;
            // pg_ctl restart starts a stopped server with the options it last ran with.
            QVERIFY2(pgCtl(m_sandbox,
                         { QStringLiteral("restart"), QStringLiteral("-w"), QStringLiteral("-l"), m_sandbox + QStringLiteral("/log") },
                         &error),
                qPrintable(where + QStringLiteral("the server did not start again: ") + error));
            if (!first.ok) {
                messages.insert(QString(first.error).replace(location, QStringLiteral("SERVER")));
                QVERIFY2(!first.error.isEmpty(), qPrintable(where + QStringLiteral("no message")));
                QVERIFY2(!first.error.contains(QLatin1Char('\n')), qPrintable(where + first.error));
                QVERIFY2(first.error.contains(QLatin1String("the connection to the server was lost")),
                    qPrintable(where + first.error));
                QVERIFY2(first.error.contains(Database::displayNameOf(location)), qPrintable(where + first.error));
                // Nothing of it is on the server; galley admin init may have committed the schema
                // before it met the loss, then it is whole: the newsroom opens.
                if (contents(direct) != before) {
                    Database whole;
                    QVERIFY2(initialize && whole.open(direct) == Database::Status::Ok,
                        qPrintable(where + QStringLiteral("half-written: ") + first.error));
                }
            }
            // What was acknowledged is on the server, what was refused is not (read before the
            // retry, which may replace it: a wire update does).
            {
                Database check;
                QCOMPARE(check.open(direct), initialize && !first.ok && contents(direct) == before
                        ? Database::Status::NotGalley
                        : Database::Status::Ok);
                if (first.ok)
                    QVERIFY2(first.stored(check), qPrintable(where + QStringLiteral("acknowledged but lost")));
                else if (!initialize)
                    QVERIFY2(!first.stored(check), qPrintable(where + QStringLiteral("refused but stored")));
            }
            // The server back, the next attempt on the same Database works (a new one for initialize).
            const FaultAttempt next = run(db, location, 2 * n + 1, [] {});
            QVERIFY2(next.ok, qPrintable(where + QStringLiteral("after the restart: ") + next.error));
            db.close();

            Database again;
            QCOMPARE(again.open(direct), Database::Status::Ok);
            QVERIFY2(next.stored(again), qPrintable(where + QStringLiteral("the retry was lost")));
            const qint64 articles = articlesBefore + (operation == QLatin1String("import") ? 1 + (first.ok ? 1 : 0) : 0);
            QCOMPARE(ArticleRepository(again).count(), articles);
            again.close();
            if (!tail.isEmpty())
                n = tail.takeFirst();
            else if (tailDone)
                break;
            else
                n += initialize && n >= 5 ? 17 : 1;
        }
        m_cases[operation] = stopped;
        qInfo("%s: %d stops, saying: %s", qPrintable(operation), stopped,
            qPrintable(QStringList(messages.cbegin(), messages.cend()).join(QStringLiteral(" | "))));
    }

private:
    Operation operationNamed(const QString &name)
    {
        if (Operation shared = galley::test::faultOperation(name, m_articleId, m_threadId))
            return shared;
        // initialize: galley admin init on an empty database (the schema, in one transaction).
        return [](Database &db, const QString &location, int, const std::function<void()> &start) {
            FaultAttempt attempt;
            db.close();
            start();
            attempt.ok = db.initialize(location) == Database::Status::Ok;
            attempt.error = db.errorString();
            attempt.stored = [](Database &db) { return ArticleRepository(db).count() == 0; };
            return attempt;
        };
    }

    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_proxyDir;
    QString m_sandbox;
    QString m_admin;
    QString m_port;
    QString m_baseName;
    std::unique_ptr<galley::test::StoppingProxy> m_proxy;
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    qint64 m_articleId = 0;
    qint64 m_threadId = 0;
    int m_caseCount = 0;
    QMap<QString, int> m_cases;
};

QTEST_GUILESS_MAIN(ServerFaultsTest)
#include "tst_serverfaults.moc"
