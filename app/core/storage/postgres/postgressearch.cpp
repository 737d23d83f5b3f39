#include "storage/postgres/postgressearch.h"

#include "model/textstats.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/sqlite/cjktokenizer.h"
#include "storage/sqlite/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace galley {

namespace {

using SearchText::orderBy;
using SearchText::OrderTerm;
using SearchText::SeekedList;
using SearchText::seekPage;
using SearchText::Sql;

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

/// A parameter of \a type, or with \a opaque one whose value the planner does not look at.
///
/// Long and short terms together: the planner estimates a long term's LIKE from its length
/// alone (10 rows for '%paperwork%', in 29,675 articles) and a short term's tokens from the
/// token statistics (70,000 for 草原), so it takes the trigram index's hits and reads the text
/// and tokens of every one to test the rest: 520 ms for "paperwork 草原", which no article holds.
/// Unseen values get one default estimate each, and the planner then intersects the two GIN
/// indexes' hits (BitmapAnd) before it reads a row: 17 ms.
QString parameter(const char *type, bool opaque)
{
    return opaque ? QStringLiteral("(SELECT ?::%1)").arg(QLatin1String(type))
                  : QStringLiteral("?::%1").arg(QLatin1String(type));
}

/// \a term as a substring of the folded title and text of the search row "s" (pg_trgm answers
/// LIKE '%...%' from the row's trigram index; the row is folded once, when it is written).
/// \a opaque: see parameter().
Sql termCondition(const QString &term, bool opaque = false)
{
    return Sql { QStringLiteral("s.search_text LIKE ") + parameter("text", opaque), { containsPattern(folded(term)) } };
}

/// Every long term as a substring of the title or the body.
Sql longTermConditions(const SearchPlan &plan)
{
    Sql sql;
    for (const QString &term : plan.longTerms) {
        sql.append(QStringLiteral(" AND "));
        sql.append(termCondition(term, !plan.shortTokens.isEmpty()));
    }
    return sql;
}

/// The short terms' tokens, on the search row "s".
Sql shortTermCondition(const SearchPlan &plan)
{
    if (plan.shortTokens.isEmpty())
        return {};
    return Sql { QStringLiteral(" AND s.terms @> ") + parameter("text[]", !plan.longTerms.isEmpty()),
        { arrayLiteral(plan.shortTokens) } };
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
    // In bytes: the same count, without reading the text for its characters.
    const QString needle = folded(term);
    const qsizetype bytes = std::max<qsizetype>(1, needle.toUtf8().size());
    return Sql {
        QStringLiteral("((octet_length(%1) - octet_length(replace(%1, ?::text, ''))) / %2)").arg(column).arg(bytes),
        { needle }
    };
}

/// The hits of a search as rows (id, t, k) and their order: t groups, k orders within a group.
struct Hits {
    Sql select;
    QList<OrderTerm> order;
};

/// Appends what the BM25 score needs besides a hit's row ("live", "norm" and per term "idfN",
/// after "ranked") to \a sql; returns each term's part of the score, on the ranked row "a".
/// The newsroom's live articles and their average length come from \a newsroom.
QStringList scoreTerms(const SearchPlan &plan, const PostgresSearch::Newsroom &newsroom, Sql &sql)
{
    sql.append(QStringLiteral("live AS MATERIALIZED (SELECT ?::bigint AS n, ?::float8 AS c), norm AS MATERIALIZED "
                              "(SELECT greatest(coalesce((SELECT c FROM live) * sum(d) / nullif(sum(char_count), 0), "
                              "1), 1)::float8 AS avgdl FROM ranked)"),
        { newsroom.liveArticles, newsroom.averageCharacters });
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
    return score;
}

/// The hits of a search in the trash, or sorted by a column (relevance: relevanceHits()).
Hits orderedHits(const SearchPlan &plan, const ArticleFilter &filter, ArticleSortKey key, bool ascending)
{
    Hits hits;
    const Sql from = source(plan, filter);
    if (filter.trash) {
        const bool relevance = key == ArticleSortKey::Relevance;
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortExpression(key)));
        hits.select.append(from);
        hits.order = { { QStringLiteral("k"), relevance ? false : ascending },
            { QStringLiteral("id"), relevance ? false : ascending } };
    } else {
        hits.select.append(QStringLiteral("SELECT a.id AS id, 0 AS t, %1 AS k").arg(sortExpression(key)));
        hits.select.append(from);
        hits.order = { { QStringLiteral("k"), ascending }, { QStringLiteral("id"), ascending } };
    }
    return hits;
}

