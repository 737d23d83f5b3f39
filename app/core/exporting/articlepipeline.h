#pragma once

#include "articlerenderer.h"
#include "articletransformer.h"
#include "exportoptions.h"
#include "exporttemplate.h"
#include "lint/housestyle.h"
#include "pagedata.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace galley {

class SpellChecker;

/// What one article became: the files to write (relative path -> bytes), the assets they need
/// and, for the pdf format, the page to print. error is set when any stage failed; then
/// nothing of this article may be written.
struct ArticleOutput {
    qint64 id = 0;
    QString title;
    QString fileStem;
    QString error;
    QList<QPair<QString, QByteArray>> files;
    QList<RenderedAsset> assets;
    QString pdfHtml;
    QString language;
    LintRuleCounts heldBackBy {}; ///< the copy desk's gate held it back: the findings that did, by rule
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// What the workers of one export share, read-only.
struct ExportContext {
    ExportFormat format = ExportFormat::Html;
    QHash<qint64, ExportPlanEntry> plan;
    QSet<QString> plannedFiles; ///< pages and static files this export writes
    PageContext page;
    const ExportTemplate *exportTemplate = nullptr;
    const ArticleTransformer *transformer = nullptr;
    std::optional<LintSeverity> lintGate; ///< see ExportOptions::lintGate
    HouseStyle houseStyle; ///< the newsroom's, which the gate checks with
    QHash<qint64, QSet<QString>> ignoredFindings; ///< per article: what the desk ignored (LintIgnores)
    QHash<qint64, QString> articleLanguages; ///< per article: the spelling language chosen for it
    QStringList dictionaryWords; ///< the newsroom's dictionary
};

/// render -> transform -> template -> validate for one article at a time. One pipeline per
/// thread (it holds a compiled template and that thread's lookups). Also usable without a
/// database (a preview): give lookups that know the assets.
class ArticlePipeline final
{
public:
    ArticlePipeline(const ExportContext &context, ArticleRenderer::Lookups lookups);
    ~ArticlePipeline();

    [[nodiscard]] ArticleOutput process(const Article &article);

    /// Page labels for \a language as this export prints them (cached).
    [[nodiscard]] PageLabels labels(const QString &language);

    /// The findings for which the copy desk refuses \a article at \a gate, by rule (all zero
    /// when it passes): its title, subtitle and body checked with \a style, and spelt with
    /// \a speller when given (the article's language's), as the editor underlines them, leaving
    /// out the findings whose keys are in \a ignored (LintIgnores).
    [[nodiscard]] static LintRuleCounts lintGateFindings(const Article &article, LintSeverity gate,
        const HouseStyle &style = {}, const QSet<QString> &ignored = {}, const SpellChecker *speller = nullptr);
    /// Why the copy desk refuses an article with \a counts at \a gate, naming the rules that
    /// block: "3 errors: spelling 2, halfwidth-punctuation 1"; empty when there are none.
    [[nodiscard]] static QString lintGateMessage(const LintRuleCounts &counts, LintSeverity gate);

private:
    const ExportContext &m_context;
    ArticleRenderer m_renderer;
    TemplateRenderer m_templates;
    QHash<QString, PageLabels> m_labels;
    /// The copy-desk gate's spelling checkers, this thread's, by dictionary (made when needed).
    std::map<QString, std::unique_ptr<SpellChecker>> m_spellers;
};

/// The file a format writes for an article stem ("<stem>.html", ".json", ".txt", ".pdf").
[[nodiscard]] QString articleFileName(ExportFormat format, const QString &fileStem);

} // namespace galley
