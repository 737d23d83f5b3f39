#include "storage/articlesearch.h"

#include "storage/cjktokenizer.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace galley {

namespace {

/// Above this offset, page() counts the list to see whether the far end is nearer.
constexpr qint64 ForwardOffsetLimit = 5000;

/// BM25 is computed for at most this many of the newest hits of a long query (see the header).
constexpr int RankedCandidates = 2000;

struct Sql {
    QString text;
    QVariantList binds;

    Sql &append(const QString &more, const QVariantList &moreBinds = {})
    {
        text += more;
        binds += moreBinds;
        return *this;
    }
    Sql &append(const Sql &more) { return append(more.text, more.binds); }
};

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// How a search string is answered: MATCH expressions for the two full-text indexes.
struct SearchPlan {
    bool active = false; ///< there is a search
    QStringList terms; ///< the whitespace-separated terms as typed
    QString trigram; ///< for articles_fts: the terms of three or more characters
    QString cjk; ///< for articles_cjk: the tokens of the shorter terms

    [[nodiscard]] bool matchesNothing() const { return active && trigram.isEmpty() && cjk.isEmpty(); }
    [[nodiscard]] bool onlyShortTerms() const { return trigram.isEmpty() && !cjk.isEmpty(); }
    /// The index whose hits drive the query (the other, if used, filters them).
    [[nodiscard]] QString index() const
    {
        return trigram.isEmpty() ? QStringLiteral("articles_cjk") : QStringLiteral("articles_fts");
    }
    [[nodiscard]] QString match() const { return trigram.isEmpty() ? cjk : trigram; }
};

SearchPlan planSearch(const QString &search)
{
    SearchPlan plan;
    const QString text = search.simplified();
    if (text.isEmpty())
        return plan;
    plan.active = true;
    plan.terms = text.split(QLatin1Char(' '));
    plan.terms.removeDuplicates();
    QStringList longTerms;
    QStringList shortTokens;
    for (const QString &term : std::as_const(plan.terms)) {
        if (codePointCount(term) >= 3) {
            longTerms.append(quoted(term));
            continue;
        }
        // Every token is its own quoted string: detail=column cannot answer multi-token phrases.
        for (const QString &token : CjkTokenizer::tokens(term, CjkTokenizer::Mode::Query))
            shortTokens.append(quoted(token));
    }
    shortTokens.removeDuplicates();
    plan.trigram = longTerms.join(QLatin1String(" AND "));
    plan.cjk = shortTokens.join(QLatin1String(" AND "));
    return plan;
}

bool hasColumnFilter(const ArticleFilter &filter)
{
    return filter.status || !filter.desk.isEmpty() || !filter.byline.isEmpty();
}

QString conditions(const ArticleFilter &filter, QVariantList &binds)
{
    QStringList terms { filter.trash ? QStringLiteral("a.deleted_at IS NOT NULL")
                                     : QStringLiteral("a.deleted_at IS NULL") };
    if (filter.status) {
        terms.append(QStringLiteral("a.status = ?"));
        binds.append(workflowStateKey(*filter.status));
    }
    if (!filter.desk.isEmpty()) {
        terms.append(QStringLiteral("a.desk = ?"));
        binds.append(filter.desk);
    }
    if (!filter.byline.isEmpty()) {
        terms.append(QStringLiteral("a.byline = ?"));
        binds.append(filter.byline);
    }
    return terms.join(QLatin1String(" AND "));
}

// The expressions match the partial indexes of the schema (see migrations.cpp).
QString sortExpression(ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Title:
        return QStringLiteral("a.title");
    case ArticleSortKey::Status:
        return QString::fromLatin1(Migrations::StatusOrderExpression);
    case ArticleSortKey::Byline:
        return QStringLiteral("a.byline");
    case ArticleSortKey::Desk:
        return QStringLiteral("a.desk");
    case ArticleSortKey::Characters:
        return QStringLiteral("a.char_count");
    case ArticleSortKey::PublishAt:
        return QStringLiteral("a.publish_at");
    case ArticleSortKey::UpdatedAt:
    case ArticleSortKey::Relevance:
        break;
    }
    return QStringLiteral("a.updated_at");
}

struct OrderTerm {
    QString column;
    bool ascending;
};

