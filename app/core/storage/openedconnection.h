#pragma once

#include "storage/database.h"

#include <QString>

#include <optional>

namespace galley {

// Storage-internal: what an engine's open() hands back to Database.

/// A Qt Sql connection an engine opened (registered under connectionName), or why it could not.
struct OpenedConnection {
    Database::Status status = Database::Status::Ok;
    QString error; ///< one translated sentence naming the file or server and the reason
    QString connectionName; ///< empty on failure (nothing is left registered)
    std::optional<Role> role; ///< team server: the role its membership gives the login
    QString user; ///< team server: the login
    bool passwordRequired = false; ///< team server: refused for want of the right password
};

/// A fresh name for QSqlDatabase::addDatabase(), unique in the process.
[[nodiscard]] QString newConnectionName();

/// \a opened, with its connection closed and removed when the open failed. Engines call it once
/// nothing of theirs uses the connection any more (no query left to warn that it is in use).
[[nodiscard]] OpenedConnection settled(OpenedConnection opened);

} // namespace galley
