// The project file: keys, audit, opt-outs, locking, schema versions.
#include "SqlOn.h"
#include "TestData.h"
#include "TestResult.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/export/RiskAnalysis.h"
#include "engine/jobs/JobContext.h"
#include "engine/project/Project.h"

#include <dcmtk/dcmdata/dctk.h>
#include <sqlite3.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;
using test::execOn;

namespace {

const QString kPass = QStringLiteral("a long enough passphrase");

// The demo study, in a folder named after the patient (folder names often are).
QString writeDemo(const QTemporaryDir &tmp)
{
    const QString dir = tmp.filePath(QStringLiteral("VEILDEMO_JANE_VD-0042-7731"));
    test::must(writeDemoStudy(dir));
    return dir;
}

// Another patient: a demo CT slice with the identity changed.
QString writeOtherPatient(const QString &demoDir, const QString &out)
{
    QDir().mkpath(QFileInfo(out).path());
    DcmFileFormat ff;
    ff.loadFile(QFile::encodeName(demoDir + QStringLiteral("/03_ct/IM0001.dcm")).constData());
    DcmDataset *ds = ff.getDataset();
    ds->putAndInsertString(DCM_PatientID, "OTHER-PATIENT-99");
    ds->putAndInsertString(DCM_PatientName, "OTHERSON^OTTO");
    ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.2.1125.99.1");
    ff.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit);
    return out;
}

// Every identifier of the demo input, as it could appear in bytes.
QList<QByteArray> demoPhi(const QString &demoDir)
{
    QList<QByteArray> phi = {DemoIdentity::patientName, "VEILDEMO",         "VD-0042-7731",
                             DemoIdentity::birthDate,   "07/04/1961",       DemoIdentity::accession,
                             DemoIdentity::institution, "NOBODY^DOCTOR",    "SONO^SAM",
                             "VEILDEMO_JANE",           "OTHER-PATIENT-99", "OTHERSON"};
    DcmFileFormat ff;
    ff.loadFile(QFile::encodeName(demoDir + QStringLiteral("/01_us_single/IM0001.dcm")).constData());
    for (const DcmTagKey &tag : {DCM_StudyInstanceUID, DCM_SeriesInstanceUID, DCM_SOPInstanceUID}) {
        OFString v;
        ff.getDataset()->findAndGetOFString(tag, v);
        phi << QByteArray(v.c_str());
    }
    return phi;
}

