#pragma once

#include "storage/articlesearch.h"
#include "storage/deskoverview.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <optional>

class QChartView;
class QLabel;
class QPushButton;

namespace galley {

class Database;

/// The desk overview (View ▸ Desk Overview), a window for the chief: articles by state per desk
/// (stacked bars), articles created / approved / published per day over the last 30 days
/// (lines), the median time in review per desk and the open comments per reviewer, read by
/// DeskOverviewReader. Clicking a bar of the first (or of a desk in the third) asks for the
/// article list to show those articles; each chart can be saved as a PNG image.
class DeskOverviewWindow final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { States, Days, ReviewTimes, OpenComments };
    static constexpr int ChartCount = 4;
    static constexpr int Days30 = 30;

    explicit DeskOverviewWindow(Database &database, QWidget *parent = nullptr);
    ~DeskOverviewWindow() override;

    [[nodiscard]] QChartView *chartView(Chart chart) const { return m_views.at(chart); }
    /// The overview shown (nullopt before the first reload() or when it failed).
    [[nodiscard]] const std::optional<DeskOverview> &overview() const { return m_overview; }
    /// Saves \a chart as a PNG image at \a path; false (with a message shown) when it cannot.
    bool saveChart(Chart chart, const QString &path);

public Q_SLOTS:
    /// Reads the overview again for the 30 days that end with \a lastDay (today by default).
    void reload(QDate lastDay = {});

Q_SIGNALS:
    /// The user clicked a bar: the article list should show the articles \a filter selects.
    void articlesRequested(const galley::ArticleFilter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    void fillStates();
    void fillDays();
    void fillReviewTimes();
    void fillOpenComments();
    void askToSave(Chart chart);
    [[nodiscard]] static QString deskLabel(const QString &desk);

    Database &m_database;
    std::optional<DeskOverview> m_overview;
    std::array<QChartView *, ChartCount> m_views {};
    QLabel *m_status = nullptr;
    QPushButton *m_reloadButton = nullptr;
};

} // namespace galley
