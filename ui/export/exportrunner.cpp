#include "exportrunner.h"

#include <utility>

#include "storage/articlesearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

namespace galley {

namespace {

// A read-only connection of its own: COUNT over a large newsroom is not GUI-thread work.
QHash<QString, qint64> countArticles(const QString &databasePath)
{
    QHash<QString, qint64> counts;
    Database database;
    if (database.openReadOnly(databasePath) != Database::Status::Ok)
        return counts;
    const ArticleSearch search(database);
    counts.insert(QLatin1String(ExportRunner::AllArticlesKey), search.count(ArticleFilter{}));
    for (WorkflowState state : allWorkflowStates()) {
        ArticleFilter filter;
        filter.status = state;
        counts.insert(workflowStateKey(state), search.count(filter));
    }
    return counts;
}

} // namespace

ExportRunner::ExportRunner(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

ExportRunner::~ExportRunner()
{
    cancel();
    if (m_exporter)
        m_exporter->disconnect(this);
    // Both threads are disconnected (and taken) before any event is processed below, so no
    // finished handler can delete one of them while it is waited for here.
    QThread *threads[] = {std::exchange(m_thread, nullptr), std::exchange(m_countThread, nullptr)};
    for (QThread *thread : threads) {
        if (thread)
            thread->disconnect(this);
    }
    for (QThread *thread : threads) {
        if (!thread)
            continue;
        // A PDF printer may be waiting for the GUI thread to print the page in hand: keep
        // delivering its calls until the export stops.
        while (!thread->wait(20))
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        delete thread;
    }
    delete m_exporter;
}

bool ExportRunner::start(const ExportSelection &selection, const ExportOptions &options)
{
    if (m_thread)
        return false;
    m_exporter = new Exporter(m_databasePath, selection, options);
    // The exporter emits on the worker thread; these connections queue to this (GUI) thread.
    connect(m_exporter, &Exporter::started, this, &ExportRunner::started);
    connect(m_exporter, &Exporter::progress, this, &ExportRunner::progress);
    auto result = std::make_shared<ExportSummary>();
    m_thread = QThread::create([exporter = m_exporter, result] { *result = exporter->run(); });
    m_thread->setObjectName(QStringLiteral("galley-export"));
    connect(m_thread, &QThread::finished, this, [this, result] { finishExport(*result); });
    m_thread->start();
    return true;
}

void ExportRunner::cancel()
{
    if (m_exporter)
        m_exporter->cancel();
}

bool ExportRunner::isCancelling() const
{
    return m_exporter && m_exporter->isCancelled();
}

void ExportRunner::finishExport(const ExportSummary &summary)
{
    if (!m_thread)
        return; // being destroyed
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    delete m_exporter;
    m_exporter = nullptr;
    Q_EMIT finished(summary);
}

void ExportRunner::readCounts()
{
    if (m_countThread)
        return;
    auto result = std::make_shared<QHash<QString, qint64>>();
    m_countThread = QThread::create([path = m_databasePath, result] { *result = countArticles(path); });
    connect(m_countThread, &QThread::finished, this, [this, result] {
        if (!m_countThread)
            return;
        m_countThread->wait();
        delete m_countThread;
        m_countThread = nullptr;
        Q_EMIT countsRead(*result);
    });
    m_countThread->start(QThread::LowPriority);
}

} // namespace galley
