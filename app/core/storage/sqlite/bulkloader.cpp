#include "storage/sqlite/bulkloader.h"

#include "model/slug.h"
#include "storage/articlefields.h"
#include "storage/sqlite/cjktokenizer.h"
#include "storage/database.h"
#include "storage/sqlite/sqlitehandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace galley {

namespace {

/// The full-text indexes over articles, each with the trigger-maintained content view.
constexpr const char *FullTextIndexes[] = { "articles_fts", "articles_cjk" };

/// FTS5 flushes its in-memory index to a new segment every `hashsize` bytes (1 MiB by default)
/// and merges segments as they pile up; while loading, a bigger buffer means far fewer segments
/// to write and merge. Restored to the default in finish().
constexpr int LoadHashSize = 64 * 1024 * 1024;
constexpr int DefaultHashSize = 1024 * 1024;

/// Page cache while loading (KiB, negative as PRAGMA cache_size wants it): the article indexes
/// are filled in random order (uuid, title, publish time), and a page evicted from the cache
/// has to be read back for the next row that lands on it.
constexpr int LoadCacheKiB = 256 * 1024;

} // namespace

// Named, not anonymous: BulkLoader::Private (declared in the header) holds these.
namespace bulkload {

/// A prepared statement of the raw connection: bound, stepped and reset once per row.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK;
    }
    void finalize()
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }

    // Text columns are NOT NULL with '' for "none": a null QString binds as ''. The QString
    // must outlive step() (SQLITE_STATIC: no copy).
    void bind(int index, const QString &value)
    {
        static const char16_t empty[] = u"";
        const void *data = value.isEmpty() ? static_cast<const void *>(empty) : value.utf16();
        sqlite3_bind_text16(m_statement, index, data, int(value.size() * 2), SQLITE_STATIC);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, const std::optional<qint64> &value)
    {
        if (value)
            sqlite3_bind_int64(m_statement, index, *value);
        else
            sqlite3_bind_null(m_statement, index);
    }

    /// Steps once: SQLITE_ROW (read with the column functions, then reset()) or SQLITE_DONE
    /// (already reset) or an error code.
    int step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW)
            reset();
        return rc;
    }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    [[nodiscard]] qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    [[nodiscard]] bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    [[nodiscard]] QString text(int column) const
    {
        const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        return QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};


/// Fills one full-text index of a new newsroom on a thread of its own while the rows are still
/// being added, instead of in finish(): the articles are handed over as they are added and
/// tokenized into a contentless twin of the index (same columns, tokenizer and options; FTS5
/// stores such an index in exactly the same shadow tables and format as an external-content
/// one) in a scratch database beside the newsroom. finish() then copies the twin's shadow
/// tables (%_data, %_idx, %_docsize) into the newsroom's empty ones, which takes seconds where
/// tokenizing took minutes. Anything that goes wrong only means the index is rebuilt the
/// ordinary way in finish().
class IndexBuilder
{
public:
    explicit IndexBuilder(QByteArray name)
        : m_name(std::move(name))
    { }
    ~IndexBuilder() { stop(); }
    IndexBuilder(const IndexBuilder &) = delete;
    IndexBuilder &operator=(const IndexBuilder &) = delete;

    /// Creates the scratch database and the twin of the index \a createSql declares; false
    /// (and nothing started) when the declaration is not one it knows how to twin.
    bool start(const QString &scratchPath, const QByteArray &createSql)
    {
        // content='<view>', content_rowid='id'  ->  content='' (contentless).
        static const QRegularExpression content(QStringLiteral(R"(,\s*content\s*=\s*'[^']*'\s*,\s*content_rowid\s*=\s*'[^']*')"));
        QString twin = QString::fromUtf8(createSql);
        if (!twin.contains(content)) {
            m_message = "not an external-content declaration: " + createSql;
            return false;
        }
        twin.replace(content, QStringLiteral(", content=''"));
        m_path = scratchPath;
        removeScratch();
        const QByteArray path = QFile::encodeName(m_path);
        QString tokenizerError;
        const bool opened = sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK
            || (m_message = path + ": " + sqlite3_errmsg(m_db), false);
        const bool ok = opened
            && (CjkTokenizer::registerOn(m_db, &tokenizerError) || (m_message = tokenizerError.toUtf8(), false))
            && exec("PRAGMA journal_mode = OFF") && exec("PRAGMA synchronous = OFF")
            && exec(QByteArray("PRAGMA cache_size = -") + QByteArray::number(LoadCacheKiB / 2))
            && exec(twin.toUtf8())
            && exec("INSERT INTO " + m_name + '(' + m_name + ", rank) VALUES ('hashsize', " + QByteArray::number(LoadHashSize) + ')')
            && exec("BEGIN")
            && (sqlite3_prepare_v3(m_db, QByteArray("INSERT INTO " + m_name + "(rowid, title, body_text) VALUES (?1, ?2, ?3)").constData(),
                    -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) == SQLITE_OK
                || (m_message = QByteArray("preparing the insert: ") + sqlite3_errmsg(m_db), false));
        if (!ok) {
            const QByteArray message = m_message;
            stop();
            m_message = message;
            return false;
        }
        m_thread = std::thread([this] { run(); });
        return true;
    }

