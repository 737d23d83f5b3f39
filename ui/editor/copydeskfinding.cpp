#include "copydeskfinding.h"

#include <QCoreApplication>

namespace galley {

QColor CopyDeskStyle::colour(const CopyDeskFinding &finding)
{
    switch (finding.severity) {
    case LintSeverity::Error:
        return QColor(214, 40, 40);
    case LintSeverity::Warning:
        return QColor(230, 145, 0);
    case LintSeverity::Info:
        break;
    }
    return QColor(40, 110, 220);
}

QTextCharFormat CopyDeskStyle::underlineFormat(const CopyDeskFinding &finding)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(colour(finding));
    return format;
}

QString CopyDeskStyle::kindName(const CopyDeskFinding &finding)
{
    return finding.isSpelling() ? QCoreApplication::translate("galley::CopyDeskPanel", "Spelling")
                                : LintRules::description(finding.rule);
}

} // namespace galley
