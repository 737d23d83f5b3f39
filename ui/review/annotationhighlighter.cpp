#include "annotationhighlighter.h"

#include "editor/richtextedit.h"
#include "models/annotationmodel.h"

#include <QTextDocument>

#include <algorithm>

namespace galley {

namespace {
constexpr int ReplaceDelay = 500;

QTextCharFormat highlightFormat(bool resolved, bool current)
{
    QTextCharFormat format;
    if (resolved)
        format.setBackground(QColor(150, 200, 150, current ? 150 : 70));
    else
        format.setBackground(QColor(255, 176, 64, current ? 170 : 80));
    if (current) {
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(resolved ? QColor(60, 140, 60) : QColor(200, 110, 0));
    }
    return format;
}
} // namespace

AnnotationHighlighter::AnnotationHighlighter(RichTextEdit *editor, AnnotationModel *model, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_model(model)
{
    m_replaceTimer.setSingleShot(true);
    m_replaceTimer.setInterval(ReplaceDelay);
    connect(&m_replaceTimer, &QTimer::timeout, this, [this] {
        if (m_model->articleId() != 0)
            m_model->setBodyText(m_editor->document()->toPlainText());
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationHighlighter::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationHighlighter::sync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationHighlighter::sync);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AnnotationHighlighter::sync);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationHighlighter::sync);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &AnnotationHighlighter::onCursorMoved);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &AnnotationHighlighter::onContentsChanged);
    rebuild();
}

void AnnotationHighlighter::rebuild()
{
    m_ranges.clear();
    m_lastReported = 0;
    sync();
}

void AnnotationHighlighter::sync()
{
    QTextDocument *document = m_editor->document();
    const int last = document->characterCount() - 1; // without the final paragraph separator
    QHash<qint64, Range> ranges;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 id = index.data(AnnotationModel::ThreadIdRole).toLongLong();
        const bool resolved = index.data(AnnotationModel::ResolvedRole).toBool();
        Range range = m_ranges.value(id);
        range.resolved = resolved;
        if (range.cursor.isNull() || !range.cursor.hasSelection()) {
            // New, or its text went: take where the model places it on the text now.
            const qint64 start = index.data(AnnotationModel::StartRole).toLongLong();
            const qint64 end = index.data(AnnotationModel::EndRole).toLongLong();
            if (start < 0 || end <= start || end > last) {
                range.cursor = QTextCursor();
            } else {
                range.cursor = QTextCursor(document);
                range.cursor.setPosition(int(start));
                range.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
            }
        }
        if (!range.cursor.isNull())
            ranges.insert(id, range);
    }
    m_ranges = ranges;
    if (m_current != 0 && !m_ranges.contains(m_current) && !m_model->indexOf(m_current).isValid())
        m_current = 0;
    apply();
}

void AnnotationHighlighter::apply()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_ranges.size());
    QTextEdit::ExtraSelection current;
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        if (!it->cursor.hasSelection())
            continue;
        if (it.key() == m_current) {
            current = {it->cursor, highlightFormat(it->resolved, true)};
            continue;
        }
        selections.append({it->cursor, highlightFormat(it->resolved, false)});
    }
    if (!current.cursor.isNull())
        selections.append(current); // on top of overlapping threads
    m_editor->setExtraSelectionLayer(RichTextEdit::SelectionLayer::Annotations, selections);
}

QTextCursor AnnotationHighlighter::range(qint64 threadId) const
{
    const QTextCursor cursor = m_ranges.value(threadId).cursor;
    return cursor.hasSelection() ? cursor : QTextCursor();
}

QList<qint64> AnnotationHighlighter::highlightedThreads() const
{
    QList<qint64> ids;
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        if (it->cursor.hasSelection())
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 AnnotationHighlighter::threadAt(int position) const
{
    qint64 best = 0;
    int bestLength = 0;
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        const QTextCursor &c = it->cursor;
        if (!c.hasSelection() || position < c.selectionStart() || position > c.selectionEnd())
            continue;
        const int length = c.selectionEnd() - c.selectionStart();
        if (best == 0 || length < bestLength || (length == bestLength && it.key() < best)) {
            best = it.key();
            bestLength = length;
        }
    }
    return best;
}

void AnnotationHighlighter::setCurrentThread(qint64 threadId)
{
    if (m_current == threadId)
        return;
    m_current = threadId;
    m_lastReported = threadId;
    apply();
}

bool AnnotationHighlighter::selectInEditor(qint64 threadId)
{
    const QTextCursor cursor = range(threadId);
    if (cursor.isNull())
        return false;
    m_selecting = true;
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_selecting = false;
    setCurrentThread(threadId);
    return true;
}

void AnnotationHighlighter::onCursorMoved()
{
    if (m_selecting)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return; // selecting text (perhaps to comment on it), not pointing at a thread
    const qint64 id = threadAt(cursor.position());
    if (id == 0 || id == m_lastReported)
        return;
    m_lastReported = id;
    setCurrentThread(id);
    Q_EMIT threadClicked(id);
}

void AnnotationHighlighter::onContentsChanged()
{
    // The cursors have moved with the edit already; only a range whose text vanished needs
    // placing again, from the stored quote, once typing pauses.
    bool collapsed = false;
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend() && !collapsed; ++it)
        collapsed = !it->cursor.hasSelection();
    if (collapsed || m_ranges.size() < m_model->rowCount())
        m_replaceTimer.start();
    apply();
}

} // namespace galley
