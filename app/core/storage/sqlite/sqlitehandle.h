#pragma once

class QSqlDatabase;
struct sqlite3;

namespace galley {

/// The sqlite3 connection behind a QSQLITE connection (the Qt plugin and Galley link the same
/// libsqlite3), or nullptr for another driver or a closed connection. Storage-internal.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &connection);

} // namespace galley