QString orderBy(const QList<OrderTerm> &terms, bool reversed, const QString &prefix = {})
{
    QStringList parts;
    for (const OrderTerm &term : terms)
        parts.append(
            prefix + term.column + (term.ascending != reversed ? QLatin1String(" ASC") : QLatin1String(" DESC")));
    return parts.join(QLatin1String(", "));
}

/// "FROM ... WHERE ..." of the live articles matching \a match in the plan's index. The index
/// holds live articles only, so without a column filter no article row is touched; otherwise
/// (or when \a needsRow) each hit is looked up in articles_live_list, which holds every list
/// column but the text (the row itself would cost a walk through its overflow pages).
Sql hitSource(const SearchPlan &plan, const ArticleFilter &filter, const QString &match, bool needsRow,
    const Sql &extraCondition = {})
{
    const QString index = plan.index();
    Sql sql;
    if (needsRow || hasColumnFilter(filter)) {
        QVariantList binds;
        const QString where = conditions(filter, binds);
        sql.append(QStringLiteral(" FROM %1 CROSS JOIN articles a INDEXED BY articles_live_list ON a.id = %1.rowid "
                                  "WHERE %1 MATCH ? AND ")
                       .arg(index)
                + where,
            QVariantList { match } + binds);
    } else {
        sql.append(QStringLiteral(" FROM %1 WHERE %1 MATCH ?").arg(index), { match });
    }
    if (!extraCondition.text.isEmpty())
        sql.append(QStringLiteral(" AND ") + extraCondition.text, extraCondition.binds);
    if (!plan.trigram.isEmpty() && !plan.cjk.isEmpty())
        sql.append(
            QStringLiteral(" AND %1.rowid IN (SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH ?)").arg(index),
            { plan.cjk });
    return sql;
}

/// The trash is not in the full-text indexes (so live searches never step over it): a search
/// there compares the text of the trashed articles, case-insensitively, every term in turn.
Sql trashSource(const SearchPlan &plan, const ArticleFilter &filter)
{
    QVariantList binds;
    Sql sql;
    sql.append(QStringLiteral(" FROM articles a INDEXED BY articles_trash WHERE ") + conditions(filter, binds), binds);
    for (const QString &term : plan.terms) {
        sql.append(
            QStringLiteral(" AND (instr(lower(a.title), lower(?)) > 0 OR instr(lower(a.body_text), lower(?)) > 0)"),
            { term, term });
    }
    return sql;
}

/// The hits of a search as rows (id, t, k) and the order they are listed in.
struct Hits {
    Sql select;
    QList<OrderTerm> order;
};

Hits orderedHits(const SearchPlan &plan, const ArticleFilter &filter, ArticleSortKey key, bool ascending)
{
    Hits hits;
    const QString index = plan.index();
    const QString rowid = index + QStringLiteral(".rowid");
    if (filter.trash) {
        const bool relevance = key == ArticleSortKey::Relevance;
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortExpression(key)));
        hits.select.append(trashSource(plan, filter));
        hits.order = { { QStringLiteral("k"), relevance ? false : ascending },
            { QStringLiteral("id"), relevance ? false : ascending } };
    } else if (key == ArticleSortKey::Relevance && plan.onlyShortTerms()) {
        // Articles with every term in the title first, then the others; newest first in each.
        // Both arms stream off the index in rowid order: no hit is scored or sorted.
        const QString titleMatch = QStringLiteral("{title} : (%1)").arg(plan.cjk);
        const QString otherMatch = QStringLiteral("(%1) NOT {title} : (%1)").arg(plan.cjk);
        hits.select.append(QStringLiteral("SELECT %1 AS id, 0 AS t, 0 AS k").arg(rowid));
        hits.select.append(hitSource(plan, filter, titleMatch, false));
        hits.select.append(QStringLiteral(" UNION ALL SELECT %1 AS id, 1 AS t, 0 AS k").arg(rowid));
        hits.select.append(hitSource(plan, filter, otherMatch, false));
        hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    } else if (key == ArticleSortKey::Relevance) {
        // BM25 over the newest RankedCandidates hits (a title hit weighs four body hits), then
        // the older hits newest first: the cost stays bounded however common the words are.
        const QString cut = QStringLiteral("(SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM articles_fts WHERE "
                                           "articles_fts MATCH ? ORDER BY rowid DESC LIMIT %1))")
                                .arg(RankedCandidates);
        hits.select.append(QStringLiteral("SELECT %1 AS id, 0 AS t, bm25(articles_fts, 4.0, 1.0) AS k").arg(rowid));
        hits.select.append(hitSource(
            plan, filter, plan.trigram, false, Sql { rowid + QStringLiteral(" >= ") + cut, { plan.trigram } }));
        hits.select.append(QStringLiteral(" UNION ALL SELECT %1 AS id, 1 AS t, 0 AS k").arg(rowid));
        hits.select.append(hitSource(
            plan, filter, plan.trigram, false, Sql { rowid + QStringLiteral(" < ") + cut, { plan.trigram } }));
        hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    } else {
        hits.select.append(QStringLiteral("SELECT %1 AS id, 0 AS t, %2 AS k").arg(rowid, sortExpression(key)));
        hits.select.append(hitSource(plan, filter, plan.match(), true));
        hits.order = { { QStringLiteral("k"), ascending }, { QStringLiteral("id"), ascending } };
    }
    return hits;
}

