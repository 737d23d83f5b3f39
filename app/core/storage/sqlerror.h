#pragma once

#include <QString>

class QSqlError;

namespace galley {

/// Storage-internal: a database error as one sentence for a person. The server's or SQLite's
/// own message, first line only (PostgreSQL adds CONTEXT and DETAIL lines, and Qt its driver's
/// "Unable to create query"), without its severity ("ERROR:") or the "galley:" a server-side
/// check of Galley's prefixes, nor a final full stop (callers end their sentence).
[[nodiscard]] QString sqlErrorText(const QSqlError &error);

} // namespace galley
