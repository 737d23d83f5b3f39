#pragma once

#include <QString>

class QSqlDatabase;

namespace galley::Migrations {

/// The schema version the last migration produces (Database::schemaVersion()).
[[nodiscard]] int latestVersion();

/// Runs the migrations after \a fromVersion up to latestVersion() on \a connection, then sets
/// PRAGMA user_version and application_id. The caller owns the transaction (all steps must
/// land together or not at all). On failure returns false and sets \a error.
[[nodiscard]] bool migrate(QSqlDatabase &connection, int fromVersion, QString *error);

/// The sort expression for workflow order; the index articles_live_status_order is built on
/// exactly this text, so ORDER BY must use it verbatim for the index to serve the sort.
inline constexpr const char StatusOrderExpression[]
    = "(CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'changes_requested' THEN 2 "
      "WHEN 'approved' THEN 3 WHEN 'published' THEN 4 ELSE 5 END)";

} // namespace galley::Migrations
