#include "storage/sqlite/sqlitesearch.h"

#include "storage/sqlite/cjktokenizer.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/searchindex.h"
#include "storage/sqlite/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

using SearchText::OrderTerm;
using SearchText::SeekedList;
using SearchText::seekPage;
using SearchText::Sql;
using SearchText::orderBy;

/// BM25 is computed for at most this many of the newest hits of a long query (see the header).
constexpr int RankedCandidates = 2000;

using SearchText::TrashSearchLimit;
using SearchText::excerpt;


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
    plan.terms = SearchText::terms(search);
    if (plan.terms.isEmpty())
        return plan;
    plan.active = true;
    QStringList longTerms;
    QStringList shortTokens;
    for (const QString &term : std::as_const(plan.terms)) {
        if (SearchText::codePointCount(term) >= 3) {
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

/// A list sort key: the column expression and the partial index of the schema that is ordered
/// by it (see migrations.cpp), side by side so that they cannot drift apart.
struct SortColumn {
    QString expression;
    QString index;
};

SortColumn sortColumn(ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Title:
        return { QStringLiteral("a.title"), QStringLiteral("articles_live_title") };
    case ArticleSortKey::Status:
        return { QString::fromLatin1(Migrations::StatusOrderExpression), QStringLiteral("articles_live_status_order") };
    case ArticleSortKey::Byline:
        return { QStringLiteral("a.byline"), QStringLiteral("articles_live_byline") };
    case ArticleSortKey::Desk:
        return { QStringLiteral("a.desk"), QStringLiteral("articles_live_desk") };
    case ArticleSortKey::Characters:
        return { QStringLiteral("a.char_count"), QStringLiteral("articles_live_chars") };
    case ArticleSortKey::PublishAt:
        return { QStringLiteral("a.publish_at"), QStringLiteral("articles_live_publish") };
    case ArticleSortKey::UpdatedAt:
    case ArticleSortKey::Relevance:
        break;
    }
    return { QStringLiteral("a.updated_at"), QStringLiteral("articles_live_updated") };
}

/// "FROM ... WHERE ..." of the live articles matching \a match in the plan's index. The index
/// holds live articles only, so without a column filter no article row is touched; otherwise
/// (or when \a needsRow) each hit is looked up in articles_live_list, which holds every list
/// column but the text (the row itself would cost a walk through its overflow pages).
/// \a idRange, a condition on the id "%1", bounds the hits, and the short terms' hits too.
Sql hitSource(const SearchPlan &plan, const ArticleFilter &filter, const QString &match, bool needsRow,
    const QString &idRange = {})
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
    if (!idRange.isEmpty())
        sql.append(QStringLiteral(" AND ") + idRange.arg(index + QStringLiteral(".rowid")));
    // The short terms' hits (in the same id range), gathered once into a set that each long-term
    // hit is looked up in. A plain "rowid IN" is handed to FTS5 as a rowid constraint, and SQLite
    // then runs the trigram query once per short-term hit, each run seeking through every
    // trigram's doclist: about 80 s for "paperwork 草原" (70,000 hits of 草原, none with
    // paperwork) on the 100k bench newsroom. The unary + keeps the constraint out of FTS5.
    if (!plan.trigram.isEmpty() && !plan.cjk.isEmpty()) {
        sql.append(
            QStringLiteral(" AND +%1.rowid IN (SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH ?%2)")
                .arg(index,
                    idRange.isEmpty() ? QString() : QStringLiteral(" AND ") + idRange.arg(QLatin1String("rowid"))),
            { plan.cjk });
    }
    return sql;
}

