#pragma once

#include "document/articlemerge.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/revision.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"

#include <QString>

#include <optional>

namespace galley {

class Database;

/// The newsroom's use cases: each is one call and one transaction, on either engine, and the
/// GUI, the command line and the benchmark all call these same ones (so what is measured is
/// what an editor runs, and no caller can leave half of a change behind).
namespace NewsroomActions {

struct SaveOutcome {
    ArticleRepository::SaveResult result = ArticleRepository::SaveResult::Failed;
    std::optional<int> revision; ///< the revision that holds the saved text (on Saved)
    QString error; ///< why it was not Saved (one sentence)

    // saveMerging() only:
    bool merged = false; ///< on Saved: what was saved is the merge of mine with theirs
    /// On Conflict, and on Saved when merged: the newer stored article the save met.
    std::optional<Article> theirs;
    QString theirsAuthor; ///< who saved theirs (its revision's author), empty when unknown
    ArticleMerge merge; ///< on Conflict: what merges and what a person must choose
};

/// Saves \a article (version-checked; see ArticleRepository::save()) and records it in the
/// history as \a kind (an autosave is coalesced with the previous one, see RevisionPolicy) by
/// \a author, in one transaction: either both are stored or neither. On Saved \a article holds
/// the new version.
[[nodiscard]] SaveOutcome save(Database &database, Article &article, RevisionKind kind, const QString &author,
    const QString &note = {});

/// Saves \a article like save(), knowing \a base: the stored article the edit started from (as
/// loaded or last saved; article.version is base.version). When someone else saved meanwhile,
/// the two edits are merged three-way (ArticleMerge: base, \a article, the stored one); a clean
/// merge is saved on top of the stored version, in the same transaction, and recorded as a
/// named revision by \a author with a note naming the other author and version ("Merged with
/// 陈曲's version 7"); then \a article holds what was saved and the outcome says merged. When
/// the edits overlap, nothing is written: the outcome is Conflict with theirs, its author and
/// the merge, for a person to resolve (then save the resolved article with theirs as the base).
[[nodiscard]] SaveOutcome saveMerging(Database &database, Article &article, const Article &base, RevisionKind kind,
    const QString &author, const QString &note = {});

/// The revision note of a merge with \a theirsAuthor's \a version ("Merged with 陈曲's version 7"),
/// saying so when a person chose between overlapping edits.
[[nodiscard]] QString mergeNote(const QString &theirsAuthor, qint64 version, bool chosenByHand = false);

struct ReviseOutcome {
    bool ok = false;
    ArticleRepository::SaveResult result = ArticleRepository::SaveResult::Failed;
    int revision = 0; ///< the revision holding the updated text
    AnnotationRepository::ReanchorSummary annotations; ///< where the comments landed
    QString error;
};

/// Replaces \a article's text by a newer copy (a wire update): the text as it stood is kept in
/// the history first, then \a update's text and whatever it states about itself (title,
/// subtitle, summary, byline, source, editor, publish time, views, related items; empty ones
/// leave the field as it is) are saved over \a article (version-checked), recorded as an Update
/// revision with \a note, and every comment is re-anchored on the new text — in one
/// transaction. What only the newsroom knows (state, desk, tags, slug) stays. On success
/// \a article holds the saved article.
[[nodiscard]] ReviseOutcome reviseFromUpdate(Database &database, Article &article, const Article &update,
    const QString &author, const QString &note, const QString &beforeNote = {});

struct AnnotateOutcome {
    bool ok = false;
    int revision = 0; ///< the revision the comment was made on
    QString error;
};

/// Starts a comment thread on \a article (as stored: its text must be the stored one): the text
/// is recorded in the history if it is not there yet (a comment refers to a revision that is
/// never pruned), then \a root (anchor, author, body set by the caller) is stored with that
/// revision number — in one transaction. \a root.id is filled.
[[nodiscard]] AnnotateOutcome annotate(Database &database, const Article &article, Annotation &root,
    const QString &historyNote = {});

/// A reply to the thread \a reply.parentId belongs to; \a reply.id is filled.
[[nodiscard]] bool reply(Database &database, Annotation &reply, QString *error);
/// Resolves or reopens the thread \a id belongs to.
[[nodiscard]] bool setThreadState(Database &database, qint64 id, AnnotationState state, QString *error);

} // namespace NewsroomActions
} // namespace galley
