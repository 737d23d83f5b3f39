#include "commands.h"

#include "cli.h"
#include "commanddocs.h"
#include "exportcommand.h"
#include "lintcommand.h"
#include "reviewcommands.h"
#include "suggestioncommands.h"
#include "watchcommand.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace galley {

namespace {

constexpr const char *CommandsContext = "galley::Commands";

bool exportNeedsGui(const QStringList &arguments)
{
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

int runExport(const QStringList &arguments)
{
    return runExportCommand(arguments.mid(1)); // the export command line takes no program name
}

/// Translation context of galley's own messages and of the commands' summaries.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(galley::Commands)
};

void printCommandError(const QString &message)
{
    printLine(stderr, QStringLiteral("galley: ") + message);
}

} // namespace

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table {
        { "import", QT_TRANSLATE_NOOP("galley::Commands", "Import wire copy (.txt, .html, .md) as new articles."),
            runImportCommand },
        { "show", QT_TRANSLATE_NOOP("galley::Commands", "Print one article as JSON, with its comments and suggestions."),
            runShowCommand },
        { "list", QT_TRANSLATE_NOOP("galley::Commands", "List articles by state, desk, byline or a full-text search."),
            runListCommand },
        { "export",
            QT_TRANSLATE_NOOP("galley::Commands", "Export articles as HTML pages, a site, NINJS, plain text or PDF."),
            runExport, exportNeedsGui },
        { "annotate", QT_TRANSLATE_NOOP("galley::Commands", "Comment on a passage of an article."),
            runAnnotateCommand },
        { "reply", QT_TRANSLATE_NOOP("galley::Commands", "Reply to a comment thread or a suggestion."), runReplyCommand },
        { "resolve", QT_TRANSLATE_NOOP("galley::Commands", "Resolve a comment thread."), runResolveCommand },
        { "reopen", QT_TRANSLATE_NOOP("galley::Commands", "Reopen a resolved comment thread."), runReopenCommand },
        { "suggest",
            QT_TRANSLATE_NOOP("galley::Commands", "Suggest a change to a passage (replace, delete, insert) for an editor."),
            runSuggestCommand },
        { "suggestions", QT_TRANSLATE_NOOP("galley::Commands", "List an article's suggestions."),
            runSuggestionsCommand },
        { "accept", QT_TRANSLATE_NOOP("galley::Commands", "Accept suggestions: make their changes to the text."),
            runAcceptCommand },
        { "reject", QT_TRANSLATE_NOOP("galley::Commands", "Reject suggestions."), runRejectCommand },
        { "revise",
            QT_TRANSLATE_NOOP("galley::Commands", "Replace an article with an updated version, keeping its comments."),
            runReviseCommand },
        { "transition",
            QT_TRANSLATE_NOOP("galley::Commands", "Move an article through the workflow (submit, approve, publish…)."),
            runTransitionCommand },
        { "lint",
            QT_TRANSLATE_NOOP(
                "galley::Commands", "Check articles against the house style; fix what is safe, or leave comments."),
            runLintCommand },
        { "history", QT_TRANSLATE_NOOP("galley::Commands", "List an article's revisions or its workflow events."),
            runHistoryCommand },
        { "diff", QT_TRANSLATE_NOOP("galley::Commands", "Show what changed between two revisions of an article."),
            runDiffCommand },
        { "watch", QT_TRANSLATE_NOOP("galley::Commands", "Print each change made in a newsroom as it happens."),
            runWatchCommand },
        { "admin",
            QT_TRANSLATE_NOOP("galley::Commands", "Create or upgrade a newsroom file or a team server's database."),
            runAdminCommand },
        { "copy", QT_TRANSLATE_NOOP("galley::Commands", "Copy a whole newsroom between files and team servers."),
            runCopyCommand },
    };
    return table;
}

QString CommandInfo::translatedSummary() const
{
    return QCoreApplication::translate(CommandsContext, summary);
}

const CommandInfo *findCommand(const QString &name)
{
    const QList<CommandInfo> &table = commands();
    const auto found = std::find_if(
        table.cbegin(), table.cend(), [&name](const CommandInfo &c) { return name == QLatin1String(c.name); });
    return found == table.cend() ? nullptr : &*found;
}

bool isCommand(const QString &name)
{
    return findCommand(name) != nullptr;
}

bool commandNeedsGui(const QStringList &arguments)
{
    const CommandInfo *command = findCommand(arguments.value(1));
    return command && command->needsGui && command->needsGui(arguments);
}

int runCommand(const QStringList &arguments)
{
    const CommandInfo *command = findCommand(arguments.value(1));
    if (!command) {
        printCommandError(
            Commands::tr("unknown command \"%1\". \"galley --help\" lists the commands.").arg(arguments.value(1)));
        return ExitUsage;
    }
    // QCommandLineParser expects the program name first: drop the subcommand word.
    QStringList rest = arguments;
    rest.removeAt(1);
    return command->run(rest);
}

