#include "lint/housestyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

namespace {

/// Translation context of the house style's messages.
class HouseStyleText
{
    Q_DECLARE_TR_FUNCTIONS(galley::HouseStyle)
};

} // namespace

HouseStyle::HouseStyle()
{
    for (const LintRule rule : LintRules::all()) {
        m_rules.at(std::size_t(rule)).severity = LintRules::defaultSeverity(rule);
        m_rules.at(std::size_t(rule)).enabled = LintRules::enabledByDefault(rule);
    }
}

QByteArray HouseStyle::toJson() const
{
    QJsonObject rules;
    for (const LintRule rule : LintRules::all()) {
        rules.insert(LintRules::id(rule),
            QJsonObject { { QStringLiteral("enabled"), isEnabled(rule) },
                { QStringLiteral("severity"), LintRules::severityKey(severity(rule)) } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("rules"), rules } }).toJson(QJsonDocument::Indented);
}

std::optional<HouseStyle> HouseStyle::fromJson(const QByteArray &json, const QString &source, QString *error)
{
    const auto failed = [&](const QString &field, const QString &message) -> std::optional<HouseStyle> {
        if (error)
            *error = field.isEmpty() ? QStringLiteral("%1: %2").arg(source, message)
                                     : QStringLiteral("%1: %2: %3").arg(source, field, message);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(
            {}, HouseStyleText::tr("not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return failed({}, HouseStyleText::tr("the house style must be a JSON object."));
    HouseStyle style;
    const QJsonObject top = document.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() != QLatin1String("rules"))
            return failed(it.key(), HouseStyleText::tr("unknown field (the house style has \"rules\")."));
    }
    const QJsonValue rulesValue = top.value(QLatin1String("rules"));
    if (rulesValue.isUndefined())
        return style;
    if (!rulesValue.isObject())
        return failed(QStringLiteral("rules"), HouseStyleText::tr("must be an object of rule ids."));
    const QJsonObject rules = rulesValue.toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QString field = QStringLiteral("rules.") + it.key();
        const std::optional<LintRule> rule = LintRules::fromId(it.key());
        if (!rule)
            return failed(field, HouseStyleText::tr("unknown rule."));
        if (!it.value().isObject())
            return failed(field, HouseStyleText::tr("must be an object with \"enabled\" and \"severity\"."));
        const QJsonObject setting = it.value().toObject();
        for (auto key = setting.begin(); key != setting.end(); ++key) {
            if (key.key() == QLatin1String("enabled")) {
                if (!key.value().isBool())
                    return failed(field + QStringLiteral(".enabled"), HouseStyleText::tr("must be true or false."));
                style.setEnabled(*rule, key.value().toBool());
            } else if (key.key() == QLatin1String("severity")) {
                const std::optional<LintSeverity> severity = LintRules::severityFromKey(key.value().toString());
                if (!key.value().isString() || !severity)
                    return failed(field + QStringLiteral(".severity"),
                        HouseStyleText::tr("must be \"error\", \"warning\" or \"info\"."));
                style.setSeverity(*rule, *severity);
            } else {
                return failed(field + QLatin1Char('.') + key.key(),
                    HouseStyleText::tr("unknown field (\"enabled\" or \"severity\")."));
            }
        }
    }
    return style;
}

std::optional<HouseStyle> HouseStyle::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

} // namespace galley
