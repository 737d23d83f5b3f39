#pragma once

#include "exporting/exporter.h"

#include <QHash>
#include <QObject>
#include <QString>

class QThread;

namespace galley {

/// Runs exports off the GUI thread for the export dialog: one Exporter at a time on a worker
/// thread with its own database connection, its signals delivered on the GUI thread, and the
/// per-status article counts read the same way. The GUI thread never waits for either, except
/// when the runner is destroyed mid-export (it cancels, then waits for the article in hand).
class ExportRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ExportRunner(QString databasePath, QObject *parent = nullptr);
    ~ExportRunner() override;

    /// Starts an export; false when one is running already.
    bool start(const ExportSelection &selection, const ExportOptions &options);
    /// Asks the running export to stop after the article being written (no partial file).
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] bool isCancelling() const;

    /// Reads how many live articles each status query selects; countsRead() delivers them,
    /// keyed by workflowStateKey() and AllArticlesKey. Nothing happens while a read runs.
    void readCounts();
    static constexpr const char *AllArticlesKey = "all";

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total, const QString &title);
    void finished(const galley::ExportSummary &summary);
    void countsRead(const QHash<QString, qint64> &counts);

private:
    void finishExport(const ExportSummary &summary);

    QString m_databasePath;
    Exporter *m_exporter = nullptr;
    QThread *m_thread = nullptr;
    QThread *m_countThread = nullptr;
};

} // namespace galley
