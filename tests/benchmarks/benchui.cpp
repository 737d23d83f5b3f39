// The paths measured in the real widgets: start-up (MainWindow), opening an article, typing
// (EditorArea with its RichTextEdit), the live preview (PreviewPane), the list (ArticleListDock).

#include "bench.h"

#include "articlelistdock.h"
#include "documentcontroller.h"
#include "editor/copydeskchecker.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "editor/suggestediting.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "newsroomgenerator.h"
#include "preview/previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/suggestionrepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <csignal>

namespace galley::bench {

namespace {

using Goal = Measurement::Goal;

/// VmRSS of a process (from /proc/<pid>/status), or its Pss (from /proc/<pid>/smaps_rollup).
double processKiB(const QString &pid, bool proportional)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid, proportional ? QStringLiteral("smaps_rollup") : QStringLiteral("status")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = proportional ? QByteArrayLiteral("Pss:") : QByteArrayLiteral("VmRSS:");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

/// Runs the event loop until the preview shows the latest content; ms waited, or -1 on timeout.
double waitForPreview(PreviewPane *preview, const QElapsedTimer &since, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(preview, &PreviewPane::updated, &loop, [&loop, preview] {
        if (!preview->isUpdatePending())
            loop.exit(0);
    });
    timeout.start(timeoutMs);
    if (!preview->isUpdatePending() && preview->pageLoadCount() > 0)
        return elapsedMs(since);
    return loop.exec() == 0 ? elapsedMs(since) : -1;
}

void noRecoveryDialogs(EditorArea *area)
{
    // A journal left by an interrupted run must not stop the benchmark with a modal question.
    area->documentController()->setRecoveryHandler([](const Article &, const JournalEntry &) { return false; });
}

void typeKey(QWidget *widget, QChar c)
{
    if (c == QLatin1Char('\b'))
        QTest::keyClick(widget, Qt::Key_Backspace);
    else
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

QList<qint64> processTree(qint64 root)
{
    // Descendants by parent pid (QtWebEngineProcess: zygotes, renderer, GPU process).
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        parents.insert(pid, fields.value(1).toLongLong());
    }
    QList<qint64> tree { root };
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (qint64 p = it.value(), guard = 0; p > 1 && guard < 64; p = parents.value(p), ++guard) {
            if (p == root) {
                tree.append(it.key());
                break;
            }
        }
    }
    return tree;
}

double residentMiB(qint64 root, bool withChildren, bool proportional)
{
    double kib = 0;
    for (const qint64 pid : withChildren ? processTree(root) : QList<qint64> { root })
        kib += processKiB(QString::number(pid), proportional);
    return kib / 1024.0;
}

double residentMiB(bool withChildren, bool proportional)
{
    return residentMiB(QCoreApplication::applicationPid(), withChildren, proportional);
}

void measureStartup(Context &context)
{
    Measurement window = make(QStringLiteral("start: usable main window (list + article, no preview)"), QStringLiteral("ms"),
                              Goal::AtMost, 400, context.fullSize);
    Measurement preview = make(QStringLiteral("start: first preview shown"), QStringLiteral("ms"), Goal::AtMost, 1000,
                               context.fullSize);
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        Database database;
        if (database.open(context.fullPath) != Database::Status::Ok)
            return;
        MainWindow mainWindow(database);
        noRecoveryDialogs(mainWindow.editorArea());
        mainWindow.resize(1400, 900);
        mainWindow.show();
        if (!QTest::qWaitForWindowExposed(&mainWindow))
            qWarning("main window not exposed");
        mainWindow.openInitialArticle();
        mainWindow.repaint();
        window.samples.append(elapsedMs(timer));
        const double shown = waitForPreview(mainWindow.editorArea()->previewPane(), timer);
        if (shown >= 0)
            preview.samples.append(shown);
        (void)mainWindow.editorArea()->closeArticle();
        mainWindow.hide();
    }
    window.note = QStringLiteral("in-process: database open, MainWindow, show, open the initial article; "
                                 "process start and QApplication excluded; first (cold) run %1 ms")
                      .arg(window.samples.isEmpty() ? 0 : window.samples.first(), 0, 'f', 0);
    preview.note = QStringLiteral("first run includes starting QtWebEngineProcess: %1 ms")
                       .arg(preview.samples.isEmpty() ? 0 : preview.samples.first(), 0, 'f', 0);
    context.report.add(window);
    context.report.add(preview);
}

