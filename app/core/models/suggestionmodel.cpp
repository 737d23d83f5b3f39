#include "models/suggestionmodel.h"

#include "storage/annotationrepository.h"
#include "storage/newsroomactions.h"
#include "storage/suggestionrepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace galley {

SuggestionModel::SuggestionModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{ }

// A suggestion's row has internal id 0; a message of its thread, the suggestion's row + 1.
QModelIndex SuggestionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex SuggestionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_visible.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries.at(m_visible.at(parent.row())).thread.size());
}

int SuggestionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SuggestionModel::describe(const Suggestion &suggestion)
{
    const QString quote = suggestion.anchor.quote;
    switch (suggestion.kind) {
    case SuggestionKind::Replace:
        return tr("“%1” → “%2”", "replace").arg(quote, NewsroomActions::proposedText(suggestion));
    case SuggestionKind::Delete:
        return tr("Delete “%1”").arg(quote);
    case SuggestionKind::Insert:
        return tr("Insert “%1” after “%2”").arg(NewsroomActions::proposedText(suggestion), quote);
    case SuggestionKind::Format:
        return tr("Format “%1”: %2 → %3")
            .arg(quote, suggestion.formatBefore.isEmpty() ? tr("plain") : suggestion.formatBefore,
                suggestion.formatAfter.isEmpty() ? tr("plain") : suggestion.formatAfter);
    }
    return quote;
}

QVariant SuggestionModel::replyData(const Entry &entry, const Annotation &message, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case ChangeColumn:
            return message.body;
        case AuthorColumn:
            return message.author;
        case StateColumn:
            return QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case IdRole:
        return entry.data.id;
    case ThreadIdRole:
        return entry.data.threadId;
    case IsReplyRole:
        return true;
    case ReplyIdRole:
        return message.id;
    case AuthorRole:
        return message.author;
    case CreatedAtRole:
        return message.createdAt;
    case PendingRole:
    case OrphanedRole:
        return false;
    case StartRole:
    case EndRole:
        return qint64(-1);
    default:
        return {};
    }
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Entry &entry = m_entries.at(m_visible.at(qsizetype(index.internalId() - 1)));
        return replyData(entry, entry.thread.at(index.row()), index.column(), role);
    }
    const Entry &entry = m_entries.at(m_visible.at(index.row()));
    const Suggestion &suggestion = entry.data;
    const bool orphaned = suggestion.isPending() && entry.placement.isOrphaned();
    const SuggestionState shownState = orphaned         ? SuggestionState::Orphaned
        : suggestion.state == SuggestionState::Orphaned ? SuggestionState::Open
                                                        : suggestion.state;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn:
            return describe(suggestion);
        case AuthorColumn:
            return suggestion.author;
        case StateColumn:
            switch (shownState) {
            case SuggestionState::Open:
                return tr("Open");
            case SuggestionState::Orphaned:
                return tr("Text gone");
            case SuggestionState::Accepted:
                return tr("Accepted by %1").arg(suggestion.resolver);
            case SuggestionState::Rejected:
                return tr("Rejected by %1").arg(suggestion.resolver);
            }
            break;
        }
        return {};
    case IdRole:
        return suggestion.id;
    case KindRole:
        return suggestionKindKey(suggestion.kind);
    case StateRole:
        return suggestionStateKey(shownState);
    case AuthorRole:
        return suggestion.author;
    case CreatedAtRole:
        return suggestion.createdAt;
    case QuoteRole:
        return suggestion.anchor.quote;
    case ProposedRole:
        return NewsroomActions::proposedText(suggestion);
    case ProposedHtmlRole:
        return suggestion.proposedHtml;
    case StartRole:
        return suggestion.isPending() ? entry.placement.start : qint64(-1);
    case EndRole:
        return suggestion.isPending() ? entry.placement.end : qint64(-1);
    case OrphanedRole:
        return orphaned;
    case PendingRole:
        return suggestion.isPending();
    case GroupRole:
        return suggestion.groupId;
    case ThreadIdRole:
        return suggestion.threadId;
    case ResolverRole:
        return suggestion.resolver;
    case IsReplyRole:
        return false;
    case ReplyIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case AuthorColumn:
        return tr("Author");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({ { IdRole, "suggestionId" }, { KindRole, "kind" }, { StateRole, "state" }, { AuthorRole, "author" },
        { CreatedAtRole, "createdAt" }, { QuoteRole, "quote" }, { ProposedRole, "proposed" },
        { ProposedHtmlRole, "proposedHtml" }, { StartRole, "start" }, { EndRole, "end" }, { OrphanedRole, "orphaned" },
        { PendingRole, "pending" }, { GroupRole, "group" }, { ThreadIdRole, "threadId" },
        { ResolverRole, "resolver" }, { IsReplyRole, "isReply" }, { ReplyIdRole, "replyId" } });
    return names;
}

void SuggestionModel::setArticle(qint64 articleId, const QString &bodyText)
{
    m_articleId = articleId;
    m_bodyText = bodyText;
    refresh();
}

void SuggestionModel::place()
{
    for (Entry &entry : m_entries)
        entry.placement = entry.data.isPending() ? Anchoring::locate(entry.data.anchor, m_bodyText) : AnchorMatch {};
    // Pending and placed in text order, then pending orphans, then the decided ones by id.
    const auto rank = [](const Entry &entry) {
        return entry.data.isResolved() ? 2 : entry.placement.isOrphaned() ? 1 : 0;
    };
    std::stable_sort(m_entries.begin(), m_entries.end(), [&rank](const Entry &a, const Entry &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 0 && a.placement.start != b.placement.start)
            return a.placement.start < b.placement.start;
        return a.data.id < b.data.id;
    });
}

