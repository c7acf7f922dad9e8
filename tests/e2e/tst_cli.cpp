// veil-cli as a user runs it.
#include "TestData.h"
#include "e2e/HostileFiles.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.setChildProcessModifier([] { ::setsid(); }); // no controlling terminal: nothing can prompt
    p.start(QStringLiteral(VEIL_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("info")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("x.dcm")}).exitCode, 2);
    }

    void makeDemoThenInfo()
    {
        QTemporaryDir tmp;
        const Run made = cli({QStringLiteral("make-demo"), tmp.path()});
        QCOMPARE(made.exitCode, 0);
        const Run info = cli({QStringLiteral("info"), tmp.path()});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("Summary: 24 read, 0 skipped, 0 failed"));
        QVERIFY(info.out.contains(
            "UltrasoundMultiframeImageStorage\tUS\tLittle Endian Explicit\t640x480x20\tMONOCHROME2\t8 bits"));
        // info lists technical fields only: no names or IDs on the terminal.
        QVERIFY(!info.out.contains("VEILDEMO"));
    }

    void infoJsonOverTheWholeCorpus()
    {
        VEIL_REQUIRE_TESTDATA();
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), veil::test::testDataDir()});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1); // the corpus has malformed files
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        int ok = 0, skipped = 0, failed = 0;
        for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            const QString status = o.value(QStringLiteral("status")).toString();
            ok += status == QLatin1String("ok");
            skipped += status == QLatin1String("skipped");
            failed += status == QLatin1String("error");
            if (status != QLatin1String("ok"))
                QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
        }
        const QJsonObject summary =
            QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("read")).toInt(), ok);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), skipped);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), failed);
        QVERIFY(ok > 500);
        QVERIFY(failed >= 10);
    }

    void renderWritesAViewableImage()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        const QString png = tmp.filePath(QStringLiteral("echo.png"));
        const Run r = cli({QStringLiteral("render"), veil::test::testFile(QStringLiteral("dcm4che/US-PAL-8-10x-echo")),
                           QStringLiteral("--frame"), QStringLiteral("9"), QStringLiteral("--out"), png});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(600, 430));
        QVERIFY(!image.isGrayscale());
    }

    void keygenDeidExplain()
    {
        QTemporaryDir tmp;
        const QString key = tmp.filePath(QStringLiteral("project.key"));
        QCOMPARE(cli({QStringLiteral("keygen"), key}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("keygen"), key}).exitCode, 1); // never overwrites silently
        QCOMPARE(cli({QStringLiteral("make-demo"), tmp.filePath(QStringLiteral("demo"))}).exitCode, 0);
        const QString out = tmp.filePath(QStringLiteral("share"));
        const Run deid = cli({QStringLiteral("deid"), tmp.filePath(QStringLiteral("demo")), QStringLiteral("--out"),
                              out, QStringLiteral("--key-file"), key, QStringLiteral("--option"),
                              QStringLiteral("retain-modified-dates")});
        QCOMPARE(deid.exitCode, 0);
        QVERIFY(deid.out.contains("Summary: 24 written, 0 skipped (not DICOM), 0 not written"));
        const QStringList files = veil::test::filesUnder(out, {QStringLiteral("*.dcm")});
        QCOMPARE(files.size(), 24);
        for (const QString &f : files) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const char *phi :
                 {"VEILDEMO", "VD-0042-7731", "19610704", "FAKE GENERAL HOSPITAL", "ACC-DEMO-5561", "NOBODY", "SONO"})
                QVERIFY2(!bytes.contains(phi), phi);
        }
        const Run explain = cli({QStringLiteral("explain"), files.first()});
        QCOMPARE(explain.exitCode, 0);
        QVERIFY(explain.out.contains("retain-modified-dates"));
        QVERIFY(explain.out.contains("(0010,0010)"));
        QVERIFY(!explain.out.contains("VEILDEMO"));
        // No key file: a fresh key, said out loud.
        const Run fresh = cli({QStringLiteral("deid"), tmp.filePath(QStringLiteral("demo/05_sr")),
                               QStringLiteral("--out"), tmp.filePath(QStringLiteral("share2"))});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(fresh.err.contains("fresh random key"));
        // A broken profile is refused with its errors.
        QFile profile(tmp.filePath(QStringLiteral("bad.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"json({"rules": [{"tag": "(0008,0080)", "action": "explode"}]})json");
        profile.close();
        const Run bad = cli({QStringLiteral("deid"), tmp.filePath(QStringLiteral("demo")), QStringLiteral("--out"),
                             tmp.filePath(QStringLiteral("share3")), QStringLiteral("--profile"), profile.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("rules[0].action: unknown action 'explode'"));
    }

    void ocrTemplatesAndPixelDeid()
    {
        QTemporaryDir tmp;
        QCOMPARE(cli({QStringLiteral("make-demo"), tmp.filePath(QStringLiteral("demo"))}).exitCode, 0);
        const QString us = tmp.filePath(QStringLiteral("demo/01_us_single/IM0001.dcm"));
        const Run ocr = cli({QStringLiteral("ocr"), us, QStringLiteral("--json")});
        QCOMPARE(ocr.exitCode, 0);
        const QJsonArray boxes = QJsonDocument::fromJson(ocr.out).object().value(QStringLiteral("boxes")).toArray();
        bool phi = false, annotation = false;
        for (const QJsonValue &b : boxes) {
            const QJsonObject o = b.toObject();
            phi = phi || (o.value(QStringLiteral("class")).toString() == QLatin1String("PHI") &&
                          o.value(QStringLiteral("why")).toString().contains(QLatin1String("(0010,0010)")));
            annotation = annotation || o.value(QStringLiteral("text")).toString() == QLatin1String("Depth");
        }
        QVERIFY(phi);
        QVERIFY(annotation);
        const QString templates = tmp.filePath(QStringLiteral("templates.json"));
        QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("add"), templates, QStringLiteral("--from"), us,
                      QStringLiteral("--mask"), QStringLiteral("0,440,640,40")})
                     .exitCode,
                 0);
        const Run deid = cli({QStringLiteral("deid"), us, QStringLiteral("--out"), tmp.filePath(QStringLiteral("out")),
                              QStringLiteral("--templates"), templates, QStringLiteral("--verify")});
        QCOMPARE(deid.exitCode, 0);
        QVERIFY(deid.out.contains("text boxes masked"));
    }

    // The project commands as a script would use them; the passphrase never on the command line.
    void projectCommands()
    {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo")), project = tmp.filePath(QStringLiteral("p.veil"));
        const QString pass = tmp.filePath(QStringLiteral("pass")), wrong = tmp.filePath(QStringLiteral("wrong"));
        for (const auto &[file, text] :
             {std::pair{pass, "right passphrase\n"}, std::pair{wrong, "wrong passphrase\n"}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QCOMPARE(cli({QStringLiteral("make-demo"), demo}).exitCode, 0);
        auto run = [&](QStringList args, const QString &passFile) {
            args << QStringLiteral("--passphrase-file") << passFile;
            return cli(args);
        };
        const QString p = QStringLiteral("project");
        QCOMPARE(cli({p, QStringLiteral("create"), project}).exitCode, 3); // no terminal, no variable: no passphrase
        QCOMPARE(run({p, QStringLiteral("create"), project}, pass).exitCode, 0);
        const Run added = run({p, QStringLiteral("add"), project, demo + QStringLiteral("/01_us_single"),
                               demo + QStringLiteral("/05_sr"), QStringLiteral("--auto")},
                              pass);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("2 added, 0 already in the project, 0 skipped (not DICOM), 0 not added"),
                 added.out.constData());
        QVERIFY(added.out.contains("auto instance 1 "));
        const Run denied = run({p, QStringLiteral("status"), project}, wrong);
        QCOMPARE(denied.exitCode, 3); // the project could not be opened
        QVERIFY2(denied.err.contains("wrong passphrase for this project"), denied.err.constData());
        QVERIFY(denied.out.isEmpty());
        const Run status =
            run({p, QStringLiteral("status"), project, QStringLiteral("--list"), QStringLiteral("--check")}, pass);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("0 original(s) missing, 0 changed"), status.out.constData());
        const QByteArray pseudo = status.out.split('\n').value(1).split('\t').value(2); // after the header line
        QVERIFY2(pseudo.startsWith("VEIL"), status.out.constData());
        const Run originals = run({p, QStringLiteral("reidentify"), project, QString::fromLatin1(pseudo)}, pass);
        QCOMPARE(originals.exitCode, 0);
        QVERIFY(originals.out.contains("VD-0042-7731\tVEILDEMO^JANE^Q"));
        QVERIFY(run({p, QStringLiteral("lookup"), project, QStringLiteral("VD-0042-7731")}, pass).out.contains(pseudo));
        QCOMPARE(
            run({p, QStringLiteral("optout"), project, QStringLiteral("--add"), QStringLiteral("VD-0042-7731")}, pass)
                .out,
            QByteArray("1 patient(s) on the opt-out list\n"));
        QVERIFY(run({p, QStringLiteral("status"), project}, pass).out.contains("2 blocked by opt-out"));
        QCOMPARE(run({QStringLiteral("review"), project, QStringLiteral("--approve-all")}, pass).out,
                 QByteArray("0 approved\n")); // opted out: nothing to approve
        const Run audit = run({p, QStringLiteral("audit"), project}, pass);
        for (const char *action : {"project.create", "instance.add", "auto.run", "reid.reidentify", "reid.lookup",
                                   "optout.add", "key.unlock"})
            QVERIFY2(audit.out.contains(action), action);
        for (const char *phi : {"VEILDEMO", "VD-0042", "19610704", "ACC-DEMO"})
            QVERIFY2(!audit.out.contains(phi), phi);
    }

    void renderExplainsFailures()
    {
        QTemporaryDir tmp;
        // MPEG-4, which Veil does not decode (generated: a header and one fragment).
        using namespace veil::hostile;
        const QByteArray fragment = le16(0xfffe) + le16(0xe000) + le32(8) + QByteArray("\0\0\1\xb0\1\0\0\0", 8);
        const QString mpeg = tmp.filePath(QStringLiteral("mpeg4.dcm"));
        QVERIFY(write(mpeg, part10(imageHeader(Image()) + element(0x7fe0, 0x0010, "OB", {}, 0xffffffff) + le16(0xfffe) +
                                       le16(0xe000) + le32(0) + fragment + le16(0xfffe) + le16(0xe0dd) + le32(0),
                                   "1.2.840.10008.1.2.4.102")));
        const Run r =
            cli({QStringLiteral("render"), mpeg, QStringLiteral("--out"), tmp.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unsupported transfer syntax"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
