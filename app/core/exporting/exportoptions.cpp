#include "exportoptions.h"

#include <QStringList>

#include <algorithm>

namespace galley {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html: return QStringLiteral("html");
    case ExportFormat::Site: return QStringLiteral("site");
    case ExportFormat::Ninjs: return QStringLiteral("ninjs");
    case ExportFormat::Text: return QStringLiteral("text");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("html");
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    const QString normalized = key.trimmed().toString().toLower();
    for (ExportFormat format : {ExportFormat::Html, ExportFormat::Site, ExportFormat::Ninjs,
                                ExportFormat::Text, ExportFormat::Pdf}) {
        if (exportFormatKey(format) == normalized)
            return format;
    }
    return std::nullopt;
}

QString chineseConversionKey(ChineseConversion conversion)
{
    switch (conversion) {
    case ChineseConversion::None: return QString();
    case ChineseConversion::S2T: return QStringLiteral("s2t");
    case ChineseConversion::S2TW: return QStringLiteral("s2tw");
    case ChineseConversion::S2HK: return QStringLiteral("s2hk");
    }
    return QString();
}

std::optional<ChineseConversion> chineseConversionFromKey(QStringView key)
{
    const QString normalized = key.trimmed().toString().toLower();
    if (normalized.isEmpty() || normalized == QLatin1String("none"))
        return ChineseConversion::None;
    for (ChineseConversion conversion :
         {ChineseConversion::S2T, ChineseConversion::S2TW, ChineseConversion::S2HK}) {
        if (chineseConversionKey(conversion) == normalized)
            return conversion;
    }
    return std::nullopt;
}

QString lintRuleCountsText(const LintRuleCounts &counts)
{
    QList<LintRule> rules;
    for (LintRule rule : LintRules::all()) {
        if (counts.at(std::size_t(rule)) > 0)
            rules.append(rule);
    }
    // What blocks the most first: that is what a desk fixes (or teaches the dictionary) first.
    std::stable_sort(rules.begin(), rules.end(),
        [&counts](LintRule a, LintRule b) { return counts.at(std::size_t(a)) > counts.at(std::size_t(b)); });
    QStringList parts;
    for (LintRule rule : std::as_const(rules))
        parts.append(QStringLiteral("%1 %2").arg(LintRules::id(rule)).arg(counts.at(std::size_t(rule))));
    return parts.join(QStringLiteral(", "));
}

} // namespace galley
