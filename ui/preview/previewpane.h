#pragma once

#include "model/article.h"
#include "model/suggestion.h"
#include "previewrenderer.h"
#include "previewschemehandler.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QWebEngineProfile;
class QWebEngineView;

class QLabel;

namespace galley {

class AssetRepository;
class ArticleRepository;
class Database;
class PreviewInterceptor;
class PreviewPage;

/// The live preview: the article rendered by the HTML export's pipeline and template, in a
/// QWebEngineView with page JavaScript off, remote requests blocked (unless allowed for the
/// article), and images and styles served through the "galley:" scheme.
///
/// Updates never block typing: contentChanged() only marks the preview stale; the article is
/// serialized on the next turn of the event loop, rendered on a worker thread, and the open
/// page is patched in place — only the top-level blocks that changed — by the glue script in
/// the isolated world (resources/preview/patch.js). While an update is in flight further
/// changes coalesce into one more ("in progress / again"). The page is reloaded only when
/// something around the body that a reader sees changed (title, credits, ...), keeping the
/// scroll position.
class PreviewPane final : public QWidget
{
    Q_OBJECT
public:
    /// Returns the article to show with its current body (canonical HTML); id 0 = nothing.
    using ArticleSource = std::function<Article()>;

    explicit PreviewPane(Database &database, QWidget *parent = nullptr);
    ~PreviewPane() override;

    /// Registers the "galley:" URL scheme. Must run before the QApplication is constructed
    /// (main() and the UI tests call it); safe to call more than once.
    static void registerUrlScheme();
    /// Chooses how the preview is drawn, before the first window is made. The web view is a
    /// Qt Quick item: with Qt Quick's default (OpenGL) the whole main window is composed by
    /// OpenGL on every repaint, each keystroke in the editor included, which without a graphics
    /// card (Mesa's llvmpipe: virtual machines, remote desktops, Xvfb) took ~10 ms of each
    /// keystroke's repaint and doubled the preview's latency (tools/bench.sh --gui-peers). So
    /// Qt Quick's software renderer draws it unless Preferences asks for the graphics card
    /// (Settings::previewOnGraphicsCard) or QT_QUICK_BACKEND / QSG_RHI_BACKEND choose.
    /// Called before the QApplication is made (main() does), it also turns X11's OpenGL off
    /// (QT_XCB_GL_INTEGRATION=none) unless the environment sets it: no OpenGL driver is loaded.
    /// Returns true when the software renderer was chosen.
    static bool chooseRendering();

    void setArticleSource(ArticleSource source);
    /// Optional: the body's plain text, cheaper to get from the editor's document than to
    /// parse from the HTML (used to follow the content's language).
    void setPlainTextSource(std::function<QString()> source) { m_plainText = std::move(source); }
    /// Optional: the suggestions of the article on show (read when the preview shows them).
    void setSuggestionSource(std::function<QList<Suggestion>()> source) { m_suggestions = std::move(source); }
    /// Another article is on show: load its page from the top.
    void articleChanged();
    /// The body or the fields changed: update soon (coalesced).
    void contentChanged();
    /// Brings the \a leaf -th text block (the editor's block number) into view (coalesced).
    void scrollToLeaf(int leaf);
    /// Scrolls so that the \a leaf -th text block, \a fraction of its height in, is at the top
    /// (-1: the top of the page, -2: its end); coalesced, and not reported by userScrolled().
    void alignToLeaf(int leaf, double fraction);

    [[nodiscard]] bool isRemoteContentAllowed() const;
    void setRemoteContentAllowed(bool allowed);
    /// Checkable "Allow Remote Content in Preview" for the article on show.
    [[nodiscard]] QAction *allowRemoteContentAction() const { return m_allowRemoteAction; }
    /// Checkable "Show Suggestions in Preview" (off by default, kept in QSettings
    /// preview/showSuggestions): the pending suggestions marked in the page as in suggest mode
    /// (SuggestionMarks), in the preview only; exports never show them.
    [[nodiscard]] QAction *showSuggestionsAction() const { return m_showSuggestionsAction; }
    [[nodiscard]] bool showsSuggestions() const;
    /// Checkable "Synchronize Scrolling" (on by default, kept in QSettings
    /// preview/syncScrolling); EditorArea's ScrollSync reads it.
    [[nodiscard]] QAction *syncScrollingAction() const { return m_syncScrollingAction; }
    void setShowsSuggestions(bool show);
    /// The suggestions changed (made, accepted, rejected): updates the page when it shows them.
    void suggestionsChanged();