namespace {

void measureSuggestKeystrokes(Context &context, Database &database, EditorArea &area, const QString &size)
{
    const QString reviewer = QStringLiteral("Bench Reviewer");
    RichTextEdit *body = area.bodyEditor();
    if (area.documentController()->isModified())
        (void)area.documentController()->save();
    area.setUserName(reviewer);
    area.setSuggestRole(QStringLiteral("reviewer"), true);
    if (!area.suggestEditing()->isActive())
        area.suggestAction()->trigger();
    Measurement suggest = make(QStringLiteral("suggest-mode keystroke, 100k article"), QStringLiteral("ms"),
        Goal::AtMost, 16, size);
    const int perRepeat = std::min(context.options.keystrokes, 20);
    suggest.wanted = perRepeat * context.options.repeat;
    if (!area.suggestEditing()->isActive()) {
        suggest.broken = true;
        suggest.note = QStringLiteral("suggest mode did not start");
        context.report.add(suggest);
        return;
    }
    const QString typed = QStringLiteral("新闻稿件编辑部");
    for (int r = 0; r < context.options.repeat; ++r) {
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(body->document()->characterCount() / 4 + r * 1000); // a new word each time
        body->setTextCursor(cursor);
        for (int k = 0; k < perRepeat; ++k) {
            QElapsedTimer timer;
            timer.start();
            typeKey(body, typed.at(k % typed.size()));
            QCoreApplication::processEvents();
            body->viewport()->repaint();
            suggest.samples.append(elapsedMs(timer));
            QTest::qWait(25);
        }
    }
    SuggestionRepository suggestions(database);
    int stored = 0;
    for (const Suggestion &made : suggestions.list(area.currentArticleId())) {
        if (made.author == reviewer && made.isPending() && suggestions.remove(made.id))
            ++stored;
    }
    suggest.note = QStringLiteral("%1 keystrokes in %2 words typed as a reviewer (one suggestion a word, merged "
                                  "keystroke by keystroke, withdrawn after): store + redraw of the marked copy + repaint")
                       .arg(suggest.samples.size())
                       .arg(stored);
    if (stored != context.options.repeat) {
        suggest.broken = true;
        suggest.note += QStringLiteral("; expected %1 suggestions, found %2").arg(context.options.repeat).arg(stored);
    }
    context.report.add(suggest);
    area.suggestAction()->trigger(); // off again
}

} // namespace

