#include "storage/database.h"
#include "storage/sqlerror.h"

#include "storage/openedconnection.h"
#include "storage/postgres/postgresconnection.h"
#include "storage/sqlite/sqliteconnection.h"
#include "storage/sqlite/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace galley {

namespace {
std::atomic<quint64> connectionCounter { 0 };
}

QString newConnectionName()
{
    return QStringLiteral("galley-%1").arg(++connectionCounter);
}

OpenedConnection settled(OpenedConnection opened)
{
    if (opened.status != Database::Status::Ok && !opened.connectionName.isEmpty()) {
        QSqlDatabase::database(opened.connectionName, false).close();
        QSqlDatabase::removeDatabase(opened.connectionName);
        opened.connectionName.clear();
    }
    return opened;
}

struct Database::Private {
    QString connectionName;
    QString path;
    QString error;
    QString password;
    bool readOnly = false;
    Engine engine = Engine::SQLite;
    std::optional<Role> role;
    QString user;
    int writeTransactions = 0; ///< WriteTransactions open on this connection
    int generation = 0; ///< connections made (see connectionGeneration())
    bool passwordRequired = false;
};

Database::Database()
    : d(std::make_unique<Private>())
{ }

Database::~Database()
{
    close();
}

QString Database::sessionId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

namespace {
QString &sessionUserNameStorage()
{
    static QString name;
    return name;
}
} // namespace

void Database::setSessionUserName(const QString &name)
{
    sessionUserNameStorage() = name;
}

QString Database::sessionUserName()
{
    return sessionUserNameStorage();
}

void Database::applySessionUserName()
{
    if (d->engine == Engine::PostgreSQL && isOpen()) {
        QSqlDatabase db = connection();
        PostgresConnection::setSessionUserName(db, sessionUserName());
    }
}

int Database::schemaVersion()
{
    return Migrations::latestVersion();
}

int Database::applicationId()
{
    return 0x474C4C59; // 'GLLY'
}

Database::Status Database::adopt(const QString &location, const QString &password, bool readOnly,
    OpenedConnection opened)
{
    d->path = location;
    d->password = password;
    d->readOnly = readOnly;
    d->engine = isServerLocation(location) ? Engine::PostgreSQL : Engine::SQLite;
    d->error = opened.error;
    d->connectionName = opened.connectionName;
    d->role = opened.role;
    d->user = opened.user;
    d->passwordRequired = opened.passwordRequired;
    ++d->generation;
    return opened.status;
}