// Relevance, page by page: the hits in id order, cut to the rows a page can show, as FTS5 hands
// them out on SQLite. A GIN index hands out its hits in no useful order, so every hit would be
// read and sorted (the cost of a common term, in most of the newsroom, grows with the newsroom).
// Instead the search rows are walked from the newest down, one by one, and the walk stops at the
// window's last hit: a common term's window is in the first rows. Each row read costs a read of
// its tokens or its text, so a walk is bounded (walkRows); below its bound the GIN indexes answer,
// every hit there gathered and sorted, which costs little as the term is rare there. Both give
// the same hits in the same order: only the cost differs. The walk to the newest ranked hits of
// a long term reads no row that is not a hit: the indexes, keyed by id block as well, hand it
// the hits among the ids it covers (Arm::blocks), which it then reads from the newest down.

/// Search rows a walk reads at most: below, the indexes answer. A row whose tokens or text the
/// walk reads costs about ten times one it only looks up (a title's tokens are in the row).
constexpr qint64 MaxWalk = 8000;
constexpr qint64 MaxTitleWalk = 20000;
/// The newest live articles read to see how common the long terms are (see rankedWalk()).
constexpr int ProbeRows = 256;

/// One group of hits in id order, newest first (oldest first when reversed), at most a window.
struct Arm {
    Sql walkHit; ///< a hit, on the walk's row "w" (w.title_terms, w.terms, w.tt and w.st: the folded title and text)
    Sql indexHit; ///< on the search row "s", answered by a GIN index: every hit, perhaps more
    Sql confirm; ///< on "s", read for the index's hits in order until the window is full; may be empty
    Sql articles; ///< on the article "a": live, the filter
    QString below; ///< an id (SQL) that every hit of the arm is below; empty: none
    bool text = false; ///< walkHit reads the text
    bool scored = false; ///< the rows carry what longRanking() scores them by
    qint64 walk = 0; ///< the rows walked before the indexes answer
    /// The walk asks the indexes for the hits in the blocks of ids it covers (IdBlock) and reads
    /// the rows of those only, instead of reading every row it covers.
    bool blocks = false;
};

/// The ids in one id_block of a search row (see PostgresSchema).
constexpr int IdBlock = 256;

/// The id range the walk of \a arm covers, on column \a column; the indexes answer outside it.
/// Ids are taken as dense: \a arm.walk ids from the newest (oldest) search row.
QString walkRange(const Arm &arm, bool reversed, const QString &column, bool inside)
{
    const QString below = arm.below.isEmpty() ? QString() : QStringLiteral(" WHERE article_id < %1").arg(arm.below);
    const QString end = QStringLiteral("(SELECT %1(article_id) FROM article_search%2)")
                            .arg(reversed ? QStringLiteral("min") : QStringLiteral("max"), below);
    QString range;
    if (!reversed)
        range = inside ? QStringLiteral("%1 <= %2 AND %1 > %2 - %3") : QStringLiteral("%1 <= %2 - %3");
    else
        range = inside ? QStringLiteral("%1 >= %2 AND %1 < %2 + %3") : QStringLiteral("%1 >= %2 + %3");
    range = range.arg(column, end).arg(arm.walk);
    if (!arm.below.isEmpty())
        range += QStringLiteral(" AND %1 < %2").arg(column, arm.below);
    return range;
}

/// The id blocks (an integer[] expression) of the id range the walk of \a arm covers.
QString walkBlocks(const Arm &arm, bool reversed)
{
    const QString below = arm.below.isEmpty() ? QString() : QStringLiteral(" WHERE article_id < %1").arg(arm.below);
    const QString series
        = reversed ? QStringLiteral("x.m / %1, (x.m + %2) / %1") : QStringLiteral("(x.m - %2) / %1, x.m / %1");
    return QStringLiteral("ARRAY(SELECT b::integer FROM (SELECT %1(article_id) AS m FROM article_search%2) x, "
                          "generate_series(%3) b)")
        .arg(reversed ? QStringLiteral("min") : QStringLiteral("max"), below, series.arg(IdBlock).arg(arm.walk));
}

