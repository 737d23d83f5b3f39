// The suggestion use cases of NewsroomActions (declared in newsroomactions.h).
#include "storage/newsroomactions.h"

#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "document/sanitizer.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace galley::NewsroomActions {

namespace {

/// \a text escaped as canonical HTML escapes text (& < >).
QString escapedText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return escaped;
}

/// \a fragment as stored: sanitized inline HTML (the inside of one canonical paragraph), with
/// its plain text in \a text; empty with \a error set when it is not inline text on one line.
/// The spaces at its ends are kept (an insertion after a word starts with one).
QString inlineFragment(const QString &fragment, QString *text, QString *error)
{
    const auto tooMuch = [error] {
        *error = QCoreApplication::translate(
            "galley::NewsroomActions", "A suggestion proposes text on one line: no paragraphs, line breaks or images.");
        return QString();
    };
    const auto empty = [error] {
        *error = QCoreApplication::translate("galley::NewsroomActions", "The proposed text is empty.");
        return QString();
    };
    if (!fragment.contains(QLatin1Char('<'))) {
        // Text without tags (entities decoded by the canonical parser), stored escaped.
        const QString plain = CanonicalHtml::toPlainText(QStringLiteral("<p>") + fragment + QStringLiteral("</p>\n"));
        if (plain.contains(QLatin1Char('\n')) || plain.contains(QChar::ObjectReplacementCharacter))
            return tooMuch();
        if (plain.trimmed().isEmpty())
            return empty();
        *text = plain;
        return escapedText(plain);
    }
    const QString html = Sanitizer::sanitize(QStringLiteral("<p>") + fragment + QStringLiteral("</p>"));
    const QString plain = CanonicalHtml::toPlainText(html);
    if (plain.trimmed().isEmpty())
        return empty();
    if (!html.startsWith(QLatin1String("<p>")) || !html.endsWith(QLatin1String("</p>\n"))
        || html.count(QLatin1Char('\n')) != 1 || plain.contains(QLatin1Char('\n'))
        || plain.contains(QChar::ObjectReplacementCharacter))
        return tooMuch();
    qsizetype lead = 0;
    while (lead < fragment.size() && fragment.at(lead) == QLatin1Char(' '))
        ++lead;
    qsizetype trail = 0;
    while (trail < fragment.size() - lead && fragment.at(fragment.size() - 1 - trail) == QLatin1Char(' '))
        ++trail;
    const QString inner = html.mid(3, html.size() - 3 - 5);
    *text = QString(lead, QLatin1Char(' ')) + plain + QString(trail, QLatin1Char(' '));
    return QString(lead, QLatin1Char(' ')) + inner + QString(trail, QLatin1Char(' '));
}

struct PlacedEdit {
    qint64 id = 0;
    CanonicalHtml::TextEdit edit;
    bool format = false; ///< a change of formatting of [edit.start, edit.end), not of text
    QStringList add; ///< format: tags put on
    QStringList remove; ///< format: tags taken off
};

