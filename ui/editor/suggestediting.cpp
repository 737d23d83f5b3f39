#include "suggestediting.h"

#include "articledocument.h"
#include "documentcontroller.h"
#include "models/suggestionmodel.h"
#include "richtextedit.h"
#include "storage/database.h"
#include "storage/suggestionmarks.h"
#include "storage/suggestionrepository.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace galley {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator
        || c == QChar::LineSeparator;
}

} // namespace

SuggestEditing::SuggestEditing(Database &database, DocumentController *controller, RichTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_controller(controller)
    , m_editor(editor)
    , m_model(new SuggestionModel(database, this))
{
    m_model->setFilter(SuggestionModel::Filter::Pending);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);
    m_editor->setInsertInterceptor([this](const QMimeData *source) { return m_active && takeMimeData(source); });
    connect(m_editor, &RichTextEdit::contextMenuAboutToShow, this,
        [this](QMenu *menu, int) { adjustContextMenu(menu); });
    connect(m_controller, &DocumentController::saved, this, [this] {
        if (m_active)
            refresh();
    });
}

SuggestEditing::~SuggestEditing()
{
    m_editor->setInsertInterceptor({});
}

void SuggestEditing::setActive(bool active)
{
    if (!active && !m_active)
        return;
    m_active = active;
    if (active) {
        m_model->setArticle(m_controller->articleId(), m_controller->article().bodyText);
        redraw(true);
        return;
    }
    m_model->setArticle(0, QString());
    const int position = m_editor->textCursor().position();
    const qint64 base = basePosition(position);
    m_editor->setArticleDocument(m_controller->document());
    delete m_marked;
    m_drawn.clear();
    m_inserted.clear();
    if (base >= 0)
        placeCursor(int(base));
}

void SuggestEditing::refresh()
{
    if (!m_active)
        return;
    if (m_model->articleId() != m_controller->articleId())
        m_model->setArticle(m_controller->articleId(), m_controller->article().bodyText);
    else
        m_model->refresh();
    redraw(false);
}

QColor SuggestEditing::authorColor(const QString &author)
{
    return SuggestionMarks::authorColor(author); // the preview's marks take the same colours
}

bool SuggestEditing::editable() const
{
    return m_active && m_controller->hasArticle() && m_marked && m_editor->document() == m_marked;
}

