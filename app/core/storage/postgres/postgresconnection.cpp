#include "storage/postgres/postgresconnection.h"

#include "storage/postgres/postgresschema.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <libpq-fe.h>

#include <algorithm>
#include <cstring>

namespace galley::PostgresConnection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::PostgresConnection", text);
}

/// A libpq conninfo value, quoted as libpq reads it (and as QPSQL passes connect options on).
QString quotedValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

/// libpq's messages end in a line break and sometimes continue on a tab-indented line.
QString oneLine(const QString &message)
{
    return message.simplified().remove(QRegularExpression(QStringLiteral("[.]$")));
}

struct Parsed {
    QString error; ///< non-empty when the URI does not parse
    QString options; ///< "key='value' key='value'": every parameter the URI sets
    QString database;
    QString user;
};

/// Reads \a uri with libpq's own parser (PQconninfoParse), so that every form libpq accepts works.
Parsed parse(const QString &uri, const QString &password)
{
    Parsed parsed;
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &message);
    if (!options) {
        // libpq's message may quote the part it could not read, a password included: not shown.
        parsed.error = tr("libpq cannot read it; the form is postgresql://[user@][host][:port]/database[?param=value&…]");
        PQfreemem(message);
        return parsed;
    }
    QStringList pairs;
    bool timeout = false;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("password") && !password.isEmpty())
            continue;
        if (key == QLatin1String("dbname"))
            parsed.database = value;
        if (key == QLatin1String("user"))
            parsed.user = value;
        if (key == QLatin1String("connect_timeout"))
            timeout = true;
        pairs.append(key + QLatin1Char('=') + quotedValue(value));
    }
    PQconninfoFree(options);
    if (!password.isEmpty())
        pairs.append(QStringLiteral("password=") + quotedValue(password));
    // A server that does not answer should not hang the window for libpq's default of forever.
    if (!timeout)
        pairs.append(QStringLiteral("connect_timeout=10"));
    // A cut network (not a stopped server, which refuses at once) is noticed within seconds,
    // not after TCP's quarter of an hour: keepalives while idle, a limit on unacknowledged sends.
    // libpq ignores them on a Unix socket; the URI's own values win.
    static const char *const liveness[][2] = { { "keepalives_idle", "10" }, { "keepalives_interval", "5" },
        { "keepalives_count", "3" }, { "tcp_user_timeout", "15000" } };
    for (const auto &setting : liveness) {
        const QString key = QLatin1String(setting[0]);
        if (!std::any_of(pairs.cbegin(), pairs.cend(), [&key](const QString &pair) { return pair.startsWith(key + QLatin1Char('=')); }))
            pairs.append(key + QLatin1Char('=') + QLatin1String(setting[1]));
    }
    pairs.append(QStringLiteral("application_name='galley'"));
    parsed.options = pairs.join(QLatin1Char(' '));
    return parsed;
}

QString connectMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return oneLine(text);
}

QString serverMessage(const QSqlError &error)
{
    // A server that went away says so in words (sqlErrorText()'s), whichever statement met it.
    const QString lost = storageFailureReason(sqlErrorText(error));
    return lost.isEmpty() ? connectMessage(error) : lost;
}

/// \a result as a failure (connect() closes and removes the connection once nothing uses it).
OpenedConnection failure(OpenedConnection &result, Database::Status status, const QString &message)
{
    result.status = status;
    result.error = message;
    return result;
}

/// What the database holds: nothing of anyone, a Galley newsroom of some version, or something else.
struct Probe {
    bool ok = false;
    QString error;
    bool empty = false;
    bool galley = false;
    int version = 0;
};

Probe probe(QSqlDatabase &db)
{
    Probe result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('galley_meta') IS NOT NULL, (SELECT count(*) FROM pg_class c "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                   "AND c.relkind IN ('r', 'v', 'p'))"))
        || !query.next()) {
        result.error = serverMessage(query.lastError());
        return result;
    }
    const bool hasMeta = query.value(0).toBool();
    result.empty = query.value(1).toLongLong() == 0;
    result.ok = true;
    if (!hasMeta)
        return result;
    if (!query.exec(QStringLiteral("SELECT key, value FROM galley_meta WHERE key IN ('application', 'schema_version')"))) {
        result.ok = false;
        result.error = serverMessage(query.lastError());
        return result;
    }
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("application"))
            result.galley = query.value(1).toString() == PostgresSchema::applicationName();
        else
            result.version = query.value(1).toInt();
    }
    return result;
}

