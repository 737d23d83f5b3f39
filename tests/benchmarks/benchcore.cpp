// The paths that need no widgets: the list model, search, save, serializer and sanitizer
// throughput, export; with the sqlite3 shell and tidy as peers where they do the same work.

#include "bench.h"

#include "document/canonicalhtml.h"
#include "document/paragraphmerge.h"
#include "document/sanitizer.h"
#include "exporting/exporter.h"
#include "models/articlelistmodel.h"
#include "newsroomgenerator.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <vector>

namespace galley::bench {

namespace {

using Goal = Measurement::Goal;

void touchFirstPage(const ArticleListModel &model, int rows)
{
    const int count = std::min(rows, model.rowCount());
    for (int row = 0; row < count; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
}

void addShellPeer(Context &context, const QString &path, const QString &database, const QStringList &statements,
                  const QString &size)
{
    if (!context.options.peers)
        return;
    Measurement peer = make(path, QStringLiteral("ms"), Goal::Report, 0, size);
    const QList<double> times = sqliteShellTimes(database, statements.join(QStringLiteral(";\n")) + QLatin1Char(';'),
                                                 context.options.repeat);
    // The shell prints one time per statement: each repetition is the sum of its statements.
    const auto perRun = statements.size();
    for (qsizetype i = 0; i + perRun <= times.size(); i += perRun) {
        double sum = 0;
        for (qsizetype j = 0; j < perRun; ++j)
            sum += times.at(i + j);
        peer.samples.append(sum);
    }
    peer.note = times.isEmpty() ? QStringLiteral("sqlite3 shell not available") : QStringLiteral("sqlite3 shell .timer, process start excluded");
    context.report.add(peer);
}

QString utf8Megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB per run").arg(double(bytes) / 1e6, 0, 'f', 2);
}

} // namespace

QList<double> sqliteShellTimes(const QString &database, const QString &sql, int repeat)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return {};
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < repeat; ++i)
        script += sql + QLatin1Char('\n');
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), database});
    if (!process.waitForStarted())
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        return {};
    QList<double> times;
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    for (auto it = runTime.globalMatch(output); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000.0);
    return times;
}

void measureList(Context &context)
{
    const Options &options = context.options;
    const QString size = context.listSize;
    Measurement open = make(QStringLiteral("list: open database, first page"), QStringLiteral("ms"), Goal::AtMost, 150, size);
    Measurement sort = make(QStringLiteral("list: sort by title"), QStringLiteral("ms"), Goal::AtMost, 200, size);
    Measurement last = make(QStringLiteral("list: jump to last row"), QStringLiteral("ms"), Goal::AtMost, 200, size);
    open.peer = QStringLiteral("peer sqlite3: count + first page");
    sort.peer = QStringLiteral("peer sqlite3: first page by title");
    last.peer = QStringLiteral("peer sqlite3: last page by title");
    for (int r = 0; r < options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        Database database;
        if (database.open(context.listPath) != Database::Status::Ok) {
            qWarning("%s", qPrintable(database.errorString()));
            return;
        }
        ArticleListModel model(database);
        touchFirstPage(model, 50);
        open.samples.append(elapsedMs(timer));

        timer.restart();
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        touchFirstPage(model, 50);
        sort.samples.append(elapsedMs(timer));

        timer.restart();
        const int lastRow = model.rowCount() - 1;
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(lastRow, column));
        last.samples.append(elapsedMs(timer));
    }
    context.report.add(open);
    addShellPeer(context, open.peer, context.listPath,
                 {QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NULL"),
                  QStringLiteral("SELECT id, title, status, byline, desk, updated_at, char_count, publish_at FROM articles "
                                 "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 256")},
                 size);
    context.report.add(sort);
    addShellPeer(context, sort.peer, context.listPath,
                 {QStringLiteral("SELECT id, title, status, byline, desk, updated_at, char_count, publish_at FROM articles "
                                 "WHERE deleted_at IS NULL ORDER BY title, id LIMIT 256")},
                 size);
    context.report.add(last);
    addShellPeer(context, last.peer, context.listPath,
                 {QStringLiteral("SELECT id, title, status, byline, desk, updated_at, char_count, publish_at FROM articles "
                                 "WHERE deleted_at IS NULL ORDER BY title DESC, id DESC LIMIT 256")},
                 size);
}

