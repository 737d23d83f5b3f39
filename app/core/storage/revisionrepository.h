#pragma once

#include "model/article.h"
#include "model/revision.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <chrono>
#include <optional>

namespace galley {

class Database;

/// How much history an article keeps.
struct RevisionPolicy {
    /// Autosaves by the same author within this time of the autosave revision they would
    /// follow update it in place: continuous typing yields at most one revision per window.
    std::chrono::seconds coalesceWindow { std::chrono::minutes(5) };
    /// Unnamed (autosave) revisions kept per article; older ones are pruned. Named revisions,
    /// the newest revision and revisions an annotation was made on are never pruned.
    int keptAutosaves = 30;
};

/// An article's history (revisions table) on one Database connection. Every write is one
/// transaction, or joins the caller's WriteTransaction.
///
/// Rules: an explicit save, a workflow transition, a restore and an update from a newer copy
/// each make a named revision, kept forever. Autosaves make unnamed revisions, coalesced (see
/// RevisionPolicy) and pruned; an explicit save right after an autosave of the same text turns
/// that autosave into the named revision instead of adding a copy. Numbers grow by one per
/// article and are never reused, so gaps show where autosaves were pruned.
class RevisionRepository final
{
public:
    explicit RevisionRepository(Database &database, RevisionPolicy policy = {});

    /// Records \a article's title, body and status as \a kind, by \a author, at \a at (now when
    /// invalid; tests pass a time). Returns the number of the revision that now holds the text,
    /// or nullopt on failure.
    [[nodiscard]] std::optional<int> record(const Article &article, RevisionKind kind, const QString &author,
        const QString &note = {}, const QDateTime &at = {});
    /// The number of a revision holding exactly \a article's title and body: the newest one if it
    /// does, otherwise a new named revision (\a note says why). Used before the text is replaced
    /// or annotated, so the text as it stood is never lost.
    [[nodiscard]] std::optional<int> ensureRecorded(const Article &article, const QString &author, const QString &note);

    /// The article's revisions, oldest first, without their bodies (bodyHtml is empty;
    /// characterCount is filled).
    [[nodiscard]] QList<Revision> list(qint64 articleId) const;
    /// One revision with its body.
    [[nodiscard]] std::optional<Revision> load(qint64 articleId, int number) const;
    [[nodiscard]] std::optional<Revision> latest(qint64 articleId) const;
    [[nodiscard]] int count(qint64 articleId) const;

    /// Deletes the autosaves beyond the policy; returns how many went.
    [[nodiscard]] std::optional<int> prune(qint64 articleId);

    enum class RestoreResult { Restored, Conflict, NotFound, Failed };
    /// Makes revision \a number the current text again: \a article is the copy the caller holds
    /// (its version is checked, so newer stored work is never replaced silently: Conflict). If
    /// that copy's text is not in the history yet, it is recorded first; then the old title and
    /// body are saved through ArticleRepository::save() and recorded as a new named revision,
    /// and the annotations and pending suggestions are placed on the restored text — all in one transaction. On Restored
    /// \a article holds the saved article and \a newNumber the new revision's number.
    [[nodiscard]] RestoreResult restore(Article &article, int number, const QString &author, int *newNumber = nullptr);

    /// Why the last call failed (one translated sentence or the database's message).
    [[nodiscard]] QString errorString() const;

    [[nodiscard]] const RevisionPolicy &policy() const { return m_policy; }

    /// Team server: waits for the article's turn, which ends with the transaction. Every write
    /// transaction that changes an article or its history takes it before its first such write
    /// (ArticleRepository's saves, revision numbers), so two desks' transactions on one article
    /// queue in one order instead of deadlocking (a save holding the row and waiting for the
    /// history, a comment holding the history and checking the row). Nothing on a file, where
    /// a write transaction holds the whole database. False with \a error when it failed.
    [[nodiscard]] static bool takeArticleTurn(Database &database, qint64 articleId, QString *error);

private:
    [[nodiscard]] std::optional<int> insert(
        const Article &article, bool named, const QString &author, const QString &note, const QDateTime &at);
    [[nodiscard]] std::optional<Revision> newest(qint64 articleId) const; ///< latest() without counting
    [[nodiscard]] std::optional<Revision> loadOne(
        qint64 articleId, const QString &where, const QVariantList &binds) const;

    Database &m_database;
    RevisionPolicy m_policy;
    mutable QString m_error;
};

} // namespace galley