QByteArray bytesOf(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.fileName().contains(QLatin1String(".veil")) && f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

int auditCount(Project &p, const QString &action = {})
{
    int n = 0;
    for (const AuditEntry &e : p.audit())
        n += action.isEmpty() || e.action == action ? 1 : 0;
    return n;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void passphraseUnlocksAndWrongOneGivesNothing()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        QVERIFY(!test::orError(Project::create(path, QStringLiteral("short")), &error));
        QVERIFY(error.contains(QLatin1String("8 characters")));
        QString pseudo;
        {
            auto p = test::orError(Project::create(path, kPass), &error);
            QVERIFY2(p, qPrintable(error));
            QCOMPARE(p->addInputs({writeDemo(tmp)}, JobContext::none()).added.size(), 24);
            pseudo = p->instances().first().pseudoPatientId;
        }
        const auto wrong = Project::open(path, QStringLiteral("not the passphrase"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.code(), ErrorCode::BadPassphrase); // the GUI asks again
        QCOMPARE(wrong.message(), QStringLiteral("wrong passphrase for this project"));
        auto p = test::orError(Project::open(path, kPass), &error);
        QVERIFY2(p, qPrintable(error));
        const QList<Project::Original> originals = p->reidentify(pseudo);
        QCOMPARE(originals.size(), 1);
        QCOMPARE(originals[0].kind, QStringLiteral("patient"));
        QCOMPARE(originals[0].values, (QStringList{QStringLiteral("VD-0042-7731"), QStringLiteral("VEILDEMO^JANE^Q")}));
        const QString study = p->instances().first().pseudoStudyUid;
        QCOMPARE(p->reidentify(study).value(0).values.value(1), QString::fromLatin1(DemoIdentity::accession));
    }

    // The raw file (and its WAL) holds no original identifier: not in paths,
    // OCR text, comments, UIDs or the key, while open and after closing.
    void rawBytesHoldNoIdentifiers()
    {
        QTemporaryDir tmp;
        const QString demo = writeDemo(tmp);
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        auto p = test::orError(Project::create(path, kPass), &error);
        QVERIFY2(p, qPrintable(error));
        writeOtherPatient(demo, tmp.filePath(QStringLiteral("OTHERSON_OTTO/ct.dcm")));
        QCOMPARE(p->addInputs({demo, tmp.filePath(QStringLiteral("OTHERSON_OTTO"))}, JobContext::none()).added.size(),
                 25);
        int withText = 0;
        for (const ProjectInstance &i : p->instances()) {
            if (i.modality == QLatin1String("CT"))
                continue;
            QVERIFY(test::orError(p->runAutomatic(i.id, JobContext::none()), &error));
            for (const ProjectFinding &f : p->findings(i.id))
                withText += f.text.contains(QLatin1String("VEILDEMO")) ? 1 : 0;
        }
        QVERIFY(withText > 0); // OCR read the name (it is stored, encrypted)
        const qint64 first = p->instances().first().id;
        QVERIFY(p->setStatus(first, ReviewStatus::Flagged, QStringLiteral("VEILDEMO still legible at top left")));
        QVERIFY(p->addOptOut(QStringLiteral("OTHER-PATIENT-99")));
        p->lookup(QStringLiteral("VD-0042-7731"));
        const QList<QByteArray> phi = demoPhi(demo);
        for (const QByteArray &s : phi)
            QVERIFY2(!bytesOf(tmp.path()).contains(s), s.constData());
        ProjectInstance back;
        QVERIFY(p->instance(first, &back));
        QCOMPARE(back.comment, QStringLiteral("VEILDEMO still legible at top left"));
        QVERIFY(back.source.filePath.contains(QLatin1String("VEILDEMO_JANE")));
        p.reset();
        const QByteArray closed = bytesOf(tmp.path());
        QVERIFY(closed.size() > 50000);
        for (const QByteArray &s : phi)
            QVERIFY2(!closed.contains(s), s.constData());
    }

    void oneWriterAtATime()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        auto first = test::orError(Project::create(path, kPass), &error);
        QVERIFY(first);
        const auto second = Project::open(path, kPass);
        QVERIFY(!second);
        QCOMPARE(second.code(), ErrorCode::Locked);
        QVERIFY2(second.message().contains(QLatin1String("open in another Veil")), qPrintable(second.message()));
        first.reset();
        QVERIFY2(test::orError(Project::open(path, kPass), &error), qPrintable(error));
    }

    void newerOrForeignFilesAreRefused()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        QVERIFY(test::orError(Project::create(path, kPass), &error));
        QCOMPARE(execOn(path, "PRAGMA user_version = 99"), SQLITE_OK);
        QVERIFY(!test::orError(Project::open(path, kPass), &error));
        QVERIFY2(error.contains(QLatin1String("newer version of Veil")), qPrintable(error));

        const QString other = tmp.filePath(QStringLiteral("other.db"));
        QCOMPARE(execOn(other, "CREATE TABLE t(x)"), SQLITE_OK);
        QVERIFY(!test::orError(Project::open(other, kPass), &error));
        QCOMPARE(error, QStringLiteral("not a Veil project file"));
        QVERIFY(!test::orError(Project::create(other, kPass), &error)); // never overwrites
    }

    // A project of format 2 opens in format 5: each finding's rule is data,
    // recovered from the text of the rules the code asks about.
    void olderFindingsGainTheirRule()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        QVERIFY(test::orError(Project::create(path, kPass), &error));
        const char *format2 =
            "ALTER TABLE findings DROP COLUMN rule; ALTER TABLE exports DROP COLUMN decisions_at; "
            "DROP INDEX audit_origin; ALTER TABLE audit DROP COLUMN origin; ALTER TABLE audit DROP COLUMN origin_id; "
            "ALTER TABLE optouts DROP COLUMN patient_sealed; DROP TABLE merged; DELETE FROM meta WHERE key = "
            "'project_id'; "
            "PRAGMA user_version = 2;"
            "INSERT INTO instances(id, content_hash, size, source_sealed, patient_key, added_at) "
            "VALUES(1, 'h', 1, x'00', x'00', '2026-01-01');"
            "INSERT INTO findings(instance_id, frame, class, why) VALUES(1, -1, 0, 'not on the safe list');"
            "INSERT INTO findings(instance_id, frame, class, why) VALUES(1, -1, 1, "
            "'label announcing an identifier (what follows it is masked)');"
            "INSERT INTO findings(instance_id, frame, class, why) VALUES(1, -1, 0, 'date pattern');";
        QCOMPARE(execOn(path, format2), SQLITE_OK);
        auto p = test::orError(Project::open(path, kPass), &error);
        QVERIFY2(p, qPrintable(error));
        const QList<ProjectFinding> f = p->findings(1);
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].rule, TextRule::NotOnSafeList);
        QCOMPARE(f[1].rule, TextRule::PhiLabel);
        QCOMPARE(f[2].rule, TextRule::Other); // the text stays for people
        QCOMPARE(f[2].why, QStringLiteral("date pattern"));
    }

    // Every action writes exactly one audit row, and no row names the patient.
    void everyActionIsAuditedOnce()
    {
        QTemporaryDir tmp;
        const QString demo = writeDemo(tmp);
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        auto p = test::orError(Project::create(path, kPass), &error);
        QCOMPARE(auditCount(*p, QStringLiteral("project.create")), 1);
        const AddReport added =
            p->addInputs({demo + QStringLiteral("/01_us_single"), demo + QStringLiteral("/04_sc")}, JobContext::none());
        QCOMPARE(added.added.size(), 2);
        QCOMPARE(auditCount(*p), 3);
        QCOMPARE(p->addInputs({demo + QStringLiteral("/01_us_single")}, JobContext::none()).alreadyPresent, 1);
        QCOMPARE(auditCount(*p), 3); // nothing added, nothing written
        const qint64 us = added.added[0];
        auto step = [&](const char *action, const std::function<bool()> &act) {
            const int before = auditCount(*p);
            QVERIFY2(act(), action);
            QCOMPARE(auditCount(*p), before + 1);
            QCOMPARE(p->audit().last().action, QString::fromLatin1(action));
        };
        step("auto.run", [&] { return test::orError(p->runAutomatic(us, JobContext::none()), &error); });
        qint64 mask = 0;
        step("mask.add", [&] {
            ProjectMask m;
            m.instanceId = us;
            m.box = QRect(10, 20, 30, 40);
            return (mask = p->addMask(m)) > 0;
        });
        step("mask.change", [&] {
            ProjectMask m = p->masks(us).last();
            m.box.translate(5, 0);
            m.enabled = false;
            return p->updateMask(m);
        });
        step("mask.remove", [&] { return p->removeMask(mask); });
        step("status.set", [&] { return p->setStatus(us, ReviewStatus::Approved, QStringLiteral("VEILDEMO ok")); });
        const QString pseudo = p->instances().first().pseudoPatientId;
        step("reid.reidentify", [&] { return !p->reidentify(pseudo).isEmpty(); });
        step("reid.lookup", [&] { return p->lookup(QStringLiteral("VD-0042-7731")).instances.size() == 2; });
        step("settings.change", [&] { return p->setSetting(QStringLiteral("options"), QStringLiteral("[]")); });
        step("export.refused", [&] { return p->gateExport(added.added, false, {}).refused.size() == 1; });
        step("export.override", [&] { return p->gateExport({us}, true, QStringLiteral("pilot")).allowed.size() == 1; });
        step("export", [&] {
            ExportRecord r;
            r.recipient = QStringLiteral("Study group");
            r.items << ExportRecord::Item{us, QStringLiteral("a/b.dcm"), QStringLiteral("00")};
            return p->recordExport(r) > 0;
        });
        step("optout.add", [&] { return p->addOptOut(QStringLiteral("VD-0042-7731")); });
        step("optout.remove", [&] { return p->removeOptOut(QStringLiteral("VD-0042-7731")); });
        p.reset();
        p = test::orError(Project::open(path, kPass), &error);
        QCOMPARE(p->audit().last().action, QStringLiteral("key.unlock"));
        QCOMPARE(p->lookup(QStringLiteral("VD-0042-7731")).exports.size(), 1); // which shares held patient X
        for (const AuditEntry &e : p->audit()) {
            QVERIFY(!e.user.isEmpty());
            const QByteArray row = (e.action + e.object + e.details).toUtf8();
            for (const QByteArray &s : demoPhi(demo))
                QVERIFY2(!row.contains(s), row.constData());
        }
    }

    void optedOutPatientsNeverLeave()
    {
        QTemporaryDir tmp;
        const QString demo = writeDemo(tmp);
        QString error;
        auto p = test::orError(Project::create(tmp.filePath(QStringLiteral("p.veil")), kPass), &error);
        const QString other = writeOtherPatient(demo, tmp.filePath(QStringLiteral("other/ct.dcm")));
        p->addInputs({demo + QStringLiteral("/01_us_single"), other}, JobContext::none());
        for (const ProjectInstance &i : p->instances())
            QVERIFY(p->setStatus(i.id, ReviewStatus::Approved));
        QVERIFY(p->addOptOut(QStringLiteral("OTHER-PATIENT-99")));
        QList<qint64> ids;
        for (const ProjectInstance &i : p->instances())
            ids << i.id;
        const ExportGate gate = p->gateExport(ids, false, {});
        QCOMPARE(gate.allowed.size(), 1);
        QCOMPARE(gate.refused.size(), 1);
        QVERIFY(gate.refused[0].reason.contains(QLatin1String("opted out")));
        QCOMPARE(p->audit().last().action, QStringLiteral("export.refused"));
        QVERIFY(p->audit().last().details.contains(QLatin1String("opted out")));
        // Not even with an override.
        QCOMPARE(p->gateExport(ids, true, QStringLiteral("deadline")).refused.size(), 1);
    }

    void reviewGateNeedsApprovalOrAReason()
    {
        QTemporaryDir tmp;
        const QString demo = writeDemo(tmp);
        QString error;
        auto p = test::orError(Project::create(tmp.filePath(QStringLiteral("p.veil")), kPass), &error);
        const QList<qint64> ids = p->addInputs({demo + QStringLiteral("/03_ct")}, JobContext::none()).added;
        QCOMPARE(ids.size(), 20);
        QCOMPARE(p->gateExport(ids, false, {}).refused.value(0).reason, QStringLiteral("not reviewed yet"));
        QVERIFY(test::orError(p->runAutomatic(ids[0], JobContext::none()), &error));
        ProjectInstance i;
        QVERIFY(p->instance(ids[0], &i));
        QCOMPARE(i.status, ReviewStatus::AutoCleaned);                // a CT without text
        QVERIFY(p->gateExport({ids[0]}, true, {}).allowed.isEmpty()); // no reason: refused
        QCOMPARE(p->gateExport({ids[0]}, true, QStringLiteral("pilot run")).allowed.size(), 1);
        QCOMPARE(p->audit().last().action, QStringLiteral("export.override"));
        QVERIFY(p->setStatus(ids[1], ReviewStatus::Rejected));
        QCOMPARE(p->gateExport({ids[1]}, true, QStringLiteral("x")).refused.value(0).reason,
                 QStringLiteral("rejected by the reviewer"));
    }

    // k-anonymity over the quasi-identifiers present, one record per patient,
    // and which one to generalise to raise k.
    void riskFiguresAndAdvice()
    {
        auto rec = [](const char *sex, const char *device) {
            return QHash<QString, QString>{{QStringLiteral("sex"), QLatin1String(sex)},
                                           {QStringLiteral("device"), QLatin1String(device)}};
        };
        const RiskFigures r = analyseRisk({{QStringLiteral("P1"), rec("F", "A")},
                                           {QStringLiteral("P2"), rec("F", "A")},
                                           {QStringLiteral("P3"), rec("M", "A")},
                                           {QStringLiteral("P4"), rec("M", "A")},
                                           {QStringLiteral("P5"), rec("F", "B")}});
        QCOMPARE(r.records, 5);
        QCOMPARE(r.quasiIdentifiers, QStringList({QStringLiteral("sex"), QStringLiteral("device")}));
        QCOMPARE(r.smallestK, 1);
        QCOMPARE(r.atRisk.size(), 5);
        QCOMPARE(r.atRisk.first().pseudonym, QStringLiteral("P5"));
        QCOMPARE(r.atRisk.first().k, 1);
        QCOMPARE(r.advice.size(), 1); // without the device: F x3, M x2
        QCOMPARE(r.advice.first().quasiIdentifier, QStringLiteral("device"));
        QCOMPARE(r.advice.first().k, 2);
        QCOMPARE(adviceText(r.advice.first()), QStringLiteral("generalise or remove device: smallest k becomes 2"));

        const RiskFigures few =
            analyseRisk({{QStringLiteral("P1"), rec("F", "A")}, {QStringLiteral("P2"), rec("F", "A")}});
        QCOMPARE(few.smallestK, 2);
        QCOMPARE(few.advice.size(), 1);
        QVERIFY(few.advice.first().quasiIdentifier.isEmpty());
        QVERIFY(adviceText(few.advice.first()).startsWith(QLatin1String("only 2 patient(s)")));
        QCOMPARE(analyseRisk({}).smallestK, 0);
    }

    void profileIsValidatedAndKept()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        QStringList errors;
        {
            auto p = test::orError(Project::create(path, kPass), &error);
            QVERIFY(!p->setProfile(R"({"options": ["retain-nothing"]})", &errors));
            QVERIFY(!errors.isEmpty());
            errors.clear();
            const QByteArray profile = "{\"options\": [\"retain-modified-dates\"], \"pseudonymPrefix\": \"TRIAL7-\", "
                                       "\"rules\": [{\"tag\": \"(0008,0080)\", \"action\": \"replace\", \"value\": "
                                       "\"SITE 3\"}]}";
            const bool kept = p->setProfile(profile, &errors);
            QVERIFY2(kept, qPrintable(errors.join('\n')));
            QVERIFY(p->deidSettings().options.test(size_t(DeidOption::RetainLongitudinalModifiedDates)));
            QCOMPARE(p->deidSettings().rules.size(), 1);
            p->addInputs({writeDemo(tmp) + QStringLiteral("/01_us_single")}, JobContext::none());
            QVERIFY(p->instances().first().pseudoPatientId.startsWith(QLatin1String("TRIAL7-")));
            QVERIFY(!p->setProfile(R"({"pseudonymPrefix": "OTHER-"})", &errors)); // the key holds TRIAL7- names
        }
        auto p = test::orError(Project::open(path, kPass), &error);
        QCOMPARE(p->profile().pseudonymPrefix, QStringLiteral("TRIAL7-"));
        QVERIFY(p->pseudonyms()->patientId(QStringLiteral("X"), {}).startsWith(QLatin1String("TRIAL7-")));
    }

    // A word a reviewer keeps goes on the project's safe list (sealed in the
    // file, audited by count): the next automatic run keeps it unmasked.
    void keptWordsJoinTheProjectSafeList()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        auto p = test::orError(Project::create(path, kPass), &error);
        const qint64 id =
            p->addInputs({test::testFile(QStringLiteral("deid/ultrasounds/RGB_IMAGE.dcm"))}, JobContext::none())
                .added.value(0);
        QVERIFY(test::orError(p->runAutomatic(id, JobContext::none()), &error));
        auto verdictOf = [&](const QString &word) {
            for (const ProjectFinding &f : p->findings(id))
                if (f.text == word)
                    return f;
            return ProjectFinding{};
        };
        auto maskedBox = [&](const ProjectFinding &f) {
            for (const ProjectMask &m : p->masks(id))
                if (m.findingId == f.id)
                    return m.enabled;
            return false;
        };
        const ProjectFinding before = verdictOf(QStringLiteral("DTCEM")); // a Siemens word the built-in list lacks
        QCOMPARE(before.why, QStringLiteral("not on the safe list"));
        QVERIFY(maskedBox(before));
        QVERIFY(p->addSafeWord(QStringLiteral("DTCEM")));
        QCOMPARE(p->safeWords(), QStringList{QStringLiteral("DTCEM")});
        QCOMPARE(auditCount(*p, QStringLiteral("safelist.add")), 1);
        QVERIFY(test::orError(p->runAutomatic(id, JobContext::none()), &error));
        const ProjectFinding after = verdictOf(QStringLiteral("DTCEM"));
        QCOMPARE(after.why, QStringLiteral("safe list: project safe list"));
        QVERIFY(!maskedBox(after));
        p.reset();
        QVERIFY(!bytesOf(tmp.path()).contains("DTCEM")); // sealed, like all OCR text
        p = test::orError(Project::open(path, kPass), &error);
        QVERIFY(p->removeSafeWord(QStringLiteral("dtcem")));
        QVERIFY(p->safeWords().isEmpty());
        QVERIFY(!p->removeSafeWord(QStringLiteral("dtcem")));
    }

    void decisionsSurviveReopening()
    {
        QTemporaryDir tmp;
        const QString demo = writeDemo(tmp);
        const QString path = tmp.filePath(QStringLiteral("p.veil"));
        QString error;
        qint64 us = 0;
        int findings = 0;
        {
            auto p = test::orError(Project::create(path, kPass), &error);
            us = p->addInputs({demo + QStringLiteral("/01_us_single")}, JobContext::none()).added.value(0);
            QVERIFY(test::orError(p->runAutomatic(us, JobContext::none()), &error));
            findings = int(p->findings(us).size());
            ProjectMask m;
            m.instanceId = us;
            m.frame = 0;
            m.box = QRect(1, 2, 3, 4);
            QVERIFY(p->addMask(m));
        }
        auto p = test::orError(Project::open(path, kPass), &error);
        QVERIFY(findings > 0);
        QCOMPARE(p->findings(us).size(), findings); // cached: reopening does not re-run OCR
        const QList<ProjectMask> masks = p->masks(us);
        QCOMPARE(masks.last().box, QRect(1, 2, 3, 4));
        QCOMPARE(masks.last().origin, ProjectMask::Origin::Manual);
        QVERIFY(masks.first().origin == ProjectMask::Origin::Automatic && masks.first().findingId > 0);
        VEIL_VERIFY_OK(p->checkIntegrity());
        // A changed or missing original is noticed (these are the test's own files).
        QFile f(demo + QStringLiteral("/01_us_single/IM0001.dcm"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 1);
        f.write("\x7f");
        f.close();
        QCOMPARE(p->checkOriginals(JobContext::none()).changed, QList<qint64>{us});
        QVERIFY(f.remove());
        QCOMPARE(p->checkOriginals(JobContext::none()).missing, QList<qint64>{us});
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