void SuggestEditing::redraw(bool force)
{
    if (!m_controller->hasArticle()) {
        if (m_editor->document() != m_controller->document())
            m_editor->setArticleDocument(m_controller->document());
        return;
    }
    QList<Pending> pending;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SuggestionModel::OrphanedRole).toBool() || !index.data(SuggestionModel::PendingRole).toBool())
            continue;
        Pending entry;
        entry.id = index.data(SuggestionModel::IdRole).toLongLong();
        entry.kind = suggestionKindFromKey(index.data(SuggestionModel::KindRole).toString())
                         .value_or(SuggestionKind::Replace);
        entry.start = index.data(SuggestionModel::StartRole).toLongLong();
        entry.end = index.data(SuggestionModel::EndRole).toLongLong();
        entry.author = index.data(SuggestionModel::AuthorRole).toString();
        entry.proposed = index.data(SuggestionModel::ProposedRole).toString();
        pending.append(entry);
    }
    if (!force && pending == m_drawn && editable())
        return;
    if (!force && editable() && redrawInPlace(pending))
        return;

    // A copy of the stored text: the marks never enter the document that is saved.
    QTextDocument *marked = m_controller->document()->clone(this);
    marked->setUndoRedoEnabled(false);
    shareImages(marked);
    const int length = marked->characterCount() - 1;
    for (const Pending &entry : std::as_const(pending)) {
        if (entry.kind == SuggestionKind::Insert || entry.start >= entry.end || entry.end > length)
            continue;
        QTextCharFormat mark;
        const QColor color = authorColor(entry.author);
        if (entry.kind == SuggestionKind::Format) {
            mark.setUnderlineStyle(QTextCharFormat::DotLine);
            mark.setUnderlineColor(color);
        } else {
            mark.setFontStrikeOut(true);
            mark.setForeground(color);
        }
        QTextCursor cursor(marked);
        cursor.setPosition(int(entry.start));
        cursor.setPosition(int(entry.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(mark);
    }
    QList<Pending> insertions;
    for (const Pending &entry : std::as_const(pending)) {
        if ((entry.kind == SuggestionKind::Insert || entry.kind == SuggestionKind::Replace) && !entry.proposed.isEmpty()
            && entry.end <= length)
            insertions.append(entry);
    }
    std::stable_sort(insertions.begin(), insertions.end(),
        [](const Pending &a, const Pending &b) { return a.end < b.end; });
    QList<Inserted> inserted;
    int shift = 0;
    for (const Pending &entry : std::as_const(insertions)) {
        QTextCursor cursor(marked);
        cursor.setPosition(int(entry.end) + shift);
        QTextCharFormat mark = cursor.charFormat();
        const QColor color = authorColor(entry.author);
        mark.setFontStrikeOut(false);
        mark.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        mark.setUnderlineColor(color);
        mark.setForeground(color);
        cursor.insertText(entry.proposed, mark);
        Inserted shown;
        shown.id = entry.id;
        shown.start = int(entry.end) + shift;
        shown.length = int(entry.proposed.size());
        shown.basePosition = entry.end;
        shown.anchorStart = entry.start;
        shown.anchorEnd = entry.end;
        shown.kind = entry.kind;
        shown.author = entry.author;
        shown.text = entry.proposed;
        inserted.append(shown);
        shift += shown.length;
    }

    const int scroll = m_editor->verticalScrollBar()->value();
    const int position = m_editor->textCursor().position();
    QTextDocument *previous = m_marked;
    m_marked = marked;
    m_drawn = pending;
    m_inserted = inserted;
    m_editor->setArticleDocument(marked);
    delete previous;
    placeCursor(position);
    m_editor->verticalScrollBar()->setValue(scroll);
}

bool SuggestEditing::redrawInPlace(const QList<Pending> &pending)
{
    // A keystroke in one's own proposed text changes only that text: it is changed where the
    // marked copy shows it, instead of a new copy of the whole article being marked and laid
    // out again (hundreds of milliseconds for a long article).
    if (pending.size() != m_drawn.size())
        return false;
    qsizetype changed = -1;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Pending &now = pending.at(i);
        const Pending &was = m_drawn.at(i);
        if (now == was)
            continue;
        if (changed >= 0 || now.kind != was.kind || now.start != was.start || now.end != was.end
            || now.author != was.author || (now.kind != SuggestionKind::Insert && now.kind != SuggestionKind::Replace)
            || now.proposed.isEmpty() || was.proposed.isEmpty())
            return false;
        changed = i;
    }
    if (changed < 0)
        return false;
    const Pending &now = pending.at(changed);
    const Pending &was = m_drawn.at(changed);
    const auto shown = std::find_if(
        m_inserted.begin(), m_inserted.end(), [&was](const Inserted &inserted) { return inserted.id == was.id; });
    if (shown == m_inserted.end() || shown->text != was.proposed)
        return false;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(was.proposed.size(), now.proposed.size());
    while (prefix < shorter && was.proposed.at(prefix) == now.proposed.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
        && was.proposed.at(was.proposed.size() - 1 - suffix) == now.proposed.at(now.proposed.size() - 1 - suffix))
        ++suffix;
    const int removed = int(was.proposed.size() - prefix - suffix);
    const QString added = now.proposed.mid(prefix, now.proposed.size() - prefix - suffix);

    // The mark's format is that of the proposed text's first character.
    QTextCursor format(m_marked);
    format.setPosition(shown->start + 1);
    const QTextCharFormat mark = format.charFormat();
    QTextCursor cursor(m_marked);
    cursor.setPosition(shown->start + int(prefix));
    cursor.setPosition(shown->start + int(prefix) + removed, QTextCursor::KeepAnchor);
    if (added.isEmpty())
        cursor.removeSelectedText();
    else
        cursor.insertText(added, mark);

    const int delta = int(added.size()) - removed;
    for (Inserted &other : m_inserted) {
        if (other.start > shown->start)
            other.start += delta;
    }
    shown->id = now.id;
    shown->length += delta;
    shown->text = now.proposed;
    m_drawn = pending;
    return true;
}

void SuggestEditing::shareImages(QTextDocument *marked) const
{
    // The copy is a plain QTextDocument: it gets the article's images from the edited one.
    QTextDocument *source = m_controller->document();
    for (QTextBlock block = source->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl name(format.toImageFormat().name());
            marked->addResource(QTextDocument::ImageResource, name, source->resource(QTextDocument::ImageResource, name));
        }
    }
}

