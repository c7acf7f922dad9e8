#pragma once

#include "engine/jobs/JobContext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace veil {

// Runs slow engine functions on the thread pool and reports back on the
// main thread. Widgets never start threads themselves: they ask this.
class JobController : public QObject
{
    Q_OBJECT
public:
    explicit JobController(QObject *parent = nullptr);
    ~JobController() override;

    // `work` runs on a pool thread with its own JobContext; `done` runs on
    // this object's thread with the result, unless the job was cancelled.
    // Progress is forwarded as progressed(title, done, total).
    template <typename Result>
    void run(const QString &title, std::function<Result(JobContext &)> work, std::function<void(Result)> done)
    {
        auto context = std::make_shared<JobContext>(progressForwarder(title));
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, context, done, title] {
            const bool cancelled = context->isCancelled();
            if (!cancelled && done)
                done(watcher->result());
            finishJob(context, title);
            watcher->deleteLater();
        });
        startJob(context, title);
        watcher->setFuture(QtConcurrent::run([work, context] { return work(*context); }));
    }

    int runningJobs() const { return int(m_running.size()); }
    void cancelAll();
    // Blocks until every job has finished (tests, shutdown).
    void waitForAll();

signals:
    void progressed(const QString &title, qint64 done, qint64 total);
    void started(const QString &title);
    void finished(const QString &title);
    void idle();

private:
    JobContext::ProgressFn progressForwarder(const QString &title);
    void startJob(const std::shared_ptr<JobContext> &context, const QString &title);
    void finishJob(const std::shared_ptr<JobContext> &context, const QString &title);

    QList<std::shared_ptr<JobContext>> m_running;
};

} // namespace veil
