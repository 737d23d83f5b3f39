#include "storage/newsroomcopy.h"

#include "storage/database.h"
#include "storage/postgres/postgrescopywriter.h"
#include "storage/postgres/postgresschema.h"
#include "storage/postgres/postgressearch.h"
#include "storage/sqlerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

#include <libpq-fe.h>
#include <openssl/evp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <future>
#include <tuple>
#include <utility>
#include <vector>

// The helpers live in a namespace of their own rather than an anonymous one: NewsroomCopy's
// private part holds some of them, and unity builds put this file beside others' helpers.
namespace galley::copying {

using Row = QVariantList;

enum Table { Articles, Related, Revisions, Annotations, Events, Suggestions, Ignores, Languages, TableCount };

/// A table the copy moves, with the same columns on both engines; its rows are read and written
/// by article, in an order that keeps what the article lists in order.
struct TableSpec {
    const char *name;
    const char *columns;
    const char *order; ///< of an article's rows
    int articleColumn; ///< the column holding the article's id
    int rowsPerStatement;
};
constexpr TableSpec Tables[TableCount] = {
    { "articles",
        "id, uuid, slug, title, subtitle, summary, body_html, body_text, byline, source, editor, desk, tags, status, "
        "publish_at, views, char_count, created_at, updated_at, version, deleted_at",
        "id", 0, 100 },
    { "related", "article_id, position, target_article_id, title, summary, published_at, views, url", "position", 0,
        500 },
    { "revisions", "id, article_id, number, title, body_html, status, author, note, named, created_at, char_count",
        "number", 1, 100 },
    { "annotations",
        "id, article_id, parent_id, author, created_at, body, state, quote, prefix, suffix, start_offset, end_offset, "
        "revision_number",
        "id", 1, 500 },
    { "workflow_events", "id, article_id, from_state, to_state, who, at, note", "id", 1, 500 },
    { "suggestions",
        "id, article_id, group_id, base_version, revision_number, author, login, created_at, kind, quote, prefix, "
        "suffix, start_offset, end_offset, proposed_html, format_before, format_after, state, resolver, "
        "resolver_login, resolved_at, thread_id",
        "id", 1, 200 },
    // The copy desk's per article: the findings ignored in it, the language chosen for it.
    { "copydesk_ignores", "article_id, ignore_key, author, created_at", "ignore_key", 0, 500 },
    { "article_languages", "article_id, language", "article_id", 0, 500 },
};
/// A table whose rows have no id of their own (the article's is their first column).
constexpr bool withoutId(int table)
{
    return table == Related || table == Ignores || table == Languages;
}
// Where a value sits in a row read with those columns.
enum { ArticleUuid = 1, ArticleSlug = 2, ArticleTitle = 3, ArticleBodyText = 7 };
enum { RelatedTarget = 2, AnnotationParent = 2 };
// A suggestion's group (the id of the gesture's first suggestion, 0 for none), the logins a team
// server signs it with, and its reply thread (an annotation of the same article).
enum { SuggestionGroup = 2, SuggestionLogin = 6, SuggestionResolverLogin = 19, SuggestionThread = 21 };
constexpr auto AssetColumns = "hash, mime_type, bytes, created_at";
// The newsroom's own copy-desk rows: its dictionary and its settings (the house style).
constexpr auto WordColumns = "word, author, created_at";
constexpr auto SettingColumns = "key, value, updated_by, updated_at";

constexpr int PageArticles = 500;

/// Up to PageArticles articles by id, and every row of the other tables that belongs to them.
using Page = std::array<QList<Row>, TableCount>;

QString sqlError(const QSqlError &error)
{
    return sqlErrorText(error);
}

bool readRows(QSqlQuery &query, QList<Row> *rows, QString *error)
{
    if (!query.exec()) {
        *error = sqlError(query.lastError());
        return false;
    }
    const int columns = query.record().count();
    while (query.next()) {
        Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows->append(std::move(row));
    }
    query.finish();
    return true;
}

/// Reads pages through statements prepared once. Each page is read whole before the next
/// statement runs (keyset pagination): no result stays open across statements, which the
/// PostgreSQL driver would otherwise hold in client memory whole.
class PageReader
{
public:
    explicit PageReader(const QSqlDatabase &connection)
    {
        for (QSqlQuery &query : m_queries) {
            query = QSqlQuery(connection);
            query.setForwardOnly(true);
        }
    }

    bool prepare(QString *error)
    {
        for (int t = 0; t < TableCount; ++t) {
            const QString sql = t == Articles
                ? QStringLiteral("SELECT %1 FROM articles WHERE id > ? ORDER BY id LIMIT %2")
                      .arg(QLatin1String(Tables[t].columns))
                      .arg(PageArticles)
                : QStringLiteral("SELECT %1 FROM %2 WHERE article_id >= ? AND article_id <= ? ORDER BY article_id, %3")
                      .arg(QLatin1String(Tables[t].columns), QLatin1String(Tables[t].name), QLatin1String(Tables[t].order));
            if (!m_queries[t].prepare(sql)) {
                *error = sqlError(m_queries[t].lastError());
                return false;
            }
        }
        return true;
    }

    /// The page of the articles after \a afterId; no articles at the end.
    bool read(qint64 afterId, Page *page, QString *error)
    {
        *page = {};
        m_queries[Articles].bindValue(0, afterId);
        if (!readRows(m_queries[Articles], &(*page)[Articles], error))
            return false;
        for (int t = Related; t < TableCount && !page->at(Articles).isEmpty(); ++t) {
            m_queries[t].bindValue(0, page->at(Articles).first().at(0));
            m_queries[t].bindValue(1, page->at(Articles).last().at(0));
            if (!readRows(m_queries[t], &(*page)[t], error))
                return false;
        }
        return true;
    }

private:
    std::array<QSqlQuery, TableCount> m_queries;
};

/// SHA-256 through libcrypto (several times QCryptographicHash here; a copy hashes every body
/// twice, once per side).
class Sha256
{
public:
    Sha256() { reset(); }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset() { EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr); }
    void add(const void *data, size_t size) { EVP_DigestUpdate(m_context, data, size); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_context, digest, &size);
        reset();
        return QByteArray(reinterpret_cast<const char *>(digest), int(size));
    }

