#pragma once

#include "storage/openedconnection.h"

class QSqlDatabase;

/// The SQLite engine's connections: a newsroom file. open() refuses, without writing a byte, a
/// file that is not a Galley database, one whose schema is newer than this build, or one that
/// is corrupt; otherwise it creates a missing file, runs the forward migrations in one
/// transaction, and turns on WAL and foreign keys.
namespace galley::SqliteConnection {

[[nodiscard]] OpenedConnection open(const QString &path);
/// Never creates, migrates or writes.
[[nodiscard]] OpenedConnection openReadOnly(const QString &path);
/// True inside a transaction on \a connection.
/// Says that a connection open() or openReadOnly() made on \a path was closed (Database::close()).
void closed(const QString &path);
[[nodiscard]] bool inTransaction(const QSqlDatabase &connection);

} // namespace galley::SqliteConnection
