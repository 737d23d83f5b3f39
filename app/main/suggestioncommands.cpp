#include "suggestioncommands.h"

#include "cli.h"
#include "reviewcli.h"

#include "document/anchoring.h"
#include "model/suggestion.h"
#include "storage/annotationrepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/suggestionrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace galley {

namespace {

/// Translation context of the suggestion commands' messages.
class SuggestionCli
{
    Q_DECLARE_TR_FUNCTIONS(galley::SuggestionCli)
};

/// \a thread: the messages of its discussion, oldest first (listed as "replies").
QJsonObject suggestionJson(const Suggestion &suggestion, const AnchorMatch &match, const QString &bodyText,
    const QList<Annotation> &thread = {})
{
    QJsonObject anchor;
    if (suggestion.isResolved())
        anchor = QJsonObject { { QStringLiteral("state"), QStringLiteral("resolved") } };
    else
        anchor = reviewcli::anchorJson(match, suggestion.anchor, bodyText);
    const QString proposed = NewsroomActions::proposedText(suggestion);
    QJsonObject object {
        { QStringLiteral("id"), reviewcli::number(suggestion.id) },
        { QStringLiteral("article_id"), reviewcli::number(suggestion.articleId) },
        // What the reader of the text sees: an open one whose text is gone is orphaned.
        { QStringLiteral("state"),
            suggestion.isPending() && match.isOrphaned() ? suggestionStateKey(SuggestionState::Orphaned)
                                                         : suggestionStateKey(suggestion.state) },
        { QStringLiteral("kind"), suggestionKindKey(suggestion.kind) },
        { QStringLiteral("author"), suggestion.author },
        { QStringLiteral("created_at"), reviewcli::utcText(suggestion.createdAt) },
        { QStringLiteral("text"), suggestion.anchor.quote },
        { QStringLiteral("proposed"), proposed },
        { QStringLiteral("proposed_html"), suggestion.proposedHtml },
        { QStringLiteral("group"), reviewcli::number(suggestion.groupId) },
        { QStringLiteral("revision"), suggestion.revisionNumber },
        { QStringLiteral("base_version"), reviewcli::number(suggestion.baseVersion) },
        { QStringLiteral("anchor"), anchor },
        { QStringLiteral("resolver"), suggestion.resolver },
        { QStringLiteral("resolved_at"), reviewcli::utcText(suggestion.resolvedAt) },
        { QStringLiteral("thread"), reviewcli::number(suggestion.threadId) },
    };
    if (suggestion.kind == SuggestionKind::Format) {
        object.insert(QStringLiteral("format_before"), suggestion.formatBefore);
        object.insert(QStringLiteral("format_after"), suggestion.formatAfter);
    }
    QJsonArray replies;
    for (const Annotation &message : thread) {
        replies.append(QJsonObject { { QStringLiteral("id"), reviewcli::number(message.id) },
            { QStringLiteral("author"), message.author }, { QStringLiteral("body"), message.body },
            { QStringLiteral("created_at"), reviewcli::utcText(message.createdAt) } });
    }
    object.insert(QStringLiteral("replies"), replies);
    if (!suggestion.login.isEmpty())
        object.insert(QStringLiteral("login"), suggestion.login);
    if (!suggestion.resolverLogin.isEmpty())
        object.insert(QStringLiteral("resolver_login"), suggestion.resolverLogin);
    return object;
}

int runSuggest(const QStringList &arguments)
{
    reviewcli::Command command(SuggestionCli::tr(
        "Suggests a change to the Nth occurrence of a passage of an article's text (replace it, delete it, or "
        "insert text after it) for an editor to accept or reject; prints the suggestion as JSON."));
    command.add(QStringLiteral("id"), SuggestionCli::tr("Article id."), SuggestionCli::tr("ID"));
    command.add(
        QStringLiteral("quote"), SuggestionCli::tr("The passage, exactly as in the text."), SuggestionCli::tr("text"));
    command.add(QStringLiteral("occurrence"), SuggestionCli::tr("Which occurrence of the passage (default 1)."),
        SuggestionCli::tr("N"));
    command.add(
        QStringLiteral("replace"), SuggestionCli::tr("Replace the passage by this text."), SuggestionCli::tr("text"));
    command.add(QStringLiteral("delete"), SuggestionCli::tr("Delete the passage."));
    command.add(QStringLiteral("insert-after"), SuggestionCli::tr("Insert this text right after the passage."),
        SuggestionCli::tr("text"));
    command.add(QStringLiteral("author"), SuggestionCli::tr("Who suggests."), SuggestionCli::tr("name"));
    qint64 id = 0;
    if (!command.parse(arguments, { QStringLiteral("id"), QStringLiteral("quote"), QStringLiteral("author") })
        || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
    const QStringList ways { QStringLiteral("replace"), QStringLiteral("delete"), QStringLiteral("insert-after") };
    const qsizetype given
        = std::count_if(ways.cbegin(), ways.cend(), [&](const QString &way) { return command.isSet(way); });
    if (given != 1) {
        return reviewcli::fail(given == 0
                ? SuggestionCli::tr("one of --replace, --delete or --insert-after is required.")
                : SuggestionCli::tr("only one of --replace, --delete or --insert-after may be given."),
            reviewcli::Command::ExitUsageCode);
    }
    for (const QString &way : { QStringLiteral("replace"), QStringLiteral("insert-after") }) {
        if (!command.isSet(way))
            continue;
        const QString text = command.value(way);
        if (text.trimmed().isEmpty())
            return reviewcli::fail(
                SuggestionCli::tr("--%1 needs some text.").arg(way), reviewcli::Command::ExitUsageCode);
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator
                    || c == QChar::LineSeparator;
            }))
            return reviewcli::fail(
                SuggestionCli::tr("--%1: a suggestion proposes text on one line, without line breaks.").arg(way));
    }
    qint64 occurrence = 1;
    if (command.isSet(QStringLiteral("occurrence")) && !command.id(QStringLiteral("occurrence"), &occurrence))
        return command.exitCode();
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();

    // Stored text is NFC; a quote typed in another normalization must still be found.
    const QString quote = command.value(QStringLiteral("quote")).normalized(QString::NormalizationForm_C);
    const auto [start, end]
        = Anchoring::findOccurrence(article.bodyText, quote, int(std::min<qint64>(occurrence, INT_MAX)));
    if (start < 0) {
        const int count = Anchoring::countOccurrences(article.bodyText, quote);
        return reviewcli::fail(count == 0
                ? SuggestionCli::tr("--quote: \"%1\" is not in the text of article %2.").arg(quote).arg(id)
                : SuggestionCli::tr("--occurrence: occurrence %1 of \"%2\" does not exist: article %3 has %4.")
                      .arg(occurrence)
                      .arg(quote)
                      .arg(id)
                      .arg(count));
    }

    Suggestion suggestion;
    suggestion.author = command.value(QStringLiteral("author"));
    suggestion.anchor = Anchoring::create(article.bodyText, start, end);
    if (command.isSet(QStringLiteral("delete"))) {
        suggestion.kind = SuggestionKind::Delete;
    } else {
        const bool replace = command.isSet(QStringLiteral("replace"));
        suggestion.kind = replace ? SuggestionKind::Replace : SuggestionKind::Insert;
        // Text, never markup: escaped before it becomes the proposed fragment.
        suggestion.proposedHtml = command.value(replace ? QStringLiteral("replace") : QStringLiteral("insert-after"))
                                      .normalized(QString::NormalizationForm_C)
                                      .toHtmlEscaped();
    }
    const NewsroomActions::SuggestOutcome outcome = NewsroomActions::suggest(command.database(), article, suggestion,
        SuggestionCli::tr("Text as %1 made suggestions on it").arg(suggestion.author));
    if (!outcome.ok)
        return reviewcli::fail(outcome.error);
    printJson(suggestionJson(suggestion, Anchoring::locate(suggestion.anchor, article.bodyText), article.bodyText));
    return 0;
}

