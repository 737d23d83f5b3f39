#include "storage/articlesearch.h"

#include "model/plaintext.h"

#include "storage/database.h"
#include "storage/postgres/postgressearch.h"
#include "storage/searchengine.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/sqlite/sqlitesearch.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace galley {

namespace SearchText {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

QStringList terms(const QString &search)
{
    // A control character (NUL, ESC, … pasted into the search field) separates terms as a space
    // does: no article's text holds one (model/plaintext.h), and FTS5 reads a quoted string only
    // up to a NUL ("unterminated string"), PostgreSQL refuses a NUL in text. Found by the fuzz
    // target "searchquery".
    QString text = search;
    for (QChar &c : text) {
        if (PlainText::isStrayControl(c.unicode()))
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.isEmpty())
        return {};
    QStringList result = text.split(QLatin1Char(' '));
    result.removeDuplicates();
    return result;
}

/// Characters of context an excerpt keeps before its hit, and its length when the hit is short.
constexpr qsizetype ExcerptBefore = 16;
constexpr qsizetype ExcerptLength = 64;

QString excerpt(const QString &marked)
{
    const qsizetype open = marked.indexOf(QChar(0x02));
    if (open < 0)
        return marked;
    qsizetype start = std::max<qsizetype>(0, open - ExcerptBefore);
    qsizetype end = std::min(marked.size(), std::max(marked.indexOf(QChar(0x03), open) + 1, start + ExcerptLength));
    // A hit the end falls into is kept whole.
    const qsizetype lastOpen = marked.lastIndexOf(QChar(0x02), end - 1);
    const qsizetype lastClose = marked.lastIndexOf(QChar(0x03), end - 1);
    if (lastOpen > lastClose) {
        const qsizetype close = marked.indexOf(QChar(0x03), lastOpen);
        end = close < 0 ? marked.size() : close + 1;
    }
    // Never half a surrogate pair at either end.
    if (start > 0 && marked.at(start).isLowSurrogate())
        --start;
    if (end < marked.size() && marked.at(end).isLowSurrogate())
        ++end;
    QString text = marked.mid(start, end - start);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (start > 0)
        text.prepend(QChar(0x2026));
    if (end < marked.size())
        text.append(QChar(0x2026));
    return text;
}

QString orderBy(const QList<OrderTerm> &terms, bool reversed, const QString &prefix)
{
    QStringList parts;
    for (const OrderTerm &term : terms)
        parts.append(
            prefix + term.column + (term.ascending != reversed ? QLatin1String(" ASC") : QLatin1String(" DESC")));
    return parts.join(QLatin1String(", "));
}

Sql seekPage(const SeekedList &list, const PageNeighbour &neighbour, qint64 limit)
{
    const bool forward = neighbour.after > 0;
    const qint64 id = forward ? neighbour.after : neighbour.before;
    // Read forward from "after", backward from "before" (the caller turns the rows around).
    const bool ascending = list.ascending == forward;
    const QString beyond = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The page's ids first, off the sort index alone (it holds the key and the id, so the rows
    // skipped are never read), then its rows.
    const QString key = list.key.isEmpty() ? QStringLiteral("NULL") : list.key;
    const QString arm = QStringLiteral("SELECT * FROM (SELECT a.id AS id, %1 AS seek_key FROM %2 WHERE %3 AND %4 "
                                       "ORDER BY %5 LIMIT %6) arm")
                            .arg(key, list.from, list.where.text);
    const qint64 reach = limit + neighbour.skip;
    Sql ids;
    if (list.key.isEmpty()) { // one key throughout: by id alone (none when the neighbour is gone)
        ids.append(arm.arg(QStringLiteral("a.id %1 (SELECT a.id FROM articles a WHERE a.id = ?)").arg(beyond),
                           QStringLiteral("a.id %1").arg(direction))
                       .arg(reach),
            list.where.binds + QVariantList { id });
    } else {
        // Two arms, so that each is one range of the sort index: (key, id) past the neighbour's
        // is "the same key, a later id" or "a later key" (a row comparison is not a range of an
        // index on an expression for SQLite).
        const QString theirs = QStringLiteral("(SELECT %1 FROM articles a WHERE a.id = ?)").arg(list.key);
        ids.append(arm.arg(QStringLiteral("%1 = %2 AND a.id %3 ?").arg(list.key, theirs, beyond),
                           QStringLiteral("a.id %1").arg(direction))
                       .arg(reach),
            list.where.binds + QVariantList { id, id });
        ids.append(QStringLiteral(" UNION ALL "));
        ids.append(arm.arg(QStringLiteral("%1 %2 %3").arg(list.key, beyond, theirs),
                           QStringLiteral("%1 %2, a.id %2").arg(list.key, direction))
                       .arg(reach),
            list.where.binds + QVariantList { id });
    }
    const QString order = QStringLiteral("seek_key %1, id %1").arg(direction);
    Sql sql { QStringLiteral("SELECT %1 FROM (SELECT id, seek_key FROM (").arg(list.columns), {} };
    sql.append(ids);
    sql.append(QStringLiteral(") seeked ORDER BY %1 LIMIT %2 OFFSET %3) page JOIN articles a ON a.id = page.id "
                              "ORDER BY page.seek_key %4, page.id %4")
                   .arg(order)
                   .arg(limit)
                   .arg(neighbour.skip)
                   .arg(direction));
    return sql;
}

} // namespace SearchText

