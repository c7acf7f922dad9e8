// veil-cli as a user runs it.
#include "TestData.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

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

    void renderExplainsFailures()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        const Run r = cli({QStringLiteral("render"), veil::test::testFile(QStringLiteral("dcm4che/will-jxl.dcm")),
                           QStringLiteral("--out"), tmp.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unsupported transfer syntax"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
