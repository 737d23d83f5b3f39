// Live collaboration on a team newsroom (issue #12), on the --team-server: how soon a commit by
// one desk shows in another desk's article list (the real main window), and a soak of writers
// saving and commenting on a small newsroom with listeners counting every announcement: no
// lost update, no deadlock, every announcement delivered to every listener, the server's CPU.

#include "articlelistdock.h"
#include "bench.h"
#include "liveupdates.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/newsroomwatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

#include <atomic>
#include <unistd.h>

namespace galley::bench {

namespace {

using Goal = Measurement::Goal;

constexpr int SoakArticles = 200;
constexpr int SoakWriters = 20;
constexpr int SoakListeners = 3;

/// A colleague's Galley in this process: announcements it causes are not this window's own.
void actAsAnotherSession(Database &database, const QString &session)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT set_config('galley.session', '%1', false)").arg(session));
}

/// CPU time (user + system) of every PostgreSQL server process on this machine, in seconds.
double serverCpuSeconds()
{
    double ticks = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < 0 || line.mid(open + 1, close - open - 1) != "postgres")
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12)
            ticks += fields.at(11).toDouble() + fields.at(12).toDouble(); // utime, stime
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

Article soakArticle(int n)
{
    Article article;
    article.title = QStringLiteral("协作压测稿件 %1").arg(n);
    article.bodyHtml = QStringLiteral("<p>牧民开始春耕，草场返青，第%1篇。</p>\n").arg(n);
    article.byline = QStringLiteral("赵晓");
    return article;
}

/// Commit by one desk → the row in another desk's list (MainWindow with LiveUpdates).
void measureListLatency(Context &context, const QString &location, Measurement &median, Measurement &p95)
{
    QTextStream err(stderr);
    Database window;
    Database other;
    if (window.open(location) != Database::Status::Ok || other.open(location) != Database::Status::Ok) {
        err << "live: " << window.errorString() << other.errorString() << '\n';
        return;
    }
    actAsAnotherSession(other, QStringLiteral("bench-colleague"));
    MainWindow mainWindow(window);
    mainWindow.resize(1366, 768);
    mainWindow.show();
    if (!QTest::qWaitForWindowExposed(&mainWindow)) {
        err << "live: main window not exposed\n";
        return;
    }
    ArticleListModel *model = mainWindow.articleList()->model();
    ArticleRepository articles(other);
    const int samples = std::max(20, context.options.repeat * 4);
    for (int i = 0; i < samples; ++i) {
        std::optional<Article> article = articles.load(1 + i % SoakArticles);
        if (!article) {
            err << "live: no article to change\n";
            return;
        }
        article->title = QStringLiteral("实时更新 %1-%2").arg(i).arg(QRandomGenerator::global()->generate());
        QElapsedTimer timer;
        timer.start();
        if (articles.save(*article) != ArticleRepository::SaveResult::Saved) {
            err << "live: save failed: " << articles.errorString() << '\n';
            continue;
        }
        bool shown = false;
        while (!shown && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const int row = model->rowOfArticle(article->id);
            shown = row >= 0 && model->index(row, ArticleListModel::TitleColumn).data().toString() == article->title;
        }
        if (!shown) { // never arrived: a failure, not a slow sample
            err << "live: the change to article " << article->id << " did not reach the other list within 5 s\n";
            median.broken = true;
            continue;
        }
        median.samples.append(elapsedMs(timer));
        QTest::qWait(30);
    }
    p95.samples = median.samples;
    p95.broken = median.broken;
    median.note
        = QStringLiteral("ArticleRepository::save on one connection -> NOTIFY -> NewsroomWatcher -> LiveUpdates "
                         "-> the row's title in MainWindow's list; %1 commits")
              .arg(samples);
}