/// The rows a list view shows at \a top (a window of 40), read as the view reads them; false
/// when one of them cannot be read (a failed query is not timed as a fast one).
bool touchWindow(const ArticleListModel &model, int top)
{
    const int end = std::min(top + 40, model.rowCount());
    for (int row = top; row < end; ++row) {
        if (model.data(model.index(row, ArticleListModel::TitleColumn)).toString().isEmpty())
            return false;
        for (int column = 1; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
    return true;
}

// Anywhere in a million articles: a jump into the middle of the list (the farthest row from
// either end) and the scroll bar dragged through it, each position's page read afresh, by the
// sorts a desk uses.
void measureListSeek(Context &context)
{
    const struct Sort {
        const char *name;
        ArticleListModel::Column column;
        Qt::SortOrder order;
    } sorts[] = { { "title", ArticleListModel::TitleColumn, Qt::AscendingOrder },
        { "updated time", ArticleListModel::UpdatedColumn, Qt::DescendingOrder },
        { "status", ArticleListModel::StatusColumn, Qt::AscendingOrder } };
    for (const Sort &sort : sorts) {
        const QString name = QString::fromLatin1(sort.name);
        Measurement jump = make(QStringLiteral("list: jump to the middle row, by %1").arg(name), QStringLiteral("ms"),
            Goal::AtMost, 50, context.listSize);
        Measurement drag = make(QStringLiteral("list: scroll bar dragged through the list, a page per position, p95, by %1")
                                    .arg(name),
            QStringLiteral("ms"), Goal::AtMost, 30, context.listSize);
        drag.percentile95 = true;
        Measurement next = make(QStringLiteral("list: scrolled page by page from the middle, p95, by %1").arg(name),
            QStringLiteral("ms"), Goal::AtMost, 30, context.listSize);
        next.percentile95 = true;
        constexpr int Pages = 20;
        next.wanted = Pages * context.options.repeat;
        constexpr int Positions = 200;
        drag.wanted = Positions * context.options.repeat;
        for (int r = 0; r < context.options.repeat; ++r) {
            Database database;
            if (database.open(context.listPath) != Database::Status::Ok) {
                jump.broken = drag.broken = true;
                jump.note = database.errorString();
                break;
            }
            ArticleListModel model(database);
            model.sort(sort.column, sort.order);
            const int rows = model.rowCount();
            QElapsedTimer timer;
            timer.start();
            if (!touchWindow(model, rows / 2)) {
                jump.broken = true;
                jump.note = QStringLiteral("the middle rows could not be read");
                break;
            }
            jump.samples.append(elapsedMs(timer));
            jump.note = QStringLiteral("row %1 of %2, a fresh list each run").arg(rows / 2).arg(rows);
            // On from there, as a wheel or Page Down scrolls: each page read next to the last.
            for (int page = 1; page <= Pages; ++page) {
                timer.restart();
                if (!touchWindow(model, rows / 2 + page * ArticleListModel::PageSize)) {
                    next.broken = true;
                    next.note = QStringLiteral("the rows of page %1 could not be read").arg(page);
                    break;
                }
                next.samples.append(elapsedMs(timer));
            }
            if (!next.broken) // the reason it broke stays in the note
                next.note = QStringLiteral("%1 pages of %2 rows after the middle row").arg(Pages).arg(ArticleListModel::PageSize);
            ArticleListModel dragged(database);
            dragged.sort(sort.column, sort.order);
            for (int step = 0; step < Positions; ++step) {
                timer.restart();
                if (!touchWindow(dragged, int(qint64(rows - 40) * step / (Positions - 1)))) {
                    drag.broken = true;
                    drag.note = QStringLiteral("the rows at position %1 could not be read").arg(step);
                    break;
                }
                drag.samples.append(elapsedMs(timer));
            }
            if (!drag.broken) // the reason it broke stays in the note
                drag.note = QStringLiteral("%1 evenly spaced positions, 40 rows each").arg(Positions);
        }
        context.report.add(jump);
        context.report.add(next);
        context.report.add(drag);
    }
}

void measureSearch(Context &context)
{
    Database database;
    if (database.open(context.fullPath) != Database::Status::Ok) {
        qWarning("%s", qPrintable(database.errorString()));
        return;
    }
    ArticleSearch search(database);
    struct Query {
        QString label;
        QString text;
        bool trigram;
    };
    const QList<Query> queries = {
        {QStringLiteral("1-char Chinese"), QStringLiteral("草"), false},
        {QStringLiteral("2-char Chinese"), QStringLiteral("牧民"), false},
        {QStringLiteral("4-char Chinese"), QStringLiteral("旗帜鲜明"), true},
        {QStringLiteral("English word"), QStringLiteral("paperwork"), true},
    };
    for (const Query &query : queries) {
        ArticleFilter filter;
        filter.search = query.text;
        Measurement page = make(QStringLiteral("search top 50: %1 (%2)").arg(query.label, query.text),
                                QStringLiteral("ms"), Goal::AtMost, 100, context.fullSize);
        Measurement count = make(QStringLiteral("search hit count: %1").arg(query.label), QStringLiteral("ms"),
                                 Goal::Report, 0, context.fullSize);
        qint64 hits = 0;
        for (int r = 0; r < context.options.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::DescendingOrder, 0, 50);
            const double ms = elapsedMs(timer);
            if (rows.isEmpty()) // the generated newsroom has hits: finding none is a failure, not a fast search
                qWarning("search %s found nothing: %s", qPrintable(query.text), qPrintable(search.errorString()));
            else
                page.samples.append(ms);
            timer.restart();
            hits = search.count(filter);
            if (hits > 0)
                count.samples.append(elapsedMs(timer));
        }
        count.note = QStringLiteral("%1 hits; the list shows the count beside the first page").arg(hits);
        if (query.trigram)
            page.peer = QStringLiteral("peer sqlite3: trigram MATCH top 50 (%1)").arg(query.text);
        else
            page.note = QStringLiteral("no shell peer: the bigram index needs Galley's tokenizer");
        context.report.add(page);
        context.report.add(count);
        QList<Measurement> shown { make(
            QStringLiteral("search shown in the list: %1 (%2), count + first page").arg(query.label, query.text),
            QStringLiteral("ms"), Goal::AtMost, 150, context.fullSize) };
        timeSearchesShown(database, { query.text }, shown, context.options.repeat);
        context.report.add(shown.constFirst());
        if (query.trigram) {
            addShellPeer(context, page.peer, context.fullPath,
                         {QStringLiteral("SELECT a.id, a.title FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid "
                                         "WHERE articles_fts MATCH '\"%1\"' AND a.deleted_at IS NULL "
                                         "ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT 50").arg(query.text)},
                         context.fullSize);
        }
    }
    QList<Measurement> withoutHits;
    for (const QString &query : searchesWithoutHits())
        withoutHits.append(make(QStringLiteral("search without a hit: %1, count + top 50").arg(query),
            QStringLiteral("ms"), Goal::AtMost, 150, context.fullSize));
    timeSearchesWithoutHits(database, withoutHits, context.options.repeat);
    for (const Measurement &m : std::as_const(withoutHits))
        context.report.add(m);
}

void timeSearchesWithoutHits(Database &database, QList<Measurement> &measured, int repeat)
{
    ArticleSearch search(database);
    const QStringList queries = searchesWithoutHits();
    for (qsizetype q = 0; q < queries.size(); ++q) {
        ArticleFilter filter;
        filter.search = queries.at(q);
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            const ListCount count = search.quickCount(filter);
            const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::DescendingOrder, 0, 50);
            const double ms = elapsedMs(timer);
            if (count.count != 0 || !count.exact || !rows.isEmpty() || !search.errorString().isEmpty()) {
                qWarning("search %s should find nothing: %lld counted, %lld listed %s", qPrintable(filter.search),
                    qlonglong(count.count), qlonglong(rows.size()), qPrintable(search.errorString()));
                continue;
            }
            measured[q].samples.append(ms);
            measured[q].note = QStringLiteral("no article; ArticleSearch::quickCount() + page(0, 50)");
        }
    }
}