namespace {

/// How many words Qt's own option \a argument (QGuiApplication's and QApplication's, such as
/// "-platform offscreen" or "-reverse") takes, itself included; 0 when it is not one of them.
/// The window's application object takes them out of the arguments before galley reads them.
int qtOptionWords(const QString &argument)
{
    static const QStringList withValue { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"), QStringLiteral("qwindowicon"), QStringLiteral("icon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"), QStringLiteral("display"), QStringLiteral("session"),
        QStringLiteral("name"), QStringLiteral("style"), QStringLiteral("stylesheet") };
    static const QStringList alone { QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync") };
    if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--db")
        || argument == QLatin1String("--lang"))
        return 0;
    const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    if (alone.contains(name) || name.startsWith(QLatin1String("qmljsdebugger="))
        || name.startsWith(QLatin1String("style=")) || name.startsWith(QLatin1String("stylesheet=")))
        return 1;
    return withValue.contains(name) ? 2 : 0;
}

/// \a arguments without Qt's own options.
QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const int words = i == 0 ? 0 : qtOptionWords(arguments.at(i));
        if (words == 0)
            kept.append(arguments.at(i));
        else
            i += words - 1;
    }
    return kept;
}

} // namespace

qsizetype firstWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") || argument == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        if (const int words = qtOptionWords(argument); words > 0) {
            i += words - 1;
            continue;
        }
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QStringList withCommandFirst(const QStringList &arguments)
{
    const qsizetype at = firstWord(arguments);
    if (at <= 1 || !isCommand(arguments.at(at)))
        return arguments;
    QStringList reordered = arguments;
    reordered.move(at, 1);
    return reordered;
}

void addTopLevelOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Commands::tr("Galley, a newsroom editor. Without a command it opens a newsroom in a window; with one it works "
                     "on a newsroom from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
        Commands::tr("Open this newsroom: a file (created when missing) or a team server, "
                     "postgresql://[user@]host[:port]/database."),
        Commands::tr("file|URI")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"), Commands::tr("User interface language: zh_CN or en."), Commands::tr("language")));
    QCommandLineOption completion(QStringLiteral("completion"),
        Commands::tr("Print the completion script for a shell (bash)."), Commands::tr("shell"));
    completion.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(completion);
    QCommandLineOption manPage(QStringLiteral("man-page"), Commands::tr("Print the manual page (roff)."));
    manPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manPage);
    parser.addPositionalArgument(QStringLiteral("command"),
        Commands::tr("A command (listed below), or a newsroom file to open in the window; none: the window."),
        Commands::tr("[command | newsroom]"));
}

QString newsroomArgument(const QString &word)
{
    if (word.isEmpty() || isCommand(word))
        return {};
    if (Database::isServerLocation(word))
        return word;
    if (word.startsWith(QLatin1String("file:"))) {
        const QUrl url(word);
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    const QFileInfo file(word);
    if (file.isFile() || (!file.exists() && word.endsWith(QLatin1String(".galley"), Qt::CaseInsensitive)))
        return word;
    return {};
}

bool wantsTextOnly(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    if (!parser.parse(withoutQtOptions(arguments)))
        return true;
    for (const char *name : { "help", "help-all", "version", "completion", "man-page" }) {
        if (parser.isSet(QLatin1String(name)))
            return true;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() == 1 && !parser.isSet(QStringLiteral("db")) && !newsroomArgument(words.first()).isEmpty())
        return false; // the window, on that newsroom
    return !words.isEmpty();
}

QString topLevelHelp()
{
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    const QList<CommandInfo> &table = commands();
    qsizetype width = 0;
    for (const CommandInfo &command : table)
        width = std::max(width, qsizetype(qstrlen(command.name)));
    QString text = parser.helpText();
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += QLatin1Char('\n') + Commands::tr("Commands:") + QLatin1Char('\n');
    for (const CommandInfo &command : table)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), int(-width))
                    .arg(command.translatedSummary());
    text += QLatin1Char('\n') + Commands::tr("\"galley COMMAND --help\" describes a command and its options.");
    return text;
}

int runTextOnly(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    if (!parser.parse(withoutQtOptions(arguments))) {
        printCommandError(parser.errorText() + QLatin1Char(' ') + Commands::tr("\"galley --help\" lists the options."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        printLine(stdout, topLevelHelp());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("galley ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("completion"))) {
        const QString shell = parser.value(QStringLiteral("completion"));
        if (shell != QLatin1String("bash")) {
            printCommandError(Commands::tr("there is a completion for bash only, not for \"%1\".").arg(shell));
            return ExitUsage;
        }
        std::fputs(bashCompletion().toUtf8().constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("man-page"))) {
        std::fputs(manPage().toUtf8().constData(), stdout);
        return ExitOk;
    }
    const QStringList words = parser.positionalArguments();
    const QString word = words.value(0);
    if (!newsroomArgument(word).isEmpty()) {
        if (parser.isSet(QStringLiteral("db")))
            printCommandError(Commands::tr("the newsroom is named twice, with --db \"%1\" and as \"%2\": name one.")
                                  .arg(parser.value(QStringLiteral("db")), word));
        else
            printCommandError(Commands::tr("a window opens one newsroom, not %1: start galley once for each.")
                                  .arg(words.size()));
        return ExitUsage;
    }
    printCommandError(Commands::tr("unknown command \"%1\". \"galley --help\" lists the commands.").arg(word));
    return ExitUsage;
}

} // namespace galley
