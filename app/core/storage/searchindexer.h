#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace galley {

/// Keeps the full-text indexes of one newsroom current in the background (see SearchIndex).
///
/// schedule() after a write that may have left articles pending: once no further schedule()
/// has come for delay() milliseconds, a worker thread with its own connection re-indexes every
/// pending article, one short transaction each, so the GUI thread neither tokenizes nor waits
/// long for the write lock. Destroying the indexer stops it after the article in hand.
class SearchIndexer final : public QObject
{
    Q_OBJECT
public:
    /// Indexes the newsroom at \a location (a file or a team server; \a password as given to
    /// Database::open(), kept in memory only).
    explicit SearchIndexer(QString location, QString password = {}, QObject *parent = nullptr);
    ~SearchIndexer() override;

    void setDelay(int milliseconds);
    [[nodiscard]] int delay() const;
    /// True while the worker is re-indexing.
    [[nodiscard]] bool isBusy() const { return m_busy.load(); }

public Q_SLOTS:
    void schedule();

Q_SIGNALS:
    /// A background pass finished: \a articles were re-indexed.
    void indexed(int articles);
    /// A background pass failed; the pending articles stay pending (the next search indexes them).
    void failed(const QString &error);

private:
    void start();

    class Worker;
    QString m_path;
    QString m_password;
    QTimer m_timer;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::atomic<bool> m_busy { false };
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace galley
