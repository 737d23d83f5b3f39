#include "ninjsdocument.h"

#include "model/textstats.h"
#include "pagedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace galley::NinjsDocument {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString href(const QString &baseUrl, const QString &relative)
{
    if (baseUrl.isEmpty())
        return relative;
    QString base = baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base.append(QLatin1Char('/'));
    return QUrl(base).resolved(QUrl(relative)).toString(QUrl::FullyEncoded);
}

// RFC 3339 needs a zone; a publish time stored without one is not invented into UTC.
bool hasZone(const QString &iso)
{
    if (iso.size() < 19)
        return false;
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    return iso.endsWith(QLatin1Char('Z')) || iso.mid(19).contains(QLatin1Char('+')) || iso.mid(19).contains(QLatin1Char('-'));
}

QString pubstatus(const QString &status)
{
    if (status == QLatin1String("published") || status == QLatin1String("approved"))
        return QStringLiteral("usable");
    if (status == QLatin1String("archived"))
        return QStringLiteral("canceled");
    return QStringLiteral("withheld");
}

} // namespace

QJsonObject build(const RenderedArticle &article, const QString &baseUrl)
{
    QJsonObject item{
        {QStringLiteral("uri"), QLatin1String("urn:uuid:") + article.uuid},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("representationtype"), QStringLiteral("full")},
        {QStringLiteral("version"), QString::number(article.version)},
        {QStringLiteral("pubstatus"), pubstatus(article.status)},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("slugline"), article.fileStem},
        {QStringLiteral("standard"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("ninjs")},
                     {QStringLiteral("version"), QStringLiteral("2.2")},
                     {QStringLiteral("schema"), QStringLiteral("https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json")}}},
    };
    if (article.createdAt.isValid())
        item.insert(QStringLiteral("firstcreated"), isoUtc(article.createdAt));
    if (article.updatedAt.isValid())
        item.insert(QStringLiteral("versioncreated"), isoUtc(article.updatedAt));
    if (hasZone(article.publishAt))
        item.insert(QStringLiteral("contentcreated"), article.publishAt);

    QJsonArray headlines{QJsonObject{{QStringLiteral("role"), QStringLiteral("main")}, {QStringLiteral("value"), article.title}}};
    if (!article.subtitle.isEmpty())
        headlines.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("sub")}, {QStringLiteral("value"), article.subtitle}});
    item.insert(QStringLiteral("headlines"), headlines);
    item.insert(QStringLiteral("title"), article.title);

    if (!article.summary.isEmpty()) {
        item.insert(QStringLiteral("descriptions"),
                    QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("summary")},
                                           {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
                                           {QStringLiteral("value"), article.summary}}});
    }

    const QString text = PageData::bodyText(article.bodyHtml);
    const TextStats stats = computeTextStats(text);
    const double words = double(stats.cjkCharacters + stats.latinWords);
    item.insert(QStringLiteral("bodies"),
                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("main")},
                                       {QStringLiteral("contenttype"), QStringLiteral("text/html")},
                                       {QStringLiteral("charcount"), double(stats.characters)},
                                       {QStringLiteral("wordcount"), words},
                                       {QStringLiteral("value"), article.bodyHtml}},
                           QJsonObject{{QStringLiteral("role"), QStringLiteral("main")},
                                       {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
                                       {QStringLiteral("charcount"), double(stats.characters)},
                                       {QStringLiteral("wordcount"), words},
                                       {QStringLiteral("value"), text}}});

    if (!article.byline.isEmpty())
        item.insert(QStringLiteral("by"), article.byline);
    if (!article.source.isEmpty()) {
        item.insert(QStringLiteral("infosources"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), article.source},
                                           {QStringLiteral("role"), QStringLiteral("source")}}});
    }
    if (!article.editor.isEmpty()) {
        item.insert(QStringLiteral("people"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), article.editor},
                                           {QStringLiteral("rel"), QStringLiteral("editor")}}});
    }
    if (!article.tags.isEmpty()) {
        QJsonArray subjects;
        for (const QString &tag : article.tags)
            subjects.append(QJsonObject{{QStringLiteral("name"), tag}, {QStringLiteral("literal"), tag}});
        item.insert(QStringLiteral("subjects"), subjects);
    }

    QJsonArray associations;
    int pictureNumber = 0;
    for (const RenderedAsset &asset : article.assets) {
        associations.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("picture%1").arg(++pictureNumber)},
            {QStringLiteral("uri"), QLatin1String("urn:sha256:") + asset.hash},
            {QStringLiteral("type"), QStringLiteral("picture")},
            {QStringLiteral("renditions"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("original")},
                                    {QStringLiteral("href"), href(baseUrl, asset.path)},
                                    {QStringLiteral("contenttype"), asset.mimeType}}}},
        });
    }
    int relatedNumber = 0;
    for (const RenderedRelated &related : article.related) {
        QJsonObject association{
            {QStringLiteral("name"), QStringLiteral("related%1").arg(++relatedNumber)},
            {QStringLiteral("uri"), related.uri},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("headlines"), QJsonArray{QJsonObject{{QStringLiteral("value"), related.title}}}},
        };
        if (!related.summary.isEmpty())
            association.insert(QStringLiteral("descriptions"),
                               QJsonArray{QJsonObject{{QStringLiteral("value"), related.summary}}});
        if (!related.href.isEmpty() || !related.url.isEmpty()) {
            association.insert(QStringLiteral("renditions"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("name"), QStringLiteral("ninjs")},
                                   {QStringLiteral("href"), related.url.isEmpty() ? href(baseUrl, related.href) : related.url},
                                   {QStringLiteral("contenttype"),
                                    related.url.isEmpty() ? QStringLiteral("application/json") : QStringLiteral("text/html")}}});
        }
        associations.append(association);
    }
    if (!associations.isEmpty())
        item.insert(QStringLiteral("associations"), associations);
    return item;
}

QByteArray serialize(const RenderedArticle &article, const QString &baseUrl)
{
    return QJsonDocument(build(article, baseUrl)).toJson(QJsonDocument::Indented);
}

} // namespace galley::NinjsDocument
