#include "mainwindow.h"

#include "access/focuscycle.h"
#include "appearance.h"
#include "articlelistdock.h"
#include "desk/deskoverviewwindow.h"
#include "documentcontroller.h"
#include "models/articlelistmodel.h"
#include "editor/articlefieldsform.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "editor/lockcontroller.h"
#include "export/exportdialog.h"
#include "importing/importjob.h"
#include "liveupdates.h"
#include "noticebar.h"
#include "editor/copydeskmemory.h"
#include "preferencesdialog.h"
#include "teamnewsroomdialog.h"
#include "review/annotationpanel.h"
#include "editor/copydeskchecker.h"
#include "review/copydeskpanel.h"
#include "review/historypanel.h"
#include "review/reviewpanel.h"
#include "review/suggestionpanel.h"
#include "review/workflowactions.h"
#include "review/workflowstyle.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/searchindexer.h"
#include "storage/suggestionrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QScreen>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace galley {

namespace {

/// The platform's keys for \a standard and \a key, each once: a key bound twice (X11's Quit is
/// Ctrl+Q already) is an ambiguous shortcut to Qt, which then does nothing.
QList<QKeySequence> withKey(QKeySequence::StandardKey standard, const QKeySequence &key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(key))
        keys.append(key);
    return keys;
}

