#include "widgets/models/JobController.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace veil {

JobController::JobController(QObject *parent) : QObject(parent) {}

JobController::~JobController()
{
    cancelAll();
    QThreadPool::globalInstance()->waitForDone();
}

JobContext::ProgressFn JobController::progressForwarder(const QString &title)
{
    QPointer<JobController> self(this);
    // The step ("Finding burned-in text") says more than the job's title while it runs.
    return [self, title](qint64 done, qint64 total, const QString &step) {
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, title, step, done, total] {
                    if (self)
                        emit self->progressed(step.isEmpty() ? title : step, done, total);
                },
                Qt::QueuedConnection);
    };
}

void JobController::startJob(const std::shared_ptr<JobContext> &context, const QString &title)
{
    m_running.push_back(context);
    emit started(title);
}

void JobController::finishJob(const std::shared_ptr<JobContext> &context, const QString &title)
{
    m_running.removeOne(context);
    emit finished(title);
    if (m_running.isEmpty())
        emit idle();
}

void JobController::cancelAll()
{
    for (const auto &c : m_running)
        c->cancel();
}

void JobController::waitForAll()
{
    while (!m_running.isEmpty()) {
        QThreadPool::globalInstance()->waitForDone(50);
        QCoreApplication::processEvents();
    }
}

} // namespace veil
