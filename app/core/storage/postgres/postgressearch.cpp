#include "storage/postgres/postgressearch.h"

#include "model/textstats.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/searchindex.h"
#include "storage/sqlite/cjktokenizer.h"
#include "storage/sqlite/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace galley {

namespace {

using SearchText::OrderTerm;
using SearchText::Sql;
using SearchText::orderBy;

/// BM25 is computed for at most this many of the newest hits of a long query (as on SQLite).
constexpr int RankedCandidates = 2000;


/// A PostgreSQL array literal of \a values, for a "?::text[]" parameter.
QString arrayLiteral(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString value = values.at(i);
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('"'), QLatin1String("\\\""));
        if (i > 0)
            literal += QLatin1Char(',');
        literal += QLatin1Char('"') + value + QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

/// \a term as an ILIKE pattern that matches it anywhere, its own % _ and \ taken literally.
QString containsPattern(const QString &term)
{
    return QLatin1Char('%') + ArticleFields::likeEscaped(term) + QLatin1Char('%');
}

struct SearchPlan {
    bool active = false;
    QStringList terms; ///< as typed
    QStringList longTerms; ///< three or more characters: substrings
    QStringList shortTokens; ///< the CJK tokenizer's query tokens of the shorter terms

    [[nodiscard]] bool matchesNothing() const { return active && longTerms.isEmpty() && shortTokens.isEmpty(); }
    [[nodiscard]] bool onlyShortTerms() const { return longTerms.isEmpty() && !shortTokens.isEmpty(); }
};

SearchPlan planSearch(const QString &search)
{
    SearchPlan plan;
    plan.terms = SearchText::terms(search);
    plan.active = !plan.terms.isEmpty();
    for (const QString &term : std::as_const(plan.terms)) {
        if (SearchText::codePointCount(term) >= 3)
            plan.longTerms.append(term);
        else
            plan.shortTokens += CjkTokenizer::tokens(term, CjkTokenizer::Mode::Query);
    }
    plan.shortTokens.removeDuplicates();
    return plan;
}

Sql columnConditions(const ArticleFilter &filter)
{
    Sql sql { filter.trash ? QStringLiteral("a.deleted_at IS NOT NULL") : QStringLiteral("a.deleted_at IS NULL"), {} };
    if (filter.status)
        sql.append(QStringLiteral(" AND a.status = ?"), { workflowStateKey(*filter.status) });
    if (!filter.desk.isEmpty())
        sql.append(QStringLiteral(" AND a.desk = ?"), { filter.desk });
    if (!filter.byline.isEmpty())
        sql.append(QStringLiteral(" AND a.byline = ?"), { filter.byline });
    return sql;
}

/// \a text case-folded as article_search holds it (title_text, search_text) and as terms are
/// compared with it: Unicode simple case folding, what SQLite's trigram index folds too.
QString folded(const QString &text)
{
    return text.toCaseFolded();
}

/// \a term as a substring of the folded title and text of the search row "s" (pg_trgm answers
/// LIKE '%...%' from the row's trigram index; the row is folded once, when it is written).
Sql termCondition(const QString &term)
{
    return Sql { QStringLiteral("s.search_text LIKE ?"), { containsPattern(folded(term)) } };
}

/// Every long term as a substring of the title or the body.
Sql longTermConditions(const SearchPlan &plan)
{
    Sql sql;
    for (const QString &term : plan.longTerms) {
        sql.append(QStringLiteral(" AND "));
        sql.append(termCondition(term));
    }
    return sql;
}

/// The short terms' tokens, on the search row "s".
Sql shortTermCondition(const SearchPlan &plan)
{
    if (plan.shortTokens.isEmpty())
        return {};
    return Sql { QStringLiteral(" AND s.terms @> ?::text[]"), { arrayLiteral(plan.shortTokens) } };
}

/// The ids of the articles whose search row has every term (live or not: the caller filters).
Sql hitIds(const SearchPlan &plan)
{
    Sql sql { QStringLiteral("SELECT s.article_id FROM article_search s WHERE true"), {} };
    sql.append(longTermConditions(plan));
    sql.append(shortTermCondition(plan));
    return sql;
}

/// "a.id is one of \a ids" (a query of ids) so that the articles are looked up by id, one by
/// one: not knowing how many ids the array holds, the planner never trades the lookups for a
/// scan of the whole table (and its bodies) to join them.
QString idIn(const QString &ids)
{
    return QStringLiteral("a.id = ANY(ARRAY(%1))").arg(ids);
}

/// "FROM ... WHERE ..." of the articles a search (or the plain list) shows.
Sql source(const SearchPlan &plan, const ArticleFilter &filter)
{
    Sql sql;
    if (filter.trash && plan.active) {
        // As on SQLite: the text of the most recently trashed articles only, so the cost stays
        // bounded however big the trash grows; lower() + strpos() as SQLite's lower() + instr(),
        // which folds ASCII only (as lower() does under the "C" collation).
        sql.append(
            QStringLiteral(" FROM articles a WHERE a.id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL "
                           "ORDER BY deleted_at DESC, id DESC LIMIT %1) AND ")
                .arg(SearchText::TrashSearchLimit));
        sql.append(columnConditions(filter));
        for (const QString &term : plan.terms)
            sql.append(QStringLiteral(" AND (strpos(lower(a.title), lower(?::text COLLATE \"C\")) > 0 OR "
                                      "strpos(lower(a.body_text COLLATE \"C\"), lower(?::text COLLATE \"C\")) > 0)"),
                { term, term });
        return sql;
    }
    if (!plan.active) {
        sql.append(QStringLiteral(" FROM articles a WHERE "));
        sql.append(columnConditions(filter));
        return sql;
    }
    // The hits off the GIN indexes of the search rows, then their articles by id.
    const Sql ids = hitIds(plan);
    sql.append(QStringLiteral(" FROM articles a WHERE %1 AND ").arg(idIn(ids.text)), ids.binds);
    sql.append(columnConditions(filter));
    return sql;
}

QString sortExpression(ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Title:
        return QStringLiteral("a.title");
    case ArticleSortKey::Status:
        return QString::fromLatin1(Migrations::StatusOrderExpression)
            .replace(QLatin1String("status"), QLatin1String("a.status"));
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


/// The occurrences of \a term in \a column (a folded column of the search row, as
/// termCondition() matches it).
Sql occurrences(const QString &column, const QString &term)
{
    const qsizetype length = std::max<qsizetype>(1, SearchText::codePointCount(term));
    return Sql { QStringLiteral("((length(%1) - length(replace(%1, ?::text, ''))) / %2)").arg(column).arg(length),
        { folded(term) } };
}

/// The hits of a search as rows (id, t, k) and their order: t groups, k orders within a group.
struct Hits {
    Sql select;
    QList<OrderTerm> order;
};

/// Relevance with a long term, as FTS5's bm25() on SQLite (k1 = 1.2, b = 0.75, a title hit
/// weighs four body hits) for the newest RankedCandidates hits of the long terms, whatever the
/// filter; the older hits follow, newest first. A row's length is its number of trigrams, as
/// there. What the server cannot know without reading every body, the newsroom's average
/// length, is the average character count scaled by trigrams per character of the ranked hits.
Hits longRelevance(const SearchPlan &plan, const ArticleFilter &filter)
{
    Hits hits;
    Sql &sql = hits.select;
    // The long terms' hits come off the trigram indexes once; the ranking and the list reuse them.
    sql.append(QStringLiteral("WITH term_hits AS MATERIALIZED (SELECT a.id FROM articles a WHERE a.deleted_at IS NULL "
                              "AND a.id = ANY(ARRAY(SELECT s.article_id FROM article_search s WHERE true"));
    sql.append(longTermConditions(plan));
    sql.append(QStringLiteral("))"));
    // The newest hits with what the filter and the score need of them.
    sql.append(
        QStringLiteral("), ranked AS MATERIALIZED (SELECT a.id, a.deleted_at, a.status, a.desk, a.byline, "
                       "a.char_count, greatest(length(s.title_text) - 2, 0) + greatest(length(s.search_text) - "
                       "length(s.title_text) - 3, 0) AS d"));
    for (qsizetype i = 0; i < plan.longTerms.size(); ++i) {
        const QString &term = plan.longTerms.at(i);
        // A title hit weighs four; search_text holds the title's hits as well as the body's.
        sql.append(QStringLiteral(", 3 * "));
        sql.append(occurrences(QStringLiteral("s.title_text"), term));
        sql.append(QStringLiteral(" + "));
        sql.append(occurrences(QStringLiteral("s.search_text"), term));
        sql.append(QStringLiteral(" AS f%1").arg(i));
    }
    sql.append(
        QStringLiteral(" FROM articles a JOIN article_search s ON s.article_id = a.id WHERE %1), ")
            .arg(idIn(QStringLiteral("SELECT id FROM term_hits ORDER BY id DESC LIMIT %1").arg(RankedCandidates))));
    sql.append(
        QStringLiteral("live AS MATERIALIZED (SELECT count(*) AS n, avg(char_count) AS c FROM articles WHERE "
                       "deleted_at IS NULL), norm AS MATERIALIZED (SELECT greatest(coalesce((SELECT c FROM live) "
                       "* sum(d) / nullif(sum(char_count), 0), 1), 1)::float8 AS avgdl FROM ranked)"));
    // Each term's weight: its inverse document frequency, as FTS5 computes it (a common term
    // gets 1e-6). With one term it changes no order and costs a count: left out.
    QStringList score;
    for (qsizetype i = 0; i < plan.longTerms.size(); ++i) {
        QString idf = QStringLiteral("1");
        if (plan.longTerms.size() > 1) {
            sql.append(QStringLiteral(", idf%1 AS MATERIALIZED (SELECT greatest(ln(((SELECT n FROM live) - count(*) + "
                                      "0.5) / (count(*) + 0.5)), 1e-6)::float8 AS v FROM articles a JOIN "
                                      "article_search s ON s.article_id = a.id WHERE a.deleted_at IS NULL AND ")
                           .arg(i));
            sql.append(termCondition(plan.longTerms.at(i)));
            sql.append(QStringLiteral(")"));
            idf = QStringLiteral("(SELECT v FROM idf%1)").arg(i);
        }
        score.append(
            QStringLiteral("%1 * (a.f%2 * 2.2) / (a.f%2 + 1.2 * (0.25 + 0.75 * a.d / norm.avgdl))").arg(idf).arg(i));
    }
    const QString shortTermsJoin
        = plan.shortTokens.isEmpty() ? QString() : QStringLiteral(" JOIN article_search s ON s.article_id = a.id");
    // The ranked hits that pass the filter, scored...
    sql.append(QStringLiteral(" SELECT a.id AS id, 0 AS t, -(%1) AS k FROM ranked a CROSS JOIN norm%2 WHERE ")
                   .arg(score.join(QLatin1String(" + ")), shortTermsJoin));
    sql.append(columnConditions(filter));
    sql.append(shortTermCondition(plan));
    // ... then the older ones.
    sql.append(QStringLiteral(" UNION ALL SELECT a.id AS id, 1 AS t, 0 AS k FROM articles a%1 WHERE %2 AND ")
                   .arg(shortTermsJoin,
                       idIn(QStringLiteral("SELECT id FROM term_hits WHERE id < (SELECT coalesce(min(id), 0) FROM "
                                           "ranked)"))));
    sql.append(columnConditions(filter));
    sql.append(shortTermCondition(plan));
    hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    return hits;
}

Hits orderedHits(const SearchPlan &plan, const ArticleFilter &filter, ArticleSortKey key, bool ascending)
{
    if (key == ArticleSortKey::Relevance && !filter.trash && !plan.onlyShortTerms())
        return longRelevance(plan, filter);
    Hits hits;
    const Sql from = source(plan, filter);
    if (filter.trash) {
        const bool relevance = key == ArticleSortKey::Relevance;
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortExpression(key)));
        hits.select.append(from);
        hits.order = { { QStringLiteral("k"), relevance ? false : ascending },
            { QStringLiteral("id"), relevance ? false : ascending } };
    } else if (key == ArticleSortKey::Relevance) {
        // Only short terms: articles with every term in the title first, then the others;
        // newest first in each.
        // (The title hits are a hashed set: looked up per hit, not read per hit.)
        hits.select.append(QStringLiteral("SELECT a.id AS id, CASE WHEN a.id IN (SELECT article_id FROM article_search "
                                          "WHERE terms @> ?::text[] AND title_terms @> ?::text[]) THEN 0 ELSE 1 END "
                                          "AS t, 0 AS k"),
            { arrayLiteral(plan.shortTokens), arrayLiteral(plan.shortTokens) });
        hits.select.append(from);
        hits.order = { { QStringLiteral("t"), true }, { QStringLiteral("k"), true }, { QStringLiteral("id"), false } };
    } else {
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortExpression(key)));
        hits.select.append(from);
        hits.order = { { QStringLiteral("k"), ascending }, { QStringLiteral("id"), ascending } };
    }
    return hits;
}