void timeSearchesShown(Database &database, const QStringList &queries, QList<Measurement> &shown, int repeat)
{
    ArticleListModel model(database);
    for (qsizetype q = 0; q < queries.size(); ++q) {
        ArticleFilter filter;
        filter.search = queries.at(q);
        for (int r = 0; r < repeat; ++r) {
            model.setFilter({}); // the plain list first, as before a search is typed (not timed)
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            touchFirstPage(model, 50);
            const double ms = elapsedMs(timer);
            if (model.rowCount() == 0 || model.articleId(0) == 0) { // nothing listed is a failure, not a fast search
                qWarning("search %s listed nothing: %s", qPrintable(filter.search), qPrintable(model.errorString()));
                continue;
            }
            shown[q].samples.append(ms);
            shown[q].note = model.isCountExact()
                ? QStringLiteral("%L1 articles").arg(model.count())
                : QStringLiteral("about %L1 articles (estimated; %L2 rows listed until scrolled)")
                      .arg(model.count())
                      .arg(model.rowCount());
        }
    }
}

void timeSaves(Database &database, Measurement &save, int repeat)
{
    std::optional<Article> article = ArticleRepository(database).load(Article100kId);
    if (!article) {
        qWarning("save: article %lld cannot be loaded", Article100kId);
        return; // no samples: reported as not measured
    }
    save.size = QStringLiteral("%1 characters").arg(article->characterCount);
    for (int r = 0; r < repeat; ++r) {
        // A typed word in the middle of the text, as an autosave after typing would store.
        const qsizetype at = article->bodyHtml.indexOf(QStringLiteral("</p>"), article->bodyHtml.size() / 2);
        article->bodyHtml.insert(at, QStringLiteral("修订"));
        QElapsedTimer timer;
        timer.start();
        // The use case the editor's autosave runs: the article and its revision in one transaction.
        const NewsroomActions::SaveOutcome outcome
            = NewsroomActions::save(database, *article, RevisionKind::Autosave, QStringLiteral("bench"));
        const double ms = elapsedMs(timer);
        if (outcome.result != ArticleRepository::SaveResult::Saved) {
            qWarning("save failed: %s", qPrintable(outcome.error));
            continue; // a failed save is not a timing
        }
        save.samples.append(ms);
    }
}

