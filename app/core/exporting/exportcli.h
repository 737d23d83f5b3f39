#pragma once

#include <QStringList>

class QTextStream;

namespace galley {

/// The `galley export` command line, testable without the executable:
///
///   galley export --db DB (--id ID… | --status S | --all) --format html|site|ninjs|text|pdf
///                 --out DIR [--template DIR] [--opencc s2t|s2tw|s2hk] [--fix-punctuation]
///                 [--jobs N] [--force] [--base-url URL] [--lint error|warning|info]
///
/// \a arguments are those after the word "export". Progress goes to \a err, one JSON line per
/// written file and a final {"summary": …} line to \a out (held_back: the articles the --lint
/// gate refused, each named on \a err with the rules that block it, and their rules' counts
/// in one line at the end). Returns 0 when everything was exported, 1 on failure (one clear
/// line on \a err says why), 2 on a usage error.
[[nodiscard]] int runExportCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace galley