constexpr auto RowColumns = "a.id, a.title, a.status, a.byline, a.desk, a.updated_at, a.char_count, a.publish_at";

/// The snippet of page row "page.id", computed by the index the search ran on: the body
/// around its best hit, or the highlighted title when only the title matched.
Sql snippetColumn(const SearchPlan &plan, const ArticleFilter &filter)
{
    if (filter.trash)
        return Sql { QStringLiteral("NULL"), {} };
    const QString index = plan.index();
    const int tokens = plan.trigram.isEmpty() ? 40 : 20; // the CJK index has ~2 tokens per character
    return Sql { QStringLiteral(
                     "(SELECT CASE WHEN instr(s, char(2)) > 0 THEN s ELSE t END FROM "
                     "(SELECT snippet(%1, 1, char(2), char(3), '…', %2) AS s, "
                     "highlight(%1, 0, char(2), char(3)) AS t FROM %1 WHERE %1 MATCH ? AND rowid = page.id))")
                     .arg(index)
                     .arg(tokens),
        { plan.match() } };
}

ArticleRow rowFrom(const QSqlQuery &query)
{
    ArticleRow row;
    row.id = query.value(0).toLongLong();
    row.title = query.value(1).toString();
    row.status = workflowStateFromKey(query.value(2).toString()).value_or(WorkflowState::Draft);
    row.byline = query.value(3).toString();
    row.desk = query.value(4).toString();
    row.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
    row.characterCount = query.value(6).toLongLong();
    row.publishAt = query.value(7).toString();
    row.snippet = query.value(8).toString();
    return row;
}

} // namespace

ArticleSearch::ArticleSearch(Database &database)
    : m_database(database)
{ }

QString ArticleSearch::errorString() const
{
    return m_error;
}

bool ArticleSearch::run(QSqlQuery &query, const QString &sql, const QVariantList &binds) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

qint64 ArticleSearch::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, binds) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 ArticleSearch::count(const ArticleFilter &filter) const
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return 0;
    Sql sql { QStringLiteral("SELECT count(*)"), {} };
    if (!plan.active) {
        QVariantList binds;
        sql.append(QStringLiteral(" FROM articles a WHERE ") + conditions(filter, binds), binds);
    } else if (filter.trash) {
        sql.append(trashSource(plan, filter));
    } else {
        sql.append(hitSource(plan, filter, plan.match(), false));
    }
    return std::max<qint64>(0, scalar(sql.text, sql.binds));
}

QList<ArticleRow> ArticleSearch::page(
    const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 offset, int limit) const
{
    // Counting costs about as much as skipping a few thousand rows: only worth it further in.
    const qint64 total = offset > ForwardOffsetLimit ? count(filter) : -1;
    return page(filter, key, order, offset, limit, total);
}

