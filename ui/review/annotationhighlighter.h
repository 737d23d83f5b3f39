#pragma once

#include <QHash>
#include <QObject>
#include <QTextCursor>
#include <QTimer>

namespace galley {

class AnnotationModel;
class RichTextEdit;

/// Shows the review threads of AnnotationModel in the body editor as extra selections (never
/// as character formats, so nothing of it can reach the stored HTML), and keeps each thread's
/// range live while the article is edited: a range is a QTextCursor, which the document moves
/// with every insertion and deletion around or inside it.
///
/// Ranges start where the model placed each thread on the text as loaded. A range whose text
/// was deleted entirely (or replaced wholesale, as by the HTML tab) is placed again from the
/// stored quote once typing pauses, through AnnotationModel::setBodyText(). Threads the model's
/// filter hides are not highlighted. Clicking (placing the cursor) inside a highlight reports
/// the thread with threadClicked().
class AnnotationHighlighter final : public QObject
{
    Q_OBJECT
public:
    AnnotationHighlighter(RichTextEdit *editor, AnnotationModel *model, QObject *parent = nullptr);

    /// The live range of thread \a threadId (a cursor selecting it), or a null cursor when the
    /// thread is orphaned, filtered out or its text is gone.
    [[nodiscard]] QTextCursor range(qint64 threadId) const;
    /// Thread ids with a highlight now.
    [[nodiscard]] QList<qint64> highlightedThreads() const;
    /// The innermost highlighted thread containing document position \a position, or 0.
    [[nodiscard]] qint64 threadAt(int position) const;

    /// Marks \a threadId as the current thread (a stronger highlight); 0 for none.
    void setCurrentThread(qint64 threadId);
    [[nodiscard]] qint64 currentThread() const { return m_current; }
    /// Selects the range of \a threadId in the editor and scrolls to it. False without a range.
    bool selectInEditor(qint64 threadId);

    /// Re-reads the model's placements (after the model changed).
    void sync();

Q_SIGNALS:
    /// The user placed the cursor inside the highlight of \a threadId.
    void threadClicked(qint64 threadId);

private:
    struct Range {
        QTextCursor cursor;
        bool resolved = false;
    };
    void rebuild();
    void apply();
    void onCursorMoved();
    void onContentsChanged();

    RichTextEdit *m_editor = nullptr;
    AnnotationModel *m_model = nullptr;
    QHash<qint64, Range> m_ranges;
    qint64 m_current = 0;
    qint64 m_lastReported = 0;
    bool m_selecting = false;
    QTimer m_replaceTimer; ///< re-places collapsed ranges once typing pauses
};

} // namespace galley
