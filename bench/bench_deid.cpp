// Tag-only de-identification throughput over a folder (default: the shared
// corpus), beside GDCM's gdcmanon (PS3.15 Basic Profile, libgdcm-tools) on
// the same files in the same run.
//   build/bin/bench_deid [PATH]
#include "engine/deid/DeidKey.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/input/InputScanner.h"
#include "engine/jobs/JobContext.h"
#include "engine/pipeline/Deidentify.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace veil;

namespace {

bool run(const QString &program, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
}

// Tags only, one thread: instances per second (and how many were written).
double veilRate(const QList<InputItem> &items, const DeidSettings &settings, const char *label)
{
    QElapsedTimer t;
    t.start();
    int written = 0;
    for (const InputItem &item : items)
        written += deidentifyInstance(item, settings).ok() ? 1 : 0;
    const double seconds = t.elapsed() / 1000.0;
    const double rate = written / std::max(seconds, 1e-6);
    std::printf("%-24s%5d instances in %6.2f s = %7.1f instances/s\n", label, written, seconds, rate);
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString input = app.arguments().value(1, QStringLiteral(VEIL_TESTDATA_DIR));
    QTemporaryDir tmp;
    const QList<InputItem> items = scanInputs({input}, JobContext::none()).items;
    std::printf("bench_deid: %s, %lld inputs\n", qPrintable(input), qlonglong(items.size()));

    DeidSettings settings;
    settings.pseudonyms = std::make_shared<Pseudonyms>(DeidKey::generate());
    settings.outputDir = tmp.filePath(QStringLiteral("veil"));
    // One pass first, untimed, so that both timed runs read the files from the page cache.
    for (const InputItem &item : items)
        (void)deidentifyInstance(item, settings); // warms the page cache; the timed runs count
    const double veilRate = ::veilRate(items, settings, "veil deid (1 thread)");
    // The clean options keep descriptions, cleaned word by word against the keep list (issue 14).
    DeidSettings cleaning = settings;
    for (DeidOption o : {DeidOption::CleanDescriptors, DeidOption::CleanStructuredContent, DeidOption::CleanGraphics})
        cleaning.options.set(size_t(o));
    cleaning.outputDir = tmp.filePath(QStringLiteral("veil-clean"));
    const double cleanRate = ::veilRate(items, cleaning, "veil deid, clean options");
    std::printf("clean options: %.0f %% of the plain rate (the keep list must not halve it)\n",
                100 * cleanRate / std::max(veilRate, 1e-6));

    const QString gdcmanon = QStandardPaths::findExecutable(QStringLiteral("gdcmanon"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (gdcmanon.isEmpty() || openssl.isEmpty()) {
        std::printf("gdcmanon or openssl not found: no comparison (apt-get install libgdcm-tools openssl)\n");
        return 0;
    }
    // gdcmanon's Basic Profile encrypts the originals for re-identification: it needs a certificate.
    const QString key = tmp.filePath(QStringLiteral("key.pem")), cert = tmp.filePath(QStringLiteral("cert.pem"));
    if (!run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-subj"), QStringLiteral("/CN=veil-bench"),
                       QStringLiteral("-days"), QStringLiteral("1")})) {
        std::printf("could not make a certificate for gdcmanon\n");
        return 0;
    }
    // gdcmanon gives up on a whole folder at the first file it cannot handle,
    // so it runs once per file; its start-up time is measured and shown apart.
    const QString out = tmp.filePath(QStringLiteral("gdcm"));
    QDir().mkpath(out);
    QElapsedTimer t;
    t.start();
    constexpr int startups = 20;
    for (int i = 0; i < startups; ++i)
        run(gdcmanon, {QStringLiteral("--version")});
    const double startup = t.elapsed() / 1000.0 / startups;
    int gdcmWritten = 0, index = 0;
    t.restart();
    for (const InputItem &item : items) {
        if (!item.zipEntry.isEmpty())
            continue;
        const QString target = QDir(out).filePath(QStringLiteral("%1.dcm").arg(++index));
        run(gdcmanon, {QStringLiteral("-e"), QStringLiteral("-c"), cert, QStringLiteral("-i"), item.filePath,
                       QStringLiteral("-o"), target});
        gdcmWritten += QFileInfo::exists(target) ? 1 : 0;
    }
    const double gdcmSeconds = t.elapsed() / 1000.0;
    const double gdcmNet = std::max(gdcmSeconds - startup * index, 1e-6);
    std::printf(
        "gdcmanon -e (per file)  %5d instances in %6.2f s = %7.1f instances/s (%.1f/s without its %.0f ms start-up)\n",
        gdcmWritten, gdcmSeconds, gdcmWritten / gdcmSeconds, gdcmWritten / gdcmNet, startup * 1000);
    std::printf("ratio veil/gdcmanon: %.1fx (%.1fx against gdcmanon without start-up)\n",
                veilRate / (gdcmWritten / gdcmSeconds), veilRate / (gdcmWritten / gdcmNet));
    std::printf("ratio veil with clean options/gdcmanon: %.1fx (%.1fx without start-up)\n",
                cleanRate / (gdcmWritten / gdcmSeconds), cleanRate / (gdcmWritten / gdcmNet));
    return 0;
}
