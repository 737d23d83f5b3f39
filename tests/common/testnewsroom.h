#pragma once

// A fresh, empty newsroom for a test, on the engine the test run is for.
//
// Each engine-neutral test is registered twice with ctest (tests/CMakeLists.txt): "<name>" on a
// newsroom file and "<name>_pg" with GALLEY_TEST_ENGINE=postgresql, where every newsroom is a
// new database on the PostgreSQL server GALLEY_TEST_PG_URI names (tools/test.sh starts a private
// one), set up with galley admin init's code and dropped again afterwards. A _pg test that
// cannot reach its server fails; it never skips.

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <libpq-fe.h>

#include <atomic>
#include <memory>

namespace galley::test {

/// The engine this test process runs against (GALLEY_TEST_ENGINE).
inline Engine testEngine()
{
    return qEnvironmentVariable("GALLEY_TEST_ENGINE") == QLatin1String("postgresql") ? Engine::PostgreSQL
                                                                                     : Engine::SQLite;
}

/// The admin URI of the test server, or empty (with \a error set) when there is none.
inline QString testServerUri(QString *error)
{
    const QString uri = qEnvironmentVariable("GALLEY_TEST_PG_URI");
    if (uri.isEmpty() && error)
        *error = QStringLiteral("GALLEY_TEST_PG_URI is not set: run the tests through tools/test.sh, which starts "
                                "a private PostgreSQL server (or point it at one)");
    return uri;
}

/// Runs \a sql on the server as its admin, connected to \a database ("postgres" when empty).
inline bool runAsAdmin(const QString &sql, QString *error, const QString &database = {})
{
    const QString admin = testServerUri(error);
    if (admin.isEmpty())
        return false;
    const QByteArray conninfo = admin.toUtf8();
    const char *keys[] = { "dbname", "dbname", "options", nullptr };
    const QByteArray name = database.isEmpty() ? QByteArray("postgres") : database.toUtf8();
    const char *values[] = { conninfo.constData(), name.constData(), "-c client_min_messages=warning", nullptr };
    PGconn *connection = PQconnectdbParams(keys, values, 1);
    bool ok = PQstatus(connection) == CONNECTION_OK;
    if (ok) {
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok && error)
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    } else if (error) {
        *error = QStringLiteral("cannot reach the test server: ") + QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    }
    PQfinish(connection);
    return ok;
}

/// \a uri (the admin's) pointing at \a database instead, as \a user when given.
inline QString uriForDatabase(const QString &uri, const QString &database, const QString &user = {})
{
    // postgresql://user@host:port/dbname?params: only the path (and the user) change.
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    const qsizetype pathStart = uri.indexOf(QLatin1Char('/'), schemeEnd);
    const qsizetype query = uri.indexOf(QLatin1Char('?'), schemeEnd);
    QString authority = uri.mid(schemeEnd, (pathStart < 0 ? (query < 0 ? uri.size() : query) : pathStart) - schemeEnd);
    if (!user.isEmpty()) {
        const qsizetype at = authority.indexOf(QLatin1Char('@'));
        authority = user + QLatin1Char('@') + authority.mid(at + 1);
    }
    return uri.left(schemeEnd) + authority + QLatin1Char('/') + database + (query < 0 ? QString() : uri.mid(query));
}

/// Creates fresh newsrooms and removes them when it goes.
class TestNewsrooms
{
public:
    TestNewsrooms() = default;
    ~TestNewsrooms()
    {
        for (const QString &name : std::as_const(m_databases)) {
            QString ignored;
            runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored);
        }
    }
    TestNewsrooms(const TestNewsrooms &) = delete;
    TestNewsrooms &operator=(const TestNewsrooms &) = delete;

    /// The location of a new newsroom that Database::open() accepts: a file not created yet
    /// (SQLite creates it) or a new database set up as a Galley newsroom. Empty on failure,
    /// with errorString() saying why.
    [[nodiscard]] QString create(Engine engine = testEngine())
    {
        m_error.clear();
        if (engine == Engine::SQLite) {
            if (!m_dir.isValid()) {
                m_error = QStringLiteral("no temporary folder");
                return {};
            }
            return m_dir.filePath(QStringLiteral("newsroom-%1.galley").arg(++m_counter));
        }
        const QString name = createDatabase();
        if (name.isEmpty())
            return {};
        const QString location = uriForDatabase(testServerUri(&m_error), name);
        Database database;
        if (database.initialize(location) != Database::Status::Ok) {
            m_error = database.errorString();
            return {};
        }
        return location;
    }

    /// A new, empty PostgreSQL database (no Galley schema) on the test server; its name.
    [[nodiscard]] QString createDatabase()
    {
        static std::atomic<int> counter { 0 };
        const QString name = QStringLiteral("galley_test_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                                 .arg(++counter);
        if (!runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(name), &m_error))
            return {};
        m_databases.append(name);
        return name;
    }

    /// A folder for files of the test.
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QList<QString> m_databases;
    QString m_error;
    int m_counter = 0;
};

} // namespace galley::test

/// QVERIFY2 that \a newsrooms created \a location, naming the reason when it did not.
#define GALLEY_CREATE_NEWSROOM(location, newsrooms)                                                                    \
    const QString location = (newsrooms).create();                                                                     \
    QVERIFY2(!location.isEmpty(), qPrintable((newsrooms).errorString()))
