// The share package end to end through veil-cli: gate, atomic writing, the
// package's contents and that none of the input's identifiers is in it.
#include "DemoPhi.h"
#include "TestResult.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/project/Project.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <climits>
#include <csignal>
#include <unistd.h>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("export test passphrase");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, int killAfterMs = -1)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(VEIL_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(killAfterMs < 0 ? 300000 : killAfterMs)) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// name -> bytes of every file of a package (folder or zip).
QHash<QString, QByteArray> packageFiles(const QString &target)
{
    QHash<QString, QByteArray> files;
    if (target.endsWith(QLatin1String(".zip"))) {
        for (const QString &e : ZipArchive::entries(target).valueOr({}))
            files.insert(e, ZipArchive::read(target, e).valueOr({}));
        return files;
    }
    QDirIterator it(target, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        files.insert(QDir(target).relativeFilePath(f.fileName()), f.readAll());
    }
    return files;
}

// A package is complete when its manifest lists files that are all there with their hashes.
bool looksComplete(const QString &target)
{
    const QHash<QString, QByteArray> files = packageFiles(target);
    return files.contains(QStringLiteral("manifest.csv"));
}

void validate(const QString &target, const QString &demo, int expected)
{
    const QHash<QString, QByteArray> files = packageFiles(target);
    for (const char *name : {"manifest.csv", "manifest.json", "REPORT.html", "REPORT.pdf", "DATA_USE_AGREEMENT.txt"})
        QVERIFY2(files.contains(QLatin1String(name)), name);
    const QList<QByteArray> lines = files.value(QStringLiteral("manifest.csv")).trimmed().split('\n');
    QCOMPARE(lines.size(), expected + 1);
    QTemporaryDir check;
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> f = line.split(',');
        const QString path = QString::fromUtf8(f.value(6));
        QVERIFY2(files.contains(path), qPrintable(path));
        QCOMPARE(sha256(files.value(path)), QString::fromLatin1(f.value(7)));
        QFile copy(check.filePath(QStringLiteral("x.dcm")));
        copy.open(QIODevice::WriteOnly);
        copy.write(files.value(path));
        copy.close();
        QVERIFY2(DicomFile::open({copy.fileName(), {}}).valueOr(nullptr), qPrintable(path)); // reads back
    }
    // The report: sections present (PDF text via pdftotext).
    QFile pdf(check.filePath(QStringLiteral("r.pdf")));
    pdf.open(QIODevice::WriteOnly);
    pdf.write(files.value(QStringLiteral("REPORT.pdf")));
    pdf.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf.fileName(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QByteArray reportText = text.readAllStandardOutput();
    for (const char *section : {"Export record", "Data-sharing checklist", "Review", "Pixel masks", "Re-identi",
                                "k-anonymity", "Trial 7 core lab"})
        QVERIFY2(reportText.contains(section), section);
    QVERIFY(reportText.contains(QByteArray("De-identi"))); // "fi" is a ligature in the PDF text
    // Unticked checklist items are "not confirmed", not "no"; series go by
    // number and description, never by UID; k is explained before its figures.
    const QByteArray html = files.value(QStringLiteral("REPORT.html"));
    QVERIFY(html.contains("not confirmed"));
    QVERIFY(!html.contains("<b>no</b>"));
    QVERIFY(html.contains("k says how many patients"));
    QVERIFY(html.indexOf("k says how many patients") < html.indexOf("smallest k"));
    const QRegularExpression heading(QStringLiteral("<h3>Series ([^<]*)</h3>"));
    int headings = 0;
    for (auto m = heading.globalMatch(QString::fromUtf8(html)); m.hasNext(); ++headings) {
        const QString text = m.next().captured(1);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^(\\d+|without number)( — .+)? \\([A-Z]+\\)$")).match(text).hasMatch(),
            qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("2.25.")), qPrintable(text)); // no UID
    }
    QVERIFY(headings > 0);
    // Nothing of the input's identity anywhere: names, bytes, the report's text.
    for (const QByteArray &phi : test::demoPhi(demo)) {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.key().toUtf8().contains(phi), phi.constData());
            QVERIFY2(!it.value().contains(phi), qPrintable(it.key() + QStringLiteral(": ") + QString::fromLatin1(phi)));
        }
        QVERIFY2(!reportText.contains(phi), phi.constData());
    }
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_demo, m_project;