/// The hits of \a arm, \a window of them at most, in its order: columns id, and with scored
/// also status, desk, byline, char_count, tt, st (the folded title and text), terms and tc
/// (the row's trigram count).
Sql armHits(const Arm &arm, qint64 window, bool reversed)
{
    const QString direction = reversed ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString extra = arm.scored ? QStringLiteral(", a.status, a.desk, a.byline, a.char_count") : QString();
    const QString outExtra = QStringLiteral(", %1.status, %1.desk, %1.byline, %1.char_count");
    Sql sql { QStringLiteral("SELECT * FROM ("), {} };
    if (arm.walk > 0 && arm.blocks) {
        // The indexes' hits among the walk's blocks (no other row is read), in order, each read
        // once (|| '' detoasts the text once for the hit test and the score) until the window
        // is full.
        sql.append(
            QStringLiteral("(SELECT w.id%1 FROM (SELECT f.id%2, s.title_terms, s.terms, s.title_text AS tt, "
                           "s.search_text || '' AS st, s.trigram_count AS tc FROM (SELECT a.id%3 FROM articles a "
                           "WHERE a.id = ANY(ARRAY(SELECT s.article_id FROM article_search s WHERE ")
                .arg(arm.scored ? outExtra.arg(QLatin1Char('w')) + QStringLiteral(", w.tt, w.st, w.terms, w.tc")
                                : QString(),
                    arm.scored ? outExtra.arg(QLatin1Char('f')) : QString(), extra));
        sql.append(arm.indexHit);
        sql.append(QStringLiteral(" AND s.id_block && %1)) AND %2 AND ")
                       .arg(walkBlocks(arm, reversed), walkRange(arm, reversed, QStringLiteral("a.id"), true)));
        sql.append(arm.articles);
        sql.append(QStringLiteral(" ORDER BY a.id %1 OFFSET 0) f JOIN article_search s ON s.article_id = f.id "
                                  "OFFSET 0) w WHERE ")
                       .arg(direction));
        sql.append(arm.walkHit);
        sql.append(QStringLiteral(" LIMIT %1) UNION ALL ").arg(window));
    } else if (arm.walk > 0) {
        // Read in id order (OFFSET 0 keeps the hit test out of the scan, where the planner would
        // rather answer it from an index, every hit then read and sorted); the text is read once.
        sql.append(QStringLiteral("(SELECT w.id%1 FROM (SELECT a.id%2, s.title_terms, s.terms%3 FROM article_search s "
                                  "JOIN articles a ON a.id = s.article_id WHERE ")
                       .arg(arm.scored ? outExtra.arg(QLatin1Char('w')) + QStringLiteral(", w.tt, w.st, w.terms, w.tc")
                                       : QString(),
                           extra,
                           arm.text ? QStringLiteral(", s.title_text AS tt, s.search_text || '' AS st, "
                                                     "s.trigram_count AS tc")
                                    : QString()));
        sql.append(arm.articles);
        sql.append(QStringLiteral(" AND %1 ORDER BY s.article_id %2 OFFSET 0) w WHERE ")
                       .arg(walkRange(arm, reversed, QStringLiteral("s.article_id"), true), direction));
        sql.append(arm.walkHit);
        sql.append(QStringLiteral(" LIMIT %1) UNION ALL ").arg(window));
    }
    // Below the walk: the indexes' hits, in order, each confirmed until the window is full.
    const bool join = !arm.confirm.text.isEmpty() || arm.scored;
    sql.append(
        QStringLiteral("(SELECT f.id%1 FROM (SELECT a.id%2 FROM articles a WHERE a.id = ANY(ARRAY(SELECT "
                       "s.article_id FROM article_search s WHERE ")
            .arg(arm.scored ? outExtra.arg(QLatin1Char('f'))
                        + QStringLiteral(", s.title_text AS tt, s.search_text AS st, s.terms, s.trigram_count AS tc")
                            : QString(),
                extra));
    sql.append(arm.indexHit);
    sql.append(QStringLiteral(")) AND "));
    if (arm.walk > 0)
        sql.append(walkRange(arm, reversed, QStringLiteral("a.id"), false) + QStringLiteral(" AND "));
    else if (!arm.below.isEmpty())
        sql.append(QStringLiteral("a.id < %1 AND ").arg(arm.below));
    sql.append(arm.articles);
    sql.append(QStringLiteral(" ORDER BY a.id %1 OFFSET 0) f").arg(direction));
    if (join) {
        sql.append(QStringLiteral(" JOIN article_search s ON s.article_id = f.id WHERE true"));
        sql.append(arm.confirm);
    }
    sql.append(QStringLiteral(" LIMIT %1)) arm LIMIT %1").arg(window));
    return sql;
}

