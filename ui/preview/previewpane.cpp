#include "previewpane.h"

#include "appearance.h"

#include "document/canonicalhtml.h"
#include "exporting/articlerenderer.h"
#include "exporting/exporttemplate.h"
#include "previewinterceptor.h"
#include "previewpage.h"
#include "previewschemehandler.h"
#include "settings.h"
#include "storage/articlerepository.h"
#include "storage/assetrepository.h"
#include "storage/suggestionmarks.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

namespace galley {

namespace {

const QString PagePath = QStringLiteral("/preview/page");

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString glueScript()
{
    QFile file(QStringLiteral(":/galley/preview/patch.js"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("galley: the preview glue script is missing from the resources");
    return QString::fromUtf8(file.readAll());
}

} // namespace

void PreviewPane::registerUrlScheme()
{
    if (!QWebEngineUrlScheme::schemeByName(PreviewSchemeHandler::scheme()).name().isEmpty())
        return;
    QWebEngineUrlScheme scheme(PreviewSchemeHandler::scheme());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

bool PreviewPane::chooseRendering()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND")
        || Settings::previewOnGraphicsCard())
        return false;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Nothing else in Galley draws with OpenGL. Before the application object, X11's OpenGL is
    // turned off too: no OpenGL driver is loaded at start (Mesa's, with LLVM, took half of a
    // start on a dropped page cache: 802 ms to the window, 435 ms without) and the process
    // tree is ~90 MiB smaller. Set in the environment, it is the user's choice.
    if (!QCoreApplication::instance() && !qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
    return true;
}

namespace {

const QString ShowSuggestionsKey = QStringLiteral("preview/showSuggestions");
const QString SyncScrollingKey = QStringLiteral("preview/syncScrolling");

} // namespace

bool PreviewPane::showsSuggestions() const
{
    return m_showSuggestionsAction->isChecked();
}

void PreviewPane::setShowsSuggestions(bool show)
{
    m_showSuggestionsAction->setChecked(show);
}

void PreviewPane::suggestionsChanged()
{
    if (showsSuggestions())
        contentChanged();
}

PreviewPane::PreviewPane(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_assets(std::make_unique<AssetRepository>(database))
    , m_articles(std::make_unique<ArticleRepository>(database))
    , m_renderer(std::make_shared<PreviewRenderer>())
{
    setObjectName(QStringLiteral("previewPane"));
    m_error = m_renderer->errorString();
    m_staticFiles = m_renderer->staticFiles();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);

    m_interceptor = new PreviewInterceptor(this);
    m_handler = new PreviewSchemeHandler([this](const QString &path) { return resolve(path); }, this);

    // Starting the web engine takes half a second or more: the window is shown and painted
    // first, with this placeholder where the page will be (see eventFilter()).
    m_placeholder = new QLabel(tr("Preparing the preview…"), this);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_placeholder->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);

    m_allowRemoteAction = new QAction(QIcon::fromTheme(QStringLiteral("network-wired")),
                                      tr("Allow &Remote Content in Preview"), this);
    m_allowRemoteAction->setObjectName(QStringLiteral("allowRemoteContent"));
    m_allowRemoteAction->setCheckable(true);
    m_allowRemoteAction->setStatusTip(tr("Let the preview of this article load images and files "
                                         "from the internet"));
    connect(m_allowRemoteAction, &QAction::toggled, this, &PreviewPane::setRemoteContentAllowed);

    m_showSuggestionsAction = new QAction(tr("Show &Suggestions in Preview"), this);
    m_showSuggestionsAction->setObjectName(QStringLiteral("showSuggestionsInPreview"));
    m_showSuggestionsAction->setCheckable(true);
    m_showSuggestionsAction->setStatusTip(tr("Mark the pending suggestions in the preview: proposed text underlined, "
                                             "deleted text struck through (exports never show them)"));
    m_showSuggestionsAction->setChecked(QSettings().value(ShowSuggestionsKey, false).toBool());
    connect(m_showSuggestionsAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(ShowSuggestionsKey, on);
        m_reloadRequested = true; // the whole body changes
        contentChanged();
    });

