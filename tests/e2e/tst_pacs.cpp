// DICOM networking against a real Orthanc (Debian's orthanc package), started
// by the test on ports of its own, with its storage in a temporary folder.
#include "DemoPhi.h"
#include "TestResult.h"
#include "app/gui/MainWindow.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/jobs/JobContext.h"
#include "engine/net/PacsClient.h"
#include "engine/project/Project.h"
#include "widgets/PacsDialog.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ReviewSession.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;

namespace {

const QString kOrthanc = QStringLiteral("/usr/sbin/Orthanc");

QSet<QString> sopInstancesIn(const QString &folder)
{
    QSet<QString> uids;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        if (auto f = DicomFile::open({it.next(), {}}).valueOr(nullptr))
            uids.insert(f->info().sopInstanceUid);
    return uids;
}

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VEIL_PASSPHRASE"), QStringLiteral("pacs test passphrase"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VEIL_CLI_PATH), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPacs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QProcess m_orthanc;
    PacsNode m_node;
    QString m_demo, m_studyUid;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("VeilTest")); // the dialog remembers the node
        QCoreApplication::setApplicationName(QStringLiteral("tst_pacs"));
        QVERIFY2(QFile::exists(kOrthanc), "Orthanc is not installed (tools/packages.txt has it)");
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        VEIL_VERIFY_OK(writeDemoStudy(m_demo));
        // Ports of its own (a system Orthanc may hold 4242/8042); a few tries if taken.
        bool started = false;
        for (int attempt = 0; attempt < 5 && !started; ++attempt) {
            const int dicom = 20000 + int(QRandomGenerator::global()->bounded(20000));
            const QString config = m_tmp.filePath(QStringLiteral("orthanc.json"));
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral(R"({"Name": "veil-test", "StorageDirectory": "%1", "IndexDirectory": "%1",
                "DicomAet": "ORTHANC", "DicomPort": %2, "HttpPort": %3, "RemoteAccessAllowed": false,
                "DicomCheckCalledAet": true, "DicomModalities": {"veil": ["VEIL", "127.0.0.1", 11112]},
                "Plugins": []})")
                        .arg(m_tmp.filePath(QStringLiteral("orthanc-db")))
                        .arg(dicom)
                        .arg(dicom + 1)
                        .toUtf8());
            f.close();
            m_orthanc.setStandardOutputFile(m_tmp.filePath(QStringLiteral("orthanc.log")), QIODevice::Append);
            m_orthanc.setStandardErrorFile(m_tmp.filePath(QStringLiteral("orthanc.log")), QIODevice::Append);
            m_orthanc.start(kOrthanc, {config});
            QVERIFY(m_orthanc.waitForStarted());
            PacsNode node{QStringLiteral("127.0.0.1"), quint16(dicom), QStringLiteral("ORTHANC"),
                          QStringLiteral("VEIL"), 5};
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 20000 && m_orthanc.state() == QProcess::Running && !echo(node).ok())
                QTest::qWait(200);
            started = m_orthanc.state() == QProcess::Running && echo(node).ok();
            if (started)
                m_node = node;
            else if (m_orthanc.state() == QProcess::Running)
                cleanupTestCase();
        }
        QVERIFY2(started, "Orthanc did not start");
    }

    void cleanupTestCase()
    {
        m_orthanc.terminate();
        if (!m_orthanc.waitForFinished(10000))
            m_orthanc.kill();
    }

    void echoTellsWhyItFails()
    {
        VEIL_VERIFY_OK(echo(m_node));
        PacsNode wrongAe = m_node;
        wrongAe.calledAeTitle = QStringLiteral("NOT_ORTHANC");
        Status r = echo(wrongAe);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Network);
        QVERIFY2(r.message().contains(QLatin1String("refused the association")), qPrintable(r.message()));
        PacsNode closed = m_node;
        closed.port = quint16(m_node.port + 2); // nothing listens there
        closed.timeoutSeconds = 2;
        QElapsedTimer t;
        t.start();
        r = echo(closed);
        QVERIFY(!r);
        QVERIFY2(r.message().startsWith(QLatin1String("cannot reach")), qPrintable(r.message()));
        QVERIFY(t.elapsed() < 10000);
    }

    void storeThenFind()
    {
        JobContext job;
        QStringList files;
        QDirIterator it(m_demo, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        const NetResult stored = storeFiles(m_node, files, job);
        VEIL_VERIFY_OK(stored.status);
        QCOMPARE(stored.done, 24);

        const QList<StudyMatch> all = test::must(findStudies(m_node, {}));
        QCOMPARE(all.size(), 1);
        m_studyUid = all.first().studyUid;
        QCOMPARE(all.first().instances, 24);
        QCOMPARE(all.first().patientName, QStringLiteral("VEILDEMO^JANE^Q"));
        QVERIFY(all.first().modalities.contains(QLatin1String("US")));
        StudyQuery q;
        q.patientName = QStringLiteral("VEILDEMO*");
        q.modality = QStringLiteral("US");
        q.studyDate = QStringLiteral("20240101-20241231");
        QCOMPARE(test::must(findStudies(m_node, q)).size(), 1);
        q.patientId = QStringLiteral("NOBODY");
        const Result<QList<StudyMatch>> none = findStudies(m_node, q);
        VEIL_VERIFY_OK(none); // no match is an answer, not an error
        QCOMPARE(none->size(), 0);

        // The CLI's find says the same.
        QProcess cli;
        cli.start(QStringLiteral(VEIL_CLI_PATH),
                  {QStringLiteral("pacs"), QStringLiteral("find"), m_node.toUrl(), QStringLiteral("--modality"),
                   QStringLiteral("CT"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray a = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first()[QStringLiteral("studyInstanceUid")].toString(), m_studyUid);
    }

    void retrieveGetsEveryInstanceWhole()
    {
        QVERIFY(!m_studyUid.isEmpty());
        const QString folder = m_tmp.filePath(QStringLiteral("retrieved"));
        qint64 lastDone = 0, lastTotal = 0;
        JobContext job([&](qint64 done, qint64 total, const QString &) {
            lastDone = done;
            lastTotal = total;
        });
        const NetResult r = retrieveStudy(m_node, m_studyUid, folder, job);
        VEIL_VERIFY_OK(r.status);
        QCOMPARE(r.done, 24);
        QCOMPARE(lastDone, 24);
        QCOMPARE(lastTotal, 24);
        QCOMPARE(sopInstancesIn(folder), sopInstancesIn(m_demo));
        for (const QString &f : r.files) // neutral names: nothing from the headers
            QVERIFY2(QFileInfo(f).fileName().contains(QRegularExpression(QStringLiteral("^IM\\d{6}\\.dcm$"))),
                     qPrintable(f));
        // The pixels are the ones sent (a CT slice, 16-bit).
        QString ct;
        for (const QString &f : r.files)
            if (auto file = DicomFile::open({f, {}}).valueOr(nullptr);
                file && file->info().modality == QLatin1String("CT"))
                ct = f;
        QVERIFY(!ct.isEmpty());
        auto back = DicomFile::open({ct, {}}).valueOr(nullptr);
        const QString uid = back->info().sopInstanceUid;
        QDirIterator it(m_demo, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            auto sent = DicomFile::open({it.next(), {}}).valueOr(nullptr);
            if (sent->info().sopInstanceUid != uid)
                continue;
            const Result<DisplayFrame> a = sent->renderFrame(0), b = back->renderFrame(0);
            VEIL_VERIFY_OK(a);
            VEIL_VERIFY_OK(b);
            QCOMPARE(a->pixels, b->pixels);
        }
        // A second retrieval into the same folder does not overwrite the first.
        JobContext again;
        QCOMPARE(retrieveStudy(m_node, m_studyUid, folder, again).done, 24);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 48);
        // Several studies (what the GUI and `pacs get --study A --study B` do): one subfolder
        // each; a study the peer does not have is an error for that study only.
        const QString several = m_tmp.filePath(QStringLiteral("several"));
        const StudiesRetrieved both =
            retrieveStudies(m_node, {m_studyUid, QStringLiteral("1.2.3.4.5.6.7.8.9")}, several, true, again);
        QCOMPARE(both.instances, 24);
        QCOMPARE(both.folders, QStringList{several + QStringLiteral("/study-1")});
        QCOMPARE(both.errors.size(), 1);
        QVERIFY2(both.errors.first().startsWith(QLatin1String("study 2 of 2: ")), qPrintable(both.errors.first()));
    }

    // export --send: the checked package goes to the PACS as well; the PACS
    // then holds a study with the pseudonyms only; the record names the PACS.
    // An unreachable PACS stops the export before anything is written.
    void exportSendsTheCheckedPackage()
    {
        const QString project = m_tmp.filePath(QStringLiteral("p.veil"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), project}).code, 0);
        QCOMPARE(
            cli({QStringLiteral("project"), QStringLiteral("add"), project, m_demo, QStringLiteral("--auto")}).code, 0);
        QCOMPARE(cli({QStringLiteral("review"), project, QStringLiteral("--approve-all")}).code, 0);
        PacsNode closed = m_node;
        closed.port = quint16(m_node.port + 2);
        const QString refusedTarget = m_tmp.filePath(QStringLiteral("never"));
        CliRun r = cli({QStringLiteral("export"), project, QStringLiteral("--to"), refusedTarget,
                        QStringLiteral("--send"), closed.toUrl()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not answer")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(refusedTarget));

        const int studiesBefore = int(test::must(findStudies(m_node, {})).size());
        const QString target = m_tmp.filePath(QStringLiteral("package"));
        r = cli({QStringLiteral("export"), project, QStringLiteral("--to"), target, QStringLiteral("--send"),
                 m_node.toUrl()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QRegularExpressionMatch sent =
            QRegularExpression(QStringLiteral("sent (\\d+) of (\\d+) instance")).match(r.out);
        QVERIFY2(sent.hasMatch() && sent.captured(1) == sent.captured(2), qPrintable(r.out));
        const QList<StudyMatch> studies = test::must(findStudies(m_node, {}));
        QCOMPARE(studies.size(), studiesBefore + 1);
        const QList<QByteArray> phi = test::demoPhi(m_demo);
        for (const StudyMatch &m : studies) {
            if (m.studyUid == m_studyUid)
                continue; // the original, stored by storeThenFind
            QCOMPARE(m.instances, sent.captured(1).toInt());
            // What the PACS holds, byte for byte, has no identifier of the input.
            const QString back = m_tmp.filePath(QStringLiteral("sent-back"));
            JobContext job;
            const NetResult got = retrieveStudy(m_node, m.studyUid, back, job);
            QCOMPARE(got.done, m.instances);
            for (const QString &f : got.files) {
                QFile file(f);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                for (const QByteArray &p : phi)
                    QVERIFY2(!bytes.contains(p), qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(p), f)));
            }
            for (const QString &phi : {QStringLiteral("VEILDEMO"), QStringLiteral("VD-0042-7731"),
                                       QStringLiteral("ACC-DEMO-5561"), QStringLiteral("20240315")})
                QVERIFY2(!(m.patientName + m.patientId + m.accessionNumber + m.studyDate).contains(phi),
                         qPrintable(phi));
        }
        QString error;
        auto p = test::orError(Project::open(project, QStringLiteral("pacs test passphrase")), &error);
        QVERIFY2(p, qPrintable(error));
        const QString recorded = p->exports().last().target;
        QVERIFY2(recorded.startsWith(QFileInfo(target).absoluteFilePath()) &&
                     recorded.contains(QStringLiteral("ORTHANC@127.0.0.1:%1 (%2 of %2 instances sent)")
                                           .arg(m_node.port)
                                           .arg(sent.captured(1))),
                 qPrintable(recorded));
    }

    // The GUI: search the PACS, pick the original study, Retrieve & Add: its
    // 24 instances arrive in the project (added with automatic findings).
    void guiSearchesRetrievesAndAdds()
    {
        QVERIFY(!m_studyUid.isEmpty());
        MainWindow w;
        w.show();
        QString error;
        QVERIFY2(
            test::orError(w.createProject(m_tmp.filePath(QStringLiteral("gui.veil")), QStringLiteral("gui passphrase")),
                          &error),
            qPrintable(error));
        PacsDialog *dialog = w.pacsDialog();
        dialog->show();
        QVERIFY(dialog->folderEdit()->text().contains(QLatin1String("/retrieved-")));
        dialog->nodeEdit()->setText(m_node.toUrl());
        QTest::mouseClick(dialog->searchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->results()->rowCount() >= 1, 30000);
        int row = -1;
        for (int r = 0; r < dialog->results()->rowCount(); ++r)
            if (dialog->results()->item(r, 0)->data(Qt::UserRole).toString() == m_studyUid)
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(!dialog->retrieveButton()->isEnabled());
        dialog->results()->selectRow(row);
        QVERIFY(dialog->retrieveButton()->isEnabled());
        QTest::mouseClick(dialog->retrieveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->instances().size(), 24, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningJobs() == 0, 120000);
    }

    // A cancelled send says so and how far it got.
    void cancelledStoreSaysHowFar()
    {
        QStringList files;
        QDirIterator it(m_demo, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        qint64 lastTotal = 0;
        JobContext job([&](qint64 done, qint64 total, const QString &) {
            lastTotal = total;
            if (done == 3)
                job.cancel();
        });
        const NetResult r = storeFiles(m_node, files, job);
        QVERIFY(!r.status && r.cancelled);
        QCOMPARE(r.status.code(), ErrorCode::Cancelled);
        QCOMPARE(r.done, 3);
        QCOMPARE(lastTotal, qint64(files.size()));
        QCOMPARE(r.status.message(), QStringLiteral("cancelled after 3 of %1 file(s)").arg(files.size()));
    }

    void cancelledRetrievalLeavesOnlyWholeFiles()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("cancelled"));
        QDir().mkpath(folder);
        QFile stale(folder + QStringLiteral("/.veil-partial-3")); // left by a killed retrieval
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half an object");
        stale.close();
        int seen = 0;
        JobContext cancelling([&](qint64, qint64, const QString &) {
            if (++seen == 5)
                cancelling.cancel();
        });
        const NetResult r = retrieveStudy(m_node, m_studyUid, folder, cancelling);
        QVERIFY(!r.status);
        QVERIFY(r.cancelled);
        QVERIFY2(r.done >= 5 && r.done < 24, qPrintable(QString::number(r.done)));
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), r.done);
        for (const QString &name : left) {
            QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
            QVERIFY(DicomFile::open({QDir(folder).filePath(name), {}}).valueOr(nullptr));
        }
        VEIL_VERIFY_OK(echo(m_node)); // Orthanc is fine after the abort
    }
};

QTEST_MAIN(TestPacs)
#include "tst_pacs.moc"
