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

struct Sql {
    QString text;
    QVariantList binds;

    Sql &append(const QString &more, const QVariantList &moreBinds = {})
    {
        text += more;
        binds += moreBinds;
        return *this;
    }
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
    QString trigram;     ///< for articles_fts: the terms of three or more characters
    QString cjk;         ///< for articles_cjk: the tokens of the shorter terms

    [[nodiscard]] bool matchesNothing() const { return active && trigram.isEmpty() && cjk.isEmpty(); }
    [[nodiscard]] bool onlyShortTerms() const { return trigram.isEmpty() && !cjk.isEmpty(); }
    /// The index whose hits drive the query (the other, if used, filters them).
    [[nodiscard]] QString primary() const
    {
        return trigram.isEmpty() ? QStringLiteral("articles_cjk") : QStringLiteral("articles_fts");
    }
    [[nodiscard]] QString primaryMatch() const { return trigram.isEmpty() ? cjk : trigram; }
};

SearchPlan planSearch(const QString &search)
{
    SearchPlan plan;
    const QString text = search.simplified();
    if (text.isEmpty())
        return plan;
    plan.active = true;
    QStringList longTerms;
    QStringList shortTokens;
    for (const QString &term : text.split(QLatin1Char(' '))) {
        if (codePointCount(term) >= 3) {
            longTerms.append(quoted(term));
            continue;
        }
        // Every token is its own quoted string: detail=column cannot answer multi-token phrases.
        for (const QString &token : CjkTokenizer::tokens(term, CjkTokenizer::Mode::Query))
            shortTokens.append(quoted(token));
    }
    longTerms.removeDuplicates();
    shortTokens.removeDuplicates();
    plan.trigram = longTerms.join(QLatin1String(" AND "));
    plan.cjk = shortTokens.join(QLatin1String(" AND "));
    return plan;
}

QString conditions(const ArticleFilter &filter, QVariantList &binds)
{
    QStringList terms{filter.trash ? QStringLiteral("a.deleted_at IS NOT NULL") : QStringLiteral("a.deleted_at IS NULL")};
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
    case ArticleSortKey::Title: return QStringLiteral("a.title");
    case ArticleSortKey::Status: return QString::fromLatin1(Migrations::StatusOrderExpression);
    case ArticleSortKey::Byline: return QStringLiteral("a.byline");
    case ArticleSortKey::Desk: return QStringLiteral("a.desk");
    case ArticleSortKey::Characters: return QStringLiteral("a.char_count");
    case ArticleSortKey::PublishAt: return QStringLiteral("a.publish_at");
    case ArticleSortKey::UpdatedAt:
    case ArticleSortKey::Relevance: break;
    }
    return QStringLiteral("a.updated_at");
}

/// FROM ... WHERE ... of the live (or trashed) articles that match an active search. The
/// full-text index is the outer loop (CROSS JOIN fixes the order); each hit is checked against
/// the filter in articles_live_list, which also holds every sort key, so no article row is read.
Sql searchSource(const SearchPlan &plan, const ArticleFilter &filter, const QString &match)
{
    const QString index = plan.primary();
    Sql sql;
    sql.append(QStringLiteral(" FROM %1 CROSS JOIN articles a %2 ON a.id = %1.rowid WHERE %1 MATCH ?")
                   .arg(index, filter.trash ? QString() : QStringLiteral("INDEXED BY articles_live_list")),
               {match});
    QVariantList binds;
    const QString where = conditions(filter, binds);
    sql.append(QStringLiteral(" AND ") + where, binds);
    if (!plan.trigram.isEmpty() && !plan.cjk.isEmpty())
        sql.append(QStringLiteral(" AND a.id IN (SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH ?)"), {plan.cjk});
    return sql;
}

constexpr auto RowColumns = "a.id AS id, a.title AS title, a.status AS status, a.byline AS byline, a.desk AS desk, "
                            "a.updated_at AS updated_at, a.char_count AS char_count, a.publish_at AS publish_at";