/// The trash is not in the full-text indexes (so live searches never step over it): a search
/// there compares the text of the TrashSearchLimit most recently trashed articles,
/// case-insensitively, every term in turn, so its cost does not grow with the trash.
Sql trashSource(const SearchPlan &plan, const ArticleFilter &filter)
{
    QVariantList binds;
    Sql sql;
    sql.append(QStringLiteral(" FROM articles a WHERE a.id IN (SELECT id FROM articles INDEXED BY articles_trash "
                              "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT %1) AND ")
                       .arg(TrashSearchLimit)
            + conditions(filter, binds),
        binds);
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

/// \a arm (a SELECT of id, t, k) cut to the \a window rows of it a page can need, by id: the
/// newest or, read from the end of the list (\a reversed), the oldest. FTS5 hands out hits in
/// rowid order, so the cut arm stops after \a window hits instead of sorting all of them.
Sql limitedArm(const Sql &arm, qint64 window, bool reversed)
{
    if (window < 0)
        return arm;
    return Sql { QStringLiteral("SELECT id, t, k FROM (%1 ORDER BY id %2 LIMIT %3)")
                     .arg(arm.text, reversed ? QStringLiteral("ASC") : QStringLiteral("DESC"))
                     .arg(window),
        arm.binds };
}

/// Whether the hits are listed by BM25 over the newest RankedCandidates hits of the long terms.
bool ranksLongTerms(const SearchPlan &plan, const ArticleFilter &filter, ArticleSortKey key)
{
    return key == ArticleSortKey::Relevance && !filter.trash && !plan.trigram.isEmpty();
}

/// The id of the oldest of the newest RankedCandidates hits of the long terms, from which on
/// hits are ranked: NULL (0) when the long terms have no hit, and then nothing matches. Looked
/// up once before the hits are, so that the arms of orderedHits() can give it to FTS5 as a
/// rowid range (an AND of terms that never meet costs a walk of their doclists, whatever range).
Sql rankedCutQuery(const SearchPlan &plan)
{
    return Sql { QStringLiteral("SELECT min(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                "ORDER BY rowid DESC LIMIT %1)")
                     .arg(RankedCandidates),
        { plan.trigram } };
}

/// With \a window >= 0, only the hits a page of offset + limit = \a window (counted from the
/// list's end when \a reversed) can show need to be selected; -1 selects them all. \a rankedCut:
/// see rankedCutQuery() (used by Relevance with a long term only).
Hits orderedHits(const SearchPlan &plan, const ArticleFilter &filter, ArticleSortKey key, bool ascending,
    qint64 rankedCut, qint64 window = -1, bool reversed = false)
{
    Hits hits;
    const QString index = plan.index();
    const QString rowid = index + QStringLiteral(".rowid");
    if (filter.trash) {
        const bool relevance = key == ArticleSortKey::Relevance;
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortColumn(key).expression));
        hits.select.append(trashSource(plan, filter));
        hits.order = { { QStringLiteral("k"), relevance ? false : ascending },
            { QStringLiteral("id"), relevance ? false : ascending } };
    } else if (key == ArticleSortKey::Relevance && plan.onlyShortTerms()) {
        // Articles with every term in the title first, then the others; newest first in each.
        // Both arms stream off the index in rowid order: no hit is scored or sorted.
        const QString titleMatch = QStringLiteral("{title} : (%1)").arg(plan.cjk);
        const QString otherMatch = QStringLiteral("(%1) NOT {title} : (%1)").arg(plan.cjk);
        Sql title { QStringLiteral("SELECT %1 AS id, 0 AS t, 0 AS k").arg(rowid), {} };
        title.append(hitSource(plan, filter, titleMatch, false));
        Sql other { QStringLiteral("SELECT %1 AS id, 1 AS t, 0 AS k").arg(rowid), {} };
        other.append(hitSource(plan, filter, otherMatch, false));
        hits.select.append(limitedArm(title, window, reversed));
        hits.select.append(QStringLiteral(" UNION ALL "));
        hits.select.append(limitedArm(other, window, reversed));
        hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    } else if (key == ArticleSortKey::Relevance) {
        // BM25 over the newest RankedCandidates hits (a title hit weighs four body hits), then
        // the older hits newest first: the cost stays bounded however common the words are.
        hits.select.append(QStringLiteral("SELECT %1 AS id, 0 AS t, bm25(articles_fts, 4.0, 1.0) AS k").arg(rowid));
        hits.select.append(
            hitSource(plan, filter, plan.trigram, false, QStringLiteral("%1 >= ") + QString::number(rankedCut)));
        Sql older { QStringLiteral("SELECT %1 AS id, 1 AS t, 0 AS k").arg(rowid), {} };
        older.append(
            hitSource(plan, filter, plan.trigram, false, QStringLiteral("%1 < ") + QString::number(rankedCut)));
        hits.select.append(QStringLiteral(" UNION ALL "));
        hits.select.append(limitedArm(older, window, reversed));
        hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    } else {
        hits.select.append(QStringLiteral("SELECT %1 AS id, 0 AS t, %2 AS k").arg(rowid, sortColumn(key).expression));
        hits.select.append(hitSource(plan, filter, plan.match(), true));
        hits.order = { { QStringLiteral("k"), ascending }, { QStringLiteral("id"), ascending } };
    }
    return hits;
}