constexpr auto RowColumns = "a.id, a.title, a.status, a.byline, a.desk, a.updated_at, a.char_count, a.publish_at";

/// Whether CjkTokenizer counts \a c as part of a word (a run of letters, digits and marks).
bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
    return !isCjk(c) && (QChar::isLetterOrNumber(c) || QChar::isMark(c));
}

/// The code point of \a text that ends just before \a at, or 0 at the start.
char32_t codePointBefore(const QString &text, qsizetype at)
{
    if (at <= 0)
        return 0;
    const QChar last = text.at(at - 1);
    if (last.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), last);
    return last.unicode();
}

/// The code point of \a text that starts at \a at, or 0 at the end.
char32_t codePointAt(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return 0;
    const QChar first = text.at(at);
    if (first.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(at + 1));
    return first.unicode();
}

/// Where \a needle occurs in \a text, case-insensitively; as a whole word of the CJK tokenizer
/// (bounded by anything but letters, digits and marks, CJK included) when \a wholeWord.
void markAll(const QString &text, const QString &needle, bool wholeWord, QList<std::pair<qsizetype, qsizetype>> &hits)
{
    if (needle.isEmpty())
        return;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return;
        const qsizetype end = at + needle.size();
        const bool boundaries
            = !wholeWord || (!isWordCharacter(codePointBefore(text, at)) && !isWordCharacter(codePointAt(text, end)));
        if (boundaries)
            hits.append({ at, end });
        from = at + 1;
    }
}

