// galley-bench: generates (once, cached by size) synthetic newsrooms and measures every path an
// editor waits on against the budgets of issue 6. A benchmark, not a test: it reports numbers
// and exits 0 even when a budget is missed; it exits 1, naming the path, when a planned path is
// missing, an operation failed, or a path has fewer samples than asked (benchplan.cpp).

#include "bench.h"
#include "newsroomgenerator.h"

#include "preview/previewpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

#include <chrono>
#include <malloc.h>
#include <thread>
#include <unistd.h>

using namespace galley::bench;

namespace {

bool parse(const QApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Galley's performance budgets on a synthetic newsroom."));
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("Full articles (~3,000 characters)."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption list(QStringLiteral("list-articles"), QStringLiteral("Short articles for the list."),
                                  QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Repetitions of each measurement."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keystrokes(QStringLiteral("keystrokes"), QStringLiteral("Keystrokes per repetition."),
                                        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption exportCount(QStringLiteral("export-articles"), QStringLiteral("Articles per export run."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Folder of generated newsrooms."),
                                   QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Append one JSON line per measurement to file."),
                                 QStringLiteral("file"));
    const QCommandLineOption markdown(QStringLiteral("markdown"), QStringLiteral("Write the table as Markdown to file."),
                                      QStringLiteral("file"));
    const QCommandLineOption noPeers(QStringLiteral("no-peers"), QStringLiteral("Skip the sqlite3/tidy/pandoc peers."));
    const QCommandLineOption noUi(QStringLiteral("no-ui"), QStringLiteral("Skip the widget measurements."));
    const QCommandLineOption team(QStringLiteral("team-server"),
        QStringLiteral("Also measure a team newsroom on this PostgreSQL server (an admin's URI; tools/bench.sh starts one)."),
        QStringLiteral("URI"));
    const QCommandLineOption soak(QStringLiteral("soak-seconds"),
        QStringLiteral("Length of the team server's live-collaboration soak."), QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({articles, list, repeat, keystrokes, exportCount, cache, out, markdown, noPeers, noUi, team, soak});
    parser.process(app);
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption &option, qint64 minimum) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < minimum) {
            QTextStream(stderr) << QStringLiteral("--%1 needs a number of at least %2\n").arg(option.names().first()).arg(minimum);
            ok = false;
        }
        return value;
    };
    options.articles = number(articles, 200);
    options.listArticles = number(list, 100);
    options.repeat = int(number(repeat, 1));
    options.keystrokes = int(number(keystrokes, 2));
    options.exportArticles = int(number(exportCount, 1));
    options.soakSeconds = int(number(soak, 1));
    options.cacheDirectory = parser.isSet(cache)
        ? parser.value(cache)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("galley-bench"));
    options.outFile = parser.value(out);
    options.peers = !parser.isSet(noPeers);
    options.ui = !parser.isSet(noUi);
    options.markdownFile = parser.value(markdown);
    options.teamServer = parser.value(team);
    if (parser.isSet(team) && options.teamServer.isEmpty()) {
        QTextStream(stderr) << QStringLiteral("--team-server needs a PostgreSQL URI\n");
        ok = false;
    }
    return ok;
}

QString generate(NewsroomGenerator &generator, bool full, qint64 articles)
{
    const QString label = full ? QStringLiteral("full") : QStringLiteral("short");
    QTextStream err(stderr);
    err << QStringLiteral("newsroom: %1 %2 articles ...\n").arg(articles).arg(label);
    err.flush();
    const auto progress = [&err, &label](qint64 done, qint64 total) {
        if (done % 50000 == 0 || done == total) {
            err << QStringLiteral("  %1: %2 / %3\n").arg(label).arg(done).arg(total);
            err.flush();
        }
    };
    const QString path = full ? generator.fullNewsroom(articles, progress) : generator.listNewsroom(articles, progress);
    if (path.isEmpty())
        err << QStringLiteral("could not generate: %1\n").arg(generator.errorString());
    else if (generator.lastBuildSeconds() > 0)
        err << QStringLiteral("  %1 generated in %2 s (rows %3 s, full-text indexes %4 s): %5\n")
                   .arg(label)
                   .arg(generator.lastBuildSeconds(), 0, 'f', 1)
                   .arg(generator.lastRowsSeconds(), 0, 'f', 1)
                   .arg(generator.lastBuildSeconds() - generator.lastRowsSeconds(), 0, 'f', 1)
                   .arg(path);
    else
        err << QStringLiteral("  cached: %1\n").arg(path);
    err.flush();
    return path;
}

/// The first three fields of /proc/loadavg ("0.12 0.30 0.25"), or "unknown".
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = file.readLine().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields.mid(0, 3).join(", ")) : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    galley::PreviewPane::registerUrlScheme(); // must precede the application object
    // Own settings, so the benchmark neither reads nor changes the user's Galley settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Galley"));
    QCoreApplication::setApplicationName(QStringLiteral("galley-bench"));
    // The preview drawn as galley draws it (main() chooses the same, before its application).
    galley::PreviewPane::chooseRendering();
    QApplication app(argc, argv);

    Context context;
    if (!parse(app, context.options))
        return 2;
    const Options &options = context.options;
    // The two newsrooms are separate files: each is built on its own thread with its own
    // connection, so on two cores generating both takes about as long as the larger one.
    const QString loadAtStart = loadAverage();
    QElapsedTimer generation;
    generation.start();
    NewsroomGenerator listGenerator(options.cacheDirectory);
    NewsroomGenerator fullGenerator(options.cacheDirectory);
    std::thread listThread([&] { context.listPath = generate(listGenerator, false, options.listArticles); });
    context.fullPath = generate(fullGenerator, true, options.articles);
    listThread.join();
    QTextStream(stderr) << QStringLiteral("newsrooms ready after %1 s\n").arg(double(generation.elapsed()) / 1000.0, 0, 'f', 1);
    if (context.listPath.isEmpty() || context.fullPath.isEmpty())
        return 1;
    context.fullSize = QStringLiteral("%1 articles").arg(options.articles);
    context.listSize = QStringLiteral("%1 short articles").arg(options.listArticles);
    malloc_trim(0); // generation's freed heap is not what the memory budgets are about

    QTextStream err(stderr);
    const auto step = [&err](const char *name) {
        err << "measuring: " << name << '\n';
        err.flush();
    };
    step("list");
    measureList(context);
    measureListSeek(context);
    if (options.ui) {
        // First: the PSS shares are only the application's own while nothing else here has
        // started WebEngine.
        step("application memory");
        measureAppMemory(context);
        step("list memory");
        measureListMemory(context);
        step("start-up");
        measureStartup(context);
    }
    step("search");
    measureSearch(context);
    if (options.ui) {
        step("editor and preview");
        measureEditor(context);
    }
    step("save");
    measureSave(context);
    step("serializer and sanitizer");
    measureThroughput(context);
    measureWorstCases(context);
    step("copy desk (lint)");
    measureLint(context);
    step("text diff and PDF proof");
    measureDocumentWork(context);
    step("export");
    measureExport(context);
    step("desk overview");
    measureDeskOverview(context);
    if (!options.teamServer.isEmpty()) {
        step("team newsroom on PostgreSQL");
        measureTeamServer(context);
        step("live collaboration on PostgreSQL");
        measureLiveCollaboration(context);
    } else {
        err << "team newsroom: not measured (no --team-server)\n";
    }

    QTextStream out(stdout);
    out << QStringLiteral("galley-bench: %1 full articles, %2 list articles, %3 repetitions\n")
               .arg(options.articles).arg(options.listArticles).arg(options.repeat);
    context.report.printTable(out);
    const QString runId = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!options.outFile.isEmpty() && !context.report.writeJsonLines(options.outFile, runId)) {
        err << QStringLiteral("cannot write %1\n").arg(options.outFile);
        return 1;
    }
    if (!options.markdownFile.isEmpty()) {
        // How the run went, measured rather than typed beside the table: when, the sizes, the
        // machine, and how busy it was (the load average before generating and after measuring).
        const QString conditions = QStringLiteral(
            "galley-bench run of %1 UTC: %2 full articles, %3 list articles, %4 repetitions, %5 soak seconds%6; "
            "%7 logical CPUs, load average (1, 5, 15 min) %8 at the start and %9 at the end.\n\n")
                                       .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                       .arg(options.articles)
                                       .arg(options.listArticles)
                                       .arg(options.repeat)
                                       .arg(options.soakSeconds)
                                       .arg(options.teamServer.isEmpty() ? QStringLiteral(", no team server")
                                                                         : QString())
                                       .arg(std::thread::hardware_concurrency())
                                       .arg(loadAtStart, loadAverage());
        QSaveFile file(options.markdownFile);
        if (!file.open(QIODevice::WriteOnly) || file.write((conditions + context.report.markdown()).toUtf8()) < 0
            || !file.commit()) {
            err << QStringLiteral("galley-bench: cannot write the table to %1: %2\n").arg(options.markdownFile, file.errorString());
            return 1;
        }
    }
    const int problems = judge(context.report, options, err);
    // What follows main is Qt's and WebEngine's shutdown: should it ever hang, say so and end
    // with an error within a minute rather than leave ctest waiting for its timeout.
    err << "galley-bench: done measuring; shutting down\n";
    err.flush();
    std::thread([] {
        std::this_thread::sleep_for(std::chrono::seconds(60));
        static const char message[] = "galley-bench: the shutdown after measuring hung for 60 s\n";
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
        ::_exit(3);
    }).detach();
    return problems == 0 ? 0 : 1;
}
