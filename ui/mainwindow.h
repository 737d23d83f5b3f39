#pragma once

#include "editor/recoveryjournal.h"

#include <functional>

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTabBar;
class QToolBar;

namespace galley {

class AnnotationPanel;
class ArticleListDock;
class CopyDeskPanel;
class ReviewPanel;
class SuggestionPanel;
class Database;
class DeskOverviewWindow;
class FocusCycle;
class EditorArea;
class HistoryPanel;
class LiveUpdates;
class NoticeBar;
class SearchIndexer;
class WorkflowActions;
struct TextStats;

/// The main window: the article list dock, the central editor + preview area, menus,
/// toolbars and the status bar. Holds layout and wiring only; the list dock, the editor
/// area and the controllers own their behaviour. Window state is kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ArticleListDock *articleList() const { return m_listDock; }
    [[nodiscard]] EditorArea *editorArea() const { return m_editorArea; }
    /// The review dock: comments and suggestions, with its filter.
    [[nodiscard]] ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    [[nodiscard]] AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    [[nodiscard]] HistoryPanel *historyPanel() const { return m_historyPanel; }
    [[nodiscard]] CopyDeskPanel *copyDeskPanel() const { return m_copyDeskPanel; }
    [[nodiscard]] SuggestionPanel *suggestionPanel() const { return m_suggestionPanel; }
    [[nodiscard]] WorkflowActions *workflowActions() const { return m_workflow; }
    /// What others change in the newsroom, as it happens (NewsroomWatcher behind it).
    [[nodiscard]] LiveUpdates *liveUpdates() const { return m_liveUpdates; }
    /// F6 / Shift+F6 between the list, the fields, the body and the review panels.
    [[nodiscard]] FocusCycle *focusCycle() const { return m_focusCycle; }
    /// Opens an article in the editor and selects it in the list.
    bool openArticle(qint64 id);
    /// Opens the article the user had open last time, or the newest one.
    void openInitialArticle();
    /// View ▸ Desk Overview: opens (or raises) the chief's charts of the newsroom, read anew.
    DeskOverviewWindow *showDeskOverview();

    /// Chooses which of the articles with unsaved edits left in the recovery journal to open
    /// now (0: none); the default asks in a dialog. Opening one offers its recovery as usual.
    using RecoveryChooser = std::function<qint64(const QList<JournalEntry> &entries)>;
    void setRecoveryChooser(RecoveryChooser chooser) { m_recoveryChooser = std::move(chooser); }
    /// Lists the articles of this newsroom whose unsaved edits a session that ended
    /// unexpectedly left in the recovery journal (other than the open one, which was offered
    /// when it opened) and opens the one the user picks. Entries the stored article already
    /// holds are removed. Returns the entries offered.
    QList<JournalEntry> offerRecoveredArticles();

    /// Screens narrower than this start with the review panels tabbed with the article list.
    static constexpr int NarrowScreenWidth = 1600;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createToolBars();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    [[nodiscard]] bool isNarrowScreen() const;
    void fitToScreen();
    void keepOnScreen();
    void arrangeFirstStartDocks();
    void sizeFirstStartLayout();
    [[nodiscard]] QTabBar *listTabBar() const;
    void importFiles();
    void openNewsroom();
    void openTeamNewsroom();
    void showExportDialog();
    void showPreferences();
    /// First start (no name set yet): the bar that says whose name comments are signed with.
    void offerToSetUserName();
    void showAbout();
    void applyRole();
    void showStats(const TextStats &stats);
    void createReviewPanels();

    Database &m_database;
    ArticleListDock *m_listDock = nullptr;
    EditorArea *m_editorArea = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    CopyDeskPanel *m_copyDeskPanel = nullptr;
    SuggestionPanel *m_suggestionPanel = nullptr;
    WorkflowActions *m_workflow = nullptr;
    SearchIndexer *m_searchIndexer = nullptr;
    LiveUpdates *m_liveUpdates = nullptr;
    NoticeBar *m_versionBar = nullptr;
    NoticeBar *m_welcomeBar = nullptr; ///< first start: whose name comments are signed with
    NoticeBar *m_connectionBar = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_newsroomLabel = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_formatToolBar = nullptr;
    QPointer<DeskOverviewWindow> m_deskOverview;
    FocusCycle *m_focusCycle = nullptr;
    RecoveryChooser m_recoveryChooser;
    bool m_listWaitsForIndex = false;
    bool m_sizeLayoutOnShow = false; ///< no saved layout: the first-start proportions once shown
    bool m_fitListOnShow = false; ///< no saved list columns: fitted to their contents once shown
};

} // namespace galley
