#include "liveupdates.h"

#include "articlelistdock.h"
#include "documentcontroller.h"
#include "document/canonicalhtml.h"
#include "document/textdiff.h"
#include "editor/copydeskmemory.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "models/articlelistmodel.h"
#include "noticebar.h"
#include "review/annotationpanel.h"
#include "review/suggestionpanel.h"
#include "review/diffrenderer.h"
#include "review/historypanel.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QPushButton>
#include <QVBoxLayout>

namespace galley {

LiveUpdates::LiveUpdates(Database &database, const Views &views, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_views(views)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(50);
    connect(&m_gather, &QTimer::timeout, this, &LiveUpdates::apply);
    connect(&m_watcher, &NewsroomWatcher::changed, this, &LiveUpdates::onChanged);
    connect(&m_watcher, &NewsroomWatcher::connectionLost, this, &LiveUpdates::onConnectionLost);
    connect(&m_watcher, &NewsroomWatcher::reconnected, this, &LiveUpdates::onReconnected);

    // The bar about a newer version goes once the editor has saved over it (merged) or moved on.
    const auto dropBarWhenDone = [this] {
        const DocumentController *controller = m_views.editor->documentController();
        if (m_newer && (controller->articleId() != m_newer->id || controller->article().version >= m_newer->version)) {
            m_newer.reset();
            m_views.versionBar->hide();
        }
    };
    connect(m_views.editor, &EditorArea::articleSaved, this, dropBarWhenDone);
    connect(m_views.editor, &EditorArea::currentArticleChanged, this, dropBarWhenDone);
}

bool LiveUpdates::start()
{
    return m_watcher.start(m_database);
}

void LiveUpdates::onChanged(const NewsroomEvent &event)
{
    if (event.isOwn())
        return; // this window changed it and has shown it already
    const qint64 open = m_views.editor->currentArticleId();
    const bool mine = open != 0 && event.articleId == open;
    if (event.isUnknown()) {
        m_everything = true;
    } else if (event.table == QLatin1String("articles")) {
        m_listChanged = true;
        if (mine) {
            m_articleChanged = true;
            m_articleChangedBy = event.name.isEmpty() ? event.user : event.name;
        }
    } else if (event.table == QLatin1String("annotations")) {
        m_listChanged = true; // the open-comment counts
        m_threadsChanged = m_threadsChanged || mine;
    } else if (event.table == QLatin1String("suggestions")) {
        m_listChanged = true; // the open-suggestion counts
        m_suggestionsChanged = m_suggestionsChanged || mine;
    } else if (event.table == QLatin1String("revisions") || event.table == QLatin1String("workflow_events")) {
        m_historyChanged = m_historyChanged || mine;
    } else if (event.table == QLatin1String("copydesk_words")) {
        m_dictionaryChanged = true;
    } else if (event.table == QLatin1String("newsroom_settings")) {
        m_houseStyleChanged = true;
    } else {
        m_activityChanged = true; // locks and presence: who works on the rows shown
    }
    if (!m_gather.isActive())
        m_gather.start();
    Q_EMIT newsroomChanged(event);
}

void LiveUpdates::apply()
{
    const bool everything = std::exchange(m_everything, false);
    const bool activity = std::exchange(m_activityChanged, false);
    if (std::exchange(m_listChanged, false) || everything)
        m_views.list->refresh();
    else if (activity)
        m_views.list->model()->refreshActivity(); // the rows loaded, in place
    const bool threads = std::exchange(m_threadsChanged, false) || everything;
    const bool suggestions = std::exchange(m_suggestionsChanged, false) || everything;
    const bool history = std::exchange(m_historyChanged, false) || everything;
    const bool article = std::exchange(m_articleChanged, false) || everything;
    // The copy desk's shared memory: a colleague's dictionary word stops underlining here, a
    // chief's house style applies.
    if (CopyDeskMemory *desk = m_views.editor->copyDeskMemory()) {
        if (std::exchange(m_dictionaryChanged, false) || everything)
            desk->reloadDictionary();
        if (std::exchange(m_houseStyleChanged, false) || everything)
            desk->reloadHouseStyle();
    }
    if (m_views.editor->currentArticleId() == 0)
        return;
    if (article)
        checkOpenArticle(std::exchange(m_articleChangedBy, QString()));
    if (threads)
        m_views.annotations->refreshThreads();
    if (suggestions && m_views.suggestions)
        m_views.suggestions->refresh();
    if (history)
        m_views.history->refresh();
}

void LiveUpdates::checkOpenArticle(const QString &who)
{
    DocumentController *controller = m_views.editor->documentController();
    const std::optional<Article> stored = ArticleRepository(m_database).load(controller->articleId());
    if (!stored || stored->version <= controller->article().version)
        return;
    const QString name = who.isEmpty() ? tr("Someone") : who;
    if (stored->isInTrash()) {
        m_views.versionBar->clearButtons();
        m_views.versionBar->setClosable(true);
        m_views.versionBar->showMessage(tr("%1 moved this article to the trash.").arg(name), NoticeBar::Kind::Warning);
        return;
    }
    if (!controller->isModified()) {
        // Nothing of mine to lose: the newer version comes in where I am reading.
        RichTextEdit *edit = m_views.editor->bodyEditor();
        const int scroll = edit->verticalScrollBar()->value();
        const int position = edit->textCursor().position();
        controller->adoptSaved(*stored);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(std::min(position, edit->document()->characterCount() - 1));
        edit->setTextCursor(cursor);
        edit->verticalScrollBar()->setValue(scroll);
        m_views.versionBar->hide();
        Q_EMIT statusMessage(tr("%1 saved a newer version; it is shown now.").arg(name));
        return;
    }
    m_newer = stored;
    m_views.versionBar->clearButtons();
    m_views.versionBar->addButton(tr("&Compare"), [this] { compareNewerVersion(); })
        ->setToolTip(tr("Show what differs between the saved version and your text"));
    m_views.versionBar->addButton(tr("&Reload"), [this] { reloadNewerVersion(); })
        ->setToolTip(tr("Show the saved version; your unsaved text is kept in the history"));
    m_views.versionBar->setClosable(true);
    m_views.versionBar->showMessage(
        tr("%1 saved a newer version. Your next save merges it with your changes where they do not overlap.").arg(name));
}

void LiveUpdates::reloadNewerVersion()
{
    DocumentController *controller = m_views.editor->documentController();
    const std::optional<Article> stored = ArticleRepository(m_database).load(controller->articleId());
    if (!stored)
        return;
    if (controller->isModified()) {
        // Nothing typed is lost: my text goes into the history first.
        RevisionRepository revisions(m_database);
        if (!revisions.record(controller->currentArticle(), RevisionKind::Save, controller->userName(),
                tr("Unsaved text kept when reloading version %1").arg(stored->version))) {
            Q_EMIT statusMessage(tr("Your text could not be kept in the history, so the newer version was not loaded: %1")
                                     .arg(revisions.errorString()));
            return;
        }
    }
    controller->adoptSaved(*stored);
    m_newer.reset();
    m_views.versionBar->hide();
    m_views.history->refresh();
}

void LiveUpdates::compareNewerVersion()
{
    DocumentController *controller = m_views.editor->documentController();
    const std::optional<Article> stored = ArticleRepository(m_database).load(controller->articleId());
    if (!stored)
        return;
    QDialog dialog(m_views.editor);
    dialog.setWindowTitle(tr("Compare with the Saved Version"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("Struck out: only in the version saved by the other person. Marked: only in your text."), &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *view = new QTextBrowser(&dialog);
    view->setAccessibleName(tr("Differences between the saved version and your text"));
    view->setHtml(DiffRenderer::textDiffHtml(
        TextDiff::diff(CanonicalHtml::toPlainText(stored->bodyHtml), CanonicalHtml::toPlainText(controller->currentArticle().bodyHtml)),
        DiffRenderer::DefaultContextCharacters));
    label->setBuddy(view);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 90, dialog.fontMetrics().height() * 30);
    dialog.exec();
}

void LiveUpdates::onConnectionLost(const QString &reason)
{
    m_views.connectionBar->clearButtons();
    m_views.connectionBar->setClosable(false);
    // The reason (the driver's sentence, with the server's address) is there for who asks.
    m_views.connectionBar->setToolTip(reason);
    m_views.connectionBar->showMessage(
        tr("Team server unreachable — your edits are kept on this computer and saved when it is back."),
        NoticeBar::Kind::Warning);
}

void LiveUpdates::onReconnected()
{
    m_views.connectionBar->hide();
    Q_EMIT statusMessage(tr("The team server is back."));
    // What was saved meanwhile is read again (the reconnected watcher says so next); what was
    // typed meanwhile is saved now, through the version check and the merge.
    if (m_views.editor->documentController()->isModified())
        QTimer::singleShot(0, m_views.editor, [editor = m_views.editor] { (void)editor->saveNow(); });
}

} // namespace galley
