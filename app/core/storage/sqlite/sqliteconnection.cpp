#include "storage/sqlite/sqliteconnection.h"

#include "storage/sqlite/cjktokenizer.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitehandle.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <functional>

namespace galley::SqliteConnection {

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// What the read-only look at an existing file found.
struct Probe {
    Database::Status status = Database::Status::Ok;
    QString message;
    bool empty = false; ///< a valid SQLite file without any schema (a 0-byte file included)
    int userVersion = 0;
};

Probe refuse(Database::Status status, QString message)
{
    Probe probe;
    probe.status = status;
    probe.message = std::move(message);
    return probe;
}

Probe damaged(const QString &path, const QString &reason)
{
    return refuse(Database::Status::Corrupt,
        QCoreApplication::translate("galley::Database", "“%1” is damaged and cannot be opened: %2.")
            .arg(displayName(path), reason));
}

Probe cannotOpen(const QString &path, const QString &reason)
{
    return refuse(Database::Status::CannotOpen,
        QCoreApplication::translate("galley::Database", "Cannot open “%1”: %2.").arg(displayName(path), reason));
}

Probe notGalley(const QString &path, const QString &reason)
{
    return refuse(Database::Status::NotGalley,
        QCoreApplication::translate("galley::Database", "“%1” is not a Galley newsroom: %2.")
            .arg(displayName(path), reason));
}

// The newsroom files this process has open through SQLite, and how many connections each.
// Closing any descriptor of a file drops every POSIX lock the process holds on it (fcntl locks
// belong to the process and the file, not to the descriptor; SQLite's "How To Corrupt", 2.2):
// the header check's own open and close of a file that another connection here already has
// open would silently release that connection's locks, and another Galley could then delete
// the WAL under it. So a file open here is not opened a second time outside SQLite (which
// shares one descriptor per file within a process and defers closes for this reason).
QMutex openFilesMutex;
QHash<QString, int> openFiles;

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isOpenInThisProcess(const QString &path)
{
    QMutexLocker locker(&openFilesMutex);
    return openFiles.value(fileKey(path)) > 0;
}

OpenedConnection noteOpened(OpenedConnection opened, const QString &path)
{
    if (opened.status == Database::Status::Ok) {
        QMutexLocker locker(&openFilesMutex);
        ++openFiles[fileKey(path)];
    }
    return opened;
}

// Checks the 100-byte SQLite header with plain file reads, so a file that is not ours is never
// handed to SQLite at all. See https://www.sqlite.org/fileformat.html#the_database_header.
Probe checkHeader(const QString &path, const QFileInfo &info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file.errorString());
    if (file.size() == 0) {
        Probe probe;
        probe.empty = true; // SQLite treats an empty file as an empty database
        return probe;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return notGalley(path, QCoreApplication::translate("galley::Database", "it is not an SQLite database"));
    if (header.size() < 100)
        return damaged(path, QCoreApplication::translate("galley::Database", "the file is truncated"));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const bool pageSizeValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    const bool versionsValid = bytes[18] >= 1 && bytes[18] <= 2 && bytes[19] >= 1 && bytes[19] <= 2;
    const bool fractionsValid = bytes[21] == 64 && bytes[22] == 32 && bytes[23] == 32;
    const quint32 schemaFormat = qFromBigEndian<quint32>(bytes + 44);
    const quint32 encoding = qFromBigEndian<quint32>(bytes + 56);
    if (!pageSizeValid || !versionsValid || !fractionsValid || schemaFormat > 4 || encoding > 3)
        return damaged(path, QCoreApplication::translate("galley::Database", "its header is invalid"));

    // The page count in the header is trustworthy when the two change counters agree. A file
    // shorter than that count lost its tail; with a non-empty WAL the missing pages may still
    // be in the log, so only a WAL-less file is judged by its size.
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHasData = wal.exists() && wal.size() > 0;
    if (!walHasData && changeCounter == validFor && pageCount > 0 && pageCount * pageSize > info.size())
        return damaged(path, QCoreApplication::translate("galley::Database", "the file is truncated"));
    if (!walHasData && info.size() % pageSize != 0)
        return damaged(path, QCoreApplication::translate("galley::Database", "the file is truncated"));
    return {};
}

/// Runs one statement on the probe connection; returns the SQLite result code.
int probeQuery(sqlite3 *db, const char *sql, const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW && row)
            row(statement);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Reads the identity and the schema of an existing file through a read-only connection. Cheap
// on any size: the header pragmas, sqlite_master, and the first and last row of articles.
Probe probeSchema(const QString &path)
{
    // Without a WAL file the whole database is in the main file: opening it "immutable" reads
    // just that, with no locks and no -wal/-shm files created next to a file that may not even
    // be ours. With a WAL (someone has it open, or crashed), a plain read-only open reads it too.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(
        QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(uri.toEncoded().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    const auto fail = [&](int code) {
        const QString detail = QString::fromUtf8(sqlite3_errstr(code));
        switch (code & 0xff) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return damaged(path, detail);
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return cannotOpen(path, QCoreApplication::translate("galley::Database", "it is locked by another program"));
        default:
            return cannotOpen(path, detail);
        }
    };
    if (rc != SQLITE_OK) {
        const Probe probe = fail(rc);
        sqlite3_close(db);
        return probe;
    }
    sqlite3_busy_timeout(db, 5000);

    Probe probe;
    qint64 applicationId = 0;
    QStringList names;
    rc = probeQuery(db, "PRAGMA application_id", [&](sqlite3_stmt *s) { applicationId = sqlite3_column_int64(s, 0); });
    if (rc == SQLITE_OK)
        rc = probeQuery(
            db, "PRAGMA user_version", [&](sqlite3_stmt *s) { probe.userVersion = sqlite3_column_int(s, 0); });
    if (rc == SQLITE_OK)
        rc = probeQuery(db, "SELECT name FROM sqlite_master", [&](sqlite3_stmt *s) {
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
        });
    const bool ours = applicationId == Database::applicationId();
    if (rc == SQLITE_OK && ours && names.contains(QStringLiteral("articles"))) {
        rc = probeQuery(db, "SELECT id FROM articles ORDER BY id LIMIT 1", {});
        if (rc == SQLITE_OK)
            rc = probeQuery(db, "SELECT id FROM articles ORDER BY id DESC LIMIT 1", {});
    }
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return fail(rc);

    if (names.isEmpty() && (applicationId == 0 || ours) && probe.userVersion == 0) {
        probe.empty = true;
        return probe;
    }
    if (!ours)
        return notGalley(
            path, QCoreApplication::translate("galley::Database", "it is a database of another application"));
    if (probe.userVersion > Database::schemaVersion()) {
        return refuse(Database::Status::TooNew,
            QCoreApplication::translate("galley::Database",
                "“%1” was written by a newer version of Galley (schema %2; this version reads up to %3).")
                .arg(
                    displayName(path), QString::number(probe.userVersion), QString::number(Database::schemaVersion())));
    }
    if (probe.userVersion <= 0 || !names.contains(QStringLiteral("articles")))
        return damaged(path, QCoreApplication::translate("galley::Database", "its tables are missing"));
    // A file at the current schema has every table (an older one gets them by migrating): one
    // dropped by hand would otherwise read as "no comments", or as a cryptic error later.
    if (probe.userVersion == Database::schemaVersion()) {
        for (const char *table : { "annotations", "suggestions", "revisions", "workflow_events", "related", "assets",
                 "search_pending", "articles_fts", "articles_cjk" }) {
            if (!names.contains(QLatin1String(table)))
                return damaged(path,
                    QCoreApplication::translate("galley::Database", "its table “%1” is missing").arg(QLatin1String(table)));
        }
    }
    return probe;
}

Probe probeFile(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (readOnly)
            return cannotOpen(path, QCoreApplication::translate("galley::Database", "the file does not exist"));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return cannotOpen(path,
                QCoreApplication::translate("galley::Database", "the folder “%1” does not exist")
                    .arg(displayName(folder.filePath())));
        if (!folder.isWritable())
            return cannotOpen(path,
                QCoreApplication::translate("galley::Database", "the folder “%1” is not writable")
                    .arg(displayName(folder.filePath())));
        Probe probe;
        probe.empty = true;
        return probe;
    }
    if (info.isDir())
        return cannotOpen(path, QCoreApplication::translate("galley::Database", "it is a folder"));
    // /dev/null would be taken for an empty newsroom (with a journal written beside it), a pipe
    // would block the open until someone writes into it.
    if (!info.isFile())
        return cannotOpen(path,
            QCoreApplication::translate("galley::Database", "it is not a regular file (a pipe, device or socket)"));
    if (!info.isReadable())
        return cannotOpen(path, QCoreApplication::translate("galley::Database", "permission denied"));
    // A file another connection here has open was checked when it was opened (see openFiles).
    if (!isOpenInThisProcess(path)) {
        Probe probe = checkHeader(path, info);
        if (probe.status != Database::Status::Ok || probe.empty)
            return probe;
    }
    return probeSchema(path);
}

