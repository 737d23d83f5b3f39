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

/// Commits PendingWrites on a few I/O threads. QSaveFile flushes every file to disk before the
/// rename, and one flush waits on the disk; several in flight let the file system batch them
/// (measured here: ~140 files/s one at a time, ~1,100 with 16 in flight). Results come back in
/// submission order, so whatever finishes first, the caller reports files in a fixed order.
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
    explicit WriteQueue(int threads = 16, int maxInFlight = 64);
    /// Waits for the writes in flight (each is atomic: none is left half-written).
    ~WriteQueue();
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    /// Queues a commit; blocks while maxInFlight writes are pending.
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
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace galley
