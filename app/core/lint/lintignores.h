#pragma once

#include "document/canonicalhtml.h"
#include "lint/linter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace galley {

/// The part of an article a finding is in: the fields the copy desk checks. The numbers are
/// part of the keys newsrooms keep (LintIgnores::key()): never renumber them.
enum class LintField : quint8 { Body = 0, Title = 1, Subtitle = 2 };

/// "Ignore", remembered per article. A finding a person ignored is known by a key made of its
/// field, its rule, its text and up to ContextLength characters either side of it in its
/// paragraph (or field), never by offsets: the key is the same however the article changes
/// elsewhere (other paragraphs, the same paragraph beyond those characters, a paragraph moved),
/// and an edit right next to the finding makes it a finding to look at again. The newsroom
/// keeps the keys (CopyDeskRepository::ignoreFinding(), opaque there); the editor's
/// underlines, galley lint (its report, --fix and --annotate), the export's copy-desk gate and
/// Approve's count all leave out the findings whose key it holds.
///
/// A paragraph's text is the same whether it comes from the editor (QTextBlock::text(), with
/// U+2028 for a line break and U+00A0 kept) or from the stored body (Article::bodyText): the
/// key reads both alike. Pure functions: safe on any thread.
namespace LintIgnores {

/// Characters (UTF-16) of context either side of a finding in its key.
inline constexpr qsizetype ContextLength = 8;

/// The key of the finding of \a rule at [start, end) of \a paragraph, the text of the
/// paragraph or field \a field it was found in.
[[nodiscard]] QString key(LintField field, QStringView paragraph, LintRule rule, qsizetype start, qsizetype end);
/// The key of \a finding, whose offsets are into \a paragraph.
[[nodiscard]] QString key(LintField field, QStringView paragraph, const LintFinding &finding);
/// The key of a body finding whose offsets are into \a plainText (an article's body text, of
/// \a blocks): keyed in its own block, as the editor keys it in its paragraph.
[[nodiscard]] QString bodyKey(QStringView plainText, const QList<TextBlock> &blocks, const LintFinding &finding);

/// True when the finding of \a rule at [start, end) of \a paragraph (of \a field) is in \a ignored.
[[nodiscard]] bool isIgnored(const QSet<QString> &ignored, LintField field, QStringView paragraph, LintRule rule,
    qsizetype start, qsizetype end);

/// \a findings of \a paragraph (offsets into it) whose key is not in \a ignored.
[[nodiscard]] QList<LintFinding> withoutIgnored(
    const QList<LintFinding> &findings, LintField field, QStringView paragraph, const QSet<QString> &ignored);
/// \a findings of an article's body (offsets into \a plainText, of \a blocks, as
/// Linter::lintText() gives them) whose key is not in \a ignored.
[[nodiscard]] QList<LintFinding> withoutIgnored(const QList<LintFinding> &findings, QStringView plainText,
    const QList<TextBlock> &blocks, const QSet<QString> &ignored);

/// Where the finding at [\a start, \a end) of a text is once \a edits (ordered by start, not
/// overlapping) are made to it; false when an edit changes the finding's own text (it is then
/// another finding). How a fix next to an ignored finding keeps it ignored: its key in the
/// fixed text is remembered too.
[[nodiscard]] bool moveOver(const QList<CanonicalHtml::TextEdit> &edits, qsizetype *start, qsizetype *end);

} // namespace LintIgnores
} // namespace galley
