#pragma once

#include "model/article.h"
#include "renderedarticle.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace galley {

/// What the render stage knows about every article of the export (built by the select step),
/// so that related items can link to the exported page of their target.
struct ExportPlanEntry {
    qint64 id = 0;
    QString uuid;
    QString fileStem;
    QString title;     ///< as stored (before transforms)
    QString summary;   ///< as stored, or derived from the body when empty
    QString publishAt;
    std::optional<qint64> views;
};

/// The render stage: turns a stored Article into a RenderedArticle.
///
/// - the body is passed through the Sanitizer again (whatever the database holds, only the
///   canonical subset goes on) unless isCanonicalBody() shows it is a sanitizer fixed point
///   already (the same bytes either way), and every img src="asset:<sha256>" is resolved to
///   "assets/<sha256>.<ext>"; an asset missing from the newsroom is an error;
/// - an empty summary is derived from the body's first paragraph (deriveSummary());
/// - related items: an internal item shows its target's current title/summary/date/views and
///   links to the target's page when the target is part of the export; an external item shows
///   what it holds, its URL only when it is http(s);
/// - language is "zh-Hans" when CJK characters outnumber Latin words, else "en".
/// Reentrant: one renderer per thread (the lookups touch that thread's database connection).
class ArticleRenderer final
{
public:
    struct Lookups {
        /// Mime type of an asset; nullopt when the newsroom does not have it.
        std::function<std::optional<QString>(const QString &hash)> assetMimeType;
        /// Loads an article that is a related target but not part of the export.
        std::function<std::optional<Article>(qint64 id)> article;
    };

    /// \a pageSuffix is appended to a target's file stem to link to it (".html"); empty: no links.
    ArticleRenderer(const QHash<qint64, ExportPlanEntry> &plan, QString pageSuffix, Lookups lookups);

    /// Renders \a article; on failure returns nullopt and sets \a error (one sentence).
    [[nodiscard]] std::optional<RenderedArticle> render(const Article &article, QString *error) const;

    /// Plain text of the first paragraph of \a canonicalHtml (else of its first non-empty
    /// block), cut to at most \a maxCharacters characters at a grapheme boundary with "…".
    [[nodiscard]] static QString deriveSummary(const QString &canonicalHtml, int maxCharacters = 120);
    /// The summary an article shows elsewhere (index, related lists): its own, or derived from
    /// its first paragraph — sanitizing only that paragraph when the body is canonical (one
    /// block per line), the whole body otherwise.
    [[nodiscard]] static QString summaryFor(const Article &article);
    /// Same from a stored summary and (the start of) a stored body.
    [[nodiscard]] static QString summaryFor(const QString &summary, const QString &bodyHtml);
    /// Cuts \a text to at most \a maxCharacters characters (graphemes kept whole) plus "…".
    [[nodiscard]] static QString excerpt(const QString &text, int maxCharacters = 120);
    /// "zh-Hans" or "en" by content (see class comment).
    [[nodiscard]] static QString contentLanguage(const QString &plainText);

private:
    const QHash<qint64, ExportPlanEntry> &m_plan;
    QString m_pageSuffix;
    Lookups m_lookups;
};

} // namespace galley