/// The session settings every connection gets (again after a reconnect).
void setUpSession(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery query(db);
    // Timestamps are compared as ISO text; the session's own settings must not change results.
    query.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    query.exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICEs on stderr
    // Galley reads through its indexes. PostgreSQL's planner does not count what reading a row's
    // long values costs (the search rows' token arrays are out of line): for a common term it
    // picks reading every search row, 30 times slower here than the GIN index it passes over.
    query.exec(QStringLiteral("SET enable_seqscan = off"));
    // The server's change announcements name the Galley session that wrote (galley_notify()).
    query.exec(QStringLiteral("SELECT set_config('galley.session', '%1', false)").arg(Database::sessionId()));
    setSessionUserName(db, Database::sessionUserName());
    if (readOnly)
        query.exec(QStringLiteral("SET default_transaction_read_only = on"));
}

/// The login and the Galley role its membership gives it (none when the roles do not exist).
bool readRole(QSqlDatabase &db, OpenedConnection &result)
{
    QSqlQuery query(db);
    const auto member = [](const char *role) {
        return QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                              "THEN pg_has_role('%1', 'MEMBER') ELSE false END")
            .arg(QLatin1String(role));
    };
    if (!query.exec(QStringLiteral("SELECT current_user, %1, %2, %3")
                .arg(member("galley_chief"), member("galley_editor"), member("galley_reviewer")))
        || !query.next()) {
        result.error = serverMessage(query.lastError());
        return false;
    }
    result.user = query.value(0).toString();
    result.role.reset();
    if (query.value(1).toBool())
        result.role = Role::Chief;
    else if (query.value(2).toBool())
        result.role = Role::Editor;
    else if (query.value(3).toBool())
        result.role = Role::Reviewer;
    return true;
}

QString noRole(const QString &name, const QString &user)
{
    return tr("“%1”: the login “%2” has no Galley role. A database administrator gives one with "
              "“GRANT galley_editor TO %2” (or galley_reviewer, galley_chief).")
        .arg(name, user);
}

OpenedConnection tryConnect(const QString &uri, const QString &password, bool initialize, bool readOnly)
{
    OpenedConnection result;
    const QString name = displayName(uri);
    const Parsed parsed = parse(uri, password);
    if (!parsed.error.isEmpty())
        return failure(result, Database::Status::CannotOpen,
            tr("“%1” is not a valid team newsroom address: %2.").arg(name, parsed.error));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(result, Database::Status::CannotOpen,
            tr("Cannot connect to “%1”: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).")
                .arg(name));

    result.connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), result.connectionName);
    db.setConnectOptions(parsed.options);
    QElapsedTimer connecting;
    connecting.start();
    if (!db.open()) {
        const QString reason = connectMessage(db.lastError());
        // Whether a password is what is missing or wrong, libpq says without words (its messages
        // are translated): one more attempt, through libpq itself, asks it. Not after a wait,
        // which is a server that does not answer, not one that refused.
        if (connecting.elapsed() < 3000) {
            PGconn *probe = PQconnectdb(parsed.options.toUtf8().constData());
            result.passwordRequired = PQstatus(probe) == CONNECTION_BAD
                && (PQconnectionNeedsPassword(probe) || PQconnectionUsedPassword(probe));
            PQfinish(probe);
        }
        return failure(result, result.passwordRequired ? Database::Status::AccessDenied : Database::Status::CannotOpen,
            tr("Cannot connect to the team newsroom “%1”: %2.").arg(name, reason));
    }

    setUpSession(db, false);
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET standard_conforming_strings = on"));

    Probe found = probe(db);
    if (!found.ok) {
        // A login without any Galley role may not even read the schema's version.
        if (!initialize && found.error.contains(QLatin1String("permission denied")) && readRole(db, result) && !result.role)
            return failure(result, Database::Status::AccessDenied, noRole(name, result.user));
        return failure(result, Database::Status::CannotOpen, tr("Cannot read “%1”: %2.").arg(name, found.error));
    }
    if (!found.empty && !found.galley)
        return failure(result, Database::Status::NotGalley,
            tr("“%1” is not a Galley newsroom: the database holds tables of another application.").arg(name));
    if (found.version > PostgresSchema::latestVersion())
        return failure(result, Database::Status::TooNew,
            tr("“%1” was set up by a newer version of Galley (schema %2; this version reads up to %3).")
                .arg(name, QString::number(found.version), QString::number(PostgresSchema::latestVersion())));

    if (initialize && found.version < PostgresSchema::latestVersion()) {
        QString reason;
        bool ok = query.exec(QStringLiteral("BEGIN"));
        // One initializer at a time; read the state again under the lock.
        ok = ok && query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1196182617)"));
        if (ok) {
            found = probe(db);
            ok = found.ok;
            reason = found.error;
        } else {
            reason = serverMessage(query.lastError());
        }
        if (ok && !found.empty && !found.galley) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failure(result, Database::Status::NotGalley,
                tr("“%1” is not a Galley newsroom: the database holds tables of another application.").arg(name));
        }
        for (const QString &statement : PostgresSchema::roleStatements()) {
            if (ok && !query.exec(statement)) {
                ok = false;
                reason = serverMessage(query.lastError());
            }
        }
        if (ok && found.version < PostgresSchema::latestVersion())
            ok = PostgresSchema::migrate(db, found.version, &reason);
        if (ok && !query.exec(QStringLiteral("COMMIT"))) {
            ok = false;
            reason = serverMessage(query.lastError());
        }
        if (!ok) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failure(result, Database::Status::MigrationFailed,
                tr("“%1” could not be set up as a Galley newsroom (schema version %2): %3.")
                    .arg(name, QString::number(PostgresSchema::latestVersion()), reason));
        }
        found.empty = false;
        found.galley = true;
        found.version = PostgresSchema::latestVersion();
    }
    if (found.empty)
        return failure(result, Database::Status::NotGalley,
            tr("“%1” is not a Galley newsroom yet: an administrator sets it up with “galley admin init --db %1”.")
                .arg(name));
    if (found.version < PostgresSchema::latestVersion())
        return failure(result, Database::Status::MigrationFailed,
            tr("“%1” needs an upgrade to schema version %2: an administrator runs “galley admin init --db %1”.")
                .arg(name, QString::number(PostgresSchema::latestVersion())));

    query.finish();
    if (!readRole(db, result))
        return failure(result, Database::Status::CannotOpen, tr("Cannot read “%1”: %2.").arg(name, result.error));
    if (!result.role)
        return failure(result, Database::Status::AccessDenied, noRole(name, result.user));
    if (readOnly)
        setUpSession(db, true);
    return result;
}