void measureEditor(Context &context)
{
    const int repeat = context.options.repeat;
    Database database;
    if (database.open(context.fullPath) != Database::Status::Ok)
        return;
    ArticleRepository articles(database);
    EditorArea area(database);
    noRecoveryDialogs(&area);
    area.documentController()->setAutosaveDelay(3600 * 1000); // saving is measured on its own
    area.documentController()->setMaxSaveDelay(3600 * 1000);
    area.resize(1400, 900);
    area.show();
    if (!QTest::qWaitForWindowExposed(&area))
        qWarning("editor not exposed");

    Measurement open = make(QStringLiteral("open 20k-char article in the editor"), QStringLiteral("ms"), Goal::AtMost, 50,
                            QStringLiteral("20,000 characters"));
    for (int r = 0; r < repeat; ++r) {
        (void)area.openArticle(3);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        const std::optional<Article> article = articles.load(Article20kId);
        if (!article || !area.openArticle(article->id))
            qWarning("could not open article %lld", Article20kId);
        area.bodyEditor()->viewport()->repaint();
        open.samples.append(elapsedMs(timer));
    }
    open.note = QStringLiteral("ArticleRepository::load + EditorArea::openArticle + repaint");
    context.report.add(open);

    if (!area.openArticle(Article100kId))
        return;
    PreviewPane *preview = area.previewPane();
    QElapsedTimer loadTimer;
    loadTimer.start();
    waitForPreview(preview, loadTimer);
    RichTextEdit *body = area.bodyEditor();
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(body->document()->characterCount() / 2);
    body->setTextCursor(cursor);
    const QString size = QStringLiteral("%1 characters").arg(area.documentController()->stats().characters);

    Measurement key = make(QStringLiteral("keystroke -> repaint (with statistics)"), QStringLiteral("ms"), Goal::AtMost, 8, size);
    Measurement key95 = make(QStringLiteral("keystroke -> repaint, p95"), QStringLiteral("ms"), Goal::AtMost, 16, size);
    key95.percentile95 = true;
    const QString typed = QStringLiteral("新闻稿件编辑部");
    for (int r = 0; r < repeat; ++r) {
        for (int k = 0; k < context.options.keystrokes; ++k) {
            // Type a character, then take it back: the text ends as it began.
            const QChar c = k % 2 == 0 ? typed.at((k / 2) % typed.size()) : QLatin1Char('\b');
            QElapsedTimer timer;
            timer.start();
            typeKey(body, c);
            QCoreApplication::processEvents();
            (void)area.documentController()->stats();
            body->viewport()->repaint();
            key.samples.append(elapsedMs(timer));
            QTest::qWait(25); // a fast typist's pace; the preview works in between
        }
    }
    key95.samples = key.samples;
    key.note = QStringLiteral("%1 keystrokes in the middle of the text, 25 ms apart, preview live").arg(key.samples.size());
    context.report.add(key);
    context.report.add(key95);
    waitForPreview(preview, loadTimer);

    Measurement update = make(QStringLiteral("last keystroke -> preview updated"), QStringLiteral("ms"), Goal::AtMost, 50, size);
    for (int r = 0; r < repeat; ++r) {
        for (int k = 0; k < 3; ++k) {
            typeKey(body, typed.at(k));
            QTest::qWait(25);
        }
        QElapsedTimer timer;
        timer.start();
        typeKey(body, typed.at(3));
        const double ms = waitForPreview(preview, timer);
        if (ms >= 0)
            update.samples.append(ms);
        else
            qWarning("preview did not update in time");
        for (int k = 0; k < 4; ++k)
            typeKey(body, QLatin1Char('\b'));
        QElapsedTimer settle;
        settle.start();
        waitForPreview(preview, settle);
    }
    update.note = QStringLiteral("PreviewPane::updated with nothing pending; %1 full page loads in all").arg(preview->pageLoadCount());
    context.report.add(update);

    // The copy desk: a half-width comma typed between Chinese characters, until its underline
    // is there (the worker's re-check of the paragraph, after the pause the checker waits for).
    CopyDeskChecker *desk = area.copyDesk();
    Measurement underline = make(QStringLiteral("copy desk: keystroke -> underline re-checked"), QStringLiteral("ms"),
        Goal::AtMost, 100, size);
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer settle;
        settle.start();
        while (!desk->isIdle() && settle.elapsed() < 5000)
            QTest::qWait(5);
        typeKey(body, QChar(0x5B57)); // 字, then the comma, then 字: "字,字"
        const int comma = body->textCursor().position();
        typeKey(body, QLatin1Char(','));
        QElapsedTimer timer;
        timer.start();
        typeKey(body, QChar(0x5B57));
        bool shown = false;
        while (!shown && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            const std::optional<CopyDeskChecker::Located> found = desk->findingAt(CopyDeskChecker::Field::Body, comma);
            shown = desk->isIdle() && found && found->start == comma;
        }
        if (shown)
            underline.samples.append(elapsedMs(timer));
        else
            qWarning("copy desk: the comma was not underlined in time");
        for (int k = 0; k < 3; ++k)
            typeKey(body, QLatin1Char('\b'));
    }
    underline.note = QStringLiteral("from the keystroke after the comma: the checker's %1 ms pause, the worker's check of "
                                    "the paragraph, the underline set")
                         .arg(60);
    context.report.add(underline);

    // Suggest mode: a reviewer types a word into the 100k-char article. Each keystroke is
    // stored as (or merged into) the reviewer's suggestion and the marked copy of the text the
    // editor shows is drawn again. The suggestion is withdrawn afterwards.
    measureSuggestKeystrokes(context, database, area, size);

    (void)area.closeArticle();
}