const QString ListHeaderKey = QStringLiteral("window/listHeader");
const QString EditorSplitterKey = QStringLiteral("window/editorSplitter");
const QString LastArticleKey = QStringLiteral("window/lastArticle");
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(database.isReadOnly() ? tr("%1 (read-only) — Galley").arg(QFileInfo(database.path()).fileName())
                                         : tr("%1 — Galley").arg(QFileInfo(database.path()).fileName()));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // The name others see in this Galley's change announcements (team server).
    Database::setSessionUserName(Settings::userName());
    database.applySessionUserName();

    // Above the editor, the bars about what others do (a newer version, a lost server).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_connectionBar = new NoticeBar(central);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setAccessibleName(tr("Server connection"));
    m_versionBar = new NoticeBar(central);
    m_versionBar->setObjectName(QStringLiteral("versionBar"));
    m_versionBar->setAccessibleName(tr("Newer version"));
    m_welcomeBar = new NoticeBar(central);
    m_welcomeBar->setObjectName(QStringLiteral("welcomeBar"));
    m_welcomeBar->setAccessibleName(tr("Welcome"));
    m_editorArea = new EditorArea(database, central);
    m_editorArea->setUserName(Settings::userName());
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(m_versionBar);
    centralLayout->addWidget(m_welcomeBar);
    centralLayout->addWidget(m_editorArea, 1);
    setCentralWidget(central);

    m_listDock = new ArticleListDock(database, this);
    m_listDock->setUserName(Settings::userName());
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);
    createReviewPanels();

    // F6 / Shift+F6: list -> fields -> body -> review panels, as the window reads.
    m_focusCycle = new FocusCycle(this);
    m_focusCycle->addRegion(m_listDock, m_listDock->view());
    for (NoticeBar *bar : {m_connectionBar, m_versionBar, m_welcomeBar, m_editorArea->lockBar()})
        m_focusCycle->addRegion(bar); // while one is shown: its buttons, Esc leaves or closes it
    m_focusCycle->addRegion(m_editorArea->fieldsForm(), m_editorArea->fieldsForm()->titleField());
    m_focusCycle->addRegion(m_editorArea->bodyEditor());
    m_focusCycle->addRegion(m_annotationPanel, m_annotationPanel->view());
    m_focusCycle->addRegion(m_suggestionPanel, m_suggestionPanel->view());
    m_focusCycle->addRegion(m_historyPanel);
    m_focusCycle->addRegion(m_copyDeskPanel);

    createMenus();
    createToolBars();
    createStatusBar();
    Appearance::makeIconsFollowPalette(this); // the theme's grey icons read on a dark palette too

    connect(m_listDock, &ArticleListDock::articleActivated, this, &MainWindow::openArticle);
    connect(m_listDock, &ArticleListDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    {
        // Saves leave the full-text re-index of changed articles to a background pass (see
        // SearchIndex); it also catches up on anything an earlier session (or, on a team
        // server, another desk) left pending.
        m_searchIndexer = new SearchIndexer(database.path(), database.password(), this);
        connect(m_editorArea, &EditorArea::articleSaved, m_searchIndexer, &SearchIndexer::schedule);
        connect(m_searchIndexer, &SearchIndexer::indexed, this, [this] {
            if (std::exchange(m_listWaitsForIndex, false))
                m_listDock->refresh();
        });
        connect(m_searchIndexer, &SearchIndexer::failed, this, [this](const QString &error) {
            statusBar()->showMessage(tr("The search index could not be brought up to date: %1").arg(error), 10000);
        });
        connect(m_listDock, &ArticleListDock::articlesMovedToOrFromTrash, m_searchIndexer, &SearchIndexer::schedule);
        m_searchIndexer->schedule();
    }
    // A list showing search hits is refreshed once the saved text is indexed: refreshing it at
    // once would make the search re-index a long article on this thread after every autosave.
    connect(m_editorArea, &EditorArea::articleSaved, this, [this] {
        if (m_listDock->model()->filter().search.trimmed().isEmpty())
            m_listDock->refresh();
        else
            m_listWaitsForIndex = true;
    });
    connect(m_editorArea, &EditorArea::statsChanged, this, &MainWindow::showStats);
    connect(m_editorArea, &EditorArea::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    {
        // Others' changes arrive by themselves: the list, the open article's comments,
        // history and state, and the newer versions of the text.
        m_liveUpdates = new LiveUpdates(database,
            { m_listDock, m_editorArea, m_annotationPanel, m_historyPanel, m_versionBar, m_connectionBar,
                m_suggestionPanel },
            this);
        connect(m_liveUpdates, &LiveUpdates::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        // The open article's editing lock and who else has it open.
        connect(m_liveUpdates, &LiveUpdates::newsroomChanged, m_editorArea->lockController(),
            &LockController::onNewsroomEvent);
        if (!m_liveUpdates->start())
            statusBar()->showMessage(tr("Changes made by others will not show by themselves: %1").arg(m_liveUpdates->errorString()), 10000);
    }

    applyRole();
    restoreWindowState();
    connect(m_editorArea, &EditorArea::currentArticleChanged, this,
            [](qint64 id) { Settings::setValue(LastArticleKey, QByteArray::number(id)); });
    offerToSetUserName();
}

void MainWindow::openInitialArticle()
{
    // Reopen what the user had open; on a first start, the newest article.
    const qint64 last = Settings::value(LastArticleKey).toLongLong();
    if (last > 0 && m_listDock->model()->rowOfArticle(last) >= 0 && openArticle(last))
        return;
    const qint64 first = m_listDock->model()->articleId(0);
    if (first > 0)
        openArticle(first);
}

namespace {

/// The start-up question: which article with recovered edits to open now (0: later).
qint64 askWhichToRecover(const QList<JournalEntry> &entries, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MainWindow::tr("Recover Unsaved Changes"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(MainWindow::tr("Galley stopped before these articles were saved. Their last edits "
                                            "were kept: open one to recover them or to discard them."),
                             &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *list = new QListWidget(&dialog);
    list->setAccessibleName(MainWindow::tr("Articles with unsaved changes"));
    label->setBuddy(list);
    for (const JournalEntry &entry : entries) {
        auto *item = new QListWidgetItem(
            MainWindow::tr("%1 — edited %2")
                .arg(entry.article.title.isEmpty() ? MainWindow::tr("(untitled)") : entry.article.title,
                     QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat)),
            list);
        item->setData(Qt::UserRole, entry.articleId);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(MainWindow::tr("&Open"), QDialogButtonBox::AcceptRole);
    buttons->addButton(MainWindow::tr("&Later"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    // Wide enough for a headline and its time, as the list shows them.
    dialog.resize(std::max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * 64), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return 0;
    return list->currentItem()->data(Qt::UserRole).toLongLong();
}

} // namespace

QList<JournalEntry> MainWindow::offerRecoveredArticles()
{
    RecoveryJournal &journal = m_editorArea->documentController()->journal();
    const bool server = m_database.engine() == Engine::PostgreSQL;
    const QString here = server ? m_database.displayName() : QFileInfo(m_database.path()).canonicalFilePath();
    ArticleRepository articles(m_database);
    QList<JournalEntry> waiting;
    const QList<JournalEntry> entries = journal.entries();
    for (const JournalEntry &entry : entries) {
        const QString newsroom = server ? entry.databasePath : QFileInfo(entry.databasePath).canonicalFilePath();
        if (newsroom.isEmpty() || newsroom != here || entry.articleId == m_editorArea->currentArticleId())
            continue;
        const std::optional<Article> stored = articles.load(entry.articleId);
        if (!stored || stored->uuid != entry.uuid)
            continue; // not in this newsroom (any more): the file stays for a session that has it
        if (entry.matches(*stored)) {
            journal.remove(entry.uuid); // saved after all
            continue;
        }
        waiting.append(entry);
    }
    if (waiting.isEmpty())
        return waiting;
    std::sort(waiting.begin(), waiting.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.writtenAt > b.writtenAt; }); // newest first
    const qint64 id = m_recoveryChooser ? m_recoveryChooser(waiting) : askWhichToRecover(waiting, this);
    if (id > 0)
        openArticle(id);
    return waiting;
}

MainWindow::~MainWindow() = default;

bool MainWindow::openArticle(qint64 id)
{
    if (id <= 0 || id == m_editorArea->currentArticleId())
        return true;
    if (!m_editorArea->openArticle(id)) {
        m_listDock->selectArticle(m_editorArea->currentArticleId());
        return false;
    }
    m_listDock->selectArticle(id);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_listDock->newAction());
    auto *importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // Ctrl+I is Italic
    importAction->setStatusTip(tr("Import wire copy (.txt, .html, .md) as new articles"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importFiles);
    auto *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Newsroom…"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open another newsroom database in a new window"));
    connect(openAction, &QAction::triggered, this, &MainWindow::openNewsroom);
    auto *teamAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open &Team Newsroom…"));
    teamAction->setObjectName(QStringLiteral("openTeamNewsroomAction"));
    teamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    teamAction->setStatusTip(tr("Open a newsroom on a PostgreSQL server in a new window"));
    connect(teamAction, &QAction::triggered, this, &MainWindow::openTeamNewsroom);
    auto *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // Ctrl+E is End of line in X11 text fields
    exportAction->setStatusTip(tr("Export articles as HTML pages, a site, NINJS, plain text or PDF"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    file->addSeparator();
    file->addAction(m_editorArea->saveAction());
    file->addSeparator();
    auto *preferences = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"));
    preferences->setShortcuts(withKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    auto *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcuts(withKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_editorArea->editActions());
    edit->addSeparator();
    edit->addAction(m_suggestionPanel->acceptSelectionAction());
    edit->addAction(m_suggestionPanel->rejectSelectionAction());
    edit->addSeparator();
    edit->addAction(m_listDock->findAction());

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editorArea->formatActions());

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(m_listDock->newAction());
    article->addAction(m_listDock->duplicateAction());
    article->addSeparator();
    article->addAction(m_listDock->trashAction());
    article->addAction(m_listDock->restoreAction());
    article->addAction(m_listDock->showTrashAction());
    article->addSeparator();
    article->addMenu(m_workflow->menu());
    article->addAction(m_annotationPanel->commentAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_editorArea->viewActions());
    view->addSeparator();
    QAction *listToggle = m_listDock->toggleViewAction();
    listToggle->setText(tr("Article &List"));
    listToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(listToggle);
    QMenu *listColumns = view->addMenu(tr("List C&olumns"));
    listColumns->addActions(m_listDock->columnActions());
    QAction *reviewToggle = m_reviewPanel->toggleViewAction();
    reviewToggle->setText(tr("&Review Comments and Suggestions"));
    view->addAction(reviewToggle);
    QAction *historyToggle = m_historyPanel->toggleViewAction();
    historyToggle->setText(tr("&History"));
    historyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    view->addAction(historyToggle);
    QAction *copyDeskToggle = m_copyDeskPanel->toggleViewAction();
    copyDeskToggle->setText(tr("&Copy Desk"));
    copyDeskToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    connect(copyDeskToggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        // Shown from the menu or its shortcut: the list takes the focus, so Enter goes to a finding.
        m_copyDeskPanel->raise();
        m_copyDeskPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(copyDeskToggle);
    auto *deskOverview = view->addAction(QIcon::fromTheme(QStringLiteral("office-chart-bar")), tr("&Desk Overview"));
    deskOverview->setObjectName(QStringLiteral("deskOverviewAction"));
    deskOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    deskOverview->setStatusTip(tr("Charts of the newsroom for the chief: states per desk, the last 30 days, review times, open comments"));
    connect(deskOverview, &QAction::triggered, this, &MainWindow::showDeskOverview);
    view->addSeparator();
    view->addAction(m_focusCycle->nextAction());
    view->addAction(m_focusCycle->previousAction());
    auto *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Galley"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

DeskOverviewWindow *MainWindow::showDeskOverview()
{
    if (!m_deskOverview) {
        m_deskOverview = new DeskOverviewWindow(m_database, this);
        m_deskOverview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_deskOverview, &DeskOverviewWindow::articlesRequested, this, [this](const ArticleFilter &filter) {
            m_listDock->showArticles(filter);
            activateWindow();
            m_listDock->view()->setFocus(Qt::OtherFocusReason);
        });
    }
    m_deskOverview->reload();
    m_deskOverview->show();
    m_deskOverview->raise();
    m_deskOverview->activateWindow();
    return m_deskOverview;
}

void MainWindow::createToolBars()
{
    m_mainToolBar = addToolBar(tr("Main"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->addAction(m_listDock->newAction());
    m_mainToolBar->addAction(m_editorArea->saveAction());
    m_mainToolBar->addAction(m_listDock->trashAction());
    m_mainToolBar->addAction(m_editorArea->suggestAction());

    m_formatToolBar = addToolBar(tr("Format"));
    m_formatToolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_formatToolBar->addActions(m_editorArea->formatActions());

    addToolBar(m_workflow->toolBar());
}

void MainWindow::createStatusBar()
{
    m_statsLabel = new QLabel(this);
    m_statsLabel->setAccessibleName(tr("Text statistics"));
    m_newsroomLabel = new QLabel(m_database.engine() == Engine::PostgreSQL
            ? tr("%1 — %2 (%3)").arg(m_database.displayName(), m_database.serverUser(),
                roleDisplayName(m_database.serverRole().value_or(Role::Reviewer)))
            : m_database.isReadOnly() ? tr("%1 (read-only: Galley cannot write to this file or its folder)")
                                              .arg(QDir::toNativeSeparators(m_database.path()))
                                        : QDir::toNativeSeparators(m_database.path()),
        this);
    m_newsroomLabel->setAccessibleName(tr("Newsroom database"));
    statusBar()->addPermanentWidget(m_workflow->statusWidget());
    statusBar()->addPermanentWidget(m_statsLabel);
    statusBar()->addPermanentWidget(m_newsroomLabel);
}

void MainWindow::showStats(const TextStats &stats)
{
    m_statsLabel->setText(tr("%1 characters · %2 CJK · %3 words · %4 paragraphs · %5 min read")
                              .arg(stats.characters)
                              .arg(stats.cjkCharacters)
                              .arg(stats.latinWords)
                              .arg(stats.paragraphs)
                              .arg(stats.readingMinutes()));
}

void MainWindow::applyRole()
{
    // On a team server the server says who the login is (and enforces it); on a file, Preferences.
    const Role role = m_database.serverRole().value_or(
        Settings::role() == Settings::Role::Reviewer ? Role::Reviewer : Role::Editor);
    const bool readOnly = !roleMayEdit(role) || m_database.isReadOnly();
    m_editorArea->setReadOnly(readOnly);
    m_editorArea->setSuggestRole(roleKey(role), !m_database.isReadOnly());
    m_listDock->setReadOnly(readOnly);
    m_workflow->setRole(role);
    m_historyPanel->setReadOnly(readOnly);
    m_suggestionPanel->setReadOnly(readOnly);
}

void MainWindow::createReviewPanels()
{
    // Comments and suggestions share one dock, with a filter (comments / suggestions / both).
    m_reviewPanel = new ReviewPanel(m_database, m_editorArea, this);
    m_annotationPanel = m_reviewPanel->comments();
    m_annotationPanel->setUserName(Settings::userName());
    m_suggestionPanel = m_reviewPanel->suggestions();
    m_suggestionPanel->setUserName(Settings::userName());
    addDockWidget(Qt::RightDockWidgetArea, m_reviewPanel);
    m_historyPanel = new HistoryPanel(m_database, m_editorArea, this);
    m_historyPanel->setUserName(Settings::userName());
    addDockWidget(Qt::RightDockWidgetArea, m_historyPanel, Qt::Vertical);
    m_copyDeskPanel = new CopyDeskPanel(m_editorArea, this);
    addDockWidget(Qt::RightDockWidgetArea, m_copyDeskPanel, Qt::Vertical);
    m_workflow = new WorkflowActions(m_database, m_editorArea->documentController(), this);
    m_workflow->setUserName(Settings::userName());
    m_workflow->setCopyDesk(m_editorArea->copyDesk());
    auto *stateDelegate = new WorkflowStateDelegate(ArticleListModel::StatusRole, m_listDock->view());
    stateDelegate->setOpenThreadCounts(ArticleListModel::IdRole,
                                       [this](qint64 id) { return AnnotationRepository(m_database).openThreadCount(id); });
    stateDelegate->setOpenSuggestionCounts([this](qint64 id) { return SuggestionRepository(m_database).openCount(id); });
    m_listDock->view()->setItemDelegateForColumn(ArticleListModel::StatusColumn, stateDelegate);
    connect(m_listDock->model(), &QAbstractItemModel::modelReset, stateDelegate, &WorkflowStateDelegate::invalidateCounts);
    connect(m_annotationPanel, &AnnotationPanel::openCountChanged, this, [this, stateDelegate](qint64 id, int open) {
        stateDelegate->setOpenThreadCount(id, open);
        m_listDock->view()->viewport()->update();
    });

    const auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_annotationPanel, &AnnotationPanel::statusMessage, this, showMessage);
    connect(m_suggestionPanel, &SuggestionPanel::statusMessage, this, showMessage);
    connect(m_suggestionPanel, &SuggestionPanel::openCountChanged, this, [this, stateDelegate](qint64 id, int open) {
        stateDelegate->setOpenSuggestionCount(id, open);
        m_listDock->view()->viewport()->update();
    });
    connect(m_historyPanel, &HistoryPanel::statusMessage, this, showMessage);
    connect(m_copyDeskPanel, &CopyDeskPanel::statusMessage, this, showMessage);
    connect(m_workflow, &WorkflowActions::statusMessage, this, showMessage);
    connect(m_workflow, &WorkflowActions::transitioned, this, [this] {
        m_listDock->refresh();
        m_historyPanel->refresh();
    });
    connect(m_historyPanel, &HistoryPanel::restored, m_listDock, &ArticleListDock::refresh);
}

void MainWindow::restoreWindowState()
{
    // The layout the user left is restored as it was; without one (the first start), the window
    // fits the screen and gets proportions for it once it is shown.
    if (!restoreGeometry(Settings::windowGeometry()))
        fitToScreen();
    else
        keepOnScreen();
    if (!restoreState(Settings::windowState())) {
        arrangeFirstStartDocks();
        m_sizeLayoutOnShow = true;
    }
    if (!m_listDock->restoreHeaderState(Settings::value(ListHeaderKey)))
        m_fitListOnShow = true;
    if (!m_editorArea->restoreSplitterState(Settings::value(EditorSplitterKey)))
        m_sizeLayoutOnShow = true;
}

bool MainWindow::isNarrowScreen() const
{
    return screen()->availableGeometry().width() < NarrowScreenWidth;
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    resize(available.size() * 9 / 10);
    move(available.center() - rect().center());
    // The window manager fits a maximized window and its frame to the screen.
    if (isNarrowScreen())
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::keepOnScreen()
{
    // restoreGeometry() moves a window that was at the top of the screen down by a guessed title
    // bar height when there is no window frame; put it back within the screen, whole.
    const QRect available = screen()->availableGeometry();
    QRect kept(geometry().topLeft(), geometry().size().boundedTo(available.size()));
    kept.moveLeft(std::clamp(kept.left(), available.left(), available.right() - kept.width() + 1));
    kept.moveTop(std::clamp(kept.top(), available.top(), available.bottom() - kept.height() + 1));
    if (kept != geometry())
        setGeometry(kept);
}

void MainWindow::arrangeFirstStartDocks()
{
    // Side by side, the list, the editor, the preview and the review panels leave the editor a
    // third of a 1366-pixel screen: there the review panels start as tabs beside the list.
    if (isNarrowScreen()) {
        tabifyDockWidget(m_listDock, m_reviewPanel);
        tabifyDockWidget(m_reviewPanel, m_historyPanel);
        tabifyDockWidget(m_historyPanel, m_copyDeskPanel);
        m_listDock->raise();
    } else {
        // The review panel, the history and the copy desk one above the other need more height
        // than a 1080-pixel screen has (the window grew past its bottom edge): the review panel
        // keeps the top of the right-hand column, the history and the copy desk share the rest.
        tabifyDockWidget(m_historyPanel, m_copyDeskPanel);
        m_historyPanel->raise();
    }
}

void MainWindow::sizeFirstStartLayout()
{
    const int width = this->width();
    if (isNarrowScreen())
        resizeDocks({ m_listDock }, { width * 25 / 100 }, Qt::Horizontal);
    else
        resizeDocks({ m_listDock, m_reviewPanel }, { width / 5, width / 5 }, Qt::Horizontal);
    layout()->activate(); // the docks take their widths now, so the editor area has its own
    // The list gets the room its columns and the tabs under it need to read whole, up to 35%
    // of the window (of the screen on a narrow one, where the window is about to be maximized);
    // on a wide screen, where the review panels take a fifth beside the editor, up to 28%, so
    // that the editor (60% of the rest, 31% of the window) still has more than the list. The
    // columns that would need more start hidden.
    const int listMaximum = isNarrowScreen() ? std::max(width, screen()->availableGeometry().width()) * 35 / 100
                                             : width * 28 / 100;
    int listWidth = std::exchange(m_fitListOnShow, false) ? m_listDock->fitColumns(listMaximum) : 0;
    if (const QTabBar *tabs = listTabBar())
        listWidth = std::max(listWidth, tabs->sizeHint().width());
    // resizeDocks() may leave a tabbed dock a few pixels short of what it was asked: asked again.
    for (int attempt = 0; attempt < 2 && listWidth > m_listDock->width() && m_listDock->width() < listMaximum; ++attempt) {
        resizeDocks({ m_listDock }, { std::min(listWidth + (attempt > 0 ? listWidth - m_listDock->width() : 0), listMaximum) },
            Qt::Horizontal);
        layout()->activate();
    }
    // The editor gets the most room: about half a narrow screen (never less than 46%, so the
    // preview shares what a wider list leaves), 60% of what the docks leave on a wide one.
    const int central = m_editorArea->width();
    m_editorArea->setEditorWidth(
        isNarrowScreen() ? std::clamp(central * 62 / 100, width * 46 / 100, width / 2) : central * 60 / 100);
}

QTabBar *MainWindow::listTabBar() const
{
    // The tab bar QMainWindow gives the docks tabbed with the list.
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isVisible() && bar->tabText(i) == m_listDock->windowTitle())
                return bar;
        }
    }
    return nullptr;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_sizeLayoutOnShow, false))
        sizeFirstStartLayout();
    else if (std::exchange(m_fitListOnShow, false))
        m_listDock->fitColumns(m_listDock->width());
}

void MainWindow::saveWindowState()
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setValue(ListHeaderKey, m_listDock->saveHeaderState());
    Settings::setValue(EditorSplitterKey, m_editorArea->saveSplitterState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editorArea->closeArticle()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Wire Copy"), QString(),
        tr("Wire copy (*.txt *.html *.htm *.md *.markdown);;All files (*)"));
    if (paths.isEmpty())
        return;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QList<ImportOutcome> outcomes = galley::importFiles(m_database, paths, [&](int index, const QString &path) {
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        progress.setValue(index);
        return !progress.wasCanceled();
    });
    progress.setValue(int(paths.size()));

    QStringList errors;
    qint64 lastId = 0;
    int imported = 0;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.articleId > 0) {
            ++imported;
            lastId = outcome.articleId;
        } else {
            errors.append(outcome.error);
        }
    }
    m_listDock->refresh();
    if (lastId > 0)
        openArticle(lastId);
    const int skipped = int(paths.size() - outcomes.size());
    QString summary = tr("Imported %n article(s).", nullptr, imported);
    if (skipped > 0)
        summary += QLatin1Char(' ') + tr("%n file(s) skipped by cancelling.", nullptr, skipped);
    if (errors.isEmpty()) {
        statusBar()->showMessage(summary, 8000);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Import"), summary + QLatin1Char(' ')
                            + tr("%n file(s) could not be imported.", nullptr, int(errors.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
    }
}

void MainWindow::openNewsroom()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Newsroom"), QFileInfo(m_database.path()).absolutePath(),
                                                      tr("Galley newsrooms (*.galley *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), path}))
        QMessageBox::warning(this, tr("Open Newsroom"), tr("Galley could not be started for %1.").arg(path));
}

void MainWindow::openTeamNewsroom()
{
    TeamNewsroomDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The password goes to the new window's environment (libpq reads PGPASSWORD), never to its
    // command line or to the settings file.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without one, the new window must not inherit the password this window was given (main()
    // keeps a typed one in the environment) for another server.
    if (!m_database.password().isEmpty() && environment.value(QStringLiteral("PGPASSWORD")) == m_database.password())
        environment.remove(QStringLiteral("PGPASSWORD"));
    if (!dialog.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    process.setProcessEnvironment(environment);
    process.setProgram(QApplication::applicationFilePath());
    process.setArguments({ QStringLiteral("--db"), dialog.location() });
    if (!process.startDetached())
        QMessageBox::warning(this, tr("Open Team Newsroom"),
            tr("Galley could not be started for %1.").arg(Database::displayNameOf(dialog.location())));
}

void MainWindow::showExportDialog()
{
    (void)m_editorArea->saveNow(); // export what the editor shows
    QList<qint64> selected;
    for (const QModelIndex &index : m_listDock->view()->selectionModel()->selectedRows())
        selected.append(index.data(ArticleListModel::IdRole).toLongLong());
    ExportDialog dialog(m_database.path(), this);
    dialog.setCurrentArticle(m_editorArea->currentArticleId(), m_editorArea->documentController()->article().title);
    dialog.setSelectedArticles(selected);
    dialog.exec();
}

void MainWindow::offerToSetUserName()
{
    m_welcomeBar->hide();
    if (Settings::hasUserName())
        return;
    // First start: say whose name comments and revisions will carry, and let the user set it
    // (and the role) now, or keep it. Not a dialog: the newsroom is usable meanwhile.
    const QString name = Settings::userName();
    m_welcomeBar->clearButtons();
    m_welcomeBar->addButton(tr("&Set Name and Role…"), [this] { showPreferences(); });
    m_welcomeBar->addButton(tr("&Keep “%1”").arg(name), [this, name] {
        Settings::setUserName(name);
        m_welcomeBar->hide();
    });
    m_welcomeBar->setClosable(true);
    m_welcomeBar->showMessage(
        tr("Welcome to Galley. Your comments and revisions will be signed “%1”. Is that the name your desk knows you by?")
            .arg(name));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this, &m_database);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editorArea->copyDeskMemory()->reloadHouseStyle(); // the open article is checked with it at once
    m_welcomeBar->hide();
    Database::setSessionUserName(Settings::userName());
    m_database.applySessionUserName();
    m_editorArea->setUserName(Settings::userName());
    m_listDock->setUserName(Settings::userName());
    m_annotationPanel->setUserName(Settings::userName());
    m_historyPanel->setUserName(Settings::userName());
    m_suggestionPanel->setUserName(Settings::userName());
    m_workflow->setUserName(Settings::userName());
    applyRole();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Galley"),
                       tr("<h3>Galley %1</h3><p>A desktop newsroom editor: write, review and publish articles "
                          "in Chinese and English.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(GALLEY_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace galley