OpenedConnection connect(const QString &uri, const QString &password, bool initialize, bool readOnly)
{
    return settled(tryConnect(uri, password, initialize, readOnly));
}

} // namespace

void setSessionUserName(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT set_config('galley.name', ?, false)"));
    query.addBindValue(name);
    query.exec();
}

bool isLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString displayName(const QString &uri)
{
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), nullptr);
    if (!options)
        return tr("an address that does not parse"); // it could hold a password anywhere
    // A URI without a secret is shown as written; one with a password (in the user part or a
    // parameter) is written again from what libpq read, without the secrets.
    QString user;
    QString host;
    QString port;
    QString database;
    QStringList parameters;
    bool secret = false;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            secret = true;
        else if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("host") && !value.startsWith(QLatin1Char('/')))
            host = value;
        else if (key == QLatin1String("port") && !value.contains(QLatin1Char(',')))
            port = value;
        else if (key == QLatin1String("dbname"))
            database = value;
        else
            parameters.append(key + QLatin1Char('=') + value);
    }
    PQconninfoFree(options);
    if (!secret)
        return uri;
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    shown += host;
    if (!port.isEmpty() && !host.isEmpty())
        shown += QLatin1Char(':') + port;
    else if (!port.isEmpty())
        parameters.append(QStringLiteral("port=") + port);
    shown += QLatin1Char('/') + database;
    if (!parameters.isEmpty())
        shown += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return shown;
}

OpenedConnection open(const QString &uri, const QString &password, bool readOnly)
{
    return connect(uri, password, false, readOnly);
}

OpenedConnection initialize(const QString &uri, const QString &password)
{
    return connect(uri, password, true, false);
}

PGconn *handle(const QSqlDatabase &connection)
{
    const QVariant value = connection.driver() ? connection.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it: the struct behind libpq's typedef.
    if (!value.isValid()
        || (std::strcmp(value.typeName(), "PGconn*") != 0 && std::strcmp(value.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(value.constData());
}


bool isBroken(const QSqlDatabase &connection)
{
    PGconn *pg = handle(connection);
    if (!pg)
        return false;
    // A server that said goodbye (a FATAL message, then the end of the stream) is only noticed
    // on the next read: read what is there, without waiting.
    // (Two reads: the first may bring the FATAL message, the second meets the end.)
    for (int read = 0; read < 2 && PQstatus(pg) == CONNECTION_OK; ++read) {
        if (!PQconsumeInput(pg))
            break;
    }
    return PQstatus(pg) == CONNECTION_BAD;
}

bool reconnect(QSqlDatabase &connection, bool readOnly)
{
    connection.close();
    if (!connection.open())
        return false;
    setUpSession(connection, readOnly);
    return true;
}

bool inFailedTransaction(const QSqlDatabase &connection)
{
    PGconn *pg = handle(connection);
    return pg && PQtransactionStatus(pg) == PQTRANS_INERROR;
}

bool inTransaction(const QSqlDatabase &connection)
{
    PGconn *pg = handle(connection);
    // ACTIVE (a forward-only result still being read) tells nothing about the block: the
    // caller's own count of transactions decides then (Database::inTransaction()).
    const PGTransactionStatusType status = pg ? PQtransactionStatus(pg) : PQTRANS_UNKNOWN;
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

int schemaVersion()
{
    return PostgresSchema::latestVersion();
}

} // namespace galley::PostgresConnection
