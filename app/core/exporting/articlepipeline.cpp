#include "articlepipeline.h"

#include "ninjsdocument.h"
#include "pagevalidator.h"
#include "document/canonicalhtml.h"
#include "lint/lintignores.h"
#include "lint/linter.h"
#include "lint/spellchecker.h"

#include <QCoreApplication>

#include <array>
#include <numeric>

namespace galley {

namespace {

QString pageSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
    case ExportFormat::Site: return QStringLiteral(".html");
    case ExportFormat::Ninjs: return QStringLiteral(".json");
    case ExportFormat::Text: return QStringLiteral(".txt");
    case ExportFormat::Pdf: return QStringLiteral(".pdf");
    }
    return QStringLiteral(".html");
}

} // namespace

QString articleFileName(ExportFormat format, const QString &fileStem)
{
    return fileStem + pageSuffix(format);
}

ArticlePipeline::ArticlePipeline(const ExportContext &context, ArticleRenderer::Lookups lookups)
    : m_context(context)
    , m_renderer(context.plan, pageSuffix(context.format), std::move(lookups))
    , m_templates(*context.exportTemplate)
{
}

ArticlePipeline::~ArticlePipeline() = default;

PageLabels ArticlePipeline::labels(const QString &language)
{
    const auto cached = m_labels.constFind(language);
    if (cached != m_labels.constEnd())
        return cached.value();
    const ArticleTransformer *transformer = m_context.transformer;
    PageLabels labels = PageLabels::forLanguage(language, [transformer](const QString &text) {
        return transformer ? transformer->transformText(text) : text;
    });
    m_labels.insert(language, labels);
    return labels;
}

LintRuleCounts ArticlePipeline::lintGateFindings(const Article &article, LintSeverity gate, const HouseStyle &style,
    const QSet<QString> &ignored, const SpellChecker *speller)
{
    LintRuleCounts counts {};
    const auto count = [&](const QList<LintFinding> &findings) {
        for (const LintFinding &finding : findings) {
            if (finding.severity >= gate)
                ++counts.at(std::size_t(finding.rule));
        }
    };
    LintParagraph heading;
    heading.kind = TextBlockKind::Heading; // a title ends without a full stop
    const auto field = [&](const QString &text, LintField where) {
        QList<LintFinding> findings = Linter::lintParagraph(text, heading, style);
        if (speller)
            findings += Linter::spellParagraph(text, *speller, style);
        count(LintIgnores::withoutIgnored(findings, where, text, ignored));
    };
    field(article.title, LintField::Title);
    field(article.subtitle, LintField::Subtitle);
    QString plainText;
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(article.bodyHtml, &plainText);
    QList<LintFinding> findings = Linter::lintText(plainText, blocks, style);
    if (speller)
        findings += Linter::spellText(plainText, blocks, *speller, style);
    count(LintIgnores::withoutIgnored(findings, plainText, blocks, ignored));
    return counts;
}

QString ArticlePipeline::lintGateMessage(const LintRuleCounts &counts, LintSeverity gate)
{
    const int total = std::accumulate(counts.cbegin(), counts.cend(), 0);
    if (total == 0)
        return {};
    // Said as the gate is set: at errors (the export dialog's, the usual --lint) they are errors.
    const QString rules = lintRuleCountsText(counts);
    switch (gate) {
    case LintSeverity::Error:
        return QCoreApplication::translate("galley::ArticlePipeline", "%n error(s): %1", nullptr, total).arg(rules);
    case LintSeverity::Warning:
        return QCoreApplication::translate("galley::ArticlePipeline", "%n warning(s) or error(s): %1", nullptr, total).arg(rules);
    case LintSeverity::Info:
        break;
    }
    return QCoreApplication::translate("galley::ArticlePipeline", "%n copy-desk finding(s): %1", nullptr, total).arg(rules);
}

