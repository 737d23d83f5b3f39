#pragma once

#include "model/revision.h"

#include <QAbstractTableModel>
#include <QList>

namespace galley {

class Database;

/// An article's history for the history panel: one row per revision, newest first, with the
/// columns Revision (number), Time, Author, Note and Size change (字数 gained or lost since the
/// revision before). Reads through RevisionRepository; refresh() after writing adds new rows
/// at the top and updates coalesced ones in place (a reset only when revisions were pruned),
/// so a view keeps its selection. Lives on the thread that owns the Database.
class RevisionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TimeColumn, AuthorColumn, NoteColumn, SizeChangeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NumberRole = Qt::UserRole + 1, ///< int revision number
        CreatedAtRole, ///< QDateTime (UTC)
        AuthorRole, ///< QString
        NoteRole, ///< QString as stored (may be empty)
        NamedRole, ///< bool: kept forever (not an autosave)
        StatusRole, ///< int(WorkflowState) when recorded
        CharactersRole, ///< qint64 字数
        SizeChangeRole, ///< qint64 字数 difference to the previous revision
        TitleRole, ///< QString
    };
    Q_ENUM(Role)

    explicit RevisionModel(Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows the history of article \a articleId (0 clears).
    void setArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    /// Reads the history again.
    void refresh();

    /// The revision number in \a row, or 0.
    [[nodiscard]] int numberAt(int row) const;
    /// The row of revision \a number, or -1.
    [[nodiscard]] int rowOf(int number) const;

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    [[nodiscard]] qint64 sizeChange(int row) const;

    Database &m_database;
    qint64 m_articleId = 0;
    QList<Revision> m_revisions; ///< newest first, without bodies
    QString m_error;
};

} // namespace galley
