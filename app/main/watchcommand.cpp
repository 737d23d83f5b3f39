#include "watchcommand.h"

#include "cli.h"
#include "quitsignals.h"
#include "storage/database.h"
#include "storage/newsroomwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

namespace {

class Watch
{
    Q_DECLARE_TR_FUNCTIONS(galley::Watch)
};

/// One line for people: time, what, which article, who.
QString describe(const NewsroomEvent &event)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (event.isUnknown())
        return Watch::tr("%1  the newsroom changed (read it again)").arg(time);
    QStringList parts { time, event.table + QLatin1Char(' ') + event.op };
    if (event.articleId)
        parts.append(Watch::tr("article %1").arg(event.articleId));
    if (event.table == QLatin1String("articles"))
        parts.append(Watch::tr("version %1").arg(event.version));
    else if (event.table == QLatin1String("revisions"))
        parts.append(Watch::tr("revision %1").arg(event.number));
    else if (event.id && event.id != event.articleId)
        parts.append(QStringLiteral("#%1").arg(event.id));
    if (!event.state.isEmpty())
        parts.append(event.trashed ? Watch::tr("%1, in the trash").arg(event.state) : event.state);
    if (event.requested)
        parts.append(Watch::tr("take-over asked"));
    const QString who = event.name.isEmpty() ? event.user : QStringLiteral("%1 (%2)").arg(event.name, event.user);
    if (!who.isEmpty())
        parts.append(Watch::tr("by %1").arg(who));
    return parts.join(QStringLiteral("  "));
}

} // namespace

int runWatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Watch::tr("Prints one line per change made in the newsroom, as it happens, until "
                                               "interrupted (Ctrl+C or SIGTERM)."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), Watch::tr("User interface language: zh_CN or en."), Watch::tr("language")));
    parser.addOption(QCommandLineOption(QStringLiteral("db"), Watch::tr("Newsroom: a file or a postgresql:// URI."), Watch::tr("location")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
        Watch::tr("Print each change as one line of JSON: the team server's announcement (table, op, article, id, "
                  "version, state, user, name, origin), or {\"table\": \"\"} for a change of unknown extent.")));
    if (!parser.parse(arguments)) {
        printLine(stderr, QStringLiteral("galley: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser.helpText());
        return ExitOk;
    }
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        printLine(stderr, Watch::tr("galley: --db FILE or --db postgresql://… is required."));
        return ExitUsage;
    }
    Database database;
    if (database.open(location) != Database::Status::Ok) {
        printLine(stderr, QStringLiteral("galley: ") + database.errorString());
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    // Ctrl+C, SIGTERM or SIGHUP end the watch.
    QuitSignals stop;
    if (!stop.isActive()) {
        printLine(stderr, Watch::tr("galley: cannot set up the signal handling."));
        return ExitFailure;
    }
    QObject::connect(&stop, &QuitSignals::received, qApp, [] { QCoreApplication::quit(); });

    NewsroomWatcher watcher;
    QObject::connect(&watcher, &NewsroomWatcher::changed, qApp, [json](const NewsroomEvent &event) {
        if (!json) {
            printLine(stdout, describe(event));
            return;
        }
        QJsonObject object = QJsonDocument::fromJson(event.payload).object();
        if (event.isUnknown())
            object.insert(QStringLiteral("table"), QString());
        printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&watcher, &NewsroomWatcher::connectionLost, qApp, [&database](const QString &reason) {
        printLine(stderr, Watch::tr("galley: lost %1 (%2); trying again.").arg(database.displayName(), reason));
    });
    QObject::connect(&watcher, &NewsroomWatcher::reconnected, qApp, [&database] {
        printLine(stderr, Watch::tr("galley: %1 is back; changes made meanwhile were not heard.").arg(database.displayName()));
    });
    if (!watcher.start(database)) {
        printLine(stderr, QStringLiteral("galley: ") + watcher.errorString());
        return ExitFailure;
    }
    printLine(stderr, Watch::tr("galley: watching %1; Ctrl+C stops.").arg(database.displayName()));
    QCoreApplication::exec();
    watcher.stop();
    return ExitOk;
}

} // namespace galley
