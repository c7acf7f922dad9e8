// Item models and the job controller, headless.
#include "TestData.h"

#include "dicom/DemoStudy.h"
#include "dicom/IndexJob.h"
#include "models/JobController.h"
#include "models/StudyTreeModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace veil;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void studyTreeFollowsTheIndex()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.path()).ok);
        StudyIndex index;
        for (const InstanceInfo &i : indexInputs({tmp.path()}, JobContext::none()).instances)
            index.add(i);
        StudyTreeModel model;
        model.rebuild(index);
        QCOMPARE(model.rowCount(), 1); // one patient
        const QModelIndex patient = model.index(0, 0);
        QVERIFY(patient.data().toString().contains(QLatin1String("VEILDEMO JANE Q")));
        QCOMPARE(model.rowCount(patient), 1); // one study
        const QModelIndex study = model.index(0, 0, patient);
        QCOMPARE(model.rowCount(study), 5); // five series
        const QModelIndex ct = model.index(2, 0, study);
        QCOMPARE(model.rowCount(ct), 20);
        QVERIFY(ct.data().toString().startsWith(QLatin1String("CT #3")));
        const int first = index.firstImageInstance();
        const QModelIndex found = model.indexOfInstance(first);
        QVERIFY(found.isValid());
        QCOMPARE(found.data(StudyTreeModel::LevelRole).toInt(), int(StudyTreeModel::InstanceLevel));
        QCOMPARE(found.data(StudyTreeModel::InstanceRole).toInt(), first);
    }

    void jobRunsOffTheMainThreadAndReportsBack()
    {
        JobController jobs;
        QSignalSpy progressed(&jobs, &JobController::progressed);
        QSignalSpy idle(&jobs, &JobController::idle);
        Qt::HANDLE worker = nullptr;
        int result = 0;
        jobs.run<int>(
            QStringLiteral("count"),
            [&worker](JobContext &job) {
                worker = QThread::currentThreadId();
                for (int i = 1; i <= 5; ++i)
                    job.setProgress(i, 5);
                return 42;
            },
            [&result](int r) { result = r; });
        QVERIFY(idle.wait(5000));
        QCOMPARE(result, 42);
        QVERIFY(worker != QThread::currentThreadId());
        QTRY_COMPARE(progressed.count(), 5);
        QCOMPARE(progressed.last().at(1).toLongLong(), 5);
    }

    void cancelledJobDeliversNothing()
    {
        JobController jobs;
        QSignalSpy idle(&jobs, &JobController::idle);
        bool delivered = false;
        std::atomic<bool> started{false};
        jobs.run<int>(
            QStringLiteral("long"),
            [&started](JobContext &job) {
                started = true;
                while (!job.isCancelled())
                    QThread::msleep(5);
                return 1;
            },
            [&delivered](int) { delivered = true; });
        QTRY_VERIFY(started.load());
        jobs.cancelAll();
        QVERIFY(idle.wait(5000));
        QVERIFY(!delivered);
        QCOMPARE(jobs.runningJobs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