private slots:
    void initTestCase()
    {
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        m_project = m_tmp.filePath(QStringLiteral("p.veil"));
        QCOMPARE(cli({QStringLiteral("make-demo"), m_demo}).code, 0);
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), m_project}).code, 0);
        QCOMPARE(
            cli({QStringLiteral("project"), QStringLiteral("add"), m_project, m_demo, QStringLiteral("--auto")}).code,
            0);
        // Two images a reviewer flagged (whatever the automatic run made of
        // them): the gate must hold them back.
        for (const char *id : {"1", "2"})
            QCOMPARE(cli({QStringLiteral("review"), m_project, QStringLiteral("--id"), QLatin1String(id),
                          QStringLiteral("--status"), QStringLiteral("flagged")})
                         .code,
                     0);
        const Run approved = cli({QStringLiteral("review"), m_project, QStringLiteral("--approve-all")});
        QVERIFY2(approved.out.contains("22 approved"), approved.out.constData());
    }

    void packageToAFolderAndAZip()
    {
        for (const QString &name : {QStringLiteral("share"), QStringLiteral("share.zip")}) {
            const QString target = m_tmp.filePath(name);
            const Run r =
                cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target, QStringLiteral("--recipient"),
                     QStringLiteral("Trial 7 core lab"), QStringLiteral("--purpose"), QStringLiteral("validation"),
                     QStringLiteral("--checklist"), QStringLiteral("low-risk,access-controlled")});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(r.out.contains("refused: instance") && r.out.contains("flagged for review"));
            validate(target, m_demo, 22);
            QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target}).code, 1); // never over
        }
    }

    void folderWithDicomDir()
    {
        const QString target = m_tmp.filePath(QStringLiteral("media"));
        const Run r =
            cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target, QStringLiteral("--dicomdir"),
                 QStringLiteral("--recipient"), QStringLiteral("Trial 7 core lab")});
        QVERIFY2(r.code == 0, r.err.constData());
        validate(target, m_demo, 22);
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/DICOMDIR")));
        const Run info = cli({QStringLiteral("info"), target + QStringLiteral("/DICOMDIR")});
        QVERIFY2(info.out.contains("Summary: 23 read, 0 skipped, 0 failed"), info.out.constData());
    }

    void killedExportsLeaveNothingComplete()
    {
        const QString target = m_tmp.filePath(QStringLiteral("killed.zip"));
        // How long a whole export takes, for a folder and for a zip (the zip's
        // is longer), the fastest run seen (the first is slowed by cold
        // caches): kills are drawn within the duration of their own kind.
        QHash<bool, int> full{{false, INT_MAX}, {true, INT_MAX}};
        for (const QString &to :
             {m_tmp.filePath(QStringLiteral("timed")), target, target, m_tmp.filePath(QStringLiteral("timed"))}) {
            QElapsedTimer t;
            t.start();
            QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), to}).code, 0);
            full[to == target] = std::min(full[to == target], int(t.elapsed()));
            if (to == target)
                QFile::remove(to);
            else
                QDir(to).removeRecursively();
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int killed = 0;
        for (int n = 0; n < 10; ++n) {
            const QString folder = m_tmp.filePath(QStringLiteral("killed-%1").arg(n));
            for (const QString &to : {folder, target}) {
                QElapsedTimer t;
                t.start();
                const Run r = cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), to},
                                  random.bounded(full[to == target]) + 1);
                killed += r.code == -1 ? 1 : 0;
                if (r.code != -1) // ended before its kill: a whole export takes at most this long
                    full[to == target] = std::min(full[to == target], int(t.elapsed()));
                const bool exists = QFileInfo::exists(to);
                QVERIFY2(!exists || looksComplete(to), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(to)));
                if (exists && to == target)
                    QFile::remove(to);
                else if (exists)
                    QDir(to).removeRecursively();
                // The next export succeeds (and clears what the killed one left).
                QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), to}).code, 0);
                QVERIFY(looksComplete(to));
                const QStringList partial =
                    QDir(m_tmp.path()).entryList({QStringLiteral(".veil-partial-*")}, QDir::Hidden | QDir::AllEntries);
                QVERIFY2(partial.isEmpty(), qPrintable(partial.join(' ')));
                if (to == target)
                    QFile::remove(to);
                else
                    QDir(to).removeRecursively();
            }
        }
        qInfo("full export %d ms (folder), %d ms (zip); 20 exports killed at random moments (seed %u), %d before "
              "the end",
              full[false], full[true], seed, killed);
        QVERIFY(killed >= 10);
    }

    // An export works from the decisions of its start: while it writes the
    // package, another process approves an image and masks one; both finish,
    // the package holds exactly the snapshot, the later decisions stay.
    void reviewGoesOnDuringAnExport()
    {
        const QString target = m_tmp.filePath(QStringLiteral("during"));
        QProcess exporting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
        exporting.setProcessEnvironment(env);
        exporting.start(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("export"), m_project, QStringLiteral("--to"),
                                                        target, QStringLiteral("--wait"), QStringLiteral("60")});
        QVERIFY(exporting.waitForStarted());
        // Its first progress line comes once the snapshot is taken and the package is being written.
        exporting.setReadChannel(QProcess::StandardError);
        QByteArray progress;
        while (!progress.contains("exporting") && exporting.waitForReadyRead(120000))
            progress += exporting.readAllStandardError();
        QVERIFY2(progress.contains("exporting"), progress.constData());
        QDateTime decided;
        {
            QString error;
            auto p = test::orError(Project::open(m_project, kPass, Project::OpenMode::ReadWrite, 60), &error);
            QVERIFY2(p, qPrintable(error));
            QVERIFY(p->setStatus(1, ReviewStatus::Approved, QStringLiteral("approved during an export")));
            ProjectMask m;
            m.instanceId = 5;
            m.box = QRect(1, 2, 3, 4);
            QVERIFY(p->addMask(m) > 0);
            decided = QDateTime::currentDateTimeUtc();
        }
        QVERIFY2(exporting.state() == QProcess::Running, "the review waited for the whole export");
        QVERIFY(exporting.waitForFinished(300000));
        QCOMPARE(exporting.exitCode(), 0);
        QVERIFY2(exporting.readAllStandardOutput().contains("exported 22 instance(s)"), "not the snapshot");
        QString error;
        auto p = test::orError(Project::open(m_project, kPass), &error);
        QVERIFY2(p, qPrintable(error));
        const ExportRecord record = p->exports().last();
        QCOMPARE(record.items.size(), 22);
        QVERIFY(record.decisionsAt.isValid() && record.decisionsAt < decided);
        for (const ExportRecord::Item &i : record.items)
            QVERIFY(i.instanceId != 1); // approved after the snapshot
        ProjectInstance one;
        QVERIFY(p->instance(1, &one));
        QCOMPARE(one.status, ReviewStatus::Approved); // the later decision stays
        QCOMPARE(p->masks(5).last().box, QRect(1, 2, 3, 4));
        // As it was, for the tests after this one.
        QVERIFY(p->setStatus(1, ReviewStatus::Flagged, QStringLiteral("back")));
        QVERIFY(p->removeMask(p->masks(5).last().id));
        QDir(target).removeRecursively();
    }

    // A second process says who holds the project and since when; --wait waits.
    void secondProcessSaysWhoAndWaits()
    {
        QString error;
        auto held = test::orError(Project::open(m_project, kPass), &error);
        QVERIFY2(held, qPrintable(error));
        const Run refused = cli({QStringLiteral("project"), QStringLiteral("status"), m_project});
        QCOMPARE(refused.code, 3);
        QVERIFY2(QRegularExpression(QStringLiteral("open in another Veil \\(process \\d+ of .+ since "
                                                   "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)"))
                     .match(QString::fromUtf8(refused.err))
                     .hasMatch(),
                 refused.err.constData());
        QProcess waiting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VEIL_PASSPHRASE"), kPass);
        waiting.setProcessEnvironment(env);
        waiting.start(QStringLiteral(VEIL_CLI_PATH), {QStringLiteral("project"), QStringLiteral("status"), m_project,
                                                      QStringLiteral("--wait"), QStringLiteral("30")});
        QVERIFY(!waiting.waitForFinished(1500)); // waits while the project is held
        held.reset();
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
    }

    void gateRefusesWithReasons()
    {
        const QString target = m_tmp.filePath(QStringLiteral("gate"));
        const Run noReason = cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target,
                                  QStringLiteral("--allow-unreviewed")});
        QCOMPARE(noReason.code, 2); // a usage error, with the reason
        QVERIFY(noReason.err.contains("needs --reason"));
        QVERIFY(!QFileInfo::exists(target));
        // Unreview one image, then override with a reason: it goes, and the override is audited.
        QCOMPARE(cli({QStringLiteral("review"), m_project, QStringLiteral("--id"), QStringLiteral("3"),
                      QStringLiteral("--status"), QStringLiteral("unreviewed")})
                     .code,
                 0);
        const Run refused = cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target});
        QVERIFY(refused.out.contains("refused: instance 3: not reviewed yet"));
        QDir(target).removeRecursively();
        QString error;
        {
            auto p = test::orError(Project::open(m_project, kPass), &error);
            QVERIFY(p->setStatus(3, ReviewStatus::AutoCleaned));
        }
        const Run overridden = cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target,
                                    QStringLiteral("--allow-unreviewed"), QStringLiteral("--reason"),
                                    QStringLiteral("pilot for the core lab")});
        QCOMPARE(overridden.code, 0);
        QVERIFY2(overridden.out.contains("exported 22 instance(s)"), overridden.out.constData()); // 21 approved + 1
        QDir(target).removeRecursively();
        // Opted out: nothing of the patient leaves, and the attempt is on record.
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("optout"), m_project, QStringLiteral("--add"),
                      QStringLiteral("VD-0042-7731")})
                     .code,
                 0);
        const Run blocked = cli({QStringLiteral("export"), m_project, QStringLiteral("--to"), target});
        QCOMPARE(blocked.code, 1);
        QVERIFY(blocked.out.contains("opted out"));
        QVERIFY(!QFileInfo::exists(target));
        auto p = test::orError(Project::open(m_project, kPass), &error);
        QStringList actions;
        for (const AuditEntry &e : p->audit())
            actions << e.action + QLatin1Char(' ') + e.details;
        QVERIFY(actions.filter(QStringLiteral("export.override")).size() == 1);
        QVERIFY(!actions.filter(QRegularExpression(QStringLiteral("^export.refused .*opted out"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
