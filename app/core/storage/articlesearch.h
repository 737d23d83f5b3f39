#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

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

/// Index-backed listing and search over the articles table. Everything is computed in SQL:
/// sorting and filtering use indexes, paging uses LIMIT/OFFSET from the nearer end, search
/// uses FTS5 trigram for queries of three or more characters and the CJK bigram index for
/// shorter ones. Never loads the table into memory.
class ArticleSearch final
{
public:
    explicit ArticleSearch(Database &database);

    [[nodiscard]] qint64 count(const ArticleFilter &filter) const;
    /// Rows [offset, offset + limit) of the filtered list in the given order (ties by id).
    /// Relevance without a search means UpdatedAt descending.
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key,
                                         Qt::SortOrder order, qint64 offset, int limit) const;
    /// Distinct desks and bylines in use (for the filter combo boxes).
    [[nodiscard]] QStringList desks() const;
    [[nodiscard]] QStringList bylines() const;

    [[nodiscard]] QString errorString() const;

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