OpenedConnection tryOpen(const QString &path)
{
    OpenedConnection result;
    const auto failed = [&](Database::Status status, const QString &message) {
        result.status = status;
        result.error = message;
        return result;
    };

    const Probe probe = probeFile(path, false);
    if (probe.status != Database::Status::Ok) {
        return failed(probe.status, probe.message);
    }
    const bool needsMigration = probe.empty || probe.userVersion < Database::schemaVersion();
    if (needsMigration && QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
        return failed(Database::Status::CannotOpen,
            cannotOpen(path,
                QCoreApplication::translate("galley::Database", "the file is read-only and needs an upgrade"))
                .message);
    }

    result.connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        return failed(Database::Status::CannotOpen, cannotOpen(path, db.lastError().driverText()).message);
    }
    QString reason;
    if (!CjkTokenizer::registerOn(sqliteHandle(db), &reason)) {
        return failed(Database::Status::CannotOpen, cannotOpen(path, reason).message);
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    query.exec(QStringLiteral("PRAGMA cache_size = -32768")); // KiB: 32 MiB of page cache

    if (needsMigration) {
        // Under the write lock, read the version again: another Galley may have migrated meanwhile.
        bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        int current = 0;
        if (ok && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            current = query.value(0).toInt();
        query.finish();
        if (ok && current > Database::schemaVersion()) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failed(Database::Status::TooNew, QCoreApplication::translate("galley::Database",
                "“%1” was written by a newer version of Galley (schema %2; this version reads up to %3).")
                           .arg(displayName(path), QString::number(current), QString::number(Database::schemaVersion())));
        }
        if (ok && current < Database::schemaVersion())
            ok = Migrations::migrate(db, current, &reason);
        else if (!ok)
            reason = sqlErrorText(query.lastError());
        if (ok && !query.exec(QStringLiteral("COMMIT"))) {
            ok = false;
            reason = sqlErrorText(query.lastError());
        }
        if (!ok && probe.empty) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failed(Database::Status::MigrationFailed,
                QCoreApplication::translate("galley::Database", "“%1” could not be made a newsroom: %2.")
                    .arg(displayName(path), reason));
        }
        if (!ok) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failed(Database::Status::MigrationFailed, QCoreApplication::translate(
                "galley::Database", "“%1” could not be upgraded to schema version %2: %3.")
                           .arg(displayName(path), QString::number(Database::schemaVersion()), reason));
        }
    }
    // Only now, with a file known to be ours, is it switched to WAL (which writes to it).
    // A disk that is full or failing says so (the switch writes the header), not just "cannot".
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failed(Database::Status::CannotOpen, cannotOpen(path, sqlErrorText(query.lastError())).message);
    if (!query.next() || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return failed(Database::Status::CannotOpen, cannotOpen(
            path, QCoreApplication::translate("galley::Database", "it cannot be switched to write-ahead logging"))
                       .message);
    }
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // durable with WAL, much faster
    return result;
}