    /// Why the twin cannot be used (SQLite's message), once complete() said so.
    [[nodiscard]] QByteArray errorMessage() const { return m_message; }

    /// Hands an added article over (waits while the thread is far behind).
    void add(qint64 id, const QString &title, const QString &bodyText)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_rows.size() < MaxQueued || m_failed; });
        if (m_failed)
            return;
        m_rows.push_back({id, title, bodyText});
        m_changed.notify_all();
    }

    /// Waits until every handed-over article is indexed and commits the twin. False when the
    /// twin cannot be used.
    bool complete()
    {
        endThread(false);
        return m_db && !m_failed && exec("COMMIT");
    }

    /// Copies the twin's shadow tables over those of the index of the same name on \a target
    /// (inside the target's open transaction).
    bool copyInto(sqlite3 *target)
    {
        for (const char *suffix : { "_data", "_idx", "_docsize" }) {
            const QByteArray table = m_name + suffix;
            sqlite3_stmt *read = nullptr;
            if (sqlite3_prepare_v2(m_db, QByteArray("SELECT * FROM \"" + table + '"').constData(), -1, &read, nullptr) != SQLITE_OK) {
                sqlite3_finalize(read);
                if (qstrcmp(suffix, "_docsize") == 0 && !tableExists(target, table))
                    continue; // columnsize=0: neither has one
                m_message = "reading " + table + ": " + sqlite3_errmsg(m_db);
                return false;
            }
            const int columns = sqlite3_column_count(read);
            QByteArray insert = "INSERT INTO main.\"" + table + "\" VALUES (?";
            for (int c = 1; c < columns; ++c)
                insert += ", ?";
            insert += ')';
            sqlite3_stmt *write = nullptr;
            bool ok = sqlite3_exec(target, QByteArray("DELETE FROM main.\"" + table + '"').constData(), nullptr, nullptr, nullptr) == SQLITE_OK
                && sqlite3_prepare_v2(target, insert.constData(), -1, &write, nullptr) == SQLITE_OK;
            int rc = SQLITE_ROW;
            while (ok && (rc = sqlite3_step(read)) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
                ok = sqlite3_step(write) == SQLITE_DONE;
                sqlite3_reset(write);
            }
            if (ok && rc != SQLITE_DONE) {
                m_message = "reading " + table + ": " + sqlite3_errmsg(m_db);
                ok = false;
            } else if (!ok) {
                m_message = "writing " + table + ": " + sqlite3_errmsg(target);
            }
            sqlite3_finalize(read);
            sqlite3_finalize(write);
            if (!ok)
                return false;
        }
        return true;
    }

    /// Ends the thread (dropping what it was handed) and deletes the scratch database.
    void stop()
    {
        endThread(true);
        if (m_db)
            sqlite3_close(m_db);
        m_db = nullptr;
        removeScratch();
    }

