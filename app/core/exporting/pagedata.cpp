#include "pagedata.h"

#include "canonicaltext.h"
#include "templatetree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

// Whether QJsonDocument writes \a text between its quotes as it is: nothing JSON escapes.
bool writesAsIs(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u))
            return false;
    }
    return true;
}

// Compact JSON of text that writesAsIs(), made safe for a script data block as it is written
// (the escapes of PageData::scriptSafeJson()).
class ScriptJson final
{
public:
    ScriptJson() { m_text.reserve(1024); }
    void open(char bracket)
    {
        m_text += QLatin1Char(bracket);
        m_first = true;
    }
    void close(char bracket)
    {
        m_text += QLatin1Char(bracket);
        m_first = false;
    }
    void key(const char *name)
    {
        if (!m_first)
            m_text += QLatin1Char(',');
        m_first = false;
        m_text += QLatin1Char('"');
        m_text += QLatin1String(name);
        m_text += QLatin1String("\":");
    }
    void raw(const QString &value) { m_text += value; }
    void string(QStringView value)
    {
        m_text += QLatin1Char('"');
        for (const QChar c : value) {
            switch (c.unicode()) {
            case '<': m_text += QLatin1String("\\u003c"); break;
            case '>': m_text += QLatin1String("\\u003e"); break;
            case '&': m_text += QLatin1String("\\u0026"); break;
            case 0x2028: m_text += QLatin1String("\\u2028"); break;
            case 0x2029: m_text += QLatin1String("\\u2029"); break;
            default: m_text += c; break;
            }
        }
        m_text += QLatin1Char('"');
    }
    void member(const char *name, const QString &value)
    {
        key(name);
        string(value);
    }
    void member(const char *name, const QStringList &values)
    {
        key(name);
        m_text += QLatin1Char('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_text += QLatin1Char(',');
            string(values.at(i));
        }
        m_text += QLatin1Char(']');
    }
    /// {"@type": type, "name": name}
    void named(const char *name, const char *type, const QString &value)
    {
        key(name);
        open('{');
        member("@type", QLatin1String(type));
        member("name", value);
        close('}');
    }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QString m_text;
    bool m_first = true;
};

// The page's JSON-LD through QJsonDocument (what PageData::jsonLd() writes for any text).
QString jsonLdDocument(const RenderedArticle &article, const PageContext &context)
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
    return PageData::scriptSafeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// The page data is built by one set of functions for two trees: a QVariantMap (PageData::article()
// and index(), which the preview and the tests read) and the template library's own data
// (articleTree() and indexTree(), the export's: no QVariant step, no copy of it for each page).
struct VariantTree {
    using Object = QVariantMap;
    using List = QVariantList;
    static Object object() { return {}; }
    static List list() { return {}; }
    static QString key(std::string_view key) { return QString::fromLatin1(key.data(), qsizetype(key.size())); }
    static void setString(Object &object, std::string_view name, const QString &value) { object.insert(key(name), value); }
    static void setBool(Object &object, std::string_view name, bool value) { object.insert(key(name), value); }
    static void setObject(Object &object, std::string_view name, Object &&value) { object.insert(key(name), std::move(value)); }
    static void setList(Object &object, std::string_view name, List &&value) { object.insert(key(name), std::move(value)); }
    static void append(List &list, Object &&value) { list.append(std::move(value)); }
    static bool isEmpty(const List &list) { return list.isEmpty(); }
};

struct MustacheTree {
    using Object = TemplateTree::Data;
    using List = TemplateTree::Data;
    static Object object() { return TemplateTree::object(); }
    static List list() { return TemplateTree::list(); }
    static void setString(Object &object, std::string_view name, const QString &value) { TemplateTree::setString(object, name, value); }
    static void setBool(Object &object, std::string_view name, bool value) { TemplateTree::setBool(object, name, value); }
    static void setObject(Object &object, std::string_view name, Object &&value) { TemplateTree::set(object, name, std::move(value)); }
    static void setList(Object &object, std::string_view name, List &&value) { TemplateTree::set(object, name, std::move(value)); }
    static void append(List &list, Object &&value) { TemplateTree::append(list, std::move(value)); }
    static bool isEmpty(const List &list) { return list.is_empty_list(); }
};

template <typename Tree>
void setText(typename Tree::Object &map, std::string_view key, const QString &value)
{
    Tree::setString(map, key, value);
    Tree::setBool(map, std::string("has_").append(key), !value.isEmpty());
}

template <typename Tree>
void setViews(typename Tree::Object &map, const std::optional<qint64> &views)
{
    Tree::setString(map, "views", views ? QString::number(*views) : QString());
    Tree::setBool(map, "has_views", views.has_value());
}

template <typename Tree>
void setTime(typename Tree::Object &map, const QString &iso)
{
    Tree::setString(map, "publish_time", PageData::displayTime(iso));
    Tree::setString(map, "publish_time_iso", iso);
    Tree::setBool(map, "has_publish_time", !iso.isEmpty());
}