int SuggestEditing::shownPosition(qint64 position, bool afterShown) const
{
    qint64 shown = position;
    for (const Inserted &inserted : m_inserted) {
        if (inserted.basePosition < position || (afterShown && inserted.basePosition == position))
            shown += inserted.length;
    }
    return int(shown);
}

std::optional<std::pair<qint64, qint64>> SuggestEditing::baseRange(int from, int to)
{
    const qint64 start = basePosition(from);
    const qint64 end = basePosition(to);
    if (start < 0 || end < 0 || end - start != to - from) {
        refuse(tr("Select either the article's text or the text of one suggestion, not both."));
        return std::nullopt;
    }
    return std::pair { start, end };
}

std::pair<qint64, qint64> SuggestEditing::storedRange(int from, int to) const
{
    const auto stored = [this](int position) {
        for (const Inserted &shown : m_inserted) {
            if (shown.start < position && position < shown.start + shown.length)
                return shown.basePosition;
        }
        return basePosition(position);
    };
    return { stored(from), stored(to) };
}

QList<qint64> SuggestEditing::proposedWithin(int from, int to) const
{
    QList<qint64> ids;
    for (const Inserted &shown : m_inserted) {
        if (shown.start < to && from < shown.start + shown.length)
            ids.append(shown.id);
    }
    return ids;
}

qint64 SuggestEditing::basePosition(int position) const
{
    int skipped = 0;
    for (const Inserted &shown : m_inserted) {
        if (shown.start + shown.length <= position)
            skipped += shown.length;
        else if (shown.start < position)
            return -1;
        else
            break;
    }
    return position - skipped;
}

const SuggestEditing::Inserted *SuggestEditing::insertedAround(int position) const
{
    for (const Inserted &shown : m_inserted) {
        if (shown.author == m_author && shown.start <= position && position <= shown.start + shown.length)
            return &shown;
    }
    for (const Inserted &shown : m_inserted) {
        if (shown.start < position && position < shown.start + shown.length)
            return &shown;
    }
    return nullptr;
}

const SuggestEditing::Pending *SuggestEditing::pendingDeletion(qint64 basePosition) const
{
    for (const Pending &entry : m_drawn) {
        if ((entry.kind == SuggestionKind::Delete || entry.kind == SuggestionKind::Replace)
            && entry.start <= basePosition && basePosition < entry.end)
            return &entry;
    }
    return nullptr;
}