/// The snippet of page row "page.id", computed by the index the search ran on: the body
/// around its best hit, or the highlighted title when only the title matched.
Sql snippetColumn(const SearchPlan &plan)
{
    const QString index = plan.primary();
    const int tokens = plan.trigram.isEmpty() ? 40 : 20; // the CJK index has ~2 tokens per character
    return Sql{QStringLiteral("(SELECT CASE WHEN instr(s, char(2)) > 0 THEN s ELSE t END FROM "
                              "(SELECT snippet(%1, 1, char(2), char(3), '…', %2) AS s, "
                              "highlight(%1, 0, char(2), char(3)) AS t FROM %1 WHERE %1 MATCH ? AND rowid = page.id))")
                   .arg(index)
                   .arg(tokens),
               {plan.primaryMatch()}};
}

QString direction(bool ascending)
{
    return ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
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
{
}

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
    if (!plan.active) {
        QVariantList binds;
        const QString where = conditions(filter, binds);
        return std::max<qint64>(0, scalar(QStringLiteral("SELECT count(*) FROM articles a WHERE ") + where, binds));
    }
    const bool unfiltered = !filter.trash && !filter.status && filter.desk.isEmpty() && filter.byline.isEmpty();
    if (unfiltered && (plan.trigram.isEmpty() || plan.cjk.isEmpty())) {
        // All hits minus the few in the trash: counting the index alone never touches the rows.
        const QString index = plan.primary();
        const QString sql = QStringLiteral(
                                "SELECT (SELECT count(*) FROM %1 WHERE %1 MATCH ?) - (SELECT count(*) FROM articles a "
                                "WHERE a.deleted_at IS NOT NULL AND EXISTS (SELECT 1 FROM %1 WHERE %1 MATCH ? AND "
                                "%1.rowid = a.id))")
                                .arg(index);
        return std::max<qint64>(0, scalar(sql, {plan.primaryMatch(), plan.primaryMatch()}));
    }
    const Sql source = searchSource(plan, filter, plan.primaryMatch());
    return std::max<qint64>(0, scalar(QStringLiteral("SELECT count(*)") + source.text, source.binds));
}

QList<ArticleRow> ArticleSearch::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
                                      qint64 offset, int limit) const
{
    // Counting costs about as much as skipping a few thousand rows: only worth it further in.
    const qint64 total = offset > ForwardOffsetLimit ? count(filter) : -1;
    return page(filter, key, order, offset, limit, total);
}

