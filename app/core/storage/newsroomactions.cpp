#include "storage/newsroomactions.h"

#include "storage/database.h"
#include "storage/revisionrepository.h"

#include <QCoreApplication>

namespace galley::NewsroomActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::NewsroomActions", text);
}

/// Places the article's pending suggestions on its saved text (revision \a revision).
bool reanchorSuggestions(Database &database, const Article &saved, int revision, QString *error)
{
    SuggestionRepository suggestions(database);
    if (suggestions.reanchorAll(saved.id, saved.bodyText, revision))
        return true;
    *error = tr("The suggestions could not be placed on the saved text: %1").arg(suggestions.errorString());
    return false;
}

} // namespace

static SaveOutcome saveHere(
    Database &database, Article &article, RevisionKind kind, const QString &author, const QString &note)
{
    SaveOutcome outcome;
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    ArticleRepository articles(database);
    Article saved = article;
    outcome.result = articles.save(saved);
    if (outcome.result != ArticleRepository::SaveResult::Saved) {
        outcome.error = articles.errorString();
        return outcome;
    }
    RevisionRepository revisions(database);
    outcome.revision = revisions.record(saved, kind, author, note);
    if (!outcome.revision) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.error = tr("The history could not be recorded: %1").arg(revisions.errorString());
        return outcome;
    }
    if (!reanchorSuggestions(database, saved, *outcome.revision, &outcome.error)) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.revision.reset();
        outcome.error = transaction.errorString();
        return outcome;
    }
    article = saved;
    return outcome;
}

QString mergeNote(const QString &theirsAuthor, qint64 version, bool chosenByHand)
{
    if (theirsAuthor.trimmed().isEmpty()) {
        return chosenByHand ? tr("Merged with version %1, overlapping edits chosen by hand").arg(version)
                            : tr("Merged with version %1").arg(version);
    }
    return chosenByHand ? tr("Merged with %1's version %2, overlapping edits chosen by hand").arg(theirsAuthor).arg(version)
                        : tr("Merged with %1's version %2").arg(theirsAuthor).arg(version);
}

static SaveOutcome saveMergingHere(Database &database, Article &article, const Article &base, RevisionKind kind,
    const QString &author, const QString &note)
{
    SaveOutcome outcome;
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    ArticleRepository articles(database);
    RevisionRepository revisions(database);
    Article saved = article;
    QString revisionNote = note;
    RevisionKind revisionKind = kind;
    outcome.result = articles.save(saved);
    // On PostgreSQL another save can commit between reading theirs and writing the merge:
    // merge again with the newer one, a few times.
    for (int attempt = 0; attempt < 3 && outcome.result == ArticleRepository::SaveResult::Conflict; ++attempt) {
        outcome.theirs = articles.load(article.id);
        if (!outcome.theirs) {
            outcome.result = ArticleRepository::SaveResult::Failed;
            outcome.error = articles.errorString();
            return outcome;
        }
        outcome.theirsAuthor.clear();
        if (const std::optional<Revision> latest = revisions.latest(article.id);
            latest && latest->bodyHtml == outcome.theirs->bodyHtml && latest->title == outcome.theirs->title) {
            outcome.theirsAuthor = latest->author;
        }
        outcome.merge = ArticleMerge(base, article, *outcome.theirs);
        const std::optional<Article> merged = outcome.merge.merged();
        if (!merged) {
            outcome.error = tr("“%1” was changed elsewhere, in the same paragraphs.").arg(article.title);
            return outcome; // rolled back: nothing written
        }
        saved = *merged;
        revisionNote = mergeNote(outcome.theirsAuthor, outcome.theirs->version);
        revisionKind = RevisionKind::Save; // a merge is a named revision, never coalesced away
        outcome.merged = true;
        outcome.result = articles.save(saved);
    }
    if (outcome.result != ArticleRepository::SaveResult::Saved) {
        outcome.merged = false;
        outcome.error = articles.errorString();
        return outcome;
    }
    outcome.revision = revisions.record(saved, revisionKind, author, revisionNote);
    if (!outcome.revision) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.merged = false;
        outcome.error = tr("The history could not be recorded: %1").arg(revisions.errorString());
        return outcome;
    }
    if (!reanchorSuggestions(database, saved, *outcome.revision, &outcome.error)) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.merged = false;
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.merged = false;
        outcome.revision.reset();
        outcome.error = transaction.errorString();
        return outcome;
    }
    article = saved;
    return outcome;
}

