#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

/// The copy desk's rules: Chinese house style after GB/T 15834-2011 (punctuation) and
/// GB/T 15835-2011 (numbers). Each has a stable id (the house-style file's key, the command
/// line's "rule" field), a default severity and whether it is on by default. The spelling of
/// Latin words (Hunspell) is a rule of the house style too, so that a desk sets its severity
/// or turns it off in the same file.
enum class LintRule : quint8 {
    HalfwidthPunctuation, ///< "halfwidth-punctuation": , . : ; ? ! ( ) in Chinese text
    ParagraphEnd, ///< "paragraph-end": a paragraph of Chinese text without sentence-final punctuation
    UnpairedBrackets, ///< "unpaired-brackets": unpaired or mis-nested “” ‘’ 「」 『』 《》 〈〉 （） 【】
    RepeatedPunctuation, ///< "repeated-punctuation": ！！ ？？！ 。。
    Ellipsis, ///< "ellipsis": ... or 。。。 instead of ……
    Dash, ///< "dash": -- instead of ——
    SpaceAroundPunctuation, ///< "space-around-punctuation": a space before or after full-width punctuation
    FullwidthAlphanumeric, ///< "fullwidth-alphanumeric": １０００ ＡＰＰ
    RangeUnit, ///< "range-unit": 9～16亿 (unit only at the end)
    TwoDigitYear, ///< "two-digit-year": 98年
    MixedTextSpace, ///< "mixed-text-space": no space between Chinese and Latin letters or digits (a house option, off by default)
    /// "spelling": a Latin word the spelling dictionary (SpellChecker, with the newsroom's
    /// words) does not know. Found by Linter::spellParagraph(), never by lintParagraph(): it
    /// needs a dictionary. It has no safe fix.
    Spelling,
};

inline constexpr int LintRuleCount = int(LintRule::Spelling) + 1;

enum class LintSeverity : quint8 { Info, Warning, Error };

namespace LintRules {

/// Every rule, in the order above.
[[nodiscard]] QList<LintRule> all();
/// The stable id ("halfwidth-punctuation").
[[nodiscard]] QString id(LintRule rule);
/// The rule called \a id, or nothing.
[[nodiscard]] std::optional<LintRule> fromId(QStringView id);
/// What the rule checks, in a line, in the user's language.
[[nodiscard]] QString description(LintRule rule);
/// The severity the standards give it (the house style's default).
[[nodiscard]] LintSeverity defaultSeverity(LintRule rule);
/// On unless a house style turns it off: every rule of the standards; a house option
/// (mixed-text-space) is off until a house style turns it on.
[[nodiscard]] bool enabledByDefault(LintRule rule);

/// "error", "warning", "info".
[[nodiscard]] QString severityKey(LintSeverity severity);
[[nodiscard]] std::optional<LintSeverity> severityFromKey(QStringView key);

} // namespace LintRules
} // namespace galley
