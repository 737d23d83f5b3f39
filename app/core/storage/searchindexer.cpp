#include "storage/searchindexer.h"

#include "storage/database.h"
#include "storage/searchindex.h"

namespace galley {

class SearchIndexer::Worker final : public QObject
{
    Q_OBJECT
public:
    Worker(QString path, QString password, std::shared_ptr<std::atomic<bool>> stop, std::atomic<bool> *busy)
        : m_path(std::move(path))
        , m_password(std::move(password))
        , m_stop(std::move(stop))
        , m_busy(busy)
    {
    }

public Q_SLOTS:
    void run()
    {
        // Opened per pass: the connection belongs to this thread and is closed before it ends.
        Database database;
        if (database.open(m_path, m_password) != Database::Status::Ok) {
            m_busy->store(false);
            Q_EMIT failed(database.errorString());
            return;
        }
        SearchIndex index(database);
        const int done = index.flush(-1, m_stop.get());
        const QString error = index.errorString();
        database.close();
        m_busy->store(false);
        if (done < 0)
            Q_EMIT failed(error);
        else
            Q_EMIT finished(done);
    }

Q_SIGNALS:
    void finished(int articles);
    void failed(const QString &error);

private:
    QString m_path;
    QString m_password;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::atomic<bool> *m_busy;
};

SearchIndexer::SearchIndexer(QString location, QString password, QObject *parent)
    : QObject(parent)
    , m_path(std::move(location))
    , m_password(std::move(password))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &SearchIndexer::start);
    m_thread.setObjectName(QStringLiteral("galley-search-indexer"));
    m_worker = new Worker(m_path, m_password, m_stop, &m_busy);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::finished, this, &SearchIndexer::indexed);
    connect(m_worker, &Worker::failed, this, &SearchIndexer::failed);
    m_thread.start(QThread::LowPriority);
}

SearchIndexer::~SearchIndexer()
{
    m_stop->store(true);
    m_thread.quit();
    m_thread.wait();
}

void SearchIndexer::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

int SearchIndexer::delay() const
{
    return m_timer.interval();
}

void SearchIndexer::schedule()
{
    m_timer.start();
}

void SearchIndexer::start()
{
    if (m_busy.exchange(true)) {
        // A pass is running: look again once it had time to finish.
        m_timer.start();
        return;
    }
    QMetaObject::invokeMethod(m_worker, &Worker::run, Qt::QueuedConnection);
}

} // namespace galley

#include "searchindexer.moc"
