#pragma once

#include <QJsonArray>
#include <QStringList>

namespace galley {

class Database;
struct Article;

/// The suggestion subcommands (issue #13). Each takes the program name and the options (the
/// word of the subcommand removed). Exit codes: 0 done, 1 failure (one line "galley: ..." on
/// stderr), 2 usage error.
///
///   suggest     --db DB --id ID --quote TEXT [--occurrence N]
///               (--replace TEXT | --delete | --insert-after TEXT) --author NAME
///   suggestions --db DB --id ID [--json] [--state STATE]
///   accept      --db DB --suggestion N [--suggestion M ...] --author NAME [--note TEXT]
///   reject      --db DB --suggestion N [--suggestion M ...] --author NAME
[[nodiscard]] int runSuggestCommand(const QStringList &arguments);
[[nodiscard]] int runSuggestionsCommand(const QStringList &arguments);
[[nodiscard]] int runAcceptCommand(const QStringList &arguments);
[[nodiscard]] int runRejectCommand(const QStringList &arguments);

/// The suggestions of \a article as `galley show --json` prints them under "suggestions" and
/// `galley suggestions --json` one a line, in text order (orphans, then resolved ones last):
/// each {id, article_id, state ("open", "orphaned", "accepted", "rejected"), kind ("insert",
/// "delete", "replace", "format"), author, created_at, text (the text it changes, or follows
/// for an insertion), proposed (the new text, plain), proposed_html, group, revision,
/// base_version, anchor, resolver, resolved_at, thread, replies}, where anchor is {"state":
/// "anchored", "start": S, "end": E} in Unicode code points of body_text, {"state": "orphaned"},
/// or {"state": "resolved"} for an accepted or rejected one, and replies its discussion, oldest
/// first: [{id, author, body, created_at}]. \a error: why they could not be read.
[[nodiscard]] QJsonArray suggestionsJson(Database &database, const Article &article, QString *error = nullptr);

} // namespace galley