private:
    EVP_MD_CTX *m_context = EVP_MD_CTX_new();
};

/// The content checksum and the counts of a set of articles, from pages read on either engine.
/// Every value goes in typed and length-prefixed (NULL apart from ''), as the text Qt reads it
/// as, so an INTEGER of the file and a BIGINT of the server hash alike. Ids never go in:
/// references are replaced by what they point at (a related target by its uuid, an
/// annotation's parent by its position among the article's annotations).
class ContentDigest
{
public:
    using Include = std::function<bool(const QString &uuid)>;

    /// \a uuids: every article id of the newsroom and its uuid (related targets).
    ContentDigest(QHash<qint64, QString> uuids, Include include)
        : m_uuids(std::move(uuids))
        , m_include(std::move(include))
    { }

    /// The slugs some articles get in the copy (uuid -> slug), hashed instead of their own.
    void setSlugs(QHash<QString, QString> slugs) { m_slugs = std::move(slugs); }

    void addPage(const Page &page)
    {
        std::array<qsizetype, TableCount> next {};
        for (const Row &article : page[Articles]) {
            // Each table's rows of this article (they come in article order).
            const qint64 id = article.at(0).toLongLong();
            std::array<std::pair<qsizetype, qsizetype>, TableCount> rows {};
            for (int t = Related; t < TableCount; ++t) {
                rows[t].first = next[t];
                while (next[t] < page[t].size() && page[t].at(next[t]).at(Tables[t].articleColumn).toLongLong() == id)
                    ++next[t];
                rows[t].second = next[t];
            }
            const QString uuid = article.at(ArticleUuid).toString();
            if (!m_include(uuid))
                continue;
            m_hash.reset();
            const auto slug = m_slugs.constFind(uuid);
            for (int column = 1; column < article.size(); ++column)
                add(column == ArticleSlug && slug != m_slugs.constEnd() ? QVariant(*slug) : article.at(column));
            // Annotations and suggestions by their position among the article's.
            std::array<QHash<qint64, qint64>, TableCount> positions;
            for (const int t : { Annotations, Suggestions }) {
                for (qsizetype i = rows[t].first; i < rows[t].second; ++i)
                    positions[t].insert(page[t].at(i).at(0).toLongLong(), i - rows[t].first);
            }
            for (int t = Related; t < TableCount; ++t) {
                tag(char('0' + t));
                for (qsizetype i = rows[t].first; i < rows[t].second; ++i) {
                    const Row &row = page[t].at(i);
                    for (int column = withoutId(t) ? 1 : 2; column < row.size(); ++column) {
                        const QVariant &value = row.at(column);
                        if (t == Suggestions && (column == SuggestionLogin || column == SuggestionResolverLogin))
                            continue; // the server's signature of who, as annotations.login, not content
                        if (t == Suggestions && column == SuggestionGroup && value.toLongLong() != 0)
                            add(positions[Suggestions].value(value.toLongLong(), -1));
                        else if (t == Suggestions && column == SuggestionThread && !value.isNull())
                            add(positions[Annotations].value(value.toLongLong(), -1));
                        else if (value.isNull() || !((t == Related && column == RelatedTarget)
                                || (t == Annotations && column == AnnotationParent)))
                            add(value);
                        else if (t == Related) // a target that is no article of the newsroom was copied as none
                            add(m_uuids.contains(value.toLongLong()) ? QVariant(m_uuids.value(value.toLongLong())) : QVariant());
                        else
                            add(positions[Annotations].value(value.toLongLong(), -1));
                    }
                }
                m_counts[t] += rows[t].second - rows[t].first;
            }
            m_articles.emplace_back(uuid, m_hash.result());
            ++m_counts[Articles];
        }
    }

    [[nodiscard]] NewsroomCounts counts() const
    {
        NewsroomCounts counts;
        counts.articles = m_counts[Articles];
        counts.related = m_counts[Related];
        counts.revisions = m_counts[Revisions];
        counts.annotations = m_counts[Annotations];
        counts.events = m_counts[Events];
        counts.suggestions = m_counts[Suggestions];
        counts.ignoredFindings = m_counts[Ignores];
        counts.articleLanguages = m_counts[Languages];
        return counts;
    }

    /// The checksum of every article added, in uuid order (hex).
    [[nodiscard]] QString finish()
    {
        std::sort(m_articles.begin(), m_articles.end());
        m_hash.reset();
        for (const auto &[uuid, digest] : m_articles) {
            add(uuid);
            m_hash.add(digest.constData(), size_t(digest.size()));
        }
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    void tag(char c) { m_hash.add(&c, 1); }

    void add(const QVariant &value)
    {
        if (value.isNull()) {
            tag('N');
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            addSized('B', bytes.constData(), bytes.size());
        } else {
            const QString text = value.toString();
            addSized('S', text.constData(), text.size() * qsizetype(sizeof(QChar)));
        }
    }

    void addSized(char type, const void *data, qsizetype size)
    {
        const qint64 length = size;
        tag(type);
        m_hash.add(&length, sizeof length);
        m_hash.add(data, size_t(size));
    }

    QHash<qint64, QString> m_uuids;
    Include m_include;
    QHash<QString, QString> m_slugs;
    std::vector<std::pair<QString, QByteArray>> m_articles;
    std::array<qint64, TableCount> m_counts {};
    Sha256 m_hash;
};

/// A value read from one engine, made fit to bind on the file: a text that is empty but null
/// would be bound as SQL NULL (and the text columns are NOT NULL).
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

/// INSERT of many rows per statement through a statement prepared once for a full batch (the
/// rest at the end gets one of its own): a file's rows, and a server's assets.
class BatchInsert
{
public:
    /// \a values: the VALUES tuple of one row ("(?, ?, ...)" when empty).
    BatchInsert(const QSqlDatabase &connection, const char *table, const char *columns, int rowsPerStatement,
        const char *values = "", const char *tail = "")
        : m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(QLatin1String(table), QLatin1String(columns)))
        , m_values(QLatin1String(values))
        , m_tail(QLatin1String(tail))
        , m_rowsPerStatement(rowsPerStatement)
        , m_full(connection)
        , m_rest(connection)
    {
        if (m_values.isEmpty()) {
            const qsizetype columnCount = QString::fromLatin1(columns).count(QLatin1Char(',')) + 1;
            m_values = QStringLiteral("(?") + QStringLiteral(", ?").repeated(columnCount - 1) + QLatin1Char(')');
        }
    }

