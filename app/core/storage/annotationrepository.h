#pragma once

#include "model/annotation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

class Database;

/// Reads and writes review threads (annotations table) on one Database connection. Each write
/// is one transaction, or joins the caller's WriteTransaction.
///
/// A thread is its root annotation, which carries the anchor and the open/resolved state, and
/// its replies (parent_id = the root). Anchors are stored as made and moved only by
/// reanchorAll(), which the callers that replace an article's text run (revise, restore): an
/// annotation that cannot be placed on the new text keeps its stored quote, so it can be
/// listed as orphaned and is never dropped.
class AnnotationRepository final
{
public:
    explicit AnnotationRepository(Database &database);

    /// Stores a new thread root (parentId 0) or a reply. A reply to a reply joins the root of
    /// its thread. Fills id and createdAt (now, unless set). A root needs a non-empty quote and
    /// a reply an existing thread of the same article; the body must not be blank.
    [[nodiscard]] bool create(Annotation &annotation);
    [[nodiscard]] std::optional<Annotation> load(qint64 id) const;
    /// Every thread of the article with its replies (oldest first), threads ordered by their
    /// stored start offset, then by id.
    [[nodiscard]] QList<AnnotationThread> threads(qint64 articleId) const;
    /// The thread \a id belongs to (as root or reply).
    [[nodiscard]] std::optional<AnnotationThread> thread(qint64 id) const;

    /// Resolves or reopens the thread \a id belongs to. False when there is no such annotation.
    [[nodiscard]] bool setState(qint64 id, AnnotationState state);
    /// Deletes one annotation; deleting a root deletes its replies.
    [[nodiscard]] bool remove(qint64 id);
    /// Replaces the stored anchor of thread root \a id.
    [[nodiscard]] bool updateAnchor(qint64 id, const TextAnchor &anchor, int revisionNumber);

    struct ReanchorSummary {
        int unchanged = 0; ///< still at their stored offsets
        int moved = 0; ///< found elsewhere or with small edits: anchor updated
        int orphaned = 0; ///< not found: kept as they were
        friend bool operator==(const ReanchorSummary &, const ReanchorSummary &) = default;
    };
    /// Places every thread of the article on \a bodyText (its new plain text, which became
    /// revision \a revisionNumber) and stores where they landed, in one transaction.
    [[nodiscard]] std::optional<ReanchorSummary> reanchorAll(
        qint64 articleId, const QString &bodyText, int revisionNumber);

    /// Number of open threads of one article (a suggestion's discussion thread not counted).
    [[nodiscard]] int openThreadCount(qint64 articleId) const;
    /// Open-thread counts of the given articles (articles without any are left out).
    [[nodiscard]] QHash<qint64, int> openThreadCounts(const QList<qint64> &articleIds) const;

    /// Why the last call failed (one translated sentence or the database's message).
    [[nodiscard]] QString errorString() const;

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
