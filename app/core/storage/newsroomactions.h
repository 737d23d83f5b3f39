#pragma once

#include "document/articlemerge.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/revision.h"
#include "model/suggestion.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/suggestionrepository.h"

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
/// the new version. Pending suggestions are re-anchored on the saved text in the same
/// transaction (those that no longer fit become orphaned). saveMerging() does the same.
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
    SuggestionRepository::ReanchorSummary suggestions; ///< where the pending suggestions landed
    QString error;
};

/// Replaces \a article's text by a newer copy (a wire update): the text as it stood is kept in
/// the history first, then \a update's text and whatever it states about itself (title,
/// subtitle, summary, byline, source, editor, publish time, views, related items; empty ones
/// leave the field as it is) are saved over \a article (version-checked), recorded as an Update
/// revision with \a note, and every comment and pending suggestion is re-anchored on the new text — in one
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

// ---- suggestions (issue #13) ------------------------------------------------------------------

struct SuggestOutcome {
    bool ok = false;
    int revision = 0; ///< the revision the suggestions were made on
    QString error;
};

/// Stores a reviewer's suggestions on \a article (as stored: its text must be the stored one),
/// made in one gesture: the text is recorded in the history if it is not there yet, then each
/// suggestion (kind, anchor on article.bodyText, proposedHtml or format change, author set by
/// the caller) is stored with that revision number and the article's version as its base; when
/// there are several they share one group (the first one's id) — in one transaction. The
/// proposed fragment is sanitized (untrusted: what survives is canonical inline HTML) and must
/// be inline text on one line. Fills each suggestion's id, group, times and login.
[[nodiscard]] SuggestOutcome suggest(
    Database &database, const Article &article, QList<Suggestion> &suggestions, const QString &historyNote = {});
/// One suggestion on its own.
[[nodiscard]] SuggestOutcome suggest(
    Database &database, const Article &article, Suggestion &suggestion, const QString &historyNote = {});

/// The plain text \a suggestion puts into the article (its proposed fragment as text; empty for
/// a deletion or a format change): what the panel, the command line and accepting show.
[[nodiscard]] QString proposedText(const Suggestion &suggestion);

struct ResolveOutcome {
    bool ok = false;
    /// accept: the revision that holds the applied changes, named after the editor and the
    /// suggesters (suggestionRevisionAuthor()); none for reject.
    std::optional<int> revision;
    std::optional<Article> article; ///< accept: the article as saved
    QString error; ///< why nothing was done (one sentence naming the suggestion)
};

/// Accepts the pending suggestions \a ids (of one article, not overlapping) as \a editor: each
/// is placed on the article's stored text (an orphaned one cannot be accepted), the changes are
/// made to the body (the new text takes the formatting of what it replaces; a format change puts
/// tags on or takes them off, CanonicalHtml::changeFormat()), the article is
/// saved through save() as a named revision by suggestionRevisionAuthor(editor, the suggesters)
/// — which re-anchors the remaining pending suggestions — and the suggestions are marked
/// accepted by \a editor; all in one transaction, or nothing on any failure. On a team server
/// only an editor or a chief may (the server refuses others).
[[nodiscard]] ResolveOutcome acceptSuggestions(
    Database &database, const QList<qint64> &ids, const QString &editor, const QString &note = {});
/// Rejects the pending suggestions \a ids as \a editor, in one transaction; the text is not
/// touched.
[[nodiscard]] ResolveOutcome rejectSuggestions(Database &database, const QList<qint64> &ids, const QString &editor);

/// The author of the revision that accepts suggestions: "陈思远 (suggested by 李华)", "陈思远
/// (suggested by 李华, 王芳)" (translated); just \a editor when \a suggesters are only the editor.
[[nodiscard]] QString suggestionRevisionAuthor(const QString &editor, const QStringList &suggesters);

/// \a bodyHtml with \a suggestions applied where locate() places them on its plain text (for
/// a preview of the text as it would read): nullopt with \a error naming the first one that
/// does not fit, overlaps another or cannot be applied there. Never stored, never exported.
[[nodiscard]] std::optional<QString> applySuggestions(
    const QString &bodyHtml, const QList<Suggestion> &suggestions, QString *error = nullptr);

/// A reply in the comment thread of suggestion \a suggestionId: the thread is started (an
/// annotation root on the suggestion's anchor, with \a reply's author and text, linked to the
/// suggestion) when it has none yet. \a reply.id and parentId are filled.
[[nodiscard]] bool replyToSuggestion(Database &database, qint64 suggestionId, Annotation &reply, QString *error);

} // namespace NewsroomActions
} // namespace galley