private:
    struct Row {
        qint64 id;
        QString title;
        QString bodyText;
    };
    static constexpr size_t MaxQueued = 256;

    /// Closes the queue and waits for the thread: after what it was handed, or at once when
    /// \a drop (what is still queued is thrown away).
    void endThread(bool drop)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_failed = m_failed || drop;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
    }

    static bool tableExists(sqlite3 *db, const QByteArray &table)
    {
        sqlite3_stmt *statement = nullptr;
        bool exists = false;
        if (sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?1", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, table.constData(), int(table.size()), SQLITE_STATIC);
            exists = sqlite3_step(statement) == SQLITE_ROW;
        }
        sqlite3_finalize(statement);
        return exists;
    }
    bool exec(const QByteArray &sql)
    {
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        m_message = sql + ": " + sqlite3_errmsg(m_db);
        return false;
    }
    void removeScratch()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : { "", "-journal" })
            QFile::remove(m_path + QLatin1String(suffix));
    }

    void run()
    {
        for (;;) {
            Row row;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_rows.empty() || m_closed; });
                if (m_rows.empty() || m_failed)
                    return;
                row = std::move(m_rows.front());
                m_rows.pop_front();
            }
            m_changed.notify_all();
            sqlite3_bind_int64(m_insert, 1, row.id);
            sqlite3_bind_text16(m_insert, 2, row.title.utf16(), int(row.title.size() * 2), SQLITE_STATIC);
            sqlite3_bind_text16(m_insert, 3, row.bodyText.utf16(), int(row.bodyText.size() * 2), SQLITE_STATIC);
            const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
            sqlite3_reset(m_insert);
            if (!ok) {
                const std::lock_guard lock(m_mutex);
                m_message = QByteArray("indexing article ") + QByteArray::number(row.id) + ": " + sqlite3_errmsg(m_db);
                m_failed = true;
                m_rows.clear();
                m_changed.notify_all();
                return;
            }
        }
    }

    QByteArray m_name;
    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Row> m_rows;
    bool m_closed = false;
    bool m_failed = false;
    QByteArray m_message;
};

} // namespace bulkload

struct BulkLoader::Private {
    explicit Private(Database &db)
        : database(db)
    { }

    Database &database;
    sqlite3 *db = nullptr;
    bool active = false;
    bool fast = false;
    bool wasEmpty = false;
    Indexing indexing = Indexing::Now;
    qint64 firstId = 0;
    qint64 nextId = 0;
    qint64 added = 0;
    QList<QByteArray> triggers; ///< CREATE TRIGGER statements dropped by begin()
    /// The indexes being filled while the rows come (fast mode only), by index name.
    std::vector<std::pair<QByteArray, std::unique_ptr<bulkload::IndexBuilder>>> builders;
    QString error;

    bulkload::Statement insertArticle;
    bulkload::Statement insertRelated;
    bulkload::Statement slugTaken;
    bulkload::Statement slugFamily;
    bulkload::Statement nextRevision;
    bulkload::Statement insertRevision;
    bulkload::Statement annotationParent;
    bulkload::Statement insertAnnotation;

    bool fail(const QString &message = {})
    {
        error = message.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : message;
        return false;
    }
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail(); }
    bool exec(const QByteArray &sql) { return exec(sql.constData()); }
    /// The first column of the first row of \a sql as text (empty on failure or no row).
    QByteArray scalar(const char *sql)
    {
        QByteArray value;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }
    bool prepareAll();
    void finalizeAll();
    void startBuilders();
    bool adoptBuiltIndexes();
    QString uniqueSlug(const QString &base);
    void restoreConnection();
};