    m_syncScrollingAction = new QAction(tr("S&ynchronize Scrolling"), this);
    m_syncScrollingAction->setObjectName(QStringLiteral("syncScrolling"));
    m_syncScrollingAction->setCheckable(true);
    m_syncScrollingAction->setStatusTip(tr("Scrolling the editor or the preview keeps the other at the same paragraph"));
    m_syncScrollingAction->setChecked(QSettings().value(SyncScrollingKey, true).toBool());
    connect(m_syncScrollingAction, &QAction::toggled, this, [](bool on) { QSettings().setValue(SyncScrollingKey, on); });

    m_updateTimer.setSingleShot(true);
    // A few milliseconds: the editor repaints the keystroke first, then the body is serialized.
    m_updateTimer.setInterval(8);
    connect(&m_updateTimer, &QTimer::timeout, this, &PreviewPane::startUpdate);
    m_scrollTimer.setSingleShot(true);
    m_scrollTimer.setInterval(40);
    connect(&m_scrollTimer, &QTimer::timeout, this, &PreviewPane::sendScroll);

    connect(m_interceptor, &PreviewInterceptor::requestBlocked, this, [this] {
        const int blocked = m_interceptor->blockedCount();
        if (blocked > m_blockedReported) {
            m_blockedReported = blocked;
            Q_EMIT statusMessage(tr("Preview: blocked %n remote request(s). View ▸ Allow Remote "
                                    "Content in Preview loads them.",
                                    nullptr, blocked));
        }
    });
}

namespace {

const QString DarkScriptName = QStringLiteral("galley-preview-dark");

/// Adds (or, with \a dark false, takes away) the preview's dark style sheet. It is the preview's
/// own: exported pages and their templates never see it.
QString darkModeScript(bool dark)
{
    static const QString css = QStringLiteral(
        ":root { color-scheme: dark; }"
        " html, body { background: #1e1e20 !important; color: #e6e6e6 !important; }"
        " body *:not(a):not(mark) { color: inherit !important; border-color: #55555a !important; }"
        " body a { color: #8ab4f8 !important; }"
        " table, th, td, pre, code, blockquote { background-color: transparent !important; }");
    return QStringLiteral("(function () {"
                          " var style = document.getElementById('galley-dark-preview');"
                          " if (!%1) { if (style) style.remove(); return; }"
                          " if (!style) { style = document.createElement('style'); style.id = 'galley-dark-preview';"
                          " (document.head || document.documentElement).appendChild(style); }"
                          " style.textContent = '%2';"
                          "})();")
        .arg(dark ? QStringLiteral("true") : QStringLiteral("false"), css);
}

} // namespace

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void PreviewPane::followPalette()
{
    const bool dark = Appearance::isDark(palette());
    if (!m_page || dark == m_dark)
        return;
    m_dark = dark;
    QWebEngineScriptCollection &scripts = m_page->scripts();
    for (const QWebEngineScript &script : scripts.find(DarkScriptName))
        scripts.remove(script);
    if (dark) {
        // Every page loaded from now on, then the one on show.
        QWebEngineScript script;
        script.setName(DarkScriptName);
        script.setWorldId(QWebEngineScript::ApplicationWorld);
        script.setInjectionPoint(QWebEngineScript::DocumentReady);
        script.setRunsOnSubFrames(false);
        script.setSourceCode(darkModeScript(true));
        scripts.insert(script);
    }
    m_page->runJavaScript(darkModeScript(dark), QWebEngineScript::ApplicationWorld);
    m_page->setBackgroundColor(palette().color(QPalette::Base));
}

void PreviewPane::ensureEngine() const
{
    if (m_page)
        return;
    auto *self = const_cast<PreviewPane *>(this);
    self->createEngine();
}

void PreviewPane::createEngine()
{
    // A profile of its own: the interceptor and scheme handler apply to the preview only.
    m_profile = PreviewPage::createProfile(m_interceptor, m_handler, this);

    m_page = new PreviewPage(m_profile, this);
    QWebEngineScript glue;
    glue.setName(QStringLiteral("galley-preview-glue"));
    glue.setWorldId(QWebEngineScript::ApplicationWorld);
    glue.setInjectionPoint(QWebEngineScript::DocumentReady);
    glue.setRunsOnSubFrames(false);
    glue.setSourceCode(glueScript());
    m_page->scripts().insert(glue);
    followPalette();

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    layout()->addWidget(m_view);
    m_placeholder->hide();
    m_placeholder->deleteLater();
    m_placeholder = nullptr;

    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewPane::onLoadFinished);
    connect(m_page, &PreviewPage::leafClicked, this, &PreviewPane::leafClicked);
    connect(m_page, &PreviewPage::userScrolled, this, &PreviewPane::userScrolled);
    connect(m_page, &PreviewPage::externalLinkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    if (m_dirty)
        scheduleUpdate();
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_placeholder && event->type() == QEvent::Paint && !m_engineQueued) {
        m_engineQueued = true;
        QTimer::singleShot(0, this, [this] { ensureEngine(); });
    }
    return QWidget::eventFilter(watched, event);
}

