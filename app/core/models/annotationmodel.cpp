#include "models/annotationmodel.h"

#include "storage/annotationrepository.h"
#include "storage/newsroomactions.h"
#include "storage/suggestionrepository.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace galley {

AnnotationModel::AnnotationModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{ }

// ---- structure -------------------------------------------------------------------------------
// A thread row has internalId 0; a reply row has its thread's id, which stays valid while rows
// move, so parent() never depends on row numbers captured earlier.

QModelIndex AnnotationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_visible.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const Thread *thread = threadOf(parent);
    if (!thread || row >= thread->data.replies.size())
        return {};
    return createIndex(row, column, quintptr(thread->data.id()));
}

QModelIndex AnnotationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = visibleRow(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_visible.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Thread *thread = threadOf(parent);
    return thread ? int(thread->data.replies.size()) : 0;
}

int AnnotationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const AnnotationModel::Thread *AnnotationModel::threadOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qint64 id = index.internalId() == 0 ? m_visible.value(index.row(), 0) : qint64(index.internalId());
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_threads.at(it.value());
}

int AnnotationModel::visibleRow(qint64 threadId) const
{
    return int(m_visible.indexOf(threadId));
}

// ---- data ------------------------------------------------------------------------------------

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const Thread *thread = threadOf(index);
    if (!thread)
        return {};
    const bool isReply = index.internalId() != 0;
    if (isReply && index.row() >= thread->data.replies.size())
        return {};
    const Annotation &entry = isReply ? thread->data.replies.at(index.row()) : thread->data.root;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommentColumn:
            return entry.body;
        case AuthorColumn:
            return entry.author;
        case TimeColumn:
            return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (isReply)
            return tr("%1, %2").arg(
                entry.author, QLocale().toString(entry.createdAt.toLocalTime(), QLocale::LongFormat));
        if (thread->placement.isOrphaned())
            return tr("“%1” is no longer in the text (orphaned comment)").arg(entry.anchor.quote);
        return tr("On “%1”").arg(
            m_bodyText.mid(thread->placement.start, thread->placement.end - thread->placement.start));
    case IdRole:
        return entry.id;
    case ThreadIdRole:
        return thread->data.id();
    case IsReplyRole:
        return isReply;
    case AuthorRole:
        return entry.author;
    case CreatedAtRole:
        return entry.createdAt;
    case BodyRole:
        return entry.body;
    case ResolvedRole:
        return thread->data.root.isResolved();
    case QuoteRole:
        return thread->data.root.anchor.quote;
    case StartRole:
        return thread->placement.start;
    case EndRole:
        return thread->placement.end;
    case OrphanedRole:
        return thread->placement.isOrphaned();
    case ReplyCountRole:
        return int(thread->data.replies.size());
    default:
        return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommentColumn:
        return tr("Comment");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(ThreadIdRole, "threadId");
    names.insert(IsReplyRole, "isReply");
    names.insert(AuthorRole, "author");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(BodyRole, "body");
    names.insert(ResolvedRole, "resolved");
    names.insert(QuoteRole, "quote");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(OrphanedRole, "orphaned");
    names.insert(ReplyCountRole, "replyCount");
    return names;
}

// ---- loading and placing ---------------------------------------------------------------------

bool AnnotationModel::passes(const Thread &thread) const
{
    switch (m_filter) {
    case Filter::Open:
        return !thread.data.root.isResolved();
    case Filter::Resolved:
        return thread.data.root.isResolved();
    case Filter::All:
        return true;
    }
    return true;
}

bool AnnotationModel::placedBefore(const Thread &a, const Thread &b)
{
    if (a.placement.isOrphaned() != b.placement.isOrphaned())
        return b.placement.isOrphaned();
    if (a.placement.start != b.placement.start)
        return a.placement.start < b.placement.start;
    if (a.placement.end != b.placement.end)
        return a.placement.end > b.placement.end; // the enclosing range first
    return a.data.id() < b.data.id();
}

void AnnotationModel::place(Thread &thread) const
{
    thread.placement = Anchoring::locate(thread.data.root.anchor, m_bodyText);
}

void AnnotationModel::rebuildVisible()
{
    std::stable_sort(m_threads.begin(), m_threads.end(), placedBefore);
    m_byId.clear();
    m_visible.clear();
    for (qsizetype i = 0; i < m_threads.size(); ++i) {
        m_byId.insert(m_threads.at(i).data.id(), i);
        if (passes(m_threads.at(i)))
            m_visible.append(m_threads.at(i).data.id());
    }
}

void AnnotationModel::setArticle(qint64 articleId, const QString &bodyText)
{
    m_articleId = articleId;
    m_bodyText = bodyText;
    refresh();
}

