// The desk overview (View ▸ Desk Overview, issue 16): what the chief waits for when the window
// opens, on the full newsroom, as the numbers (core) and as the window with its charts drawn.

#include "bench.h"

#include "desk/deskoverviewwindow.h"
#include "newsroomgenerator.h"
#include "storage/database.h"
#include "storage/deskoverview.h"

#include <QApplication>
#include <QChartView>
#include <QTest>

namespace galley::bench {

void timeDeskOverview(Database &database, Measurement &read, int repeat)
{
    // Not today: the bench's own saves touch two articles today, and nothing else happened since
    // the generated copy's last day.
    const QDate lastDay = generatedLastDay();
    DeskOverviewReader reader(database);
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<DeskOverview> overview = reader.read(lastDay, 30);
        const double ms = elapsedMs(timer);
        if (!overview) {
            read.note = reader.errorString();
            read.broken = true;
            return;
        }
        read.samples.append(ms);
        qint64 created = 0;
        for (const DeskDay &day : overview->days)
            created += day.created;
        read.note = QStringLiteral("%1 desks, %2 articles created in the 30 days to %3, %4 reviewers with open comments")
                        .arg(overview->desks.size())
                        .arg(created)
                        .arg(lastDay.toString(Qt::ISODate))
                        .arg(overview->openComments.size());
    }
}

void measureDeskOverview(Context &context)
{
    const Options &options = context.options;
    Measurement read = make(QStringLiteral("desk overview: read states, 30 days, review times, open comments"),
        QStringLiteral("ms"), Goal::AtMost, 200, context.fullSize);
    Measurement shown = make(QStringLiteral("desk overview: window open, charts drawn"), QStringLiteral("ms"),
        Goal::AtMost, 200, context.fullSize);
    Database database;
    if (database.open(context.fullPath) != Database::Status::Ok) {
        qWarning("%s", qPrintable(database.errorString()));
        context.report.add(read);
        if (options.ui)
            context.report.add(shown);
        return;
    }
    timeDeskOverview(database, read, options.repeat);
    context.report.add(read);
    if (!options.ui)
        return;
    const QDate lastDay = generatedLastDay();
    for (int r = 0; r < options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        DeskOverviewWindow window(database);
        window.resize(1366, 768);
        window.reload(lastDay);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.overview()) {
            shown.broken = true;
            shown.note = QStringLiteral("the window did not open with an overview");
            break;
        }
        // Drawn: every chart view painted once.
        for (int chart = 0; chart < DeskOverviewWindow::ChartCount; ++chart)
            window.chartView(DeskOverviewWindow::Chart(chart))->viewport()->repaint();
        shown.samples.append(elapsedMs(timer));
    }
    context.report.add(shown);
}

} // namespace galley::bench
