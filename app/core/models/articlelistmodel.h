#pragma once

#include "storage/articlesearch.h"
#include "storage/lockrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>

namespace galley {

class Database;

/// The article list: a flat table over ArticleSearch with the columns Title, Status, Byline,
/// Desk, Updated and Characters. Filtering, searching and sorting happen in SQL; rows are
/// fetched on demand in pages of PageSize and the MaxCachedPages most recently used pages are
/// kept, so a newsroom of a million articles opens, sorts and scrolls with a few thousand rows
/// in memory. rowCount() is the number of matching articles, counted by
/// ArticleSearch::quickCount(): when that only estimates it (a long search term with many hits on
/// a team server), rowCount() is the rows known to be there and grows by a page each time a view
/// asks for more (canFetchMore(), fetchMore()) until the list's end is reached; count() and
/// isCountExact() say what the list holds meanwhile.
///
/// The model does not watch the database: call refresh() after writing to it. sort() and
/// setFilter() reset the model (a view loses its selection: use rowOfArticle() to select the
/// open article again). refresh() keeps selections on their articles when the number of rows
/// is unchanged (a layout change), and resets otherwise. Lives on the thread that owns the
/// Database.
///
/// On a team newsroom each row also tells who else is working on the article: the holder of its
/// editing lock and who has it open (LockRepository, read with each page; this Galley's own
/// session is left out). refreshActivity() reads that again for the rows loaded, after a lock or
/// presence changed.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, BylineColumn, DeskColumn, UpdatedColumn, CharactersColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 article id
        StatusRole, ///< int(WorkflowState)
        SnippetRole, ///< search excerpt, hit between \x02 and \x03; empty without a search
        LockHolderRole, ///< QString: who else is editing the article; empty when nobody is
        LockSinceRole, ///< QDateTime (UTC): since when
        ViewersRole, ///< QStringList: the names of the others who have it open
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 32;

    explicit ArticleListModel(Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// How many articles the list holds: rowCount() when isCountExact(), otherwise an estimate
    /// (at least rowCount(); fetchMore() adds the rest).
    [[nodiscard]] qint64 count() const { return m_exact ? m_count : std::max(m_count, m_estimate); }
    [[nodiscard]] bool isCountExact() const { return m_exact; }
    /// Sorts by \a column in SQL; -1 restores the default order (relevance while searching,
    /// newest first otherwise).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] ArticleFilter filter() const { return m_filter; }
    void setFilter(const ArticleFilter &filter);
    /// The column sorted by, or -1 for the default order.
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    [[nodiscard]] ArticleSortKey sortKey() const;

    /// Re-reads the list after the database changed.
    void refresh();
    /// Re-reads who edits and who has open the articles of the rows loaded (dataChanged()).
    void refreshActivity();

    /// The id of the article in \a row, or 0 when there is none.
    [[nodiscard]] qint64 articleId(int row) const;
    /// The row of article \a id under the current filter and order, or -1 when it is not listed.
    [[nodiscard]] int rowOfArticle(qint64 id) const;

    /// The last database error (empty when the last query worked).
    [[nodiscard]] QString errorString() const { return m_search.errorString(); }

    /// \a snippet without its highlight markers.
    [[nodiscard]] static QString plainSnippet(QString snippet);

Q_SIGNALS:
    /// count() or isCountExact() changed other than by a reset (fetchMore() reached the end).
    void countChanged();

private:
    const ArticleRow *rowAt(int row) const;
    /// Counts the rows of the current filter into m_count, m_exact and m_estimate.
    void countRows();
    /// endResetModel(), fetchMore() doing nothing meanwhile.
    void finishReset();
    /// m_count when it is exact, -1 (unknown, read from the start) otherwise.
    [[nodiscard]] qint64 knownTotal() const { return m_exact ? m_count : -1; }
    /// Where page \a pageNumber is best read from: the nearest page in the cache, unless an end
    /// of the list is nearer (then none).
    [[nodiscard]] PageNeighbour nearestPage(qint64 pageNumber) const;
    /// Caches \a rows as page \a pageNumber (reading who works on them).
    QHash<qint64, QList<ArticleRow>>::iterator cachePage(qint64 pageNumber, QList<ArticleRow> rows) const;
    void resetWith(const ArticleFilter &filter, int sortColumn, Qt::SortOrder order);
    /// Who edits / has open the articles \a ids, into m_activity.
    void readActivity(const QList<qint64> &ids) const;
    [[nodiscard]] QString activityText(qint64 id) const;

    /// Who else works on an article.
    struct Activity {
        QString holder;
        QDateTime since;
        QStringList viewers;
        friend bool operator==(const Activity &, const Activity &) = default;
    };

    ArticleSearch m_search;
    mutable LockRepository m_locks;
    mutable QHash<qint64, Activity> m_activity; ///< of the articles in m_pages, when someone works on them
    ArticleFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_count = 0;
    bool m_exact = true;
    bool m_fetching = false; ///< in fetchMore(), or announcing a reset: fetchMore() does nothing
    qint64 m_estimate = 0;
    mutable QHash<qint64, QList<ArticleRow>> m_pages; ///< page number -> its rows
    mutable QList<qint64> m_recentPages; ///< least recently used first
};

} // namespace galley
