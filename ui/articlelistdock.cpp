#include "articlelistdock.h"


#include "articlelistdelegate.h"
#include "models/articlelistmodel.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace galley {

ArticleListDock::ArticleListDock(Database &database, QWidget *parent)
    : QDockWidget(tr("Articles"), parent)
    , m_database(database)
    , m_repository(new ArticleRepository(database))
    , m_search(new ArticleSearch(database))
{
    setObjectName(QStringLiteral("articleListDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_searchField = new QLineEdit(content);
    m_searchField->setPlaceholderText(tr("Search titles and text (中文 or English)…"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search articles"));
    layout->addWidget(m_searchField);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    m_statusFilter = new QComboBox(content);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All states"), QString());
    for (WorkflowState state : allWorkflowStates())
        m_statusFilter->addItem(workflowStateDisplayName(state), workflowStateKey(state));
    m_deskFilter = new QComboBox(content);
    m_deskFilter->setAccessibleName(tr("Filter by desk"));
    m_bylineFilter = new QComboBox(content);
    m_bylineFilter->setAccessibleName(tr("Filter by byline"));
    for (QComboBox *combo : {m_statusFilter, m_deskFilter, m_bylineFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        filters->addWidget(combo, 1);
    }
    layout->addLayout(filters);

    m_model = new ArticleListModel(m_database, this);
    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setAccessibleName(tr("Article list"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The title takes what the other columns leave and is the only one cut short; the others
    // are as wide as their header and values (a state with its counts, a byline, a date).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measured on the rows on screen only: the state column's counts are read per article.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder); // newest first
    // The header's context menu shows and hides the columns other than the title.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ArticleListModel::StatusColumn; column < ArticleListModel::ColumnCount; ++column) {
        auto *action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), this);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { m_view->header()->setSectionHidden(column, !shown); });
        header->addAction(action);
        m_columnActions.append(action);
    }
    m_view->setItemDelegate(new ArticleListDelegate(m_view));
    layout->addWidget(m_view, 1);

    m_countLabel = new QLabel(content);
    m_countLabel->setAccessibleName(tr("Number of articles"));
    layout->addWidget(m_countLabel);
    setWidget(content);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    createActions();
    reloadFilterChoices();

    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, &ArticleListDock::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &ArticleListDock::applyFilter);
    for (QComboBox *combo : {m_statusFilter, m_deskFilter, m_bylineFilter})
        connect(combo, &QComboBox::activated, this, &ArticleListDock::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                if (!m_selecting && current.isValid())
                    Q_EMIT articleActivated(m_model->articleId(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArticleListDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticleListDock::updateActions);
    // A long search's count is estimated until scrolling reaches the list's end.
    connect(m_model, &ArticleListModel::countChanged, this, &ArticleListDock::updateCountLabel);
    applyFilter();
}

ArticleListDock::~ArticleListDock()
{
    delete m_model;
    m_model = nullptr;
    delete m_search;
    delete m_repository;
}

void ArticleListDock::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Article"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new draft article"));
    connect(m_newAction, &QAction::triggered, this, &ArticleListDock::createArticle);

    m_duplicateAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate Article"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Copy the selected article as a new draft"));
    connect(m_duplicateAction, &QAction::triggered, this, &ArticleListDock::duplicateArticle);

    m_trashAction = new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash"), this);
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_trashAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_trashAction->setStatusTip(tr("Move the selected articles to the trash"));
    connect(m_trashAction, &QAction::triggered, this, &ArticleListDock::trashArticles);
    m_view->addAction(m_trashAction);

    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Restore from Trash"), this);
    m_restoreAction->setStatusTip(tr("Take the selected articles out of the trash"));
    connect(m_restoreAction, &QAction::triggered, this, &ArticleListDock::restoreArticles);

    m_showTrashAction = new QAction(QIcon::fromTheme(QStringLiteral("user-trash-full")), tr("Show T&rash"), this);
    m_showTrashAction->setCheckable(true);
    m_showTrashAction->setStatusTip(tr("List the articles in the trash instead of the newsroom"));
    connect(m_showTrashAction, &QAction::toggled, this, &ArticleListDock::applyFilter);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("Search &Articles…"), this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        show();
        raise();
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
}

