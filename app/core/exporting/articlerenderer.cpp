#include "articlerenderer.h"

#include "canonicalcheck.h"
#include "canonicaltext.h"
#include "document/sanitizer.h"
#include "model/plaintext.h"
#include "model/textstats.h"
#include "exportpaths.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <QTextBoundaryFinder>
#include <QUrl>
#include <QUuid>

namespace galley {

namespace {

QString httpUrlOrEmpty(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QString();
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QString();
    return parsed.toString(QUrl::FullyEncoded);
}

// Namespace for stable identifiers of external related items without a URL.
const QUuid &relatedNamespace()
{
    static const QUuid uuid(QStringLiteral("{6f1d2c1e-4a57-5b8e-9d0a-3c2b1a0f9e77}"));
    return uuid;
}

} // namespace

ArticleRenderer::ArticleRenderer(const QHash<qint64, ExportPlanEntry> &plan, QString pageSuffix, Lookups lookups)
    : m_plan(plan)
    , m_pageSuffix(std::move(pageSuffix))
    , m_lookups(std::move(lookups))
{
}

QString ArticleRenderer::excerpt(const QString &text, int maxCharacters)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxCharacters)
        return simplified;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, simplified);
    graphemes.setPosition(maxCharacters);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    qsizetype cut = graphemes.position() > 0 ? graphemes.position() : maxCharacters;
    QString result = simplified.left(cut);
    while (!result.isEmpty() && (result.back().isSpace() || result.back().isPunct()))
        result.chop(1);
    return result + QChar(0x2026);
}

QString ArticleRenderer::deriveSummary(const QString &canonicalHtml, int maxCharacters)
{
    // Canonical HTML has one block per line; the first <p> line is the first paragraph (looked
    // for line by line, without copying the whole body into a list of lines first).
    for (const QStringView line : QStringTokenizer(canonicalHtml, u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("<p>")) && !line.startsWith(QLatin1String("<p ")))
            continue;
        const QString text = CanonicalText::plainText(line.toString()).simplified();
        if (!text.isEmpty())
            return excerpt(text, maxCharacters);
    }
    const QStringList blocks = CanonicalText::plainText(canonicalHtml).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        if (!block.trimmed().isEmpty())
            return excerpt(block, maxCharacters);
    }
    return QString();
}

QString ArticleRenderer::summaryFor(const Article &article)
{
    return summaryFor(article.summary, article.bodyHtml);
}

QString ArticleRenderer::summaryFor(const QString &summary, const QString &body)
{
    const QString own = PlainText::withoutStrayControls(summary).simplified();
    if (!own.isEmpty())
        return own;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = body.size();
        const QStringView line = QStringView(body).mid(start, end - start);
        if (line.startsWith(QLatin1String("<p>")) && line.endsWith(QLatin1String("</p>"))
            && !line.mid(3, line.size() - 7).contains(QLatin1Char('<'))) {
            // The common case, a paragraph of plain text: its text is all there is to it.
            const QString derived = excerpt(CanonicalText::decodeText(line.mid(3, line.size() - 7)));
            if (!derived.isEmpty())
                return derived;
        } else if (line.startsWith(QLatin1String("<p>"))) {
            // A whole line that is canonical already is its own first paragraph (the same text
            // sanitizing the whole body would give).
            if (end < body.size() && isCanonicalBody(QString(line.toString() + QLatin1Char('\n')))) {
                const QString derived = deriveSummary(line.toString());
                if (!derived.isEmpty())
                    return derived;
                start = end + 1;
                continue;
            }
            // A canonical body has one block per line; a line cut short (the start of a body)
            // is closed by the sanitizer, which is enough for ~120 characters.
            const QString paragraph = Sanitizer::sanitize(line.toString());
            if (!paragraph.startsWith(QLatin1String("<p>")) || paragraph.contains(QLatin1Char('\n')))
                break; // not canonical: take the slow, sure way below
            const QString derived = deriveSummary(paragraph);
            if (!derived.isEmpty())
                return derived;
        }
        start = end + 1;
    }
    return deriveSummary(Sanitizer::sanitize(body));
}

QString ArticleRenderer::contentLanguage(const QString &plainText)
{
    const TextStats stats = computeTextStats(plainText);
    if (stats.cjkCharacters > 0 && stats.cjkCharacters >= stats.latinWords)
        return QStringLiteral("zh-Hans");
    return QStringLiteral("en");
}

