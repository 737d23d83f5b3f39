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

QString connectionLost()
{
    return QCoreApplication::translate("galley::Database", "the connection to the server was lost");
}

/// A PostgreSQL error that says the server went away (stopped, restarted, the network cut) or
/// cannot be reached again yet: libpq's own messages carry no SQLSTATE.
bool isConnectionLoss(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.size() == 5
        && (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
            || state == QLatin1String("57P03")))
        return true;
    const QString text = error.databaseText() + QLatin1Char('\n') + error.driverText();
    for (const char *sign : { "server closed the connection unexpectedly", "no connection to the server",
             "terminating connection due to", "could not receive data from server", "could not send data to server",
             "the database system is shutting down", "the database system is starting up",
             "the database system is in recovery mode" }) {
        if (text.contains(QLatin1String(sign)))
            return true;
    }
    return false;
}

} // namespace

QString connectionLostReason()
{
    return connectionLost();
}

QString storageFailureReason(const QString &text)
{
    for (const QString &reason : { diskFull(), diskFailed(), connectionLost() }) {
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
    if (isConnectionLoss(error))
        return connectionLost();
    // Qt closes a team server's connection that it found lost, and then runs nothing on it,
    // leaving no error at all ("QSqlQuery::exec: database not open" on the console only).
    if (error.databaseText().trimmed().isEmpty() && error.driverText().trimmed().isEmpty())
        return connectionLost();

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
