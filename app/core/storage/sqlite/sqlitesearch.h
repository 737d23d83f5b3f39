#pragma once

#include "storage/searchengine.h"

class QSqlQuery;

namespace galley {

class Database;

/// ArticleSearch on a newsroom file: FTS5 trigram for terms of three or more characters, the
/// galley_cjk bigram index for shorter ones, partial indexes (with INDEXED BY where SQLite's
/// planner would choose badly) for the list. Every search first catches up on the articles a
/// save left pending (SearchIndex), so results are exact.
class SqliteSearch final : public ArticleSearchEngine
{
public:
    explicit SqliteSearch(Database &database);

    [[nodiscard]] qint64 count(const ArticleFilter &filter) override;
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
        qint64 offset, int limit, qint64 total,
        const PageNeighbour &neighbour) override;
    [[nodiscard]] qint64 rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) override;
    [[nodiscard]] QStringList distinctValues(const QString &column) override;

    /// The FTS5 MATCH expressions a search string becomes: for articles_fts the terms of three
    /// or more characters, for articles_cjk the tokens of the shorter ones (both empty when the
    /// search has nothing searchable: it matches nothing). For tests and tests/fuzz.
    struct MatchExpressions {
        QString trigram;
        QString cjk;
    };
    [[nodiscard]] static MatchExpressions matchExpressions(const QString &search);
};

} // namespace galley
