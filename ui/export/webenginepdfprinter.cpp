#include "webenginepdfprinter.h"

#include "preview/previewinterceptor.h"
#include "preview/previewpage.h"
#include "preview/previewschemehandler.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeDatabase>
#include <QPageRanges>
#include <QRegularExpression>
#include <QThread>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlScheme>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace galley {

struct WebEnginePdfPrinter::Job {
    PdfRequest request;
    // Guarded by Shared::mutex.
    bool done = false;
    bool abandoned = false; ///< the caller gave up waiting
    bool ok = false;
    QByteArray pdf;
    QString error;
    std::condition_variable finished;
    // The printer thread's caller waits in this loop (printer thread only).
    QPointer<QEventLoop> loop;
};

struct WebEnginePdfPrinter::Shared {
    std::mutex mutex;
    WebEnginePdfPrinter *printer = nullptr; ///< null once the printer is gone
    QThread *thread = nullptr;
    std::deque<std::shared_ptr<Job>> queue;
    bool busy = false; ///< a page is being printed
    int timeoutMs = 30000;
};

namespace {

const QLatin1String PageName("page.html");

QString htmlUnescaped(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

/// The page is served from "galley:", so a relative link (to another article's proof) would end
/// up in the PDF as a "galley:" URL: make <a href> links absolute against the output folder,
/// as they would be had the page been opened there. Links are never followed in the printer.
QString withAbsoluteLinks(const QString &html, const QUrl &base)
{
    static const QRegularExpression anchor(QStringLiteral(R"((<a\s[^>]*?\bhref\s*=\s*")([^"]*)("))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = anchor.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString href = match.captured(2);
        const QUrl url(htmlUnescaped(href));
        if (href.isEmpty() || href.startsWith(QLatin1Char('#')) || !url.isValid() || !url.isRelative())
            continue;
        result += QStringView(html).mid(last, match.capturedStart(2) - last);
        result += base.resolved(url).toString(QUrl::FullyEncoded).toHtmlEscaped();
        last = match.capturedEnd(2);
    }
    if (last == 0)
        return html;
    result += QStringView(html).mid(last);
    return result;
}

/// Chromium 102 (Qt 6.4) never finishes printing a page with an empty flex or grid container
/// that has a row gap — the export template's <p class="meta"> of an article without byline
/// and dates. A gap between no items shows nothing: drop it. Runs in the isolated world (page
/// JavaScript stays off) once the page and its style sheet have loaded.
const char *const EmptyGapScript = R"(
for (const element of document.body ? document.body.querySelectorAll('*') : []) {
  if (element.firstElementChild || element.textContent.trim() !== '')
    continue;
  const style = getComputedStyle(element);
  if (/flex|grid/.test(style.display) && style.rowGap !== 'normal' && style.rowGap !== '0px')
    element.style.setProperty('row-gap', '0', 'important');
}
)";

QString displayTitle(const QString &title)
{
    const QString trimmed = title.trimmed();
    return trimmed.isEmpty() ? WebEnginePdfPrinter::tr("(untitled)") : trimmed;
}

} // namespace

WebEnginePdfPrinter::WebEnginePdfPrinter(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->printer = this;
    m_shared->thread = thread();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int seconds = (timeout() + 999) / 1000;
        finish(false, {}, tr("the page did not print within %n second(s)", nullptr, seconds));
        resetPage(); // whatever the page was stuck on, the next one starts afresh
    });
}

WebEnginePdfPrinter::~WebEnginePdfPrinter()
{
    if (m_installed)
        setPdfPrintFunction({});
    std::deque<std::shared_ptr<Job>> left;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->printer = nullptr;
        left.swap(m_shared->queue);
        if (m_current)
            left.push_back(std::exchange(m_current, nullptr));
        for (const std::shared_ptr<Job> &job : left) {
            job->done = true;
            job->ok = false;
            job->error = tr("Could not print “%1”: the PDF printer was closed.").arg(displayTitle(job->request.title));
            job->finished.notify_all();
        }
    }
    for (const std::shared_ptr<Job> &job : left) {
        if (job->loop)
            job->loop->quit();
    }
    resetPage();
    delete m_profile; // after its page
    m_profile = nullptr;
}

bool WebEnginePdfPrinter::print(const PdfRequest &request, QByteArray *pdf, QString *error)
{
    return submit(m_shared, request, pdf, error);
}

PdfPrintFunction WebEnginePdfPrinter::printFunction() const
{
    return [shared = m_shared](const PdfRequest &request, QByteArray *pdf, QString *error) {
        return submit(shared, request, pdf, error);
    };
}