/// Whether \a term is CJK throughout: then every bigram of it is among the tokens of a row
/// whose text holds it, and the bigram index finds its candidates without reading any text.
bool isCjkPhrase(const QString &term)
{
    const QList<uint> codePoints = term.toUcs4();
    return codePoints.size() >= 2
        && std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return isCjk(char32_t(c)); });
}

/// The long terms as arm conditions: substrings of the folded text; with \a shortTerms the
/// short terms' tokens as well. Then the index conditions are opaque (see parameter()), and the
/// bigrams of CJK phrases go with the short terms' tokens into one condition: two on the token
/// index, each with the default estimate, look so selective together that the planner leaves
/// the trigram index out and reads the text of every token hit (1.2 s for 旗帜鲜明 草原 paperwork).
void addTerms(Arm &arm, const SearchPlan &plan, bool shortTerms)
{
    const bool opaque = shortTerms && !plan.shortTokens.isEmpty();
    QStringList tokens;
    arm.text = true;
    for (const QString &term : plan.longTerms) {
        const QString needle = folded(term);
        arm.walkHit.append(QStringLiteral(" AND strpos(w.st, ?::text) > 0"), { needle });
        if (isCjkPhrase(term)) {
            // Its bigrams come off the token index exactly; the text is read only to confirm.
            const QStringList bigrams = CjkTokenizer::tokens(term, CjkTokenizer::Mode::Query);
            if (opaque)
                tokens += bigrams;
            else
                arm.indexHit.append(QStringLiteral(" AND s.terms @> ?::text[]"), { arrayLiteral(bigrams) });
            arm.confirm.append(QStringLiteral(" AND strpos(s.search_text, ?::text) > 0"), { needle });
        } else {
            arm.indexHit.append(QStringLiteral(" AND "));
            arm.indexHit.append(termCondition(term, opaque));
        }
    }
    if (!shortTerms || plan.shortTokens.isEmpty())
        return;
    tokens += plan.shortTokens;
    tokens.removeDuplicates();
    arm.walkHit.append(QStringLiteral(" AND w.terms @> ?::text[]"), { arrayLiteral(plan.shortTokens) });
    arm.indexHit.append(QStringLiteral(" AND s.terms @> ") + parameter("text[]", opaque), { arrayLiteral(tokens) });
}

Arm newArm(const ArticleFilter &filter)
{
    Arm arm;
    arm.walkHit.text = QStringLiteral("true");
    arm.indexHit.text = QStringLiteral("true");
    arm.articles = columnConditions(filter);
    return arm;
}

/// Rows to walk for \a window hits that are \a share of the rows, at most \a most; 0 (the
/// indexes alone) when none were seen.
qint64 walkFor(qint64 window, double share, qint64 most)
{
    if (share <= 0)
        return 0;
    return std::min<qint64>(most, qint64(1.5 * double(window) / share) + 64);
}

/// Only short terms: the articles with every term in the title, then the others, each newest
/// first (as on SQLite), \a window of each.
Sql shortRelevanceHits(const SearchPlan &plan, const ArticleFilter &filter, qint64 window, bool reversed)
{
    const QString tokens = arrayLiteral(plan.shortTokens);
    // The title's tokens are in the search row itself (no token array or text to read): its
    // walk goes further. Every title token is among the row's tokens.
    Arm title = newArm(filter);
    title.walkHit.append(QStringLiteral(" AND w.title_terms @> ?::text[]"), { tokens });
    title.indexHit.append(
        QStringLiteral(" AND s.terms @> ?::text[] AND s.title_terms @> ?::text[]"), { tokens, tokens });
    title.walk = std::min(MaxTitleWalk, 40 * window);
    Arm other = newArm(filter);
    other.walkHit.append(
        QStringLiteral(" AND NOT w.title_terms @> ?::text[] AND w.terms @> ?::text[]"), { tokens, tokens });
    other.indexHit.append(
        QStringLiteral(" AND s.terms @> ?::text[] AND NOT s.title_terms @> ?::text[]"), { tokens, tokens });
    other.walk = std::min(MaxWalk, 8 * window);
    Sql sql { QStringLiteral("SELECT id, 0 AS t, 0::float8 AS k FROM ("), {} };
    sql.append(armHits(title, window, reversed));
    sql.append(QStringLiteral(") title UNION ALL SELECT id, 1 AS t, 0::float8 AS k FROM ("));
    sql.append(armHits(other, window, reversed));
    sql.append(QStringLiteral(") other"));
    return sql;
}

