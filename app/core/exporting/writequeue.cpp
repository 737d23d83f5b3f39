#include "writequeue.h"

#include <algorithm>

namespace galley {

WriteQueue::WriteQueue(int threads, int maxInFlight)
    : m_maxInFlight(std::max(1, maxInFlight))
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
}

WriteQueue::~WriteQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_workAvailable.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void WriteQueue::submit(PendingWrite pending, int tag)
{
    auto slot = std::make_shared<Slot>();
    slot->result.pending = std::move(pending);
    slot->result.tag = tag;
    std::unique_lock lock(m_mutex);
    // Bounded by the writes not finished yet, not by the results not taken yet: the caller takes
    // results on this same thread, so waiting for that would wait forever.
    m_progress.wait(lock, [this] { return m_unfinished < m_maxInFlight; });
    ++m_unfinished;
    m_slots.push_back(slot);
    m_waiting.push_back(slot);
    lock.unlock();
    m_workAvailable.notify_one();
}

QList<WriteQueue::Result> WriteQueue::takeFinished(bool all)
{
    QList<Result> finished;
    std::unique_lock lock(m_mutex);
    if (all)
        m_progress.wait(lock, [this] { return m_waiting.empty() && std::all_of(m_slots.begin(), m_slots.end(), [](const auto &slot) { return slot->done; }); });
    while (!m_slots.empty() && m_slots.front()->done) {
        finished.append(std::move(m_slots.front()->result));
        m_slots.pop_front();
    }
    lock.unlock();
    m_progress.notify_all();
    return finished;
}

void WriteQueue::run()
{
    for (;;) {
        std::shared_ptr<Slot> slot;
        {
            std::unique_lock lock(m_mutex);
            // Drain what was queued before stopping: a queued write is never dropped.
            m_workAvailable.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
            if (m_waiting.empty())
                return;
            slot = m_waiting.front();
            m_waiting.pop_front();
        }
        QString error;
        const bool ok = ExportWriter::stage(slot->result.pending, &error);
        {
            const std::lock_guard lock(m_mutex);
            slot->result.ok = ok;
            slot->result.error = error;
            slot->result.pending.bytes.clear(); // written: free the memory early
            slot->done = true;
            --m_unfinished;
        }
        m_progress.notify_all();
    }
}

} // namespace galley