void SuggestionModel::setBodyText(const QString &bodyText)
{
    if (bodyText == m_bodyText)
        return;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(index.isValid() ? data(index, IdRole).toLongLong() : 0);
    m_bodyText = bodyText;
    place();
    rebuildVisible();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QModelIndex row = indexOf(ids.at(i));
        const QModelIndex &old = before.at(i);
        if (!row.isValid())
            after.append(QModelIndex());
        else if (old.parent().isValid()) // a thread's message moves with its suggestion
            after.append(index(old.row(), old.column(), row));
        else
            after.append(index(row.row(), old.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void SuggestionModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_articleId != 0) {
        SuggestionRepository repository(m_database);
        const QList<Suggestion> suggestions = repository.list(m_articleId);
        m_error = repository.errorString();
        QHash<qint64, QList<Annotation>> threads;
        if (std::any_of(suggestions.cbegin(), suggestions.cend(), [](const Suggestion &s) { return s.threadId; })) {
            AnnotationRepository annotations(m_database);
            for (const AnnotationThread &thread : annotations.threads(m_articleId))
                threads.insert(thread.id(), QList<Annotation> { thread.root } + thread.replies);
            if (m_error.isEmpty())
                m_error = annotations.errorString();
        }
        for (const Suggestion &suggestion : suggestions)
            m_entries.append(Entry { suggestion, {}, threads.value(suggestion.threadId) });
    }
    place();
    rebuildVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

bool SuggestionModel::passes(const Entry &entry) const
{
    switch (m_filter) {
    case Filter::Pending:
        return entry.data.isPending();
    case Filter::Decided:
        return entry.data.isResolved();
    case Filter::All:
        break;
    }
    return true;
}

void SuggestionModel::rebuildVisible()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (passes(m_entries.at(i)))
            m_visible.append(i);
    }
}

void SuggestionModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

int SuggestionModel::count(Filter filter) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [filter](const Entry &entry) {
        return filter == Filter::All || (filter == Filter::Pending) == entry.data.isPending();
    }));
}

qint64 SuggestionModel::suggest(const Article &article, SuggestionKind kind, qint64 start, qint64 end,
    const QString &proposedHtml, const QString &author, const QString &formatBefore, const QString &formatAfter)
{
    Suggestion suggestion;
    suggestion.kind = kind;
    suggestion.author = author;
    suggestion.proposedHtml = proposedHtml;
    suggestion.formatBefore = formatBefore;
    suggestion.formatAfter = formatAfter;
    suggestion.anchor = Anchoring::create(article.bodyText, start, end);
    const NewsroomActions::SuggestOutcome outcome = NewsroomActions::suggest(m_database, article, suggestion);
    if (!outcome.ok) {
        m_error = outcome.error;
        return 0;
    }
    if (article.id == m_articleId)
        refresh();
    return suggestion.id;
}

std::optional<Article> SuggestionModel::accept(const QList<qint64> &ids, const QString &editor)
{
    const NewsroomActions::ResolveOutcome outcome = NewsroomActions::acceptSuggestions(m_database, ids, editor);
    if (!outcome.ok) {
        m_error = outcome.error;
        return std::nullopt;
    }
    m_bodyText = outcome.article->bodyText;
    refresh();
    return outcome.article;
}

bool SuggestionModel::reject(const QList<qint64> &ids, const QString &editor)
{
    const NewsroomActions::ResolveOutcome outcome = NewsroomActions::rejectSuggestions(m_database, ids, editor);
    if (!outcome.ok) {
        m_error = outcome.error;
        return false;
    }
    refresh();
    return true;
}

qint64 SuggestionModel::reply(qint64 suggestionId, const QString &body, const QString &author)
{
    Annotation reply;
    reply.author = author;
    reply.body = body;
    QString error;
    if (!NewsroomActions::replyToSuggestion(m_database, suggestionId, reply, &error)) {
        m_error = error;
        return 0;
    }
    refresh();
    return reply.id;
}

QModelIndex SuggestionModel::indexOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_entries.at(m_visible.at(row)).data.id == id)
            return index(int(row), 0);
    }
    return {};
}

qint64 SuggestionModel::suggestionAt(qint64 position) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.data.isPending() || entry.placement.isOrphaned())
            continue;
        const bool insertion = entry.data.kind == SuggestionKind::Insert;
        if (insertion ? position == entry.placement.end
                      : position >= entry.placement.start && position < entry.placement.end)
            return entry.data.id;
    }
    return 0;
}

QList<qint64> SuggestionModel::pendingOverlapping(qint64 start, qint64 end) const
{
    QList<qint64> ids;
    QList<qint64> groups;
    for (const Entry &entry : m_entries) {
        if (!entry.data.isPending() || entry.placement.isOrphaned() || start >= end
            || entry.placement.start >= end || entry.placement.end <= start)
            continue;
        ids.append(entry.data.id);
        if (entry.data.groupId != 0 && !groups.contains(entry.data.groupId))
            groups.append(entry.data.groupId);
    }
    for (const Entry &entry : m_entries) {
        if (entry.data.isPending() && entry.data.groupId != 0 && groups.contains(entry.data.groupId)
            && !ids.contains(entry.data.id))
            ids.append(entry.data.id);
    }
    return ids;
}

QList<Suggestion> SuggestionModel::suggestions() const
{
    QList<Suggestion> all;
    all.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        all.append(entry.data);
    return all;
}

} // namespace galley
