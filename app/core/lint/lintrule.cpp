#include "lint/lintrule.h"

#include <QCoreApplication>

#include <array>

namespace galley {

namespace {

struct RuleInfo {
    LintRule rule;
    const char *id;
    LintSeverity severity;
    const char *description;
};

// The punctuation and number rules of GB/T 15834-2011 and GB/T 15835-2011: what breaks the
// standard outright is an error, what a desk may tolerate in quoted or informal copy a warning.
constexpr std::array<RuleInfo, LintRuleCount> Rules { {
    { LintRule::HalfwidthPunctuation, "halfwidth-punctuation", LintSeverity::Error,
        QT_TRANSLATE_NOOP("galley::Lint", "Half-width punctuation in Chinese text") },
    { LintRule::ParagraphEnd, "paragraph-end", LintSeverity::Warning,
        QT_TRANSLATE_NOOP("galley::Lint", "Paragraph without sentence-final punctuation") },
    { LintRule::UnpairedBrackets, "unpaired-brackets", LintSeverity::Error,
        QT_TRANSLATE_NOOP("galley::Lint", "Unpaired or mis-nested quotation marks and brackets") },
    { LintRule::RepeatedPunctuation, "repeated-punctuation", LintSeverity::Warning,
        QT_TRANSLATE_NOOP("galley::Lint", "Repeated punctuation") },
    { LintRule::Ellipsis, "ellipsis", LintSeverity::Error,
        QT_TRANSLATE_NOOP("galley::Lint", "Ellipsis written with dots or full stops") },
    { LintRule::Dash, "dash", LintSeverity::Warning, QT_TRANSLATE_NOOP("galley::Lint", "Dash written with hyphens") },
    { LintRule::SpaceAroundPunctuation, "space-around-punctuation", LintSeverity::Warning,
        QT_TRANSLATE_NOOP("galley::Lint", "Space before or after full-width punctuation") },
    { LintRule::FullwidthAlphanumeric, "fullwidth-alphanumeric", LintSeverity::Error,
        QT_TRANSLATE_NOOP("galley::Lint", "Full-width digits or Latin letters") },
    { LintRule::RangeUnit, "range-unit", LintSeverity::Warning,
        QT_TRANSLATE_NOOP("galley::Lint", "Range with its unit only at the end") },
    { LintRule::TwoDigitYear, "two-digit-year", LintSeverity::Warning,
        QT_TRANSLATE_NOOP("galley::Lint", "Year written with two digits") },
    // Not in the standards: a house's choice (中文 English 混排, a space between the scripts).
    { LintRule::MixedTextSpace, "mixed-text-space", LintSeverity::Info,
        QT_TRANSLATE_NOOP("galley::Lint", "No space between Chinese and Latin letters or digits (house option)") },
    // A misspelt word is wrong whatever the paper: an error, as the editor has always shown it.
    { LintRule::Spelling, "spelling", LintSeverity::Error,
        QT_TRANSLATE_NOOP("galley::Lint", "Latin word not in the spelling dictionary") },
} };

const RuleInfo &info(LintRule rule)
{
    return Rules.at(std::size_t(rule));
}

} // namespace

QList<LintRule> LintRules::all()
{
    QList<LintRule> rules;
    for (const RuleInfo &rule : Rules)
        rules.append(rule.rule);
    return rules;
}

QString LintRules::id(LintRule rule)
{
    return QLatin1String(info(rule).id);
}

std::optional<LintRule> LintRules::fromId(QStringView id)
{
    for (const RuleInfo &rule : Rules) {
        if (id == QLatin1String(rule.id))
            return rule.rule;
    }
    return std::nullopt;
}

QString LintRules::description(LintRule rule)
{
    return QCoreApplication::translate("galley::Lint", info(rule).description);
}

LintSeverity LintRules::defaultSeverity(LintRule rule)
{
    return info(rule).severity;
}

bool LintRules::enabledByDefault(LintRule rule)
{
    return rule != LintRule::MixedTextSpace;
}

QString LintRules::severityKey(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return QStringLiteral("error");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<LintSeverity> LintRules::severityFromKey(QStringView key)
{
    for (const LintSeverity severity : { LintSeverity::Error, LintSeverity::Warning, LintSeverity::Info }) {
        if (key == severityKey(severity))
            return severity;
    }
    return std::nullopt;
}

} // namespace galley
