#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace veil {

// Progress and cancellation for slow engine work. The engine calls it
// synchronously; the GUI's job controller runs the same function on a thread
// pool and forwards progress to the main thread; tests and the CLI just pass
// one in (or use JobContext::none()).
class JobContext
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &step)>;

    JobContext() = default;
    explicit JobContext(ProgressFn progress) : m_progress(std::move(progress)) {}
    JobContext(const JobContext &) = delete;
    JobContext &operator=(const JobContext &) = delete;

    void setProgress(qint64 done, qint64 total, const QString &step = {})
    {
        if (m_progress)
            m_progress(done, total, step);
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    static JobContext &none();

private:
    ProgressFn m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace veil
