#include "models/articlelistmodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace galley {

namespace {

/// refresh() looks up where at most this many selected rows went; others lose their selection.
constexpr int MaxRemappedRows = 128;

} // namespace

ArticleListModel::ArticleListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(database)
{
    m_count = countRows();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::plainSnippet(QString snippet)
{
    snippet.remove(QChar(0x02));
    snippet.remove(QChar(0x03));
    return snippet;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row->title.isEmpty() ? tr("(untitled)") : row->title;
        case StatusColumn:
            return workflowStateDisplayName(row->status);
        case BylineColumn:
            return row->byline;
        case DeskColumn:
            return row->desk;
        case UpdatedColumn:
            return QLocale().toString(row->updatedAt.toLocalTime(), QLocale::ShortFormat);
        case CharactersColumn:
            return QLocale().toString(row->characterCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row->snippet.isEmpty() ? row->title : plainSnippet(row->snippet);
    case Qt::TextAlignmentRole:
        if (index.column() == CharactersColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return row->id;
    case StatusRole:
        return int(row->status);
    case SnippetRole:
        return row->snippet;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case BylineColumn:
        return tr("Byline");
    case DeskColumn:
        return tr("Desk");
    case UpdatedColumn:
        return tr("Updated");
    case CharactersColumn:
        return tr("Characters");
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(StatusRole, "status");
    names.insert(SnippetRole, "snippet");
    return names;
}

ArticleSortKey ArticleListModel::sortKey() const
{
    switch (m_sortColumn) {
    case TitleColumn:
        return ArticleSortKey::Title;
    case StatusColumn:
        return ArticleSortKey::Status;
    case BylineColumn:
        return ArticleSortKey::Byline;
    case DeskColumn:
        return ArticleSortKey::Desk;
    case UpdatedColumn:
        return ArticleSortKey::UpdatedAt;
    case CharactersColumn:
        return ArticleSortKey::Characters;
    default:
        return ArticleSortKey::Relevance;
    }
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    resetWith(m_filter, column, order);
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    resetWith(filter, m_sortColumn, m_sortOrder);
}

void ArticleListModel::resetWith(const ArticleFilter &filter, int sortColumn, Qt::SortOrder order)
{
    beginResetModel();
    m_filter = filter;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    m_pages.clear();
    m_recentPages.clear();
    m_count = countRows();
    endResetModel();
}

void ArticleListModel::refresh()
{
    const qint64 count = countRows();
    if (count != m_count) {
        beginResetModel();
        m_pages.clear();
        m_recentPages.clear();
        m_count = count;
        endResetModel();
        return;
    }
    // Same number of rows: a layout change, so selections follow their articles.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QHash<int, qint64> idOfRow;
    for (const QModelIndex &index : before) {
        if (!idOfRow.contains(index.row()))
            idOfRow.insert(index.row(), articleId(index.row()));
    }
    m_pages.clear();
    m_recentPages.clear();
    QHash<int, int> newRow;
    int lookups = 0;
    for (auto it = idOfRow.cbegin(); it != idOfRow.cend(); ++it) {
        const bool look = it.value() != 0 && lookups++ < MaxRemappedRows;
        newRow.insert(it.key(), look ? rowOfArticle(it.value()) : -1);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = newRow.value(index.row(), -1);
        after.append(row >= 0 ? this->index(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 ArticleListModel::articleId(int row) const
{
    const ArticleRow *article = rowAt(row);
    return article ? article->id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    if (id <= 0)
        return -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto found = std::find_if(it->cbegin(), it->cend(), [id](const ArticleRow &row) { return row.id == id; });
        if (found != it->cend())
            return int(it.key() * PageSize + (found - it->cbegin()));
    }
    const qint64 row = m_search.rowOf(m_filter, sortKey(), m_sortOrder, id);
    return row >= 0 && row < m_count ? int(row) : -1;
}

qint64 ArticleListModel::countRows() const
{
    return std::max<qint64>(0, m_search.count(m_filter));
}

const ArticleRow *ArticleListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 pageNumber = row / PageSize;
    auto page = m_pages.find(pageNumber);
    if (page == m_pages.end()) {
        QList<ArticleRow> rows
            = m_search.page(m_filter, sortKey(), m_sortOrder, pageNumber * PageSize, PageSize, m_count);
        if (rows.isEmpty())
            return nullptr; // a failed query is tried again next time, not cached
        if (m_pages.size() >= MaxCachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        page = m_pages.insert(pageNumber, std::move(rows));
        m_recentPages.append(pageNumber);
    } else if (m_recentPages.constLast() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }
    const qsizetype inPage = row % PageSize;
    return inPage < page->size() ? &page->at(inPage) : nullptr;
}

} // namespace galley
