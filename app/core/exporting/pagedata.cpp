#include "pagedata.h"

#include "canonicaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace galley {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// Relative references resolved against the publication base (empty when there is none).
QString absoluteUrl(const QString &baseUrl, const QString &relative)
{
    if (baseUrl.isEmpty())
        return QString();
    QString base = baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base.append(QLatin1Char('/'));
    return QUrl(base).resolved(QUrl(relative)).toString(QUrl::FullyEncoded);
}

void setText(QVariantMap &map, const QString &key, const QString &value)
{
    map.insert(key, value);
    map.insert(QLatin1String("has_") + key, !value.isEmpty());
}

void setViews(QVariantMap &map, const std::optional<qint64> &views)
{
    map.insert(QStringLiteral("views"), views ? QString::number(*views) : QString());
    map.insert(QStringLiteral("has_views"), views.has_value());
}

void setTime(QVariantMap &map, const QString &iso)
{
    map.insert(QStringLiteral("publish_time"), PageData::displayTime(iso));
    map.insert(QStringLiteral("publish_time_iso"), iso);
    map.insert(QStringLiteral("has_publish_time"), !iso.isEmpty());
}

} // namespace

PageLabels PageLabels::forLanguage(const QString &language, const std::function<QString(const QString &)> &transform)
{
    PageLabels labels;
    if (language.startsWith(QLatin1String("zh"))) {
        labels = {QStringLiteral("稿件来源"), QStringLiteral("编辑"),   QStringLiteral("相关文章"),
                  QStringLiteral("次浏览"),   QStringLiteral("发布时间"), QStringLiteral("作者"),
                  QStringLiteral("标签"),     QStringLiteral("首页"),   QStringLiteral("最新文章"),
                  QStringLiteral("："),       QStringLiteral(":")};
        if (transform) {
            for (QString *label : {&labels.source, &labels.editor, &labels.related, &labels.viewsSuffix, &labels.published,
                                   &labels.byline, &labels.tags, &labels.home, &labels.indexTitle})
                *label = transform(*label);
        }
    } else {
        labels = {QStringLiteral("Source"), QStringLiteral("Editor"), QStringLiteral("Related articles"),
                  QStringLiteral(" views"), QStringLiteral("Published"), QStringLiteral("By"),
                  QStringLiteral("Tags"),   QStringLiteral("Home"),   QStringLiteral("Latest articles"),
                  QStringLiteral(": "),     QStringLiteral(": ")};
    }
    return labels;
}

QVariantMap PageLabels::toVariantMap() const
{
    return {
        {QStringLiteral("source"), source},         {QStringLiteral("editor"), editor},
        {QStringLiteral("related"), related},       {QStringLiteral("views_suffix"), viewsSuffix},
        {QStringLiteral("published"), published},   {QStringLiteral("byline"), byline},
        {QStringLiteral("tags"), tags},             {QStringLiteral("home"), home},
        {QStringLiteral("index_title"), indexTitle}, {QStringLiteral("separator"), separator},
        {QStringLiteral("wire_separator"), wireSeparator},
    };
}