PreviewPane::~PreviewPane()
{
    m_pool.waitForDone();
    // The page must go before its profile.
    if (m_view)
        m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void PreviewPane::setArticleSource(ArticleSource source)
{
    m_source = std::move(source);
}

bool PreviewPane::isRemoteContentAllowed() const
{
    return m_interceptor->isRemoteAllowed();
}

void PreviewPane::setRemoteContentAllowed(bool allowed)
{
    if (m_articleId != 0) {
        if (allowed)
            m_remoteAllowedArticles.insert(m_articleId);
        else
            m_remoteAllowedArticles.remove(m_articleId);
    }
    if (m_allowRemoteAction->isChecked() != allowed)
        m_allowRemoteAction->setChecked(allowed);
    if (m_interceptor->isRemoteAllowed() == allowed)
        return;
    m_interceptor->setRemoteAllowed(allowed);
    m_reloadRequested = true; // what was blocked loads now (or what was loaded goes)
    contentChanged();
}

int PreviewPane::blockedRequestCount() const
{
    return m_interceptor->blockedCount();
}

bool PreviewPane::isUpdatePending() const
{
    return m_dirty || m_busy;
}

void PreviewPane::articleChanged()
{
    m_related.clear();
    m_articleId = 0;
    if (m_source) {
        // Related targets do not change while the article is edited: look them up once.
        const Article article = m_source();
        m_articleId = article.id;
        for (const RelatedItem &item : article.related) {
            if (item.targetArticleId) {
                if (auto target = m_articles->load(*item.targetArticleId))
                    m_related.insert(target->id, *target);
            }
        }
    }
    const bool allowed = m_remoteAllowedArticles.contains(m_articleId);
    m_allowRemoteAction->setEnabled(m_articleId != 0);
    {
        const QSignalBlocker blocker(m_allowRemoteAction);
        m_allowRemoteAction->setChecked(allowed);
    }
    m_interceptor->setRemoteAllowed(allowed);
    m_interceptor->resetBlockedCount();
    m_blockedReported = 0;
    m_reloadRequested = true;
    m_restoreAnchor.reset();
    contentChanged();
}

void PreviewPane::contentChanged()
{
    m_dirty = true;
    scheduleUpdate();
}

void PreviewPane::scheduleUpdate()
{
    if (!isVisible() || m_busy)
        return; // hidden: showEvent catches up; busy: finishUpdate() starts the next one
    m_updateTimer.start();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleUpdate();
}

PreviewLookups PreviewPane::collectLookups(const Article &article)
{
    // Canonical HTML writes images as <img src="asset:<64 hex>" (attributes in fixed order).
    static const QRegularExpression image(QStringLiteral("<img src=\"asset:([0-9a-f]{64})\""));
    PreviewLookups lookups;
    for (auto it = image.globalMatch(article.bodyHtml); it.hasNext();) {
        const QString hash = it.next().captured(1);
        auto cached = m_mimeTypes.constFind(hash);
        if (cached == m_mimeTypes.cend()) {
            const std::optional<QString> mime = m_assets->mimeType(hash);
            if (!mime)
                continue; // missing: the render stage reports it
            cached = m_mimeTypes.insert(hash, *mime);
        }
        lookups.assetMimeTypes.insert(hash, *cached);
    }
    lookups.relatedArticles = m_related;
    return lookups;
}

/// What a worker computed for one update: either the whole page (fields changed, another
/// article, the content's language flipped, or a reload is due) or the changed blocks only.
struct PreviewPane::Update {
    bool full = false;
    std::optional<PreviewDocument> document; ///< full: the page split around its blocks
    QStringList canonical;                   ///< the body's canonical top-level blocks
    QString language;
    qsizetype start = 0;                     ///< patch: first changed block
    qsizetype removeCount = 0;               ///< patch: blocks it replaces on the page
    QStringList rendered;                    ///< patch: the changed blocks, rendered
    QString error;
};

namespace {

// The fields a reader sees around the body; the page is reloaded when one changes.
bool sameShellFields(const Article &a, const Article &b)
{
    return a.id == b.id && a.title == b.title && a.subtitle == b.subtitle && a.summary == b.summary
        && a.byline == b.byline && a.source == b.source && a.editor == b.editor && a.desk == b.desk
        && a.tags == b.tags && a.publishAt == b.publishAt && a.views == b.views && a.status == b.status
        && a.related == b.related;
}

} // namespace

void PreviewPane::startUpdate()
{
    if (m_busy || !m_dirty || !m_source || !isVisible())
        return;
    if (!m_page)
        return; // createEngine() starts the update once the engine is there
    m_dirty = false;
    m_busy = true;
    const Article article = m_source(); // serializing the body: the only per-update work here
    if (article.id == 0) {
        m_shown = PreviewDocument();
        m_shownCanonical.clear();
        m_shownArticleId = 0;
        m_pageReady = false;
        m_page->setHtml(QString());
        finishUpdate();
        return;
    }
    const bool full = m_reloadRequested || !m_pageReady || article.id != m_shownArticleId
        || !sameShellFields(article, m_shownFields);
    const PreviewLookups lookups = collectLookups(article);
    const QString plainText = m_plainText ? article.title + QLatin1Char('\n') + m_plainText() : QString();
    const QStringList previous = m_shownCanonical;
    const QString previousLanguage = m_shown.language;
    const quint64 generation = ++m_generation;
    const QList<Suggestion> suggestions
        = showsSuggestions() && m_suggestions ? m_suggestions() : QList<Suggestion>();
    std::shared_ptr<PreviewRenderer> renderer = m_renderer;
    m_pool.start([this, renderer, shown = article, suggestions, lookups, plainText, previous, previousLanguage, full,
                     generation] {
        Update update;
        update.language = ArticleRenderer::contentLanguage(
            plainText.isNull() ? shown.title + QLatin1Char('\n') + CanonicalHtml::toPlainText(shown.bodyHtml)
                               : plainText);
        // Marked for the preview only: the markers go through the render stage as text and
        // become elements after it (the export renders the stored body, never this).
        Article article = shown;
        const bool marked = !suggestions.isEmpty();
        if (marked)
            article.bodyHtml = SuggestionMarks::markBody(article.bodyHtml, suggestions);
        update.canonical = splitTopLevelBlocks(article.bodyHtml);
        update.full = full || update.language != previousLanguage;
        if (!update.full) {
            // Only the blocks between the common beginning and the common end go through the
            // render stage; each top-level block is canonical HTML on its own.
            qsizetype prefix = 0;
            const qsizetype common = std::min(previous.size(), update.canonical.size());
            while (prefix < common && previous.at(prefix) == update.canonical.at(prefix))
                ++prefix;
            qsizetype suffix = 0;
            while (suffix < common - prefix
                   && previous.at(previous.size() - 1 - suffix)
                          == update.canonical.at(update.canonical.size() - 1 - suffix))
                ++suffix;
            update.start = prefix;
            update.removeCount = previous.size() - prefix - suffix;
            const QStringList middle = update.canonical.mid(prefix, update.canonical.size() - prefix - suffix);
            if (!middle.isEmpty()) {
                Article part = article;
                part.bodyHtml = middle.join(QLatin1Char('\n')) + QLatin1Char('\n');
                const std::optional<QString> body = renderer->renderBody(part, lookups, &update.error);
                if (body)
                    update.rendered = splitTopLevelBlocks(marked ? SuggestionMarks::toMarkup(*body, suggestions) : *body);
                if (!body || update.rendered.size() != middle.size())
                    update.full = true; // not block for block: take the safe way
            }
        }
        if (update.full) {
            update.document = renderer->renderDocument(article, lookups, &update.error);
            if (update.document && marked) {
                for (QString &block : update.document->blocks)
                    block = SuggestionMarks::toMarkup(block, suggestions);
                update.document->before = SuggestionMarks::strip(update.document->before);
                update.document->after = SuggestionMarks::strip(update.document->after);
            }
        }
        // Queued to the GUI thread; the destructor waits for this task, and Qt drops the call
        // if the pane is gone by then.
        QMetaObject::invokeMethod(
            this, [this, generation, shown, update = std::move(update)] { applyUpdate(generation, shown, update); },
            Qt::QueuedConnection);
    });
}

void PreviewPane::applyUpdate(quint64 generation, const Article &article, const Update &update)
{
    if (generation != m_generation)
        return;
    if (update.full && !update.document) {
        m_error = update.error;
        Q_EMIT statusMessage(tr("Preview: %1").arg(update.error));
        finishUpdate();
        return;
    }
    m_error.clear();
    m_shownCanonical = update.canonical;
    if (update.full) {
        m_shownFields = article;
        applyDocument(article, *update.document);
        return;
    }
    if (update.removeCount == 0 && update.rendered.isEmpty()) {
        finishUpdate();
        return;
    }
    QStringList blocks = m_shown.blocks.mid(0, update.start);
    blocks += update.rendered;
    blocks += m_shown.blocks.mid(update.start + update.removeCount);
    m_shown.blocks = blocks;
    sendPatch(update.start, update.removeCount, update.rendered, blocks.size());
}

void PreviewPane::applyDocument(const Article &article, const PreviewDocument &document)
{
    const QString shell = document.visibleShell();
    if (m_reloadRequested || !m_pageReady || article.id != m_shownArticleId || shell != m_shownShell) {
        loadPage(document, article.id, article.id == m_shownArticleId && m_pageReady);
        return;
    }
    // The visible page around the body is as it was: patch the blocks that differ.
    const QStringList &before = m_shown.blocks;
    const QStringList &after = document.blocks;
    qsizetype prefix = 0;
    const qsizetype common = std::min(before.size(), after.size());
    while (prefix < common && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const qsizetype removeCount = before.size() - prefix - suffix;
    const QStringList middle = after.mid(prefix, after.size() - prefix - suffix);
    m_shown = document; // head-only changes are served on the next reload
    m_shown.language = document.language;
    if (removeCount == 0 && middle.isEmpty()) {
        finishUpdate();
        return;
    }
    sendPatch(prefix, removeCount, middle, after.size());
}

void PreviewPane::sendPatch(qsizetype start, qsizetype removeCount, const QStringList &rendered,
                            qsizetype expectedBlocks)
{
    const QString script = QStringLiteral("galley.patch(%1, %2, %3)")
                               .arg(start)
                               .arg(removeCount)
                               .arg(jsString(rendered.join(QLatin1Char('\n'))));
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, expectedBlocks](const QVariant &result) {
        if (result.toLongLong() != expectedBlocks) {
            // The page's blocks and ours disagree (or it is not our page): start afresh.
            m_reloadRequested = true;
            m_dirty = true;
        }
        finishUpdate();
    });
}

