#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace galley {

class ArticleListModel;
class ArticleRepository;
class ArticleSearch;
class Database;
struct ArticleFilter;

/// The article list: a dock with a search field, filters (status, desk, byline, trash) and the
/// paged list over ArticleListModel, plus the New / Duplicate / Move to Trash / Restore actions.
class ArticleListDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ArticleListDock(Database &database, QWidget *parent = nullptr);
    ~ArticleListDock() override;

    [[nodiscard]] QAction *newAction() const { return m_newAction; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicateAction; }
    [[nodiscard]] QAction *trashAction() const { return m_trashAction; }
    [[nodiscard]] QAction *restoreAction() const { return m_restoreAction; }
    [[nodiscard]] QAction *showTrashAction() const { return m_showTrashAction; }
    [[nodiscard]] QAction *findAction() const { return m_findAction; }

    [[nodiscard]] ArticleListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] qint64 currentArticleId() const;
    /// Selects the row of \a id (if it is in the current filter) without emitting articleActivated.
    void selectArticle(qint64 id);
    void setUserName(const QString &name) { m_userName = name; }
    void setReadOnly(bool readOnly);
    /// Shows the articles \a filter selects (its status, desk and byline in the filter boxes,
    /// its search in the search field), as if the user had chosen them, and shows the dock.
    void showArticles(const ArticleFilter &filter);

    [[nodiscard]] QByteArray saveHeaderState() const;
    /// Restores the columns as saveHeaderState() kept them; false when there is nothing to restore.
    bool restoreHeaderState(const QByteArray &state);
    /// The first start's columns: each as wide as its header and values, in a list at most
    /// \a maximumWidth pixels wide beside a title of MinimumTitleEms at least; the columns that
    /// do not fit start hidden (columnActions() show them). Returns the dock width they need.
    int fitColumns(int maximumWidth);
    /// Checkable actions that show or hide the columns other than the title (in the header's
    /// context menu).
    [[nodiscard]] const QList<QAction *> &columnActions() const { return m_columnActions; }

    static constexpr int MinimumTitleEms = 10;
    /// What the label under the list says: "12 articles", "3 articles in the trash", or while a
    /// long search's count is estimated "About 29,700 articles" (\a count the estimate, \a rows
    /// listed so far) or, without an estimate, "More than 200 articles".
    [[nodiscard]] static QString countText(qint64 count, bool exact, int rows, bool trash);

public Q_SLOTS:
    /// Re-reads the list (after an article was saved elsewhere), keeping the selection.
    void refresh();

Q_SIGNALS:
    /// The user chose an article to open (selection change or Enter).
    void articleActivated(qint64 id);
    void articleCreated(qint64 id);
    /// Articles went to the trash or came back from it: their search entries are out of date
    /// (see SearchIndex) until the indexer has run.
    void articlesMovedToOrFromTrash();
    void statusMessage(const QString &message);

private:
    void createActions();
    void applyFilter();
    void reloadFilterChoices();
    void updateActions();
    void updateColumnActions();
    /// "12 articles", or while the model only estimates them "About 29,700 articles".
    void updateCountLabel();
    void createArticle();
    void duplicateArticle();
    void trashArticles();
    void restoreArticles();
    [[nodiscard]] QList<qint64> selectedIds() const;

    Database &m_database;
    ArticleRepository *m_repository = nullptr;
    ArticleSearch *m_search = nullptr;
    ArticleListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_searchField = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_deskFilter = nullptr;
    QComboBox *m_bylineFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<QAction *> m_columnActions;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_showTrashAction = nullptr;
    QAction *m_findAction = nullptr;
    QString m_userName;
    bool m_readOnly = false;
    bool m_selecting = false;
};

} // namespace galley