    bool add(Row row, QString *error)
    {
        m_rows.append(std::move(row));
        return m_rows.size() < m_rowsPerStatement || flush(error);
    }

    bool flush(QString *error)
    {
        if (m_rows.isEmpty())
            return true;
        const bool full = m_rows.size() == m_rowsPerStatement;
        QSqlQuery &query = full ? m_full : m_rest;
        bool ok = (full && m_fullPrepared) || query.prepare(sql(m_rows.size()));
        m_fullPrepared = m_fullPrepared || (full && ok);
        if (!ok)
            *error = sqlError(query.lastError());
        ok = ok && execute(query, error);
        m_rows.clear();
        return ok;
    }

private:
    QString sql(qsizetype rows) const
    {
        return m_head + QStringList(rows, m_values).join(QStringLiteral(", ")) + m_tail;
    }

    bool execute(QSqlQuery &query, QString *error)
    {
        int position = 0;
        for (const Row &row : std::as_const(m_rows)) {
            for (const QVariant &value : row)
                query.bindValue(position++, bindable(value));
        }
        const bool ok = query.exec();
        if (!ok)
            *error = sqlError(query.lastError());
        query.finish();
        return ok;
    }

    QString m_head;
    QString m_values;
    QString m_tail;
    int m_rowsPerStatement;
    // Both kept until the copy is over: a statement dropped inside a failed transaction
    // would make the driver warn that it cannot free it.
    QSqlQuery m_full;
    QSqlQuery m_rest;
    bool m_fullPrepared = false;
    QList<Row> m_rows;
};

/// The rows of a page for a team server, by table, ids and references mapped; the articles'
/// search rows are made from them.
using ServerPage = std::array<QList<Row>, TableCount>;

struct CopyBatch {
    QByteArray table;
    QByteArray columns;
    QByteArray rows;
};

constexpr auto SearchColumns = "article_id, title_terms, terms, title_text, search_text";

/// A page in COPY's text format, the tables in the order their references need, each
/// article's search row beside it (PostgresSearch::searchRow(), what SearchIndex writes).
/// Runs on a thread of its own while the next page is read.
std::vector<CopyBatch> formatPage(const ServerPage &page)
{
    std::vector<CopyBatch> batches;
    for (int t = 0; t < TableCount; ++t) {
        if (page[t].isEmpty())
            continue;
        QByteArray rows;
        for (const Row &row : page[t]) {
            for (qsizetype i = 0; i < row.size(); ++i)
                PostgresCopyWriter::appendField(&rows, row.at(i), i == 0);
            PostgresCopyWriter::endRow(&rows);
        }
        batches.push_back({ Tables[t].name, Tables[t].columns, std::move(rows) });
        if (t != Articles)
            continue;
        QByteArray search;
        for (const Row &row : page[t]) {
            const PostgresSearch::SearchRow searchRow
                = PostgresSearch::searchRow(row.at(ArticleTitle).toString(), row.at(ArticleBodyText).toString());
            PostgresCopyWriter::appendField(&search, row.at(0), true);
            PostgresCopyWriter::appendText(&search, searchRow.titleTerms, false);
            PostgresCopyWriter::appendText(&search, searchRow.terms, false);
            PostgresCopyWriter::appendText(&search, searchRow.titleText, false);
            PostgresCopyWriter::appendText(&search, searchRow.searchText, false);
            PostgresCopyWriter::endRow(&search);
        }
        batches.push_back({ "article_search", SearchColumns, std::move(search) });
    }
    return batches;
}

} // namespace galley::copying

namespace galley {

using namespace copying;

struct NewsroomCopy::Private {
    Private(Database &source, Database &destination)
        : source(source)
        , destination(destination)
    { }

    bool copy();
    bool fail(Failure kind, const QString &message)
    {
        failure = kind;
        error = message;
        return false;
    }
    bool readFailed(const QString &reason)
    {
        return fail(Failure::Database, tr("Cannot read “%1”: %2.").arg(source.displayName(), reason));
    }
    bool writeFailed(const QString &reason)
    {
        return fail(Failure::Database, tr("Cannot copy into “%1”: %2.").arg(destination.displayName(), reason));
    }
    bool exec(Database &database, const QString &sql, QList<Row> *rows = nullptr);
    std::optional<qint64> number(Database &database, const QString &sql);
    bool start(qint64 *total, QHash<qint64, QString> *sourceUuids);
    void endSnapshot()
    {
        if (source.inTransaction())
            QSqlQuery(source.connection()).exec(QStringLiteral("ROLLBACK")); // nothing was written there
    }
    bool allocate(Table table, qsizetype count, QList<qint64> *ids);
    bool writePage(const Page &page);
    bool writeRows(Table table, QList<Row> rows);
    bool writeRelated(Row row, bool atEnd);
    bool put(Table table, Row row);
    bool sendServerPage();
    [[nodiscard]] bool hasServerRows() const
    {
        return std::any_of(
            serverPage.begin(), serverPage.end(), [](const QList<Row> &rows) { return !rows.isEmpty(); });
    }
    bool finishWriting();
    bool setTriggers(bool enabled);
    bool copyAssets();
    bool copyNewsroomRows(const char *table, const char *columns, const char *key, QSet<QString> *keys);
    bool advanceSequences();
    bool verify();
    [[nodiscard]] bool isServer() const { return destination.engine() == Engine::PostgreSQL; }

    Database &source;
    Database &destination;
    bool merge = false;
    Progress progress;
    StageStarted stageStarted;
    NewsroomCopyResult result;
    Failure failure = Failure::None;
    QString error;