/// With a long term: relevance as FTS5's bm25() on SQLite (k1 = 1.2, b = 0.75, a title hit
/// weighs four body hits) for the newest RankedCandidates hits of the long terms, whatever the
/// filter; the older hits follow, newest first. A row's length is its number of trigrams, as
/// there. What the server cannot know without reading every body, the newsroom's average
/// length, is the average character count scaled by trigrams per character of the ranked hits.
/// \a window rows from the list's start (its end when \a reversed): the ranked hits come off a
/// walk of \a rankedWalk ids (see rankedWalk()) and are scored as they are read (their text is
/// read once, their length is stored); the older ones only as far as the window reaches. \a ctes
/// gets the common table expressions the hits select from.
Sql longRelevanceHits(const SearchPlan &plan, const ArticleFilter &filter, qint64 window, bool reversed,
    qint64 rankedWalk, const PostgresSearch::Newsroom &newsroom, Sql &ctes)
{
    ctes.append(QStringLiteral("ranked AS MATERIALIZED (SELECT r.id, NULL::text AS deleted_at, r.status, r.desk, "
                               "r.byline, r.char_count, r.tc AS d"));
    for (qsizetype i = 0; i < plan.longTerms.size(); ++i) {
        const QString &term = plan.longTerms.at(i);
        // A title hit weighs four; st holds the title's hits as well as the body's.
        ctes.append(QStringLiteral(", 3 * "));
        ctes.append(occurrences(QStringLiteral("r.tt"), term));
        ctes.append(QStringLiteral(" + "));
        ctes.append(occurrences(QStringLiteral("r.st"), term));
        ctes.append(QStringLiteral(" AS f%1").arg(i));
    }
    if (!plan.shortTokens.isEmpty())
        ctes.append(QStringLiteral(", r.terms @> ?::text[] AS short_hit"), { arrayLiteral(plan.shortTokens) });
    Arm ranked = newArm(ArticleFilter {});
    addTerms(ranked, plan, false);
    ranked.scored = true;
    ranked.walk = rankedWalk;
    ranked.blocks = true;
    ctes.append(QStringLiteral(" FROM ("));
    ctes.append(armHits(ranked, RankedCandidates, false));
    ctes.append(QStringLiteral(") r), "));
    const QStringList score = scoreTerms(plan, newsroom, ctes);
    ctes.append(QStringLiteral(", "));

    Sql passing { QStringLiteral(" FROM ranked a WHERE "), {} };
    passing.append(columnConditions(filter));
    if (!plan.shortTokens.isEmpty())
        passing.append(QStringLiteral(" AND a.short_hit"));
    Sql sql { QStringLiteral("SELECT a.id AS id, 0 AS t, -(%1) AS k FROM ranked a CROSS JOIN norm WHERE ")
                  .arg(score.join(QLatin1String(" + "))),
        {} };
    sql.append(columnConditions(filter));
    if (!plan.shortTokens.isEmpty())
        sql.append(QStringLiteral(" AND a.short_hit"));
    // The older hits: none when the ranked ones are all there are; from the list's start only
    // as many as the ranked ones that pass the filter leave room for.
    Arm older = newArm(filter);
    addTerms(older, plan, true);
    older.below
        = QStringLiteral("(SELECT CASE WHEN count(*) < %1 THEN 0 ELSE min(id) END FROM ranked)").arg(RankedCandidates);
    older.walk = std::min(MaxWalk, 8 * window);
    sql.append(QStringLiteral(" UNION ALL (SELECT id, 1 AS t, 0 AS k FROM ("));
    sql.append(armHits(older, window, reversed));
    sql.append(QStringLiteral(") older LIMIT CASE WHEN (SELECT count(*) FROM ranked) < %1 THEN 0 ELSE ")
                   .arg(RankedCandidates));
    if (reversed) {
        sql.append(QString::number(window));
    } else {
        sql.append(QStringLiteral("greatest(0, %1 - (SELECT count(*)").arg(window));
        sql.append(passing);
        sql.append(QStringLiteral("))"));
    }
    sql.append(QStringLiteral(" END)"));
    return sql;
}

