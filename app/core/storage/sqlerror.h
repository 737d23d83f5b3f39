#pragma once

#include <QString>

class QSqlError;

namespace galley {

/// Storage-internal: a database error as one sentence for a person. The server's or SQLite's
/// own message, first line only (PostgreSQL adds CONTEXT and DETAIL lines, and Qt its driver's
/// "Unable to create query"), without its severity ("ERROR:") or the "galley:" a server-side
/// check of Galley's prefixes, nor a final full stop (callers end their sentence).
/// A failure of the storage itself says so in words a person can act on, whatever statement met
/// it: "the disk is full", "the disk could not read or write the file (an I/O error)" (SQLite's
/// SQLITE_FULL and SQLITE_IOERR), "the connection to the server was lost" (PostgreSQL stopped,
/// restarted or out of reach).
[[nodiscard]] QString sqlErrorText(const QSqlError &error);

/// The reason given for a team server's lost connection.
[[nodiscard]] QString connectionLostReason();

/// When \a text (a message of storage code) is one of sqlErrorText()'s storage failures, that
/// reason; otherwise empty.
[[nodiscard]] QString storageFailureReason(const QString &text);

} // namespace galley