int runSuggestions(const QStringList &arguments)
{
    reviewcli::Command command(SuggestionCli::tr(
        "Lists an article's suggestions in text order (orphaned, then decided ones last), one JSON object a line."));
    command.add(QStringLiteral("id"), SuggestionCli::tr("Article id."), SuggestionCli::tr("ID"));
    command.add(QStringLiteral("json"), SuggestionCli::tr("Print JSON lines (the only format)."));
    command.add(QStringLiteral("state"),
        SuggestionCli::tr("Only suggestions in this state: open, orphaned, accepted or rejected."),
        SuggestionCli::tr("state"));
    qint64 id = 0;
    if (!command.parse(arguments, { QStringLiteral("id") }) || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
    const QString state = command.value(QStringLiteral("state"));
    if (command.isSet(QStringLiteral("state")) && !suggestionStateFromKey(state))
        return reviewcli::fail(
            SuggestionCli::tr("--state must be open, orphaned, accepted or rejected, not \"%1\".").arg(state),
            reviewcli::Command::ExitUsageCode);
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();
    QString error;
    const QJsonArray all = suggestionsJson(command.database(), article, &error);
    if (!error.isEmpty())
        return reviewcli::fail(error);
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        if (state.isEmpty() || object.value(QStringLiteral("state")).toString() == state)
            printJson(object);
    }
    return 0;
}