/// The ids the walk of the newest RankedCandidates hits of the long terms should cover, from how
/// common the terms are among the newest ProbeRows live articles; 0 (the indexes over every id)
/// when none of them is a hit. The walk asks the indexes for the hits among those ids only
/// (Arm::blocks), so a wider walk costs only the hits it reads beyond the RankedCandidates
/// newest (the trigram index confirms each of its hits by reading the text), and one too narrow
/// leaves the rest to the indexes over every older id (every hit read).
qint64 rankedWalk(const QSqlDatabase &connection, const SearchPlan &plan)
{
    Sql sql { QStringLiteral("SELECT count(*), count(*) FILTER (WHERE true"), {} };
    for (const QString &term : plan.longTerms)
        sql.append(QStringLiteral(" AND strpos(w.st, ?::text) > 0"), { folded(term) });
    sql.append(QStringLiteral("), (SELECT max(article_id) - min(article_id) + 1 FROM article_search) FROM (SELECT "
                              "s.search_text || '' AS st FROM article_search s JOIN articles a ON a.id = "
                              "s.article_id WHERE a.deleted_at IS NULL ORDER BY s.article_id DESC LIMIT %1) w")
                   .arg(ProbeRows));
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql.text))
        return 0;
    for (const QVariant &value : std::as_const(sql.binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next() || query.value(0).toLongLong() == 0)
        return 0;
    const double share = query.value(1).toDouble() / query.value(0).toDouble();
    const double rows = query.value(2).toDouble();
    return walkFor(RankedCandidates, share, qint64(rows));
}