void ArticleListDock::applyFilter()
{
    m_searchTimer->stop();
    ArticleFilter filter;
    filter.search = m_searchField->text().trimmed();
    filter.status = workflowStateFromKey(m_statusFilter->currentData().toString());
    filter.desk = m_deskFilter->currentData().toString();
    filter.byline = m_bylineFilter->currentData().toString();
    filter.trash = m_showTrashAction->isChecked();
    if (auto *delegate = qobject_cast<ArticleListDelegate *>(m_view->itemDelegate()))
        delegate->setShowSnippets(!filter.search.isEmpty());
    const qint64 current = currentArticleId();
    m_model->setFilter(filter);
    // Searching ranks by relevance; leaving the search goes back to the column the user sorted.
    if (!filter.search.isEmpty())
        m_model->sort(-1, Qt::DescendingOrder);
    else
        m_model->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_view->header()->setSortIndicatorShown(filter.search.isEmpty());
    selectArticle(current);
    updateCountLabel();
    updateActions();
}

void ArticleListDock::reloadFilterChoices()
{
    const QString desk = m_deskFilter->currentData().toString();
    const QString byline = m_bylineFilter->currentData().toString();
    m_deskFilter->clear();
    m_deskFilter->addItem(tr("All desks"), QString());
    for (const QString &value : m_search->desks())
        m_deskFilter->addItem(value, value);
    m_bylineFilter->clear();
    m_bylineFilter->addItem(tr("All bylines"), QString());
    for (const QString &value : m_search->bylines())
        m_bylineFilter->addItem(value, value);
    m_deskFilter->setCurrentIndex(qMax(0, m_deskFilter->findData(desk)));
    m_bylineFilter->setCurrentIndex(qMax(0, m_bylineFilter->findData(byline)));
}

void ArticleListDock::showArticles(const ArticleFilter &filter)
{
    reloadFilterChoices();
    m_searchField->setText(filter.search);
    m_statusFilter->setCurrentIndex(
        qMax(0, m_statusFilter->findData(filter.status ? workflowStateKey(*filter.status) : QString())));
    // A desk or byline the list does not offer yet (added since it was filled) is offered now.
    const auto choose = [](QComboBox *combo, const QString &value) {
        if (!value.isEmpty() && combo->findData(value) < 0)
            combo->addItem(value, value);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    };
    choose(m_deskFilter, filter.desk);
    choose(m_bylineFilter, filter.byline);
    {
        const QSignalBlocker blocker(m_showTrashAction);
        m_showTrashAction->setChecked(filter.trash);
    }
    applyFilter();
    show();
    raise();
}

void ArticleListDock::refresh()
{
    const qint64 current = currentArticleId();
    reloadFilterChoices();
    m_model->refresh();
    selectArticle(current);
    updateCountLabel();
    updateActions();
}

void ArticleListDock::updateCountLabel()
{
    m_countLabel->setText(
        countText(m_model->count(), m_model->isCountExact(), m_model->rowCount(), m_model->filter().trash));
}

QString ArticleListDock::countText(qint64 count, bool exact, int rows, bool trash)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (trash)
        return tr("%n article(s) in the trash", nullptr, n);
    if (exact)
        return tr("%n article(s)", nullptr, n);
    if (count > rows)
        return tr("About %Ln article(s)", "an estimate, refined as the list scrolls", n);
    return tr("More than %Ln article(s)", nullptr, n);
}

qint64 ArticleListDock::currentArticleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->articleId(current.row()) : 0;
}

void ArticleListDock::selectArticle(qint64 id)
{
    if (id <= 0)
        return;
    const int row = m_model->rowOfArticle(id);
    if (row < 0)
        return;
    m_selecting = true;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

void ArticleListDock::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

QList<qint64> ArticleListDock::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(m_model->articleId(index.row()));
    return ids;
}

