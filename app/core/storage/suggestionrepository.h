#pragma once

#include "model/suggestion.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

class Database;

/// Reads and writes suggestions (suggestions table) on one Database connection, on either
/// engine. Each write is one transaction, or joins the caller's WriteTransaction. The use cases
/// that apply or resolve them (suggest, accept, reject) are NewsroomActions'; this class only
/// stores.
///
/// Anchors are stored as made and moved only by reanchorAll(), which every caller that changes
/// an article's text runs (save, revise, restore, accept): a pending suggestion that cannot be
/// placed on the new text becomes Orphaned and keeps its stored quote (never dropped); one that
/// fits again is Open again. Accepted and rejected ones are never moved.
///
/// On a team server the server signs the rows (login, resolver_login) and refuses what the
/// login's role may not do (a reviewer resolving a suggestion): the call then fails with the
/// server's sentence in errorString().
class SuggestionRepository final
{
public:
    explicit SuggestionRepository(Database &database);

    /// Stores a new suggestion (state Open, unresolved). Fills id and createdAt (now, unless
    /// set). Needs an existing article, a non-empty anchor quote, and what its kind needs: a
    /// proposed fragment for Insert and Replace, none for Delete, a change of tags for Format.
    [[nodiscard]] bool create(Suggestion &suggestion);
    [[nodiscard]] std::optional<Suggestion> load(qint64 id) const;
    /// Every suggestion of the article, ordered by stored start offset, then id.
    [[nodiscard]] QList<Suggestion> list(qint64 articleId) const;
    /// The article's pending (open or orphaned) suggestions, in the same order.
    [[nodiscard]] QList<Suggestion> pending(qint64 articleId) const;

    /// Marks pending suggestion \a id Accepted or Rejected by \a resolver at \a at (now when
    /// invalid). False, saying why, when there is none or it is already resolved.
    [[nodiscard]] bool resolve(qint64 id, SuggestionState state, const QString &resolver, QDateTime at = {});
    /// Replaces the stored anchor of pending suggestion \a id, and its state (Open or Orphaned).
    [[nodiscard]] bool updateAnchor(qint64 id, const TextAnchor &anchor, int revisionNumber, SuggestionState state);
    /// Puts suggestion \a id into group \a groupId (the id of the gesture's first suggestion).
    [[nodiscard]] bool setGroup(qint64 id, qint64 groupId);
    /// What startThread() did.
    enum class ThreadStart { Started, TakenMeanwhile, Failed };
    /// Links \a threadId as the thread of suggestion \a id only while it has none: TakenMeanwhile
    /// (nothing written) when another writer's first reply linked one since it was read.
    [[nodiscard]] ThreadStart startThread(qint64 id, qint64 threadId);
    /// Deletes one suggestion (a reviewer withdrawing it).
    [[nodiscard]] bool remove(qint64 id);

    struct ReanchorSummary {
        int unchanged = 0; ///< still at their stored offsets
        int moved = 0; ///< found elsewhere or with small edits: anchor updated
        int orphaned = 0; ///< not found: state Orphaned, quote kept
        friend bool operator==(const ReanchorSummary &, const ReanchorSummary &) = default;
    };
    /// Places every pending suggestion of the article on \a bodyText (its new plain text, which
    /// became revision \a revisionNumber) and stores where they landed (with that revision
    /// number; one whose place and state did not change is not written), in one transaction.
    /// With \a skip, that suggestion is left alone (the one being accepted).
    [[nodiscard]] std::optional<ReanchorSummary> reanchorAll(
        qint64 articleId, const QString &bodyText, int revisionNumber, qint64 skip = 0);

    /// Number of open suggestions of one article (orphaned ones not counted).
    [[nodiscard]] int openCount(qint64 articleId) const;
    /// Open-suggestion counts of the given articles (articles without any are left out).
    [[nodiscard]] QHash<qint64, int> openCounts(const QList<qint64> &articleIds) const;

    /// Why the last call failed (one translated sentence or the database's message).
    [[nodiscard]] QString errorString() const;

private:
    [[nodiscard]] QList<Suggestion> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
