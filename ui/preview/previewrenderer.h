#pragma once

#include "model/article.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace galley {

class ExportTemplate;
class TemplateRenderer;

/// What the export's render stage looks up in the database, collected beforehand on the GUI
/// thread so that rendering can run on a worker thread without a connection of its own.
struct PreviewLookups {
    QHash<QString, QString> assetMimeTypes; ///< sha256 -> mime type of the body's images
    QHash<qint64, Article> relatedArticles; ///< targets of internal related items
};

/// The preview's page, split where edits happen: the rendered body's top-level blocks, and
/// the page around them. page() puts them together with the two marker comments the glue
/// script (resources/preview/patch.js) finds the body by.
struct PreviewDocument {
    QString before;     ///< the page up to the body
    QString after;      ///< the page after the body
    QStringList blocks; ///< top-level blocks of the rendered body, one string each
    QString language;

    [[nodiscard]] QString page() const;
    /// The visible part of the page around the body (from "<body"): when it changes the page is
    /// reloaded; otherwise only changed blocks are patched (head-only changes such as the
    /// derived description or modification time do not reload).
    [[nodiscard]] QString visibleShell() const;
};

/// Splits canonical HTML (one block per line, containers on lines of their own) into its
/// top-level blocks: a list, a quote or a figure with everything inside it is one block.
[[nodiscard]] QStringList splitTopLevelBlocks(const QString &canonicalHtml);

/// The preview side of "preview = export, in memory": renders an article with the HTML
/// export's own stages — render (sanitize, resolve assets, derive summary and language),
/// PageData and the export template — so the page is the one the HTML export writes.
/// One instance per thread (the template renderer is not thread-safe).
class PreviewRenderer final
{
public:
    /// Uses the template in \a templateDirectory (empty: the built-in one).
    explicit PreviewRenderer(const QString &templateDirectory = {});
    ~PreviewRenderer();
    PreviewRenderer(const PreviewRenderer &) = delete;
    PreviewRenderer &operator=(const PreviewRenderer &) = delete;

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    /// The page the HTML export writes for \a article (no marker comments).
    [[nodiscard]] std::optional<QString> renderPage(const Article &article, const PreviewLookups &lookups,
                                                    QString *error) const;
    /// The same page, split for patching.
    [[nodiscard]] std::optional<PreviewDocument> renderDocument(const Article &article,
                                                                const PreviewLookups &lookups,
                                                                QString *error) const;
    /// The body alone through the render stage (sanitized, images pointing at exported asset
    /// files): used for the blocks an edit changed, which are canonical HTML on their own.
    [[nodiscard]] std::optional<QString> renderBody(const Article &article, const PreviewLookups &lookups,
                                                    QString *error) const;
    /// The template's static files (style.css, images): name -> bytes.
    [[nodiscard]] QMap<QString, QByteArray> staticFiles() const;

private:
    std::unique_ptr<ExportTemplate> m_template;
    std::unique_ptr<TemplateRenderer> m_renderer;
    QString m_error;
};

/// The adapter the preview is written against: the exported HTML page of \a article, rendered
/// in memory with the built-in template (assets and related items looked up in \a lookups).
[[nodiscard]] QString renderPreviewPage(const Article &article, const PreviewLookups &lookups = {});

} // namespace galley
