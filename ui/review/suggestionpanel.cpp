#include "review/suggestionpanel.h"

#include "documentcontroller.h"
#include "editor/articledocument.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "editor/suggestediting.h"
#include "preview/previewpane.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

SuggestionPanel::SuggestionPanel(Database &database, EditorArea *editorArea, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_editorArea(editorArea)
    , m_model(new SuggestionModel(database, this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    setWindowTitle(tr("Suggestions"));
    auto *content = this;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(content);
    m_filter->addItem(tr("Pending"), int(SuggestionModel::Filter::Pending));
    m_filter->addItem(tr("Decided"), int(SuggestionModel::Filter::Decided));
    m_filter->addItem(tr("All"), int(SuggestionModel::Filter::All));
    m_filter->setObjectName(QStringLiteral("suggestionFilter"));
    m_filter->setAccessibleName(tr("Suggestions by status"));
    m_counts = new QLabel(content);
    auto *filterLabel = new QLabel(tr("Status:"), content);
    filterLabel->setObjectName(QStringLiteral("suggestionFilterLabel"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_counts, 1);
    layout->addLayout(filterRow);

    m_view = new QTreeView(content);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Suggestions on this article"));
    m_view->header()->setSectionResizeMode(SuggestionModel::ChangeColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    m_composer = new QPlainTextEdit(content);
    m_composer->setObjectName(QStringLiteral("suggestionComposer"));
    m_composer->setAccessibleName(tr("Reply to the suggestion"));
    m_composer->setPlaceholderText(tr("Write a reply to the selected suggestion…"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(m_composer->fontMetrics().lineSpacing() * 3);

    // Reply beside its box and the four decisions in one row, as the comments' buttons are: the
    // list keeps the height (a 768-pixel screen shows both lists with a useful number of rows).
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_composer, 1);
    layout->addLayout(replyRow);
    auto *buttons = new QHBoxLayout;
    m_acceptButton = new QPushButton(tr("Acce&pt"), content);
    m_acceptButton->setToolTip(tr("Make the selected suggestions' changes to the text"));
    m_rejectButton = new QPushButton(tr("Re&ject"), content);
    m_rejectButton->setToolTip(tr("Decline the selected suggestions; the text stays as it is"));
    m_acceptAllButton = new QPushButton(tr("Accept A&ll"), content);
    m_rejectAllButton = new QPushButton(tr("Reject All"), content);
    m_replyButton = new QPushButton(tr("Repl&y"), content);
    m_replyButton->setToolTip(tr("Add the text in the reply box to the selected suggestion's discussion"));
    for (QPushButton *button :
        { m_replyButton, m_acceptButton, m_rejectButton, m_acceptAllButton, m_rejectAllButton }) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        if (button != m_replyButton)
            buttons->addWidget(button);
    }
    replyRow->addWidget(m_replyButton, 0, Qt::AlignBottom);
    layout->addLayout(buttons);

    m_acceptSelectionAction = new QAction(tr("Accept Suggestions in Se&lection"), this);
    m_acceptSelectionAction->setObjectName(QStringLiteral("acceptSuggestionsInSelectionAction"));
    m_acceptSelectionAction->setStatusTip(tr("Make the changes the pending suggestions in the selected text propose"));
    m_rejectSelectionAction = new QAction(tr("Re&ject Suggestions in Selection"), this);
    m_rejectSelectionAction->setObjectName(QStringLiteral("rejectSuggestionsInSelectionAction"));
    m_rejectSelectionAction->setStatusTip(tr("Decline the pending suggestions in the selected text; it stays as it is"));
    connect(m_acceptSelectionAction, &QAction::triggered, this, &SuggestionPanel::acceptInSelection);
    connect(m_rejectSelectionAction, &QAction::triggered, this, &SuggestionPanel::rejectInSelection);

    m_filter->setCurrentIndex(0);
    m_model->setFilter(SuggestionModel::Filter::Pending);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(SuggestionModel::Filter(m_filter->currentData().toInt()));
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SuggestionPanel::updateButtons);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SuggestionPanel::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &SuggestionPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SuggestionPanel::updateButtons);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &SuggestionPanel::updateButtons);
    connect(m_replyButton, &QPushButton::clicked, this, &SuggestionPanel::replyFromComposer);
    connect(m_model, &SuggestionModel::countsChanged, this, &SuggestionPanel::updateCounts);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { accept(selectedPending()); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { reject(selectedPending()); });
    connect(m_acceptAllButton, &QPushButton::clicked, this, [this] { accept(allPending()); });
    connect(m_rejectAllButton, &QPushButton::clicked, this, [this] { reject(allPending()); });

    DocumentController *controller = editorArea->documentController();
    connect(controller, &DocumentController::articleLoaded, this, &SuggestionPanel::onArticleLoaded);
    connect(controller, &DocumentController::saved, this, [this](qint64 id) {
        if (id == m_model->articleId())
            refresh(); // a save re-anchors the pending suggestions
    });
    // The text being edited (in suggest mode the editor shows a marked copy of it instead).
    connect(editorArea->bodyEditor(), &QTextEdit::textChanged, this, [this] {
        if (m_model->articleId() != 0)
            m_model->setBodyText(m_editorArea->documentController()->document()->toPlainText());
    });
    // Suggest mode in the editor and this list show the same suggestions.
    connect(editorArea->suggestEditing(), &SuggestEditing::suggestionsChanged, this, [this](qint64 id) {
        if (id == m_model->articleId())
            refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, editorArea->suggestEditing(), &SuggestEditing::refresh);
    connect(editorArea->bodyEditor(), &QTextEdit::selectionChanged, this, &SuggestionPanel::updateButtons);
    connect(editorArea->bodyEditor(), &RichTextEdit::contextMenuAboutToShow, this,
        [this](QMenu *menu, int) { addToContextMenu(menu); });
    connect(m_model, &QAbstractItemModel::modelReset, editorArea->previewPane(), &PreviewPane::suggestionsChanged);
    onArticleLoaded(controller->articleId());
}

SuggestionPanel::~SuggestionPanel() = default;

void SuggestionPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void SuggestionPanel::onArticleLoaded(qint64 id)
{
    m_model->setArticle(id, id ? m_editorArea->documentController()->document()->toPlainText() : QString());
    updateCounts();
    updateButtons();
}

void SuggestionPanel::refresh()
{
    if (m_model->articleId() == 0)
        return;
    m_model->refresh();
    updateCounts();
    updateButtons();
}

QList<qint64> SuggestionPanel::selectedPending() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (row.data(SuggestionModel::PendingRole).toBool())
            ids.append(row.data(SuggestionModel::IdRole).toLongLong());
    }
    return ids;
}

