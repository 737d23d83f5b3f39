#pragma once

#include "model/revision.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace galley {

class Database;
class EditorArea;
class RevisionModel;

/// The article's history: its revisions (RevisionModel: number, time, author, note, size
/// change), a comparison of any two — the rendered text with insertions and deletions marked
/// (character by character for Chinese, word by word for Latin text) and the canonical HTML
/// side by side — the workflow timeline, and restoring an older revision.
///
/// Selecting one revision shows what it changed; selecting two compares them. Restoring asks
/// first, showing what would change in the text now in the editor (unsaved edits included,
/// which are saved as a revision before), and goes through RevisionRepository::restore(),
/// which refuses to replace newer stored work. It also records the revisions of the editor's
/// saves: autosaves (coalesced by the repository), explicit saves, and the text as it stood
/// before the first edit.
class HistoryPanel final : public QDockWidget
{
    Q_OBJECT
public:
    /// Asked before restoring \a revision; \a diffHtml shows the change from the current text.
    using RestoreConfirmation = std::function<bool(const Revision &revision, const QString &diffHtml)>;

    HistoryPanel(Database &database, EditorArea *editorArea, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    [[nodiscard]] RevisionModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QTextBrowser *textDiffView() const { return m_textDiff; }
    [[nodiscard]] QTextBrowser *sourceDiffView() const { return m_sourceDiff; }
    [[nodiscard]] QTreeWidget *timeline() const { return m_timeline; }

    void setUserName(const QString &name) { m_userName = name; }
    /// Reviewers compare but do not restore.
    void setReadOnly(bool readOnly);
    void setRestoreConfirmation(RestoreConfirmation confirmation) { m_confirmation = std::move(confirmation); }

    /// Shows the difference from revision \a older to revision \a newer. False if either is missing.
    bool compare(int older, int newer);
    /// Shows the difference from revision \a number to the text in the editor now.
    bool compareWithCurrent(int number);
    /// True while a comparison is being computed (diffShown() follows).
    [[nodiscard]] bool isComparing() const;
    /// Makes revision \a number the current text (asking first). True when restored.
    bool restore(int number);

public Q_SLOTS:
    /// Reads the revisions and the timeline again.
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// An older revision became the current text.
    void restored(qint64 articleId, int newNumber);
    /// The comparison asked for last is on screen (it is computed on a worker thread).
    void diffShown();

private:
    void onArticleLoaded(qint64 id);
    void onSelectionChanged();
    void refreshTimeline();
    void updateButtons();
    void showDiff(const QString &olderHtml, const QString &newerHtml, const QString &caption);
    [[nodiscard]] QList<int> selectedNumbers() const; ///< ascending
    [[nodiscard]] bool confirmRestore(const Revision &revision, const QString &diffHtml);

    Database &m_database;
    EditorArea *m_editorArea = nullptr;
    RevisionModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_textDiff = nullptr;
    QTextBrowser *m_sourceDiff = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_compareCurrentButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    RestoreConfirmation m_confirmation;
    QString m_userName;
    bool m_readOnly = false;
    quint64 m_diffGeneration = 0;
    bool m_comparing = false; ///< the comparison asked for last is not on screen yet
};

} // namespace galley