ArticleOutput ArticlePipeline::process(const Article &article)
{
    ArticleOutput output;
    output.id = article.id;
    output.title = article.title;
    const auto fail = [&output, &article](const QString &stage, const QString &reason) {
        output.error = QCoreApplication::translate("galley::ArticlePipeline", "Article %1 (%2): %3 %4").arg(article.id).arg(article.title.left(60), stage, reason);
        output.files.clear();
        return output;
    };

    if (m_context.lintGate) {
        // Spelt in the language chosen for the article, else its text's, as the editor does.
        QString language = m_context.articleLanguages.value(article.id);
        if (language.isEmpty())
            language = ArticleRenderer::contentLanguage(CanonicalHtml::toPlainText(article.bodyHtml));
        const QString dictionary = SpellChecker::dictionaryFor(language);
        const SpellChecker *speller = nullptr;
        if (!dictionary.isEmpty() && m_context.houseStyle.isEnabled(LintRule::Spelling)) {
            std::unique_ptr<SpellChecker> &made = m_spellers[dictionary];
            if (!made) {
                made = std::make_unique<SpellChecker>(dictionary);
                made->addWords(m_context.dictionaryWords);
            }
            speller = made.get();
        }
        const LintRuleCounts blocking = lintGateFindings(article, *m_context.lintGate, m_context.houseStyle,
            m_context.ignoredFindings.value(article.id), speller);
        if (const QString refused = lintGateMessage(blocking, *m_context.lintGate); !refused.isEmpty()) {
            output.heldBackBy = blocking;
            return fail(QCoreApplication::translate("galley::ArticlePipeline", "copy desk:"), refused);
        }
    }

    QString error;
    std::optional<RenderedArticle> rendered = m_renderer.render(article, &error);
    if (!rendered)
        return fail(QCoreApplication::translate("galley::ArticlePipeline", "render:"), error);
    if (m_context.transformer)
        m_context.transformer->transform(*rendered);
    output.title = rendered->title;
    output.fileStem = rendered->fileStem;
    output.language = rendered->language;
    output.assets = rendered->assets;
    const QString fileName = articleFileName(m_context.format, rendered->fileStem);

    switch (m_context.format) {
    case ExportFormat::Ninjs:
        output.files.append({fileName, NinjsDocument::serialize(*rendered, m_context.page.baseUrl)});
        return output;
    case ExportFormat::Text: {
        QByteArray text;
        (void)m_templates.render(QLatin1String(ExportTemplate::TextTemplate),
                                 PageData::articleTree(*rendered, m_context.page, labels(rendered->language)), &error, &text);
        if (!error.isEmpty())
            return fail(QCoreApplication::translate("galley::ArticlePipeline", "template:"), error);
        output.files.append({fileName, text});
        return output;
    }
    case ExportFormat::Html:
    case ExportFormat::Site:
    case ExportFormat::Pdf:
        break;
    }

    QByteArray bytes;
    const QString page = m_templates.render(QLatin1String(ExportTemplate::ArticleTemplate),
                                            PageData::articleTree(*rendered, m_context.page, labels(rendered->language)), &error, &bytes);
    if (!error.isEmpty())
        return fail(QCoreApplication::translate("galley::ArticlePipeline", "template:"), error);

    QSet<QString> ownAssets;
    for (const RenderedAsset &asset : std::as_const(rendered->assets))
        ownAssets.insert(asset.path);
    const PageValidator::Result validation = PageValidator::validate(page, [this, &ownAssets](const QString &path) {
        return m_context.plannedFiles.contains(path) || ownAssets.contains(path);
    });
    if (!validation.isValid())
        return fail(QCoreApplication::translate("galley::ArticlePipeline", "validate:"), validation.errors.join(QLatin1String("; ")));

    if (m_context.format == ExportFormat::Pdf)
        output.pdfHtml = page;
    else
        output.files.append({fileName, bytes});
    return output;
}

} // namespace galley