OpenedConnection tryOpenReadOnly(const QString &path)
{
    OpenedConnection result;
    const auto failed = [&](Database::Status status, const QString &message) {
        result.status = status;
        result.error = message;
        return result;
    };

    const Probe probe = probeFile(path, true);
    if (probe.status != Database::Status::Ok) {
        return failed(probe.status, probe.message);
    }
    if (probe.empty) {
        return failed(Database::Status::NotGalley,
            notGalley(path, QCoreApplication::translate("galley::Database", "it is empty")).message);
    }
    if (probe.userVersion < Database::schemaVersion()) {
        return failed(Database::Status::MigrationFailed, QCoreApplication::translate(
            "galley::Database", "“%1” needs an upgrade to schema version %2, which a read-only open cannot do.")
                       .arg(displayName(path), QString::number(Database::schemaVersion())));
    }
    result.connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.connectionName);
    // In a folder this process cannot write (a read-only mount, a colleague's share), a file in
    // write-ahead-log mode cannot be read the usual way: SQLite would create its -shm file. With
    // no log beside it, nobody has it open for writing: read it as immutable, with no locks and
    // no files created.
    const bool logFiles = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
    if (!logFiles && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    QString reason;
    if (!db.open() || !CjkTokenizer::registerOn(sqliteHandle(db), &reason)) {
        return failed(Database::Status::CannotOpen, cannotOpen(path, reason.isEmpty() ? db.lastError().driverText() : reason).message);
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA query_only = ON"));
    return result;
}

} // namespace

OpenedConnection open(const QString &path)
{
    return noteOpened(settled(tryOpen(path)), path);
}

OpenedConnection openReadOnly(const QString &path)
{
    return noteOpened(settled(tryOpenReadOnly(path)), path);
}

void closed(const QString &path)
{
    QMutexLocker locker(&openFilesMutex);
    const QString key = fileKey(path);
    if (--openFiles[key] <= 0)
        openFiles.remove(key);
}

bool inTransaction(const QSqlDatabase &connection)
{
    sqlite3 *handle = sqliteHandle(connection);
    return handle && !sqlite3_get_autocommit(handle);
}

} // namespace galley::SqliteConnection