void measureSave(Context &context)
{
    Measurement save = make(QStringLiteral("save 100k-char article (+ revision)"), QStringLiteral("ms"), Goal::AtMost, 20,
                            QStringLiteral("100k characters"));
    Database database;
    if (database.open(context.fullPath) == Database::Status::Ok)
        timeSaves(database, save, context.options.repeat);
    else
        qWarning("%s", qPrintable(database.errorString()));
    context.report.add(save); // without samples when it could not be measured: the run fails
}

void measureThroughput(Context &context)
{
    Database database;
    if (database.open(context.fullPath) != Database::Status::Ok)
        return;
    ArticleRepository articles(database);
    const std::optional<Article> longest = articles.load(Article100kId);
    if (!longest)
        return;

    QTextDocument document;
    CanonicalHtml::toDocument(longest->bodyHtml, document);
    Measurement canonical = make(QStringLiteral("canonical serializer (QTextDocument -> HTML)"), QStringLiteral("MB/s"),
                                 Goal::AtLeast, 50, QStringLiteral("100k-char article"));
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const QString html = CanonicalHtml::fromDocument(document);
        const double seconds = elapsedMs(timer) / 1000.0;
        canonical.samples.append(double(html.toUtf8().size()) / 1e6 / seconds);
        canonical.size = QStringLiteral("100k-char article, ") + utf8Megabytes(html.toUtf8().size());
    }
    context.report.add(canonical);

    // Sanitizer input: the real-world paste fixtures (Word, Google Docs, WeChat, ...) and
    // generated article bodies.
    QStringList inputs;
    const QDir fixtures(QStringLiteral(GALLEY_SOURCE_DIR "/tests/data/html"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.html")}, QDir::Files)) {
        if (name.endsWith(QLatin1String(".canonical.html")))
            continue;
        QFile file(fixtures.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            inputs.append(QString::fromUtf8(file.readAll()));
    }
    for (qint64 id = 3; id < 203; ++id) {
        if (const std::optional<Article> article = articles.load(id))
            inputs.append(article->bodyHtml);
    }
    qint64 bytes = 0;
    for (const QString &input : std::as_const(inputs))
        bytes += input.toUtf8().size();
    Measurement sanitizer = make(QStringLiteral("sanitizer (gumbo) throughput"), QStringLiteral("MB/s"), Goal::AtLeast, 20,
                                 QStringLiteral("%1 documents, %2").arg(inputs.size()).arg(utf8Megabytes(bytes)));
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        qsizetype total = 0;
        for (const QString &input : std::as_const(inputs))
            total += Sanitizer::sanitize(input).size();
        sanitizer.samples.append(double(bytes) / 1e6 / (elapsedMs(timer) / 1000.0));
        Q_UNUSED(total);
    }
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    if (context.options.peers && !tidy.isEmpty()) {
        sanitizer.peer = QStringLiteral("peer tidy: validate the same HTML");
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("all.html"));
        QFile file(input);
        if (file.open(QIODevice::WriteOnly))
            file.write(inputs.join(QLatin1Char('\n')).toUtf8());
        file.close();
        Measurement peer = make(sanitizer.peer, QStringLiteral("MB/s"), Goal::Report, 0, sanitizer.size);
        for (int r = 0; r < context.options.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            QProcess::execute(tidy, {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-utf8"), input});
            peer.samples.append(double(bytes) / 1e6 / (elapsedMs(timer) / 1000.0));
        }
        peer.note = QStringLiteral("one process, start included");
        context.report.add(sanitizer);
        context.report.add(peer);
    } else {
        sanitizer.note = context.options.peers ? QStringLiteral("peer tidy: not installed") : QString();
        context.report.add(sanitizer);
    }
}

/// The worst cases that used to be timed inside ctest (tst_paragraphmerge, tst_sanitizer): the
/// tests keep what the result must be, the speed is measured here.
void measureWorstCases(Context &context)
{
    // A long feature of 3,000 paragraphs; two editors each changed every tenth one (a save that
    // merges a colleague's work runs this on the GUI thread).
    QStringList base;
    for (int i = 0; i < 3000; ++i)
        base.append(QStringLiteral("<p>第%1段。来自外蒙古的游客在草原上搭起帐篷，牧民们送来奶茶和手把肉。</p>\n").arg(i));
    QStringList mine = base;
    QStringList theirs = base;
    for (int i = 0; i < 3000; i += 10) {
        mine[i] = QStringLiteral("<p>第%1段（我改）。</p>\n").arg(i);
        theirs[i + 5] = QStringLiteral("<p>第%1段（他改）。</p>\n").arg(i + 5);
    }
    const QString baseHtml = base.join(QString());
    const QString mineHtml = mine.join(QString());
    const QString theirsHtml = theirs.join(QString());
    Measurement merge = make(QStringLiteral("three-way merge of a 3,000-paragraph article, disjoint edits"), QStringLiteral("ms"),
                             Goal::AtMost, 1000, QStringLiteral("3,000 paragraphs, 300 edits a side"));
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const ParagraphMerge result(baseHtml, mineHtml, theirsHtml);
        const double ms = elapsedMs(timer);
        if (!result.isClean() || !result.mergedHtml().contains(QStringLiteral("第2995段（他改）"))) {
            merge.broken = true;
            merge.note = QStringLiteral("the merge was not clean or lost an edit");
            break;
        }
        merge.samples.append(ms);
    }
    context.report.add(merge);

    // Hostile pastes: each is sanitized in one call; the slowest one is the row.
    const auto repeat = [](const char *unit, int times) { return QString::fromUtf8(unit).repeated(times); };
    const QStringList pastes = { repeat("<span><script>alert(1)</script>", 10000) + QStringLiteral("tail"),
        QStringLiteral("<p>") + repeat("中文 text ", 200000), repeat("<p>段", 100000),
        QStringLiteral("a") + repeat("<br>", 100000) + QStringLiteral("b"), repeat("<b><i></b></i>", 50000) + QStringLiteral("end"),
        QStringLiteral("<a href=\"https://x.org/") + repeat("a", 1000000) + QStringLiteral("\">l</a>"),
        QStringLiteral("<table>") + repeat("<tr><td>c</td><td>d", 5000) };
    Measurement hostile = make(QStringLiteral("sanitizer: slowest of 7 hostile pastes"), QStringLiteral("ms"), Goal::AtMost,
                               2000, QStringLiteral("nesting, 2 MB paragraph, 100k tags, 1 MB attribute"));
    for (int r = 0; r < context.options.repeat; ++r) {
        double slowest = 0;
        for (qsizetype i = 0; i < pastes.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const QString output = Sanitizer::sanitize(pastes.at(i));
            slowest = std::max(slowest, elapsedMs(timer));
            if (output.isEmpty()) {
                hostile.broken = true;
                hostile.note = QStringLiteral("paste %1 of %2 was sanitized to nothing").arg(i + 1).arg(pastes.size());
            }
        }
        if (hostile.broken)
            break;
        hostile.samples.append(slowest);
    }
    context.report.add(hostile);
}

