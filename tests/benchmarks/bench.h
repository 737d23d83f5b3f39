#pragma once

#include "benchreport.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace galley {
class Database;
}

namespace galley::bench {

struct Options {
    qint64 articles = 100000;     ///< full articles (~3,000 characters) for search, editor, export
    qint64 listArticles = 1000000; ///< short-body articles for the list measurements
    int repeat = 5;
    int keystrokes = 100;          ///< keystrokes per repetition of the typing measurement
    int exportArticles = 1000;     ///< articles per export run
    QString cacheDirectory;
    QString outFile;
    QString markdownFile; ///< the table as Markdown, for the README
    bool peers = true;
    bool ui = true;
    /// A PostgreSQL server (an admin's URI) for the team newsroom rows; empty: not measured.
    QString teamServer;
    int soakSeconds = 60; ///< length of the live-collaboration soak on the team server
};

/// What every measurement step needs: the options, the generated newsrooms and the report.
struct Context {
    Options options;
    Report report;
    QString fullPath; ///< newsroom of options.articles full articles (ids 1, 2: 20k and 100k characters)
    QString listPath; ///< newsroom of options.listArticles short articles
    QString fullSize;
    QString listSize;
};

/// An empty measurement of \a path at \a size, judged by \a goal against \a budget.
[[nodiscard]] inline Measurement make(const QString &path, const QString &unit, Measurement::Goal goal, double budget,
                                      const QString &size)
{
    Measurement m;
    m.path = path;
    m.unit = unit;
    m.goal = goal;
    m.budget = budget;
    m.size = size;
    return m;
}

[[nodiscard]] inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Resident memory of this process and of its descendants (QtWebEngineProcess), in MiB.
/// Resident memory of this process (and its descendants): the sum of VmRSS, or with
/// \a proportional the sum of Pss (shared pages divided among the processes that map them, so
/// the libraries every WebEngine process maps are counted once in all).
[[nodiscard]] double residentMiB(bool withChildren, bool proportional = false);

// Core paths (benchcore.cpp): no widgets.
void measureList(Context &context);
/// The middle of the million-article list and the scroll bar dragged through it, by three sorts.
void measureListSeek(Context &context);
void measureSearch(Context &context);
void measureSave(Context &context);
/// Times \a repeat saves of the 100k-character article (the save use case an autosave runs) on
/// \a database into \a save; a failed save adds no sample.
void timeSaves(Database &database, Measurement &save, int repeat);
/// Times \a repeat times what the list does to show a search of each of \a queries on
/// \a database (ArticleListModel::setFilter(): the count, then the first 50 rows' data) into
/// \a shown (one per query); a search that lists nothing adds no sample.
void timeSearchesShown(Database &database, const QStringList &queries, QList<Measurement> &shown, int repeat);
/// Searches of terms each in thousands of articles of the generated newsroom but never in the
/// same one (its copy is either Chinese or English), or of a term in none: they list nothing.
[[nodiscard]] inline QStringList searchesWithoutHits()
{
    return { QStringLiteral("paperwork 草原"), QStringLiteral("旗帜鲜明 nonexistentword"),
        QStringLiteral("旗帜鲜明 草原 paperwork") };
}
/// Times \a repeat times the count the list shows (ArticleSearch::quickCount()) and the top 50
/// by relevance (what galley list prints) of each of searchesWithoutHits() on \a database into
/// \a measured (one per query); a search that finds something or fails adds no sample.
void timeSearchesWithoutHits(Database &database, QList<Measurement> &measured, int repeat);
void measureThroughput(Context &context);
/// A three-way merge of a long article and the slowest hostile paste through the sanitizer:
/// worst cases whose result the tests check (benchcore.cpp).
void measureWorstCases(Context &context);
/// The copy desk on the 100k-character article: a whole check, and one paragraph's re-check
/// after a keystroke (benchlint.cpp).
void measureLint(Context &context);
/// The history's text diff on the 100k-character article (20 and 500 edits, an unrelated text),
/// and (with ui) a PDF proof of one article (benchdocument.cpp): timings moved out of ctest.
void measureDocumentWork(Context &context);
void measureExport(Context &context);
/// The desk overview (benchdesk.cpp): DeskOverviewReader::read() for the 30 days that end on
/// the newsroom's newest update, timed \a repeat times on \a database into \a read.
void timeDeskOverview(Database &database, Measurement &read, int repeat);
/// The desk overview on the full newsroom: its numbers, and (with ui) the window opened with its
/// four charts drawn.
void measureDeskOverview(Context &context);

// Widget paths (benchui.cpp): the real MainWindow, EditorArea and PreviewPane.
void measureStartup(Context &context);
void measureEditor(Context &context);
void measureListMemory(Context &context);
/// The galley application itself, in a process of its own (its memory).
void measureAppMemory(Context &context);

/// Runs \a sql through \a uri (an admin's, on the team server); empty on success, else the error.
[[nodiscard]] QString runOnServer(const QString &uri, const QString &sql);
/// \a uri with its database name replaced by \a database.
[[nodiscard]] QString withDatabase(const QString &uri, const QString &database);

// Team newsroom (benchteam.cpp): the full newsroom copied into PostgreSQL, then list, search,
// open and save there.
void measureTeamServer(Context &context);
// Live collaboration on the team server (benchlive.cpp): commit -> another desk's list, and a
// soak of 20 desks saving and commenting while listeners count the announcements.
void measureLiveCollaboration(Context &context);

/// Every path a run with \a options must measure (benchplan.cpp), written apart from the code
/// that measures them, so that a path cannot go missing unnoticed.
[[nodiscard]] QStringList plannedPaths(const Options &options);
/// Says on \a err what makes the run a failure and returns how many: a planned path missing, a
/// path not in the plan, a broken measurement (a failed operation), fewer samples than wanted.
[[nodiscard]] int judge(const Report &report, const Options &options, QTextStream &err);

/// Runs `sqlite3 -readonly <database>` with `.timer on` on \a sql \a repeat times and returns
/// the shell's own "Run Time: real" figures in ms (process start excluded); empty on failure.
[[nodiscard]] QList<double> sqliteShellTimes(const QString &database, const QString &sql, int repeat);

} // namespace galley::bench
