#include "cli.h"

#include "exportcommand.h"
#include "importing/importjob.h"
#include "model/plaintext.h"
#include "storage/articlejson.h"
#include "reviewcommands.h"
#include "suggestioncommands.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/newsroomcopy.h"
#include "watchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace galley {

void printLine(FILE *stream, const QString &line)
{
    // Text from a newsroom or a file never reaches the terminal with its control characters.
    const QByteArray bytes = PlainText::printable(line).toUtf8();
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
HelpCollector *activeCollector = nullptr;
} // namespace

HelpCollector::HelpCollector()
{
    Q_ASSERT(!activeCollector);
    activeCollector = this;
}

HelpCollector::~HelpCollector()
{
    activeCollector = nullptr;
}

bool HelpCollector::isActive()
{
    return activeCollector != nullptr;
}

void printHelp(const QString &text)
{
    if (activeCollector)
        activeCollector->m_text += text;
    else
        printLine(stdout, text);
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
        printHelp(parser.helpText());
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

} // namespace

int runImportCommand(const QStringList &arguments)
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
    // Each line as soon as its article is committed: a killed import has reported what it stored.
    int failures = 0;
    (void)importFiles(database, files, {}, [&failures](const ImportOutcome &outcome) {
        if (outcome.articleId == 0) {
            printError(outcome.error);
            ++failures;
            return;
        }
        printJson(QJsonObject { { QStringLiteral("id"), static_cast<double>(outcome.articleId) },
                      { QStringLiteral("title"), outcome.title },
                      { QStringLiteral("file"), QFileInfo(outcome.path).fileName() } },
            false);
    });
    return failures == 0 ? ExitOk : ExitFailure;
}

int runShowCommand(const QStringList &arguments)
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
    object.insert(QStringLiteral("suggestions"), suggestionsJson(database, *article));
    printJson(object, true);
    return ExitOk;
}

int runListCommand(const QStringList &arguments)
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

/// galley admin init: sets up (or upgrades) a team server's database, or a newsroom file.
int runAdminCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Administers a newsroom. \"galley admin init --db LOCATION\" creates the Galley schema of an empty "
                "database on a team server (postgresql://…), or upgrades an older one, with the group roles "
                "galley_editor, galley_reviewer and galley_chief; on a file it creates or upgrades the newsroom file."));
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                        Cli::tr("Newsroom file or team server (postgresql://[user@][host][:port]/dbname)."),
                                        Cli::tr("location")));
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("init"), Cli::tr("init"));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")}) {
        printError(Cli::tr("admin needs one action: init (see galley admin --help)."));
        return ExitUsage;
    }
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        printError(Cli::tr("--db LOCATION is required."));
        return ExitUsage;
    }
    const std::optional<int> before = storedSchemaVersion(location);
    Database database;
    if (database.initialize(location) != Database::Status::Ok) {
        printError(database.errorString());
        return ExitFailure;
    }
    const int after = storedSchemaVersion(location).value_or(0);
    const QString name = database.displayName();
    QString line;
    if (!before || *before == 0)
        line = Cli::tr("“%1”: created the Galley schema, version %2.").arg(name).arg(after);
    else if (*before < after)
        line = Cli::tr("“%1”: migrated the Galley schema from version %2 to %3.").arg(name).arg(*before).arg(after);
    else
        line = Cli::tr("“%1”: the Galley schema is already at version %2.").arg(name).arg(after);
    if (database.engine() == Engine::PostgreSQL) {
        line += QLatin1Char(' ')
            + Cli::tr("Connected as “%1”, role %2.")
                  .arg(database.serverUser(), database.serverRole() ? roleKey(*database.serverRole()) : Cli::tr("none"));
    }
    printLine(stdout, line);
    return ExitOk;
}