void ArticleListDock::updateActions()
{
    const bool inTrash = m_showTrashAction->isChecked();
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_newAction->setEnabled(!m_readOnly);
    m_duplicateAction->setEnabled(!m_readOnly && !inTrash && currentArticleId() > 0);
    m_trashAction->setEnabled(!m_readOnly && !inTrash && hasSelection);
    m_restoreAction->setEnabled(!m_readOnly && inTrash && hasSelection);
}

void ArticleListDock::createArticle()
{
    Article article;
    article.title = tr("Untitled article");
    article.byline = m_userName;
    article.desk = m_deskFilter->currentData().toString();
    if (!m_repository->create(article)) {
        QMessageBox::warning(this, tr("New Article"),
                             tr("The article could not be created: %1").arg(m_repository->errorString()));
        return;
    }
    if (m_showTrashAction->isChecked())
        m_showTrashAction->setChecked(false);
    refresh();
    selectArticle(article.id);
    Q_EMIT articleCreated(article.id);
    Q_EMIT articleActivated(article.id);
}

void ArticleListDock::duplicateArticle()
{
    const qint64 id = currentArticleId();
    const std::optional<Article> original = m_repository->load(id);
    if (!original)
        return;
    const qint64 copy = m_repository->duplicate(id, tr("%1 (copy)").arg(original->title));
    if (copy <= 0) {
        QMessageBox::warning(this, tr("Duplicate Article"),
                             tr("The article could not be copied: %1").arg(m_repository->errorString()));
        return;
    }
    refresh();
    selectArticle(copy);
    Q_EMIT articleCreated(copy);
    Q_EMIT articleActivated(copy);
}

void ArticleListDock::trashArticles()
{
    const QList<qint64> ids = selectedIds();
    int moved = 0;
    for (qint64 id : ids)
        moved += m_repository->moveToTrash(id) ? 1 : 0;
    refresh();
    if (moved > 0)
        Q_EMIT articlesMovedToOrFromTrash();
    Q_EMIT statusMessage(tr("Moved %n article(s) to the trash.", nullptr, moved));
}

void ArticleListDock::restoreArticles()
{
    const QList<qint64> ids = selectedIds();
    int restored = 0;
    for (qint64 id : ids)
        restored += m_repository->restoreFromTrash(id) ? 1 : 0;
    refresh();
    if (restored > 0)
        Q_EMIT articlesMovedToOrFromTrash();
    Q_EMIT statusMessage(tr("Restored %n article(s) from the trash.", nullptr, restored));
}

QByteArray ArticleListDock::saveHeaderState() const
{
    return m_view->header()->saveState();
}

bool ArticleListDock::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->header()->restoreState(state))
        return false;
    updateColumnActions();
    applyFilter();
    return true;
}

int ArticleListDock::fitColumns(int maximumWidth)
{
    QHeaderView *header = m_view->header();
    // Around the columns: the dock's margins, the list's frame and its vertical scroll bar.
    const QScrollBar *scrollBar = m_view->verticalScrollBar();
    int needed = width() - m_view->viewport()->width() + (scrollBar->isVisible() ? 0 : scrollBar->sizeHint().width())
        + MinimumTitleEms * m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // In the order a desk reads them; the first that does not fit and those after it start hidden.
    bool fits = true;
    for (int column : { ArticleListModel::StatusColumn, ArticleListModel::BylineColumn, ArticleListModel::UpdatedColumn,
             ArticleListModel::DeskColumn, ArticleListModel::CharactersColumn }) {
        const int columnWidth = std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column), header->sectionSizeHint(column));
        fits = fits && needed + columnWidth <= maximumWidth;
        header->setSectionHidden(column, !fits);
        if (fits)
            needed += columnWidth;
    }
    updateColumnActions();
    return needed;
}

void ArticleListDock::updateColumnActions()
{
    for (qsizetype i = 0; i < m_columnActions.size(); ++i) {
        const QSignalBlocker blocker(m_columnActions.at(i));
        m_columnActions.at(i)->setChecked(!m_view->header()->isSectionHidden(ArticleListModel::StatusColumn + int(i)));
    }
}

} // namespace galley
