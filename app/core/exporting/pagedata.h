#pragma once

#include "exporttemplate.h"
#include "renderedarticle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace galley {

/// The words a page prints around the data (稿件来源, 编辑, 相关文章 ...). They follow the
/// language of the content, not the user interface, so that an export does not depend on
/// the locale Galley runs in (and Traditional output gets Traditional labels).
struct PageLabels {
    QString source;
    QString editor;
    QString related;
    QString viewsSuffix; ///< after the number: "次浏览" / " views"
    QString published;
    QString byline;
    QString tags;
    QString home;
    QString indexTitle;
    QString separator;   ///< between a label and its value: "：" / ": "
    QString wireSeparator; ///< the same in wire copy (plain text), as wire services write it: ":" / ": "

    /// Labels for content in \a language; \a transform (may be null) converts the Chinese set
    /// the same way the content was converted.
    [[nodiscard]] static PageLabels forLanguage(const QString &language,
                                                const std::function<QString(const QString &)> &transform);
    [[nodiscard]] QVariantMap toVariantMap() const;
};

/// How pages link to each other and to shared files.
struct PageContext {
    bool site = false;                         ///< pages link back to index.html
    QString stylesheet = QStringLiteral("style.css");
    QString indexHref = QStringLiteral("index.html");
    QString baseUrl;                           ///< absolute base for canonical/og:url/og:image; may be empty
    QString pageSuffix = QStringLiteral(".html");
    bool withBodyText = true;                  ///< false when no template reads body_text: not computed
};

/// One entry of a site's index page.
struct IndexEntry {
    QString title;
    QString summary;
    QString href;
    QString publishAt;
    std::optional<qint64> views;
    QString language;    ///< of the article (an index may list Chinese and English articles)
    QString viewsSuffix; ///< PageLabels::viewsSuffix in that language
};

/// The template stage's data: what a template sees (documented in the built-in
/// article.mustache), and the formats built directly in code (JSON-LD, ninjs).
namespace PageData {

/// Data for article.mustache and article.txt.mustache.
[[nodiscard]] QVariantMap article(const RenderedArticle &article, const PageContext &context, const PageLabels &labels);
/// The same, built straight into the template library's tree (what the export renders).
[[nodiscard]] TemplateData articleTree(const RenderedArticle &article, const PageContext &context,
                                       const PageLabels &labels);
/// Data for index.mustache; entries already in display order.
[[nodiscard]] QVariantMap index(const QList<IndexEntry> &entries, const QString &language, const PageContext &context,
                                const PageLabels &labels);
/// The same, built straight into the template library's tree.
[[nodiscard]] TemplateData indexTree(const QList<IndexEntry> &entries, const QString &language,
                                     const PageContext &context, const PageLabels &labels);

/// schema.org NewsArticle as JSON, safe to put inside <script type="application/ld+json">:
/// '<', '>', '&', U+2028 and U+2029 are written as \\u escapes, so no "</script" or "<!--"
/// can appear and the text parses as the same JSON.
[[nodiscard]] QString jsonLd(const RenderedArticle &article, const PageContext &context);
/// Makes compact JSON safe for a script data block (see jsonLd()).
[[nodiscard]] QString scriptSafeJson(const QString &json);

/// "2025-03-18T08:18:00" -> "2025-03-18 08:18:00" (as given otherwise; no zone invented).
[[nodiscard]] QString displayTime(const QString &isoTime);
/// Open Graph locale for a language tag ("zh-Hans" -> "zh_CN", "zh-Hant-TW" -> "zh_TW", "en" -> "en_US").
[[nodiscard]] QString ogLocale(const QString &language);

/// Plain text of a body for text outputs: blocks separated by a blank line.
[[nodiscard]] QString bodyText(const QString &canonicalHtml);

} // namespace PageData
} // namespace galley
