#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

/// The team newsroom's schema on PostgreSQL: the same tables and columns as the SQLite file
/// (so every repository runs the same statements on both), plus what the server needs of its
/// own: the search rows with their pg_trgm and CJK term indexes (see PostgresSearch) and the
/// triggers that note what they miss (see SearchIndex), the
/// three group roles and the privileges and trigger through which the server enforces who may
/// change what.
///
/// Who may do what (enforced by the server, for Galley and for psql alike):
/// - galley_editor: reads everything; writes articles, related items, assets, revisions,
///   comments and the timeline; makes the editor's workflow moves; accepts or rejects
///   suggestions.
/// - galley_reviewer: reads everything; writes comments (annotations) and suggestions (never
///   accepts or rejects one: trigger), adds revisions and
///   timeline events, and may update only an article's status, version and updated_at (column
///   privileges), and only for the reviewer's workflow moves (trigger): never its text or fields.
/// - galley_chief: both.
namespace galley::PostgresSchema {

/// The version the last migration produces.
[[nodiscard]] int latestVersion();

/// Value of galley_meta.application ("galley").
[[nodiscard]] QString applicationName();

/// Runs the migrations after \a fromVersion (0: an empty database) on \a connection, inside the
/// caller's transaction, and records the version. On failure returns false and sets \a error.
[[nodiscard]] bool migrate(QSqlDatabase &connection, int fromVersion, QString *error);

/// The GIN indexes of article_search as the latest schema has them (CJK tokens and pg_trgm on
/// the folded text, each with the row's id block as a second key; the title's tokens, created
/// only if missing). A bulk copy into an empty newsroom drops them and builds them again at its
/// end: much faster than growing them row by row.
[[nodiscard]] QStringList searchIndexStatements();

/// Statements that create the group roles when they are missing and give the login running
/// them galley_chief (it set the newsroom up). Run in the same transaction as migrate().
[[nodiscard]] QStringList roleStatements();

} // namespace galley::PostgresSchema