void WebEnginePdfPrinter::install()
{
    setPdfPrintFunction(printFunction());
    m_installed = true;
}

void WebEnginePdfPrinter::setTimeout(int milliseconds)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->timeoutMs = std::max(1, milliseconds);
}

int WebEnginePdfPrinter::timeout() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->timeoutMs;
}

QPageLayout WebEnginePdfPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

bool WebEnginePdfPrinter::submit(const std::shared_ptr<Shared> &shared, const PdfRequest &request, QByteArray *pdf,
                                 QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto job = std::make_shared<Job>();
    job->request = request;

    std::unique_lock lock(shared->mutex);
    if (!shared->printer)
        return fail(tr("Could not print “%1”: the PDF printer was closed.").arg(displayTitle(request.title)));
    const bool onPrinterThread = QThread::currentThread() == shared->thread;
    const auto ahead = qsizetype(shared->queue.size()) + (shared->busy ? 1 : 0);
    const int timeoutMs = shared->timeoutMs;
    shared->queue.push_back(job);
    // Under the lock: the printer cannot be destroyed before the call is posted.
    QMetaObject::invokeMethod(shared->printer, &WebEnginePdfPrinter::startNext, Qt::QueuedConnection);

    if (onPrinterThread) {
        lock.unlock();
        QEventLoop loop;
        job->loop = &loop;
        // Pages are printed from queued calls: wait here, as the command line does on the GUI
        // thread, without letting the user act on the window meanwhile.
        if (!job->done)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        lock.lock();
        job->loop = nullptr;
        if (!job->done) { // only when the loop was left from outside
            job->abandoned = true;
            std::erase(shared->queue, job);
            return fail(tr("Could not print “%1”: printing was interrupted.").arg(displayTitle(request.title)));
        }
    } else {
        // The printer thread finishes or fails every page within its timeout; waiting longer
        // than the pages ahead could take means that thread is blocked (perhaps on us).
        const auto limit = std::chrono::milliseconds(qint64(timeoutMs) * (ahead + 1)) + std::chrono::seconds(10);
        if (!job->finished.wait_for(lock, limit, [&job] { return job->done; })) {
            job->abandoned = true;
            std::erase(shared->queue, job);
            return fail(tr("Could not print “%1”: the PDF printer did not answer (the user interface is busy).")
                            .arg(displayTitle(request.title)));
        }
    }
    if (!job->ok)
        return fail(job->error);
    if (pdf)
        *pdf = std::move(job->pdf);
    return true;
}

void WebEnginePdfPrinter::startNext()
{
    if (m_current)
        return;
    std::shared_ptr<Job> job;
    {
        const std::lock_guard lock(m_shared->mutex);
        while (!job && !m_shared->queue.empty()) {
            job = m_shared->queue.front();
            m_shared->queue.pop_front();
            if (job->abandoned)
                job.reset();
        }
        m_shared->busy = bool(job);
    }
    if (job)
        start(job);
}