bool BulkLoader::Private::prepareAll()
{
    return (insertArticle.prepare(db,
                "INSERT INTO articles (id, uuid, slug, title, subtitle, summary, body_html, body_text, byline, "
                "source, editor, desk, tags, status, publish_at, views, char_count, created_at, updated_at, version) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, 1)")
               && insertRelated.prepare(db,
                   "INSERT INTO related (article_id, position, target_article_id, title, summary, published_at, "
                   "views, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
               && slugTaken.prepare(db, "SELECT 1 FROM articles WHERE slug = ?1")
               && slugFamily.prepare(db, "SELECT slug FROM articles WHERE slug = ?1 OR slug GLOB ?2")
               && nextRevision.prepare(
                   db, "SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE article_id = ?1")
               && insertRevision.prepare(db,
                   "INSERT INTO revisions (article_id, number, title, body_html, status, author, note, named, "
                   "created_at, char_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9)")
               && annotationParent.prepare(db, "SELECT article_id, parent_id FROM annotations WHERE id = ?1")
               && insertAnnotation.prepare(db,
                   "INSERT INTO annotations (article_id, parent_id, author, created_at, body, state, quote, prefix, "
                   "suffix, start_offset, end_offset, revision_number) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"))
        || fail();
}

void BulkLoader::Private::finalizeAll()
{
    for (bulkload::Statement *statement : { &insertArticle, &insertRelated, &slugTaken, &slugFamily, &nextRevision,
             &insertRevision, &annotationParent, &insertAnnotation })
        statement->finalize();
}

// The same rule as ArticleRepository: the base itself when free, else the first free "-N".
QString BulkLoader::Private::uniqueSlug(const QString &base)
{
    slugTaken.bind(1, base);
    if (slugTaken.step() != SQLITE_ROW)
        return base;
    slugTaken.reset();
    const QString pattern = ArticleFields::globEscaped(base) + QStringLiteral("-[0-9]*");
    slugFamily.bind(1, base);
    slugFamily.bind(2, pattern);
    QSet<QString> taken;
    while (slugFamily.step() == SQLITE_ROW)
        taken.insert(slugFamily.text(0));
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

// Back to how Database::open() left the connection (best effort: called on the way out).
void BulkLoader::Private::restoreConnection()
{
    if (fast) {
        if (scalar("PRAGMA journal_mode = WAL").toLower() != "wal")
            qWarning("galley: the bulk loader could not switch %s back to WAL", sqlite3_db_filename(db, "main"));
        sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
        fast = false;
    }
    sqlite3_exec(db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
}

void BulkLoader::Private::startBuilders()
{
    const QString path = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    if (path.isEmpty())
        return; // an in-memory newsroom: no room beside it for the scratch files
    for (const char *index : FullTextIndexes) {
        const QByteArray name(index);
        const QByteArray sql = scalar(QByteArray("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + name + '\'').constData());
        auto builder = std::make_unique<bulkload::IndexBuilder>(name);
        if (builder->start(path + QLatin1Char('.') + QLatin1String(index) + QStringLiteral(".scratch"), sql))
            builders.emplace_back(name, std::move(builder));
        else
            qWarning("galley: %s is filled at the end of the bulk load: %s", index, builder->errorMessage().constData());
    }
}

// Called by finish() after the rows are committed with every added article pending (what
// Indexing::Deferred leaves), the twins complete: a second connection copies them in and clears
// those pending entries in one transaction. That commit comes from another connection, so this
// connection's FTS5 tables drop the (empty) index structure they cached. False when anything
// failed: the articles then stay pending and the caller indexes them the ordinary way.
bool BulkLoader::Private::adoptBuiltIndexes()
{
    QByteArray why;
    bool ok = true;
    sqlite3 *other = nullptr;
    const char *path = sqlite3_db_filename(db, "main");
    ok = ok && sqlite3_open_v2(path, &other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK;
    const auto run = [&other, &why](const QByteArray &sql) {
        return sqlite3_exec(other, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
            || (why = sql + ": " + sqlite3_errmsg(other), false);
    };
    ok = ok && run("PRAGMA journal_mode = MEMORY") && run("PRAGMA synchronous = OFF") && run("BEGIN IMMEDIATE");
    for (auto &[name, builder] : builders)
        ok = ok && (builder->copyInto(other) || (why = name + ": " + builder->errorMessage(), false));
    ok = ok && run("DELETE FROM search_pending WHERE indexed = 0 AND article_id >= " + QByteArray::number(firstId));
    ok = ok && run("COMMIT");
    if (!ok && other)
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    builders.clear(); // stops the threads, deletes the scratch files
    if (!ok)
        qWarning("galley: the bulk load's full-text indexes are built again: %s", why.constData());
    return ok;
}

BulkLoader::BulkLoader(Database &database)
    : d(std::make_unique<Private>(database))
{ }

BulkLoader::~BulkLoader()
{
    rollback();
}

bool BulkLoader::isActive() const
{
    return d->active;
}

bool BulkLoader::isFastMode() const
{
    return d->active && d->fast;
}

qint64 BulkLoader::articleCount() const
{
    return d->added;
}

QString BulkLoader::errorString() const
{
    return d->error;
}

bool BulkLoader::begin(Indexing indexing)
{
    d->error.clear();
    if (d->active)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "A bulk load is already running."));
    if (!d->database.isOpen() || d->database.isReadOnly())
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "The newsroom is not open for writing."));
    d->db = sqliteHandle(d->database.connection());
    if (!d->db)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "The newsroom is not open for writing."));
    if (!sqlite3_get_autocommit(d->db))
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "A bulk load cannot run inside another transaction."));

    // Only an empty newsroom may go without a journal on disk: there is nothing to lose. Leaving
    // WAL needs the only connection to the file, so a newsroom someone else has open stays in WAL.
    // The non-durable fast mode only for a newsroom with nothing in it yet (no articles and no
    // stored images): a crash during the load then loses nothing that was there before.
    d->wasEmpty = d->scalar("SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM assets)") == "1";
    d->fast = false;
    if (d->wasEmpty && d->scalar("PRAGMA journal_mode = MEMORY").compare("memory", Qt::CaseInsensitive) == 0) {
        d->fast = true;
        d->exec("PRAGMA synchronous = OFF");
    }
    d->exec(QByteArray("PRAGMA cache_size = -") + QByteArray::number(LoadCacheKiB));
    if (!d->exec("BEGIN IMMEDIATE")) {
        const QString error = d->error;
        d->restoreConnection();
        d->error = error;
        return false;
    }
    d->active = true;

    // The full-text triggers would index every row as it comes; finish() indexes them all at
    // once and puts the triggers back exactly as they were (same transaction: a rollback keeps them).
    d->triggers.clear();
    sqlite3_stmt *statement = nullptr;
    QList<QByteArray> names;
    if (sqlite3_prepare_v2(d->db,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' "
            "AND name GLOB 'articles_fts_*' ORDER BY name",
            -1, &statement, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            names.append(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            d->triggers.append(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        }
    }
    sqlite3_finalize(statement);
    bool ok = !names.isEmpty() || d->fail(QCoreApplication::translate("galley::BulkLoader", "The newsroom has no full-text triggers."));
    for (const QByteArray &name : std::as_const(names))
        ok = ok && d->exec("DROP TRIGGER \"" + name + '"');
    for (const char *index : FullTextIndexes) {
        ok = ok
            && d->exec(QByteArray("INSERT INTO ") + index + '(' + index + ", rank) VALUES ('hashsize', "
                + QByteArray::number(LoadHashSize) + ')');
    }
    d->indexing = indexing;
    if (ok && d->fast && indexing == Indexing::Now)
        d->startBuilders();
    d->nextId = d->scalar("SELECT coalesce(max(id), 0) + 1 FROM articles").toLongLong();
    d->firstId = d->nextId;
    d->added = 0;
    ok = ok && d->nextId > 0 && d->prepareAll();
    if (!ok) {
        const QString error = d->error;
        rollback();
        d->error = error;
    }
    return ok;
}

bool BulkLoader::addArticle(Article &article)
{
    d->error.clear();
    if (!d->active)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "No bulk load is running."));
    if (article.id != 0)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "This article already exists (id %1).").arg(article.id));

    Article created = article;
    ArticleFields::derive(created);
    created.id = d->nextId;
    if (created.uuid.isEmpty())
        created.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!created.createdAt.isValid())
        created.createdAt = QDateTime::currentDateTimeUtc();
    created.createdAt = created.createdAt.toUTC();
    created.updatedAt = created.updatedAt.isValid() ? created.updatedAt.toUTC() : created.createdAt;
    created.version = 1;
    created.deletedAt = {};
    QString base = created.slug.trimmed();
    if (base.isEmpty())
        base = slugFromTitle(created.title);
    if (base.isEmpty())
        base = QStringLiteral("article-%1").arg(created.id);
    created.slug = d->uniqueSlug(base);

    const QString tags = ArticleFields::joinTags(created.tags);
    const QString status = workflowStateKey(created.status);
    const QString createdAt = ArticleFields::utcText(created.createdAt);
    const QString updatedAt = ArticleFields::utcText(created.updatedAt);
    bulkload::Statement &insert = d->insertArticle;
    insert.bind(1, created.id);
    insert.bind(2, created.uuid);
    insert.bind(3, created.slug);
    insert.bind(4, created.title);
    insert.bind(5, created.subtitle);
    insert.bind(6, created.summary);
    insert.bind(7, created.bodyHtml);
    insert.bind(8, created.bodyText);
    insert.bind(9, created.byline);
    insert.bind(10, created.source);
    insert.bind(11, created.editor);
    insert.bind(12, created.desk);
    insert.bind(13, tags);
    insert.bind(14, status);
    insert.bind(15, created.publishAt);
    insert.bind(16, created.views);
    insert.bind(17, created.characterCount);
    insert.bind(18, createdAt);
    insert.bind(19, updatedAt);
    if (insert.step() != SQLITE_DONE)
        return d->fail();

    for (qsizetype position = 0; position < created.related.size(); ++position) {
        const RelatedItem &item = created.related.at(position);
        bulkload::Statement &related = d->insertRelated;
        related.bind(1, created.id);
        related.bind(2, qint64(position));
        related.bind(3, item.targetArticleId);
        related.bind(4, item.title);
        related.bind(5, item.summary);
        related.bind(6, item.publishedAt);
        related.bind(7, item.views);
        related.bind(8, item.url);
        if (related.step() != SQLITE_DONE)
            return d->fail();
    }
    for (const auto &[name, builder] : d->builders)
        builder->add(created.id, created.title, created.bodyText);
    ++d->nextId;
    ++d->added;
    article = created;
    return true;
}

