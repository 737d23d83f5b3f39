#pragma once

#include "models/suggestionmodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace galley {

class Database;
class EditorArea;

/// The suggestions of the review panel (ReviewPanel): the open article's suggestions (SuggestionModel) with what
/// each changes, who suggested it and where it stands; a filter (pending / decided / all) with
/// the counts; Accept and Reject for the selected ones, Accept All and Reject All for the
/// article, and Accept/Reject Suggestions in Selection (acceptSelectionAction(), for the Edit
/// menu; the editor's context menu shows them when its selection holds pending suggestions).
/// Selecting a suggestion selects its passage in the editor. Under each suggestion,
/// its discussion (a comment thread); a box and Reply add to the selected one's, which
/// a reviewer may do too (anyone but a read-only newsroom).
///
/// Accepting first saves what is being edited, then applies the suggestions through the use
/// case (one revision named after the editor and the reviewers) and shows the saved text in
/// the editor; on a team server only an editor or a chief may (the server says why not).
class SuggestionPanel final : public QWidget
{
    Q_OBJECT
public:
    SuggestionPanel(Database &database, EditorArea *editorArea, QWidget *parent = nullptr);
    ~SuggestionPanel() override;

    [[nodiscard]] SuggestionModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPlainTextEdit *composer() const { return m_composer; }
    /// "Accept Suggestions in Selection" and "Reject Suggestions in Selection": enabled when the
    /// editor's selection holds pending suggestions and this user may decide them.
    [[nodiscard]] QAction *acceptSelectionAction() const { return m_acceptSelectionAction; }
    [[nodiscard]] QAction *rejectSelectionAction() const { return m_rejectSelectionAction; }

    void setUserName(const QString &name) { m_userName = name; }
    [[nodiscard]] QString userName() const { return m_userName; }
    /// No accepting or rejecting (a read-only newsroom).
    void setReadOnly(bool readOnly);

    /// Accepts (or rejects) the suggestions \a ids; true when done.
    bool accept(const QList<qint64> &ids);
    bool reject(const QList<qint64> &ids);
    /// Replies \a body to suggestion \a id (its thread starts with the first reply). Returns the
    /// reply's id, or 0 with a status message.
    qint64 reply(qint64 id, const QString &body);
    /// The suggestion of the current row (or of the reply that is current); 0 when none.
    [[nodiscard]] qint64 currentSuggestion() const;
    /// The pending suggestions selected, or all pending ones of the article.
    [[nodiscard]] QList<qint64> selectedPending() const;
    [[nodiscard]] QList<qint64> allPending() const;
    /// The pending suggestions whose passage overlaps the editor's selection (in suggest mode,
    /// also those whose proposed text is selected), with the rest of their gestures; empty
    /// without a selection.
    [[nodiscard]] QList<qint64> pendingInSelection() const;
    /// Accepts (or rejects) pendingInSelection() in one use-case call; true when done.
    bool acceptInSelection();
    bool rejectInSelection();
    /// Reads the open article's suggestions again (someone suggested or decided).
    void refresh();
    /// The count line under the filter ("2 pending · 1 decided").
    [[nodiscard]] QString countText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The open-suggestion count of \a articleId changed (for the article list).
    void openCountChanged(qint64 articleId, int openSuggestions);

private:
    void onArticleLoaded(qint64 id);
    void onCurrentRowChanged();
    void updateCounts();
    void updateButtons();
    void replyFromComposer();
    void selectSuggestion(qint64 id);
    void addToContextMenu(QMenu *menu);

    Database &m_database;
    EditorArea *m_editorArea = nullptr;
    SuggestionModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_replyButton = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_acceptAllButton = nullptr;
    QPushButton *m_rejectAllButton = nullptr;
    QAction *m_acceptSelectionAction = nullptr;
    QAction *m_rejectSelectionAction = nullptr;
    QString m_userName;
    bool m_readOnly = false;
};

} // namespace galley
