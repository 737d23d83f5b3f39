#pragma once

#include <QList>
#include <QString>

#include <optional>

class QTextStream;

namespace galley::bench {

/// One measured path: its samples, its budget, and optionally a peer measured in the same run.
struct Measurement {
    enum class Goal { AtMost, AtLeast, Report }; ///< Report: no budget (peers, extra numbers)

    QString path;       ///< what was measured, as the issue's budget table names it
    QString unit;       ///< "ms", "MB/s", "articles/s", "MiB"
    Goal goal = Goal::Report;
    double budget = 0;  ///< compared with the median (or p95 where percentile95 is set)
    bool percentile95 = false;
    QList<double> samples;
    QString size;       ///< the data it ran on ("100000 articles", "1000000 rows")
    QString peer;       ///< path of the peer measurement this one is compared with
    QString note;
    bool broken = false; ///< could not be measured as the budget means it: fails (see note)
    int wanted = 0; ///< samples the run must have (0: the run's --repeat); fewer is a failure

    [[nodiscard]] double median() const;
    [[nodiscard]] double minimum() const;
    [[nodiscard]] double maximum() const;
    [[nodiscard]] double p95() const;
    /// True/false against the budget (false when broken); nullopt without one (or without samples).
    [[nodiscard]] std::optional<bool> passes() const;
    [[nodiscard]] QString budgetText() const;
};

/// Collects measurements, prints the table and appends one JSON line per measurement.
class Report final
{
public:
    Measurement &add(Measurement measurement);
    [[nodiscard]] const QList<Measurement> &measurements() const { return m_measurements; }
    [[nodiscard]] const Measurement *find(const QString &path) const;

    void printTable(QTextStream &out) const;
    /// Markdown table (path, budget, median, result) for the README.
    [[nodiscard]] QString markdown() const;
    /// Appends JSON lines (one per measurement) to \a fileName; false when it cannot be written.
    [[nodiscard]] bool writeJsonLines(const QString &fileName, const QString &runId) const;

private:
    QList<Measurement> m_measurements;
};

} // namespace galley::bench
