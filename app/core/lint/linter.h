#pragma once

#include "document/canonicalhtml.h"
#include "lint/housestyle.h"
#include "lint/lintrule.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace galley {

class SpellChecker;

/// One thing the copy desk found: the range [start, end) of the text it checked, in UTF-16
/// offsets (Anchoring::toCodePointOffset() gives the code-point offsets annotations and the
/// command line use).
struct LintFinding {
    LintRule rule = LintRule::HalfwidthPunctuation;
    LintSeverity severity = LintSeverity::Warning;
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive; never splits a surrogate pair
    QString message; ///< one sentence in the user's language, saying what to write instead
    /// The safe fix: the text that replaces [start, end). Absent where a person must decide
    /// (the message then carries the suggestion).
    std::optional<QString> fix;
    /// LintRule::Spelling: Hunspell's words for it, best first, when asked for
    /// (LintSuggestions::With).
    QStringList suggestions;

    [[nodiscard]] bool isFixable() const { return fix.has_value(); }
    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

/// Whether spelling findings carry Hunspell's suggestions: a few milliseconds a word, which a
/// report pays and an editor checking as the user types does not (it asks when a menu opens).
enum class LintSuggestions : quint8 { Without, With };

/// What a paragraph is, for the rules that depend on it.
struct LintParagraph {
    TextBlockKind kind = TextBlockKind::Paragraph;
    /// The next paragraph opens with “ or 「: a quotation that runs over several paragraphs
    /// opens each of them and closes only in the last (GB/T 15834 4.1.3.3), so an unclosed
    /// opening mark at this paragraph's start is not an error.
    bool quotationContinues = false;
};

/// The copy desk: Chinese house style (GB/T 15834-2011 punctuation, GB/T 15835-2011 numbers)
/// checked on plain text, one paragraph at a time, so that an editor re-checks only the
/// paragraph that changed. Pure functions of their input: safe on any thread.
///
/// Never inside numbers (3,000  48.4), times (08:18), URLs, e-mail addresses, or Latin text:
/// the punctuation rules fire only next to Chinese characters.
namespace Linter {

/// Findings in one paragraph \a text (offsets into \a text), ordered by start.
[[nodiscard]] QList<LintFinding> lintParagraph(
    QStringView text, const LintParagraph &paragraph = {}, const HouseStyle &style = {});

/// Findings in \a plainText whose \a blocks are given (offsets into \a plainText), by start;
/// only in the \a count blocks from \a first on when \a count is not -1. An edit of one block
/// is re-checked with that block and the one before it (whose end may depend on how the edited
/// one starts: a quotation continued over paragraphs), and the findings of the others stand.
[[nodiscard]] QList<LintFinding> lintText(QStringView plainText, const QList<TextBlock> &blocks,
    const HouseStyle &style = {}, qsizetype first = 0, qsizetype count = -1);

/// Findings in plain text whose lines are all paragraphs (offsets into \a plainText).
[[nodiscard]] QList<LintFinding> lintLines(QStringView plainText, const HouseStyle &style = {});

/// Findings in an article body, offsets into CanonicalHtml::toPlainText(\a canonicalHtml)
/// (= Article::bodyText): headings, list items, captions are known from the HTML.
[[nodiscard]] QList<LintFinding> lintArticle(const QString &canonicalHtml, const HouseStyle &style = {});

/// The misspelt Latin words of \a text (a paragraph or a field) as findings of
/// LintRule::Spelling at the severity \a style gives the rule, by start, with \a speller's
/// suggestions when asked for; none when \a style turns spelling off or \a speller has no
/// dictionary. Spelling findings have no fix (no suggestion is safe to take unseen). The one
/// place where misspellings become findings: the editor's underlines and galley lint.
[[nodiscard]] QList<LintFinding> spellParagraph(QStringView text, const SpellChecker &speller,
    const HouseStyle &style = {}, LintSuggestions suggestions = LintSuggestions::Without);

/// spellParagraph() for each of \a plainText's \a blocks (offsets into \a plainText), by
/// start; figures and rules are not checked.
[[nodiscard]] QList<LintFinding> spellText(QStringView plainText, const QList<TextBlock> &blocks,
    const SpellChecker &speller, const HouseStyle &style = {}, LintSuggestions suggestions = LintSuggestions::Without);

/// \a text with the safe fixes of \a findings applied (findings that overlap an earlier one
/// are left out; a fix can expose another, see fixLines()).
[[nodiscard]] QString applyFixes(QStringView text, const QList<LintFinding> &findings);

/// \a plainText (lines = paragraphs) with every safe fix applied, checked again until nothing
/// fixable is left; \a applied receives the number of fixes made.
[[nodiscard]] QString fixLines(const QString &plainText, const HouseStyle &style = {}, int *applied = nullptr);

/// The canonical HTML of \a canonicalHtml with every safe fix applied, as fixLines() does,
/// keeping the formatting of the text around each fix. \a applied receives the number of
/// fixes made (0: the result equals the input).
///
/// A finding whose key (LintIgnores::key(), in the body) is in \a ignored is left as it is,
/// also in the later rounds where a fix next to it has changed its key; \a reIgnored receives
/// those changed keys, which the newsroom keeps too so that the finding stays ignored in the
/// fixed text.
[[nodiscard]] QString fixArticle(const QString &canonicalHtml, const HouseStyle &style = {}, int *applied = nullptr,
    const QSet<QString> &ignored = {}, QSet<QString> *reIgnored = nullptr);

/// The copy desk as a reviewer ("Galley copy desk", 校对): the author of its revisions and comments.
[[nodiscard]] QString copyDeskName();
/// True when \a author is the copy desk, in any user-interface language.
[[nodiscard]] bool isCopyDesk(const QString &author);

} // namespace Linter
} // namespace galley