template <typename Tree>
typename Tree::Object labelsData(const PageLabels &labels)
{
    typename Tree::Object data = Tree::object();
    Tree::setString(data, "source", labels.source);
    Tree::setString(data, "editor", labels.editor);
    Tree::setString(data, "related", labels.related);
    Tree::setString(data, "views_suffix", labels.viewsSuffix);
    Tree::setString(data, "published", labels.published);
    Tree::setString(data, "byline", labels.byline);
    Tree::setString(data, "tags", labels.tags);
    Tree::setString(data, "home", labels.home);
    Tree::setString(data, "index_title", labels.indexTitle);
    Tree::setString(data, "separator", labels.separator);
    Tree::setString(data, "wire_separator", labels.wireSeparator);
    return data;
}

template <typename Tree>
typename Tree::Object articleData(const RenderedArticle &article, const PageContext &context, const PageLabels &labels)
{
    typename Tree::Object data = Tree::object();
    Tree::setString(data, "lang", article.language);
    Tree::setString(data, "og_locale", PageData::ogLocale(article.language));
    Tree::setString(data, "id", QString::number(article.id));
    Tree::setString(data, "uuid", article.uuid);
    Tree::setString(data, "file_name", article.fileStem + context.pageSuffix);
    setText<Tree>(data, "title", article.title);
    setText<Tree>(data, "subtitle", article.subtitle);
    setText<Tree>(data, "summary", article.summary);
    Tree::setString(data, "description", article.summary);
    setText<Tree>(data, "byline", article.byline);
    setText<Tree>(data, "source", article.source);
    setText<Tree>(data, "editor", article.editor);
    setText<Tree>(data, "desk", article.desk);
    setTime<Tree>(data, article.publishAt);
    setViews<Tree>(data, article.views);
    Tree::setString(data, "modified_time_iso", isoUtc(article.updatedAt));
    Tree::setString(data, "created_time_iso", isoUtc(article.createdAt));
    Tree::setString(data, "body", article.bodyHtml);
    if (context.withBodyText)
        Tree::setString(data, "body_text", PageData::bodyText(article.bodyHtml));

    typename Tree::List tags = Tree::list();
    for (const QString &tag : article.tags) {
        typename Tree::Object entry = Tree::object();
        Tree::setString(entry, "tag", tag);
        Tree::append(tags, std::move(entry));
    }
    const bool hasTags = !Tree::isEmpty(tags);
    Tree::setList(data, "tags", std::move(tags));
    Tree::setBool(data, "has_tags", hasTags);
    Tree::setString(data, "keywords", article.tags.join(QLatin1Char(',')));

    typename Tree::List related = Tree::list();
    int number = 0;
    for (const RenderedRelated &item : article.related) {
        typename Tree::Object entry = Tree::object();
        Tree::setString(entry, "number", QString::number(++number));
        setText<Tree>(entry, "title", item.title);
        setText<Tree>(entry, "summary", item.summary);
        setText<Tree>(entry, "href", item.href);
        setText<Tree>(entry, "url", item.url);
        setTime<Tree>(entry, item.publishedAt);
        setViews<Tree>(entry, item.views);
        Tree::append(related, std::move(entry));
    }
    const bool hasRelated = !Tree::isEmpty(related);
    Tree::setList(data, "related", std::move(related));
    Tree::setBool(data, "has_related", hasRelated);

    Tree::setBool(data, "site", context.site);
    Tree::setString(data, "index_href", context.indexHref);
    Tree::setString(data, "stylesheet", context.stylesheet);
    setText<Tree>(data, "canonical_url", absoluteUrl(context.baseUrl, article.fileStem + context.pageSuffix));
    setText<Tree>(data, "og_image",
                  article.assets.isEmpty() ? QString() : absoluteUrl(context.baseUrl, article.assets.constFirst().path));
    Tree::setString(data, "json_ld", PageData::jsonLd(article, context));
    Tree::setObject(data, "labels", labelsData<Tree>(labels));
    return data;
}

template <typename Tree>
typename Tree::Object indexData(const QList<IndexEntry> &entries, const QString &language, const PageContext &context,
                                const PageLabels &labels)
{
    typename Tree::Object data = Tree::object();
    Tree::setString(data, "lang", language);
    Tree::setString(data, "og_locale", PageData::ogLocale(language));
    Tree::setString(data, "title", labels.indexTitle);
    Tree::setString(data, "stylesheet", context.stylesheet);
    setText<Tree>(data, "canonical_url", absoluteUrl(context.baseUrl, context.indexHref));
    typename Tree::List articles = Tree::list();
    for (const IndexEntry &entry : entries) {
        typename Tree::Object item = Tree::object();
        setText<Tree>(item, "title", entry.title);
        setText<Tree>(item, "summary", entry.summary);
        setText<Tree>(item, "href", entry.href);
        setTime<Tree>(item, entry.publishAt);
        setViews<Tree>(item, entry.views);
        Tree::setString(item, "lang", entry.language.isEmpty() ? language : entry.language);
        Tree::setString(item, "views_suffix", entry.viewsSuffix.isEmpty() ? labels.viewsSuffix : entry.viewsSuffix);
        Tree::append(articles, std::move(item));
    }
    const bool hasArticles = !Tree::isEmpty(articles);
    Tree::setList(data, "articles", std::move(articles));
    Tree::setBool(data, "has_articles", hasArticles);
    Tree::setObject(data, "labels", labelsData<Tree>(labels));
    return data;
}

