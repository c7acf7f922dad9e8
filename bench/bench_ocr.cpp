// Burned-in text detection + OCR cost: single-frame ultrasound at 640x480
// and 1024x768, cines of 10, 50 and 200 frames, and the same images through
// the naive pipeline (render every frame, full-frame Tesseract), one thread.
//   build/bin/bench_ocr   (run with OMP_THREAD_LIMIT=1, which main() ensures)
#include "ProcessSetup.h"
#include "dicom/DemoStudy.h"
#include "dicom/DicomFile.h"
#include "jobs/JobContext.h"
#include "ocr/LineCache.h"
#include "ocr/TextReader.h"
#include "pixel/BurnedText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace veil;

namespace {

double veilMs(const QString &path, int repeat, int *ocrCalls = nullptr)
{
    double best = 1e12;
    for (int i = 0; i < repeat; ++i) {
        auto file = DicomFile::open({path, {}});
        const PhiMatcher matcher(file->identityValues());
        LineCache::forThisThread().clear(); // cold: nothing read before
        QElapsedTimer t;
        t.start();
        const TextScan scan = scanBurnedText(*file, matcher, JobContext::none());
        best = std::min(best, t.nsecsElapsed() / 1e6);
        if (ocrCalls)
            *ocrCalls = scan.ocrCalls;
    }
    return best;
}

// Render every frame, hand each whole frame to Tesseract (what Presidio's DICOM redactor does, per frame).
double naiveMs(const QString &path)
{
    auto file = DicomFile::open({path, {}});
    QElapsedTimer t;
    t.start();
    for (int f = 0; f < file->info().frames; ++f) {
        DisplayFrame d;
        file->renderFrame(f, d, nullptr);
        QByteArray gray(qsizetype(d.width) * d.height, Qt::Uninitialized);
        for (qsizetype i = 0; i < gray.size(); ++i)
            gray[i] = d.channels == 3 ? d.pixels[i * 3 + 1] : d.pixels[i];
        TextReader::forThisThread().readPage(reinterpret_cast<const uchar *>(gray.constData()), d.width, d.height);
    }
    return t.nsecsElapsed() / 1e6;
}

QString cine(const QString &dir, const QString &source, int frames, int first = 0)
{
    // The demo cine's frames, cycled, as a longer cine (same header otherwise).
    QFile in(source);
    in.open(QIODevice::ReadOnly);
    const QByteArray bytes = in.readAll();
    const qsizetype frameBytes = 640 * 480;
    const qsizetype pixelsAt = bytes.size() - 20 * frameBytes;
    QByteArray data;
    for (int f = 0; f < frames; ++f)
        data += bytes.mid(pixelsAt + ((first + f) % 20) * frameBytes, frameBytes);
    QByteArray header = bytes.left(pixelsAt);
    // Patch Number of Frames ("20") and the Pixel Data length in place.
    header.replace(QByteArrayLiteral("\x28\x00\x08\x00IS\x02\x00"
                                     "20"),
                   QByteArray("\x28\x00\x08\x00IS", 6) +
                       char(QByteArray::number(frames).size() + (QByteArray::number(frames).size() % 2)) + '\0' +
                       QByteArray::number(frames) + (QByteArray::number(frames).size() % 2 ? " " : ""));
    const quint32 length = quint32(data.size());
    header.chop(4);
    header.append(reinterpret_cast<const char *>(&length), 4);
    const QString path = dir + QStringLiteral("/cine%1-%2.dcm").arg(frames).arg(first);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(header + data);
    return path;
}

// An exam of 20 stills from one device (the cine's frames as single-frame
// images): the device's labels and the patient's header lines repeat pixel
// for pixel, and the line cache reads them once.
void stills(const QString &dir, const QString &source)
{
    QStringList paths;
    for (int i = 0; i < 20; ++i)
        paths << cine(dir, source, 1, i);
    LineCache::forThisThread().clear();
    QElapsedTimer t;
    t.start();
    int calls = 0, cached = 0;
    for (const QString &path : paths) {
        auto file = DicomFile::open({path, {}});
        const TextScan scan = scanBurnedText(*file, PhiMatcher(file->identityValues()), JobContext::none());
        calls += scan.ocrCalls;
        cached += scan.cachedReads;
    }
    const double v = t.nsecsElapsed() / 1e6;
    double n = 0;
    for (const QString &path : paths)
        n += naiveMs(path);
    std::printf(
        "  640x480 exam of 20 stills, one device: veil %6.1f ms per image (%d OCR calls, %d lines from the line "
        "cache), naive %6.1f ms per image: %4.1fx faster\n",
        v / 20, calls, cached, n / 20, n / v);
}

} // namespace

int main(int argc, char **argv)
{
    ensureSingleThreadedOpenMp(argv);
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    writeDemoStudy(tmp.path());
    TextReader::forThisThread(); // initialise Tesseract outside the timings
    const QString us640 = tmp.filePath(QStringLiteral("01_us_single/IM0001.dcm"));
    const QString us1024 = QStringLiteral(VEIL_TESTDATA_DIR "/deid/ultrasounds/GREYSCALE_IMAGE.dcm");
    std::printf("bench_ocr: detection + OCR + classification, one thread (best of 3)\n");
    for (const QString &path : {us640, us1024}) {
        if (!QFile::exists(path))
            continue;
        auto info = DicomFile::open({path, {}})->info();
        const double v = veilMs(path, 3), n = naiveMs(path);
        std::printf(
            "  %4dx%-4d single frame: veil %6.1f ms (%5.1f images/s), naive full-frame OCR %6.1f ms: %4.1fx faster\n",
            info.columns, info.rows, v, 1000 / v, n, n / v);
    }
    const QString source = tmp.filePath(QStringLiteral("02_us_cine/IM0001.dcm"));
    const double one = veilMs(us640, 3);
    for (int frames : {10, 50, 200}) {
        const QString path = cine(tmp.path(), source, frames);
        int calls = 0;
        const double v = veilMs(path, 1, &calls), n = naiveMs(path);
        std::printf("  640x480 cine, %3d frames: veil %7.1f ms (%.1fx one frame, %d OCR calls), naive %8.1f ms: %5.1fx "
                    "faster\n",
                    frames, v, v / one, calls, n, n / v);
    }
    stills(tmp.path(), source);
    return 0;
}