/// The soak: writers saving (the save use case) and commenting (the annotate use case) on their
/// own connections and threads, listeners counting announcements on theirs.
void measureSoak(Context &context, const QString &location, Measurement &rate, Measurement &delivered, Measurement &cpu)
{
    QTextStream err(stderr);
    const int seconds = context.options.soakSeconds;

    struct Listener {
        std::atomic<qint64> articles { 0 };
        std::atomic<qint64> annotations { 0 };
        std::atomic<bool> ready { false };
    };
    std::vector<std::unique_ptr<Listener>> listeners;
    std::vector<std::unique_ptr<QThread>> listenerThreads;
    std::atomic<bool> stopListening { false };
    for (int l = 0; l < SoakListeners; ++l) {
        listeners.push_back(std::make_unique<Listener>());
        Listener *listener = listeners.back().get();
        listenerThreads.emplace_back(QThread::create([listener, location, &stopListening] {
            Database database;
            if (database.open(location) != Database::Status::Ok)
                return;
            actAsAnotherSession(database, QStringLiteral("bench-listener"));
            NewsroomWatcher watcher;
            QObject::connect(&watcher, &NewsroomWatcher::changed, [listener](const NewsroomEvent &event) {
                if (event.table == QLatin1String("articles"))
                    ++listener->articles;
                else if (event.table == QLatin1String("annotations"))
                    ++listener->annotations;
            });
            if (!watcher.start(database))
                return;
            listener->ready = true;
            QEventLoop loop;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, &stopListening] {
                if (stopListening)
                    loop.quit();
            });
            poll.start(50);
            loop.exec();
        }));
        listenerThreads.back()->start();
    }
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 10000
        && !std::all_of(listeners.begin(), listeners.end(), [](const auto &l) { return l->ready.load(); }))
        QThread::msleep(10);
    // A listener that could not start would "miss" every announcement: a failure, not a result.
    const bool listening
        = std::all_of(listeners.begin(), listeners.end(), [](const auto &l) { return l->ready.load(); });
    if (!listening)
        err << "live soak: a listener could not start listening\n";

    struct Writer {
        qint64 saves = 0;
        qint64 conflicts = 0;
        qint64 comments = 0;
        qint64 errors = 0;
        QString lastError;
        QList<QPair<qint64, QString>> markers; ///< article, marker of each saved edit
    };
    std::vector<Writer> writers(SoakWriters);
    std::vector<std::unique_ptr<QThread>> writerThreads;
    std::atomic<bool> stopWriting { false };
    const double cpuBefore = serverCpuSeconds();
    QElapsedTimer soak;
    soak.start();
    for (int w = 0; w < SoakWriters; ++w) {
        Writer *writer = &writers[size_t(w)];
        writerThreads.emplace_back(QThread::create([writer, w, location, &stopWriting] {
            Database database;
            if (database.open(location) != Database::Status::Ok) {
                ++writer->errors;
                writer->lastError = database.errorString();
                return;
            }
            actAsAnotherSession(database, QStringLiteral("bench-writer-%1").arg(w));
            ArticleRepository articles(database);
            QRandomGenerator random(quint32(1000 + w));
            for (qint64 n = 0; !stopWriting; ++n) {
                const qint64 id = 1 + random.bounded(SoakArticles);
                std::optional<Article> article = articles.load(id);
                if (!article) {
                    ++writer->errors;
                    writer->lastError = articles.errorString();
                    continue;
                }
                if (n % 4 == 3) {
                    Annotation note;
                    note.articleId = id;
                    note.author = QStringLiteral("审核人%1").arg(w);
                    note.body = QStringLiteral("第%1条意见").arg(n);
                    note.anchor.quote = QStringLiteral("牧民");
                    const NewsroomActions::AnnotateOutcome outcome
                        = NewsroomActions::annotate(database, *article, note);
                    if (outcome.ok) {
                        ++writer->comments;
                    } else {
                        ++writer->errors;
                        writer->lastError = outcome.error;
                    }
                    continue;
                }
                const QString marker = QStringLiteral("w%1-%2").arg(w).arg(n);
                article->bodyHtml += QStringLiteral("<p>%1</p>\n").arg(marker);
                const NewsroomActions::SaveOutcome outcome = NewsroomActions::save(
                    database, *article, RevisionKind::Autosave, QStringLiteral("编辑%1").arg(w));
                if (outcome.result == ArticleRepository::SaveResult::Saved) {
                    ++writer->saves;
                    writer->markers.append({ id, marker });
                } else if (outcome.result == ArticleRepository::SaveResult::Conflict) {
                    ++writer->conflicts; // someone saved first: the version check refused, as it must
                } else {
                    ++writer->errors;
                    writer->lastError = outcome.error;
                }
            }
        }));
        writerThreads.back()->start();
    }
    QThread::sleep(unsigned(seconds));
    stopWriting = true;
    for (auto &thread : writerThreads)
        thread->wait();
    const double elapsed = double(soak.nsecsElapsed()) / 1e9;
    const double cpuSeconds = serverCpuSeconds() - cpuBefore;

    qint64 saves = 0, comments = 0, errors = 0, conflicts = 0;
    for (const Writer &writer : writers) {
        saves += writer.saves;
        comments += writer.comments;
        errors += writer.errors;
        conflicts += writer.conflicts;
        if (writer.errors)
            err << "live soak: a writer failed: " << writer.lastError << '\n';
    }
    // Every announcement reaches every listener (wait for the last ones to arrive).
    const auto allHeard = [&] {
        return std::all_of(listeners.begin(), listeners.end(),
            [&](const auto &l) { return l->articles.load() >= saves && l->annotations.load() >= comments; });
    };
    wait.restart();
    while (wait.elapsed() < 10000 && !allHeard())
        QThread::msleep(20);
    stopListening = true;
    for (auto &thread : listenerThreads)
        thread->wait();

    // No lost update: every saved edit's marker is in the article's final text.
    Database check;
    qint64 lost = 0;
    if (check.open(location) == Database::Status::Ok) {
        ArticleRepository articles(check);
        QHash<qint64, QString> bodies;
        for (const Writer &writer : writers) {
            for (const auto &[id, marker] : writer.markers) {
                if (!bodies.contains(id))
                    bodies.insert(id, articles.load(id).value_or(Article {}).bodyHtml);
                if (!bodies.value(id).contains(QStringLiteral("<p>%1</p>").arg(marker)))
                    ++lost;
            }
        }
    } else {
        lost = -1;
    }

    rate.samples.append(double(saves + comments) / elapsed);
    rate.note = QStringLiteral("%1 writers, %2 articles, %3 s: %4 saves, %5 comments, %6 refused by the version check, "
                               "%7 errors, %8 lost updates")
                    .arg(SoakWriters)
                    .arg(SoakArticles)
                    .arg(elapsed, 0, 'f', 1)
                    .arg(saves)
                    .arg(comments)
                    .arg(conflicts)
                    .arg(errors)
                    .arg(lost);
    rate.broken = errors > 0 || lost != 0 || saves == 0;
    qint64 worst = 0;
    QStringList heard;
    for (const auto &listener : listeners) {
        const qint64 missed = std::max<qint64>(0, saves - listener->articles.load())
            + std::max<qint64>(0, comments - listener->annotations.load());
        worst = std::max(worst, missed);
        heard.append(QStringLiteral("%1+%2").arg(listener->articles.load()).arg(listener->annotations.load()));
    }
    delivered.samples.append(double(worst));
    delivered.broken = !listening;
    delivered.note = QStringLiteral("%1 listeners heard (articles+comments) %2 of %3+%4")
                         .arg(SoakListeners)
                         .arg(heard.join(QStringLiteral(", ")))
                         .arg(saves)
                         .arg(comments);
    cpu.samples.append(100.0 * cpuSeconds / elapsed);
    cpu.note = QStringLiteral("all postgres processes, user + system, over the soak");
}

} // namespace

