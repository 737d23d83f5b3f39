#include "models/articlelistmodel.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <limits>
#include <utility>

namespace galley {

namespace {

/// refresh() looks up where at most this many selected rows went; others lose their selection.
constexpr int MaxRemappedRows = 128;

} // namespace

ArticleListModel::ArticleListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(database)
    , m_locks(database)
{
    countRows();
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
    case Qt::ToolTipRole: {
        const QString tip = row->snippet.isEmpty() ? row->title : plainSnippet(row->snippet);
        const QString activity = activityText(row->id);
        return activity.isEmpty() ? tip : tip + QLatin1Char('\n') + activity;
    }
    case Qt::AccessibleDescriptionRole:
        return index.column() == TitleColumn ? activityText(row->id) : QVariant();
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
    case LockHolderRole:
        return m_activity.value(row->id).holder;
    case LockSinceRole:
        return m_activity.value(row->id).since;
    case ViewersRole:
        return m_activity.value(row->id).viewers;
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
    names.insert(LockHolderRole, "lockHolder");
    names.insert(LockSinceRole, "lockSince");
    names.insert(ViewersRole, "viewers");
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
    // The same articles in another order: counted already.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_recentPages.clear();
    m_activity.clear();
    finishReset();
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
    m_activity.clear();
    countRows();
    finishReset();
}

void ArticleListModel::refresh()
{
    const ListCount count = m_search.quickCount(m_filter);
    if (!count.exact || !m_exact || count.count != m_count) {
        beginResetModel();
        m_pages.clear();
        m_recentPages.clear();
        m_activity.clear();
        m_count = std::max<qint64>(0, count.count);
        m_exact = count.exact;
        m_estimate = count.estimate;
        finishReset();
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
    m_activity.clear();
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

void ArticleListModel::finishReset()
{
    // Those told of the reset (a view, a model tester) may ask for more rows at once: not
    // while the reset is still being announced.
    const QScopedValueRollback announcing(m_fetching, true);
    endResetModel();
}

void ArticleListModel::countRows()
{
    const ListCount count = m_search.quickCount(m_filter);
    m_count = std::max<qint64>(0, count.count);
    m_exact = count.exact;
    m_estimate = count.estimate;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exact;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the rows it inserts (a view, a model tester).
    if (parent.isValid() || m_exact || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    // The page that holds the first row not yet listed (read already when the view showed the
    // rows before it), from the list's start.
    const qint64 pageNumber = m_count / PageSize;
    qsizetype read = 0;
    if (const auto cached = m_pages.constFind(pageNumber); cached != m_pages.cend()) {
        read = cached->size();
    } else {
        QList<ArticleRow> rows = m_search.page(m_filter, sortKey(), m_sortOrder, pageNumber * PageSize, PageSize, -1);
        if (rows.isEmpty() && !m_search.errorString().isEmpty())
            return; // a failed query: tried again when the view asks again
        read = rows.size();
        if (!rows.isEmpty())
            cachePage(pageNumber, std::move(rows));
    }
    const qint64 end = pageNumber * PageSize + read;
    const bool last = read < PageSize;
    if (end > m_count) {
        beginInsertRows({}, int(m_count), int(end - 1));
        m_count = end;
        endInsertRows();
    }
    if (last) {
        m_exact = true;
        m_estimate = m_count;
    }
    Q_EMIT countChanged();
}

const ArticleRow *ArticleListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 pageNumber = row / PageSize;
    auto page = m_pages.find(pageNumber);
    if (page == m_pages.end()) {
        QList<ArticleRow> rows = m_search.page(
            m_filter, sortKey(), m_sortOrder, pageNumber * PageSize, PageSize, knownTotal(), nearestPage(pageNumber));
        if (rows.isEmpty())
            return nullptr; // a failed query is tried again next time, not cached
        page = cachePage(pageNumber, std::move(rows));
    } else if (m_recentPages.constLast() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }
    const qsizetype inPage = row % PageSize;
    return inPage < page->size() ? &page->at(inPage) : nullptr;
}

PageNeighbour ArticleListModel::nearestPage(qint64 pageNumber) const
{
    // From the edge of the nearest page it has, the list seeks (keyset pagination) and steps
    // over the rows between in the sort index: scrolling and dragging the scroll bar cost the
    // distance moved, not the distance from an end of the list, in the middle of a million.
    // Farther than an end, it reads from that end (by offset) instead.
    const qint64 offset = pageNumber * PageSize;
    const qint64 total = knownTotal();
    qint64 best = total >= 0 ? std::min(offset, std::max<qint64>(0, total - offset - PageSize)) : offset;
    PageNeighbour neighbour;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->isEmpty())
            continue;
        if (it.key() < pageNumber && it->size() == PageSize) {
            const qint64 skip = offset - (it.key() + 1) * PageSize;
            if (skip < best) {
                best = skip;
                neighbour = { it->constLast().id, 0, skip };
            }
        } else if (it.key() > pageNumber) {
            const qint64 skip = it.key() * PageSize - offset - PageSize;
            if (skip < best) {
                best = skip;
                neighbour = { 0, it->constFirst().id, skip };
            }
        }
    }
    return neighbour;
}

QHash<qint64, QList<ArticleRow>>::iterator ArticleListModel::cachePage(qint64 pageNumber, QList<ArticleRow> rows) const
{
    if (m_pages.size() >= MaxCachedPages) {
        for (const ArticleRow &dropped : m_pages.value(m_recentPages.constFirst()))
            m_activity.remove(dropped.id);
        m_pages.remove(m_recentPages.takeFirst());
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ArticleRow &article : std::as_const(rows))
        ids.append(article.id);
    readActivity(ids);
    const auto page = m_pages.insert(pageNumber, std::move(rows));
    m_recentPages.append(pageNumber);
    return page;
}

void ArticleListModel::readActivity(const QList<qint64> &ids) const
{
    if (!m_locks.isSupported() || ids.isEmpty())
        return;
    for (const qint64 id : ids)
        m_activity.remove(id);
    // Two reads for the page; a failed one leaves the rows without activity until the next.
    const QHash<qint64, EditingLock> holders = m_locks.holders(ids);
    const QHash<qint64, QList<Viewer>> presence = m_locks.presence(ids);
    const QString mine = m_locks.session();
    for (const EditingLock &lock : holders) {
        if (lock.session == mine)
            continue;
        Activity &activity = m_activity[lock.articleId];
        activity.holder = lock.holder;
        activity.since = lock.since;
    }
    for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
        const EditingLock holder = holders.value(it.key());
        QStringList names;
        for (const Viewer &viewer : it.value()) {
            if (viewer.session != mine && viewer.session != holder.session && !names.contains(viewer.name))
                names.append(viewer.name);
        }
        if (!names.isEmpty())
            m_activity[it.key()].viewers = names;
    }
}

QString ArticleListModel::activityText(qint64 id) const
{
    const auto found = m_activity.constFind(id);
    if (found == m_activity.cend())
        return {};
    QStringList lines;
    if (!found->holder.isEmpty()) {
        lines.append(tr("%1 is editing since %2")
                         .arg(found->holder, QLocale().toString(found->since.toLocalTime(), QLocale::ShortFormat)));
    }
    if (!found->viewers.isEmpty())
        lines.append(tr("Open by %1").arg(QLocale().createSeparatedList(found->viewers)));
    return lines.join(QLatin1Char('\n'));
}

void ArticleListModel::refreshActivity()
{
    if (!m_locks.isSupported())
        return;
    QList<qint64> ids;
    for (const QList<ArticleRow> &page : std::as_const(m_pages)) {
        for (const ArticleRow &row : page)
            ids.append(row.id);
    }
    const QHash<qint64, Activity> before = std::exchange(m_activity, {});
    readActivity(ids);
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            const qint64 id = it->at(i).id;
            if (before.value(id) != m_activity.value(id)) {
                const int row = int(it.key() * PageSize + i);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

} // namespace galley