void measureExport(Context &context)
{
    const qint64 available = context.options.articles;
    const int count = int(std::min<qint64>(context.options.exportArticles, available));
    ExportSelection selection;
    for (qint64 id = 3; id < 3 + count; ++id)
        selection.ids.append(id);
    // Every run writes into a new folder, and the folders stay until both rows are measured:
    // removing one run's ~1,000 files just before the next run made that run pay for them. On an
    // ext4 without a journal (this VM's), each new file's inode is searched past every inode
    // freed in the last seconds (the kernel's recently_deleted(): 30% to 50% of the samples of a
    // run that followed a removal, and the two I/O threads, creating files in one folder, spun on
    // its lock behind it). An export into a new folder does not follow the removal of another
    // export's thousand files.
    std::vector<std::unique_ptr<QTemporaryDir>> outputs;
    for (int jobs : {1, 2}) {
        Measurement m = make(QStringLiteral("export site bundle (%1 job%2)").arg(jobs).arg(jobs > 1 ? QStringLiteral("s") : QString()),
                             QStringLiteral("articles/s"), Goal::AtLeast, jobs == 1 ? 3000 : 4800,
                             QStringLiteral("%1 articles of ~3,000 chars").arg(count));
        for (int r = 0; r < context.options.repeat; ++r) {
            const QTemporaryDir &output = *outputs.emplace_back(std::make_unique<QTemporaryDir>());
            ExportOptions options;
            options.format = ExportFormat::Site;
            options.outputDirectory = output.path();
            options.jobs = jobs;
            Exporter exporter(context.fullPath, selection, options);
            QElapsedTimer timer;
            timer.start();
            const ExportSummary summary = exporter.run();
            const double seconds = elapsedMs(timer) / 1000.0;
            if (!summary.ok) { // a failed export is not a fast one
                m.broken = true;
                m.note = QStringLiteral("export failed: %1").arg(summary.errors.join(QLatin1Char(' ')));
                continue;
            }
            m.samples.append(double(summary.exported) / seconds);
        }
        const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
        if (jobs > 1 || !context.options.peers) {
            context.report.add(m);
            continue;
        }
        if (pandoc.isEmpty()) {
            m.note = QStringLiteral("peer pandoc: not installed (issue's figure on this machine class: 288 articles/s batched)");
            context.report.add(m);
            continue;
        }
        // pandoc batched: the same bodies, each under its headline, converted in one process
        // through a comparable standalone HTML5 template (pandoc writes one page for all).
        m.peer = QStringLiteral("peer pandoc: the same bodies, batched in one process");
        Measurement peer = make(m.peer, QStringLiteral("articles/s"), Goal::Report, 0, m.size);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("articles.html"));
        const QString templ = dir.filePath(QStringLiteral("page.html"));
        {
            Database database;
            if (database.open(context.fullPath) != Database::Status::Ok)
                return;
            ArticleRepository articles(database);
            QFile file(input);
            if (!file.open(QIODevice::WriteOnly))
                return;
            for (qint64 id : std::as_const(selection.ids)) {
                if (const std::optional<Article> article = articles.load(id)) {
                    file.write(QStringLiteral("<article><h1>%1</h1>\n%2</article>\n")
                                   .arg(article->title.toHtmlEscaped(), article->bodyHtml)
                                   .toUtf8());
                }
            }
            QFile page(templ);
            if (!page.open(QIODevice::WriteOnly))
                return;
            page.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>$pagetitle$</title>"
                       "<meta name=\"description\" content=\"$description$\"></head>\n<body><main>$body$</main></body></html>\n");
        }
        for (int r = 0; r < context.options.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            const int exit = QProcess::execute(pandoc, {QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-t"),
                                                        QStringLiteral("html5"), QStringLiteral("--standalone"),
                                                        QStringLiteral("--template=") + templ, QStringLiteral("--metadata"),
                                                        QStringLiteral("pagetitle=bench"), QStringLiteral("-o"),
                                                        dir.filePath(QStringLiteral("out.html")), input});
            if (exit != 0)
                break;
            peer.samples.append(double(selection.ids.size()) / (elapsedMs(timer) / 1000.0));
        }
        peer.note = QStringLiteral("one process, start included");
        context.report.add(m);
        context.report.add(peer);
    }
}

} // namespace galley::bench
