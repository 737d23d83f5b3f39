#include "storage/bulkloader.h"

#include "model/slug.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

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


} // namespace

struct BulkLoader::Private {
    explicit Private(Database &db)
        : database(db)
    { }

    Database &database;
    sqlite3 *db = nullptr;
    bool active = false;
    bool fast = false;
    bool wasEmpty = false;
    qint64 firstId = 0;
    qint64 nextId = 0;
    qint64 added = 0;
    QList<QByteArray> triggers; ///< CREATE TRIGGER statements dropped by begin()
    QString error;

    Statement insertArticle;
    Statement insertRelated;
    Statement slugTaken;
    Statement slugFamily;
    Statement nextRevision;
    Statement insertRevision;
    Statement annotationParent;
    Statement insertAnnotation;

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
    for (Statement *statement : { &insertArticle, &insertRelated, &slugTaken, &slugFamily, &nextRevision,
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

bool BulkLoader::begin()
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
    Statement &insert = d->insertArticle;
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
        Statement &related = d->insertRelated;
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
    Statement &next = d->nextRevision;
    next.bind(1, article.id);
    if (next.step() != SQLITE_ROW) {
        d->fail();
        return std::nullopt;
    }
    const int number = int(next.int64(0));
    next.reset();
    const QString status = workflowStateKey(article.status);
    const QString createdAt = ArticleFields::utcText(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    Statement &insert = d->insertRevision;
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
        Statement &parent = d->annotationParent;
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
    Statement &insert = d->insertAnnotation;
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
    d->error.clear();
    if (!d->active)
        return d->fail(QCoreApplication::translate("galley::BulkLoader", "No bulk load is running."));
    d->finalizeAll();
    bool ok = true;
    for (const char *index : FullTextIndexes) {
        const QByteArray name(index);
        if (d->wasEmpty) {
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
    d->restoreConnection();
    return true; // no ANALYZE: Galley keeps no planner statistics (see Database)
}

void BulkLoader::rollback()
{
    if (!d->active)
        return;
    d->active = false;
    d->finalizeAll();
    sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr);
    d->restoreConnection();
}

} // namespace galley
