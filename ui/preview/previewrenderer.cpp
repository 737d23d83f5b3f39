#include "previewrenderer.h"

#include "exporting/articlerenderer.h"
#include "exporting/exporttemplate.h"
#include "exporting/pagedata.h"

#include <QRegularExpression>

namespace galley {

namespace {

// Stands in for the body while the page around it is rendered; a paragraph, so templates
// and stages treat it as ordinary content. Never shown: replaced before the page is served.
const QString &bodySentinel()
{
    static const QString sentinel = QStringLiteral("<p>galley-preview-body-7c1e9d</p>");
    return sentinel;
}

const QLatin1String BodyStart("<!--galley-body-->");
const QLatin1String BodyEnd("<!--/galley-body-->");

// The render stage, as the HTML export runs it for a one-article export.
std::optional<RenderedArticle> renderStage(const Article &article, const PreviewLookups &lookups, QString *error)
{
    ExportPlanEntry self;
    self.id = article.id;
    self.uuid = article.uuid;
    self.fileStem = QStringLiteral("preview");
    self.title = article.title;
    self.summary = article.summary;
    self.publishAt = article.publishAt;
    self.views = article.views;
    const QHash<qint64, ExportPlanEntry> plan{{article.id, self}};
    ArticleRenderer::Lookups renderLookups;
    renderLookups.assetMimeType = [&lookups](const QString &hash) -> std::optional<QString> {
        const auto it = lookups.assetMimeTypes.constFind(hash);
        return it == lookups.assetMimeTypes.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    renderLookups.article = [&lookups](qint64 id) -> std::optional<Article> {
        const auto it = lookups.relatedArticles.constFind(id);
        return it == lookups.relatedArticles.cend() ? std::nullopt : std::optional<Article>(*it);
    };
    const ArticleRenderer renderer(plan, QString(), renderLookups);
    return renderer.render(article, error);
}

} // namespace

QString PreviewDocument::page() const
{
    QString html;
    qsizetype size = before.size() + after.size() + 64;
    for (const QString &block : blocks)
        size += block.size() + 1;
    html.reserve(size);
    html += before;
    html += BodyStart;
    html += QLatin1Char('\n');
    for (const QString &block : blocks) {
        html += block;
        html += QLatin1Char('\n');
    }
    html += BodyEnd;
    html += after;
    return html;
}

QString PreviewDocument::visibleShell() const
{
    const qsizetype body = before.indexOf(QLatin1String("<body"));
    return (body < 0 ? before : before.mid(body)) + BodyStart + after;
}

QStringList splitTopLevelBlocks(const QString &canonicalHtml)
{
    // In canonical HTML '<' only ever starts a tag, so counting container tags is exact.
    static const QRegularExpression open(QStringLiteral("<(?:ul|ol|blockquote|figure)[\\s>]"));
    static const QRegularExpression close(QStringLiteral("</(?:ul|ol|blockquote|figure)>"));
    QStringList blocks;
    QString current;
    int depth = 0;
    const QStringList lines = canonicalHtml.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!current.isEmpty())
            current += QLatin1Char('\n');
        current += line;
        depth += int(line.count(open)) - int(line.count(close));
        if (depth <= 0) {
            blocks.append(current);
            current.clear();
            depth = 0;
        }
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

PreviewRenderer::PreviewRenderer(const QString &templateDirectory)
{
    auto loaded = ExportTemplate::load(templateDirectory, &m_error);
    if (!loaded && !templateDirectory.isEmpty())
        loaded = ExportTemplate::load(QString(), &m_error); // a broken user template: show the built-in one
    if (loaded) {
        m_template = std::make_unique<ExportTemplate>(std::move(*loaded));
        m_renderer = std::make_unique<TemplateRenderer>(*m_template);
    }
}

PreviewRenderer::~PreviewRenderer() = default;

bool PreviewRenderer::isValid() const
{
    return m_renderer != nullptr;
}

QMap<QString, QByteArray> PreviewRenderer::staticFiles() const
{
    return m_template ? m_template->staticFiles() : QMap<QString, QByteArray>();
}

std::optional<PreviewDocument> PreviewRenderer::renderDocument(const Article &article,
                                                               const PreviewLookups &lookups,
                                                               QString *error) const
{
    if (!m_renderer) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    std::optional<RenderedArticle> rendered = renderStage(article, lookups, error);
    if (!rendered)
        return std::nullopt;

    // The template stage with the body held out, so the page can be split around it.
    const QString body = rendered->bodyHtml;
    rendered->bodyHtml = bodySentinel();
    const PageContext context;
    const PageLabels labels = PageLabels::forLanguage(rendered->language, nullptr);
    const QString shell = m_renderer->render(QString::fromLatin1(ExportTemplate::ArticleTemplate),
                                             PageData::article(*rendered, context, labels), error);
    if (shell.isEmpty())
        return std::nullopt;
    const qsizetype at = shell.indexOf(bodySentinel());
    if (at < 0 || shell.indexOf(bodySentinel(), at + 1) >= 0) {
        if (error)
            *error = QStringLiteral("The export template does not show the body exactly once.");
        return std::nullopt;
    }
    PreviewDocument document;
    document.before = shell.left(at);
    document.after = shell.mid(at + bodySentinel().size());
    document.blocks = splitTopLevelBlocks(body);
    document.language = rendered->language;
    return document;
}

std::optional<QString> PreviewRenderer::renderPage(const Article &article, const PreviewLookups &lookups,
                                                   QString *error) const
{
    if (!m_renderer) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    const std::optional<RenderedArticle> rendered = renderStage(article, lookups, error);
    if (!rendered)
        return std::nullopt;
    const PageLabels labels = PageLabels::forLanguage(rendered->language, nullptr);
    const QString page = m_renderer->render(QString::fromLatin1(ExportTemplate::ArticleTemplate),
                                            PageData::article(*rendered, PageContext(), labels), error);
    if (page.isEmpty())
        return std::nullopt;
    return page;
}

std::optional<QString> PreviewRenderer::renderBody(const Article &article, const PreviewLookups &lookups,
                                                   QString *error) const
{
    const std::optional<RenderedArticle> rendered = renderStage(article, lookups, error);
    if (!rendered)
        return std::nullopt;
    return rendered->bodyHtml;
}

QString renderPreviewPage(const Article &article, const PreviewLookups &lookups)
{
    thread_local PreviewRenderer renderer;
    return renderer.renderPage(article, lookups, nullptr).value_or(QString());
}

} // namespace galley