/// \a text with every hit of the search between \x02 and \x03 (overlapping hits merged), or
/// an empty string when nothing in it matches. As FTS5's highlight() on SQLite, which marks the
/// hits of the index the search ran on: the long terms when there are any, else the short ones.
QString marked(const QString &text, const SearchPlan &plan)
{
    QList<std::pair<qsizetype, qsizetype>> hits;
    for (const QString &term : plan.longTerms)
        markAll(text, term, false, hits);
    if (plan.longTerms.isEmpty()) {
        for (const QString &token : plan.shortTokens)
            markAll(text, token, isWordCharacter(token.toUcs4().value(0)), hits);
    }
    if (hits.isEmpty())
        return {};
    std::sort(hits.begin(), hits.end());
    QString result;
    qsizetype position = 0;
    qsizetype i = 0;
    while (i < hits.size()) {
        qsizetype start = hits.at(i).first;
        qsizetype end = hits.at(i).second;
        // Overlapping hits are one; touching ones stay two, as FTS5's highlight() marks them.
        while (++i < hits.size() && hits.at(i).first < end)
            end = std::max(end, hits.at(i).second);
        result += QStringView(text).mid(position, start - position);
        result += QChar(0x02);
        result += QStringView(text).mid(start, end - start);
        result += QChar(0x03);
        position = end;
    }
    result += QStringView(text).mid(position);
    return result;
}