void PreviewPane::loadPage(const PreviewDocument &document, qint64 articleId, bool keepScroll)
{
    m_reloadRequested = false;
    const auto load = [this, document, articleId] {
        m_shown = document;
        m_shownShell = document.visibleShell();
        m_shownArticleId = articleId;
        m_pageReady = false;
        ++m_loadCount;
        QUrl url;
        url.setScheme(QString::fromLatin1(PreviewSchemeHandler::scheme()));
        url.setPath(PagePath);
        url.setQuery(QStringLiteral("load=%1").arg(m_loadCount)); // never a cached copy
        m_page->load(url);
    };
    if (!keepScroll) {
        m_restoreAnchor.reset();
        load();
        return;
    }
    m_page->runJavaScript(QStringLiteral("galley.viewAnchor()"), QWebEngineScript::ApplicationWorld,
                          [this, load](const QVariant &anchor) {
                              const QVariantList list = anchor.toList();
                              if (list.size() == 2)
                                  m_restoreAnchor = std::make_pair(list[0].toInt(), list[1].toDouble());
                              load();
                          });
}

void PreviewPane::onLoadFinished(bool ok)
{
    if (!m_busy)
        return; // not a load we started (setHtml of the empty state)
    m_pageReady = ok;
    if (!ok) {
        m_error = tr("The preview page did not load.");
        m_reloadRequested = true;
    } else if (m_restoreAnchor) {
        m_page->runJavaScript(QStringLiteral("galley.restoreAnchor(%1, %2)")
                                  .arg(m_restoreAnchor->first)
                                  .arg(m_restoreAnchor->second),
                              QWebEngineScript::ApplicationWorld);
        m_restoreAnchor.reset();
    }
    if (ok && (m_pendingLeaf >= 0 || m_pendingAlign))
        m_scrollTimer.start();
    finishUpdate();
}

