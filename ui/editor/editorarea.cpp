#include "editorarea.h"

#include "articledocument.h"
#include "articlefieldsform.h"
#include "conflictdialog.h"
#include "copydeskchecker.h"
#include "copydeskmemory.h"
#include "viewkeeper.h"
#include "document/canonicalhtml.h"
#include "documentcontroller.h"
#include "editoractions.h"
#include "exporting/articlerenderer.h"
#include "findreplacebar.h"
#include "lockcontroller.h"
#include "locknotice.h"
#include "noticebar.h"
#include "preview/previewpane.h"
#include "richtextedit.h"
#include "scrollsync.h"
#include "sourceview/sourceview.h"
#include "storage/articlesearch.h"
#include "storage/assetrepository.h"
#include "storage/suggestionrepository.h"
#include "suggestediting.h"
#include "textformatting.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

EditorArea::EditorArea(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("editorArea"));
    m_controller = new DocumentController(database, this);
    m_lock = new LockController(database, m_controller, this);
    m_actions = new EditorActions(this);

    m_fields = new ArticleFieldsForm(this);
    m_fields->setDeskSuggestions(ArticleSearch(database).desks());

    m_body = new RichTextEdit(this);
    m_body->setAccessibleName(tr("Article text"));
    m_body->setArticleDocument(m_controller->document());
    m_body->setImageStore([this](const QByteArray &bytes, const QString &mime) {
        return AssetRepository(m_database).store(bytes, mime);
    });
    m_findBar = new FindReplaceBar(m_body, this);
    m_suggest = new SuggestEditing(database, m_controller, m_body, this);
    m_copyDesk = new CopyDeskChecker(m_body, m_fields->titleField(), m_fields->field(QStringLiteral("subtitleField")), this);
    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_body, 1);
    textLayout->addWidget(m_findBar);

    m_source = new SourceView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South);
    m_tabs->addTab(textPage, tr("&Text"));
    m_sourceTabIndex = m_tabs->addTab(m_source, tr("&HTML"));
    auto *viewers = new QLabel(this);
    viewers->setObjectName(QStringLiteral("viewersLabel"));
    viewers->setContentsMargins(8, 0, 8, 0);
    m_tabs->setCornerWidget(viewers, Qt::BottomRightCorner);
    m_tabs->setTabToolTip(m_sourceTabIndex, tr("The article's HTML; edits are cleaned and applied when "
                                               "you leave this tab"));

    m_editorPane = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(m_editorPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    m_lockBar = new NoticeBar(m_editorPane);
    m_lockBar->setObjectName(QStringLiteral("lockBar"));
    new LockNotice(m_lock, m_lockBar, viewers, this);
    paneLayout->addWidget(m_lockBar);
    paneLayout->addWidget(m_fields);
    paneLayout->addWidget(m_tabs, 1);

    auto *placeholder = new QLabel(tr("Open an article from the list to edit it."), this);
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_editorPane);

    m_preview = new PreviewPane(database, this);
    m_preview->setArticleSource([this] { return m_controller->currentArticle(); });
    m_preview->setPlainTextSource([this] { return m_controller->document()->toPlainText(); });
    m_preview->setSuggestionSource([this] {
        return m_controller->articleId() != 0 ? SuggestionRepository(m_database).list(m_controller->articleId())
                                              : QList<Suggestion>();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 1000}); // half and half until the user moves it (restoreSplitterState)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Decisions the controller cannot make by itself.
    m_controller->setConflictResolver([this](const DocumentController::Conflict &conflict) {
        return ConflictDialog::ask(conflict, this);
    });
    new ViewKeeper(m_controller, m_body); // a merge on save keeps the cursor and the scroll
    new ScrollSync(m_body, m_preview, m_preview->syncScrollingAction());
    m_controller->setRecoveryHandler([this](const Article &stored, const JournalEntry &journal) {
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("“%1” has changes from %2 that were never saved — Galley may have "
                           "stopped unexpectedly.")
                            .arg(stored.title,
                                 QLocale().toString(journal.writtenAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(journal.baseVersion < stored.version
                                   ? tr("The article was saved elsewhere since. Recovering puts your text "
                                        "back in the editor; Undo returns to the saved one.")
                                   : tr("Recovering puts your text back in the editor; Undo returns to "
                                        "the saved one."));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recover);
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton *>(recover);
    });

    connect(m_controller, &DocumentController::articleLoaded, this, &EditorArea::onArticleLoaded);
    connect(m_lock, &LockController::changed, this, &EditorArea::updateEnabled);
    connect(m_lock, &LockController::statusMessage, this, &EditorArea::statusMessage);
    connect(m_controller, &DocumentController::fieldsReloaded, m_fields, &ArticleFieldsForm::setArticle);
    connect(m_controller, &DocumentController::saved, this, &EditorArea::articleSaved);
    connect(m_controller, &DocumentController::statusMessage, this, &EditorArea::statusMessage);
    connect(m_controller, &DocumentController::statsChanged, this, &EditorArea::statsChanged);
    connect(m_controller, &DocumentController::contentChanged, m_preview, &PreviewPane::contentChanged);
    connect(m_controller, &DocumentController::modifiedChanged, this, [this] { updateActions(); });
    connect(m_fields, &ArticleFieldsForm::edited, this, [this] { m_controller->setFields(m_fields->fields()); });
    connect(m_fields, &ArticleFieldsForm::titleCommitted, this, [this] { m_body->setFocus(Qt::OtherFocusReason); });
    connect(m_preview, &PreviewPane::statusMessage, this, &EditorArea::statusMessage);
    connect(m_copyDesk, &CopyDeskChecker::statusMessage, this, &EditorArea::statusMessage);
    m_copyDeskMemory = new CopyDeskMemory(m_database, m_copyDesk, this);
    connect(m_copyDeskMemory, &CopyDeskMemory::statusMessage, this, &EditorArea::statusMessage);
    connect(m_suggest, &SuggestEditing::statusMessage, this, &EditorArea::statusMessage);
    connect(m_suggest, &SuggestEditing::suggestionsChanged, m_preview, &PreviewPane::suggestionsChanged);
    connect(m_preview, &PreviewPane::leafClicked, this, &EditorArea::moveCursorToLeaf);
    connect(m_body, &RichTextEdit::pasteCleaned, this, [this](const QStringList &dropped) {
        Q_EMIT statusMessage(tr("Pasted. Removed what articles cannot hold: %1.")
                                 .arg(dropped.join(QStringLiteral(", "))));
    });
    connect(m_body, &QTextEdit::cursorPositionChanged, this, [this] {
        keepLinkFromGrowing();
        updateActions();
        const int block = m_body->textCursor().blockNumber();
        if (block != m_lastCursorBlock) {
            m_lastCursorBlock = block;
            m_preview->scrollToLeaf(block);
        }
    });
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this] { updateActions(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorArea::onTabChanged);
    connect(m_source, &SourceView::applyRequested, this, &EditorArea::applySource);

    connectActions();
    addActions(m_actions->editActions());
    addActions(m_actions->formatActions());
    addActions(m_actions->viewActions());
    addAction(m_actions->save);
    addAction(m_preview->allowRemoteContentAction());
    addAction(m_preview->showSuggestionsAction());
    addAction(m_preview->syncScrollingAction());
    onArticleLoaded(0);
}