QList<ArticleRow> ArticleSearch::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
                                      qint64 offset, int limit, qint64 total) const
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
    const bool relevance = plan.active && key == ArticleSortKey::Relevance;
    bool ascending = order == Qt::AscendingOrder;
    if (!plan.active && key == ArticleSortKey::Relevance)
        ascending = false; // newest first
    if (relevance)
        ascending = true; // best first: ascending bm25 score / title tier
    const bool forward = ascending != reverse;

    Sql sql;
    if (!plan.active) {
        QVariantList binds;
        const QString where = conditions(filter, binds);
        const QString dir = direction(forward);
        sql.append(QStringLiteral("SELECT %1, NULL FROM articles a WHERE %2 ORDER BY %3 %4, a.id %4 LIMIT ? OFFSET ?")
                       .arg(QLatin1String(RowColumns), where, sortExpression(key), dir),
                   binds);
    } else {
        // The page is chosen first, from the index alone (materialized, so SQLite cannot merge
        // it into the outer query); then only its rows are read and get a snippet.
        Sql inner;
        QString pageOrder;
        if (relevance && plan.onlyShortTerms()) {
            // Title hits first, then body-only hits; newest first within each. Both arms stream
            // off the index in rowid order, so no hit is scored.
            const Sql titleArm = searchSource(plan, filter, QStringLiteral("{title} : (%1)").arg(plan.cjk));
            const Sql bodyArm = searchSource(plan, filter, QStringLiteral("(%1) NOT {title} : (%1)").arg(plan.cjk));
            pageOrder = QStringLiteral("k %1, id %2").arg(direction(forward), direction(!forward));
            inner.append(QStringLiteral("SELECT articles_cjk.rowid AS id, 0 AS k") + titleArm.text, titleArm.binds);
            inner.append(QStringLiteral(" UNION ALL SELECT articles_cjk.rowid AS id, 1 AS k") + bodyArm.text,
                         bodyArm.binds);
            inner.append(QStringLiteral(" ORDER BY k %1, id %2").arg(direction(forward), direction(!forward)));
        } else {
            const QString keyExpression = relevance ? QStringLiteral("bm25(articles_fts, 4.0, 1.0)")
                                                    : sortExpression(key);
            const Sql source = searchSource(plan, filter, plan.primaryMatch());
            pageOrder = QStringLiteral("k %1, id %1").arg(direction(forward));
            inner.append(QStringLiteral("SELECT a.id AS id, %1 AS k").arg(keyExpression) + source.text, source.binds);
            inner.append(QStringLiteral(" ORDER BY k %1, a.id %1").arg(direction(forward)));
        }
        const Sql snippet = snippetColumn(plan);
        sql.append(QStringLiteral("WITH page AS MATERIALIZED (") + inner.text, inner.binds);
        sql.append(QStringLiteral(" LIMIT ? OFFSET ?)"), {take, skip});
        sql.append(QStringLiteral(" SELECT %1, ").arg(QLatin1String(RowColumns)) + snippet.text
                       + QStringLiteral(" FROM page CROSS JOIN articles a ON a.id = page.id ORDER BY page.")
                       + pageOrder.replace(QLatin1String(", id"), QLatin1String(", page.id")),
                   snippet.binds);
    }
    if (!plan.active)
        sql.binds << take << skip;

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
    if (!plan.active) {
        // Count the rows that sort before this one: a range scan of the sort index.
        const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
        const QString expression = sortExpression(key);
        QVariantList binds{id};
        const QString where = conditions(filter, binds);
        QSqlQuery query(m_database.connection());
        if (!run(query, QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ? AND %2").arg(expression, where), binds)
            || !query.next())
            return -1;
        const QVariant value = query.value(0);
        query.finish();
        // Two plain range conditions (not one OR, which SQLite answers with a full scan once
        // the values are bound): both are range scans of the sort index.
        QVariantList binds1;
        const QString where1 = conditions(filter, binds1);
        QVariantList binds2;
        const QString where2 = conditions(filter, binds2);
        const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
        const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM articles a WHERE %1 AND %3 %4 ?) + "
                                           "(SELECT count(*) FROM articles a WHERE %2 AND %3 = ? AND a.id %4 ?)")
                                .arg(where1, where2, expression, before);
        return scalar(sql, binds1 + QVariantList{value} + binds2 + QVariantList{value, id});
    }
    // With a search the hits are few enough to number them all in SQL.
    const bool relevance = key == ArticleSortKey::Relevance;
    const bool ascending = relevance || order == Qt::AscendingOrder;
    Sql sql;
    if (relevance && plan.onlyShortTerms()) {
        // k: 0 for a title hit, 1 otherwise (as in page()).
        const Sql source = searchSource(plan, filter, plan.cjk);
        sql.append(QStringLiteral("SELECT n FROM (SELECT id, row_number() OVER (ORDER BY k, id DESC) - 1 AS n FROM "
                                  "(SELECT articles_cjk.rowid AS id, CASE WHEN articles_cjk.rowid IN (SELECT rowid "
                                  "FROM articles_cjk WHERE articles_cjk MATCH ?) THEN 0 ELSE 1 END AS k"),
                   {QStringLiteral("{title} : (%1)").arg(plan.cjk)});
        sql.append(source.text + QStringLiteral(")) WHERE id = ?"), source.binds);
    } else {
        const QString keyExpression = relevance ? QStringLiteral("bm25(articles_fts, 4.0, 1.0)") : sortExpression(key);
        const Sql source = searchSource(plan, filter, plan.primaryMatch());
        sql.append(QStringLiteral("SELECT n FROM (SELECT a.id AS id, row_number() OVER (ORDER BY %1 %2, a.id %2) - 1 AS n")
                       .arg(keyExpression, direction(ascending)));
        sql.append(source.text + QStringLiteral(") WHERE id = ?"), source.binds);
    }
    sql.binds.append(id);
    return scalar(sql.text, sql.binds);
}

QStringList ArticleSearch::distinctValues(const QString &column) const
{
    m_error.clear();
    // A skip scan over the partial index: one index seek per distinct value, not per article.
    const QString sql = QStringLiteral(
                            "WITH RECURSIVE v(x) AS (SELECT min(%1) FROM articles WHERE deleted_at IS NULL AND %1 > '' "
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
