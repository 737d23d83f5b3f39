#pragma once

#include "models/annotationmodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace galley {

class AnnotationHighlighter;
class Database;
class EditorArea;

/// The comments of the review panel (ReviewPanel): the threads of the open article (AnnotationModel) with their
/// replies, author and time; a filter (open / resolved / all) with the counts; a box to write
/// a comment on the editor's selection or a reply; resolve and reopen. Commenting works in the
/// reviewer's read-only mode too: annotations never touch the article's text.
///
/// Threads and the editor stay in step: selecting a thread selects its passage in the editor
/// (AnnotationHighlighter keeps the passages highlighted and live while the text is edited),
/// and placing the cursor in a highlighted passage selects its thread here. An orphaned thread
/// (its passage is gone) is listed with its quote, never hidden.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
public:
    AnnotationPanel(Database &database, EditorArea *editorArea, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    [[nodiscard]] AnnotationModel *model() const { return m_model; }
    [[nodiscard]] AnnotationHighlighter *highlighter() const { return m_highlighter; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPlainTextEdit *composer() const { return m_composer; }
    /// "Comment on Selection": takes the text in the composer (or asks for one when empty).
    [[nodiscard]] QAction *commentAction() const { return m_commentAction; }

    void setUserName(const QString &name) { m_userName = name; }
    [[nodiscard]] QString userName() const { return m_userName; }

    /// Starts a thread with \a body on the editor's selection. Returns its id, or 0 (with a
    /// status message) when nothing is selected or it could not be stored.
    qint64 addComment(const QString &body);
    /// Replies to the thread \a id belongs to. Returns the reply's id or 0.
    qint64 reply(qint64 id, const QString &body);
    /// Resolves or reopens the thread \a id belongs to.
    bool setResolved(qint64 id, bool resolved);

    void setFilter(AnnotationModel::Filter filter);
    /// The thread of the current row (0 when none).
    [[nodiscard]] qint64 currentThread() const;
    /// Makes \a threadId the current row (and, when \a selectText, selects its passage).
    void selectThread(qint64 threadId, bool selectText = true);
    /// Reads the open article's threads again (others commented, replied or resolved),
    /// keeping the selected thread, and highlights them in the editor.
    void refreshThreads();
    /// The count line under the filter ("2 open · 1 resolved").
    [[nodiscard]] QString countText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The open-thread count of \a articleId changed (for the article list).
    void openCountChanged(qint64 articleId, int openThreads);
    /// The panel is to be shown (Comment on Selection was chosen): the review panel shows it.
    void revealRequested();

private:
    void onArticleLoaded(qint64 id);
    void onArticleSaved(qint64 id);
    void onCurrentRowChanged();
    void updateCounts();
    void updateButtons();
    void commentFromComposer();
    void replyFromComposer();
    void toggleResolved();
    void removeCurrent();
    [[nodiscard]] bool saveBeforeAnnotating();
    void storeLiveAnchors();

    Database &m_database;
    EditorArea *m_editorArea = nullptr;
    AnnotationModel *m_model = nullptr;
    AnnotationHighlighter *m_highlighter = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_commentButton = nullptr;
    QPushButton *m_replyButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_commentAction = nullptr;
    QString m_userName;
    bool m_syncing = false;
};

} // namespace galley