    bool keepIds = true;
    QHash<QString, qint64> destinationUuids; ///< merge: the destination's articles before the copy
    QSet<QString> destinationSlugs;
    QHash<QString, QString> renamedSlugs; ///< uuid -> the slug it got
    QHash<qint64, qint64> articleIds; ///< source id -> destination id (copied and skipped articles)
    QList<qint64> copiedArticleIds; ///< destination ids of the articles this copy wrote
    bool rebuildSearchIndexes = false; ///< the search indexes were dropped, to be built at the end
    QSet<QString> skippedUuids;
    QSet<qint64> skippedIds; ///< source ids of the skipped articles
    QSet<QString> copiedUuids;
    qint64 lowestNewArticleId = 0;
    std::array<qint64, TableCount> nextIds {}; ///< merge into a file: the next free id per table
    std::array<qint64, TableCount> maxIds {}; ///< ids kept: the highest id written per table
    QList<Row> deferredRelated; ///< related items whose target comes in a later page
    QHash<qint64, qint64> pageAnnotationIds; ///< the page's annotations: source id -> destination id
    QSet<QString> sourceAssets;
    QSet<QString> sourceWords; ///< the source's dictionary
    QSet<QString> sourceSettings; ///< the keys of the source's settings

    QStringList disabledTriggers; ///< "table:trigger", each quoted, turned off for the copy

    // A team server's rows: a page being made into COPY text meanwhile, then written.
    std::unique_ptr<PostgresCopyWriter> writer;
    ServerPage serverPage;
    std::future<std::vector<CopyBatch>> formatting;

    // Statements live until the transaction is over (see BatchInsert).
    std::array<std::unique_ptr<BatchInsert>, TableCount> inserts; ///< a file's rows
    std::unique_ptr<BatchInsert> assets;
    std::unique_ptr<BatchInsert> words;
    std::unique_ptr<BatchInsert> settings;
    std::unique_ptr<PageReader> sourceReader, destinationReader;
};

// Statements without parameters (BEGIN and LOCK cannot be prepared on PostgreSQL; the numbers
// a few others take are written into them).
bool NewsroomCopy::Private::exec(Database &database, const QString &sql, QList<Row> *rows)
{
    QString reason;
    if (&database == &destination && !finishWriting())
        return false;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        reason = sqlError(query.lastError());
        return &database == &source ? readFailed(reason) : writeFailed(reason);
    }
    while (rows && query.next()) {
        Row row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        rows->append(std::move(row));
    }
    return true;
}

std::optional<qint64> NewsroomCopy::Private::number(Database &database, const QString &sql)
{
    QList<Row> rows;
    if (!exec(database, sql, &rows))
        return std::nullopt;
    return rows.value(0).value(0).toLongLong();
}

// New ids for \a count rows of \a table, ascending. On a server from the table's identity
// sequence (safe beside other writers); in a file after the highest id (the copy holds the write lock).
bool NewsroomCopy::Private::allocate(Table table, qsizetype count, QList<qint64> *ids)
{
    ids->clear();
    const QString name = QLatin1String(Tables[table].name);
    if (count > 0 && isServer()) {
        QList<Row> rows;
        if (!exec(destination,
                QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, %2)")
                    .arg(name)
                    .arg(count),
                &rows))
            return false;
        for (const Row &row : std::as_const(rows))
            ids->append(row.at(0).toLongLong());
        std::sort(ids->begin(), ids->end());
        return true;
    }
    if (count > 0 && nextIds[table] == 0) {
        const std::optional<qint64> next = number(destination, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(name));
        if (!next)
            return false;
        nextIds[table] = *next;
    }
    for (qsizetype i = 0; i < count; ++i)
        ids->append(nextIds[table]++);
    return true;
}

// The source's snapshot begins, the destination's transaction has begun: what is there to copy,
// and may it go in (an empty destination, or merge)?
bool NewsroomCopy::Private::start(qint64 *total, QHash<qint64, QString> *sourceUuids)
{
    QList<Row> rows;
    if (!exec(source, source.engine() == Engine::PostgreSQL ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                                             : QStringLiteral("BEGIN"))
        || !exec(source, QStringLiteral("SELECT id, uuid FROM articles"), &rows))
        return false;
    for (const Row &row : std::as_const(rows))
        sourceUuids->insert(row.at(0).toLongLong(), row.at(1).toString());
    *total = rows.size();

    const QString countArticles = QStringLiteral("SELECT COUNT(*) FROM articles");
    std::optional<qint64> existing = number(destination, countArticles);
    if (existing == 0 && isServer()) {
        // Nobody may add an article (with an id the copy is about to give) until it commits.
        if (!exec(destination, QStringLiteral("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE")))
            return false;
        existing = number(destination, countArticles);
    }
    if (!existing)
        return false;
    if (*existing > 0 && !merge)
        return fail(Failure::DestinationNotEmpty,
            tr("“%1” already holds %n article(s); a copy goes into an empty newsroom unless it merges.", nullptr,
                int(std::min<qint64>(*existing, INT_MAX)))
                .arg(destination.displayName()));
    keepIds = *existing == 0;
    result.keptIds = keepIds;
    rows.clear();
    if (!keepIds && !exec(destination, QStringLiteral("SELECT uuid, id, slug FROM articles"), &rows))
        return false;
    for (const Row &row : std::as_const(rows)) {
        destinationUuids.insert(row.at(0).toString(), row.at(1).toLongLong());
        destinationSlugs.insert(row.at(2).toString());
    }
    // Into an empty newsroom of its own, the search indexes are built once at the end (inside
    // this transaction: a failure restores them) rather than grown row by row: for 100,000
    // articles that is minutes saved. Only the owner of the tables may drop an index.
    if (isServer() && keepIds) {
        const std::optional<qint64> owner = number(destination,
            QStringLiteral("SELECT (pg_catalog.pg_get_userbyid(relowner) = current_user)::int FROM pg_catalog.pg_class "
                           "WHERE oid = 'article_search'::regclass"));
        if (!owner)
            return false;
        rebuildSearchIndexes = *owner == 1;
        if (rebuildSearchIndexes
            && !exec(destination, QStringLiteral("DROP INDEX article_search_terms, article_search_text, article_search_title_terms")))
            return false;
    }
    // The bodies are compressed as they are stored: lz4 where the server has it costs a fraction
    // of pglz's time (a quarter of the server's work in a copy) and reads back the same.
    return !isServer()
        || (exec(destination,
                QStringLiteral("SELECT set_config('default_toast_compression', 'lz4', true) FROM pg_settings "
                               "WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"))
            && (!keepIds || setTriggers(false)));
}

