#include "storage/articlejson.h"

#include "model/textstats.h"
#include "storage/articlesearch.h"

#include <QJsonArray>

namespace galley {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    const TextStats stats = computeTextStats(article.bodyText);
    QJsonArray related;
    for (const RelatedItem &item : article.related) {
        related.append(QJsonObject{
            {QStringLiteral("title"), item.title},
            {QStringLiteral("summary"), item.summary},
            {QStringLiteral("published_at"), item.publishedAt},
            {QStringLiteral("views"), optionalNumber(item.views)},
            {QStringLiteral("url"), item.url},
            {QStringLiteral("article_id"), optionalNumber(item.targetArticleId)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), static_cast<double>(article.id)},
        {QStringLiteral("uuid"), article.uuid},
        {QStringLiteral("slug"), article.slug},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("subtitle"), article.subtitle},
        {QStringLiteral("summary"), article.summary},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("editor"), article.editor},
        {QStringLiteral("desk"), article.desk},
        {QStringLiteral("tags"), QJsonArray::fromStringList(article.tags)},
        {QStringLiteral("status"), workflowStateKey(article.status)},
        {QStringLiteral("publish_at"), article.publishAt},
        {QStringLiteral("views"), optionalNumber(article.views)},
        {QStringLiteral("version"), static_cast<double>(article.version)},
        {QStringLiteral("created_at"), isoUtc(article.createdAt)},
        {QStringLiteral("updated_at"), isoUtc(article.updatedAt)},
        {QStringLiteral("in_trash"), article.isInTrash()},
        {QStringLiteral("body_html"), article.bodyHtml},
        {QStringLiteral("body_text"), article.bodyText},
        {QStringLiteral("stats"),
         QJsonObject{
             {QStringLiteral("characters"), static_cast<double>(stats.characters)},
             {QStringLiteral("cjk_characters"), static_cast<double>(stats.cjkCharacters)},
             {QStringLiteral("latin_words"), static_cast<double>(stats.latinWords)},
             {QStringLiteral("paragraphs"), static_cast<double>(stats.paragraphs)},
         }},
        {QStringLiteral("related"), related},
    };
}

QJsonObject articleRowToJson(const ArticleRow &row)
{
    QJsonObject object{
        {QStringLiteral("id"), static_cast<double>(row.id)},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("status"), workflowStateKey(row.status)},
        {QStringLiteral("byline"), row.byline},
        {QStringLiteral("desk"), row.desk},
        {QStringLiteral("updated_at"), isoUtc(row.updatedAt)},
        {QStringLiteral("characters"), static_cast<double>(row.characterCount)},
        {QStringLiteral("publish_at"), row.publishAt},
    };
    if (!row.snippet.isEmpty()) {
        QString plain = row.snippet;
        plain.remove(QChar(0x02)).remove(QChar(0x03));
        QString marked = row.snippet.toHtmlEscaped();
        marked.replace(QChar(0x02), QStringLiteral("<mark>")).replace(QChar(0x03), QStringLiteral("</mark>"));
        object.insert(QStringLiteral("snippet"), plain);
        object.insert(QStringLiteral("snippet_html"), marked);
    }
    return object;
}

} // namespace galley