QList<ArticleRow> ArticleSearch::page(
    const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 offset, int limit, qint64 total) const
{
    m_error.clear();
    QList<ArticleRow> rows;
    const SearchPlan plan = planSearch(filter.search);
    if (offset < 0 || limit <= 0 || plan.matchesNothing() || (total >= 0 && offset >= total))
        return rows;

    // Past the middle, read the list backwards from its end and turn the rows around: OFFSET
    // costs the rows it skips, so the last page of a million is as quick as the first.
    const bool reverse = total >= 0 && offset > total / 2;
    qint64 skip = offset;
    qint64 take = limit;
    if (reverse) {
        take = std::min<qint64>(limit, total - offset);
        skip = total - offset - take;
    }
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;

    Sql sql;
    if (!plan.active) {
        QVariantList binds;
        const QString where = conditions(filter, binds);
        const QList<OrderTerm> terms { { sortExpression(key), ascending }, { QStringLiteral("a.id"), ascending } };
        sql.append(QStringLiteral("SELECT %1, NULL FROM articles a WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(QLatin1String(RowColumns), where, orderBy(terms, reverse)),
            binds + QVariantList { take, skip });
    } else {
        // The page is chosen first, from the indexes alone (MATERIALIZED keeps SQLite from
        // merging it into the outer query); only its rows are then read and get a snippet.
        const Hits hits = orderedHits(plan, filter, key, ascending);
        sql.append(QStringLiteral("WITH page AS MATERIALIZED (SELECT id, t, k FROM ("));
        sql.append(hits.select);
        sql.append(
            QStringLiteral(") ORDER BY %1 LIMIT ? OFFSET ?) ").arg(orderBy(hits.order, reverse)), { take, skip });
        const Sql snippet = snippetColumn(plan, filter);
        sql.append(QStringLiteral("SELECT %1, ").arg(QLatin1String(RowColumns)) + snippet.text, snippet.binds);
        sql.append(QStringLiteral(" FROM page CROSS JOIN articles a ON a.id = page.id ORDER BY ")
            + orderBy(hits.order, reverse, QStringLiteral("page.")));
    }

    QSqlQuery query(m_database.connection());
    if (!run(query, sql.text, sql.binds))
        return rows;
    rows.reserve(take);
    while (query.next())
        rows.append(rowFrom(query));
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

qint64 ArticleSearch::rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) const
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return -1;
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
    if (plan.active) {
        // Search hits are numbered in SQL, in the order page() lists them.
        const Hits hits = orderedHits(plan, filter, key, ascending);
        Sql sql { QStringLiteral("SELECT n FROM (SELECT id, row_number() OVER (ORDER BY %1) - 1 AS n FROM (")
                      .arg(orderBy(hits.order, false)),
            {} };
        sql.append(hits.select);
        sql.append(QStringLiteral(")) WHERE id = ?"), { id });
        return scalar(sql.text, sql.binds);
    }
    // Count the rows before this one: two range scans of the sort index. (One OR of the two
    // conditions is answered with a full scan once the values are bound.)
    const QString expression = sortExpression(key);
    QVariantList binds { id };
    const QString where = conditions(filter, binds);
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ? AND %2").arg(expression, where), binds)
        || !query.next())
        return -1;
    const QVariant value = query.value(0);
    query.finish();
    QVariantList before;
    const QString whereBefore = conditions(filter, before);
    QVariantList tied;
    const QString whereTied = conditions(filter, tied);
    const QString comparison = ascending ? QStringLiteral("<") : QStringLiteral(">");
    const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM articles a WHERE %1 AND %3 %4 ?) + "
                                       "(SELECT count(*) FROM articles a WHERE %2 AND %3 = ? AND a.id %4 ?)")
                            .arg(whereBefore, whereTied, expression, comparison);
    return scalar(sql, before + QVariantList { value } + tied + QVariantList { value, id });
}

QStringList ArticleSearch::distinctValues(const QString &column) const
{
    m_error.clear();
    // A skip scan over the partial index: one index seek per distinct value, not per article.
    const QString sql
        = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM articles WHERE deleted_at IS NULL AND %1 > '' "
                         "UNION ALL SELECT (SELECT min(%1) FROM articles WHERE deleted_at IS NULL AND %1 > v.x) "
                         "FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
              .arg(column);
    QStringList values;
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, {}))
        return values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QStringList ArticleSearch::desks() const
{
    return distinctValues(QStringLiteral("desk"));
}

QStringList ArticleSearch::bylines() const
{
    return distinctValues(QStringLiteral("byline"));
}

} // namespace galley
