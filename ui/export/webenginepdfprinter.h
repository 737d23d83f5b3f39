#pragma once

#include "exporting/pdfprinter.h"
#include "preview/previewschemehandler.h"

#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QWebEngineLoadingInfo;
class QWebEngineProfile;

namespace galley {

class PreviewInterceptor;
class PreviewPage;

/// The pdf export format's printer: prints the export page with QWebEnginePage::printToPdf in
/// an off-screen page (A4 portrait), the way the preview shows it and just as safely — the
/// preview's PreviewPage (JavaScript off, no navigation, no new windows), PreviewInterceptor
/// (nothing remote) and PreviewSchemeHandler. The page is served as "galley:/print/<n>/page.html"
/// and its style sheet and images are read from the output folder (PdfRequest::baseUrl), so
/// setHtml()'s 2 MB limit does not apply and the page cannot read files outside that folder.
///
/// Lives on the GUI thread (the thread that creates it; WebEngine works there only) and prints
/// one page at a time. print() and printFunction() may be called from any thread: on the
/// printer's own thread they run a local event loop (user input excluded) until the page is
/// printed; on another thread they hand the page to the printer's thread and block until it is
/// done, so that thread must run its event loop. A caller never waits forever: a page that does
/// not print within timeout() fails, and a worker whose page is never picked up (the GUI thread
/// blocked) gives up too. Needs a QApplication and PreviewPane::registerUrlScheme() called
/// before it.
class WebEnginePdfPrinter final : public QObject
{
    Q_OBJECT
public:
    explicit WebEnginePdfPrinter(QObject *parent = nullptr);
    /// Fails the pages still waiting and removes the printer from the export hook if install()ed.
    ~WebEnginePdfPrinter() override;

    /// Prints \a request to PDF bytes; on failure returns false and sets \a error, which names
    /// the article (request.title). Blocks; thread-safe.
    bool print(const PdfRequest &request, QByteArray *pdf, QString *error);

    /// print() as the export hook wants it; safe to call after the printer is gone (it fails).
    [[nodiscard]] PdfPrintFunction printFunction() const;
    /// Registers printFunction() with setPdfPrintFunction(); the destructor unregisters it.
    void install();

    /// How long one page may take to load and print (default 30 s).
    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const;

    /// A4 portrait, 15 mm margins.
    [[nodiscard]] static QPageLayout pageLayout();

private:
    struct Job;
    struct Shared;

    static bool submit(const std::shared_ptr<Shared> &shared, const PdfRequest &request, QByteArray *pdf, QString *error);
    void startNext();
    void start(const std::shared_ptr<Job> &job);
    void ensurePage();
    void resetPage();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void printPage(int generation);
    void onPrinted(int generation, const QByteArray &pdf);
    void finish(bool ok, const QByteArray &pdf, const QString &reason);
    [[nodiscard]] std::optional<PreviewSchemeHandler::Reply> resolve(const QString &path);
    [[nodiscard]] QString jobPrefix() const;

    std::shared_ptr<Shared> m_shared;
    bool m_installed = false;

    QWebEngineProfile *m_profile = nullptr;
    PreviewInterceptor *m_interceptor = nullptr;
    PreviewSchemeHandler *m_handler = nullptr;
    PreviewPage *m_page = nullptr;
    QTimer m_timer;

    // The page being printed (GUI thread only).
    std::shared_ptr<Job> m_current;
    int m_generation = 0;
    bool m_printing = false;
    QUrl m_pageUrl;
    QByteArray m_html;
    QString m_folder;
    QStringList m_missing;
};

} // namespace galley
