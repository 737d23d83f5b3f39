#pragma once

#include "lint/lintrule.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace galley {

/// A desk's house style: which copy-desk rules are on and at what severity. The defaults are
/// the standards (every rule of theirs on, at LintRules::defaultSeverity(); the house option
/// mixed-text-space off).
///
/// As JSON (what a desk edits, exports and imports):
///     { "rules": { "dash": { "enabled": false }, "paragraph-end": { "severity": "error" } } }
/// "rules" maps rule ids to an object with "enabled" (true/false) and "severity" ("error",
/// "warning", "info"), both optional; a rule not named keeps its default. Unknown keys are
/// refused, so a misspelt rule id does not silently leave the rule on.
class HouseStyle final
{
public:
    HouseStyle();

    [[nodiscard]] bool isEnabled(LintRule rule) const { return m_rules.at(std::size_t(rule)).enabled; }
    void setEnabled(LintRule rule, bool enabled) { m_rules.at(std::size_t(rule)).enabled = enabled; }
    [[nodiscard]] LintSeverity severity(LintRule rule) const { return m_rules.at(std::size_t(rule)).severity; }
    void setSeverity(LintRule rule, LintSeverity severity) { m_rules.at(std::size_t(rule)).severity = severity; }

    /// The JSON above, every rule written out.
    [[nodiscard]] QByteArray toJson() const;
    /// Reads \a json; on a mistake returns nothing and sets \a error to one sentence naming
    /// \a source (a file name) and the field ("house.json: rules.dash.severity: …").
    [[nodiscard]] static std::optional<HouseStyle> fromJson(
        const QByteArray &json, const QString &source, QString *error);
    /// Reads the file \a path (see fromJson()).
    [[nodiscard]] static std::optional<HouseStyle> load(const QString &path, QString *error);

    friend bool operator==(const HouseStyle &, const HouseStyle &) = default;

private:
    struct RuleSetting {
        bool enabled = true;
        LintSeverity severity = LintSeverity::Warning;
        friend bool operator==(const RuleSetting &, const RuleSetting &) = default;
    };
    std::array<RuleSetting, LintRuleCount> m_rules {};
};

} // namespace galley
