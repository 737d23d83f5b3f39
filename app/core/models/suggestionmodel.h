#pragma once

#include "document/anchoring.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/suggestion.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace galley {

class Database;

/// The suggestions of one article as a table, for the review panel: pending ones (open, then
/// orphaned) in text order, then the decided ones, oldest first. A filter shows pending,
/// decided or all; counts are available for each.
///
/// Columns: Change (what it does, e.g. “,” → “，”), Author, State. Every column of a row answers
/// the custom roles. Under each suggestion, as child rows, its comment thread in the order
/// written (Change: the text, Author, State: the time); a child answers IsReplyRole (true),
/// IdRole and ThreadIdRole (its suggestion's), ReplyIdRole, AuthorRole and CreatedAtRole.
///
/// Placement: the model places every pending suggestion on the text given to setArticle() /
/// setBodyText() with Anchoring::locate() (the text being edited, possibly unsaved), so a panel
/// or the preview can mark where each sits; one that does not fit there is shown orphaned. It
/// never moves stored anchors. Writes go through the use cases (NewsroomActions::suggest,
/// acceptSuggestions, rejectSuggestions), then the rows are read again (a reset). Lives on the
/// thread that owns the Database.
class SuggestionModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, AuthorColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 suggestion id
        KindRole, ///< QString: insert, delete, replace, format
        StateRole, ///< QString: open, orphaned (also an open one that does not fit the text shown), accepted, rejected
        AuthorRole, ///< QString
        CreatedAtRole, ///< QDateTime (UTC)
        QuoteRole, ///< QString: the text it changes (or follows, for an insertion)
        ProposedRole, ///< QString: the proposed text, plain (insert, replace)
        ProposedHtmlRole, ///< QString: the proposed canonical-HTML fragment
        StartRole, ///< qint64 UTF-16 offset where it sits in the text shown, -1 if orphaned or decided
        EndRole, ///< qint64 exclusive end, -1 likewise
        OrphanedRole, ///< bool: pending, and its text is not in the text shown
        PendingRole, ///< bool: open or orphaned (can be accepted or rejected)
        GroupRole, ///< qint64: the gesture's group (0: alone)
        ThreadIdRole, ///< qint64: its comment thread (0: none)
        ResolverRole, ///< QString: who accepted or rejected it
        IsReplyRole, ///< bool: a message of a suggestion's thread (a child row)
        ReplyIdRole, ///< qint64: that message's annotation id (0 on a suggestion row)
    };
    Q_ENUM(Role)

    enum class Filter { Pending, Decided, All };
    Q_ENUM(Filter)

    explicit SuggestionModel(Database &database, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows the suggestions of article \a articleId placed on \a bodyText. 0 clears the model.
    void setArticle(qint64 articleId, const QString &bodyText);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    /// Places the pending suggestions again on changed text (rows may reorder; a layout change).
    void setBodyText(const QString &bodyText);
    /// Reads the suggestions again from the database (a reset).
    void refresh();

    [[nodiscard]] Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    /// Suggestions of the current article passing \a filter (whatever the current filter).
    [[nodiscard]] int count(Filter filter) const;

    /// Suggests a change to [start, end) of \a article's stored text (NewsroomActions::suggest).
    /// Returns the new id, or 0 on failure (errorString()).
    /// A Format suggestion takes \a formatBefore and \a formatAfter (Suggestion's tag lists).
    qint64 suggest(const Article &article, SuggestionKind kind, qint64 start, qint64 end, const QString &proposedHtml,
        const QString &author, const QString &formatBefore = {}, const QString &formatAfter = {});
    /// Accepts suggestions \a ids as \a editor (NewsroomActions::acceptSuggestions): on success
    /// the article as saved (the caller shows it: its text changed), nullopt with errorString().
    std::optional<Article> accept(const QList<qint64> &ids, const QString &editor);
    /// Rejects suggestions \a ids as \a editor.
    bool reject(const QList<qint64> &ids, const QString &editor);

    /// Adds \a body by \a author to the thread of suggestion \a suggestionId (starting it on
    /// the first reply; NewsroomActions::replyToSuggestion), then reads the rows again. Returns
    /// the reply's id, or 0 on failure (errorString()).
    qint64 reply(qint64 suggestionId, const QString &body, const QString &author);

    /// The row of suggestion \a id (column 0), invalid when filtered out.
    [[nodiscard]] QModelIndex indexOf(qint64 id) const;
    /// The pending suggestion whose placed range contains text position \a position (an
    /// insertion: ends at it), or 0: what clicking a mark selects.
    [[nodiscard]] qint64 suggestionAt(qint64 position) const;
    /// The pending suggestions placed on the text whose anchor overlaps [\a start, \a end) of
    /// it (an insertion's anchor is the character it follows), whatever the filter, in text
    /// order, with the other pending suggestions of their groups (one gesture is decided whole):
    /// what "Accept Suggestions in Selection" decides. Orphaned ones are not in any range.
    [[nodiscard]] QList<qint64> pendingOverlapping(qint64 start, qint64 end) const;
    /// Every suggestion of the article, whatever the filter, in display order.
    [[nodiscard]] QList<Suggestion> suggestions() const;

    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    /// The pending/decided counts changed.
    void countsChanged();

private:
    struct Entry {
        Suggestion data;
        AnchorMatch placement;
        QList<Annotation> thread; ///< its comment thread, root first (empty: none)
    };

    [[nodiscard]] bool passes(const Entry &entry) const;
    [[nodiscard]] QVariant replyData(const Entry &entry, const Annotation &message, int column, int role) const;
    [[nodiscard]] static QString describe(const Suggestion &suggestion);
    void place();
    void rebuildVisible();

    Database &m_database;
    qint64 m_articleId = 0;
    QString m_bodyText;
    Filter m_filter = Filter::All;
    QList<Entry> m_entries; ///< every suggestion of the article, in display order
    QList<qsizetype> m_visible; ///< indexes into m_entries passing the filter
    QString m_error;
};

} // namespace galley