std::optional<int> BulkLoader::addRevision(
    const Article &article, const QString &author, const QString &note, const QDateTime &at)
{
    d->error.clear();
    if (!d->active) {
        d->fail(QCoreApplication::translate("galley::BulkLoader", "No bulk load is running."));
        return std::nullopt;
    }
    bulkload::Statement &next = d->nextRevision;
    next.bind(1, article.id);
    if (next.step() != SQLITE_ROW) {
        d->fail();
        return std::nullopt;
    }
    const int number = int(next.int64(0));
    next.reset();
    const QString status = workflowStateKey(article.status);
    const QString createdAt = ArticleFields::utcText(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    bulkload::Statement &insert = d->insertRevision;
    insert.bind(1, article.id);
    insert.bind(2, qint64(number));
    insert.bind(3, article.title);
    insert.bind(4, article.bodyHtml);
    insert.bind(5, status);
    insert.bind(6, author);
    insert.bind(7, note);
    insert.bind(8, createdAt);
    Article counted = article;
    if (counted.bodyText.isEmpty() && !counted.bodyHtml.isEmpty())
        ArticleFields::derive(counted);
    insert.bind(9, counted.characterCount);
    if (insert.step() != SQLITE_DONE) {
        d->fail();
        return std::nullopt; // a missing article fails the foreign key
    }
    return number;
}

bool BulkLoader::addAnnotation(Annotation &annotation)
{
    d->error.clear();
    if (!d->active)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "No bulk load is running."));
    if (annotation.body.trimmed().isEmpty())
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "A comment needs some text."));
    Annotation stored = annotation;
    if (stored.parentId != 0) {
        bulkload::Statement &parent = d->annotationParent;
        parent.bind(1, stored.parentId);
        const bool found = parent.step() == SQLITE_ROW;
        const qint64 parentArticle = found ? parent.int64(0) : 0;
        const qint64 root = found && !parent.isNull(1) ? parent.int64(1) : stored.parentId;
        if (found)
            parent.reset();
        if (!found || parentArticle != stored.articleId) {
            return d->fail(QCoreApplication::translate("galley::BulkLoader", "There is no thread %1 on article %2 to reply to.")
                               .arg(stored.parentId)
                               .arg(stored.articleId));
        }
        stored.parentId = root;
        stored.anchor = TextAnchor {};
        stored.state = AnnotationState::Open;
        stored.revisionNumber = 0;
    } else if (stored.anchor.quote.isEmpty()) {
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "A comment must be anchored on some text of the article."));
    }
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    stored.createdAt = stored.createdAt.toUTC();

    const QString createdAt = ArticleFields::utcText(stored.createdAt);
    const QString state = annotationStateKey(stored.state);
    bulkload::Statement &insert = d->insertAnnotation;
    insert.bind(1, stored.articleId);
    insert.bind(2, stored.parentId == 0 ? std::nullopt : std::optional<qint64>(stored.parentId));
    insert.bind(3, stored.author);
    insert.bind(4, createdAt);
    insert.bind(5, stored.body);
    insert.bind(6, state);
    insert.bind(7, stored.anchor.quote);
    insert.bind(8, stored.anchor.prefix);
    insert.bind(9, stored.anchor.suffix);
    insert.bind(10, stored.anchor.start);
    insert.bind(11, stored.anchor.end);
    insert.bind(12, qint64(stored.revisionNumber));
    if (insert.step() != SQLITE_DONE)
        return d->fail();
    stored.id = sqlite3_last_insert_rowid(d->db);
    annotation = stored;
    return true;
}

