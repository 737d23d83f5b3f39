#pragma once

#include "exportwriter.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace galley {

/// Stages PendingWrites (ExportWriter::stage(): the bytes to a temporary file, not yet flushed)
/// on I/O threads, so that file creation overlaps the pipeline; the caller publishes them in
/// batches. Results come back in submission order, so whatever finishes first, the caller
/// reports files in a fixed order.
class WriteQueue final
{
public:
    struct Result {
        PendingWrite pending;
        int tag = 0;  ///< the caller's: which article the file belongs to
        bool ok = false;
        QString error;
    };

    /// \a threads I/O threads; at most \a maxInFlight writes queued or running at once.
    explicit WriteQueue(int threads = 2, int maxInFlight = 64);
    /// Waits for the writes in flight (staged files that are not published are the caller's).
    ~WriteQueue();
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    /// Queues a stage(); blocks while maxInFlight writes are unfinished.
    void submit(PendingWrite pending, int tag);
    /// Takes the finished results at the front, in submission order; with \a all, waits until
    /// every submitted write has finished.
    [[nodiscard]] QList<Result> takeFinished(bool all);

private:
    struct Slot {
        Result result;
        bool done = false;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_workAvailable; ///< wakes one I/O thread per write
    std::condition_variable m_progress;      ///< a write finished or a result was taken
    std::deque<std::shared_ptr<Slot>> m_slots;   ///< submitted, in order, until taken
    std::deque<std::shared_ptr<Slot>> m_waiting; ///< not yet picked up by a thread
    int m_maxInFlight = 64;
    int m_unfinished = 0; ///< submitted writes not finished yet
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace galley