// Into an empty team newsroom, the copy turns Galley's own triggers on its tables (those whose
// function is a galley_... of the schema) off for its transaction and on again before it
// commits; nobody else sees them off (ALTER TABLE locks each table until the commit). Per row
// they would mark the article's search row pending (the copy writes it), announce the change on
// the channel "galley" (a hundred thousand announcements of articles nobody has open yet) and
// check the article (galley_check_article). Only the owner of the tables may, and only a chief:
// the check lets a chief add any article, so nothing it would refuse goes in unchecked; anyone
// else's copy keeps every trigger, and with it the check. A DBA's own triggers (an audit) stay
// on. Each is turned on again as it was (on, always, replica).
bool NewsroomCopy::Private::setTriggers(bool enabled)
{
    if (enabled) {
        for (const QString &trigger : std::as_const(disabledTriggers)) {
            const QStringList parts = trigger.split(QLatin1Char(':'));
            const QString how = parts.at(2) == QLatin1String("A") ? QStringLiteral("ENABLE ALWAYS")
                : parts.at(2) == QLatin1String("R")               ? QStringLiteral("ENABLE REPLICA")
                                                                  : QStringLiteral("ENABLE");
            if (!exec(destination, QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3").arg(parts.at(0), how, parts.at(1))))
                return false;
        }
        // One announcement in their stead, at the commit: "read everything again" (a Galley
        // that has the newsroom open shows what the copy brought, see NewsroomEvent).
        if (!disabledTriggers.isEmpty()
            && !exec(destination, QStringLiteral("SELECT pg_catalog.pg_notify('galley', '{\"table\": \"*\", \"op\": \"copy\"}')")))
            return false;
        disabledTriggers.clear();
        return true;
    }
    const QString tables = QStringLiteral("'articles'::regclass, 'article_search'::regclass, 'related'::regclass, "
                                          "'revisions'::regclass, 'annotations'::regclass, "
                                          "'workflow_events'::regclass, 'assets'::regclass, 'suggestions'::regclass");
    const std::optional<qint64> allowed = number(destination,
        QStringLiteral("SELECT (bool_and(pg_catalog.pg_get_userbyid(relowner) = current_user) "
                       "AND pg_catalog.pg_has_role(current_user, 'galley_chief', 'MEMBER'))::int "
                       "FROM pg_catalog.pg_class WHERE oid IN (%1)")
            .arg(tables));
    if (!allowed)
        return false;
    if (*allowed != 1)
        return true;
    QList<Row> triggers;
    if (!exec(destination,
            QStringLiteral("SELECT format('%I', c.relname), format('%I', t.tgname), t.tgenabled "
                           "FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                           "JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                           "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND p.proname LIKE 'galley\\_%' "
                           "AND p.pronamespace = c.relnamespace AND c.oid IN (%1) ORDER BY 1, 2")
                .arg(tables),
            &triggers))
        return false;
    for (const Row &trigger : std::as_const(triggers)) {
        if (!exec(destination,
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2")
                    .arg(trigger.at(0).toString(), trigger.at(1).toString())))
            return false;
        disabledTriggers.append(
            QStringList { trigger.at(0).toString(), trigger.at(1).toString(), trigger.at(2).toString() }.join(
                QLatin1Char(':')));
    }
    return true;
}

bool NewsroomCopy::Private::copy()
{
    WriteTransaction transaction(destination);
    if (!transaction.isActive())
        return writeFailed(transaction.errorString());
    qint64 total = 0;
    QHash<qint64, QString> sourceUuids;
    if (!start(&total, &sourceUuids))
        return false;

    const QSqlDatabase connection = destination.connection();
    if (isServer()) {
        writer = std::make_unique<PostgresCopyWriter>(connection);
        if (!writer->isValid())
            return writeFailed(tr("the connection gives no access to its PostgreSQL handle"));
    } else {
        for (int t = 0; t < TableCount; ++t)
            inserts[t] = std::make_unique<BatchInsert>(
                connection, Tables[t].name, Tables[t].columns, Tables[t].rowsPerStatement);
    }
    // Whatever happens, the rows in flight are written (or dropped) before the transaction ends.
    const auto settle = qScopeGuard([this] {
        if (formatting.valid())
            formatting.wait();
        if (writer)
            (void)writer->finish(nullptr);
    });

    ContentDigest sourceDigest(std::move(sourceUuids), [this](const QString &uuid) { return !skippedUuids.contains(uuid); });
    sourceReader = std::make_unique<PageReader>(source.connection());
    QString reason;
    if (!sourceReader->prepare(&reason))
        return readFailed(reason);
    qint64 done = 0;
    for (qint64 after = 0;;) {
        Page page;
        if (!sourceReader->read(after, &page, &reason))
            return readFailed(reason);
        if (page[Articles].isEmpty())
            break;
        after = page[Articles].last().at(0).toLongLong();
        if (!writePage(page))
            return false;
        sourceDigest.setSlugs(renamedSlugs);
        sourceDigest.addPage(page);
        done += page[Articles].size();
        if (progress)
            progress(done, total);
    }
    for (Row &row : deferredRelated) {
        if (!writeRelated(std::move(row), true))
            return false;
    }
    for (const auto &insert : inserts) {
        if (insert && !insert->flush(&reason))
            return writeFailed(reason);
    }
    // A merge keeps the destination's settings (its house style) and adds the source's words.
    if (!finishWriting() || !copyAssets() || !copyNewsroomRows("copydesk_words", WordColumns, "word", &sourceWords)
        || !copyNewsroomRows("newsroom_settings", SettingColumns, "key", &sourceSettings)
        || (keepIds && !advanceSequences()))
        return false;
    if (rebuildSearchIndexes) {
        if (stageStarted)
            stageStarted(Stage::BuildingSearchIndexes);
        if (!exec(destination, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")))
            return false;
        for (const QString &statement : PostgresSchema::searchIndexStatements()) {
            if (!exec(destination, statement))
                return false;
        }
    }
    // The server's insert trigger marked every copied article pending (unless it was off); their
    // search rows are written, so their marks (and only theirs) go.
    const bool marked = disabledTriggers.isEmpty();
    if (!setTriggers(true))
        return false;
    if (isServer() && marked && !copiedArticleIds.isEmpty()) {
        QStringList copiedIds;
        copiedIds.reserve(copiedArticleIds.size());
        for (const qint64 id : std::as_const(copiedArticleIds))
            copiedIds.append(QString::number(id));
        if (!exec(destination,
                QStringLiteral("DELETE FROM search_pending WHERE article_id = ANY('{%1}'::bigint[])")
                    .arg(copiedIds.join(QLatin1Char(',')))))
            return false;
    }
    result.source = sourceDigest.counts();
    result.source.assets = sourceAssets.size();
    result.source.dictionaryWords = sourceWords.size();
    result.source.settings = sourceSettings.size();
    result.sourceChecksum = sourceDigest.finish();
    result.skipped = skippedUuids.size();
    result.renamedSlugs = renamedSlugs.size();
    endSnapshot();

    if (stageStarted)
        stageStarted(Stage::Verifying);
    if (!verify())
        return false;
    if (!result.matches()) {
        QStringList differences;
        const auto compare = [&differences](const QString &what, qint64 from, qint64 to) {
            if (from != to)
                differences.append(tr("%1: %2 in the source, %3 copied").arg(what).arg(from).arg(to));
        };
        compare(tr("articles"), result.source.articles, result.destination.articles);
        compare(tr("revisions"), result.source.revisions, result.destination.revisions);
        compare(tr("annotations"), result.source.annotations, result.destination.annotations);
        compare(tr("workflow events"), result.source.events, result.destination.events);
        compare(tr("assets"), result.source.assets, result.destination.assets);
        compare(tr("related items"), result.source.related, result.destination.related);
        compare(tr("suggestions"), result.source.suggestions, result.destination.suggestions);
        compare(tr("ignored copy-desk findings"), result.source.ignoredFindings, result.destination.ignoredFindings);
        compare(tr("article languages"), result.source.articleLanguages, result.destination.articleLanguages);
        compare(tr("dictionary words"), result.source.dictionaryWords, result.destination.dictionaryWords);
        compare(tr("newsroom settings"), result.source.settings, result.destination.settings);
        if (result.sourceChecksum != result.destinationChecksum)
            differences.append(tr("the content checksums differ"));
        return fail(Failure::Mismatch,
            tr("The copy in “%1” does not read back as its source (%2), so it was rolled back.")
                .arg(destination.displayName(), differences.join(QStringLiteral("; "))));
    }
    if (!transaction.commit())
        return writeFailed(reason.isEmpty() ? transaction.errorString() : reason);
    return true;
}

bool NewsroomCopy::Private::writePage(const Page &page)
{
    // Articles: which go in, under which id and slug.
    QList<Row> copied;
    for (const Row &row : page[Articles]) {
        const QString uuid = row.at(ArticleUuid).toString();
        const auto existing = destinationUuids.constFind(uuid);
        if (existing != destinationUuids.constEnd()) {
            articleIds.insert(row.at(0).toLongLong(), *existing);
            skippedIds.insert(row.at(0).toLongLong());
            skippedUuids.insert(uuid);
            continue;
        }
        copied.append(row);
        copiedUuids.insert(uuid);
        if (!keepIds) {
            const QString slug = row.at(ArticleSlug).toString();
            QString free = slug;
            for (int n = 2; destinationSlugs.contains(free); ++n)
                free = slug + QLatin1Char('-') + QString::number(n);
            destinationSlugs.insert(free);
            if (free != slug) {
                renamedSlugs.insert(uuid, free);
                copied.last()[ArticleSlug] = free;
            }
        }
    }
    QList<qint64> ids;
    if (!keepIds && !allocate(Articles, copied.size(), &ids))
        return false;
    for (qsizetype n = 0; n < copied.size(); ++n) {
        Row &row = copied[n];
        const qint64 id = keepIds ? row.at(0).toLongLong() : ids.at(n);
        articleIds.insert(row.at(0).toLongLong(), id);
        copiedArticleIds.append(id);
        lowestNewArticleId = lowestNewArticleId == 0 ? id : std::min(lowestNewArticleId, id);
        maxIds[Articles] = std::max(maxIds[Articles], id);
        row[0] = id;
        if (!put(Articles, std::move(row)))
            return false;
    }
    QString reason;
    if (inserts[Articles] && !inserts[Articles]->flush(&reason))
        return writeFailed(reason);

    // The other tables: the rows of the copied articles, with ids and references mapped.
    for (int t = Related; t < TableCount; ++t) {
        QList<Row> rows;
        for (const Row &row : page[t]) {
            if (!skippedIds.contains(row.at(Tables[t].articleColumn).toLongLong()))
                rows.append(row);
        }
        if (!writeRows(Table(t), std::move(rows)))
            return false;
    }
    return !isServer() || sendServerPage();
}

// A row for the destination: into a file's batch, or a server's page.
bool NewsroomCopy::Private::put(Table table, Row row)
{
    if (isServer()) {
        serverPage[table].append(std::move(row));
        return true;
    }
    QString reason;
    return inserts[table]->add(std::move(row), &reason) || writeFailed(reason);
}

// The page goes to be made into COPY text (and search rows) on a thread of its own; the one
// made meanwhile goes to the writer.
bool NewsroomCopy::Private::sendServerPage()
{
    if (formatting.valid()) {
        for (CopyBatch &batch : formatting.get()) {
            if (!writer->send(batch.table, batch.columns, std::move(batch.rows))) {
                serverPage = {};
                QString reason;
                (void)writer->finish(&reason);
                return writeFailed(reason);
            }
        }
    }
    if (hasServerRows())
        formatting
            = std::async(std::launch::async, [page = std::exchange(serverPage, {})] { return formatPage(page); });
    return true;
}

// Every row given is written: the destination's connection may be used again.
bool NewsroomCopy::Private::finishWriting()
{
    if (!writer)
        return true;
    while (formatting.valid() || hasServerRows()) {
        if (!sendServerPage())
            return false;
    }
    QString reason;
    return writer->finish(&reason) || writeFailed(reason);
}

bool NewsroomCopy::Private::writeRows(Table table, QList<Row> rows)
{
    if (table == Related) {
        for (Row &row : rows) {
            if (!writeRelated(std::move(row), false))
                return false;
        }
        return true;
    }
    if (withoutId(table)) {
        for (Row &row : rows) {
            row[0] = articleIds.value(row.at(0).toLongLong());
            if (!put(table, std::move(row)))
                return false;
        }
        return true;
    }
    // Revisions, annotations, events: an id of their own, given in the source's order (so a
    // thread's replies stay in order), and the article's.
    QList<qint64> ids;
    if (!keepIds && !allocate(table, rows.size(), &ids))
        return false;
    QHash<qint64, qint64> newIds;
    for (qsizetype n = 0; n < rows.size(); ++n) {
        Row &row = rows[n];
        const qint64 id = keepIds ? row.at(0).toLongLong() : ids.at(n);
        newIds.insert(row.at(0).toLongLong(), id);
        maxIds[table] = std::max(maxIds[table], id);
        row[0] = id;
        row[1] = articleIds.value(row.at(1).toLongLong());
    }
    if (table == Annotations) {
        // Thread roots before replies, each reply pointing at its root's new id.
        std::stable_partition(rows.begin(), rows.end(), [](const Row &row) { return row.at(AnnotationParent).isNull(); });
        for (Row &row : rows) {
            if (!row.at(AnnotationParent).isNull())
                row[AnnotationParent] = newIds.value(row.at(AnnotationParent).toLongLong());
        }
        pageAnnotationIds = newIds;
    } else if (table == Suggestions) {
        // A suggestion's group and thread are of its own article, so of this page.
        for (Row &row : rows) {
            if (const qint64 group = row.at(SuggestionGroup).toLongLong(); group != 0)
                row[SuggestionGroup] = newIds.value(group, group);
            if (!row.at(SuggestionThread).isNull())
                row[SuggestionThread] = pageAnnotationIds.value(row.at(SuggestionThread).toLongLong());
        }
    }
    for (Row &row : rows) {
        if (!put(table, std::move(row)))
            return false;
    }
    return true;
}

// A related item goes in once its target is in the destination; until then it waits.
bool NewsroomCopy::Private::writeRelated(Row row, bool atEnd)
{
    QVariant &target = row[RelatedTarget];
    if (!target.isNull()) {
        const auto mapped = articleIds.constFind(target.toLongLong());
        if (mapped != articleIds.constEnd()) {
            target = *mapped;
        } else if (!atEnd) {
            deferredRelated.append(std::move(row));
            return true;
        } else {
            target = QVariant(); // points at no article of the source (as ON DELETE SET NULL leaves it)
        }
    }
    row[0] = articleIds.value(row.at(0).toLongLong());
    return put(Related, std::move(row));
}

bool NewsroomCopy::Private::copyAssets()
{
    // One asset per statement: an image may be megabytes. Content-addressed, so one the
    // destination already has is the same bytes and stays.
    assets = std::make_unique<BatchInsert>(
        destination.connection(), "assets", AssetColumns, 1, "", " ON CONFLICT (hash) DO NOTHING");
    QList<Row> hashes;
    if (!exec(source, QStringLiteral("SELECT hash FROM assets"), &hashes))
        return false;
    QSqlQuery query(source.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM assets WHERE hash = ?").arg(QLatin1String(AssetColumns))))
        return readFailed(sqlError(query.lastError()));
    QString reason;
    for (const Row &hash : std::as_const(hashes)) {
        sourceAssets.insert(hash.at(0).toString());
        query.bindValue(0, hash.at(0));
        QList<Row> rows;
        if (!readRows(query, &rows, &reason))
            return readFailed(reason);
        for (Row &row : rows) {
            if (!assets->add(std::move(row), &reason))
                return writeFailed(reason);
        }
    }
    return assets->flush(&reason) || writeFailed(reason);
}

// The newsroom's own rows of \a table, keyed by \a key: those the destination has already stay
// as they are (a merge keeps its settings); \a keys receives the source's.
bool NewsroomCopy::Private::copyNewsroomRows(const char *table, const char *columns, const char *key, QSet<QString> *keys)
{
    QList<Row> rows;
    if (!exec(source, QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(columns), QLatin1String(table)), &rows))
        return false;
    auto insert = std::make_unique<BatchInsert>(destination.connection(), table, columns, 100, "",
        QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(QLatin1String(key)).toLatin1().constData());
    QString reason;
    for (Row &row : rows) {
        keys->insert(row.at(0).toString());
        if (!insert->add(std::move(row), &reason))
            return writeFailed(reason);
    }
    const bool ok = insert->flush(&reason) || writeFailed(reason);
    (qstrcmp(table, "copydesk_words") == 0 ? words : settings) = std::move(insert);
    return ok;
}

// Ids were given explicitly: the identity sequences must not give them again. setval() needs
// the sequence's owner (who ran galley admin init); any other login advances it with nextval().
bool NewsroomCopy::Private::advanceSequences()
{
    for (int t = 0; t < TableCount && isServer(); ++t) {
        if (withoutId(t) || maxIds[t] == 0)
            continue;
        const QString sequence = QStringLiteral("pg_get_serial_sequence('%1', 'id')").arg(QLatin1String(Tables[t].name));
        const std::optional<qint64> owner
            = number(destination, QStringLiteral("SELECT has_sequence_privilege(%1, 'UPDATE')::int").arg(sequence));
        if (!owner)
            return false;
        if (*owner) {
            if (!exec(destination, QStringLiteral("SELECT setval(%1, %2)").arg(sequence).arg(maxIds[t])))
                return false;
            continue;
        }
        const std::optional<qint64> next = number(destination, QStringLiteral("SELECT nextval(%1)").arg(sequence));
        if (!next
            || (*next < maxIds[t]
                && !exec(destination,
                    QStringLiteral("SELECT COUNT(nextval(%1)) FROM generate_series(1, %2)").arg(sequence).arg(maxIds[t] - *next))))
            return false;
    }
    return true;
}

// Reads the copied articles back through the destination's connection, inside the transaction.
bool NewsroomCopy::Private::verify()
{
    QList<Row> rows;
    if (!exec(destination, QStringLiteral("SELECT id, uuid FROM articles"), &rows))
        return false;
    QHash<qint64, QString> uuids;
    uuids.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        uuids.insert(row.at(0).toLongLong(), row.at(1).toString());
    rows.clear();
    ContentDigest digest(std::move(uuids), [this](const QString &uuid) { return copiedUuids.contains(uuid); });
    destinationReader = std::make_unique<PageReader>(destination.connection());
    QString reason;
    if (!destinationReader->prepare(&reason))
        return writeFailed(reason);
    for (qint64 after = lowestNewArticleId - 1; lowestNewArticleId > 0;) {
        Page page;
        if (!destinationReader->read(after, &page, &reason))
            return writeFailed(reason);
        if (page[Articles].isEmpty())
            break;
        after = page[Articles].last().at(0).toLongLong();
        digest.addPage(page);
    }
    result.destination = digest.counts();
    result.destinationChecksum = digest.finish();
    if (!exec(destination, QStringLiteral("SELECT hash FROM assets"), &rows))
        return false;
    for (const Row &row : std::as_const(rows))
        result.destination.assets += sourceAssets.contains(row.at(0).toString()) ? 1 : 0;
    for (const auto &[table, column, keys, count] :
        { std::tuple { "copydesk_words", "word", &sourceWords, &result.destination.dictionaryWords },
            std::tuple { "newsroom_settings", "key", &sourceSettings, &result.destination.settings } }) {
        rows.clear();
        if (!exec(destination, QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(column), QLatin1String(table)), &rows))
            return false;
        for (const Row &row : std::as_const(rows))
            *count += keys->contains(row.at(0).toString()) ? 1 : 0;
    }
    return true;
}

NewsroomCopy::NewsroomCopy(Database &source, Database &destination)
    : d(std::make_unique<Private>(source, destination))
{ }

NewsroomCopy::~NewsroomCopy() = default;

void NewsroomCopy::setMerge(bool merge)
{
    d->merge = merge;
}

void NewsroomCopy::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

void NewsroomCopy::setStageStarted(StageStarted stageStarted)
{
    d->stageStarted = std::move(stageStarted);
}

bool NewsroomCopy::run()
{
    QElapsedTimer timer;
    timer.start();
    auto fresh = std::make_unique<Private>(d->source, d->destination); // a second run() starts afresh
    fresh->progress = std::move(d->progress);
    fresh->stageStarted = std::move(d->stageStarted);
    fresh->merge = d->merge;
    d = std::move(fresh);
    if (!d->source.isOpen() || !d->destination.isOpen())
        return d->fail(Failure::Database, tr("The newsroom is not open."));
    const bool ok = d->copy();
    d->endSnapshot();
    // The transactions are over: the statements go now, not when the caller closes the connections.
    for (auto &insert : d->inserts)
        insert.reset();
    d->writer.reset();
    d->assets.reset();
    d->words.reset();
    d->settings.reset();
    d->sourceReader.reset();
    d->destinationReader.reset();
    d->result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return ok;
}

const NewsroomCopyResult &NewsroomCopy::result() const
{
    return d->result;
}

NewsroomCopy::Failure NewsroomCopy::failure() const
{
    return d->failure;
}

QString NewsroomCopy::errorString() const
{
    return d->error;
}

// ---- storedSchemaVersion -----------------------------------------------------------------------

namespace {

std::optional<int> fileSchemaVersion(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return 0;
    if (info.size() == 0)
        return 0;
    // Read-only, and "immutable" unless a WAL file says the database is in use: no -shm or
    // -wal file is created beside a file that may not even be a newsroom.
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro")
                                                                  : QStringLiteral("immutable=1"));
    sqlite3 *db = nullptr;
    std::optional<int> version;
    if (sqlite3_open_v2(uri.toEncoded().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

std::optional<int> serverSchemaVersion(const QString &uri, const QString &password)
{
    // libpq reads the URI itself; the URI's own settings win over the defaults before it.
    const QByteArray conninfo = uri.toUtf8();
    const QByteArray secret = password.toUtf8();
    std::vector<const char *> keys { "connect_timeout", "application_name", "dbname" };
    std::vector<const char *> values { "10", "galley", conninfo.constData() };
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(secret.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keys.data(), values.data(), 1);
    const auto value = [connection](const char *sql) -> std::optional<QByteArray> {
        PGresult *result = PQexec(connection, sql);
        std::optional<QByteArray> found;
        if (PQresultStatus(result) == PGRES_TUPLES_OK)
            found = PQntuples(result) == 1 ? QByteArray(PQgetvalue(result, 0, 0)) : QByteArray();
        PQclear(result);
        return found;
    };
    std::optional<int> version;
    if (PQstatus(connection) == CONNECTION_OK) {
        // Two statements: the second names a table that may not exist.
        const std::optional<QByteArray> hasMeta = value("SELECT to_regclass('galley_meta') IS NOT NULL");
        if (hasMeta == "f")
            version = 0;
        else if (hasMeta == "t")
            version = value("SELECT value FROM galley_meta WHERE key = 'schema_version'").value_or("0").toInt();
    }
    PQfinish(connection);
    return version;
}

} // namespace

std::optional<int> storedSchemaVersion(const QString &location, const QString &password)
{
    return Database::isServerLocation(location) ? serverSchemaVersion(location, password)
                                                : fileSchemaVersion(location);
}

} // namespace galley
