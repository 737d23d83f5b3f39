#include "models/revisionmodel.h"

#include "storage/revisionrepository.h"

#include <QLocale>

#include <algorithm>

namespace galley {

RevisionModel::RevisionModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

int RevisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RevisionModel::sizeChange(int row) const
{
    const qint64 previous = row + 1 < m_revisions.size() ? m_revisions.at(row + 1).characterCount : 0;
    return m_revisions.at(row).characterCount - previous;
}

QVariant RevisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Revision &revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return revision.number;
        case TimeColumn:
            return QLocale().toString(revision.createdAt.toLocalTime(), QLocale::ShortFormat);
        case AuthorColumn:
            return revision.author;
        case NoteColumn:
            if (!revision.note.isEmpty())
                return revision.note;
            return revision.named ? tr("Saved") : tr("Autosave");
        case SizeChangeColumn: {
            const qint64 change = sizeChange(index.row());
            return change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change);
        }
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Revision %1: “%2”, %n character(s)", nullptr, int(revision.characterCount))
            .arg(revision.number)
            .arg(revision.title);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == SizeChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NumberRole:
        return revision.number;
    case CreatedAtRole:
        return revision.createdAt;
    case AuthorRole:
        return revision.author;
    case NoteRole:
        return revision.note;
    case NamedRole:
        return revision.named;
    case StatusRole:
        return int(revision.status);
    case CharactersRole:
        return revision.characterCount;
    case SizeChangeRole:
        return sizeChange(index.row());
    case TitleRole:
        return revision.title;
    default:
        return {};
    }
}

QVariant RevisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Short headers: the history is a narrow panel, and its notes should not be the ones cut.
    if (role == Qt::ToolTipRole) {
        if (section == NumberColumn)
            return tr("The revision’s number");
        if (section == SizeChangeColumn)
            return tr("Characters added (+) or removed (−) by the revision");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("Author");
    case NoteColumn:
        return tr("Note");
    case SizeChangeColumn:
        return tr("Size");
    }
    return {};
}

QHash<int, QByteArray> RevisionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(AuthorRole, "author");
    names.insert(NoteRole, "note");
    names.insert(NamedRole, "named");
    names.insert(StatusRole, "status");
    names.insert(CharactersRole, "characters");
    names.insert(SizeChangeRole, "sizeChange");
    names.insert(TitleRole, "title");
    return names;
}

void RevisionModel::setArticle(qint64 articleId)
{
    beginResetModel();
    m_articleId = articleId;
    m_revisions.clear();
    endResetModel();
    refresh();
}

void RevisionModel::refresh()
{
    QList<Revision> revisions;
    m_error.clear();
    if (m_articleId != 0) {
        RevisionRepository repository(m_database);
        revisions = repository.list(m_articleId);
        m_error = repository.errorString();
        std::reverse(revisions.begin(), revisions.end());
    }
    // The usual change is new revisions on top and the newest one updated (coalesced autosave):
    // the old rows then sit unchanged at the bottom of the new list.
    const qsizetype added = revisions.size() - m_revisions.size();
    bool appendOnly = added >= 0;
    for (qsizetype i = 0; appendOnly && i < m_revisions.size(); ++i)
        appendOnly = revisions.at(added + i).number == m_revisions.at(i).number;
    if (!appendOnly) {
        beginResetModel();
        m_revisions = revisions;
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_revisions = revisions;
        endInsertRows();
    } else {
        m_revisions = revisions;
    }
    // The row below the new ones may be a coalesced autosave whose text grew.
    if (!m_revisions.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(std::min<qsizetype>(added, m_revisions.size() - 1)), ColumnCount - 1));
}

int RevisionModel::numberAt(int row) const
{
    return row >= 0 && row < m_revisions.size() ? m_revisions.at(row).number : 0;
}

int RevisionModel::rowOf(int number) const
{
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        if (m_revisions.at(i).number == number)
            return int(i);
    }
    return -1;
}

} // namespace galley