void AnnotationModel::refresh()
{
    beginResetModel();
    m_threads.clear();
    m_error.clear();
    if (m_articleId != 0) {
        // A suggestion's discussion is shown under the suggestion (SuggestionModel), not here.
        QSet<qint64> suggestionThreads;
        for (const Suggestion &suggestion : SuggestionRepository(m_database).list(m_articleId)) {
            if (suggestion.threadId != 0)
                suggestionThreads.insert(suggestion.threadId);
        }
        AnnotationRepository repository(m_database);
        for (const AnnotationThread &data : repository.threads(m_articleId)) {
            if (suggestionThreads.contains(data.id()))
                continue;
            Thread thread { data, {} };
            place(thread);
            m_threads.append(thread);
        }
        m_error = repository.errorString();
    }
    rebuildVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

void AnnotationModel::setBodyText(const QString &bodyText)
{
    m_bodyText = bodyText;
    if (m_threads.isEmpty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    struct Where {
        qint64 thread;
        int reply; // -1 for the thread row
        int column;
    };
    QList<Where> where;
    where.reserve(before.size());
    for (const QModelIndex &index : before) {
        const bool isReply = index.internalId() != 0;
        where.append({ isReply ? qint64(index.internalId()) : m_visible.value(index.row()), isReply ? index.row() : -1,
            index.column() });
    }
    for (Thread &thread : m_threads)
        place(thread);
    rebuildVisible();
    QModelIndexList after;
    after.reserve(before.size());
    for (const Where &w : where) {
        const int row = visibleRow(w.thread);
        if (row < 0)
            after.append(QModelIndex());
        else if (w.reply < 0)
            after.append(createIndex(row, w.column, quintptr(0)));
        else
            after.append(createIndex(w.reply, w.column, quintptr(w.thread)));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1),
            { Qt::ToolTipRole, StartRole, EndRole, OrphanedRole });
}

void AnnotationModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

int AnnotationModel::threadCount(Filter filter) const
{
    return int(std::count_if(m_threads.cbegin(), m_threads.cend(), [filter](const Thread &thread) {
        switch (filter) {
        case Filter::Open:
            return !thread.data.root.isResolved();
        case Filter::Resolved:
            return thread.data.root.isResolved();
        case Filter::All:
            return true;
        }
        return true;
    }));
}

// ---- writing ---------------------------------------------------------------------------------

qint64 AnnotationModel::addThread(
    qint64 start, qint64 end, const QString &body, const QString &author, int revisionNumber)
{
    m_error.clear();
    if (m_articleId == 0) {
        m_error = tr("No article is open.");
        return 0;
    }
    Annotation root;
    root.articleId = m_articleId;
    root.author = author;
    root.body = body;
    root.anchor = Anchoring::create(m_bodyText, start, end);
    root.revisionNumber = revisionNumber;
    AnnotationRepository repository(m_database);
    if (!repository.create(root)) {
        m_error = repository.errorString();
        return 0;
    }
    insertThread(root);
    return root.id;
}

qint64 AnnotationModel::addThread(
    const Article &article, qint64 start, qint64 end, const QString &body, const QString &author, const QString &historyNote)
{
    m_error.clear();
    if (m_articleId == 0 || article.id != m_articleId) {
        m_error = tr("No article is open.");
        return 0;
    }
    Annotation root;
    root.author = author;
    root.body = body;
    root.anchor = Anchoring::create(m_bodyText, start, end);
    const NewsroomActions::AnnotateOutcome outcome = NewsroomActions::annotate(m_database, article, root, historyNote);
    if (!outcome.ok) {
        m_error = outcome.error;
        return 0;
    }
    insertThread(root);
    return root.id;
}

void AnnotationModel::insertThread(const Annotation &root)
{
    Thread thread { AnnotationThread { root, {} }, {} };
    place(thread);
    const bool visible = passes(thread);
    // Rows of the other threads keep their order: the new one only has to be slotted in.
    QList<Thread> threads = m_threads;
    threads.append(thread);
    std::stable_sort(threads.begin(), threads.end(), placedBefore);
    int row = 0;
    for (const Thread &other : threads) {
        if (other.data.id() == root.id)
            break;
        if (passes(other))
            ++row;
    }
    if (visible)
        beginInsertRows({}, row, row);
    m_threads = threads;
    rebuildVisible();
    if (visible)
        endInsertRows();
    Q_EMIT countsChanged();
}

qint64 AnnotationModel::reply(qint64 id, const QString &body, const QString &author)
{
    m_error.clear();
    AnnotationRepository repository(m_database);
    Annotation entry;
    entry.articleId = m_articleId;
    entry.parentId = id;
    entry.author = author;
    entry.body = body;
    if (!repository.create(entry)) {
        m_error = repository.errorString();
        return 0;
    }
    const auto it = m_byId.constFind(entry.parentId);
    if (it == m_byId.constEnd()) { // not loaded yet: read again
        refresh();
        return entry.id;
    }
    Thread &thread = m_threads[it.value()];
    const int row = visibleRow(entry.parentId);
    const int replyRow = int(thread.data.replies.size());
    if (row >= 0)
        beginInsertRows(createIndex(row, 0, quintptr(0)), replyRow, replyRow);
    thread.data.replies.append(entry);
    if (row >= 0) {
        endInsertRows();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { ReplyCountRole });
    }
    return entry.id;
}

