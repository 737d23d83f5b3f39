// The team newsroom's rows: the full newsroom copied into PostgreSQL with `galley copy`'s code,
// then the paths an editor feels on a server (list, search, open, save), measured the same way
// as on the file, over the server's Unix socket on this machine.

#include "bench.h"
#include "documentcontroller.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "models/articlelistmodel.h"
#include "newsroomgenerator.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/lockrepository.h"
#include "storage/newsroomcopy.h"

#include <QCoreApplication>
#include <QTest>
#include <QTextStream>

#include <libpq-fe.h>

namespace galley::bench {

QString runOnServer(const QString &adminUri, const QString &sql)
{
    PGconn *connection = PQconnectdb(adminUri.toUtf8().constData());
    QString error;
    if (PQstatus(connection) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    } else {
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    PQfinish(connection);
    return error;
}

QString withDatabase(const QString &uri, const QString &database)
{
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    const qsizetype query = uri.indexOf(QLatin1Char('?'), schemeEnd);
    const QString head = uri.left(query < 0 ? uri.size() : query);
    const qsizetype slash = head.indexOf(QLatin1Char('/'), schemeEnd);
    return (slash < 0 ? head : head.left(slash)) + QLatin1Char('/') + database + (query < 0 ? QString() : uri.mid(query));
}

namespace {

using Goal = Measurement::Goal;

QString tag(const QString &path)
{
    return QStringLiteral("team: ") + path;
}

} // namespace

void measureTeamServer(Context &context)
{
    const Options &options = context.options;
    QTextStream err(stderr);
    const QString size = context.fullSize + QStringLiteral(", PostgreSQL");
    Measurement copy = make(tag(QStringLiteral("galley copy of the newsroom file into PostgreSQL")),
        QStringLiteral("articles/s"), Goal::AtLeast, 2000, size);
    copy.wanted = 1; // one copy per run
    Measurement open = make(tag(QStringLiteral("list: open database, first page")), QStringLiteral("ms"), Goal::AtMost, 150, size);
    Measurement sort = make(tag(QStringLiteral("list: sort by title")), QStringLiteral("ms"), Goal::AtMost, 200, size);
    Measurement editorOpen = make(tag(QStringLiteral("open 20k-char article in the editor")), QStringLiteral("ms"),
        Goal::AtMost, 80, QStringLiteral("20,000 characters"));
    Measurement save = make(tag(QStringLiteral("save 100k-char article (+ revision)")), QStringLiteral("ms"), Goal::AtMost,
        50, QStringLiteral("100k characters"));
    Measurement lock = make(tag(QStringLiteral("editing lock: take and release")), QStringLiteral("ms"), Goal::AtMost, 50,
        QStringLiteral("one article"));
    Measurement desk = make(tag(QStringLiteral("desk overview: read states, 30 days, review times, open comments")),
        QStringLiteral("ms"), Goal::AtMost, 200, size);
    struct Query {
        QString label;
        QString text;
    };
    const QList<Query> queries = { { QStringLiteral("1-char Chinese"), QStringLiteral("草") },
        { QStringLiteral("2-char Chinese"), QStringLiteral("牧民") }, { QStringLiteral("4-char Chinese"), QStringLiteral("旗帜鲜明") },
        { QStringLiteral("English word"), QStringLiteral("paperwork") } };
    QList<Measurement> searches;
    for (const Query &query : queries)
        searches.append(make(tag(QStringLiteral("search top 50: %1 (%2)").arg(query.label, query.text)), QStringLiteral("ms"),
            Goal::AtMost, 150, size));
    QList<Measurement> shown; // what the user waits for: ArticleListModel's count + first page
    QStringList texts;
    for (const Query &query : queries) {
        shown.append(make(
            tag(QStringLiteral("search shown in the list: %1 (%2), count + first page").arg(query.label, query.text)),
            QStringLiteral("ms"), Goal::AtMost, 150, size));
        texts.append(query.text);
    }
    QList<Measurement> withoutHits;
    for (const QString &query : searchesWithoutHits())
        withoutHits.append(make(tag(QStringLiteral("search without a hit: %1, count + top 50").arg(query)),
            QStringLiteral("ms"), Goal::AtMost, 150, size));
    const auto addAll = [&] {
        for (Measurement *m : { &copy, &open, &sort })
            context.report.add(*m);
        for (const Measurement &m : std::as_const(searches))
            context.report.add(m);
        for (const Measurement &m : std::as_const(shown))
            context.report.add(m);
        for (const Measurement &m : std::as_const(withoutHits))
            context.report.add(m);
        if (options.ui) // a widget path, skipped with the others by --no-ui
            context.report.add(editorOpen);
        context.report.add(save);
        context.report.add(lock);
        context.report.add(desk);
    };

    // A fresh database each run: the copy is itself measured.
    const QString name = QStringLiteral("galley_bench_%1").arg(options.articles);
    QString error = runOnServer(options.teamServer, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (error.isEmpty())
        error = runOnServer(options.teamServer, QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString location = withDatabase(options.teamServer, name);
    Database destination;
    if (error.isEmpty() && destination.initialize(location) != Database::Status::Ok)
        error = destination.errorString();
    Database source;
    if (error.isEmpty() && source.openReadOnly(context.fullPath) != Database::Status::Ok)
        error = source.errorString();
    if (!error.isEmpty()) {
        err << "team server: " << error << '\n';
        addAll(); // without samples: reported as not measured
        return;
    }
    {
        NewsroomCopy copier(source, destination);
        QElapsedTimer timer;
        timer.start();
        if (copier.run()) {
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            copy.samples.append(double(copier.result().source.articles) / seconds);
            copy.note = QStringLiteral("%1 articles, %2 revisions in %3 s, checksums equal")
                            .arg(copier.result().source.articles)
                            .arg(copier.result().source.revisions)
                            .arg(seconds, 0, 'f', 1);
        } else {
            err << "team server: copy failed: " << copier.errorString() << '\n';
        }
    }
    source.close();
    destination.close();
    // The server's planner statistics, as autovacuum would gather them after a load.
    if (const QString error = runOnServer(location, QStringLiteral("ANALYZE")); !error.isEmpty())
        err << "team server: ANALYZE failed (the timings below run on default planner statistics): " << error << '\n';

    for (int r = 0; r < options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        Database database;
        if (database.open(location) != Database::Status::Ok) {
            err << database.errorString() << '\n';
            break;
        }
        ArticleListModel model(database);
        const int rows = std::min(50, model.rowCount());
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.data(model.index(row, column));
        }
        if (rows > 0)
            open.samples.append(elapsedMs(timer));
        timer.restart();
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        if (model.rowCount() > 0 && !model.data(model.index(0, 0)).toString().isEmpty())
            sort.samples.append(elapsedMs(timer));
    }

    Database database;
    if (database.open(location) != Database::Status::Ok) {
        err << database.errorString() << '\n';
        addAll();
        return;
    }
    ArticleSearch search(database);
    for (qsizetype q = 0; q < queries.size(); ++q) {
        ArticleFilter filter;
        filter.search = queries.at(q).text;
        for (int r = 0; r < options.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::DescendingOrder, 0, 50);
            const double ms = elapsedMs(timer);
            if (rows.isEmpty()) { // a search that finds nothing here is a failure, not a fast search
                err << "team search " << filter.search << " found nothing: " << search.errorString() << '\n';
                continue;
            }
            searches[q].samples.append(ms);
        }
    }
    timeSearchesShown(database, texts, shown, options.repeat);
    timeSearchesWithoutHits(database, withoutHits, options.repeat);
    timeDeskOverview(database, desk, options.repeat);

    if (options.ui) {
        ArticleRepository articles(database);
        EditorArea area(database);
        area.documentController()->setRecoveryHandler([](const Article &, const JournalEntry &) { return false; });
        area.documentController()->setAutosaveDelay(3600 * 1000);
        area.documentController()->setMaxSaveDelay(3600 * 1000);
        area.resize(1400, 900);
        area.show();
        if (!QTest::qWaitForWindowExposed(&area))
            err << "editor not exposed\n";
        for (int r = 0; r < options.repeat; ++r) {
            (void)area.openArticle(3);
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            const std::optional<Article> article = articles.load(Article20kId);
            if (!article || !area.openArticle(article->id)) {
                err << "could not open article " << Article20kId << '\n';
                continue;
            }
            area.bodyEditor()->viewport()->repaint();
            editorOpen.samples.append(elapsedMs(timer));
        }
        editorOpen.note = QStringLiteral("ArticleRepository::load + EditorArea::openArticle + repaint");
        (void)area.closeArticle(); // lets go of its editing lock, as leaving Galley does
    }

    timeSaves(database, save, options.repeat);

    // What opening and leaving an article costs on a server: one statement each way. A take
    // that did not take, or a release that left the lock, is a failure, not a timing.
    LockRepository locks(database, QStringLiteral("galley-bench"));
    for (int r = 0; r < options.repeat * 20; ++r) {
        QElapsedTimer timer;
        timer.start();
        const LockRepository::TakeOutcome taken = locks.take(Article20kId, QStringLiteral("bench"));
        const bool released = taken.result == LockRepository::TakeResult::Taken && locks.release(Article20kId);
        const double ms = elapsedMs(timer);
        if (!released || taken.lock.session != locks.session() || locks.lock(Article20kId)) {
            err << "team lock take and release failed: "
                << (taken.result == LockRepository::TakeResult::HeldBy ? QStringLiteral("held by ") + taken.lock.holder
                                                                        : locks.errorString())
                << '\n';
            break;
        }
        lock.samples.append(ms);
    }
    lock.note = QStringLiteral("LockRepository::take + release, as opening and leaving an article");
    addAll();
}

} // namespace galley::bench