ArticleRow rowFrom(const QSqlQuery &query, const SearchPlan *plan)
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
    if (plan) {
        // As on SQLite: the body when it has a hit, else the title.
        QString text = marked(query.value(8).toString(), *plan);
        if (text.isEmpty())
            text = marked(row.title, *plan);
        row.snippet = SearchText::excerpt(text);
    }
    return row;
}

} // namespace

PostgresSearch::PostgresSearch(Database &database)
    : ArticleSearchEngine(database)
{ }



qint64 PostgresSearch::count(const ArticleFilter &filter)
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return 0;
    if (plan.active && !filter.trash)
        catchUp();
    Sql sql { QStringLiteral("SELECT count(*)"), {} };
    sql.append(source(plan, filter));
    return std::max<qint64>(0, scalar(sql.text, sql.binds));
}

QList<ArticleRow> PostgresSearch::page(
    const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 offset, int limit, qint64 total)
{
    m_error.clear();
    QList<ArticleRow> rows;
    const SearchPlan plan = planSearch(filter.search);
    if (offset < 0 || limit <= 0 || plan.matchesNothing() || (total >= 0 && offset >= total))
        return rows;
    if (plan.active && !filter.trash)
        catchUp();
    if (total == 0)
        return rows;
    // Past the middle, read the list backwards from its end and turn the rows around.
    const bool reverse = total >= 0 && offset > total / 2;
    qint64 skip = offset;
    qint64 take = limit;
    if (reverse) {
        take = std::min<qint64>(limit, total - offset);
        skip = total - offset - take;
    }
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
    const bool snippets = plan.active && !filter.trash;

    Sql sql;
    if (!plan.active) {
        const QList<OrderTerm> terms { { sortExpression(key), ascending }, { QStringLiteral("a.id"), ascending } };
        sql.append(QStringLiteral("SELECT %1, NULL").arg(QLatin1String(RowColumns)));
        sql.append(source(plan, filter));
        sql.append(QStringLiteral(" ORDER BY %1 LIMIT ? OFFSET ?").arg(orderBy(terms, reverse)), { take, skip });
    } else {
        // The page is chosen first; only its rows are then read whole (the body for the snippet).
        // The hits are taken whole off the indexes (MATERIALIZED) and then sorted: left to
        // itself, the planner would walk a sort index testing every body against the terms,
        // which reads the whole table when they are rare.
        const Hits hits = orderedHits(plan, filter, key, ascending);
        sql.append(QStringLiteral("WITH hits AS MATERIALIZED ("));
        sql.append(hits.select);
        sql.append(QStringLiteral("), page AS MATERIALIZED (SELECT id, t, k FROM hits ORDER BY %1 LIMIT ? OFFSET ?) ")
                       .arg(orderBy(hits.order, reverse)),
            { take, skip });
        sql.append(
            QStringLiteral("SELECT %1, %2 FROM page JOIN articles a ON a.id = page.id ORDER BY %3")
                .arg(QLatin1String(RowColumns), snippets ? QStringLiteral("a.body_text") : QStringLiteral("NULL"),
                    orderBy(hits.order, reverse, QStringLiteral("page."))));
    }
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.text, sql.binds))
        return rows;
    rows.reserve(take);
    while (query.next())
        rows.append(rowFrom(query, snippets ? &plan : nullptr));
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