QList<qint64> SuggestionPanel::allPending() const
{
    QList<qint64> ids;
    for (const Suggestion &suggestion : m_model->suggestions()) {
        if (suggestion.isPending())
            ids.append(suggestion.id);
    }
    return ids;
}

QList<qint64> SuggestionPanel::pendingInSelection() const
{
    const QTextCursor selection = m_editorArea->bodyEditor()->textCursor();
    if (m_model->articleId() == 0 || !selection.hasSelection())
        return {};
    // In suggest mode the editor shows proposed text too: the selection is mapped onto the
    // stored text the suggestions are placed on, and proposed text selected counts as well.
    const SuggestEditing *suggesting = m_editorArea->suggestEditing();
    const auto [start, end] = suggesting->storedRange(selection.selectionStart(), selection.selectionEnd());
    QList<qint64> ids = m_model->pendingOverlapping(start, end);
    const QList<qint64> shown = suggesting->proposedWithin(selection.selectionStart(), selection.selectionEnd());
    if (std::all_of(shown.cbegin(), shown.cend(), [&ids](qint64 id) { return ids.contains(id); }))
        return ids;
    // Those, with the rest of their gestures.
    const QList<Suggestion> all = m_model->suggestions();
    QList<qint64> groups;
    for (const Suggestion &suggestion : all) {
        if (shown.contains(suggestion.id) && suggestion.groupId != 0)
            groups.append(suggestion.groupId);
    }
    for (const Suggestion &suggestion : all) {
        if (suggestion.isPending() && !ids.contains(suggestion.id)
            && (shown.contains(suggestion.id) || (suggestion.groupId != 0 && groups.contains(suggestion.groupId))))
            ids.append(suggestion.id);
    }
    return ids;
}

bool SuggestionPanel::acceptInSelection()
{
    const QList<qint64> ids = pendingInSelection();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("No pending suggestion in the selected text."));
        return false;
    }
    return accept(ids);
}

bool SuggestionPanel::rejectInSelection()
{
    const QList<qint64> ids = pendingInSelection();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("No pending suggestion in the selected text."));
        return false;
    }
    return reject(ids);
}

void SuggestionPanel::addToContextMenu(QMenu *menu)
{
    updateButtons();
    if (!m_acceptSelectionAction->isEnabled())
        return; // nothing to decide there, or not this user's to decide
    menu->addSeparator();
    menu->addAction(m_acceptSelectionAction);
    menu->addAction(m_rejectSelectionAction);
}