/// Whether some search row (of a live article or not) has every term of a search of several:
/// the indexes' hits, until one is confirmed. Terms that are each common but never meet
/// ("paperwork 草原") would otherwise have their long terms' newest hits read and ranked, and the
/// older ones walked, to list nothing. True when it cannot be told.
bool anyHit(const QSqlDatabase &connection, const SearchPlan &plan)
{
    Arm arm = newArm(ArticleFilter {});
    addTerms(arm, plan, true);
    Sql sql { QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_search s WHERE "), {} };
    sql.append(arm.indexHit);
    sql.append(arm.confirm);
    sql.append(QStringLiteral(")"));
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql.text))
        return true;
    for (const QVariant &value : std::as_const(sql.binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return true;
    return query.value(0).toBool();
}

/// Relevance outside the trash: the hits as rows (id, t, k), \a window of them from the list's
/// start (its end when \a reversed), in the order relevanceOrder(); \a ctes gets the common
/// table expressions they select from. \a newsroom is read only with a long term.
Sql relevanceHits(const QSqlDatabase &connection, const std::function<PostgresSearch::Newsroom()> &newsroom,
    const SearchPlan &plan, const ArticleFilter &filter, qint64 window, bool reversed, Sql &ctes)
{
    if (plan.onlyShortTerms())
        return shortRelevanceHits(plan, filter, window, reversed);
    return longRelevanceHits(plan, filter, window, reversed, rankedWalk(connection, plan), newsroom(), ctes);
}

/// quickCount() reads this many rows of a long term's hits at most to count them.
constexpr qint64 CountSample = 200;
/// quickCount() counts the rows that hold a long term's tokens in about this many id blocks
/// spread over the newsroom (every so many blocks), when it has more, and scales the count up;
/// with fewer than CountSampleRows rows counted there, it counts them in every block.
constexpr int CountBlocks = 64;
constexpr int CountSampleRows = 400;

/// \a total to two significant digits (an estimate says no more than it knows).
qint64 roundedEstimate(double total)
{
    if (total < 100)
        return qint64(total + 0.5);
    double unit = 1;
    while (total / unit >= 100)
        unit *= 10;
    return qint64(std::round(total / unit) * unit);
}

/// Groups first, the score within a group, then the newest.
const QList<OrderTerm> relevanceOrder { { QStringLiteral("t"), true }, { QStringLiteral("k"), true },
    { QStringLiteral("id"), false } };

/// A window that holds every hit.
constexpr qint64 AllHits = qint64(1) << 40;

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

PostgresSearch::QueryParameters PostgresSearch::queryParameters(const QString &search)
{
    const SearchPlan plan = planSearch(search);
    QueryParameters parameters;
    for (const QString &term : plan.longTerms)
        parameters.likePatterns.append(containsPattern(folded(term)));
    if (!plan.shortTokens.isEmpty())
        parameters.tokens = arrayLiteral(plan.shortTokens);
    return parameters;
}

PostgresSearch::PostgresSearch(Database &database)
    : ArticleSearchEngine(database)
{ }

PostgresSearch::Newsroom PostgresSearch::newsroom()
{
    if (m_newsroomAge.isValid() && !m_newsroomAge.hasExpired(NewsroomStatsLifetime))
        return m_newsroom;
    QSqlQuery query(m_database.connection());
    Newsroom newsroom;
    if (run(query,
            QStringLiteral("SELECT count(*), coalesce(avg(char_count), 0) FROM articles WHERE deleted_at IS NULL"), {})
        && query.next()) {
        newsroom.liveArticles = query.value(0).toLongLong();
        newsroom.averageCharacters = query.value(1).toDouble();
        m_newsroom = newsroom;
        m_newsroomAge.start();
    }
    return newsroom;
}

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

ListCount PostgresSearch::quickCount(const ArticleFilter &filter)
{
    const bool columnFilters = filter.status || !filter.desk.isEmpty() || !filter.byline.isEmpty();
    const SearchPlan plan = planSearch(filter.search);
    if (!plan.active || filter.trash || plan.matchesNothing() || (plan.onlyShortTerms() && columnFilters)) {
        const qint64 total = count(filter);
        return { total, true, total };
    }
    m_error.clear();
    catchUp();
    const QString tokens = arrayLiteral(plan.shortTokens);
    if (plan.onlyShortTerms()) {
        // The token index is exact: its hits, less those in the trash (looked up one by one).
        const qint64 total
            = scalar(QStringLiteral("SELECT (SELECT count(*) FROM article_search s WHERE s.terms @> "
                                    "?::text[]) - (SELECT count(*) FROM articles a JOIN article_search s "
                                    "ON s.article_id = a.id WHERE a.deleted_at IS NOT NULL AND s.terms "
                                    "@> ?::text[])"),
                { tokens, tokens });
        return { std::max<qint64>(0, total), true, std::max<qint64>(0, total) };
    }
    // Every term's tokens (a CJK phrase's bigrams, a word whole): an index lookup, no text read.
    QStringList allTokens = plan.shortTokens;
    for (const QString &term : plan.longTerms)
        allTokens += CjkTokenizer::tokens(term, CjkTokenizer::Mode::Query);
    allTokens.removeDuplicates();
    const QString withTokens = arrayLiteral(allTokens);
    const bool phrases = std::all_of(plan.longTerms.cbegin(), plan.longTerms.cend(), isCjkPhrase);
    Arm arm = newArm(filter);
    addTerms(arm, plan, true);
    // The sample: rows off the indexes with, for each, whether it is a hit and holds the tokens.
    Sql sql { QStringLiteral("WITH sample AS MATERIALIZED (SELECT s.article_id, true"), {} };
    sql.append(arm.confirm);
    sql.append(QStringLiteral(" AS hit, s.terms @> ?::text[] AS tokens FROM article_search s WHERE "), { withTokens });
    sql.append(arm.indexHit);
    sql.append(QStringLiteral(" LIMIT %1), ").arg(CountSample + 1));
    // The rows that hold the tokens: an estimate needs no more than a count in a sample of the
    // id blocks (a systematic one: every step-th block), which visits the rows of those blocks
    // only, not the page of every row (tens of thousands for a common word).
    sql.append(QStringLiteral("bounds AS MATERIALIZED (SELECT lo, hi, greatest(1, (hi - lo + 1) / %1) AS step FROM "
                              "(SELECT (min(article_id) / %2)::integer AS lo, (max(article_id) / %2)::integer AS hi "
                              "FROM article_search) b), sampled AS MATERIALIZED (SELECT count(*) AS n, (SELECT (hi - "
                              "lo + 1)::float8 / ((hi - lo) / step + 1) FROM bounds) AS scale FROM article_search s "
                              "WHERE s.terms @> ?::text[] AND s.id_block && ARRAY(SELECT generate_series(lo, hi, "
                              "step) FROM bounds)) ")
                   .arg(CountBlocks)
                   .arg(IdBlock),
        { withTokens });
    sql.append(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE hit), count(*) FILTER (WHERE hit AND tokens), "
                              "(SELECT count(*) FROM articles a JOIN sample ON a.id = sample.article_id WHERE "
                              "sample.hit AND "));
    sql.append(arm.articles);
    // Counted only when the sample says the hits are more than it holds; in every block when
    // the newsroom has few or the blocks sampled hold few of the rows.
    const QString everyBlock = QStringLiteral("(SELECT count(*) FROM article_search s WHERE s.terms @> ?::text[])");
    sql.append(QStringLiteral("), CASE WHEN count(*) <= %1 THEN 0 ELSE CASE WHEN (SELECT step FROM bounds) = 1 THEN %2 "
                              "ELSE CASE WHEN (SELECT n FROM sampled) >= %3 THEN (SELECT n * scale FROM sampled) ELSE "
                              "%2 END END END FROM sample")
                   .arg(CountSample)
                   .arg(everyBlock)
                   .arg(CountSampleRows),
        { withTokens, withTokens });
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.text, sql.binds) || !query.next())
        return { -1, true, -1 };
    const qint64 rows = query.value(0).toLongLong();
    const qint64 hits = query.value(1).toLongLong();
    const qint64 hitsWithTokens = query.value(2).toLongLong();
    const qint64 listed = query.value(3).toLongLong();
    const double withTokensTotal = query.value(4).toDouble();
    if (rows <= CountSample)
        return { listed, true, listed };
    // A phrase's sample is of its candidates (every hit holds its bigrams); another term's is
    // of its hits (an article with the word holds the term).
    double total = 0;
    if (phrases)
        total = withTokensTotal * double(hits) / double(rows);
    else if (hitsWithTokens > 0)
        total = withTokensTotal * double(hits) / double(hitsWithTokens);
    if (hits > 0)
        total *= double(listed) / double(hits); // the share that is live and passes the filter
    return { listed, false, std::max(listed, roundedEstimate(total)) };
}

