#pragma once

#include "lint/lintrule.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

#include <optional>

namespace galley {

/// One underline of the copy desk in an editor field: a house-style finding (Linter) or a
/// misspelt Latin word (SpellChecker), at [start, end) of its paragraph or field (UTF-16).
struct CopyDeskFinding {
    enum class Kind : quint8 { Style, Spelling };
    Kind kind = Kind::Style;
    LintRule rule = LintRule::HalfwidthPunctuation; ///< LintRule::Spelling for Kind::Spelling
    LintSeverity severity = LintSeverity::Warning;
    int start = 0;
    int end = 0;
    QString message;
    std::optional<QString> fix; ///< the safe fix (Kind::Style)
    QStringList suggestions; ///< Hunspell's words (Kind::Spelling)

    [[nodiscard]] bool isSpelling() const { return kind == Kind::Spelling; }
    friend bool operator==(const CopyDeskFinding &, const CopyDeskFinding &) = default;
};

namespace CopyDeskStyle {

/// The wavy underline of \a finding: red for errors (a misspelling is one unless the house
/// style says otherwise), amber for warnings, blue for information.
[[nodiscard]] QTextCharFormat underlineFormat(const CopyDeskFinding &finding);
[[nodiscard]] QColor colour(const CopyDeskFinding &finding);
/// What the panel and the tooltip call the finding's kind ("Spelling", or the rule's description).
[[nodiscard]] QString kindName(const CopyDeskFinding &finding);

} // namespace CopyDeskStyle
} // namespace galley
