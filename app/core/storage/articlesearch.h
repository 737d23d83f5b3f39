#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include <memory>

namespace galley {

class ArticleSearchEngine;
class Database;

/// What the article list shows: filters applied in SQL.
struct ArticleFilter {
    std::optional<WorkflowState> status;
    QString desk;   ///< exact match; empty = any
    QString byline; ///< exact match; empty = any
    QString search; ///< full-text query; empty = no search
    bool trash = false; ///< true: list the trash instead of live articles

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

/// How many articles a filter lists, as far as it can be told without reading every hit.
struct ListCount {
    qint64 count = 0; ///< exact, or (not exact) how many certainly are: more are listed
    bool exact = true;
    qint64 estimate = 0; ///< the total: count when exact, an estimate (at least count) otherwise
};

/// A row near a page of the plain list (no search) that the caller already has: the id of a
/// row before the page (after > 0) or after it (before > 0), \a skip rows away from the page's
/// first (last) row. The page is then read by a seek on the sort index to that row's key and id
/// (keyset pagination), stepping over \a skip index entries, not by counting rows from an end
/// of the list: next to a page the list has, it costs the same anywhere in a million articles.
struct PageNeighbour {
    qint64 after = 0;
    qint64 before = 0;
    qint64 skip = 0; ///< rows between the neighbour and the page

    [[nodiscard]] bool isSet() const { return after > 0 || before > 0; }
};

enum class ArticleSortKey { Relevance, Title, Status, Byline, Desk, UpdatedAt, Characters, PublishAt };

/// One row of the list: only the columns the list shows, never the body.
struct ArticleRow {
    qint64 id = 0;
    QString title;
    WorkflowState status = WorkflowState::Draft;
    QString byline;
    QString desk;
    QDateTime updatedAt;
    qint64 characterCount = 0;
    QString publishAt;
    /// With a search: an excerpt around the first hit, the hit wrapped in \x02 ... \x03
    /// (start/end of highlight), so views can style it without parsing HTML.
    QString snippet;
};

/// Index-backed listing and search over the articles table, on either engine (storage/sqlite/,
/// storage/postgres/): both give the same rows in the same order. Everything is computed in SQL:
/// sorting and filtering use indexes, paging seeks from a neighbouring page (PageNeighbour) or
/// uses LIMIT/OFFSET from the nearer end, search
/// uses FTS5 trigram for queries of three or more characters and the CJK bigram index for
/// shorter ones. Never loads the table into memory.
///
/// Search syntax: whitespace (and any control character, which no article's text holds)
/// separates terms, and an article matches when it contains every
/// term (in its title or body). A term of three or more characters matches as a substring,
/// case-insensitively (trigram index). A one- or two-character term goes to the CJK index: CJK
/// characters match as a substring ("中", "中国"), letters and digits as a whole word ("AI",
/// "5G"). Nothing is a keyword or operator. A query with nothing searchable (only punctuation)
/// matches nothing. The full-text indexes hold live articles only; a search in the trash
/// (ArticleFilter::trash) compares the text of the 2,000 most recently trashed articles instead:
/// older ones are not searched, so the cost stays bounded however big the trash grows.
///
/// Relevance (ArticleSortKey::Relevance with a search), best first:
/// - with a term of three or more characters: BM25 over the trigram index (a hit in the title
///   weighs four hits in the body) for the newest 2000 hits, then the older hits newest first.
///   Ranking every hit of a common word would cost time in proportion to the newsroom.
/// - with only one- and two-character terms (which can match most of a Chinese newsroom):
///   articles with every term in the title first, then the others, each group newest first.
///   Both come straight off the index in id order, so the first page costs the same at any
///   number of hits.
/// In the trash, and without a search, Relevance means UpdatedAt descending.
/// The snippet is computed in SQL, for the rows of the page only.
class ArticleSearch final
{
public:
    explicit ArticleSearch(Database &database);
    ~ArticleSearch();
    ArticleSearch(const ArticleSearch &) = delete;
    ArticleSearch &operator=(const ArticleSearch &) = delete;

    [[nodiscard]] qint64 count(const ArticleFilter &filter) const;
    /// count(), or where counting exactly would read the text of every hit (a term of three or
    /// more characters with many hits on a team server), a lower bound it confirmed and an
    /// estimate of the total; then page() with an unknown total lists them all. Exact on a file.
    [[nodiscard]] ListCount quickCount(const ArticleFilter &filter) const;
    /// Rows [offset, offset + limit) of the filtered list in the given order (ties by id).
    /// Relevance without a search means UpdatedAt descending.
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key,
                                         Qt::SortOrder order, qint64 offset, int limit) const;
    /// Same, when the caller already knows count(filter) (saves counting again to decide
    /// which end of the list is nearer).
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key,
                                         Qt::SortOrder order, qint64 offset, int limit, qint64 total) const;
    /// Same, read from \a neighbour where the list has no search (elsewhere it is not used): the
    /// rows that follow neighbour.after (precede neighbour.before) in the list's order. Empty when
    /// the neighbour is gone: the caller then reads by offset.
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
        qint64 offset, int limit, qint64 total, const PageNeighbour &neighbour) const;
    /// Position of article \a id in the list page() produces, or -1 when it is not in it.
    [[nodiscard]] qint64 rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) const;
    /// Distinct desks and bylines in use (for the filter combo boxes).
    [[nodiscard]] QStringList desks() const;
    [[nodiscard]] QStringList bylines() const;

    /// The last failure (the database's message); empty after a successful call.
    [[nodiscard]] QString errorString() const;

private:
    std::unique_ptr<ArticleSearchEngine> m_engine;
};

} // namespace galley