int runResolve(const QStringList &arguments, bool accept)
{
    reviewcli::Command command(accept
            ? SuggestionCli::tr("Accepts suggestions: makes their changes to the text, saved as one revision named "
                                "after the editor and the reviewers (on a team server, an editor's or a chief's "
                                "login only).")
            : SuggestionCli::tr("Rejects suggestions; the text stays as it is (on a team server, an editor's or a "
                                "chief's login only)."));
    command.add(
        QStringLiteral("suggestion"), SuggestionCli::tr("Suggestion id (repeat for several)."), SuggestionCli::tr("N"));
    command.add(QStringLiteral("author"),
        accept ? SuggestionCli::tr("Who accepts.") : SuggestionCli::tr("Who rejects."), SuggestionCli::tr("name"));
    if (accept)
        command.add(QStringLiteral("note"), SuggestionCli::tr("Note for the history."), SuggestionCli::tr("text"));
    if (!command.parse(arguments, { QStringLiteral("suggestion"), QStringLiteral("author") }))
        return command.exitCode();
    QList<qint64> ids;
    for (const QString &value : command.values(QStringLiteral("suggestion"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return reviewcli::fail(SuggestionCli::tr("--suggestion needs a positive number, not \"%1\".").arg(value),
                reviewcli::Command::ExitUsageCode);
        ids.append(id);
    }
    const QString author = command.value(QStringLiteral("author"));
    const NewsroomActions::ResolveOutcome outcome = accept
        ? NewsroomActions::acceptSuggestions(command.database(), ids, author, command.value(QStringLiteral("note")))
        : NewsroomActions::rejectSuggestions(command.database(), ids, author);
    if (!outcome.ok)
        return reviewcli::fail(outcome.error);
    QJsonArray resolved;
    for (qint64 id : ids)
        resolved.append(reviewcli::number(id));
    QJsonObject result { { QStringLiteral("suggestions"), resolved },
        { QStringLiteral("state"),
            suggestionStateKey(accept ? SuggestionState::Accepted : SuggestionState::Rejected) } };
    if (outcome.article) {
        result.insert(QStringLiteral("article_id"), reviewcli::number(outcome.article->id));
        result.insert(QStringLiteral("version"), reviewcli::number(outcome.article->version));
    }
    if (outcome.revision)
        result.insert(QStringLiteral("revision"), *outcome.revision);
    printJson(result);
    return 0;
}

} // namespace

int runSuggestCommand(const QStringList &arguments)
{
    return runSuggest(arguments);
}

int runSuggestionsCommand(const QStringList &arguments)
{
    return runSuggestions(arguments);
}

int runAcceptCommand(const QStringList &arguments)
{
    return runResolve(arguments, true);
}

int runRejectCommand(const QStringList &arguments)
{
    return runResolve(arguments, false);
}

QJsonArray suggestionsJson(Database &database, const Article &article, QString *error)
{
    SuggestionRepository repository(database);
    const QList<Suggestion> all = repository.list(article.id);
    if (error)
        *error = repository.errorString();
    QList<std::pair<AnchorMatch, Suggestion>> placed;
    for (const Suggestion &suggestion : all)
        placed.append(
            { suggestion.isPending() ? Anchoring::locate(suggestion.anchor, article.bodyText) : AnchorMatch {},
                suggestion });
    // Anchored ones in text order, then orphans, then the decided ones (oldest first).
    const auto rank = [](const std::pair<AnchorMatch, Suggestion> &entry) {
        return entry.second.isResolved() ? 2 : entry.first.isOrphaned() ? 1 : 0;
    };
    std::stable_sort(placed.begin(), placed.end(), [&rank](const auto &a, const auto &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return rank(a) == 0 ? a.first.start < b.first.start : a.second.id < b.second.id;
    });
    QHash<qint64, QList<Annotation>> threads;
    if (std::any_of(all.cbegin(), all.cend(), [](const Suggestion &suggestion) { return suggestion.threadId != 0; })) {
        AnnotationRepository annotations(database);
        for (const AnnotationThread &thread : annotations.threads(article.id))
            threads.insert(thread.id(), QList<Annotation> { thread.root } + thread.replies);
        if (error && error->isEmpty())
            *error = annotations.errorString();
    }
    QJsonArray array;
    for (const auto &[match, suggestion] : placed)
        array.append(suggestionJson(suggestion, match, article.bodyText, threads.value(suggestion.threadId)));
    return array;
}

} // namespace galley
