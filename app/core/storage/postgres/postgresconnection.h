#pragma once

#include "storage/openedconnection.h"

#include <QString>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

/// The PostgreSQL engine's connections: a team newsroom on a server, through Qt's QPSQL driver.
///
/// A location is a libpq URI, postgresql://[user@][host][:port]/dbname[?param=value&...]
/// (postgres:// too), read by libpq's own parser (PQconninfoParse): every libpq parameter works
/// (host=/socket/dir, sslmode, service, connect_timeout, ...). A password is taken, in this
/// order, from the \a password argument (the GUI's prompt; never stored), the URI, and then
/// libpq's usual sources (PGPASSWORD, PGPASSFILE or ~/.pgpass, a service file).
///
/// open() never creates or migrates: a database without the Galley schema, with an older or a
/// newer one, or whose login has none of the three Galley group roles is refused with one
/// sentence naming the server and the reason. initialize() (galley admin init) sets it up.
namespace galley::PostgresConnection {

/// True for postgresql:// and postgres:// locations.
[[nodiscard]] bool isLocation(const QString &location);
/// \a uri without its password (for messages, titles and recent-file lists).
[[nodiscard]] QString displayName(const QString &uri);

[[nodiscard]] OpenedConnection open(const QString &uri, const QString &password, bool readOnly);
/// Creates or migrates the schema and the group roles in one transaction, then opens.
[[nodiscard]] OpenedConnection initialize(const QString &uri, const QString &password);
/// libpq's connection behind a QPSQL connection, or nullptr (another driver, closed).
[[nodiscard]] pg_conn *handle(const QSqlDatabase &connection);
/// True inside a transaction on \a connection.
[[nodiscard]] bool inTransaction(const QSqlDatabase &connection);
/// True inside a transaction that a failed statement aborted (its COMMIT would roll it back).
[[nodiscard]] bool inFailedTransaction(const QSqlDatabase &connection);
/// True when \a connection was lost (the server went away, restarted or dropped it): libpq
/// says so after the first statement that failed for it. No round trip.
[[nodiscard]] bool isBroken(const QSqlDatabase &connection);
/// Connects \a connection again with the settings it was opened with (a lost connection: see
/// isBroken()); the session is set up as at open. False when the server is still away.
[[nodiscard]] bool reconnect(QSqlDatabase &connection, bool readOnly);

/// Names the user in \a connection's change announcements (galley.name; see galley_notify()).
void setSessionUserName(QSqlDatabase &connection, const QString &name);

/// The schema version this build writes (galley_meta.schema_version).
[[nodiscard]] int schemaVersion();

} // namespace galley::PostgresConnection
