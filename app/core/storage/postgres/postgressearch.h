#pragma once

#include "storage/searchengine.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace galley {

class Database;

/// ArticleSearch on a team server, with the same hits and order as the SQLite engine:
/// - what it searches is article_search, one row per article written from its title and text
///   after each change (SearchIndex: a save only marks it pending; every search first brings
///   the pending rows up to date, so results are exact);
/// - a term of three or more characters is a substring of the case-folded title or text:
///   LIKE on search_text, answered by its pg_trgm GIN index (folded once, when written: no
///   lower() per row);
/// - shorter terms go through Galley's CJK tokenizer (CjkTokenizer, query mode) and are looked
///   up in the row's tokens of the title and body (document mode), a GIN indexed array: CJK
///   characters as unigrams and bigrams, other words whole;
/// - by relevance, a page needs only the newest (or oldest) hits of each group: the search rows
///   are walked from the newest down, a bounded number of them, each read for its tokens or
///   text, and the walk stops at the page's last hit (a common term's are in the first rows);
///   below the walk the GIN indexes answer, their hits gathered and sorted (few, or the walk
///   would have found them). The newest 2,000 hits of a long term are walked only when the
///   newest articles show the term common enough for that to cost less than the indexes;
/// - sorted by a column, the hits come off those indexes and are sorted; their articles are
///   looked up by id. No sort key and no filter turns a search into a scan of the table;
/// - snippets are marked here, as FTS5's highlight() marks them on SQLite (the long terms when
///   there are any, else the short ones; touching hits apart, overlapping ones as one).
/// Relevance with only short terms: title hits first, newest first in each group, as on SQLite.
/// With a long term the newest 2,000 hits of the long terms are ranked by FTS5's bm25() formula
/// (k1 = 1.2, b = 0.75, a title hit weighs four body hits, IDF per term, a row's length in
/// trigrams), then the older hits newest first: the same articles in the same groups as SQLite.
/// Only the newsroom's average length, which SQLite keeps and a server would have to read every
/// body for, is estimated (the average character count, scaled by the trigrams per character of
/// the ranked hits): within the ranked group, near-ties may come in another order.
class PostgresSearch final : public ArticleSearchEngine
{
public:
    explicit PostgresSearch(Database &database);

    [[nodiscard]] qint64 count(const ArticleFilter &filter) override;
    /// Only short terms and no column filter: their GIN index's hits less the trashed ones,
    /// exact. A long term: the first CountSample rows off the indexes (a CJK phrase's bigram
    /// candidates, another term's trigram hits) are read; when that is all of them the count
    /// is exact, otherwise the hits it confirmed are the lower bound and the total is estimated
    /// from the articles that hold every term's tokens (a GIN count) and their share of the
    /// hits in the sample. Anything else: count().
    [[nodiscard]] ListCount quickCount(const ArticleFilter &filter) override;
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
        qint64 offset, int limit, qint64 total,
        const PageNeighbour &neighbour) override;
    [[nodiscard]] qint64 rowOf(
        const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) override;
    [[nodiscard]] QStringList distinctValues(const QString &column) override;

    /// What article_search holds for an article: its CJK tokens (title, all) as PostgreSQL array
    /// literals, and its case-folded title and title + line break + text.
    struct SearchRow {
        QString titleTerms;
        QString terms;
        QString titleText;
        QString searchText;
    };
    [[nodiscard]] static SearchRow searchRow(const QString &title, const QString &bodyText);

    /// Writes article \a id's search row (searchRow() of its title and text) and clears its
    /// pending mark, in the caller's transaction (SearchIndex and the copy call it).
    [[nodiscard]] static bool writeTerms(
        const QSqlDatabase &connection, qint64 id, const QString &title, const QString &bodyText, QString *error);

    /// The values a search string binds: a LIKE pattern per term of three or more characters
    /// (case-folded, its own % _ and \\ escaped) and the CJK tokens of the shorter terms as one
    /// text[] literal (empty when there are none). For tests and tests/fuzz.
    struct QueryParameters {
        QStringList likePatterns;
        QString tokens;
    };
    [[nodiscard]] static QueryParameters queryParameters(const QString &search);

    /// What BM25 needs of the whole newsroom: its live articles and their average length.
    struct Newsroom {
        qint64 liveArticles = 0;
        double averageCharacters = 0;
    };

private:
    /// Counted once a minute at most (reading every live article costs tens of milliseconds on
    /// a big newsroom): only the ranking of near-ties depends on it. page() and rowOf() use the
    /// same numbers, so that they agree on the order.
    [[nodiscard]] Newsroom newsroom();

    static constexpr qint64 NewsroomStatsLifetime = 60 * 1000;
    Newsroom m_newsroom;
    QElapsedTimer m_newsroomAge;
};

} // namespace galley