template <typename Tree>
TemplateData templateData(typename Tree::Object &&data)
{
    return TemplateData(std::make_unique<TemplateData::Tree>(TemplateData::Tree { std::move(data) }));
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
    return labelsData<VariantTree>(*this);
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
    // The common page is written directly, in QJsonDocument's compact form (keys sorted, as
    // QJsonObject keeps them): more than half of the time of building a page's data went into the
    // QJsonObject, its CBOR and the second pass of scriptSafeJson(). Text that JSON escapes
    // (control characters, '"', '\\', surrogates) and view counts beyond 2^52 take
    // QJsonDocument's way, as before.
    const QString pageUrl = absoluteUrl(context.baseUrl, article.fileStem + context.pageSuffix);
    QStringList images;
    for (const RenderedAsset &asset : article.assets) {
        const QString url = absoluteUrl(context.baseUrl, asset.path);
        images.append(url.isEmpty() ? asset.path : url);
    }
    const QString identifier = QLatin1String("urn:uuid:") + article.uuid;
    const QString created = article.createdAt.isValid() ? isoUtc(article.createdAt) : QString();
    const QString modified = article.updatedAt.isValid() ? isoUtc(article.updatedAt) : QString();
    constexpr qint64 exactViews = qint64(1) << 52;
    bool plain = !article.views || (*article.views > -exactViews && *article.views < exactViews);
    for (const QString *text : {&article.title, &article.language, &identifier, &article.subtitle, &article.summary,
                                &article.publishAt, &created, &modified, &article.byline, &article.editor,
                                &article.source, &article.desk, &pageUrl}) {
        plain = plain && writesAsIs(*text);
    }
    for (const QStringList *list : std::initializer_list<const QStringList *>{&article.tags, &images}) {
        for (const QString &text : *list)
            plain = plain && writesAsIs(text);
    }
    if (!plain)
        return jsonLdDocument(article, context);

    ScriptJson json;
    json.open('{');
    json.member("@context", QStringLiteral("https://schema.org"));
    json.member("@type", QStringLiteral("NewsArticle"));
    if (!article.subtitle.isEmpty())
        json.member("alternativeHeadline", article.subtitle);
    if (!article.desk.isEmpty())
        json.member("articleSection", article.desk);
    if (!article.byline.isEmpty())
        json.named("author", "Person", article.byline);
    if (article.createdAt.isValid())
        json.member("dateCreated", created);
    if (article.updatedAt.isValid())
        json.member("dateModified", modified);
    if (!article.publishAt.isEmpty())
        json.member("datePublished", article.publishAt);
    if (!article.summary.isEmpty())
        json.member("description", article.summary);
    if (!article.editor.isEmpty())
        json.named("editor", "Person", article.editor);
    json.member("headline", article.title);
    json.member("identifier", identifier);
    if (!images.isEmpty())
        json.member("image", images);
    json.member("inLanguage", article.language);
    if (article.views) {
        json.key("interactionStatistic");
        json.open('{');
        json.member("@type", QStringLiteral("InteractionCounter"));
        json.member("interactionType", QStringLiteral("https://schema.org/ViewAction"));
        json.key("userInteractionCount");
        json.raw(QString::number(*article.views));
        json.close('}');
    }
    if (!article.tags.isEmpty())
        json.member("keywords", article.tags);
    if (!pageUrl.isEmpty())
        json.member("mainEntityOfPage", pageUrl);
    if (!article.source.isEmpty())
        json.named("sourceOrganization", "Organization", article.source);
    if (!pageUrl.isEmpty())
        json.member("url", pageUrl);
    json.close('}');
    return json.text();
}

QVariantMap article(const RenderedArticle &article, const PageContext &context, const PageLabels &labels)
{
    return articleData<VariantTree>(article, context, labels);
}

TemplateData articleTree(const RenderedArticle &article, const PageContext &context, const PageLabels &labels)
{
    return templateData<MustacheTree>(articleData<MustacheTree>(article, context, labels));
}

QVariantMap index(const QList<IndexEntry> &entries, const QString &language, const PageContext &context,
                  const PageLabels &labels)
{
    return indexData<VariantTree>(entries, language, context, labels);
}

TemplateData indexTree(const QList<IndexEntry> &entries, const QString &language, const PageContext &context,
                       const PageLabels &labels)
{
    return templateData<MustacheTree>(indexData<MustacheTree>(entries, language, context, labels));
}

} // namespace PageData
} // namespace galley
