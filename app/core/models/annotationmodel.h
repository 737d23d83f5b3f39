#pragma once

#include "document/anchoring.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace galley {

class Database;

/// The review threads of one article as a tree: top-level rows are threads (their root
/// comment), children are the replies, oldest first. Threads are ordered by where they sit in
/// the text; orphaned threads (whose quote could not be placed) come last, and are listed —
/// never hidden. A filter shows open, resolved or all threads; counts are available for each.
/// The thread that discusses a suggestion is not here: SuggestionModel shows it under the
/// suggestion.
///
/// Columns: Comment, Author, Time. Every column of a row answers the custom roles.
///
/// Placement: the model places every thread on the text given to setArticle()/setBodyText()
/// with Anchoring::locate(), so a panel can show where each thread sits in the text being
/// edited. It never moves stored anchors; writes go through AnnotationRepository (addThread(),
/// reply(), setResolved(), remove()) and update the rows in place (no reset), so a view keeps
/// its selection and expansion. Lives on the thread that owns the Database.
class AnnotationModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CommentColumn, AuthorColumn, TimeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 annotation id
        ThreadIdRole, ///< qint64 id of the thread's root
        IsReplyRole, ///< bool
        AuthorRole, ///< QString
        CreatedAtRole, ///< QDateTime (UTC)
        BodyRole, ///< QString
        ResolvedRole, ///< bool (of the thread)
        QuoteRole, ///< QString: the stored quote (thread rows)
        StartRole, ///< qint64 UTF-16 offset where the thread sits now, -1 if orphaned
        EndRole, ///< qint64 exclusive end, -1 if orphaned
        OrphanedRole, ///< bool
        ReplyCountRole, ///< int (thread rows)
    };
    Q_ENUM(Role)

    enum class Filter { Open, Resolved, All };
    Q_ENUM(Filter)

    explicit AnnotationModel(Database &database, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows the threads of article \a articleId placed on \a bodyText (its plain text as now
    /// shown, possibly with unsaved edits). 0 clears the model.
    void setArticle(qint64 articleId, const QString &bodyText);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    /// Places the threads again on changed text (rows may reorder; a layout change).
    void setBodyText(const QString &bodyText);
    /// Reads the threads again from the database (a reset).
    void refresh();

    [[nodiscard]] Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    /// Threads of the current article passing \a filter (whatever the current filter).
    [[nodiscard]] int threadCount(Filter filter) const;

    /// Starts a thread on [start, end) of the current text. Returns the new id, or 0 on failure
    /// (errorString()).
    qint64 addThread(qint64 start, qint64 end, const QString &body, const QString &author, int revisionNumber = 0);
    /// Starts a thread on [start, end) of \a article's stored text through the annotate use
    /// case (NewsroomActions::annotate: the text is kept in the history and the comment stored
    /// in one transaction). Returns the new id, or 0 on failure (errorString()).
    qint64 addThread(const Article &article, qint64 start, qint64 end, const QString &body, const QString &author,
        const QString &historyNote = {});
    /// Adds a reply to the thread \a id belongs to. Returns the new id, or 0.
    qint64 reply(qint64 id, const QString &body, const QString &author);
    /// Resolves or reopens the thread \a id belongs to.
    bool setResolved(qint64 id, bool resolved);
    /// Deletes a reply, or a whole thread.
    bool remove(qint64 id);

    /// The index of annotation \a id (thread or reply) in column 0, invalid when filtered out.
    [[nodiscard]] QModelIndex indexOf(qint64 id) const;
    /// The thread whose placed range contains text position \a position (the innermost, the
    /// first in order on ties), or 0: what clicking a highlight selects.
    [[nodiscard]] qint64 threadAt(qint64 position) const;
    /// Where each visible-or-not thread sits now: thread id -> placement.
    [[nodiscard]] AnchorMatch placement(qint64 threadId) const;

    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    /// The open/resolved counts changed (threads added, removed, resolved, reopened, reloaded).
    void countsChanged();

private:
    void insertThread(const Annotation &root);
    struct Thread {
        AnnotationThread data;
        AnchorMatch placement;
    };

    [[nodiscard]] bool passes(const Thread &thread) const;
    [[nodiscard]] int visibleRow(qint64 threadId) const; ///< -1 when filtered out
    [[nodiscard]] const Thread *threadOf(const QModelIndex &index) const;
    [[nodiscard]] static bool placedBefore(const Thread &a, const Thread &b);
    void rebuildVisible();
    void place(Thread &thread) const;

    Database &m_database;
    qint64 m_articleId = 0;
    QString m_bodyText;
    Filter m_filter = Filter::All;
    QList<Thread> m_threads; ///< every thread of the article, in display order
    QList<qint64> m_visible; ///< ids of the threads passing the filter, in display order
    QHash<qint64, qsizetype> m_byId; ///< thread id -> index in m_threads
    QString m_error;
};

} // namespace galley
