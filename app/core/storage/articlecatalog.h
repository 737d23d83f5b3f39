#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace galley {

class Database;

/// What a batch job needs to know about many articles before it reads any of them whole:
/// the columns that name and list an article, and the start of the body (for deriving a
/// summary), never the full body.
struct ArticleHeadline {
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString title;
    QString summary;
    QString bodyStart; ///< the first BodyStartLength characters of body_html, only when summary is empty
    QString publishAt;
    std::optional<qint64> views;
    bool inTrash = false;
};

/// Reads ArticleHeadlines in bulk on one Database connection (for the export's select stage:
/// one query per few hundred articles instead of a full load each).
class ArticleCatalog final
{
public:
    static constexpr int BodyStartLength = 2048;

    explicit ArticleCatalog(Database &database);

    /// Headlines of \a ids (trashed ones included, flagged), in ascending id order; ids that do
    /// not exist are missing from the result. nullopt on a database error (see errorString()).
    [[nodiscard]] std::optional<QList<ArticleHeadline>> headlines(const QList<qint64> &ids) const;
    [[nodiscard]] QString errorString() const;

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