namespace PageData {

QString displayTime(const QString &isoTime)
{
    QString display = isoTime.trimmed();
    if (display.size() > 10 && display.at(10) == QLatin1Char('T'))
        display[10] = QLatin1Char(' ');
    return display;
}

QString ogLocale(const QString &language)
{
    if (language.startsWith(QLatin1String("zh-Hant-HK")))
        return QStringLiteral("zh_HK");
    if (language.startsWith(QLatin1String("zh-Hant")))
        return QStringLiteral("zh_TW");
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en_US");
}

QString bodyText(const QString &canonicalHtml)
{
    const QStringList blocks = CanonicalText::plainText(canonicalHtml).split(QLatin1Char('\n'));
    QStringList paragraphs;
    for (const QString &block : blocks) {
        const QString trimmed = block.trimmed();
        if (!trimmed.isEmpty())
            paragraphs.append(trimmed);
    }
    return paragraphs.join(QLatin1String("\n\n"));
}

QString scriptSafeJson(const QString &json)
{
    QString out;
    out.reserve(json.size() + 32);
    for (QChar c : json) {
        switch (c.unicode()) {
        case '<': out.append(QLatin1String("\\u003c")); break;
        case '>': out.append(QLatin1String("\\u003e")); break;
        case '&': out.append(QLatin1String("\\u0026")); break;
        case 0x2028: out.append(QLatin1String("\\u2028")); break;
        case 0x2029: out.append(QLatin1String("\\u2029")); break;
        default: out.append(c); break;
        }
    }
    return out;
}

QString jsonLd(const RenderedArticle &article, const PageContext &context)
{
    QJsonObject object{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), article.title},
        {QStringLiteral("inLanguage"), article.language},
        {QStringLiteral("identifier"), QLatin1String("urn:uuid:") + article.uuid},
    };
    if (!article.subtitle.isEmpty())
        object.insert(QStringLiteral("alternativeHeadline"), article.subtitle);
    if (!article.summary.isEmpty())
        object.insert(QStringLiteral("description"), article.summary);
    if (!article.publishAt.isEmpty())
        object.insert(QStringLiteral("datePublished"), article.publishAt);
    if (article.createdAt.isValid())
        object.insert(QStringLiteral("dateCreated"), isoUtc(article.createdAt));
    if (article.updatedAt.isValid())
        object.insert(QStringLiteral("dateModified"), isoUtc(article.updatedAt));
    if (!article.byline.isEmpty())
        object.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                            {QStringLiteral("name"), article.byline}});
    if (!article.editor.isEmpty())
        object.insert(QStringLiteral("editor"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                            {QStringLiteral("name"), article.editor}});
    if (!article.source.isEmpty())
        object.insert(QStringLiteral("sourceOrganization"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                  {QStringLiteral("name"), article.source}});
    if (!article.desk.isEmpty())
        object.insert(QStringLiteral("articleSection"), article.desk);
    if (!article.tags.isEmpty())
        object.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(article.tags));
    if (article.views) {
        object.insert(QStringLiteral("interactionStatistic"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("InteractionCounter")},
                                  {QStringLiteral("interactionType"), QStringLiteral("https://schema.org/ViewAction")},
                                  {QStringLiteral("userInteractionCount"), double(*article.views)}});
    }
    if (!article.assets.isEmpty()) {
        QJsonArray images;
        for (const RenderedAsset &asset : article.assets) {
            const QString url = absoluteUrl(context.baseUrl, asset.path);
            images.append(url.isEmpty() ? asset.path : url);
        }
        object.insert(QStringLiteral("image"), images);
    }
    const QString pageUrl = absoluteUrl(context.baseUrl, article.fileStem + context.pageSuffix);
    if (!pageUrl.isEmpty()) {
        object.insert(QStringLiteral("url"), pageUrl);
        object.insert(QStringLiteral("mainEntityOfPage"), pageUrl);
    }
    return scriptSafeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QVariantMap article(const RenderedArticle &article, const PageContext &context, const PageLabels &labels)
{
    QVariantMap data;
    data.insert(QStringLiteral("lang"), article.language);
    data.insert(QStringLiteral("og_locale"), ogLocale(article.language));
    data.insert(QStringLiteral("id"), QString::number(article.id));
    data.insert(QStringLiteral("uuid"), article.uuid);
    data.insert(QStringLiteral("file_name"), article.fileStem + context.pageSuffix);
    setText(data, QStringLiteral("title"), article.title);
    setText(data, QStringLiteral("subtitle"), article.subtitle);
    setText(data, QStringLiteral("summary"), article.summary);
    data.insert(QStringLiteral("description"), article.summary);
    setText(data, QStringLiteral("byline"), article.byline);
    setText(data, QStringLiteral("source"), article.source);
    setText(data, QStringLiteral("editor"), article.editor);
    setText(data, QStringLiteral("desk"), article.desk);
    setTime(data, article.publishAt);
    setViews(data, article.views);
    data.insert(QStringLiteral("modified_time_iso"), isoUtc(article.updatedAt));
    data.insert(QStringLiteral("created_time_iso"), isoUtc(article.createdAt));
    data.insert(QStringLiteral("body"), article.bodyHtml);
    if (context.withBodyText)
        data.insert(QStringLiteral("body_text"), bodyText(article.bodyHtml));

    QVariantList tags;
    for (const QString &tag : article.tags)
        tags.append(QVariantMap{{QStringLiteral("tag"), tag}});
    data.insert(QStringLiteral("tags"), tags);
    data.insert(QStringLiteral("has_tags"), !tags.isEmpty());
    data.insert(QStringLiteral("keywords"), article.tags.join(QLatin1Char(',')));

    QVariantList related;
    int number = 0;
    for (const RenderedRelated &item : article.related) {
        QVariantMap entry;
        entry.insert(QStringLiteral("number"), QString::number(++number));
        setText(entry, QStringLiteral("title"), item.title);
        setText(entry, QStringLiteral("summary"), item.summary);
        setText(entry, QStringLiteral("href"), item.href);
        setText(entry, QStringLiteral("url"), item.url);
        setTime(entry, item.publishedAt);
        setViews(entry, item.views);
        related.append(entry);
    }
    data.insert(QStringLiteral("related"), related);
    data.insert(QStringLiteral("has_related"), !related.isEmpty());

    data.insert(QStringLiteral("site"), context.site);
    data.insert(QStringLiteral("index_href"), context.indexHref);
    data.insert(QStringLiteral("stylesheet"), context.stylesheet);
    setText(data, QStringLiteral("canonical_url"), absoluteUrl(context.baseUrl, article.fileStem + context.pageSuffix));
    setText(data, QStringLiteral("og_image"),
            article.assets.isEmpty() ? QString() : absoluteUrl(context.baseUrl, article.assets.constFirst().path));
    data.insert(QStringLiteral("json_ld"), jsonLd(article, context));
    data.insert(QStringLiteral("labels"), labels.toVariantMap());
    return data;
}

QVariantMap index(const QList<IndexEntry> &entries, const QString &language, const PageContext &context,
                  const PageLabels &labels)
{
    QVariantMap data;
    data.insert(QStringLiteral("lang"), language);
    data.insert(QStringLiteral("og_locale"), ogLocale(language));
    data.insert(QStringLiteral("title"), labels.indexTitle);
    data.insert(QStringLiteral("stylesheet"), context.stylesheet);
    setText(data, QStringLiteral("canonical_url"), absoluteUrl(context.baseUrl, context.indexHref));
    QVariantList articles;
    for (const IndexEntry &entry : entries) {
        QVariantMap item;
        setText(item, QStringLiteral("title"), entry.title);
        setText(item, QStringLiteral("summary"), entry.summary);
        setText(item, QStringLiteral("href"), entry.href);
        setTime(item, entry.publishAt);
        setViews(item, entry.views);
        item.insert(QStringLiteral("lang"), entry.language.isEmpty() ? language : entry.language);
        item.insert(QStringLiteral("views_suffix"), entry.viewsSuffix.isEmpty() ? labels.viewsSuffix : entry.viewsSuffix);
        articles.append(item);
    }
    data.insert(QStringLiteral("articles"), articles);
    data.insert(QStringLiteral("has_articles"), !articles.isEmpty());
    data.insert(QStringLiteral("labels"), labels.toVariantMap());
    return data;
}

} // namespace PageData
} // namespace galley