    /// True while the page does not show the latest content yet.
    [[nodiscard]] bool isUpdatePending() const;
    /// Number of full page loads so far (tests check that typing patches instead).
    [[nodiscard]] int pageLoadCount() const { return m_loadCount; }
    [[nodiscard]] int blockedRequestCount() const;
    /// The web page and view, created after the pane is first painted (or here, when asked first).
    [[nodiscard]] PreviewPage *page() const
    {
        ensureEngine();
        return m_page;
    }
    [[nodiscard]] QWebEngineView *view() const
    {
        ensureEngine();
        return m_view;
    }
    /// The last problem rendering the page (empty when fine).
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    /// The user clicked the \a leaf -th text block, \a offset characters in.
    void leafClicked(int leaf, int offset);
    /// The reader scrolled the page: the \a leaf -th text block is at the top, \a fraction of
    /// it above the window (-1: the top of the page, -2: its end).
    void userScrolled(int leaf, double fraction);
    /// The page now shows the content as of the last contentChanged().
    void updated();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    /// A dark palette (Preferences ▸ Appearance, or the system's) darkens the preview too.
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureEngine() const;
    void followPalette();
    void createEngine();
    void scheduleUpdate();
    void startUpdate();
    struct Update;
    void applyUpdate(quint64 generation, const Article &article, const Update &update);
    void applyDocument(const Article &article, const PreviewDocument &document);
    void sendPatch(qsizetype start, qsizetype removeCount, const QStringList &rendered, qsizetype expectedBlocks);
    void loadPage(const PreviewDocument &document, qint64 articleId, bool keepScroll);
    void onLoadFinished(bool ok);
    void finishUpdate();
    void sendScroll();
    [[nodiscard]] PreviewLookups collectLookups(const Article &article);
    [[nodiscard]] std::optional<PreviewSchemeHandler::Reply> resolve(const QString &path);

    Database &m_database;
    std::unique_ptr<AssetRepository> m_assets;
    std::unique_ptr<ArticleRepository> m_articles;
    QWebEngineProfile *m_profile = nullptr;
    PreviewInterceptor *m_interceptor = nullptr;
    PreviewSchemeHandler *m_handler = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QAction *m_allowRemoteAction = nullptr;
    QAction *m_showSuggestionsAction = nullptr;
    QAction *m_syncScrollingAction = nullptr;
    QLabel *m_placeholder = nullptr;
    bool m_engineQueued = false;
    bool m_dark = false; ///< the page has the dark style sheet

    ArticleSource m_source;
    std::function<QString()> m_plainText;
    std::function<QList<Suggestion>()> m_suggestions;
    std::shared_ptr<PreviewRenderer> m_renderer; ///< used by one worker task at a time
    QMap<QString, QByteArray> m_staticFiles;
    QThreadPool m_pool;
    QTimer m_updateTimer;
    QTimer m_scrollTimer;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_reloadRequested = false;
    quint64 m_generation = 0;

    // What the open page shows.
    PreviewDocument m_shown;       ///< served at galley:/preview/page
    QStringList m_shownCanonical;  ///< the canonical blocks m_shown.blocks were rendered from
    Article m_shownFields;         ///< the article the page was fully rendered from (fields)
    QString m_shownShell;
    qint64 m_shownArticleId = 0;
    bool m_pageReady = false;
    int m_loadCount = 0;
    std::optional<std::pair<int, double>> m_restoreAnchor; ///< leaf, its top in the window
    int m_pendingLeaf = -1;
    std::optional<std::pair<int, double>> m_pendingAlign; ///< leaf, fraction

    qint64 m_articleId = 0;
    QSet<qint64> m_remoteAllowedArticles; ///< for this session
    QHash<QString, QString> m_mimeTypes;  ///< asset hash -> mime type (assets never change)
    QHash<qint64, Article> m_related;     ///< related targets of the article on show
    int m_blockedReported = 0;
    QString m_error;
};

} // namespace galley