void measureAppMemory(Context &context)
{
    // The real application in a fresh process, as an editor starts it: galley --db <the 100k
    // newsroom>, which reopens its last article, here the 100,000-character one (settings and
    // data folders of its own: no recovery journal, no other preferences), into the editor and
    // the preview. Measured once a renderer runs and the memory of the whole tree has settled.
    const QString size = QStringLiteral("%1, the 100,000-character article open").arg(context.fullSize);
    // Resident memory of all the processes together is the sum of their Pss: a page several of
    // them map (the WebEngine library, the CJK fonts) counted once in all. Summing VmRSS counts
    // it once per process; that sum is printed beside it.
    Measurement shared = make(QStringLiteral("memory: galley, 100k db, article in editor + preview, all processes (PSS)"),
                              QStringLiteral("MiB"), Goal::AtMost, 300, size);
    Measurement all = make(QStringLiteral("memory: same, sum of each process's RSS"), QStringLiteral("MiB"), Goal::Report, 0, size);
    Measurement gui = make(QStringLiteral("memory: same, GUI process only (RSS)"), QStringLiteral("MiB"), Goal::Report, 0, size);
    QTemporaryDir home;
    {
        QSettings settings(home.filePath(QStringLiteral("config/Galley/Galley.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/lastArticle"), QString::number(Article100kId));
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(environment);
    // Galley's output (and its WebEngine processes', which inherit it) goes to a file, shown on
    // a problem: a WebEngine process that outlived galley must not keep this benchmark's stderr
    // open (ctest waits for that pipe to close, and a smoke run would time out).
    const QString appLog = home.filePath(QStringLiteral("galley.log"));
    app.setStandardOutputFile(appLog);
    app.setStandardErrorFile(appLog);
    app.start(QStringLiteral(GALLEY_APP_PATH), { QStringLiteral("--db"), context.fullPath, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    if (!app.waitForStarted()) {
        qWarning("could not start %s", GALLEY_APP_PATH);
        shared.broken = true;
        shared.note = QStringLiteral("galley could not be started (%1)").arg(QStringLiteral(GALLEY_APP_PATH));
        context.report.add(shared);
        return;
    }
    const qint64 pid = app.processId();
    const auto hasRenderer = [pid] {
        for (const qint64 child : processTree(pid)) {
            QFile command(QStringLiteral("/proc/%1/cmdline").arg(child));
            if (command.open(QIODevice::ReadOnly) && command.readAll().contains("--type=renderer"))
                return true;
        }
        return false;
    };
    QElapsedTimer waited;
    waited.start();
    double previous = 0;
    int steady = 0;
    while (steady < 8 && waited.elapsed() < 60000 && app.state() == QProcess::Running) {
        QTest::qWait(250);
        const double now = residentMiB(pid, true, false);
        steady = hasRenderer() && std::abs(now - previous) < 0.5 ? steady + 1 : 0;
        previous = now;
    }
    QString problem;
    if (app.state() != QProcess::Running)
        problem = QStringLiteral("galley ended before it could be measured");
    else if (!hasRenderer())
        problem = QStringLiteral("the preview's renderer process never started");
    else if (steady < 8)
        problem = QStringLiteral("the memory did not settle within a minute");
    if (!problem.isEmpty())
        qWarning("memory of galley: %s", qPrintable(problem));
    for (int r = 0; r < context.options.repeat && app.state() == QProcess::Running; ++r) {
        all.samples.append(residentMiB(pid, true, false));
        gui.samples.append(residentMiB(pid, false, false));
        shared.samples.append(residentMiB(pid, true, true));
        QTest::qWait(200);
    }
    const QList<qint64> tree = processTree(pid);
    const int processes = int(tree.size());
    app.terminate();
    if (!app.waitForFinished(10000)) {
        problem += (problem.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("galley did not end on SIGTERM within 10 s");
        app.kill();
        app.waitForFinished(5000);
    }
    // Its WebEngine processes go with it; one that stays is ended here.
    for (const qint64 child : tree) {
        QFile command(QStringLiteral("/proc/%1/cmdline").arg(child));
        if (child != pid && command.open(QIODevice::ReadOnly) && command.readAll().contains("QtWebEngineProcess"))
            ::kill(pid_t(child), SIGKILL);
    }
    if (!problem.isEmpty()) {
        QFile log(appLog);
        if (log.open(QIODevice::ReadOnly))
            qWarning("galley's output:\n%s", log.readAll().right(4000).constData());
    }
    const QString flags = QString::fromLocal8Bit(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"));
    shared.note = QStringLiteral("sum of Pss (/proc/<pid>/smaps_rollup) over galley and its %1 WebEngine process(es), "
                                 "measured before this benchmark starts WebEngine itself; settled after %2 s%3")
                      .arg(processes - 1)
                      .arg(double(waited.elapsed()) / 1000.0, 0, 'f', 1)
                      .arg(flags.isEmpty() ? QString() : QStringLiteral("; QTWEBENGINE_CHROMIUM_FLAGS=%1").arg(flags));
    if (!problem.isEmpty() || shared.samples.isEmpty()) {
        shared.broken = true;
        shared.note = (problem.isEmpty() ? QStringLiteral("no sample") : problem) + QStringLiteral("; ") + shared.note;
    }
    shared.note += QStringLiteral(" (this benchmark maps the same Qt libraries and fonts, which lowers galley's shares "
                                  "a little: compare the RSS sum)");
    all.note = QStringLiteral("VmRSS summed: every library and font page counted again in each process that maps it");
    context.report.add(shared);
    context.report.add(all);
    context.report.add(gui);
}

void measureListMemory(Context &context)
{
    Database database;
    if (database.open(context.listPath) != Database::Status::Ok)
        return;
    Measurement scroll = make(QStringLiteral("list: scroll end to end (200 jumps)"), QStringLiteral("ms"), Goal::Report, 0,
                              context.listSize);
    Measurement memory = make(QStringLiteral("memory: list scrolled end to end, GUI process"), QStringLiteral("MiB"),
                              Goal::AtMost, 200, context.listSize);
    scroll.wanted = memory.wanted = std::min(context.options.repeat, 2);
    ArticleListDock dock(database);
    dock.resize(600, 900);
    dock.show();
    if (!QTest::qWaitForWindowExposed(&dock))
        qWarning("list not exposed");
    QTreeView *view = dock.view();
    const int rows = dock.model()->rowCount();
    for (int r = 0; r < std::min(context.options.repeat, 2); ++r) {
        QElapsedTimer timer;
        timer.start();
        constexpr int Steps = 200;
        for (int step = 0; step <= Steps; ++step) {
            view->verticalScrollBar()->setValue(int(qint64(view->verticalScrollBar()->maximum()) * step / Steps));
            view->viewport()->repaint();
        }
        QCoreApplication::processEvents();
        scroll.samples.append(elapsedMs(timer));
        memory.samples.append(residentMiB(false));
    }
    scroll.note = QStringLiteral("ArticleListDock over %1 rows, repainted at 201 evenly spaced positions").arg(rows);
    context.report.add(scroll);
    context.report.add(memory);
}

} // namespace galley::bench
