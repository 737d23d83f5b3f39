#pragma once

#include "lint/lintrule.h"
#include "model/workflowstate.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace galley {

/// What an export produces. See Exporter for the files each format writes.
enum class ExportFormat {
    Html,  ///< one page per article, style.css and assets/ beside them
    Site,  ///< index.html + one page per article + style.css + assets/, links resolve inside
    Ninjs, ///< IPTC ninjs 2.2 JSON per article (+ assets/ for associated images)
    Text,  ///< plain text per article in the wire-copy layout (same fields as the page)
    Pdf,   ///< print proof of the page; needs a PdfPrintFunction (see pdfprinter.h)
};

/// Simplified -> Traditional Chinese conversion through OpenCC (off by default).
enum class ChineseConversion {
    None,
    S2T,  ///< OpenCC s2t: Traditional (OpenCC standard)
    S2TW, ///< OpenCC s2tw: Traditional, Taiwan variants
    S2HK, ///< OpenCC s2hk: Traditional, Hong Kong variants
};

/// Command-line keys: "html", "site", "ninjs", "text", "pdf".
[[nodiscard]] QString exportFormatKey(ExportFormat format);
[[nodiscard]] std::optional<ExportFormat> exportFormatFromKey(QStringView key);
/// Command-line keys: "" (none), "s2t", "s2tw", "s2hk".
[[nodiscard]] QString chineseConversionKey(ChineseConversion conversion);
[[nodiscard]] std::optional<ChineseConversion> chineseConversionFromKey(QStringView key);

/// Which articles to export. Exactly one of: explicit ids, a workflow state, or all live
/// articles. Articles in the trash are never exported.
struct ExportSelection {
    QList<qint64> ids;
    std::optional<WorkflowState> status;
    bool all = false;
};

/// How to export. Everything off by default: no conversion, no punctuation changes, one job,
/// never overwrite a file Galley did not write.
struct ExportOptions {
    ExportFormat format = ExportFormat::Html;
    QString outputDirectory;
    /// A folder with article.mustache (and optionally index.mustache, article.txt.mustache,
    /// partials *.mustache and static files such as style.css). Empty = the built-in template.
    QString templateDirectory;
    ChineseConversion conversion = ChineseConversion::None;
    bool fixPunctuation = false;
    /// Worker threads for render/transform/template/validate (each opens its own connection).
    int jobs = 1;
    /// Overwrite files in the output folder that Galley did not write (or that were changed
    /// since). Off: such a file stops the export before anything is written.
    bool overwriteForeignFiles = false;
    /// Absolute URL the output will be published under ("https://example.com/news/"). Optional:
    /// when set, pages carry canonical/og:url/og:image links and ninjs hrefs are absolute.
    QString baseUrl;
    /// The copy desk as a gate: an article with a copy-desk finding (Linter, in its title,
    /// subtitle or body, a misspelling included, with the newsroom's house style, dictionary
    /// and ignores) of this severity or above is not exported, and fails naming the rules and
    /// their counts. Off when empty.
    std::optional<LintSeverity> lintGate;
};

/// Findings per copy-desk rule, indexed by LintRule: what holds articles back at the gate.
using LintRuleCounts = std::array<int, LintRuleCount>;

/// The rules with findings in \a counts by their ids, the most first (ties in the rules'
/// order): "spelling 2, halfwidth-punctuation 1"; empty when there are none.
[[nodiscard]] QString lintRuleCountsText(const LintRuleCounts &counts);

} // namespace galley