/// galley copy: a whole newsroom from one location to another (see NewsroomCopy).
int runCopyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Copies a whole newsroom (articles, related items, revisions, annotations, workflow events, assets) "
                "between newsroom files and team servers, in one transaction on the destination, and checks the "
                "copy against the source before committing it. The destination must be empty unless --merge."));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), Cli::tr("Source: a newsroom file or a postgresql:// URI."),
                                        Cli::tr("location")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
                                        Cli::tr("Destination: a newsroom file (created when missing) or a team server "
                                                "set up with galley admin init."),
                                        Cli::tr("location")));
    parser.addOption(QCommandLineOption(QStringLiteral("merge"),
                                        Cli::tr("Copy into a destination that has articles: skip those whose uuid it "
                                                "already has.")));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("copy needs --from LOCATION and --to LOCATION (see galley copy --help)."));
        return ExitUsage;
    }
    const bool toFile = !Database::isServerLocation(to);
    if (from == to
        || (toFile && !Database::isServerLocation(from) && QFileInfo::exists(from)
            && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())) {
        printError(Cli::tr("--from and --to name the same newsroom."));
        return ExitUsage;
    }
    Database source;
    if (source.openReadOnly(from) != Database::Status::Ok) {
        printError(source.errorString());
        return ExitFailure;
    }
    const bool created = toFile && !QFileInfo::exists(to);
    Database destination;
    // A file the copy created is removed again when the copy fails: the destination is left as it was.
    const auto removeCreated = [&] {
        destination.close();
        if (created) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        }
    };
    if (destination.open(to) != Database::Status::Ok) {
        printError(destination.errorString());
        removeCreated();
        return ExitFailure;
    }

    NewsroomCopy copy(source, destination);
    copy.setMerge(parser.isSet(QStringLiteral("merge")));
    qint64 reported = 0;
    copy.setProgress([&reported](qint64 done, qint64 total) {
        if (done >= total || done / 1000 == reported / 1000)
            return;
        reported = done;
        printError(Cli::tr("copied %1 of %2 articles…").arg(done / 1000 * 1000).arg(total));
    });
    // A copy long enough to report its progress also says what its last minutes are spent on.
    copy.setStageStarted([&reported](NewsroomCopy::Stage stage) {
        if (reported == 0)
            return;
        switch (stage) {
        case NewsroomCopy::Stage::BuildingSearchIndexes:
            printError(Cli::tr("every article is written; the server is building the search indexes "
                               "(most of a large copy's time)…"));
            break;
        case NewsroomCopy::Stage::Verifying:
            printError(Cli::tr("reading the copy back to compare its counts and checksum with the source…"));
            break;
        }
    });
    if (!copy.run()) {
        if (copy.failure() == NewsroomCopy::Failure::DestinationNotEmpty)
            printError(copy.errorString() + QLatin1Char(' ')
                       + Cli::tr("Nothing was copied; add --merge to copy only the articles it does not have."));
        else
            printError(copy.errorString());
        removeCreated();
        return ExitFailure;
    }
    const NewsroomCopyResult &result = copy.result();
    const qint64 copied = result.destination.articles;
    printLine(stdout, Cli::tr("Copied %n article(s) from “%1” to “%2” in %3 s (%4 articles/s), %5.", nullptr, int(copied))
                          .arg(source.displayName(), destination.displayName())
                          .arg(result.seconds, 0, 'f', 1)
                          .arg(result.seconds > 0 ? qRound64(double(copied) / result.seconds) : copied)
                          .arg(result.keptIds ? Cli::tr("ids kept") : Cli::tr("new ids")));
    if (parser.isSet(QStringLiteral("merge")))
        printLine(stdout, Cli::tr("Skipped %n article(s) whose uuid the destination already had", nullptr, int(result.skipped))
                              + Cli::tr("; %n slug(s) were taken and got a suffix.", nullptr, int(result.renamedSlugs)));
    const auto pair = [](qint64 from, qint64 to) { return QStringLiteral("%1 = %2").arg(from).arg(to); };
    printLine(stdout, Cli::tr("Counts, source = destination: articles %1, revisions %2, annotations %3, workflow events %4, "
                              "assets %5, related items %6, suggestions %7, ignored copy-desk findings %8, "
                              "article languages %9, dictionary words %10, settings %11.")
                          .arg(pair(result.source.articles, result.destination.articles),
                               pair(result.source.revisions, result.destination.revisions),
                               pair(result.source.annotations, result.destination.annotations),
                               pair(result.source.events, result.destination.events),
                               pair(result.source.assets, result.destination.assets),
                               pair(result.source.related, result.destination.related),
                               pair(result.source.suggestions, result.destination.suggestions),
                               pair(result.source.ignoredFindings, result.destination.ignoredFindings),
                               pair(result.source.articleLanguages, result.destination.articleLanguages))
                          .arg(pair(result.source.dictionaryWords, result.destination.dictionaryWords),
                               pair(result.source.settings, result.destination.settings)));
    printLine(stdout, Cli::tr("Checksum (SHA-256), source = destination: %1 = %2.")
                          .arg(result.sourceChecksum, result.destinationChecksum));
    return ExitOk;
}

} // namespace galley