EditorArea::~EditorArea() = default;

void EditorArea::connectActions()
{
    EditorActions *a = m_actions;
    using TextFormatting::ParagraphStyle;
    const auto onText = [this](auto function) {
        return [this, function] {
            if (m_readOnly || !m_controller->hasArticle())
                return;
            QTextCursor cursor = m_body->textCursor();
            function(cursor);
            m_body->setTextCursor(cursor);
            updateActions();
        };
    };
    const auto onEditor = [this](auto function) {
        return [this, function] {
            if (sourceTabActive())
                function(static_cast<QPlainTextEdit *>(m_source->editor()));
            else
                function(static_cast<QTextEdit *>(m_body));
        };
    };
    connect(a->undo, &QAction::triggered, this, onEditor([](auto *edit) { edit->undo(); }));
    connect(a->redo, &QAction::triggered, this, onEditor([](auto *edit) { edit->redo(); }));
    connect(a->cut, &QAction::triggered, this, [this, onEditor] {
        if (m_suggest->isActive() && !sourceTabActive())
            m_suggest->cut(); // a suggested deletion
        else
            onEditor([](auto *edit) { edit->cut(); })();
    });
    connect(a->copy, &QAction::triggered, this, onEditor([](auto *edit) { edit->copy(); }));
    connect(a->paste, &QAction::triggered, this, onEditor([](auto *edit) { edit->paste(); }));
    connect(a->selectAll, &QAction::triggered, this, onEditor([](auto *edit) { edit->selectAll(); }));
    connect(a->find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_findBar->showFind();
    });
    connect(a->replace, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_findBar->showReplace();
    });
    connect(a->findNext, &QAction::triggered, m_findBar, &FindReplaceBar::findNext);
    connect(a->findPrevious, &QAction::triggered, m_findBar, &FindReplaceBar::findPrevious);

    const std::pair<QAction *, ParagraphStyle> styles[] = {
        {a->body, ParagraphStyle::Body},         {a->heading2, ParagraphStyle::Heading2},
        {a->heading3, ParagraphStyle::Heading3}, {a->heading4, ParagraphStyle::Heading4},
        {a->quote, ParagraphStyle::Quote},
    };
    for (const auto &[action, paragraphStyle] : styles) {
        const ParagraphStyle style = paragraphStyle; // clang before 16 cannot capture a structured binding
        connect(action, &QAction::triggered, this,
                onText([style](QTextCursor &c) { TextFormatting::setParagraphStyle(c, style); }));
    }
    const auto emphasis = [this](QAction *action, const QString &tag, auto apply) {
        connect(action, &QAction::triggered, this, [this, action, tag, apply] {
            if (m_suggest->isActive() && !sourceTabActive()) {
                m_suggest->suggestFormat(tag, action->isChecked()); // a formatting suggestion
                updateActions();
                return;
            }
            if (m_readOnly || !m_controller->hasArticle())
                return;
            QTextCharFormat format;
            apply(format, action->isChecked());
            m_body->mergeCurrentCharFormat(format); // the selection, or what is typed next
            updateActions();
        });
    };
    emphasis(a->bold, QStringLiteral("strong"),
        [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    emphasis(a->italic, QStringLiteral("em"), [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    emphasis(a->underline, QStringLiteral("u"), [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    emphasis(a->strike, QStringLiteral("s"), [](QTextCharFormat &f, bool on) { f.setFontStrikeOut(on); });

    connect(a->link, &QAction::triggered, this, &EditorArea::editLink);
    connect(a->removeLink, &QAction::triggered, this, onText([](QTextCursor &c) { TextFormatting::removeLink(c); }));
    connect(a->bulletedList, &QAction::triggered, this, onText([](QTextCursor &c) {
        TextFormatting::toggleList(c, TextFormatting::ListStyle::Bulleted);
    }));
    connect(a->numberedList, &QAction::triggered, this, onText([](QTextCursor &c) {
        TextFormatting::toggleList(c, TextFormatting::ListStyle::Numbered);
    }));
    connect(a->indent, &QAction::triggered, this, onText([](QTextCursor &c) { TextFormatting::indent(c); }));
    connect(a->outdent, &QAction::triggered, this, onText([](QTextCursor &c) { TextFormatting::outdent(c); }));
    connect(a->rule, &QAction::triggered, this, onText([](QTextCursor &c) { TextFormatting::insertRule(c); }));
    connect(a->image, &QAction::triggered, this, &EditorArea::chooseImage);
    connect(a->clearFormatting, &QAction::triggered, this, [this] {
        if (m_readOnly || !m_controller->hasArticle())
            return;
        TextFormatting::clearFormatting(m_body->textCursor());
        if (!m_body->textCursor().hasSelection())
            m_body->setCurrentCharFormat(QTextCharFormat()); // what is typed next is plain too
        updateActions();
    });

    connect(a->sideBySide, &QAction::triggered, this, [this] { setViewMode(ViewMode::SideBySide); });
    connect(a->editorOnly, &QAction::triggered, this, [this] { setViewMode(ViewMode::EditorOnly); });
    connect(a->previewOnly, &QAction::triggered, this, [this] { setViewMode(ViewMode::PreviewOnly); });
    connect(a->suggest, &QAction::toggled, this, [this](bool on) {
        if (!m_suggestRoleKey.isEmpty())
            QSettings().setValue(QStringLiteral("editor/suggestMode/") + m_suggestRoleKey, on);
        applySuggestMode();
    });
    connect(a->save, &QAction::triggered, this, [this] {
        if (saveNow())
            Q_EMIT statusMessage(tr("Saved."));
    });

    connect(m_body->document(), &QTextDocument::undoAvailable, this, [this] { updateActions(); });
    connect(m_body->document(), &QTextDocument::redoAvailable, this, [this] { updateActions(); });
    connect(m_source->editor()->document(), &QTextDocument::undoAvailable, this, [this] { updateActions(); });
    connect(m_source->editor()->document(), &QTextDocument::redoAvailable, this, [this] { updateActions(); });
    connect(m_body, &QTextEdit::copyAvailable, this, [this] { updateActions(); });
}

QList<QAction *> EditorArea::editActions() const
{
    return m_actions->editActions();
}

QList<QAction *> EditorArea::formatActions() const
{
    return m_actions->formatActions();
}

QList<QAction *> EditorArea::viewActions() const
{
    QList<QAction *> actions = m_actions->viewActions();
    actions.append(m_preview->allowRemoteContentAction());
    actions.append(m_preview->showSuggestionsAction());
    actions.append(m_preview->syncScrollingAction());
    return actions;
}

QAction *EditorArea::saveAction() const
{
    return m_actions->save;
}

QAction *EditorArea::suggestAction() const
{
    return m_actions->suggest;
}

bool EditorArea::sourceTabActive() const
{
    return m_tabs->currentIndex() == m_sourceTabIndex;
}

void EditorArea::updateActions()
{
    const bool open = m_controller->hasArticle();
    const bool editable = open && !m_readOnly;
    const bool source = sourceTabActive();
    const QTextDocument *document = source ? m_source->editor()->document() : m_body->document();
    const bool hasSelection = source ? m_source->editor()->textCursor().hasSelection()
                                     : m_body->textCursor().hasSelection();
    for (QAction *action : m_actions->formatActions())
        action->setEnabled(editable && !source);
    m_actions->undo->setEnabled(editable && document->isUndoAvailable());
    m_actions->redo->setEnabled(editable && document->isRedoAvailable());
    const bool suggesting = open && !source && m_suggest->isActive();
    // In suggest mode Bold, Italic, Underline and Strikethrough suggest formatting a selection.
    for (QAction *action : { m_actions->bold, m_actions->italic, m_actions->underline, m_actions->strike })
        action->setEnabled(action->isEnabled() || (suggesting && hasSelection));
    m_actions->cut->setEnabled((editable || suggesting) && hasSelection);
    m_actions->copy->setEnabled(open && hasSelection);
    m_actions->paste->setEnabled(editable || suggesting);
    m_actions->suggest->setEnabled(open && m_suggestAllowed);
    m_actions->selectAll->setEnabled(open);
    for (QAction *action : {m_actions->find, m_actions->findNext, m_actions->findPrevious})
        action->setEnabled(open);
    m_actions->replace->setEnabled(editable);
    m_actions->save->setEnabled(editable && m_controller->isModified());
    if (open && !source) {
        QTextCursor cursor = m_body->textCursor();
        if (suggesting) {
            // The marks (proposed text underlined, deleted text struck through) are not the
            // text's formatting: Underline and Strikethrough say what the stored text has there.
            const auto [anchor, position] = m_suggest->storedRange(cursor.anchor(), cursor.position());
            cursor = QTextCursor(m_controller->document());
            cursor.setPosition(int(anchor));
            cursor.setPosition(int(position), QTextCursor::KeepAnchor);
        }
        m_actions->setCursorState(cursor);
    }
}

void EditorArea::updateEnabled()
{
    // Read-only for the role, or while another session holds the editing lock.
    // In suggest mode nothing is edited either: the body takes keystrokes only to suggest.
    const bool suggesting = m_suggest->isActive();
    m_readOnly = m_roleReadOnly || m_lock->holdsEditingBack() || suggesting;
    const bool open = m_controller->hasArticle();
    m_stack->setCurrentIndex(open ? 1 : 0);
    m_body->setReadOnly((m_readOnly && !suggesting) || !open);
    m_fields->setReadOnly(m_readOnly || !open);
    m_source->setReadOnly(m_readOnly || !open);
    m_findBar->setReadOnly(m_readOnly || !open);
    m_controller->setReadOnly(m_readOnly);
    updateActions();
}

void EditorArea::setUserName(const QString &name)
{
    m_suggest->setAuthor(name);
    m_controller->setUserName(name);
    m_lock->setUserName(name);
    m_copyDeskMemory->setUserName(name);
}

void EditorArea::setReadOnly(bool readOnly)
{
    m_roleReadOnly = readOnly;
    m_lock->setMayLock(!readOnly);
    updateEnabled();
}

void EditorArea::setSuggestRole(const QString &roleKey, bool allowed)
{
    m_suggestRoleKey = roleKey;
    m_suggestAllowed = allowed;
    const bool on = QSettings()
                        .value(QStringLiteral("editor/suggestMode/") + roleKey, roleKey == QLatin1String("reviewer"))
                        .toBool();
    const QSignalBlocker blocker(m_actions->suggest);
    m_actions->suggest->setChecked(on);
    applySuggestMode();
}

void EditorArea::applySuggestMode()
{
    const bool open = m_controller->hasArticle();
    bool on = m_actions->suggest->isChecked() && m_suggestAllowed && open;
    // Suggestions are anchored on the stored text: what was typed before is saved first.
    if (on && !m_suggest->isActive() && m_controller->isModified() && !m_controller->save()) {
        Q_EMIT statusMessage(tr("The article could not be saved, so suggest mode stays off."));
        on = false;
    }
    if (on && sourceTabActive())
        m_tabs->setCurrentIndex(0); // the HTML tab edits the body itself
    m_suggest->setActive(on);
    m_tabs->setTabEnabled(m_sourceTabIndex, !on);
    updateEnabled();
}

qint64 EditorArea::currentArticleId() const
{
    return m_controller->articleId();
}

bool EditorArea::openArticle(qint64 id)
{
    if (sourceTabActive() && m_source->isModified())
        applySource();
    return m_controller->open(id);
}

bool EditorArea::closeArticle()
{
    if (sourceTabActive() && m_source->isModified())
        applySource();
    return m_controller->close();
}

bool EditorArea::saveNow()
{
    if (sourceTabActive() && m_source->isModified())
        applySource();
    return m_controller->save();
}

void EditorArea::onArticleLoaded(qint64 id)
{
    m_lastCursorBlock = -1;
    m_findBar->closeBar();
    if (sourceTabActive())
        m_source->setHtml(id ? CanonicalHtml::fromDocument(*m_controller->document()) : QString());
    m_source->setReport(QString());
    QTextCursor start(m_body->document());
    m_body->setTextCursor(start);
    m_body->setCurrentCharFormat(QTextCharFormat());
    applySuggestMode(); // shows the new article's suggestions, or the plain editor
    // Spelling follows the language chosen for the article (en-GB: en_GB), else its language as
    // export tags it: English copy is checked with en_US, Chinese copy (with its names and
    // abbreviations in Latin letters) is not.
    m_copyDeskMemory->openArticle(
        id, id ? ArticleRenderer::contentLanguage(m_body->document()->toPlainText()) : QString());
    m_preview->articleChanged();
    Q_EMIT currentArticleChanged(id);
}

void EditorArea::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    m_stack->setVisible(mode != ViewMode::PreviewOnly);
    m_preview->setVisible(mode != ViewMode::EditorOnly);
    QAction *action = mode == ViewMode::SideBySide ? m_actions->sideBySide
                    : mode == ViewMode::EditorOnly ? m_actions->editorOnly
                                                   : m_actions->previewOnly;
    action->setChecked(true);
}

QByteArray EditorArea::saveSplitterState() const
{
    return m_splitter->saveState();
}

bool EditorArea::restoreSplitterState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

void EditorArea::setEditorWidth(int pixels)
{
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int editor = std::clamp(pixels, 0, std::max(0, total - m_preview->minimumSizeHint().width()));
    m_splitter->setSizes({ editor, total - editor });
}

void EditorArea::onTabChanged(int index)
{
    if (index == m_sourceTabIndex) {
        m_source->setHtml(CanonicalHtml::fromDocument(*m_controller->document()));
        m_source->setReport(QString());
    } else if (m_source->isModified()) {
        applySource(); // leaving the tab applies the edits
    }
    updateActions();
}

void EditorArea::applySource()
{
    if (m_readOnly || !m_controller->hasArticle() || !m_source->isModified())
        return;
    const SourceApplyResult result = sanitizeSource(m_source->html());
    const QString current = CanonicalHtml::fromDocument(*m_controller->document());
    if (result.canonicalHtml != current)
        m_controller->replaceBody(result.canonicalHtml); // one step in the editor's undo history
    const QString report = result.dropped.isEmpty()
        ? tr("Applied.")
        : tr("Applied. Removed what articles cannot hold: %1.").arg(result.dropped.join(QStringLiteral(", ")));
    if (sourceTabActive())
        m_source->setHtml(result.canonicalHtml); // show what was kept
    else
        m_source->setModified(false);
    m_source->setReport(report);
    Q_EMIT statusMessage(report);
}

void EditorArea::editLink()
{
    if (m_readOnly || !m_controller->hasArticle())
        return;
    QTextCursor cursor = m_body->textCursor();
    const QTextCursor existing = TextFormatting::linkAt(cursor);
    const QString current = existing.hasSelection() ? existing.charFormat().anchorHref() : QString();
    bool ok = false;
    const QString typed = QInputDialog::getText(this, current.isEmpty() ? tr("Add Link") : tr("Edit Link"),
                                                tr("Web address (http, https) or e-mail address:"),
                                                QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    if (typed.trimmed().isEmpty()) {
        TextFormatting::removeLink(cursor);
        return;
    }
    if (!TextFormatting::setLink(cursor, typed)) {
        QMessageBox::warning(this, tr("Add Link"),
                             tr("“%1” is not a web or e-mail address. Links start with http://, "
                                "https:// or mailto:.")
                                 .arg(typed));
        return;
    }
    if (!cursor.hasSelection()) {
        m_body->setTextCursor(cursor); // after the inserted link
        keepLinkFromGrowing();
    }
}

void EditorArea::chooseImage()
{
    if (m_readOnly || !m_controller->hasArticle())
        return;
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Insert Image"), QString(),
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString alt = QInputDialog::getText(this, tr("Insert Image"),
                                              tr("Describe the image for readers who cannot see it:"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        insertImageFile(path, alt);
}

bool EditorArea::insertImageFile(const QString &path, const QString &altText)
{
    if (m_readOnly || !m_controller->hasArticle())
        return false;
    QFile file(path);
    QImageReader reader(path);
    if (!file.open(QIODevice::ReadOnly) || !reader.canRead()) {
        Q_EMIT statusMessage(tr("%1 is not an image Galley can read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    AssetRepository assets(m_database);
    const QString hash = assets.store(bytes, mime);
    if (hash.isEmpty()) {
        Q_EMIT statusMessage(tr("The image could not be stored: %1").arg(assets.errorString()));
        return false;
    }
    QTextCursor cursor = m_body->textCursor();
    TextFormatting::insertFigure(cursor, hash, altText.simplified());
    m_body->setTextCursor(cursor);
    return true;
}

void EditorArea::keepLinkFromGrowing()
{
    // Text typed at the end of a link is not part of it (as in every word processor; Qt would
    // extend the link with the format of the character before the cursor).
    const QTextCursor cursor = m_body->textCursor();
    if (cursor.hasSelection())
        return;
    const QTextCharFormat before = cursor.charFormat();
    if (!before.isAnchor())
        return;
    if (!cursor.atBlockEnd()) {
        QTextCursor next(cursor);
        next.movePosition(QTextCursor::NextCharacter);
        if (next.charFormat().isAnchor() && next.charFormat().anchorHref() == before.anchorHref())
            return; // inside the link: typing there edits the link text
    }
    QTextCharFormat plain = before;
    plain.setAnchor(false);
    plain.clearProperty(QTextFormat::AnchorHref);
    plain.clearForeground();
    m_body->setCurrentCharFormat(plain);
}

void EditorArea::moveCursorToLeaf(int leaf, int offset)
{
    const QTextBlock block = m_body->document()->findBlockByNumber(leaf);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(offset, 0, block.length() - 1));
    m_lastCursorBlock = block.blockNumber(); // it is in view in the preview already
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    if (m_stack->isVisible())
        m_body->setFocus(Qt::MouseFocusReason);
}

} // namespace galley