void measureLiveCollaboration(Context &context)
{
    const Options &options = context.options;
    QTextStream err(stderr);
    const QString size = QStringLiteral("%1 articles, PostgreSQL").arg(SoakArticles);
    Measurement latency = make(QStringLiteral("team live: commit -> row in another desk's list (median)"),
        QStringLiteral("ms"), Goal::AtMost, 300, size);
    Measurement latency95 = make(QStringLiteral("team live: commit -> row in another desk's list (p95)"),
        QStringLiteral("ms"), Goal::AtMost, 1000, size);
    latency95.percentile95 = true;
    Measurement rate = make(
        QStringLiteral("team live: %1 desks saving and commenting for %2 s").arg(SoakWriters).arg(options.soakSeconds),
        QStringLiteral("commits/s"), Goal::Report, 0, size);
    Measurement delivered = make(QStringLiteral("team live: announcements a listener missed"),
        QStringLiteral("announcements"), Goal::AtMost, 1, size);
    Measurement cpu = make(
        QStringLiteral("team live: server CPU during the soak"), QStringLiteral("% of a core"), Goal::Report, 0, size);
    for (Measurement *m : { &rate, &delivered, &cpu })
        m->wanted = 1; // one soak per run
    const auto addAll = [&] {
        if (options.ui) {
            context.report.add(latency);
            context.report.add(latency95);
        }
        for (Measurement *m : { &rate, &delivered, &cpu })
            context.report.add(*m);
    };

    const QString name = QStringLiteral("galley_bench_live");
    QString error
        = runOnServer(options.teamServer, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (error.isEmpty())
        error = runOnServer(options.teamServer, QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString location = withDatabase(options.teamServer, name);
    {
        Database setup;
        if (error.isEmpty() && setup.initialize(location) != Database::Status::Ok)
            error = setup.errorString();
        if (error.isEmpty()) {
            ArticleRepository articles(setup);
            WriteTransaction transaction(setup);
            for (int n = 1; n <= SoakArticles && error.isEmpty(); ++n) {
                Article article = soakArticle(n);
                if (!articles.create(article))
                    error = articles.errorString();
            }
            if (error.isEmpty() && !transaction.commit())
                error = transaction.errorString();
        }
    }
    if (!error.isEmpty()) {
        err << "team live: " << error << '\n';
        addAll(); // without samples: reported as not measured
        return;
    }
    if (options.ui)
        measureListLatency(context, location, latency, latency95);
    measureSoak(context, location, rate, delivered, cpu);
    addAll();
}

} // namespace galley::bench
