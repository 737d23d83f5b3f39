#pragma once

#include <QJsonArray>
#include <QStringList>

namespace galley {

class Database;
struct Article;

/// The review subcommands. Each takes the program name and the options (the word of the
/// subcommand removed). Exit codes: 0 done, 1 failure (one line "galley: ..." on stderr),
/// 2 usage error.
///
///   annotate --db DB --id ID --quote TEXT [--occurrence N] --text COMMENT --author NAME
///   reply    --db DB --thread ID --text COMMENT --author NAME
///   resolve  --db DB --thread ID [--text COMMENT --author NAME]   (reopen: the same)
///   revise   --db DB --id ID --from FILE [--note TEXT] [--author NAME]
///   transition --db DB --id ID --to STATE --role editor|reviewer --author NAME [--note TEXT]
///   history  --db DB --id ID [--json] [--events]
///   diff     --db DB --id ID --from N [--to M] [--json | --source]
[[nodiscard]] int runAnnotateCommand(const QStringList &arguments);
[[nodiscard]] int runReplyCommand(const QStringList &arguments);
[[nodiscard]] int runResolveCommand(const QStringList &arguments);
[[nodiscard]] int runReopenCommand(const QStringList &arguments);
[[nodiscard]] int runReviseCommand(const QStringList &arguments);
[[nodiscard]] int runTransitionCommand(const QStringList &arguments);
[[nodiscard]] int runHistoryCommand(const QStringList &arguments);
[[nodiscard]] int runDiffCommand(const QStringList &arguments);

/// The review threads of \a article as `galley show --json` prints them under "annotations",
/// in text order (orphans last): each {id, author, body, state ("open"/"resolved"),
/// created_at, quote, revision, anchor, replies [{id, author, body, created_at}]}, where
/// anchor is {"state": "anchored", "start": S, "end": E} with body_text[S:E] the text the
/// comment sits on (offsets in Unicode code points, as in the W3C model; equal to quote unless
/// the quote was edited slightly since it was last stored, then anchor also carries that
/// "text"), or {"state": "orphaned"} when the quote is no longer in the text.
[[nodiscard]] QJsonArray annotationsJson(Database &database, const Article &article);

} // namespace galley