bool SuggestionPanel::accept(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    DocumentController *controller = m_editorArea->documentController();
    // The change is made to the stored text: what is being edited is stored first.
    if (controller->isModified() && !controller->save()) {
        Q_EMIT statusMessage(tr("The article could not be saved, so no suggestion was accepted."));
        return false;
    }
    const std::optional<Article> saved = m_model->accept(ids, m_userName);
    if (!saved) {
        Q_EMIT statusMessage(m_model->errorString());
        return false;
    }
    controller->adoptSaved(*saved);
    updateCounts();
    Q_EMIT statusMessage(tr("Accepted %n suggestion(s).", nullptr, int(ids.size())));
    return true;
}

bool SuggestionPanel::reject(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    if (!m_model->reject(ids, m_userName)) {
        Q_EMIT statusMessage(m_model->errorString());
        return false;
    }
    updateCounts();
    Q_EMIT statusMessage(tr("Rejected %n suggestion(s).", nullptr, int(ids.size())));
    return true;
}

qint64 SuggestionPanel::currentSuggestion() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SuggestionModel::IdRole).toLongLong() : 0;
}

void SuggestionPanel::selectSuggestion(qint64 id)
{
    const QModelIndex row = m_model->indexOf(id);
    if (!row.isValid())
        return;
    m_view->expand(row);
    m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(m_model->rowCount(row) - 1, 0, row));
}

qint64 SuggestionPanel::reply(qint64 id, const QString &body)
{
    if (id == 0 || body.trimmed().isEmpty())
        return 0;
    const qint64 replyId = m_model->reply(id, body.trimmed(), m_userName);
    if (replyId == 0) {
        Q_EMIT statusMessage(tr("The reply could not be stored: %1").arg(m_model->errorString()));
        return 0;
    }
    selectSuggestion(id);
    Q_EMIT statusMessage(tr("Reply added."));
    return replyId;
}

void SuggestionPanel::replyFromComposer()
{
    if (reply(currentSuggestion(), m_composer->toPlainText()) != 0)
        m_composer->clear();
}

void SuggestionPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 start = current.data(SuggestionModel::StartRole).toLongLong();
    const qint64 end = current.data(SuggestionModel::EndRole).toLongLong();
    if (!current.isValid() || start < 0)
        return;
    // In suggest mode the editor shows proposed text too: the passage is where it is shown.
    const SuggestEditing *suggesting = m_editorArea->suggestEditing();
    QTextCursor cursor(m_editorArea->bodyEditor()->document());
    cursor.setPosition(suggesting->shownPosition(start, true));
    cursor.setPosition(suggesting->shownPosition(end, false), QTextCursor::KeepAnchor);
    m_editorArea->bodyEditor()->setTextCursor(cursor);
    m_editorArea->bodyEditor()->ensureCursorVisible();
}

QString SuggestionPanel::countText() const
{
    return tr("%1 pending · %2 decided")
        .arg(m_model->count(SuggestionModel::Filter::Pending))
        .arg(m_model->count(SuggestionModel::Filter::Decided));
}

void SuggestionPanel::updateCounts()
{
    m_counts->setText(countText());
    const int pending = m_model->count(SuggestionModel::Filter::Pending);
    setWindowTitle(m_model->articleId() != 0 && pending > 0 ? tr("Suggestions (%1)").arg(pending) : tr("Suggestions"));
    if (m_model->articleId() != 0) {
        int open = 0;
        for (const Suggestion &suggestion : m_model->suggestions())
            open += suggestion.state == SuggestionState::Open ? 1 : 0;
        Q_EMIT openCountChanged(m_model->articleId(), open);
    }
}

void SuggestionPanel::updateButtons()
{
    const bool can = !m_readOnly && m_model->articleId() != 0;
    m_acceptButton->setEnabled(can && !selectedPending().isEmpty());
    m_rejectButton->setEnabled(can && !selectedPending().isEmpty());
    m_acceptAllButton->setEnabled(can && m_model->count(SuggestionModel::Filter::Pending) > 0);
    m_rejectAllButton->setEnabled(can && m_model->count(SuggestionModel::Filter::Pending) > 0);
    const bool inSelection = can && !pendingInSelection().isEmpty();
    m_acceptSelectionAction->setEnabled(inSelection);
    m_rejectSelectionAction->setEnabled(inSelection);
    // Reviewers discuss too: only a read-only newsroom takes no reply.
    const bool mayReply = m_model->articleId() != 0 && !m_database.isReadOnly();
    m_composer->setEnabled(mayReply);
    m_replyButton->setEnabled(
        mayReply && currentSuggestion() != 0 && !m_composer->toPlainText().trimmed().isEmpty());
}

} // namespace galley