void SuggestEditing::placeCursor(int position)
{
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    cursor.setPosition(std::clamp(position, 0, document->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void SuggestEditing::refuse(const QString &why)
{
    Q_EMIT statusMessage(why);
}

qint64 SuggestEditing::store(SuggestionKind kind, qint64 start, qint64 end, const QString &proposed, qint64 replacing)
{
    const QString html
        = kind == SuggestionKind::Insert || kind == SuggestionKind::Replace ? proposed.toHtmlEscaped() : QString();
    // A merge: the longer suggestion replaces the one it grew from (withdrawn by its maker), in
    // one transaction, so that a failure leaves the one it grew from as it was, never both.
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        refuse(transaction.errorString());
        return 0;
    }
    const qint64 id = m_model->suggest(m_controller->article(), kind, start, end, html, m_author);
    if (id == 0) {
        refuse(m_model->errorString());
        return 0;
    }
    SuggestionRepository repository(m_database);
    if (replacing != 0 && !repository.remove(replacing)) {
        refuse(repository.errorString());
        return 0; // rolled back: the suggestion it grew from stays
    }
    if (!transaction.commit()) {
        refuse(transaction.errorString());
        return 0;
    }
    m_model->refresh();
    redraw(false);
    Q_EMIT suggestionsChanged(m_controller->articleId());
    return id;
}

bool SuggestEditing::suggestFormat(const QString &tag, bool on)
{
    if (!editable())
        return false;
    const QTextCursor selection = m_editor->textCursor();
    if (!selection.hasSelection()) {
        refuse(tr("Select the text first: in suggest mode, formatting is suggested for a selection."));
        return false;
    }
    const qint64 start = basePosition(selection.selectionStart());
    const qint64 end = basePosition(selection.selectionEnd());
    if (start < 0 || end < 0 || end - start != selection.selectionEnd() - selection.selectionStart()) {
        refuse(tr("Select either the article's text or the text of one suggestion, not both."));
        return false;
    }
    // The tags the whole stored passage has now, in canonical order.
    const QStringList tags { QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("u"), QStringLiteral("s") };
    QStringList before;
    for (const QString &name : tags) {
        bool all = true;
        for (qint64 position = start; position < end && all; ++position) {
            QTextCursor cursor(m_controller->document());
            cursor.setPosition(int(position) + 1); // the format of the character before
            const QTextCharFormat format = cursor.charFormat();
            all = name == QLatin1String("strong") ? format.fontWeight() >= QFont::Bold
                : name == QLatin1String("em")     ? format.fontItalic()
                : name == QLatin1String("u")      ? format.fontUnderline()
                                                  : format.fontStrikeOut();
        }
        if (all)
            before.append(name);
    }
    QStringList after;
    for (const QString &name : tags) {
        if (name == tag ? on : before.contains(name))
            after.append(name);
    }
    if (after == before)
        return false;
    const qint64 id = m_model->suggest(m_controller->article(), SuggestionKind::Format, start, end, QString(), m_author,
        before.join(QLatin1Char(' ')), after.join(QLatin1Char(' ')));
    if (id == 0) {
        refuse(m_model->errorString());
        return false;
    }
    m_model->refresh();
    redraw(false);
    Q_EMIT suggestionsChanged(m_controller->articleId());
    return true;
}

void SuggestEditing::placeAfterTyping(qint64 id, int offset)
{
    for (const Inserted &shown : std::as_const(m_inserted)) {
        if (shown.id == id)
            return placeCursor(shown.start + offset);
    }
}

void SuggestEditing::typeText(const QString &typed)
{
    QString text;
    for (QChar c : typed) {
        if (isLineBreak(c)) {
            refuse(tr("A suggestion proposes text within a paragraph: Enter and pasted paragraphs are not "
                      "suggested."));
            return;
        }
        if (c.category() != QChar::Other_Control)
            text.append(c);
    }
    if (text.isEmpty() || !editable())
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const int from = cursor.selectionStart();
    const int to = cursor.selectionEnd();
    const Inserted *own = insertedAround(from);
    if (own && own->author == m_author && to <= own->start + own->length) {
        // Typing in the author's own proposed text changes that suggestion.
        const qint64 id = own->id;
        const int offset = from - own->start;
        const QString changed = QString(own->text).replace(offset, to - from, text);
        placeAfterTyping(store(own->kind, own->anchorStart, own->anchorEnd, changed, id), offset + int(text.size()));
        return;
    }
    if (own && from > own->start && from < own->start + own->length) {
        refuse(tr("This is text %1 suggested: type before or after it.").arg(own->author));
        return;
    }
    const std::optional<std::pair<qint64, qint64>> range = baseRange(from, to);
    if (!range)
        return;
    const qint64 start = range->first;
    const qint64 end = range->second;
    const QString base = m_controller->article().bodyText;
    qint64 id = 0;
    if (start < end)
        id = store(SuggestionKind::Replace, start, end, text);
    else if (start > 0)
        id = store(SuggestionKind::Insert, start - 1, start, text);
    else if (!base.isEmpty())
        id = store(SuggestionKind::Replace, 0, 1, text + base.at(0)); // nothing before it to follow
    placeAfterTyping(id, int(text.size()));
}

void SuggestEditing::deleteText(bool backward)
{
    if (!editable())
        return;
    const QTextCursor cursor = m_editor->textCursor();
    int from = cursor.selectionStart();
    int to = cursor.selectionEnd();
    if (from == to) {
        from = backward ? from - 1 : from;
        to = from + 1;
        if (from < 0 || to > m_marked->characterCount() - 1)
            return;
    }
    const Inserted *own = insertedAround(from);
    if (own && own->author == m_author && from >= own->start && to <= own->start + own->length) {
        // Deleting from the author's own proposed text changes (or withdraws) that suggestion.
        const QString changed = QString(own->text).remove(from - own->start, to - from);
        const qint64 id = own->id;
        if (!changed.isEmpty()) {
            store(own->kind, own->anchorStart, own->anchorEnd, changed, id);
        } else if (own->kind == SuggestionKind::Replace) {
            store(SuggestionKind::Delete, own->anchorStart, own->anchorEnd, QString(), id);
        } else {
            SuggestionRepository repository(m_database);
            if (!repository.remove(id))
                return refuse(repository.errorString());
            m_model->refresh();
            redraw(false);
            Q_EMIT suggestionsChanged(m_controller->articleId());
        }
        return placeCursor(from);
    }
    const std::optional<std::pair<qint64, qint64>> range = baseRange(from, to);
    if (!range)
        return;
    const qint64 start = range->first;
    const qint64 end = range->second;
    const QString base = m_controller->article().bodyText;
    const QString removed = base.mid(start, end - start);
    if (std::any_of(removed.cbegin(), removed.cend(), isLineBreak)) {
        refuse(tr("Paragraph breaks cannot be suggested away: select text within one paragraph."));
        return;
    }
    if (cursor.hasSelection()) {
        if (store(SuggestionKind::Delete, start, end, QString()))
            placeCursor(from);
        return;
    }
    if (pendingDeletion(start)) {
        // Struck through already: the cursor steps over it.
        return placeCursor(backward ? from : to);
    }
    // Backspace or Delete next to the author's own pending deletion extends it.
    for (const Pending &entry : std::as_const(m_drawn)) {
        if (entry.kind != SuggestionKind::Delete || entry.author != m_author)
            continue;
        if (entry.end == start || entry.start == end) {
            if (store(SuggestionKind::Delete, std::min(entry.start, start), std::max(entry.end, end), QString(), entry.id))
                placeCursor(backward ? from : to);
            return;
        }
    }
    if (store(SuggestionKind::Delete, start, end, QString()))
        placeCursor(backward ? from : to);
}

bool SuggestEditing::takeMimeData(const QMimeData *source)
{
    if (!editable())
        return true;
    if (!source->hasText()) {
        refuse(tr("Only text can be suggested: images and other content are not pasted in suggest mode."));
        return true;
    }
    QString text = source->text();
    while (!text.isEmpty() && isLineBreak(text.back()))
        text.chop(1);
    typeText(text);
    return true;
}

void SuggestEditing::cut()
{
    if (!editable() || !m_editor->textCursor().hasSelection())
        return;
    m_editor->copy();
    deleteText(true);
}

void SuggestEditing::adjustContextMenu(QMenu *menu)
{
    if (!m_active)
        return;
    // These would change the shown copy behind the suggestions' back.
    static const QStringList direct{ QStringLiteral("edit-undo"), QStringLiteral("edit-redo"),
        QStringLiteral("edit-cut"), QStringLiteral("edit-delete") };
    for (QAction *action : menu->actions()) {
        if (direct.contains(action->objectName()))
            action->setEnabled(false);
    }
}

bool SuggestEditing::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return false;
    if (watched == m_editor->viewport()) {
        // Dragging text within the editor would move it in the shown copy only.
        const QEvent::Type type = event->type();
        return type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop;
    }
    if (watched != m_editor || !editable())
        return false;
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Cut)) {
            cut();
            return true;
        }
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
        if (key->matches(QKeySequence::DeleteStartOfWord) || key->matches(QKeySequence::DeleteEndOfWord)
            || key->matches(QKeySequence::DeleteEndOfLine) || key->matches(QKeySequence::DeleteCompleteLine)) {
            refuse(tr("Select the words to delete, then press Backspace."));
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Backspace:
            deleteText(true);
            return true;
        case Qt::Key_Delete:
            deleteText(false);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            refuse(tr("A suggestion proposes text within a paragraph: Enter and pasted paragraphs are not "
                      "suggested."));
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            return true;
        default:
            break;
        }
        const QString text = key->text();
        if (!text.isEmpty() && !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier)) && text.at(0).isPrint()) {
            typeText(text);
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::InputMethod && !m_forwarding) {
        auto *input = static_cast<QInputMethodEvent *>(event);
        QTextCursor cursor = m_editor->textCursor();
        if (input->commitString().isEmpty() && input->replacementLength() == 0) {
            if (!input->preeditString().isEmpty() && cursor.hasSelection()) {
                // Qt would delete the selection from the shown copy when composing starts: the
                // commit replaces it as a suggestion instead.
                m_imeSelection = { cursor.selectionStart(), cursor.selectionEnd() };
                cursor.clearSelection();
                m_editor->setTextCursor(cursor);
            }
            return false; // the preedit is drawn in the layout, not put into the document
        }
        // End the composition in the editor (nothing inserted), then suggest what was committed.
        QInputMethodEvent end(QString(), {});
        m_forwarding = true;
        QCoreApplication::sendEvent(m_editor, &end);
        m_forwarding = false;
        if (m_imeSelection.first >= 0) {
            cursor.setPosition(m_imeSelection.first);
            cursor.setPosition(m_imeSelection.second, QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
            m_imeSelection = { -1, -1 };
        }
        typeText(input->commitString());
        return true;
    }
    return false;
}

} // namespace galley
