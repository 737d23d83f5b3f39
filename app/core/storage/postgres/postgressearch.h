#pragma once

#include "storage/searchengine.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace galley {

class Database;

/// ArticleSearch on a team server, with the same hits and order as the SQLite engine:
/// - a term of three or more characters is a case-insensitive substring of the title or body:
///   ILIKE, answered by the pg_trgm GIN indexes (articles_title_trgm, articles_body_trgm);
/// - shorter terms go through Galley's CJK tokenizer (CjkTokenizer, query mode) and are looked
///   up in article_terms, the tokens of each article's title and body (document mode) in a GIN
///   indexed array: CJK characters as unigrams and bigrams, other words whole;
/// - never a sequential scan of the bodies.
/// Relevance with only short terms: title hits first, newest first in each group, as on SQLite.
/// With a long term the newest 2,000 hits are ranked by a BM25-style score of their term counts
/// (a title hit weighs four body hits; no IDF across terms, unlike FTS5's bm25()), then the
/// older hits newest first: the same articles in the same groups as SQLite, ordered within the
/// ranked group by a close but not identical score.
class PostgresSearch final : public ArticleSearchEngine
{
public:
    explicit PostgresSearch(Database &database);

    [[nodiscard]] qint64 count(const ArticleFilter &filter) override;
    [[nodiscard]] QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
        qint64 offset, int limit, qint64 total) override;
    [[nodiscard]] qint64 rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) override;
    [[nodiscard]] QStringList distinctValues(const QString &column) override;

    /// Writes the search tokens of article \a id (title and body text) into article_terms, in
    /// the caller's transaction. ArticleRepository calls it whenever the text is written.
    [[nodiscard]] static bool writeTerms(
        const QSqlDatabase &connection, qint64 id, const QString &title, const QString &bodyText, QString *error);

private:
    bool run(QSqlQuery &query, const QString &sql, const QList<QVariant> &binds) const;
    [[nodiscard]] qint64 scalar(const QString &sql, const QList<QVariant> &binds) const;

    Database &m_database;
};

} // namespace galley