QList<ArticleRow> PostgresSearch::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
    qint64 offset, int limit, qint64 total, const PageNeighbour &neighbour)
{
    m_error.clear();
    QList<ArticleRow> rows;
    const SearchPlan plan = planSearch(filter.search);
    if (offset < 0 || limit <= 0 || plan.matchesNothing() || (total >= 0 && offset >= total))
        return rows;
    if (neighbour.isSet() && !plan.active) {
        const qint64 take = total >= 0 ? std::min<qint64>(limit, total - offset) : limit;
        const SeekedList list { QLatin1String(RowColumns) + QLatin1String(", NULL AS no_snippet"),
            QStringLiteral("articles a"), columnConditions(filter), sortExpression(key),
            key != ArticleSortKey::Relevance && order == Qt::AscendingOrder };
        const Sql sql = seekPage(list, neighbour, take);
        QSqlQuery query(m_database.connection());
        if (!run(query, sql.text, sql.binds))
            return rows;
        while (query.next())
            rows.append(rowFrom(query, nullptr));
        if (neighbour.before > 0)
            std::reverse(rows.begin(), rows.end());
        if (!rows.isEmpty())
            return rows;
        // The neighbour is gone: by offset, as without one.
    }
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
    } else if (key == ArticleSortKey::Relevance && !filter.trash) {
        // Whether anything matches at all, unless the caller's count already says so (the list
        // passes it with every page it fetches).
        if (total < 0 && plan.terms.size() > 1 && !plan.onlyShortTerms() && !anyHit(m_database.connection(), plan))
            return rows;
        // The page is chosen first, off the newest (oldest) hits only; then only its rows are
        // read whole (the body for the snippet).
        Sql ctes;
        const Sql hits = relevanceHits(
            m_database.connection(), [this] { return newsroom(); }, plan, filter, skip + take, reverse, ctes);
        const QList<OrderTerm> &order = relevanceOrder;
        sql.append(QStringLiteral("WITH "));
        sql.append(ctes);
        sql.append(QStringLiteral("page AS MATERIALIZED (SELECT id, t, k FROM ("));
        sql.append(hits);
        sql.append(
            QStringLiteral(") hits ORDER BY %1 LIMIT ? OFFSET ?) ").arg(orderBy(order, reverse)), { take, skip });
        sql.append(QStringLiteral("SELECT %1, a.body_text FROM page JOIN articles a ON a.id = page.id ORDER BY %2")
                       .arg(QLatin1String(RowColumns), orderBy(order, reverse, QStringLiteral("page."))));
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
    // Every hit is numbered, in the order page() lists them (the same hits, read the same way).
    Sql sql { QStringLiteral("WITH "), {} };
    Hits hits;
    if (key == ArticleSortKey::Relevance && !filter.trash) {
        if (plan.terms.size() > 1 && !plan.onlyShortTerms() && !anyHit(m_database.connection(), plan))
            return -1;
        hits.select = relevanceHits(
            m_database.connection(), [this] { return newsroom(); }, plan, filter, AllHits, false, sql);
        hits.order = relevanceOrder;
    } else {
        hits = orderedHits(plan, filter, key, ascending);
    }
    sql.append(QStringLiteral("hits AS MATERIALIZED ("));
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
