// Fuzz target "template": article data through the Mustache rendering of the default template
// (exporting/articlepipeline.h: render -> template -> validate, as an HTML export does).
// Input: NUL-separated title, subtitle, byline, source, editor, desk, tags (comma-separated),
// summary, related title, related summary, related URL. Invariants: the page is made (no field
// makes the export fail), holds no executable content, and no field adds markup: the page's
// elements and attribute names are those of the same article with every non-empty field
// replaced by "x" (links aside, which a related item has only for an http(s) URL).

#include "fuzzsupport.h"

#include "exporting/articlepipeline.h"
#include "exporting/pagevalidator.h"
#include "model/plaintext.h"

#include <gumbo.h>

namespace {

constexpr const char *Target = "template";

/// Element names with their attribute names, in document order, <a> left out.
void structure(const GumboNode *node, QStringList &out)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector *children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
        children = &node->v.element.children;
        if (node->v.element.tag != GUMBO_TAG_A) {
            QString entry = QString::fromUtf8(gumbo_normalized_tagname(node->v.element.tag));
            const GumboVector &attributes = node->v.element.attributes;
            for (unsigned i = 0; i < attributes.length; ++i)
                entry += QLatin1Char(' ') + QString::fromUtf8(static_cast<const GumboAttribute *>(attributes.data[i])->name);
            out.append(entry);
        }
    }
    for (unsigned i = 0; i < children->length; ++i)
        structure(static_cast<const GumboNode *>(children->data[i]), out);
}

QStringList structure(const QString &page)
{
    const QByteArray utf8 = page.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QStringList result;
    structure(output->document, result);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return result;
}

const galley::ExportTemplate &builtInTemplate()
{
    static const galley::ExportTemplate loaded = [] {
        QString error;
        std::optional<galley::ExportTemplate> exportTemplate = galley::ExportTemplate::load(QString(), &error);
        if (!exportTemplate)
            galley::fuzz::fail(Target, QStringLiteral("the built-in template does not load: %1").arg(error));
        return *exportTemplate;
    }();
    return loaded;
}

QString page(const galley::Article &article)
{
    using namespace galley;
    ExportContext context;
    context.format = ExportFormat::Html;
    context.exportTemplate = &builtInTemplate();
    ExportPlanEntry entry;
    entry.id = article.id;
    entry.uuid = article.uuid;
    entry.fileStem = QStringLiteral("article");
    entry.title = article.title;
    context.plan.insert(article.id, entry);
    context.plannedFiles = { QStringLiteral("article.html"), QStringLiteral("style.css") };
    ArticlePipeline pipeline(context, ArticleRenderer::Lookups { [](const QString &) { return std::optional<QString>(); },
                                                                 [](qint64) { return std::optional<Article>(); } });
    const ArticleOutput output = pipeline.process(article);
    fuzz::check(output.ok(), Target, QStringLiteral("the export fails: %1").arg(output.error));
    fuzz::check(output.files.size() == 1, Target, QStringLiteral("%1 files for one page").arg(output.files.size()));
    return QString::fromUtf8(output.files.first().second);
}

/// A field as an editor or the importer leaves it: one line, no stray controls, trimmed.
QString field(const QString &value)
{
    return galley::PlainText::singleLine(value).trimmed();
}

QString placeholder(const QString &value)
{
    return value.isEmpty() ? QString() : QStringLiteral("x");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    fuzz::ensureCoreApplication();
    const QStringList parts = fuzz::fields(data, size, 11);

    Article article;
    article.id = 1;
    article.uuid = QStringLiteral("3f0c9a52-7d1e-4c0b-9a64-1b2f5e8d7c21");
    article.slug = QStringLiteral("article");
    article.title = field(parts.at(0));
    article.subtitle = field(parts.at(1));
    article.byline = field(parts.at(2));
    article.source = field(parts.at(3));
    article.editor = field(parts.at(4));
    article.desk = field(parts.at(5));
    for (const QString &tag : parts.at(6).split(QLatin1Char(','))) {
        if (!field(tag).isEmpty())
            article.tags.append(field(tag));
    }
    article.summary = PlainText::withoutStrayControls(parts.at(7)).trimmed();
    article.bodyHtml = QStringLiteral("<p>正文 body text</p>\n");
    article.bodyText = QStringLiteral("正文 body text");
    article.status = WorkflowState::Published;
    article.publishAt = QStringLiteral("2025-03-18T08:18:00");
    article.views = 5;
    article.createdAt = QDateTime(QDate(2025, 3, 18), QTime(0, 10), Qt::UTC);
    article.updatedAt = article.createdAt;
    RelatedItem related;
    related.title = field(parts.at(8));
    related.summary = PlainText::withoutStrayControls(parts.at(9)).trimmed();
    related.url = parts.at(10).trimmed();
    related.publishedAt = QStringLiteral("2025-06-10T09:53:00");
    if (!related.title.isEmpty() || !related.url.isEmpty())
        article.related.append(related);

    const QString fuzzed = page(article);
    const QStringList executable = PageValidator::executableContent(fuzzed);
    fuzz::check(executable.isEmpty(), Target, QStringLiteral("executable content: %1").arg(executable.join(QLatin1String("; "))));

    Article plain = article;
    for (QString *value : { &plain.title, &plain.subtitle, &plain.byline, &plain.source, &plain.editor, &plain.desk, &plain.summary })
        *value = placeholder(*value);
    QHash<QString, QString> tagPlaceholders; // equal tags stay equal, distinct ones distinct
    for (QString &tag : plain.tags) {
        if (!tagPlaceholders.contains(tag))
            tagPlaceholders.insert(tag, QStringLiteral("x%1").arg(tagPlaceholders.size()));
        tag = tagPlaceholders.value(tag);
    }
    for (RelatedItem &item : plain.related) {
        item.title = placeholder(item.title);
        item.summary = placeholder(item.summary);
    }
    const QStringList expected = structure(page(plain));
    const QStringList actual = structure(fuzzed);
    if (actual != expected) {
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
            ++i;
        fuzz::fail(Target, QStringLiteral("a field added markup: element %1 is <%2>, expected <%3>")
                               .arg(i).arg(actual.value(i), expected.value(i)));
    }
    return 0;
}