Database::Status Database::open(const QString &location, const QString &password)
{
    close();
    if (isServerLocation(location))
        return adopt(location, password, false, PostgresConnection::open(location, password, false));
    // A newsroom on a read-only mount, a file without write permission or in a folder where the
    // write-ahead log cannot be created: opened read-only (isReadOnly()), so that it can still
    // be listed, shown and exported.
    const QFileInfo info(location);
    if (info.isFile() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return adopt(location, password, true, SqliteConnection::openReadOnly(location));
    return adopt(location, password, false, SqliteConnection::open(location));
}

Database::Status Database::openReadOnly(const QString &location, const QString &password)
{
    close();
    return adopt(location, password, true,
        isServerLocation(location) ? PostgresConnection::open(location, password, true)
                                   : SqliteConnection::openReadOnly(location));
}

Database::Status Database::initialize(const QString &location, const QString &password)
{
    close();
    if (!isServerLocation(location))
        return open(location, password); // a file is created and migrated by open() itself
    return adopt(location, password, false, PostgresConnection::initialize(location, password));
}

bool Database::isServerLocation(const QString &location)
{
    return PostgresConnection::isLocation(location);
}

QString Database::displayNameOf(const QString &location)
{
    return isServerLocation(location) ? PostgresConnection::displayName(location) : location;
}

QString Database::displayName() const
{
    return displayNameOf(d->path);
}

Engine Database::engine() const
{
    return d->engine;
}

std::optional<Role> Database::serverRole() const
{
    return d->role;
}

QString Database::serverUser() const
{
    return d->user;
}

bool Database::passwordRequired() const
{
    return d->passwordRequired;
}

QString Database::password() const
{
    return d->password;
}

bool Database::inTransaction() const
{
    if (!isOpen())
        return false;
    if (d->writeTransactions > 0)
        return true;
    return d->engine == Engine::PostgreSQL ? PostgresConnection::inTransaction(connection())
                                           : SqliteConnection::inTransaction(connection());
}


void Database::close()
{
    d->writeTransactions = 0;
    if (d->connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    if (d->engine == Engine::SQLite)
        SqliteConnection::closed(d->path);
}

bool Database::isOpen() const
{
    return !d->connectionName.isEmpty() && connection().isOpen();
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

QString Database::path() const
{
    return d->path;
}

QString Database::errorString() const
{
    return d->error;
}

QString Database::failureText(const QString &error) const
{
    const QString reason = storageFailureReason(error);
    if (reason.isEmpty())
        return error;
    return QCoreApplication::translate("galley::Database", "Nothing was saved in “%1”: %2.").arg(displayName(), reason);
}

QSqlDatabase Database::connection() const
{
    if (d->connectionName.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
    // A lost server connection is made again, but never inside a transaction: that one failed.
    // (Closed, it is one whose reconnection failed while the server was still away.)
    if (d->engine == Engine::PostgreSQL && d->writeTransactions == 0 && (!db.isOpen() || PostgresConnection::isBroken(db))
        && PostgresConnection::reconnect(db, d->readOnly))
        ++d->generation;
    return db;
}

int Database::connectionGeneration() const
{
    return d->generation;
}

// ---- WriteTransaction ------------------------------------------------------------------------

namespace {
std::atomic<quint64> savepointCounter { 0 };
}

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
{
    if (!database.isOpen()) {
        // A team server's connection that was lost and could not be made again (connection()).
        m_error = database.engine() == Engine::PostgreSQL && !database.d->connectionName.isEmpty()
            ? connectionLostReason()
            : QCoreApplication::translate("galley::Database", "The newsroom is not open.");
        return;
    }
    m_nested = database.inTransaction();
    if (m_nested) {
        m_savepoint = QStringLiteral("galley_%1").arg(++savepointCounter);
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = exec(database.engine() == Engine::PostgreSQL ? QStringLiteral("BEGIN")
                                                                : QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (m_active)
        ++database.d->writeTransactions;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::exec(const QString &sql)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(sql))
        return true;
    m_error = sqlErrorText(query.lastError());
    return false;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    // PostgreSQL answers COMMIT of a transaction a failed statement aborted with a rollback, not
    // an error: that is a failure here.
    if (m_database.engine() == Engine::PostgreSQL && PostgresConnection::inFailedTransaction(m_database.connection())) {
        m_error = QCoreApplication::translate("galley::Database", "An earlier statement of the transaction failed.");
        rollback();
        return false;
    }
    const bool ok = exec(m_nested ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"));
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    m_database.d->writeTransactions = std::max(0, m_database.d->writeTransactions - 1);
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_database.d->writeTransactions = std::max(0, m_database.d->writeTransactions - 1);
    // What made the transaction fail is the error to report, not what its rollback says. A
    // write that fails for a full disk or an I/O error makes SQLite roll the whole transaction
    // back by itself (https://www.sqlite.org/lang_transaction.html, "Response To Errors Within
    // A Transaction"): then there is nothing left to undo, and ROLLBACK would only answer
    // "cannot rollback - no transaction is active".
    if (m_database.engine() == Engine::SQLite && !SqliteConnection::inTransaction(m_database.connection()))
        return;
    const QString reason = m_error;
    if (m_nested) {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        exec(QStringLiteral("ROLLBACK"));
    }
    if (!reason.isEmpty())
        m_error = reason;
}

} // namespace galley
