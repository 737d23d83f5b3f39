#pragma once

#include "model/workflow.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace galley {

struct OpenedConnection;

/// The two storage engines behind the same newsroom API.
enum class Engine {
    SQLite, ///< a newsroom file on this desk (embedded, offline, no set-up)
    PostgreSQL, ///< a team newsroom on a shared server (storage/postgres/)
};

/// One connection to a Galley newsroom, owned by the thread that opened it (Qt Sql connections
/// must not cross threads: worker threads open their own Database). The location is a file
/// path (SQLite) or a libpq URI, postgresql://[user@][host][:port]/dbname[?param=value&...]
/// (PostgreSQL, see storage/postgres/postgresconnection.h). Everything above storage/ works the
/// same on both; only the code under storage/sqlite/ and storage/postgres/ knows which it is.
///
/// SQLite:
/// No ANALYZE statistics are kept (nor PRAGMA optimize run, which would make them): SQLite
/// judges a row's width by its declared columns, not by the bodies that overflow it, so with
/// sqlite_stat1 it reads the whole articles table where a partial index would do (measured on a
/// million articles: counting the list went from 0.04 s to 1.1-1.9 s, and ids by status became
/// a table scan). The queries are written for the planner's defaults, with INDEXED BY where
/// the choice matters (see ArticleSearch).
///
/// open() refuses, without writing a byte, a file that is not a Galley database, one whose
/// schema is newer than this build, or one that is corrupt; otherwise it creates a missing
/// file, runs the forward migrations in one transaction, and turns on WAL and foreign keys.
class Database final
{
public:
    enum class Status {
        Ok,
        CannotOpen,   ///< file system error (permissions, missing folder, ...)
        NotGalley,    ///< some other file, or an SQLite database of another application
        TooNew,       ///< written by a newer Galley: schema version above schemaVersion()
        Corrupt,      ///< damaged SQLite file
        MigrationFailed,
        AccessDenied, ///< team server: wrong password, or a login without a Galley group role
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the newsroom at \a location: a file (created when missing and migrated) or a team
    /// server (which must have been set up with initialize(); it is never created or migrated
    /// here, since an editor's login may not change the schema). \a password, when not empty,
    /// is used for a server instead of libpq's own sources (PGPASSWORD, ~/.pgpass, a service
    /// file); it is never stored. On failure errorString() names the file or server and the
    /// reason in one translated sentence, and nothing was written.
    [[nodiscard]] Status open(const QString &location, const QString &password = {});
    /// Opens read-only: never creates, migrates or writes. Used by inspection tools.
    [[nodiscard]] Status openReadOnly(const QString &location, const QString &password = {});
    /// Team server only: creates the schema of an empty database or migrates an older one, in
    /// one transaction, and creates the group roles galley_editor, galley_reviewer and
    /// galley_chief when missing; then opens it like open(). Refuses a newer schema, or a
    /// database that holds tables of something else. Needs a login that may create tables
    /// (and roles, unless they exist).
    [[nodiscard]] Status initialize(const QString &location, const QString &password = {});
    void close();

    [[nodiscard]] bool isOpen() const;
    /// The location as given to open().
    [[nodiscard]] QString path() const;
    /// The location as shown to people: the path, or the URI without a password.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Engine engine() const;
    /// True for a location that names a team server (postgresql:// or postgres://).
    [[nodiscard]] static bool isServerLocation(const QString &location);
    /// \a location shown to people: a URI loses its password.
    [[nodiscard]] static QString displayNameOf(const QString &location);

    /// Team server: the role the server gives the login (from its membership of galley_chief,
    /// galley_editor or galley_reviewer; the server enforces it). nullopt on a newsroom file,
    /// where the role is the user's choice in Preferences.
    [[nodiscard]] std::optional<Role> serverRole() const;
    /// Team server: the login name (current_user). Empty on a newsroom file.
    [[nodiscard]] QString serverUser() const;
    /// Team server: the last open() was refused for want of the right password (ask for one).
    [[nodiscard]] bool passwordRequired() const;
    /// The password open() was given (kept in memory only, so that worker threads can open
    /// their own connections to the same server).
    [[nodiscard]] QString password() const;

    /// True inside a transaction (a WriteTransaction or the driver's own).
    [[nodiscard]] bool inTransaction() const;
    /// Counts the connections made: a team server's lost connection is made again by
    /// connection() on its next use (outside a transaction), and statements prepared on the
    /// lost one must then be prepared again.
    [[nodiscard]] int connectionGeneration() const;
    [[nodiscard]] QString errorString() const;
    /// \a error, the message of a change that failed on this newsroom, as a person reads it:
    /// when the storage itself failed (the disk is full, the file cannot be read or written, the
    /// server connection was lost), one sentence naming the newsroom and the reason ("Nothing was
    /// saved in “desk.galley”: the disk is full."); any other \a error as it is.
    [[nodiscard]] QString failureText(const QString &error) const;
    /// The underlying Qt Sql connection (only storage/ code uses it). On a team server whose
    /// connection was lost (a restart, a network cut), this connects again first: the call that
    /// met the loss failed, the next one works once the server is back.
    [[nodiscard]] QSqlDatabase connection() const;

    /// This Galley's session: a random id made once per process, which names it in editing
    /// locks, presence and the team server's change announcements (two Galley of one person
    /// are two sessions).
    [[nodiscard]] static QString sessionId();
    /// The user's name as this Galley shows it (Preferences), which a team server's change
    /// announcements carry: set for every connection opened afterwards, and for this one.
    static void setSessionUserName(const QString &name);
    [[nodiscard]] static QString sessionUserName();
    /// Applies sessionUserName() to this connection (a team server; nothing on a file).
    void applySessionUserName();

    /// Schema version this build writes (PRAGMA user_version).
    [[nodiscard]] static int schemaVersion();
    /// PRAGMA application_id value that marks a Galley newsroom ('GLLY').
    [[nodiscard]] static int applicationId();

    /// True when opened with openReadOnly(), or by open() on a newsroom file it cannot write
    /// (no write permission on the file or its folder, a read-only mount).
    [[nodiscard]] bool isReadOnly() const;

private:
    friend class WriteTransaction;
    Status adopt(const QString &location, const QString &password, bool readOnly, OpenedConnection opened);

    struct Private;
    std::unique_ptr<Private> d;
};

/// A write transaction on a Database, rolled back unless commit() succeeds. Outermost it is
/// BEGIN IMMEDIATE on SQLite (the write lock is taken up front, so two writers queue on the busy
/// timeout instead of failing half-way) and BEGIN on PostgreSQL (rows are locked as they are
/// written; the version checks make concurrent saves safe); nested inside another transaction it is a SAVEPOINT, so a
/// repository call can join a caller's bulk transaction (an import, generated test data).
class WriteTransaction final
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// False when the transaction could not be started (errorString() says why).
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);

    Database &m_database;
    bool m_active = false;
    bool m_nested = false;
    QString m_savepoint;
    QString m_error;
};

} // namespace galley
