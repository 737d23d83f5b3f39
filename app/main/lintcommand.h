#pragma once

#include <QStringList>

namespace galley {

/// galley lint --db DB (--id ID… | --status S | --all) [--json] [--fix] [--annotate] [--house-style FILE]
///
/// Checks articles' bodies against the house style (lint/linter.h) and the spelling of their
/// Latin words (Linter::spellText(), in the article's chosen language, else its text's, with
/// the newsroom's dictionary), leaves out the findings an editor ignored in the article
/// (LintIgnores), and prints each finding: as JSON lines {article_id, rule, severity, start,
/// end, text, message, fix} (code-point offsets into the body text, fix null when a person must
/// decide; a spelling finding adds "suggestions", Hunspell's, best first) with --json, else one
/// line each. Spelling is never fixed by --fix. --fix saves every safe fix of an article as one revision by the copy desk, then
/// reports what is left; --annotate leaves each finding as a comment by the copy desk, once
/// (a re-run finds its earlier comment and adds none). Exit codes: 0 no error-severity finding
/// left, 1 such findings are left or a failure, 2 usage error.
[[nodiscard]] int runLintCommand(const QStringList &arguments);

} // namespace galley
