#include "desk/deskoverviewwindow.h"

#include "review/workflowstyle.h"
#include "settings.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QShortcut>
#include <QBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

const QString GeometryKey = QStringLiteral("deskOverview/geometry");
const QString SaveFolderKey = QStringLiteral("deskOverview/saveFolder");
/// The reviewers' chart shows the most loaded ones; the rest would be unreadable bars.
constexpr qsizetype MaxReviewers = 12;

/// Removes what a chart showed (series and axes) before it is filled again.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// An axis of whole numbers from 0: ticks on integers (a count of 0 to 3 has no 0.5), about 5.
QValueAxis *countAxis(qreal max)
{
    auto *axis = new QValueAxis;
    const qreal top = std::max<qreal>(1, max);
    qreal step = 1;
    for (const qreal candidate : { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000 }) {
        step = candidate;
        if (top / candidate <= 6)
            break;
    }
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// Qt Charts elides a category's name to "..." when it is taller than the category's share of
/// the plot: a Chinese name needs about two lines of Latin text's height per bar.
void fitHeightTo(QChartView *view, qsizetype categories)
{
    const int perCategory = view->fontMetrics().height() * 5 / 2;
    view->setMinimumHeight(std::max(220, int(categories) * perCategory + 110));
}

} // namespace

DeskOverviewWindow::DeskOverviewWindow(Database &database, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
{
    setObjectName(QStringLiteral("deskOverview"));
    setWindowTitle(tr("Desk Overview — %1").arg(database.displayName()));
    setAccessibleName(tr("Desk overview"));
    build();
    const QByteArray geometry = Settings::value(GeometryKey);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First time: most of the screen (the four charts want it), at most 1600 × 1000.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
}

DeskOverviewWindow::~DeskOverviewWindow() = default;

void DeskOverviewWindow::build()
{
    auto *layout = new QVBoxLayout(this);
    // In a scroll area: a newsroom of many desks makes the bar charts taller than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Charts"));
    auto *charts = new QWidget(scroll);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString titles[ChartCount] = { tr("Articles by state per desk"), tr("Created, approved and published per day"),
        tr("Median time in review per desk"), tr("Open comments per reviewer") };
    const QString descriptions[ChartCount] = {
        tr("Stacked bars: one bar per desk, one segment per state. Click a segment to list those articles."),
        tr("Lines: articles created, approved and published on each of the last %n days.", nullptr, Days30),
        tr("Bars: hours from the move to review until the approval, median per desk, last %n days. Click a bar to "
           "list the desk's articles in review.",
            nullptr, Days30),
        tr("Bars: open comment threads on live articles, by the reviewer who started them."),
    };
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new QChart;
        chart->setTitle(titles[i]);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setObjectName(QStringLiteral("deskChart%1").arg(i));
        view->setAccessibleName(titles[i]);
        view->setAccessibleDescription(descriptions[i]);
        view->setToolTip(descriptions[i]);
        view->setMinimumSize(320, 220);
        m_views[i] = view;

        auto *save = new QPushButton(tr("Save as PNG…"), charts);
        save->setObjectName(QStringLiteral("saveChart%1").arg(i));
        save->setAccessibleName(tr("Save “%1” as PNG").arg(titles[i]));
        connect(save, &QPushButton::clicked, this, [this, i] { askToSave(Chart(i)); });
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(view, 1);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addStretch(1);
        buttonRow->addWidget(save);
        cell->addLayout(buttonRow);
        grid->addLayout(cell, i / 2, i % 2);
    }
    // The first row gets more height: one bar per desk needs room for a dozen names.
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deskOverviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    m_reloadButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    // F5 itself: QKeySequence::Refresh is empty or Ctrl+R on some platform themes.
    m_reloadButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadButton->setToolTip(tr("Read the overview again (%1)").arg(m_reloadButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_reloadButton, &QPushButton::clicked, this, [this] { reload(); });
    bottom->addWidget(m_reloadButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
}

QString DeskOverviewWindow::deskLabel(const QString &desk)
{
    return desk.isEmpty() ? tr("(no desk)") : desk;
}

void DeskOverviewWindow::reload(QDate lastDay)
{
    if (!lastDay.isValid())
        lastDay = QDate::currentDate();
    DeskOverviewReader reader(m_database);
    m_overview = reader.read(lastDay, Days30);
    if (!m_overview) {
        m_status->setText(tr("The desk overview of %1 could not be read: %2").arg(m_database.displayName(), reader.errorString()));
        for (QChartView *view : m_views)
            clearChart(view->chart());
        return;
    }
    fillStates();
    fillDays();
    fillReviewTimes();
    fillOpenComments();
    const QLocale locale;
    m_status->setText(tr("%1 to %2, read at %3.")
                          .arg(locale.toString(m_overview->days.constFirst().day, QLocale::ShortFormat),
                              locale.toString(lastDay, QLocale::ShortFormat),
                              locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void DeskOverviewWindow::fillStates()
{
    QChart *chart = m_views[States]->chart();
    clearChart(chart);
    // Horizontal bars: a desk's name reads whole on the left, however many desks there are.
    // They are laid out bottom-up, so the desks go in reverse to read from the top.
    QStringList desks = m_overview->desks;
    std::reverse(desks.begin(), desks.end());
    auto *series = new QHorizontalStackedBarSeries;
    QList<qreal> totals(desks.size(), 0);
    for (WorkflowState state : allWorkflowStates()) {
        auto *set = new QBarSet(workflowStateDisplayName(state));
        set->setColor(WorkflowStyle::color(state));
        set->setBorderColor(WorkflowStyle::color(state).darker(130));
        QList<qreal> values(desks.size(), 0);
        for (const DeskStateCount &count : m_overview->states) {
            if (count.state == state) {
                const qsizetype index = desks.indexOf(count.desk);
                values[index] = qreal(count.count);
                totals[index] += qreal(count.count);
            }
        }
        set->append(values);
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, state, desks](int index) {
            if (index < 0 || index >= desks.size())
                return;
            ArticleFilter filter;
            filter.status = state;
            filter.desk = desks.at(index);
            Q_EMIT articlesRequested(filter);
        });
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &desk : std::as_const(desks))
        labels.append(deskLabel(desk).toHtmlEscaped()); // Qt Charts draws a label as rich text
    axisY->append(labels);
    fitHeightTo(m_views[States], desks.size());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // Below, a little smaller: a legend on the right takes the width the desks' names need.
    chart->legend()->setVisible(true);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
}

void DeskOverviewWindow::fillDays()
{
    QChart *chart = m_views[Days]->chart();
    clearChart(chart);
    const QString names[] = { tr("Created"), tr("Approved"), tr("Published") };
    const QColor colors[] = { QColor(0x5b, 0x8d, 0xd6), WorkflowStyle::color(WorkflowState::Approved),
        WorkflowStyle::color(WorkflowState::Published) };
    qreal max = 0;
    QList<QLineSeries *> lines;
    for (int i = 0; i < 3; ++i) {
        auto *line = new QLineSeries;
        line->setName(names[i]);
        QPen pen(colors[i]);
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(m_overview->days.size() <= 31);
        for (const DeskDay &day : m_overview->days) {
            const qint64 value = i == 0 ? day.created : i == 1 ? day.approved : day.published;
            line->append(qreal(day.day.startOfDay().toMSecsSinceEpoch()), qreal(value));
            max = std::max(max, qreal(value));
        }
        chart->addSeries(line);
        lines.append(line);
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MM-dd"));
    axisX->setTickCount(7);
    axisX->setRange(m_overview->days.constFirst().day.startOfDay(), m_overview->days.constLast().day.startOfDay());
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = countAxis(max);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->legend()->setVisible(true);
}

void DeskOverviewWindow::fillReviewTimes()
{
    QChart *chart = m_views[ReviewTimes]->chart();
    clearChart(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Median hours in review"));
    set->setColor(WorkflowStyle::color(WorkflowState::InReview));
    QStringList labels;
    qreal max = 0;
    // Bottom-up, like the states: reversed to read from the top.
    QList<DeskReviewTime> times = m_overview->reviewTimes;
    std::reverse(times.begin(), times.end());
    for (const DeskReviewTime &time : std::as_const(times)) {
        const qreal hours = qreal(time.medianSeconds) / 3600.0;
        set->append(hours);
        labels.append(tr("%1 (%n approved)", nullptr, int(time.approvals)).arg(deskLabel(time.desk)).toHtmlEscaped());
        max = std::max(max, hours);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    connect(set, &QBarSet::clicked, this, [this, times](int index) {
        if (index < 0 || index >= times.size())
            return;
        ArticleFilter filter;
        filter.status = WorkflowState::InReview;
        filter.desk = times.at(index).desk;
        Q_EMIT articlesRequested(filter);
    });
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    fitHeightTo(m_views[ReviewTimes], labels.size());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max<qreal>(1, max));
    axisX->applyNiceNumbers();
    axisX->setTitleText(tr("hours"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    if (m_overview->reviewTimes.isEmpty())
        chart->setTitle(tr("Median time in review per desk: no approvals in the last %n days", nullptr, Days30));
    else
        chart->setTitle(tr("Median time in review per desk"));
}

void DeskOverviewWindow::fillOpenComments()
{
    QChart *chart = m_views[OpenComments]->chart();
    clearChart(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Open comments"));
    set->setColor(WorkflowStyle::color(WorkflowState::ChangesRequested));
    QStringList labels;
    qreal max = 0;
    // Horizontal bars are laid out bottom-up: the busiest reviewer goes last, so it is on top.
    const QList<ReviewerComments> shown = m_overview->openComments.mid(0, MaxReviewers);
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        set->append(qreal(it->openComments));
        labels.append((it->reviewer.isEmpty() ? tr("(unsigned)") : it->reviewer).toHtmlEscaped());
        max = std::max(max, qreal(it->openComments));
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    fitHeightTo(m_views[OpenComments], labels.size());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(max);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    const qsizetype others = m_overview->openComments.size() - shown.size();
    if (shown.isEmpty())
        chart->setTitle(tr("Open comments per reviewer: none open"));
    else if (others > 0)
        chart->setTitle(tr("Open comments per reviewer (the %1 with most; %n more)", nullptr, int(others)).arg(shown.size()));
    else
        chart->setTitle(tr("Open comments per reviewer"));
}

bool DeskOverviewWindow::saveChart(Chart chart, const QString &path)
{
    const QPixmap image = m_views.at(chart)->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        QMessageBox::warning(this, tr("Save Chart"),
            tr("The chart could not be saved as %1: the file cannot be written there.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void DeskOverviewWindow::askToSave(Chart chart)
{
    QString folder = QString::fromUtf8(Settings::value(SaveFolderKey));
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString names[ChartCount] = { QStringLiteral("desk-states"), QStringLiteral("desk-days"),
        QStringLiteral("desk-review-times"), QStringLiteral("desk-open-comments") };
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.png").arg(names[chart], QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (saveChart(chart, path))
        Settings::setValue(SaveFolderKey, QFileInfo(path).absolutePath().toUtf8());
}

void DeskOverviewWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(GeometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace galley