bool ArticleSearchEngine::run(QSqlQuery &query, const QString &sql, const QVariantList &binds) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    return true;
}

qint64 ArticleSearchEngine::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, binds) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void ArticleSearchEngine::catchUp() const
{
    // Usually nothing is pending (SearchIndexer got there first): one indexed lookup. A
    // newsroom open read-only is searched as its indexes are.
    if (m_database.isReadOnly())
        return;
    SearchIndex index(m_database);
    if (index.hasPending() && index.flush() < 0)
        qWarning("galley: could not bring the search indexes up to date: %s", qPrintable(index.errorString()));
}

namespace {

std::unique_ptr<ArticleSearchEngine> engineFor(Database &database)
{
    if (database.engine() == Engine::PostgreSQL)
        return std::make_unique<PostgresSearch>(database);
    return std::make_unique<SqliteSearch>(database);
}

} // namespace

ArticleSearch::ArticleSearch(Database &database)
    : m_engine(engineFor(database))
{ }

ArticleSearch::~ArticleSearch() = default;

QString ArticleSearch::errorString() const
{
    return m_engine->errorString();
}

qint64 ArticleSearch::count(const ArticleFilter &filter) const
{
    return m_engine->count(filter);
}

ListCount ArticleSearch::quickCount(const ArticleFilter &filter) const
{
    return m_engine->quickCount(filter);
}

QList<ArticleRow> ArticleSearch::page(
    const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 offset, int limit) const
{
    // Counting costs about as much as skipping a few thousand rows: only worth it further in.
    const qint64 total = offset > SearchText::ForwardOffsetLimit ? count(filter) : -1;
    return page(filter, key, order, offset, limit, total);
}

QList<ArticleRow> ArticleSearch::page(
    const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 offset, int limit, qint64 total) const
{
    return m_engine->page(filter, key, order, offset, limit, total, {});
}

QList<ArticleRow> ArticleSearch::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
    qint64 offset, int limit, qint64 total, const PageNeighbour &neighbour) const
{
    return m_engine->page(filter, key, order, offset, limit, total, neighbour);
}

qint64 ArticleSearch::rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) const
{
    return m_engine->rowOf(filter, key, order, id);
}

QStringList ArticleSearch::desks() const
{
    return m_engine->distinctValues(QStringLiteral("desk"));
}

QStringList ArticleSearch::bylines() const
{
    return m_engine->distinctValues(QStringLiteral("byline"));
}

} // namespace galley