void WebEnginePdfPrinter::start(const std::shared_ptr<Job> &job)
{
    m_current = job;
    ++m_generation;
    m_printing = false;
    m_missing.clear();
    const PdfRequest &request = job->request;

    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        finish(false, {}, tr("printing needs the graphical libraries (no QApplication)"));
        return;
    }
    if (QWebEngineUrlScheme::schemeByName(PreviewSchemeHandler::scheme()).name().isEmpty()) {
        qWarning("galley: the galley: URL scheme must be registered before the application object exists");
        finish(false, {}, tr("the galley: URL scheme is not registered"));
        return;
    }
    const QString folder = request.baseUrl.isLocalFile()
        ? QDir::cleanPath(QFileInfo(request.baseUrl.toLocalFile()).absoluteFilePath())
        : QString();
    if (folder.isEmpty()) {
        finish(false, {}, tr("the page's folder (%1) is not a local folder").arg(request.baseUrl.toDisplayString()));
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        finish(false, {}, tr("the page's folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_folder = folder;
    m_html = withAbsoluteLinks(request.html, QUrl::fromLocalFile(folder + QLatin1Char('/'))).toUtf8();

    ensurePage();
    m_pageUrl = QUrl(QStringLiteral("%1:%2%3").arg(QString::fromLatin1(PreviewSchemeHandler::scheme()), jobPrefix(), PageName));
    m_timer.start(timeout());
    m_page->load(m_pageUrl);
}

QString WebEnginePdfPrinter::jobPrefix() const
{
    return QStringLiteral("/print/%1/").arg(m_generation);
}

void WebEnginePdfPrinter::ensurePage()
{
    if (!m_profile) {
        // Off the record, like the preview's: nothing on disk, and the interceptor and the
        // scheme handler apply to the printer only.
        m_interceptor = new PreviewInterceptor(this); // remote content stays blocked
        m_handler = new PreviewSchemeHandler([this](const QString &path) { return resolve(path); }, this);
        m_profile = PreviewPage::createProfile(m_interceptor, m_handler, this);
    }
    if (!m_page) {
        m_page = new PreviewPage(m_profile, this);
        m_page->settings()->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
        m_page->settings()->setAttribute(QWebEngineSettings::ShowScrollBars, false);
        connect(m_page, &QWebEnginePage::loadingChanged, this, &WebEnginePdfPrinter::onLoadingChanged);
        connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
                [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                    if (m_current)
                        finish(false, {}, tr("the page's renderer stopped (status %1, exit code %2)").arg(int(status)).arg(exitCode));
                });
    }
}

void WebEnginePdfPrinter::resetPage()
{
    delete m_page; // a print still running calls back with nothing, for a generation long gone
    m_page = nullptr;
}

std::optional<PreviewSchemeHandler::Reply> WebEnginePdfPrinter::resolve(const QString &path)
{
    const QString prefix = jobPrefix();
    if (!m_current || !path.startsWith(prefix))
        return std::nullopt; // a page long done, or a request of WebEngine's own
    const QString relative = path.mid(prefix.size());
    if (relative == PageName)
        return PreviewSchemeHandler::Reply{QByteArrayLiteral("text/html;charset=utf-8"), m_html};
    const QString file = QDir::cleanPath(m_folder + QLatin1Char('/') + relative);
    if (relative.isEmpty() || !file.startsWith(m_folder + QLatin1Char('/'))) {
        m_missing.append(relative);
        return std::nullopt;
    }
    QFile input(file);
    if (!QFileInfo(file).isFile() || !input.open(QIODevice::ReadOnly)) {
        m_missing.append(relative);
        return std::nullopt;
    }
    static const QMimeDatabase mimeTypes;
    return PreviewSchemeHandler::Reply{mimeTypes.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name().toUtf8(), input.readAll()};
}

void WebEnginePdfPrinter::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (!m_current || m_printing || info.url() != m_pageUrl)
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        finish(false, {}, tr("the page stopped loading"));
        return;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        finish(false, {}, tr("the page did not load (%1)").arg(info.errorString()));
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        break;
    }
    if (!m_missing.isEmpty()) {
        m_missing.removeDuplicates();
        finish(false, {}, tr("the page needs %1, not in the output folder").arg(m_missing.join(QLatin1String(", "))));
        return;
    }
    m_printing = true;
    const int generation = m_generation;
    QPointer<WebEnginePdfPrinter> self(this);
    m_page->runJavaScript(QString::fromLatin1(EmptyGapScript), QWebEngineScript::ApplicationWorld,
                          [self, generation](const QVariant &) {
                              if (self)
                                  self->printPage(generation);
                          });
}

void WebEnginePdfPrinter::printPage(int generation)
{
    if (!m_current || generation != m_generation || !m_page)
        return;
    QPointer<WebEnginePdfPrinter> self(this);
    m_page->printToPdf(
        [self, generation](const QByteArray &pdf) {
            if (self)
                self->onPrinted(generation, pdf);
        },
        pageLayout(), QPageRanges());
}

void WebEnginePdfPrinter::onPrinted(int generation, const QByteArray &pdf)
{
    if (!m_current || generation != m_generation)
        return;
    if (pdf.isEmpty())
        finish(false, {}, tr("printing gave an empty PDF"));
    else if (!pdf.startsWith("%PDF-"))
        finish(false, {}, tr("printing gave something that is not a PDF"));
    else
        finish(true, pdf, {});
}

void WebEnginePdfPrinter::finish(bool ok, const QByteArray &pdf, const QString &reason)
{
    m_timer.stop();
    const std::shared_ptr<Job> job = std::exchange(m_current, nullptr);
    ++m_generation; // late answers about this page are ignored
    m_printing = false;
    m_html.clear();
    if (!job)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        job->done = true;
        job->ok = ok;
        job->pdf = pdf;
        if (!ok)
            job->error = tr("Could not print “%1”: %2.").arg(displayTitle(job->request.title), reason);
        m_shared->busy = false;
        job->finished.notify_all();
    }
    if (job->loop)
        job->loop->quit();
    // The next page from a queued call: this may run inside one of the page's signals.
    QMetaObject::invokeMethod(this, &WebEnginePdfPrinter::startNext, Qt::QueuedConnection);
}

} // namespace galley
