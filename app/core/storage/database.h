#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace galley {

/// One SQLite connection to a Galley newsroom file, owned by the thread that opened it
/// (Qt Sql connections must not cross threads: worker threads open their own Database).
///
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
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing) the newsroom at \a path. On failure errorString()
    /// names the file and the reason in one translated sentence.
    [[nodiscard]] Status open(const QString &path);
    /// Opens read-only: never creates, migrates or writes. Used by inspection tools.
    [[nodiscard]] Status openReadOnly(const QString &path);
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString errorString() const;
    /// The underlying Qt Sql connection (only storage/ code uses it).
    [[nodiscard]] QSqlDatabase connection() const;

    /// Schema version this build writes (PRAGMA user_version).
    [[nodiscard]] static int schemaVersion();
    /// PRAGMA application_id value that marks a Galley newsroom ('GLLY').
    [[nodiscard]] static int applicationId();

    /// True when opened with openReadOnly().
    [[nodiscard]] bool isReadOnly() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// A write transaction on a Database, rolled back unless commit() succeeds. Outermost it is
/// BEGIN IMMEDIATE (the write lock is taken up front, so two writers queue on the busy timeout
/// instead of failing half-way); nested inside another transaction it is a SAVEPOINT, so a
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
