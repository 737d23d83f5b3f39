#include "reviewcommands.h"

#include "cli.h"
#include "reviewcli.h"

#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "document/textdiff.h"
#include "importing/importer.h"
#include "model/workflow.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"
#include "storage/suggestionrepository.h"
#include "storage/workflowrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>

namespace galley {

namespace {

using reviewcli::anchorJson;
using reviewcli::fail;
using reviewcli::number;
using reviewcli::ReviewCli;
using reviewcli::utcText;
using Command = reviewcli::Command;

// ---- threads ---------------------------------------------------------------------------------

int runAnnotate(const QStringList &arguments)
{
    Command command(ReviewCli::tr(
        "Anchors a comment on the Nth occurrence of a passage of an article's text; prints the new thread as JSON."));
    command.add(QStringLiteral("id"), ReviewCli::tr("Article id."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("quote"), ReviewCli::tr("The passage commented on, exactly as in the text."),
        ReviewCli::tr("text"));
    command.add(QStringLiteral("occurrence"), ReviewCli::tr("Which occurrence of the passage (default 1)."),
        ReviewCli::tr("N"));
    command.add(QStringLiteral("text"), ReviewCli::tr("The comment."), ReviewCli::tr("comment"));
    command.add(QStringLiteral("author"), ReviewCli::tr("Who comments."), ReviewCli::tr("name"));
    qint64 id = 0;
    if (!command.parse(arguments,
            { QStringLiteral("id"), QStringLiteral("quote"), QStringLiteral("text"), QStringLiteral("author") })
        || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
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
        return fail(count == 0 ? ReviewCli::tr("\"%1\" is not in the text of article %2.").arg(quote).arg(id)
                               : ReviewCli::tr("occurrence %1 of \"%2\" does not exist: article %3 has %4.")
                                     .arg(occurrence)
                                     .arg(quote)
                                     .arg(id)
                                     .arg(count));
    }

    const QString author = command.value(QStringLiteral("author"));
    Annotation root;
    root.author = author;
    root.body = command.value(QStringLiteral("text"));
    root.anchor = Anchoring::create(article.bodyText, start, end);
    const NewsroomActions::AnnotateOutcome annotated = NewsroomActions::annotate(
        command.database(), article, root, ReviewCli::tr("Text as annotated by %1").arg(author));
    if (!annotated.ok)
        return fail(annotated.error);
    const std::optional<int> revision = annotated.revision;
    printJson(QJsonObject { { QStringLiteral("id"), number(root.id) }, { QStringLiteral("article_id"), number(id) },
        { QStringLiteral("revision"), *revision },
        { QStringLiteral("anchor"),
            anchorJson(Anchoring::locate(root.anchor, article.bodyText), root.anchor, article.bodyText) } });
    return 0;
}

int runReply(const QStringList &arguments)
{
    Command command(ReviewCli::tr(
        "Adds a reply to a comment thread or to a suggestion's discussion; prints it as JSON."));
    command.add(
        QStringLiteral("thread"), ReviewCli::tr("Id of the thread (or of any comment in it)."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("suggestion"),
        ReviewCli::tr("Id of the suggestion to discuss instead (its thread starts with the first reply)."),
        ReviewCli::tr("N"));
    command.add(QStringLiteral("text"), ReviewCli::tr("The reply."), ReviewCli::tr("comment"));
    command.add(QStringLiteral("author"), ReviewCli::tr("Who replies."), ReviewCli::tr("name"));
    if (!command.parse(arguments, { QStringLiteral("text"), QStringLiteral("author") }))
        return command.exitCode();
    const bool toSuggestion = command.isSet(QStringLiteral("suggestion"));
    if (toSuggestion == command.isSet(QStringLiteral("thread")))
        return fail(toSuggestion ? ReviewCli::tr("only one of --thread or --suggestion may be given.")
                                 : ReviewCli::tr("--thread or --suggestion is required."),
            Command::ExitUsageCode);
    qint64 id = 0;
    if (!command.id(toSuggestion ? QStringLiteral("suggestion") : QStringLiteral("thread"), &id))
        return command.exitCode();
    Annotation reply;
    reply.author = command.value(QStringLiteral("author"));
    reply.body = command.value(QStringLiteral("text"));
    if (toSuggestion) {
        QString error;
        if (!NewsroomActions::replyToSuggestion(command.database(), id, reply, &error))
            return fail(error);
        printJson(QJsonObject { { QStringLiteral("id"), number(reply.id) },
            { QStringLiteral("thread"), number(reply.parentId ? reply.parentId : reply.id) },
            { QStringLiteral("suggestion"), number(id) }, { QStringLiteral("article_id"), number(reply.articleId) } });
        return 0;
    }
    AnnotationRepository annotations(command.database());
    const std::optional<Annotation> target = annotations.load(id);
    if (!target)
        return fail(ReviewCli::tr("there is no comment with id %1.").arg(id));
    reply.articleId = target->articleId;
    reply.parentId = id;
    if (!annotations.create(reply))
        return fail(annotations.errorString());
    printJson(
        QJsonObject { { QStringLiteral("id"), number(reply.id) }, { QStringLiteral("thread"), number(reply.parentId) },
            { QStringLiteral("article_id"), number(reply.articleId) } });
    return 0;
}

int runSetState(const QStringList &arguments, AnnotationState state)
{
    Command command(state == AnnotationState::Resolved
            ? ReviewCli::tr("Resolves a comment thread, optionally with a last reply.")
            : ReviewCli::tr("Reopens a resolved comment thread, optionally with a reply."));
    command.add(
        QStringLiteral("thread"), ReviewCli::tr("Id of the thread (or of any comment in it)."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("text"), ReviewCli::tr("A reply to add first."), ReviewCli::tr("comment"));
    command.add(QStringLiteral("author"), ReviewCli::tr("Who replies (with --text)."), ReviewCli::tr("name"));
    qint64 id = 0;
    if (!command.parse(arguments, { QStringLiteral("thread") }) || !command.id(QStringLiteral("thread"), &id))
        return command.exitCode();
    if (command.isSet(QStringLiteral("text")) && command.value(QStringLiteral("author")).trimmed().isEmpty())
        return fail(ReviewCli::tr("--text needs --author."), Command::ExitUsageCode);
    AnnotationRepository annotations(command.database());
    const std::optional<Annotation> target = annotations.load(id);
    if (!target)
        return fail(ReviewCli::tr("there is no comment with id %1.").arg(id));
    WriteTransaction transaction(command.database());
    if (!transaction.isActive())
        return fail(transaction.errorString());
    if (command.isSet(QStringLiteral("text"))) {
        Annotation reply;
        reply.articleId = target->articleId;
        reply.parentId = id;
        reply.author = command.value(QStringLiteral("author"));
        reply.body = command.value(QStringLiteral("text"));
        if (!annotations.create(reply))
            return fail(annotations.errorString());
    }
    if (!annotations.setState(id, state))
        return fail(annotations.errorString());
    if (!transaction.commit())
        return fail(transaction.errorString());
    printJson(QJsonObject { { QStringLiteral("thread"), number(target->isReply() ? target->parentId : target->id) },
        { QStringLiteral("state"), annotationStateKey(state) } });
    return 0;
}

// ---- the copy and its workflow ---------------------------------------------------------------

int runRevise(const QStringList &arguments)
{
    Command command(
        ReviewCli::tr("Replaces an article with an updated version of the same copy (any format import reads), "
                      "as a new revision, and places every comment and pending suggestion on the new text."));
    command.add(QStringLiteral("id"), ReviewCli::tr("Article id."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("from"), ReviewCli::tr("The updated copy (.txt, .html, .md)."), ReviewCli::tr("file"));
    command.add(QStringLiteral("note"), ReviewCli::tr("Note for the history."), ReviewCli::tr("text"));
    command.add(QStringLiteral("author"), ReviewCli::tr("Who revises."), ReviewCli::tr("name"));
    qint64 id = 0;
    if (!command.parse(arguments, { QStringLiteral("id"), QStringLiteral("from") })
        || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();
    const QString path = command.value(QStringLiteral("from"));
    const ImportResult imported = Importer::readFile(path);
    if (!imported.ok)
        return fail(imported.error);

    const QString author = command.value(QStringLiteral("author"));
    const QString fileName = QFileInfo(path).fileName();
    const QString note = command.isSet(QStringLiteral("note")) ? command.value(QStringLiteral("note"))
                                                               : ReviewCli::tr("Updated from %1").arg(fileName);
    // The newer copy brings its own text and whatever it states about itself; what only the
    // newsroom knows (state, desk, tags, slug) stays.
    Article revised = article;
    const NewsroomActions::ReviseOutcome outcome = NewsroomActions::reviseFromUpdate(command.database(), revised,
        imported.article, author, note, ReviewCli::tr("Text before the update from %1").arg(fileName));
    if (!outcome.ok)
        return fail(outcome.error);
    const std::optional<int> revision = outcome.revision;
    const auto placed = std::optional<AnnotationRepository::ReanchorSummary>(outcome.annotations);
    printJson(QJsonObject { { QStringLiteral("id"), number(id) }, { QStringLiteral("revision"), *revision },
        { QStringLiteral("version"), number(revised.version) },
        { QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("anchored"), placed->unchanged + placed->moved },
                { QStringLiteral("moved"), placed->moved }, { QStringLiteral("orphaned"), placed->orphaned } } },
        { QStringLiteral("suggestions"),
            QJsonObject { { QStringLiteral("anchored"), outcome.suggestions.unchanged + outcome.suggestions.moved },
                { QStringLiteral("moved"), outcome.suggestions.moved },
                { QStringLiteral("orphaned"), outcome.suggestions.orphaned } } } });
    return 0;
}

int runTransition(const QStringList &arguments)
{
    Command command(
        ReviewCli::tr("Moves an article through the workflow (draft, in_review, changes_requested, approved, "
                      "published, archived) as an editor, a reviewer or a chief (on a team server, as the login's "
                      "role)."));
    command.add(QStringLiteral("id"), ReviewCli::tr("Article id."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("to"), ReviewCli::tr("The new state."), ReviewCli::tr("state"));
    command.add(QStringLiteral("role"), ReviewCli::tr("editor, reviewer or chief."), ReviewCli::tr("role"));
    command.add(QStringLiteral("author"), ReviewCli::tr("Who moves it."), ReviewCli::tr("name"));
    command.add(QStringLiteral("note"), ReviewCli::tr("Note for the timeline."), ReviewCli::tr("text"));
    qint64 id = 0;
    if (!command.parse(
            arguments, { QStringLiteral("id"), QStringLiteral("to"), QStringLiteral("role"), QStringLiteral("author") })
        || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
    const std::optional<WorkflowState> to = workflowStateFromKey(command.value(QStringLiteral("to")));
    if (!to)
        return fail(
            ReviewCli::tr("unknown state \"%1\".").arg(command.value(QStringLiteral("to"))), Command::ExitUsageCode);
    const std::optional<Role> role = roleFromKey(command.value(QStringLiteral("role")));
    if (!role)
        return fail(
            ReviewCli::tr("--role must be editor, reviewer or chief, not \"%1\".").arg(command.value(QStringLiteral("role"))),
            Command::ExitUsageCode);
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();
    // On a team server the role is the login's, from its group membership: it is not claimed.
    Role acting = *role;
    if (const std::optional<Role> server = command.database().serverRole()) {
        if (!roleActsAs(*server, *role))
            return fail(ReviewCli::tr("on a team server the role comes from the login's group: %1 has the %2 role, not %3.")
                            .arg(command.database().serverUser(), roleDisplayName(*server).toLower(),
                                roleDisplayName(*role).toLower()));
        acting = *server;
    }
    WorkflowRepository workflow(command.database());
    int revision = 0;
    if (workflow.transition(article, *to, acting, command.value(QStringLiteral("author")),
            command.value(QStringLiteral("note")), &revision)
        != WorkflowRepository::Result::Done)
        return fail(workflow.errorString());
    printJson(QJsonObject { { QStringLiteral("id"), number(id) },
        { QStringLiteral("status"), workflowStateKey(article.status) },
        { QStringLiteral("version"), number(article.version) }, { QStringLiteral("revision"), revision } });
    return 0;
}

// ---- history ---------------------------------------------------------------------------------

int runHistory(const QStringList &arguments)
{
    Command command(
        ReviewCli::tr("Lists an article's revisions, oldest first, one JSON object a line (with --events: its "
                      "workflow timeline)."));
    command.add(QStringLiteral("id"), ReviewCli::tr("Article id."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("json"), ReviewCli::tr("Print JSON lines (the only format)."));
    command.add(QStringLiteral("events"), ReviewCli::tr("List the workflow transitions instead."));
    qint64 id = 0;
    if (!command.parse(arguments, { QStringLiteral("id") }) || !command.id(QStringLiteral("id"), &id))
        return command.exitCode();
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();
    if (command.isSet(QStringLiteral("events"))) {
        WorkflowRepository workflow(command.database());
        for (const WorkflowEvent &event : workflow.events(id)) {
            printJson(QJsonObject { { QStringLiteral("from"), workflowStateKey(event.from) },
                { QStringLiteral("to"), workflowStateKey(event.to) }, { QStringLiteral("who"), event.who },
                { QStringLiteral("at"), utcText(event.at) }, { QStringLiteral("note"), event.note } });
        }
        return workflow.errorString().isEmpty() ? 0 : fail(workflow.errorString());
    }
    RevisionRepository revisions(command.database());
    qint64 previous = 0;
    for (const Revision &revision : revisions.list(id)) {
        printJson(QJsonObject { { QStringLiteral("number"), revision.number },
            { QStringLiteral("created_at"), utcText(revision.createdAt) },
            { QStringLiteral("author"), revision.author }, { QStringLiteral("note"), revision.note },
            { QStringLiteral("named"), revision.named },
            { QStringLiteral("status"), workflowStateKey(revision.status) },
            { QStringLiteral("title"), revision.title },
            { QStringLiteral("characters"), number(revision.characterCount) },
            { QStringLiteral("size_change"), number(revision.characterCount - previous) } });
        previous = revision.characterCount;
    }
    return revisions.errorString().isEmpty() ? 0 : fail(revisions.errorString());
}

int runDiff(const QStringList &arguments)
{
    Command command(ReviewCli::tr("Prints what changed between two revisions of an article (character by character for "
                                  "Chinese, word by word for Latin text): [-deleted-]{+inserted+}."));
    command.add(QStringLiteral("id"), ReviewCli::tr("Article id."), ReviewCli::tr("ID"));
    command.add(QStringLiteral("from"), ReviewCli::tr("The older revision number."), ReviewCli::tr("N"));
    command.add(QStringLiteral("to"), ReviewCli::tr("The newer revision number (default: the current text)."),
        ReviewCli::tr("M"));
    command.add(QStringLiteral("json"), ReviewCli::tr("Print the runs as JSON."));
    command.add(QStringLiteral("source"), ReviewCli::tr("Compare the canonical HTML line by line instead."));
    qint64 id = 0;
    qint64 from = 0;
    qint64 to = 0;
    if (!command.parse(arguments, { QStringLiteral("id"), QStringLiteral("from") })
        || !command.id(QStringLiteral("id"), &id) || !command.id(QStringLiteral("from"), &from)
        || (command.isSet(QStringLiteral("to")) && !command.id(QStringLiteral("to"), &to)))
        return command.exitCode();
    Article article;
    if (!command.article(id, &article))
        return command.exitCode();
    RevisionRepository revisions(command.database());
    const std::optional<Revision> older = revisions.load(id, int(from));
    if (!older)
        return fail(ReviewCli::tr("article %1 has no revision %2.").arg(id).arg(from));
    QString newerHtml = article.bodyHtml;
    if (to != 0) {
        const std::optional<Revision> newer = revisions.load(id, int(to));
        if (!newer)
            return fail(ReviewCli::tr("article %1 has no revision %2.").arg(id).arg(to));
        newerHtml = newer->bodyHtml;
    }

    if (command.isSet(QStringLiteral("source"))) {
        // A unified listing of the side-by-side rows: "-" old line, "+" new line, " " both.
        for (const SideBySideRow &row : TextDiff::sideBySide(older->bodyHtml, newerHtml)) {
            if (row.kind == SideBySideRow::Kind::Equal) {
                printLine(stdout, QStringLiteral(" ") + row.left);
                continue;
            }
            if (row.leftLine != 0)
                printLine(stdout, QStringLiteral("-") + row.left);
            if (row.rightLine != 0)
                printLine(stdout, QStringLiteral("+") + row.right);
        }
        return 0;
    }
    const QList<DiffRun> runs
        = TextDiff::diff(CanonicalHtml::toPlainText(older->bodyHtml), CanonicalHtml::toPlainText(newerHtml));
    if (command.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DiffRun &run : runs) {
            const QString op = run.op == DiffRun::Op::Equal ? QStringLiteral("equal")
                : run.op == DiffRun::Op::Insert             ? QStringLiteral("insert")
                                                            : QStringLiteral("delete");
            array.append(QJsonObject { { QStringLiteral("op"), op }, { QStringLiteral("text"), run.text } });
        }
        const TextDiff::Summary summary = TextDiff::summarize(runs);
        printJson(QJsonObject { { QStringLiteral("from"), number(from) },
            { QStringLiteral("to"), to == 0 ? QJsonValue(QStringLiteral("current")) : number(to) },
            { QStringLiteral("deleted"), number(summary.deleted) },
            { QStringLiteral("inserted"), number(summary.inserted) }, { QStringLiteral("runs"), array } });
        return 0;
    }
    printLine(stdout, TextDiff::toWordDiff(runs));
    return 0;
}

} // namespace

int runAnnotateCommand(const QStringList &arguments)
{
    return runAnnotate(arguments);
}

int runReplyCommand(const QStringList &arguments)
{
    return runReply(arguments);
}

int runResolveCommand(const QStringList &arguments)
{
    return runSetState(arguments, AnnotationState::Resolved);
}

int runReopenCommand(const QStringList &arguments)
{
    return runSetState(arguments, AnnotationState::Open);
}

int runReviseCommand(const QStringList &arguments)
{
    return runRevise(arguments);
}

int runTransitionCommand(const QStringList &arguments)
{
    return runTransition(arguments);
}

int runHistoryCommand(const QStringList &arguments)
{
    return runHistory(arguments);
}

int runDiffCommand(const QStringList &arguments)
{
    return runDiff(arguments);
}

QJsonArray annotationsJson(Database &database, const Article &article)
{
    AnnotationRepository repository(database);
    QList<AnnotationThread> threads = repository.threads(article.id);
    // A suggestion's discussion is listed with the suggestion (suggestionsJson), not here.
    QSet<qint64> suggestionThreads;
    for (const Suggestion &suggestion : SuggestionRepository(database).list(article.id))
        suggestionThreads.insert(suggestion.threadId);
    QList<std::pair<AnchorMatch, AnnotationThread>> placed;
    for (const AnnotationThread &thread : threads) {
        if (!suggestionThreads.contains(thread.id()))
            placed.append({ Anchoring::locate(thread.root.anchor, article.bodyText), thread });
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) {
        if (a.first.isOrphaned() != b.first.isOrphaned())
            return b.first.isOrphaned();
        return a.first.start < b.first.start;
    });
    QJsonArray array;
    for (const auto &[match, thread] : placed) {
        QJsonArray replies;
        for (const Annotation &reply : thread.replies) {
            replies.append(QJsonObject { { QStringLiteral("id"), number(reply.id) },
                { QStringLiteral("author"), reply.author }, { QStringLiteral("body"), reply.body },
                { QStringLiteral("created_at"), utcText(reply.createdAt) } });
        }
        array.append(QJsonObject { { QStringLiteral("id"), number(thread.root.id) },
            { QStringLiteral("author"), thread.root.author }, { QStringLiteral("body"), thread.root.body },
            { QStringLiteral("state"), annotationStateKey(thread.root.state) },
            { QStringLiteral("created_at"), utcText(thread.root.createdAt) },
            { QStringLiteral("quote"), thread.root.anchor.quote },
            { QStringLiteral("revision"), thread.root.revisionNumber },
            { QStringLiteral("anchor"), anchorJson(match, thread.root.anchor, article.bodyText) },
            { QStringLiteral("replies"), replies } });
    }
    return array;
}

} // namespace galley