bool AnnotationModel::setResolved(qint64 id, bool resolved)
{
    m_error.clear();
    AnnotationRepository repository(m_database);
    if (!repository.setState(id, resolved ? AnnotationState::Resolved : AnnotationState::Open)) {
        m_error = repository.errorString();
        return false;
    }
    const std::optional<Annotation> entry = repository.load(id);
    const qint64 threadId = entry && entry->isReply() ? entry->parentId : id;
    const auto it = m_byId.constFind(threadId);
    if (it == m_byId.constEnd()) {
        refresh();
        return true;
    }
    Thread &thread = m_threads[it.value()];
    const int rowBefore = visibleRow(threadId);
    thread.data.root.state = resolved ? AnnotationState::Resolved : AnnotationState::Open;
    const bool visibleAfter = passes(thread);
    if (rowBefore >= 0 && !visibleAfter) {
        beginRemoveRows({}, rowBefore, rowBefore);
        rebuildVisible();
        endRemoveRows();
    } else if (rowBefore < 0 && visibleAfter) {
        int row = 0;
        for (const Thread &other : m_threads) {
            if (other.data.id() == threadId)
                break;
            if (passes(other))
                ++row;
        }
        beginInsertRows({}, row, row);
        rebuildVisible();
        endInsertRows();
    } else if (rowBefore >= 0) {
        const QModelIndex top = index(rowBefore, 0);
        Q_EMIT dataChanged(top, index(rowBefore, ColumnCount - 1), { ResolvedRole });
        if (!thread.data.replies.isEmpty())
            Q_EMIT dataChanged(
                index(0, 0, top), index(int(thread.data.replies.size()) - 1, ColumnCount - 1, top), { ResolvedRole });
    }
    Q_EMIT countsChanged();
    return true;
}

bool AnnotationModel::remove(qint64 id)
{
    m_error.clear();
    AnnotationRepository repository(m_database);
    const std::optional<Annotation> entry = repository.load(id);
    if (!repository.remove(id)) {
        m_error = repository.errorString();
        return false;
    }
    const qint64 threadId = entry && entry->isReply() ? entry->parentId : id;
    const auto it = m_byId.constFind(threadId);
    if (it == m_byId.constEnd())
        return true;
    const int row = visibleRow(threadId);
    if (threadId == id) {
        if (row >= 0)
            beginRemoveRows({}, row, row);
        m_threads.removeAt(it.value());
        rebuildVisible();
        if (row >= 0)
            endRemoveRows();
        Q_EMIT countsChanged();
        return true;
    }
    Thread &thread = m_threads[it.value()];
    const auto reply = std::find_if(thread.data.replies.cbegin(), thread.data.replies.cend(),
        [id](const Annotation &annotation) { return annotation.id == id; });
    if (reply == thread.data.replies.cend())
        return true;
    const int replyRow = int(reply - thread.data.replies.cbegin());
    if (row >= 0)
        beginRemoveRows(createIndex(row, 0, quintptr(0)), replyRow, replyRow);
    thread.data.replies.removeAt(replyRow);
    if (row >= 0) {
        endRemoveRows();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { ReplyCountRole });
    }
    return true;
}

// ---- lookups ---------------------------------------------------------------------------------

QModelIndex AnnotationModel::indexOf(qint64 id) const
{
    for (const Thread &thread : m_threads) {
        const int row = visibleRow(thread.data.id());
        if (thread.data.id() == id)
            return row < 0 ? QModelIndex() : index(row, 0);
        for (qsizetype i = 0; i < thread.data.replies.size(); ++i) {
            if (thread.data.replies.at(i).id == id)
                return row < 0 ? QModelIndex() : createIndex(int(i), 0, quintptr(thread.data.id()));
        }
    }
    return {};
}

qint64 AnnotationModel::threadAt(qint64 position) const
{
    qint64 best = 0;
    qint64 bestLength = -1;
    for (qint64 id : m_visible) {
        const AnchorMatch &placed = m_threads.at(m_byId.value(id)).placement;
        if (placed.isOrphaned() || position < placed.start || position >= placed.end)
            continue;
        const qint64 length = placed.end - placed.start;
        if (bestLength < 0 || length < bestLength) {
            best = id;
            bestLength = length;
        }
    }
    return best;
}

AnchorMatch AnnotationModel::placement(qint64 threadId) const
{
    const auto it = m_byId.constFind(threadId);
    return it == m_byId.constEnd() ? AnchorMatch {} : m_threads.at(it.value()).placement;
}

} // namespace galley
