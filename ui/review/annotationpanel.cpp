#include "annotationpanel.h"

#include "annotationhighlighter.h"
#include "document/anchoring.h"
#include "documentcontroller.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "storage/annotationrepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace galley {

namespace {

/// What the panel shows of a thread row: its passage (quoted) above the comment, and a clear
/// mark on an orphaned one; resolved threads greyed.
class ThreadDisplayModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool thread = index.isValid() && !index.parent().isValid();
        if (thread && index.column() == AnnotationModel::CommentColumn && role == Qt::DisplayRole) {
            const QString quote = QIdentityProxyModel::data(index, AnnotationModel::QuoteRole).toString().simplified();
            const QString body = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            const QString shortQuote = quote.size() > 60 ? quote.left(59) + QChar(0x2026) : quote;
            if (QIdentityProxyModel::data(index, AnnotationModel::OrphanedRole).toBool())
                return QCoreApplication::translate("galley::AnnotationPanel", "Orphaned — “%1” is no longer in the text\n%2").arg(shortQuote, body);
            return QStringLiteral("“%1”\n%2").arg(shortQuote, body);
        }
        if (role == Qt::ForegroundRole && QIdentityProxyModel::data(index, AnnotationModel::ResolvedRole).toBool())
            return QColor(Qt::gray);
        if (thread && role == Qt::FontRole && index.column() == AnnotationModel::CommentColumn
            && QIdentityProxyModel::data(index, AnnotationModel::OrphanedRole).toBool()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

AnnotationPanel::AnnotationPanel(Database &database, EditorArea *editorArea, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_editorArea(editorArea)
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_model = new AnnotationModel(database, this);
    m_model->setFilter(AnnotationModel::Filter::Open);
    m_highlighter = new AnnotationHighlighter(editorArea->bodyEditor(), m_model, this);

    setWindowTitle(tr("Comments"));
    auto *content = this;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(content);
    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_filter->addItem(tr("Open"), int(AnnotationModel::Filter::Open));
    m_filter->addItem(tr("Resolved"), int(AnnotationModel::Filter::Resolved));
    m_filter->addItem(tr("All"), int(AnnotationModel::Filter::All));
    // "Status", not "Show": the review panel's own filter above is "Show:" (comments or suggestions).
    m_filter->setAccessibleName(tr("Comments by status"));
    m_counts = new QLabel(content);
    m_counts->setObjectName(QStringLiteral("annotationCounts"));
    auto *filterLabel = new QLabel(tr("Status:"), content);
    filterLabel->setObjectName(QStringLiteral("annotationFilterLabel"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_counts);
    layout->addLayout(filterRow);

    m_view = new QTreeView(content);
    m_view->setAccessibleName(tr("Review comments"));
    m_view->setObjectName(QStringLiteral("annotationView"));
    auto *display = new ThreadDisplayModel(m_view);
    display->setSourceModel(m_model);
    m_view->setModel(display);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationModel::CommentColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AnnotationModel::TimeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_composer = new QPlainTextEdit(content);
    m_composer->setObjectName(QStringLiteral("annotationComposer"));
    m_composer->setAccessibleName(tr("New comment or reply"));
    m_composer->setPlaceholderText(tr("Write a comment on the selected text, or a reply to the selected thread…"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(m_composer->fontMetrics().lineSpacing() * 4); // the list keeps the height
    layout->addWidget(m_composer);

    auto *buttons = new QHBoxLayout;
    m_commentButton = new QPushButton(tr("&Comment"), content);
    m_commentButton->setToolTip(tr("Comment on the text selected in the editor"));
    m_replyButton = new QPushButton(tr("&Reply"), content);
    m_resolveButton = new QPushButton(tr("Re&solve"), content);
    m_deleteButton = new QPushButton(tr("&Delete"), content);
    m_deleteButton->setToolTip(tr("Delete your own comment or reply"));
    for (QPushButton *button : {m_commentButton, m_replyButton, m_resolveButton, m_deleteButton})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    m_commentAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("&Comment on Selection"), this);
    m_commentAction->setObjectName(QStringLiteral("commentAction"));
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_commentAction->setStatusTip(tr("Start a review thread on the text selected in the editor"));

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(AnnotationModel::Filter(m_filter->currentData().toInt())); });
    connect(m_model, &AnnotationModel::countsChanged, this, &AnnotationPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(display, &QAbstractItemModel::rowsInserted, this, [this, display](const QModelIndex &parent, int first, int last) {
        if (parent.isValid()) {
            m_view->expand(parent);
            return;
        }
        for (int row = first; row <= last; ++row)
            m_view->expand(display->index(row, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationPanel::onCurrentRowChanged);
    connect(m_highlighter, &AnnotationHighlighter::threadClicked, this, [this](qint64 id) { selectThread(id, false); });
    connect(m_commentButton, &QPushButton::clicked, this, &AnnotationPanel::commentFromComposer);
    connect(m_commentAction, &QAction::triggered, this, [this] {
        Q_EMIT revealRequested();
        if (m_composer->toPlainText().trimmed().isEmpty()) {
            m_composer->setFocus(Qt::ShortcutFocusReason);
            Q_EMIT statusMessage(tr("Write the comment, then press Comment."));
            return;
        }
        commentFromComposer();
    });
    connect(m_replyButton, &QPushButton::clicked, this, &AnnotationPanel::replyFromComposer);
    connect(m_resolveButton, &QPushButton::clicked, this, &AnnotationPanel::toggleResolved);
    connect(m_deleteButton, &QPushButton::clicked, this, &AnnotationPanel::removeCurrent);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &AnnotationPanel::updateButtons);
    connect(editorArea->bodyEditor(), &QTextEdit::selectionChanged, this, &AnnotationPanel::updateButtons);

    DocumentController *controller = editorArea->documentController();
    connect(controller, &DocumentController::articleLoaded, this, &AnnotationPanel::onArticleLoaded);
    connect(controller, &DocumentController::saved, this, &AnnotationPanel::onArticleSaved);
    onArticleLoaded(controller->articleId());
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::onArticleLoaded(qint64 id)
{
    m_model->setArticle(id, id ? m_editorArea->bodyEditor()->document()->toPlainText() : QString());
    m_highlighter->setCurrentThread(0);
    updateCounts();
    updateButtons();
}

void AnnotationPanel::refreshThreads()
{
    if (m_model->articleId() == 0)
        return;
    const qint64 selected = currentThread();
    m_model->refresh();
    if (selected)
        selectThread(selected, false);
    updateCounts();
    updateButtons();
}

void AnnotationPanel::onArticleSaved(qint64 id)
{
    if (id != m_model->articleId())
        return;
    storeLiveAnchors();
}

void AnnotationPanel::storeLiveAnchors()
{
    // The passages as they now stand in the saved text become the stored anchors, so the next
    // load finds them by position instead of by searching for the quote.
    const QString text = m_editorArea->bodyEditor()->document()->toPlainText();
    AnnotationRepository repository(m_database);
    bool changed = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 id = index.data(AnnotationModel::ThreadIdRole).toLongLong();
        const QTextCursor range = m_highlighter->range(id);
        if (range.isNull())
            continue;
        const qint64 start = range.selectionStart();
        const qint64 end = range.selectionEnd();
        if (start == index.data(AnnotationModel::StartRole).toLongLong()
            && end == index.data(AnnotationModel::EndRole).toLongLong()
            && text.mid(start, end - start) == index.data(AnnotationModel::QuoteRole).toString())
            continue;
        if (repository.updateAnchor(id, Anchoring::create(text, start, end), 0))
            changed = true;
    }
    if (changed) {
        const qint64 current = currentThread();
        m_model->setBodyText(text); // first, so the reloaded threads are placed on this text
        m_model->refresh();
        if (current)
            selectThread(current, false);
    } else {
        m_model->setBodyText(text);
    }
}

void AnnotationPanel::setFilter(AnnotationModel::Filter filter)
{
    const int index = m_filter->findData(int(filter));
    if (m_filter->currentIndex() != index) {
        m_filter->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    const qint64 current = currentThread();
    m_model->setFilter(filter);
    m_view->expandAll();
    if (current)
        selectThread(current, false);
    updateButtons();
}

QString AnnotationPanel::countText() const
{
    if (m_model->articleId() == 0)
        return QString();
    return tr("%1 open · %2 resolved")
        .arg(m_model->threadCount(AnnotationModel::Filter::Open))
        .arg(m_model->threadCount(AnnotationModel::Filter::Resolved));
}

void AnnotationPanel::updateCounts()
{
    m_counts->setText(countText());
    const int open = m_model->threadCount(AnnotationModel::Filter::Open);
    setWindowTitle(open > 0 ? tr("Comments (%1)").arg(open) : tr("Comments"));
    if (m_model->articleId() != 0)
        Q_EMIT openCountChanged(m_model->articleId(), open);
}

qint64 AnnotationPanel::currentThread() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(AnnotationModel::ThreadIdRole).toLongLong() : 0;
}

void AnnotationPanel::selectThread(qint64 threadId, bool selectText)
{
    const QModelIndex source = m_model->indexOf(threadId);
    if (!source.isValid())
        return;
    const auto *proxy = static_cast<QIdentityProxyModel *>(m_view->model());
    m_syncing = !selectText;
    m_view->setCurrentIndex(proxy->mapFromSource(source));
    m_view->scrollTo(m_view->currentIndex());
    m_syncing = false;
    m_highlighter->setCurrentThread(threadId);
}

void AnnotationPanel::onCurrentRowChanged()
{
    updateButtons();
    const qint64 thread = currentThread();
    if (m_syncing || thread == 0)
        return;
    if (!m_highlighter->selectInEditor(thread))
        m_highlighter->setCurrentThread(thread);
}

void AnnotationPanel::updateButtons()
{
    // A newsroom open read-only shows its comments; nobody can add to them.
    const bool open = m_model->articleId() != 0 && !m_database.isReadOnly();
    const bool hasText = !m_composer->toPlainText().trimmed().isEmpty();
    const bool hasSelection = m_editorArea->bodyEditor()->textCursor().hasSelection();
    const QModelIndex current = m_view->currentIndex();
    m_commentButton->setEnabled(open && hasText && hasSelection);
    m_commentAction->setEnabled(open);
    m_replyButton->setEnabled(open && hasText && current.isValid());
    m_resolveButton->setEnabled(open && current.isValid());
    const bool resolved = current.isValid() && current.data(AnnotationModel::ResolvedRole).toBool();
    m_resolveButton->setText(resolved ? tr("Re&open") : tr("Re&solve"));
    m_deleteButton->setEnabled(open && current.isValid()
                               && current.data(AnnotationModel::AuthorRole).toString() == m_userName);
    m_composer->setEnabled(open);
}

bool AnnotationPanel::saveBeforeAnnotating()
{
    // The text a comment is made on is kept in the history (and never pruned): an editor's
    // unsaved edits are saved first; the annotate use case records the text with the comment.
    DocumentController *controller = m_editorArea->documentController();
    return controller->isReadOnly() || !controller->isModified() || controller->save();
}

qint64 AnnotationPanel::addComment(const QString &body)
{
    const QTextCursor selection = m_editorArea->bodyEditor()->textCursor();
    if (m_model->articleId() == 0 || !selection.hasSelection()) {
        Q_EMIT statusMessage(tr("Select the passage to comment on in the editor first."));
        return 0;
    }
    if (body.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("A comment needs some text."));
        return 0;
    }
    const int start = selection.selectionStart();
    const int end = selection.selectionEnd();
    if (!saveBeforeAnnotating()) {
        Q_EMIT statusMessage(tr("Not commented: the article could not be saved first."));
        return 0;
    }
    m_model->setBodyText(m_editorArea->bodyEditor()->document()->toPlainText());
    const qint64 id = m_model->addThread(m_editorArea->documentController()->currentArticle(), start, end, body.trimmed(),
        m_userName, tr("Text as annotated"));
    if (id == 0) {
        Q_EMIT statusMessage(tr("The comment could not be stored: %1").arg(m_model->errorString()));
        return 0;
    }
    if (m_model->filter() == AnnotationModel::Filter::Resolved)
        setFilter(AnnotationModel::Filter::Open);
    selectThread(id, false);
    Q_EMIT statusMessage(tr("Comment added."));
    return id;
}

qint64 AnnotationPanel::reply(qint64 id, const QString &body)
{
    if (body.trimmed().isEmpty())
        return 0;
    const qint64 replyId = m_model->reply(id, body.trimmed(), m_userName);
    if (replyId == 0) {
        Q_EMIT statusMessage(tr("The reply could not be stored: %1").arg(m_model->errorString()));
        return 0;
    }
    const QModelIndex source = m_model->indexOf(replyId);
    if (source.isValid()) {
        const auto *proxy = static_cast<QIdentityProxyModel *>(m_view->model());
        m_view->expand(proxy->mapFromSource(source.parent()));
    }
    return replyId;
}

bool AnnotationPanel::setResolved(qint64 id, bool resolved)
{
    if (!m_model->setResolved(id, resolved)) {
        Q_EMIT statusMessage(tr("The thread could not be changed: %1").arg(m_model->errorString()));
        return false;
    }
    Q_EMIT statusMessage(resolved ? tr("Thread resolved.") : tr("Thread reopened."));
    updateButtons();
    return true;
}

void AnnotationPanel::commentFromComposer()
{
    if (addComment(m_composer->toPlainText()) != 0)
        m_composer->clear();
}

void AnnotationPanel::replyFromComposer()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (reply(current.data(AnnotationModel::IdRole).toLongLong(), m_composer->toPlainText()) != 0)
        m_composer->clear();
}

void AnnotationPanel::toggleResolved()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        setResolved(current.data(AnnotationModel::ThreadIdRole).toLongLong(),
                    !current.data(AnnotationModel::ResolvedRole).toBool());
}

void AnnotationPanel::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(AnnotationModel::AuthorRole).toString() != m_userName)
        return;
    if (!m_model->remove(current.data(AnnotationModel::IdRole).toLongLong()))
        Q_EMIT statusMessage(tr("The comment could not be deleted: %1").arg(m_model->errorString()));
}

} // namespace galley