std::optional<RenderedArticle> ArticleRenderer::render(const Article &article, QString *error) const
{
    RenderedArticle out;
    out.id = article.id;
    out.uuid = article.uuid;
    const auto planned = m_plan.constFind(article.id);
    out.fileStem = planned != m_plan.constEnd() ? planned->fileStem : ExportPaths::fileStem(article.slug, article.id);
    // Whatever the database holds (a row written by psql or an older Galley), no control
    // character goes into a page, its <title> or its metadata.
    const auto line = [](const QString &text) { return PlainText::singleLine(text).trimmed(); };
    out.title = line(article.title);
    out.subtitle = line(article.subtitle);
    out.byline = line(article.byline);
    out.source = line(article.source);
    out.editor = line(article.editor);
    out.desk = line(article.desk);
    for (const QString &tag : article.tags) {
        if (const QString kept = line(tag); !kept.isEmpty())
            out.tags.append(kept);
    }
    out.status = workflowStateKey(article.status);
    out.publishAt = article.publishAt.trimmed();
    out.views = article.views;
    out.createdAt = article.createdAt.toUTC();
    out.updatedAt = article.updatedAt.toUTC();
    out.version = article.version;

    // Whatever the database holds, only the canonical subset goes on to the page. A body the
    // editor stored is canonical already (and a sanitizer fixed point); the one-pass check
    // proves that for the common shapes, so only other bodies — raw imports, bodies written
    // into the file by other tools, hostile ones — are parsed and sanitized again.
    QString body = isCanonicalBody(article.bodyHtml) ? article.bodyHtml : Sanitizer::sanitize(article.bodyHtml);
    static const QRegularExpression assetImage(QStringLiteral("<img src=\"asset:([0-9A-Fa-f]{64})\""));
    // Most bodies have no image: the expression runs only where its fixed start is there.
    if (!body.contains(QLatin1String("<img src=\"asset:"))) {
        out.bodyHtml = body;
    } else {
        QString resolved;
        resolved.reserve(body.size());
        qsizetype position = 0;
        auto it = assetImage.globalMatch(body);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString hash = match.captured(1).toLower();
            const std::optional<QString> mime = m_lookups.assetMimeType ? m_lookups.assetMimeType(hash) : std::nullopt;
            if (!mime) {
                if (error)
                    *error = QCoreApplication::translate("galley::ArticleRenderer", "The image asset:%1 is not in the newsroom.").arg(hash);
                return std::nullopt;
            }
            const QString path = ExportPaths::assetPath(hash, *mime);
            bool known = false;
            for (const RenderedAsset &asset : std::as_const(out.assets))
                known = known || asset.hash == hash;
            if (!known)
                out.assets.append({hash, *mime, path});
            resolved.append(QStringView(body).mid(position, match.capturedStart() - position));
            resolved.append(QLatin1String("<img src=\"") + path + QLatin1Char('"'));
            position = match.capturedEnd();
        }
        resolved.append(QStringView(body).mid(position));
        out.bodyHtml = resolved;
    }

    out.summary = PlainText::withoutStrayControls(article.summary).simplified();
    if (out.summary.isEmpty()) {
        out.summary = deriveSummary(out.bodyHtml);
        out.summaryDerived = !out.summary.isEmpty();
    }
    out.language = contentLanguage(out.title + QLatin1Char('\n') + CanonicalText::plainText(out.bodyHtml));

    int position1 = 0;
    for (const RelatedItem &item : article.related) {
        ++position1;
        RenderedRelated related;
        related.title = line(item.title);
        related.summary = PlainText::withoutStrayControls(item.summary).simplified();
        related.publishedAt = item.publishedAt.trimmed();
        related.views = item.views;
        if (item.targetArticleId) {
            const qint64 targetId = *item.targetArticleId;
            ExportPlanEntry target;
            bool found = false;
            const auto inPlan = m_plan.constFind(targetId);
            if (inPlan != m_plan.constEnd()) {
                target = *inPlan;
                found = true;
            } else if (m_lookups.article) {
                if (const std::optional<Article> stored = m_lookups.article(targetId); stored && !stored->isInTrash()) {
                    target = {stored->id,           stored->uuid,  QString(), stored->title.trimmed(), summaryFor(*stored),
                              stored->publishAt.trimmed(), stored->views};
                    found = true;
                }
            }
            if (found) {
                related.internal = true;
                related.uri = QLatin1String("urn:uuid:") + target.uuid;
                if (!target.title.isEmpty())
                    related.title = target.title;
                if (!target.summary.isEmpty())
                    related.summary = target.summary;
                if (!target.publishAt.isEmpty())
                    related.publishedAt = target.publishAt;
                if (target.views)
                    related.views = target.views;
                if (!target.fileStem.isEmpty() && !m_pageSuffix.isEmpty())
                    related.href = target.fileStem + m_pageSuffix;
            }
        }
        if (!related.internal) {
            related.url = httpUrlOrEmpty(item.url);
            related.uri = !related.url.isEmpty()
                ? related.url
                : QLatin1String("urn:uuid:")
                    + QUuid::createUuidV5(relatedNamespace(), article.uuid + QLatin1Char('/') + QString::number(position1) + QLatin1Char('/') + related.title)
                          .toString(QUuid::WithoutBraces);
        }
        if (related.title.isEmpty() && related.url.isEmpty())
            continue; // nothing a reader could use
        out.related.append(related);
    }
    return out;
}

} // namespace galley
