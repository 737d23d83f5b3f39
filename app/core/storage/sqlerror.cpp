#include "storage/sqlerror.h"

#include <QCoreApplication>
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
    // SQLITE_READONLY (8) and its extended codes: a newsroom file opened read-only.
    if (error.nativeErrorCode() == QLatin1String("8") || text == QLatin1String("attempt to write a readonly database"))
        return QCoreApplication::translate("galley::Database",
            "the newsroom is open read-only (Galley cannot write to its file or folder); nothing was changed");
    return text;
}

} // namespace galley
