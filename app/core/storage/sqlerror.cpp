#include "storage/sqlerror.h"

#include <QRegularExpression>
#include <QSqlError>

namespace galley {

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression prefixes(QStringLiteral("^(?:(?:ERROR|FATAL|PANIC):\\s+)?(?:galley:\\s+)?"));
    text.remove(prefixes);
    text = text.simplified();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace galley