qint64 PostgresSearch::rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id)
{
    m_error.clear();
    const SearchPlan plan = planSearch(filter.search);
    if (plan.matchesNothing())
        return -1;
    if (plan.active && !filter.trash)
        catchUp();
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
    if (!plan.active) {
        // Count the rows before this one: two range scans of the sort index.
        const QString expression = sortExpression(key);
        const Sql where = columnConditions(filter);
        QSqlQuery query(m_database.connection());
        if (!run(query, QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ? AND %2").arg(expression, where.text),
                QVariantList { id } + where.binds)
            || !query.next())
            return -1;
        const QVariant value = query.value(0);
        query.finish();
        const QString comparison = ascending ? QStringLiteral("<") : QStringLiteral(">");
        const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM articles a WHERE %1 AND %2 %3 ?) + "
                                           "(SELECT count(*) FROM articles a WHERE %1 AND %2 = ? AND a.id %3 ?)")
                                .arg(where.text, expression, comparison);
        return scalar(sql, where.binds + QVariantList { value } + where.binds + QVariantList { value, id });
    }
    const Hits hits = orderedHits(plan, filter, key, ascending);
    Sql sql { QStringLiteral("WITH hits AS MATERIALIZED ("), {} };
    sql.append(hits.select);
    sql.append(
        QStringLiteral(") SELECT n FROM (SELECT id, row_number() OVER (ORDER BY %1) - 1 AS n FROM hits) numbered "
                       "WHERE id = ?")
            .arg(orderBy(hits.order, false)),
        { id });
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.text, sql.binds) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList PostgresSearch::distinctValues(const QString &column)
{
    m_error.clear();
    // A skip scan over the sort index: one index seek per distinct value, not per article.
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

PostgresSearch::SearchRow PostgresSearch::searchRow(const QString &title, const QString &bodyText)
{
    QStringList titleTerms = CjkTokenizer::tokens(title, CjkTokenizer::Mode::Document);
    titleTerms.removeDuplicates();
    QStringList terms = titleTerms + CjkTokenizer::tokens(bodyText, CjkTokenizer::Mode::Document);
    terms.removeDuplicates();
    SearchRow row;
    row.titleTerms = arrayLiteral(titleTerms);
    row.terms = arrayLiteral(terms);
    row.titleText = folded(title);
    row.searchText = row.titleText + QLatin1Char('\n') + folded(bodyText);
    return row;
}

bool PostgresSearch::writeTerms(
    const QSqlDatabase &connection, qint64 id, const QString &title, const QString &bodyText, QString *error)
{
    const SearchRow row = searchRow(title, bodyText);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO article_search (article_id, title_terms, terms, title_text, search_text) "
                                 "VALUES (?, ?::text[], ?::text[], ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                 "title_terms = excluded.title_terms, terms = excluded.terms, "
                                 "title_text = excluded.title_text, search_text = excluded.search_text"));
    query.addBindValue(id);
    query.addBindValue(row.titleTerms);
    query.addBindValue(row.terms);
    query.addBindValue(row.titleText);
    query.addBindValue(row.searchText);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM search_pending WHERE article_id = ?"));
        query.addBindValue(id);
        ok = query.exec();
    }
    if (!ok && error)
        *error = sqlErrorText(query.lastError());
    return ok;
}


} // namespace galley