QStringList tagNames(const QString &tags)
{
    return tags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// The tags a format suggestion puts on and takes off.
std::pair<QStringList, QStringList> formatChange(const Suggestion &suggestion)
{
    const QStringList before = tagNames(suggestion.formatBefore);
    const QStringList after = tagNames(suggestion.formatAfter);
    QStringList add;
    QStringList remove;
    for (const QString &tag : after) {
        if (!before.contains(tag))
            add.append(tag);
    }
    for (const QString &tag : before) {
        if (!after.contains(tag))
            remove.append(tag);
    }
    return { add, remove };
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("galley::NewsroomActions", "“%1”").arg(text);
}

/// The edits \a suggestions make to \a bodyHtml (plain text \a bodyText), last first; false
/// with \a error naming the first that cannot be made.
bool placeEdits(const QString &bodyText, const QList<Suggestion> &suggestions, QList<PlacedEdit> *edits, QString *error)
{
    for (const Suggestion &suggestion : suggestions) {
        const AnchorMatch match = Anchoring::locate(suggestion.anchor, bodyText);
        if (match.isOrphaned()) {
            *error = QCoreApplication::translate(
                "galley::NewsroomActions", "Suggestion %1 no longer fits the text: %2 is not there any more.")
                         .arg(suggestion.id)
                         .arg(quoted(suggestion.anchor.quote));
            return false;
        }
        PlacedEdit placed;
        placed.id = suggestion.id;
        if (suggestion.kind == SuggestionKind::Format) {
            placed.format = true;
            std::tie(placed.add, placed.remove) = formatChange(suggestion);
        }
        placed.edit.start = suggestion.kind == SuggestionKind::Insert ? match.end : match.start;
        placed.edit.end = match.end;
        placed.edit.text = proposedText(suggestion);
        edits->append(placed);
    }
    std::sort(edits->begin(), edits->end(),
        [](const PlacedEdit &a, const PlacedEdit &b) { return a.edit.start > b.edit.start; });
    for (qsizetype i = 1; i < edits->size(); ++i) {
        const PlacedEdit &later = edits->at(i - 1);
        const PlacedEdit &earlier = edits->at(i);
        if (earlier.edit.end > later.edit.start
            || (earlier.edit.start == later.edit.start && earlier.edit.end == earlier.edit.start
                && later.edit.end == later.edit.start)) {
            *error = QCoreApplication::translate(
                "galley::NewsroomActions", "Suggestions %1 and %2 change the same text: accept one, then the other.")
                         .arg(std::min(earlier.id, later.id))
                         .arg(std::max(earlier.id, later.id));
            return false;
        }
    }
    return true;
}

/// \a bodyHtml with \a edits (last first) made; false with \a error naming the first that
/// crosses a paragraph or an image.
bool makeEdits(QString *bodyHtml, const QList<PlacedEdit> &edits, QString *error)
{
    for (const PlacedEdit &placed : edits) {
        if (placed.format) {
            const std::optional<QString> changed
                = CanonicalHtml::changeFormat(*bodyHtml, placed.edit.start, placed.edit.end, placed.add, placed.remove);
            if (!changed) {
                *error = QCoreApplication::translate("galley::NewsroomActions",
                    "Suggestion %1 asks for formatting Galley does not have (it has strong, em, u, s, sub and sup).")
                             .arg(placed.id);
                return false;
            }
            *bodyHtml = *changed;
            continue;
        }
        int skipped = 0;
        const QString changed = CanonicalHtml::replaceText(*bodyHtml, { placed.edit }, &skipped);
        if (skipped != 0) {
            *error = QCoreApplication::translate("galley::NewsroomActions",
                "Suggestion %1 spans more than one paragraph or an image; make that change in the editor.")
                         .arg(placed.id);
            return false;
        }
        *bodyHtml = changed;
    }
    return true;
}

} // namespace

QString proposedText(const Suggestion &suggestion)
{
    if (suggestion.kind == SuggestionKind::Delete || suggestion.kind == SuggestionKind::Format)
        return {};
    return CanonicalHtml::toPlainText(QStringLiteral("<p>") + suggestion.proposedHtml + QStringLiteral("</p>\n"));
}

QString suggestionRevisionAuthor(const QString &editor, const QStringList &suggesters)
{
    QStringList others;
    for (const QString &name : suggesters) {
        if (!name.trimmed().isEmpty() && name != editor && !others.contains(name))
            others.append(name);
    }
    if (others.isEmpty())
        return editor;
    return QCoreApplication::translate(
        "galley::NewsroomActions", "%1 (suggested by %2)", "revision author: editor, reviewers")
        .arg(editor, others.join(QCoreApplication::translate("galley::NewsroomActions", ", ", "between names")));
}