constexpr auto RowColumns = "a.id, a.title, a.status, a.byline, a.desk, a.updated_at, a.char_count, a.publish_at";

/// The partial index that lists the live articles in the order of \a key (migrations.cpp).
/// How a filtered list without a search is read.
struct ListPath {
    QString indexedBy; ///< " INDEXED BY ..." or empty: SQLite's choice
    bool byIdOnly = false; ///< the sort key is one value throughout: order by id alone
};

/// SQLite answers "status = ? ORDER BY title" from the status index and sorts every matching
/// row (1-2 s for a sixth of a million articles), even for a page of 256: its planner does not
/// weigh LIMIT against the rows a sort needs. Walking the sort index instead, and skipping the
/// rows the filter rejects, costs about (offset + limit) * live / matching row reads, against
/// some matching * log(matching) for the sort: the walk wins for the pages near either end of
/// any list that is not tiny (the far half is read backwards, see page()), the sort for the
/// middle of a very selective one. \a rows is offset + limit of the page, counted from its end;
/// \a live about the number of live articles.
ListPath listPath(const ArticleFilter &filter, ArticleSortKey key, qint64 rows, qint64 matching, qint64 live)
{
    ListPath path;
    if (filter.trash || !hasColumnFilter(filter) || matching <= 0)
        return path;
    // Filtered on the sort column: every row has the same key, the order is by id, and
    // articles_live_list (by id, with every filter column) is walked without a row read.
    if ((key == ArticleSortKey::Status && filter.status) || (key == ArticleSortKey::Desk && !filter.desk.isEmpty())
        || (key == ArticleSortKey::Byline && !filter.byline.isEmpty())) {
        path.indexedBy = QStringLiteral(" INDEXED BY articles_live_list");
        path.byIdOnly = true;
        return path;
    }
    // Newest first within one status, desk or byline has an index of its own: SQLite finds it.
    if (key == ArticleSortKey::UpdatedAt || key == ArticleSortKey::Relevance)
        return path;
    const double walk = double(rows) * double(std::max(live, matching)) / double(matching);
    const double sort = double(matching) * std::max(1.0, std::log2(double(matching)));
    if (walk < sort)
        path.indexedBy = QStringLiteral(" INDEXED BY ") + sortColumn(key).index;
    return path;
}

/// The text of page row "page.id" with every hit marked, by the index the search ran on: the
/// body when it has a hit, else the title. excerpt() cuts it down in C++: FTS5's snippet()
/// counts its window in tokens and cuts a hit that straddles the window's edge (a highlighted
/// "旗帜鲜" of "旗帜鲜明"), and trigram tokens overlap, so no token count maps to whole hits.
Sql snippetColumn(const SearchPlan &plan, const ArticleFilter &filter)
{
    if (filter.trash)
        return Sql { QStringLiteral("NULL"), {} };
    const QString index = plan.index();
    return Sql { QStringLiteral(
                     "(SELECT CASE WHEN instr(b, char(2)) > 0 THEN b ELSE t END FROM "
                     "(SELECT highlight(%1, 1, char(2), char(3)) AS b, "
                     "highlight(%1, 0, char(2), char(3)) AS t FROM %1 WHERE %1 MATCH ? AND rowid = page.id))")
                     .arg(index),
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
    row.snippet = excerpt(query.value(8).toString());
    return row;
}

} // namespace

SqliteSearch::SqliteSearch(Database &database)
    : ArticleSearchEngine(database)
{ }




SqliteSearch::MatchExpressions SqliteSearch::matchExpressions(const QString &search)
{
    const SearchPlan plan = planSearch(search);
    return { plan.trigram, plan.cjk };
}

qint64 SqliteSearch::count(const ArticleFilter &filter)
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return 0;
    if (plan.active && !filter.trash)
        catchUp();
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