void PreviewPane::finishUpdate()
{
    m_busy = false;
    if (m_dirty)
        scheduleUpdate();
    else
        Q_EMIT updated();
}

void PreviewPane::scrollToLeaf(int leaf)
{
    m_pendingLeaf = leaf;
    if (!m_scrollTimer.isActive())
        m_scrollTimer.start();
}

void PreviewPane::alignToLeaf(int leaf, double fraction)
{
    m_pendingAlign = std::make_pair(leaf, fraction);
    if (!m_scrollTimer.isActive())
        m_scrollTimer.start();
}

void PreviewPane::sendScroll()
{
    if (!m_pageReady || (m_pendingLeaf < 0 && !m_pendingAlign) || !isVisible())
        return;
    // Aligned with the editor first; then the cursor's block is brought into view if it is not.
    QStringList calls;
    if (m_pendingAlign)
        calls << QStringLiteral("galley.alignLeaf(%1, %2)").arg(m_pendingAlign->first).arg(m_pendingAlign->second);
    if (m_pendingLeaf >= 0)
        calls << QStringLiteral("galley.scrollToLeaf(%1)").arg(m_pendingLeaf);
    m_page->runJavaScript(calls.join(QStringLiteral("; ")), QWebEngineScript::ApplicationWorld);
    m_pendingLeaf = -1;
    m_pendingAlign.reset();
}

std::optional<PreviewSchemeHandler::Reply> PreviewPane::resolve(const QString &path)
{
    if (path == PagePath)
        return PreviewSchemeHandler::Reply{QByteArrayLiteral("text/html;charset=utf-8"), m_shown.page().toUtf8()};
    if (!path.startsWith(QLatin1String("/preview/")))
        return std::nullopt;
    const QString name = path.mid(9);
    static const QRegularExpression asset(QStringLiteral("^assets/([0-9a-f]{64})(\\.[a-z0-9]+)?$"));
    if (const auto match = asset.match(name); match.hasMatch()) {
        const std::optional<Asset> found = m_assets->load(match.captured(1));
        if (!found)
            return std::nullopt;
        return PreviewSchemeHandler::Reply{found->mimeType.toLatin1(), found->bytes};
    }
    // The template's own files (style.css ...): the map holds exactly what the export copies.
    const auto file = m_staticFiles.constFind(name);
    if (file == m_staticFiles.cend())
        return std::nullopt;
    const QByteArray mime = QMimeDatabase().mimeTypeForFileNameAndData(name, *file).name().toLatin1();
    return PreviewSchemeHandler::Reply{mime, *file};
}

} // namespace galley
