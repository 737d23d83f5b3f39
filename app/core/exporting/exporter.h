#pragma once

#include "exportoptions.h"
#include "exportwriter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace galley {

/// The outcome of one export.
struct ExportSummary {
    bool ok = false;        ///< everything selected was exported
    bool cancelled = false;
    int selected = 0;       ///< articles selected
    int exported = 0;       ///< articles whose files were written
    int failed = 0;         ///< articles that failed a stage (their files were not written)
    int heldBack = 0;       ///< of the failed, those the copy desk's gate held back (ExportOptions::lintGate)
    LintRuleCounts heldBackBy {}; ///< the findings that held them back, by rule, all articles together
    QList<WrittenFile> files; ///< in the order written
    QStringList errors;     ///< one sentence each: a fatal problem, or one per failed article
    QString outputDirectory;
    qint64 elapsedMs = 0;
};

/// Runs the export pipeline select -> render -> transform -> template -> validate -> write
/// (see the stages in this folder) over the articles of one newsroom file.
///
/// Files written, by format (stems from ExportPaths, "<stem>" below):
/// - html:  <stem>.html per article, style.css (and the template's other static files), assets/
/// - site:  the same plus index.html (articles by publish time, newest first, with excerpts);
///          related articles that are part of the export link to each other's pages
/// - ninjs: <stem>.json per article (IPTC ninjs 2.2) and assets/
/// - text:  <stem>.txt per article (the wire-copy layout)
/// - pdf:   <stem>.pdf per article, printed by the registered PdfPrintFunction from the html
///          page (style.css and assets/ are written too, for the printer to load)
/// plus the manifest .galley-export.json (see ExportWriter).
///
/// Problems found before anything is written (no newsroom, unknown id, template error, a
/// foreign file in the way, missing OpenCC profile or PDF printer) stop the export; an article
/// that fails a stage is reported and skipped while the others are written. Output is
/// byte-identical for identical input, whatever the number of jobs.
///
/// run() is synchronous: the GUI calls it on a worker thread and connects to the signals
/// (queued); cancel() may be called from any thread. With options.jobs > 1, render, transform,
/// template and validate run on that many threads, each with its own database connection;
/// files are still written by the thread that called run(), in a fixed order.
class Exporter final : public QObject
{
    Q_OBJECT

public:
    Exporter(QString databasePath, ExportSelection selection, ExportOptions options, QObject *parent = nullptr);
    ~Exporter() override;

    [[nodiscard]] ExportSummary run();
    /// Stops at the next article; files already written stay complete (no partial file).
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    /// The selection is resolved: \a total articles will be exported.
    void started(int total);
    /// \a done of \a total articles are finished; \a title is the one just written.
    void progress(int done, int total, const QString &title);
    void fileWritten(const galley::WrittenFile &file);
    void articleFailed(qint64 id, const QString &error);

private:
    QString m_databasePath;
    ExportSelection m_selection;
    ExportOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace galley