QList<ArticleRow> SqliteSearch::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
    qint64 offset, int limit, qint64 total, const PageNeighbour &neighbour)
{
    m_error.clear();
    QList<ArticleRow> rows;
    const SearchPlan plan = planSearch(filter.search);
    if (offset < 0 || limit <= 0 || plan.matchesNothing() || (total >= 0 && offset >= total))
        return rows;
    if (neighbour.isSet() && !plan.active) {
        const qint64 take = total >= 0 ? std::min<qint64>(limit, total - offset) : limit;
        QVariantList binds;
        const QString where = conditions(filter, binds);
        // A filtered list seeks in its sort index and skips the rows the filter rejects (a walk,
        // see listPath(), from the right place), unless the filter is on the sort column.
        ListPath path = listPath(filter, key, take, total, total);
        const SortColumn column = sortColumn(key);
        if (hasColumnFilter(filter) && !filter.trash && !path.byIdOnly && key != ArticleSortKey::UpdatedAt
            && key != ArticleSortKey::Relevance)
            path.indexedBy = QStringLiteral(" INDEXED BY ") + column.index;
        const SeekedList list { QLatin1String(RowColumns) + QLatin1String(", NULL AS no_snippet"),
            QStringLiteral("articles a") + path.indexedBy,
            Sql { where, binds }, path.byIdOnly ? QString() : column.expression,
            key != ArticleSortKey::Relevance && order == Qt::AscendingOrder };
        const Sql sql = seekPage(list, neighbour, take);
        QSqlQuery query(m_database.connection());
        if (!run(query, sql.text, sql.binds))
            return rows;
        while (query.next())
            rows.append(rowFrom(query));
        if (neighbour.before > 0)
            std::reverse(rows.begin(), rows.end());
        if (!rows.isEmpty())
            return rows;
        // The neighbour is gone: by offset, as without one.
    }
    // A filtered list picks its index by the number of rows it holds (see listPath()).
    if (total < 0 && !plan.active && hasColumnFilter(filter))
        total = count(filter);
    if (total == 0)
        return rows;
    if (plan.active && !filter.trash)
        catchUp();

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
        QList<OrderTerm> terms { { sortColumn(key).expression, ascending }, { QStringLiteral("a.id"), ascending } };
        // About the number of live articles: the highest id (articles are rarely purged), one seek.
        const qint64 live = hasColumnFilter(filter) && !filter.trash
            ? scalar(QStringLiteral("SELECT max(id) FROM articles"), {})
            : 0;
        const ListPath path = listPath(filter, key, skip + take, total, live);
        if (path.byIdOnly)
            terms.removeFirst();
        sql.append(QStringLiteral("SELECT %1, NULL FROM articles a%2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                       .arg(QLatin1String(RowColumns), path.indexedBy, where, orderBy(terms, reverse)),
            binds + QVariantList { take, skip });
    } else {
        // The page is chosen first, from the indexes alone (MATERIALIZED keeps SQLite from
        // merging it into the outer query); only its rows are then read and get a snippet.
        qint64 cut = 0;
        if (ranksLongTerms(plan, filter, key)) {
            const Sql cutQuery = rankedCutQuery(plan);
            cut = scalar(cutQuery.text, cutQuery.binds);
            if (cut <= 0) // no hit of the long terms, or a failure (errorString())
                return rows;
        }
        const Hits hits = orderedHits(plan, filter, key, ascending, cut, skip + take, reverse);
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

qint64 SqliteSearch::rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id)
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return -1;
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
    if (plan.active) {
        if (!filter.trash)
            catchUp();
        // Search hits are numbered in SQL, in the order page() lists them.
        qint64 cut = 0;
        if (ranksLongTerms(plan, filter, key)) {
            const Sql cutQuery = rankedCutQuery(plan);
            cut = scalar(cutQuery.text, cutQuery.binds);
            if (cut <= 0)
                return -1;
        }
        const Hits hits = orderedHits(plan, filter, key, ascending, cut);
        Sql sql { QStringLiteral("SELECT n FROM (SELECT id, row_number() OVER (ORDER BY %1) - 1 AS n FROM (")
                      .arg(orderBy(hits.order, false)),
            {} };
        sql.append(hits.select);
        sql.append(QStringLiteral(")) WHERE id = ?"), { id });
        return scalar(sql.text, sql.binds);
    }
    // Count the rows before this one: two range scans of the sort index. (One OR of the two
    // conditions is answered with a full scan once the values are bound.)
    const QString expression = sortColumn(key).expression;
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

QStringList SqliteSearch::distinctValues(const QString &column)
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

} // namespace galley