bool BulkLoader::finish()
{
    const Indexing indexing = d->indexing;
    d->error.clear();
    if (!d->active)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "No bulk load is running."));
    d->finalizeAll();
    // Indexes filled alongside the load are adopted after the commit (adoptBuiltIndexes()):
    // until then the added articles are pending, exactly as Indexing::Deferred leaves them. The
    // index threads finish first; unless both twins are complete, both indexes are rebuilt here,
    // inside the load's own transaction, as without them.
    bool adopt = indexing == Indexing::Now && d->added > 0 && d->builders.size() == std::size(FullTextIndexes);
    for (auto &[name, builder] : d->builders) {
        if (adopt && !builder->complete()) {
            qWarning("galley: %s is rebuilt at the end of the bulk load: %s", name.constData(), builder->errorMessage().constData());
            adopt = false;
        }
    }
    if (!adopt)
        d->builders.clear();
    const bool pending = indexing == Indexing::Deferred || adopt;
    bool ok = true;
    if (pending && d->added > 0) {
        // What the update trigger notes for an article the indexes do not hold yet.
        ok = d->exec("INSERT OR IGNORE INTO search_pending(article_id, indexed) SELECT id, 0 FROM articles WHERE id >= "
            + QByteArray::number(d->firstId) + " AND deleted_at IS NULL");
    }
    for (const char *index : FullTextIndexes) {
        const QByteArray name(index);
        if (pending) {
            // Nothing to index here.
        } else if (d->wasEmpty) {
            // Every article is new: the documented way to fill an external-content index.
            ok = ok && d->exec("INSERT INTO " + name + '(' + name + ") VALUES ('rebuild')");
        } else if (d->added > 0) {
            // What the insert trigger does, for the new articles only, in one statement.
            ok = ok
                && d->exec("INSERT INTO " + name + "(rowid, title, body_text) SELECT id, title, body_text "
                    + "FROM articles WHERE id >= " + QByteArray::number(d->firstId) + " AND deleted_at IS NULL");
        }
        ok = ok
            && d->exec("INSERT INTO " + name + '(' + name + ", rank) VALUES ('hashsize', "
                + QByteArray::number(DefaultHashSize) + ')')
            && d->exec("DELETE FROM " + name + "_config WHERE k = 'hashsize'");
    }
    for (const QByteArray &trigger : std::as_const(d->triggers))
        ok = ok && d->exec(trigger);
    ok = ok && d->exec("COMMIT");
    if (!ok) {
        const QString error = d->error;
        rollback();
        d->error = error;
        return false;
    }
    d->active = false;
    if (adopt && !d->adoptBuiltIndexes()) {
        // Index them here after all (a new newsroom: rebuild), still the last step of the load.
        bool indexed = d->exec("BEGIN IMMEDIATE");
        for (const char *index : FullTextIndexes)
            indexed = indexed && d->exec(QByteArray("INSERT INTO ") + index + '(' + index + ") VALUES ('rebuild')");
        indexed = indexed
            && d->exec("DELETE FROM search_pending WHERE indexed = 0 AND article_id >= " + QByteArray::number(d->firstId))
            && d->exec("COMMIT");
        if (!indexed) {
            // The articles are stored and stay pending: the indexer and the first search catch up.
            qWarning("galley: the bulk load's full-text indexing was deferred: %s", qPrintable(d->error));
            sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr);
            d->error.clear();
        }
    }
    d->restoreConnection();
    return true; // no ANALYZE: Galley keeps no planner statistics (see Database)
}

void BulkLoader::rollback()
{
    if (!d->active)
        return;
    d->active = false;
    d->finalizeAll();
    d->builders.clear();
    sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr);
    d->restoreConnection();
}

} // namespace galley
