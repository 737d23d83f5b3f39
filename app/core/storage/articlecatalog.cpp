#include "articlecatalog.h"

#include "database.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace galley {

ArticleCatalog::ArticleCatalog(Database &database)
    : m_database(database)
{
}

QString ArticleCatalog::errorString() const
{
    return m_error;
}

std::optional<QList<ArticleHeadline>> ArticleCatalog::headlines(const QList<qint64> &ids) const
{
    m_error.clear();
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    QList<ArticleHeadline> result;
    result.reserve(sorted.size());
    // Below SQLite's default limit of bound parameters, and cheap to prepare.
    constexpr qsizetype Chunk = 500;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < sorted.size(); start += Chunk) {
        const qsizetype count = std::min(Chunk, sorted.size() - start);
        QStringList marks;
        marks.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            marks.append(QStringLiteral("?"));
        query.prepare(QStringLiteral("SELECT id, uuid, slug, title, summary, "
                                     "CASE WHEN summary = '' THEN substr(body_html, 1, %1) ELSE '' END, "
                                     "publish_at, views, deleted_at IS NOT NULL "
                                     "FROM articles WHERE id IN (%2) ORDER BY id")
                          .arg(BodyStartLength)
                          .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(sorted.at(start + i));
        if (!query.exec()) {
            m_error = sqlErrorText(query.lastError());
            return std::nullopt;
        }
        while (query.next()) {
            ArticleHeadline headline;
            headline.id = query.value(0).toLongLong();
            headline.uuid = query.value(1).toString();
            headline.slug = query.value(2).toString();
            headline.title = query.value(3).toString();
            headline.summary = query.value(4).toString();
            headline.bodyStart = query.value(5).toString();
            headline.publishAt = query.value(6).toString();
            if (!query.value(7).isNull())
                headline.views = query.value(7).toLongLong();
            headline.inTrash = query.value(8).toBool();
            result.append(headline);
        }
    }
    return result;
}

} // namespace galley