SuggestOutcome suggest(
    Database &database, const Article &article, QList<Suggestion> &suggestions, const QString &historyNote)
{
    SuggestOutcome outcome;
    if (suggestions.isEmpty()) {
        outcome.error = QCoreApplication::translate("galley::NewsroomActions", "There is nothing to suggest.");
        return outcome;
    }
    QList<Suggestion> stored = suggestions;
    for (Suggestion &suggestion : stored) {
        const TextAnchor &anchor = suggestion.anchor;
        if (anchor.quote.isEmpty() || anchor.start < 0 || anchor.end > article.bodyText.size()
            || article.bodyText.mid(anchor.start, anchor.end - anchor.start) != anchor.quote) {
            outcome.error = QCoreApplication::translate(
                "galley::NewsroomActions", "The suggestion is not anchored on the text of “%1” as stored.")
                                .arg(article.title);
            return outcome;
        }
        if (suggestion.kind == SuggestionKind::Format) {
            const auto [add, remove] = formatChange(suggestion);
            if (!CanonicalHtml::changeFormat(article.bodyHtml, anchor.start, anchor.end, add, remove)) {
                outcome.error = QCoreApplication::translate("galley::NewsroomActions",
                    "A formatting suggestion names tags Galley has: strong, em, u, s, sub, sup.");
                return outcome;
            }
        }
        if (suggestion.kind == SuggestionKind::Insert || suggestion.kind == SuggestionKind::Replace) {
            QString text;
            suggestion.proposedHtml = inlineFragment(suggestion.proposedHtml, &text, &outcome.error);
            if (suggestion.proposedHtml.isEmpty())
                return outcome;
        } else {
            suggestion.proposedHtml.clear();
        }
    }

    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    const QString author = stored.first().author;
    RevisionRepository revisions(database);
    // The suggestion refers to this text: it must be in the history.
    const std::optional<int> revision = revisions.ensureRecorded(article, author,
        historyNote.isEmpty()
            ? QCoreApplication::translate("galley::NewsroomActions", "Text as %1 made suggestions on it").arg(author)
            : historyNote);
    if (!revision) {
        outcome.error = revisions.errorString();
        return outcome;
    }
    SuggestionRepository repository(database);
    for (Suggestion &suggestion : stored) {
        suggestion.articleId = article.id;
        suggestion.baseVersion = article.version;
        suggestion.revisionNumber = *revision;
        suggestion.groupId = stored.size() > 1 ? stored.first().id : 0;
        if (!repository.create(suggestion)) {
            outcome.error = repository.errorString();
            return outcome;
        }
    }
    if (stored.size() > 1) {
        stored.first().groupId = stored.first().id;
        if (!repository.setGroup(stored.first().id, stored.first().id)) {
            outcome.error = repository.errorString();
            return outcome;
        }
    }
    if (!transaction.commit()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    suggestions = stored;
    outcome.ok = true;
    outcome.revision = *revision;
    return outcome;
}

SuggestOutcome suggest(Database &database, const Article &article, Suggestion &suggestion, const QString &historyNote)
{
    QList<Suggestion> one { suggestion };
    const SuggestOutcome outcome = suggest(database, article, one, historyNote);
    if (outcome.ok)
        suggestion = one.first();
    return outcome;
}

namespace {

/// The pending suggestions \a ids, all of one article; false with \a error otherwise.
bool loadPending(SuggestionRepository &repository, const QList<qint64> &ids, QList<Suggestion> *found, QString *error)
{
    if (ids.isEmpty()) {
        *error = QCoreApplication::translate("galley::NewsroomActions", "No suggestion was named.");
        return false;
    }
    for (qint64 id : ids) {
        const std::optional<Suggestion> suggestion = repository.load(id);
        if (!suggestion) {
            *error = repository.errorString().isEmpty()
                ? QCoreApplication::translate("galley::NewsroomActions", "There is no suggestion with id %1.").arg(id)
                : repository.errorString();
            return false;
        }
        if (!suggestion->isPending()) {
            *error = QCoreApplication::translate("galley::NewsroomActions", "Suggestion %1 is already %2 (by %3).")
                         .arg(id)
                         .arg(suggestion->state == SuggestionState::Accepted
                                 ? QCoreApplication::translate("galley::NewsroomActions", "accepted")
                                 : QCoreApplication::translate("galley::NewsroomActions", "rejected"))
                         .arg(suggestion->resolver);
            return false;
        }
        if (!found->isEmpty() && found->first().articleId != suggestion->articleId) {
            *error = QCoreApplication::translate("galley::NewsroomActions",
                "Suggestions %1 and %2 are on different articles: resolve them one article at a time.")
                         .arg(found->first().id)
                         .arg(id);
            return false;
        }
        if (std::none_of(found->cbegin(), found->cend(), [id](const Suggestion &s) { return s.id == id; }))
            found->append(*suggestion);
    }
    return true;
}

} // namespace

ResolveOutcome acceptSuggestions(
    Database &database, const QList<qint64> &ids, const QString &editor, const QString &note)
{
    ResolveOutcome outcome;
    if (editor.trimmed().isEmpty()) {
        outcome.error
            = QCoreApplication::translate("galley::NewsroomActions", "Accepting a suggestion needs the editor's name.");
        return outcome;
    }
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    SuggestionRepository repository(database);
    QList<Suggestion> accepted;
    if (!loadPending(repository, ids, &accepted, &outcome.error))
        return outcome;
    ArticleRepository articles(database);
    std::optional<Article> article = articles.load(accepted.first().articleId);
    if (!article || article->isInTrash()) {
        outcome.error = article ? QCoreApplication::translate("galley::NewsroomActions", "Article %1 is in the trash.")
                                      .arg(accepted.first().articleId)
                                : articles.errorString();
        return outcome;
    }
    QList<PlacedEdit> edits;
    QString bodyHtml = article->bodyHtml;
    if (!placeEdits(article->bodyText, accepted, &edits, &outcome.error)
        || !makeEdits(&bodyHtml, edits, &outcome.error))
        return outcome;

    // Resolved first, so that the save re-anchors only the others.
    QStringList suggesters;
    for (const Suggestion &suggestion : std::as_const(accepted)) {
        suggesters.append(suggestion.author);
        if (!repository.resolve(suggestion.id, SuggestionState::Accepted, editor)) {
            outcome.error = repository.errorString();
            return outcome;
        }
    }
    Article changed = *article;
    changed.bodyHtml = bodyHtml;
    QString revisionNote = note;
    if (revisionNote.isEmpty()) {
        revisionNote = accepted.size() == 1
            ? QCoreApplication::translate("galley::NewsroomActions", "Accepted suggestion %1").arg(accepted.first().id)
            : QCoreApplication::translate(
                "galley::NewsroomActions", "Accepted %n suggestions", nullptr, int(accepted.size()));
    }
    const SaveOutcome saved
        = save(database, changed, RevisionKind::Save, suggestionRevisionAuthor(editor, suggesters), revisionNote);
    if (saved.result != ArticleRepository::SaveResult::Saved) {
        outcome.error = saved.result == ArticleRepository::SaveResult::Conflict ? QCoreApplication::translate(
                            "galley::NewsroomActions", "“%1” was saved by someone else meanwhile: try again.")
                                                                                      .arg(article->title)
                                                                                : saved.error;
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    outcome.ok = true;
    outcome.revision = saved.revision;
    outcome.article = changed;
    return outcome;
}

ResolveOutcome rejectSuggestions(Database &database, const QList<qint64> &ids, const QString &editor)
{
    ResolveOutcome outcome;
    if (editor.trimmed().isEmpty()) {
        outcome.error
            = QCoreApplication::translate("galley::NewsroomActions", "Rejecting a suggestion needs the editor's name.");
        return outcome;
    }
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    SuggestionRepository repository(database);
    QList<Suggestion> rejected;
    if (!loadPending(repository, ids, &rejected, &outcome.error))
        return outcome;
    for (const Suggestion &suggestion : std::as_const(rejected)) {
        if (!repository.resolve(suggestion.id, SuggestionState::Rejected, editor)) {
            outcome.error = repository.errorString();
            return outcome;
        }
    }
    if (!transaction.commit()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

std::optional<QString> applySuggestions(const QString &bodyHtml, const QList<Suggestion> &suggestions, QString *error)
{
    QString ignored;
    QString *reason = error ? error : &ignored;
    QList<PlacedEdit> edits;
    QString result = bodyHtml;
    if (!placeEdits(CanonicalHtml::toPlainText(bodyHtml), suggestions, &edits, reason)
        || !makeEdits(&result, edits, reason))
        return std::nullopt;
    return result;
}

bool replyToSuggestion(Database &database, qint64 suggestionId, Annotation &reply, QString *error)
{
    QString ignored;
    QString *reason = error ? error : &ignored;
    // Two first replies at once on a team server: the one that links its thread second finds it
    // taken, rolls back and replies again, now into that thread; nobody's reply is lost.
    for (int attempt = 0; attempt < 3; ++attempt) {
        WriteTransaction transaction(database);
        if (!transaction.isActive()) {
            *reason = transaction.errorString();
            return false;
        }
        SuggestionRepository suggestions(database);
        const std::optional<Suggestion> suggestion = suggestions.load(suggestionId);
        if (!suggestion) {
            *reason = QCoreApplication::translate("galley::NewsroomActions", "There is no suggestion with id %1.")
                          .arg(suggestionId);
            return false;
        }
        Annotation stored = reply;
        stored.articleId = suggestion->articleId;
        stored.parentId = suggestion->threadId;
        if (suggestion->threadId == 0) {
            stored.anchor = suggestion->anchor;
            stored.revisionNumber = suggestion->revisionNumber;
        }
        AnnotationRepository annotations(database);
        if (!annotations.create(stored)) {
            *reason = annotations.errorString();
            return false;
        }
        if (suggestion->threadId == 0) {
            const SuggestionRepository::ThreadStart started = suggestions.startThread(suggestionId, stored.id);
            if (started == SuggestionRepository::ThreadStart::Failed) {
                *reason = suggestions.errorString();
                return false;
            }
            if (started == SuggestionRepository::ThreadStart::TakenMeanwhile) {
                transaction.rollback();
                continue;
            }
        }
        if (!transaction.commit()) {
            *reason = transaction.errorString();
            return false;
        }
        reply = stored;
        return true;
    }
    *reason = QCoreApplication::translate("galley::NewsroomActions",
        "The reply to suggestion %1 was not stored: its discussion kept changing while it was written. Try again.")
                  .arg(suggestionId);
    return false;
}

} // namespace galley::NewsroomActions
