#include "cli.h"

#include "exportcommand.h"
#include "importing/importjob.h"
#include "storage/articlejson.h"
#include "reviewcommands.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace galley {

void printLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void printJson(const QJsonObject &object, bool indented)
{
    printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(
                          indented ? QJsonDocument::Indented : QJsonDocument::Compact)).trimmed());
}

namespace {

/// Translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(galley::Cli)
};

void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("galley: ") + message);
}

/// Parses the options; on a usage error prints it and returns false with *exitCode = ExitUsage.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    // Handled by main() before the command runs; accepted here so that it may stand anywhere.
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), Cli::tr("User interface language: zh_CN or en."), Cli::tr("language")));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("Newsroom database file."), Cli::tr("file"));
}

bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        printError(Cli::tr("--db FILE is required."));
        *exitCode = ExitUsage;
        return false;
    }
    if (database.open(path) != Database::Status::Ok) {
        printError(database.errorString());
        *exitCode = ExitFailure;
        return false;
    }
    return true;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Imports wire copy (.txt, .html, .md) into a newsroom; prints one JSON object per created article."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("Files to import."), Cli::tr("FILE…"));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(Cli::tr("no file to import was given."));
        return ExitUsage;
    }
    Database database;
    if (!openDatabase(database, parser, &exitCode))
        return exitCode;
    int failures = 0;
    for (const ImportOutcome &outcome : importFiles(database, files)) {
        if (outcome.articleId == 0) {
            printError(outcome.error);
            ++failures;
            continue;
        }
        printJson(QJsonObject{{QStringLiteral("id"), static_cast<double>(outcome.articleId)},
                              {QStringLiteral("title"), outcome.title},
                              {QStringLiteral("file"), QFileInfo(outcome.path).fileName()}},
                  false);
    }
    return failures == 0 ? ExitOk : ExitFailure;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints one article."));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON (the only format).")));
    parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("Article id."), Cli::tr("ID"));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&isNumber) : 0;
    if (!isNumber || id <= 0) {
        printError(Cli::tr("show needs exactly one article id (a positive number)."));
        return ExitUsage;
    }
    Database database;
    if (!openDatabase(database, parser, &exitCode))
        return exitCode;
    ArticleRepository repository(database);
    const std::optional<Article> article = repository.load(id);
    if (!article) {
        printError(Cli::tr("%1: there is no article with id %2.").arg(parser.value(QStringLiteral("db"))).arg(id));
        return ExitFailure;
    }
    QJsonObject object = articleToJson(*article);
    object.insert(QStringLiteral("annotations"), annotationsJson(database, *article));
    printJson(object, true);
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists articles matching the filters, most recently updated first (search: best match first)."));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("status"),
                                        Cli::tr("Only articles in this state (draft, in_review, changes_requested, approved, published, archived)."),
                                        Cli::tr("state")));
    parser.addOption(QCommandLineOption(QStringLiteral("search"), Cli::tr("Full-text query (Chinese or English, any length)."), Cli::tr("query")));
    parser.addOption(QCommandLineOption(QStringLiteral("desk"), Cli::tr("Only articles of this desk."), Cli::tr("desk")));
    parser.addOption(QCommandLineOption(QStringLiteral("byline"), Cli::tr("Only articles with this byline."), Cli::tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), Cli::tr("At most this many rows (default 50)."), Cli::tr("N"), QStringLiteral("50")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON lines (the only format).")));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    ArticleFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = workflowStateFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            printError(Cli::tr("unknown status \"%1\".").arg(parser.value(QStringLiteral("status"))));
            return ExitUsage;
        }
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        printError(Cli::tr("--limit needs a number of rows, not \"%1\".").arg(parser.value(QStringLiteral("limit"))));
        return ExitUsage;
    }
    filter.search = parser.value(QStringLiteral("search"));
    filter.desk = parser.value(QStringLiteral("desk"));
    filter.byline = parser.value(QStringLiteral("byline"));
    Database database;
    if (!openDatabase(database, parser, &exitCode))
        return exitCode;
    ArticleSearch search(database);
    const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::DescendingOrder, 0, limit);
    if (!search.errorString().isEmpty()) {
        printError(search.errorString());
        return ExitFailure;
    }
    for (const ArticleRow &row : rows)
        printJson(articleRowToJson(row), false);
    return ExitOk;
}

} // namespace

bool isCommand(const QString &name)
{
    static const QStringList commands{QStringLiteral("import"), QStringLiteral("show"), QStringLiteral("list"),
                                      QStringLiteral("export")};
    return commands.contains(name) || isReviewCommand(name);
}

bool commandNeedsGui(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("export"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

int runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // QCommandLineParser expects the program name first: drop the subcommand word.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("show"))
        return runShow(rest);
    if (command == QLatin1String("list"))
        return runList(rest);
    if (command == QLatin1String("export"))
        return runExportCommand(rest.mid(1));
    if (isReviewCommand(command))
        return runReviewCommand(command, rest);
    printError(Cli::tr("unknown command \"%1\".").arg(command));
    return ExitUsage;
}

} // namespace galley