static ReviseOutcome reviseHere(Database &database, Article &article, const Article &update, const QString &author,
    const QString &note, const QString &beforeNote)
{
    ReviseOutcome outcome;
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    RevisionRepository revisions(database);
    if (!revisions.ensureRecorded(article, QString(), beforeNote.isEmpty() ? tr("Text before the update") : beforeNote)) {
        outcome.error = revisions.errorString();
        return outcome;
    }
    Article revised = article;
    revised.bodyHtml = update.bodyHtml;
    const auto take = [](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            field = value;
    };
    take(revised.title, update.title);
    take(revised.subtitle, update.subtitle);
    take(revised.summary, update.summary);
    take(revised.byline, update.byline);
    take(revised.source, update.source);
    take(revised.editor, update.editor);
    take(revised.publishAt, update.publishAt);
    if (update.views)
        revised.views = update.views;
    if (!update.related.isEmpty())
        revised.related = update.related;

    ArticleRepository articles(database);
    outcome.result = articles.save(revised);
    if (outcome.result != ArticleRepository::SaveResult::Saved) {
        outcome.error = articles.errorString();
        return outcome;
    }
    const std::optional<int> revision = revisions.record(revised, RevisionKind::Update, author, note);
    if (!revision) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.error = revisions.errorString();
        return outcome;
    }
    AnnotationRepository annotations(database);
    const auto placed = annotations.reanchorAll(revised.id, revised.bodyText, *revision);
    if (!placed) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.error = annotations.errorString();
        return outcome;
    }
    SuggestionRepository suggestions(database);
    const auto suggestionsPlaced = suggestions.reanchorAll(revised.id, revised.bodyText, *revision);
    if (!suggestionsPlaced) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.error = suggestions.errorString();
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.result = ArticleRepository::SaveResult::Failed;
        outcome.error = transaction.errorString();
        return outcome;
    }
    outcome.ok = true;
    outcome.revision = *revision;
    outcome.annotations = *placed;
    outcome.suggestions = *suggestionsPlaced;
    article = revised;
    return outcome;
}

static AnnotateOutcome annotateHere(
    Database &database, const Article &article, Annotation &root, const QString &historyNote)
{
    AnnotateOutcome outcome;
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    RevisionRepository revisions(database);
    // The comment refers to this text: it must be in the history.
    const std::optional<int> revision = revisions.ensureRecorded(
        article, root.author, historyNote.isEmpty() ? tr("Text as annotated by %1").arg(root.author) : historyNote);
    if (!revision) {
        outcome.error = revisions.errorString();
        return outcome;
    }
    Annotation stored = root;
    stored.articleId = article.id;
    stored.parentId = 0;
    stored.revisionNumber = *revision;
    AnnotationRepository annotations(database);
    if (!annotations.create(stored)) {
        outcome.error = annotations.errorString();
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    root = stored;
    outcome.ok = true;
    outcome.revision = *revision;
    return outcome;
}

bool reply(Database &database, Annotation &reply, QString *error)
{
    AnnotationRepository annotations(database);
    if (annotations.create(reply))
        return true;
    if (error)
        *error = database.failureText(annotations.errorString());
    return false;
}

bool setThreadState(Database &database, qint64 id, AnnotationState state, QString *error)
{
    AnnotationRepository annotations(database);
    if (annotations.setState(id, state))
        return true;
    if (error)
        *error = database.failureText(annotations.errorString());
    return false;
}

// The use cases as called: when the storage itself failed (a full disk, an I/O error, a lost
// server), the error names the newsroom and says that nothing was saved.

SaveOutcome save(Database &database, Article &article, RevisionKind kind, const QString &author, const QString &note)
{
    SaveOutcome outcome = saveHere(database, article, kind, author, note);
    outcome.error = database.failureText(outcome.error);
    return outcome;
}

SaveOutcome saveMerging(Database &database, Article &article, const Article &base, RevisionKind kind,
    const QString &author, const QString &note)
{
    SaveOutcome outcome = saveMergingHere(database, article, base, kind, author, note);
    outcome.error = database.failureText(outcome.error);
    return outcome;
}

ReviseOutcome reviseFromUpdate(Database &database, Article &article, const Article &update, const QString &author,
    const QString &note, const QString &beforeNote)
{
    ReviseOutcome outcome = reviseHere(database, article, update, author, note, beforeNote);
    outcome.error = database.failureText(outcome.error);
    return outcome;
}

AnnotateOutcome annotate(Database &database, const Article &article, Annotation &root, const QString &historyNote)
{
    AnnotateOutcome outcome = annotateHere(database, article, root, historyNote);
    outcome.error = database.failureText(outcome.error);
    return outcome;
}

} // namespace galley::NewsroomActions
