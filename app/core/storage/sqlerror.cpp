#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace galley {

namespace {

QString diskFull()
{
    return QCoreApplication::translate("galley::Database", "the disk is full");
}

QString diskFailed()
{
    return QCoreApplication::translate("galley::Database", "the disk could not read or write the file (an I/O error)");
}

} // namespace

QString storageFailureReason(const QString &text)
{
    for (const QString &reason : { diskFull(), diskFailed() }) {
        if (text.contains(reason))
            return reason;
    }
    return {};
}

QString sqlErrorText(const QSqlError &error)
{
    // SQLite's result code (primary or extended: the low byte is the primary one); PostgreSQL's
    // are five-character SQLSTATEs.
    bool isNumber = false;
    const int code = error.nativeErrorCode().size() < 5 ? error.nativeErrorCode().toInt(&isNumber) : 0;
    if (isNumber && (code & 0xff) == 13) // SQLITE_FULL
        return diskFull();
    if (isNumber && (code & 0xff) == 10) // SQLITE_IOERR and its extended codes
        return diskFailed();

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
