// Burned-in text detection + OCR cost on one core: single-frame ultrasound
// at 640x480 and 1024x768, cines of 10, 50 and 200 frames, exams of 20
// stills from one device (the demo's, and the Philips cine's frames), a row
// per single-frame corpus file with burned-in text, and the same images
// through the naive pipeline (render every frame, full-frame Tesseract),
// with the PHI words each pipeline read.
// Last, the cost of each OCR language beside English.
//   build/bin/bench_ocr [FILE... | --languages]   (OMP_THREAD_LIMIT=1 is ensured by main())
#include "app/ProcessSetup.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/jobs/JobContext.h"
#include "engine/ocr/LineCache.h"
#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"
#include "engine/pixel/TextDetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sched.h>
#include <time.h>

#include <opencv2/core.hpp>

using namespace veil;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Header PHI words among what was read (the matcher's verdict on each word).
int phiWords(const QList<QString> &words, const PhiMatcher &matcher)
{
    int n = 0;
    for (const QString &w : words)
        n += matcher.classify(w, 100).cls == TextClass::Phi ? 1 : 0;
    return n;
}

// CPU time of the process (one core: the work itself, without the time a
// shared machine gives to others, which swings wall-clock figures by +-30 %).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Run
{
    double ms = 0, cpu = 0;
    int ocrCalls = 0, phi = 0;
};

// Detection + OCR + classification, cold (nothing read before): the median of `repeat` runs.
Run veilRun(const QString &path, int repeat)
{
    QList<double> times, cpu;
    Run r;
    for (int i = 0; i < repeat; ++i) {
        auto file = DicomFile::open({path, {}}).valueOr(nullptr);
        const PhiMatcher matcher(file->identityValues());
        LineCache::forThisThread().clear();
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        const TextScan scan = scanBurnedText(*file, matcher, JobContext::none()).valueOr({});
        times << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c;
        r.ocrCalls = scan.ocrCalls;
        QList<QString> words;
        for (const TextBox &b : scan.boxes)
            if (b.detector.endsWith(QLatin1String("+tesseract"))) // a word read (not a whole line)
                words << b.text;
        r.phi = phiWords(words, matcher);
    }
    r.ms = median(times);
    r.cpu = median(cpu);
    return r;
}

// Render every frame, hand each whole frame to Tesseract with its defaults
// (automatic layout, inverted retries): what Presidio's DICOM redactor does,
// per frame, minus its process start and PNG round trip.
Run naive(const QString &path)
{
    auto file = DicomFile::open({path, {}}).valueOr(nullptr);
    const PhiMatcher matcher(file->identityValues());
    QList<QString> words;
    QElapsedTimer t;
    t.start();
    const double c = cpuMs();
    for (int f = 0; f < file->info().frames; ++f) {
        const DisplayFrame d = file->renderFrame(f).valueOr({});
        QByteArray gray(qsizetype(d.width) * d.height, Qt::Uninitialized);
        for (qsizetype i = 0; i < gray.size(); ++i)
            gray[i] = d.channels == 3 ? d.pixels[i * 3 + 1] : d.pixels[i];
        for (const OcrWord &w :
             TextReader::forThisThread().readPage(reinterpret_cast<const uchar *>(gray.constData()), d.width, d.height))
            if (f == 0)
                words << w.text;
    }
    Run r;
    r.ms = t.nsecsElapsed() / 1e6;
    r.cpu = cpuMs() - c;
    r.phi = phiWords(words, matcher);
    return r;
}

// A cine of `frames` frames taken (cycled, from `first`) from an
// uncompressed 8-bit grey cine whose Pixel Data is its last element; the
// header is kept but for Number of Frames and the Pixel Data length.
QString reframe(const QString &path, const QByteArray &bytes, int sourceFrames, qsizetype frameBytes, int frames,
                int first)
{
    const qsizetype pixelsAt = bytes.size() - sourceFrames * frameBytes;
    QByteArray data;
    for (int f = 0; f < frames; ++f)
        data += bytes.mid(pixelsAt + ((first + f) % sourceFrames) * frameBytes, frameBytes);
    QByteArray header = bytes.left(pixelsAt);
    QByteArray count = QByteArray::number(frames);
    if (count.size() % 2)
        count += ' ';
    QByteArray old = QByteArray::number(sourceFrames);
    if (old.size() % 2)
        old += ' ';
    const QByteArray tag("\x28\x00\x08\x00IS", 6);
    header.replace(tag + char(old.size()) + '\0' + old, tag + char(count.size()) + '\0' + count);
    const quint32 length = quint32(data.size());
    header.chop(4);
    header.append(reinterpret_cast<const char *>(&length), 4);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(header + data);
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile in(path);
    in.open(QIODevice::ReadOnly);
    return in.readAll();
}

// The demo cine's frames, cycled, as a longer cine.
QString cine(const QString &dir, const QString &source, int frames, int first = 0)
{
    return reframe(dir + QStringLiteral("/cine%1-%2.dcm").arg(frames).arg(first), fileBytes(source), 20, 640 * 480,
                   frames, first);
}

// An exam of 20 stills from one device (the cine's frames as single-frame
// images): the device's labels and the patient's header lines repeat pixel
// for pixel, and the line cache reads them once.
void exam(const QString &label, const QStringList &paths, double *veilTotal, double *naiveTotal)
{
    LineCache::forThisThread().clear();
    QElapsedTimer t;
    t.start();
    int calls = 0, cached = 0;
    for (const QString &path : paths) {
        auto file = DicomFile::open({path, {}}).valueOr(nullptr);
        const TextScan scan = scanBurnedText(*file, PhiMatcher(file->identityValues()), JobContext::none()).valueOr({});
        calls += scan.ocrCalls;
        cached += scan.cachedReads;
    }
    const double v = t.nsecsElapsed() / 1e6;
    double n = 0;
    for (const QString &path : paths)
        n += naive(path).ms;
    const auto count = double(paths.size());
    *veilTotal += v;
    *naiveTotal += n;
    std::printf("  %s: veil %6.1f ms per image (%d OCR calls, %d lines from the line cache), naive %6.1f ms per "
                "image: %4.1fx\n",
                qPrintable(label), v / count, calls, cached, n / count, n / v);
}

void stills(const QString &dir, const QString &source, double *veilTotal, double *naiveTotal)
{
    QStringList paths;
    for (int i = 0; i < 20; ++i)
        paths << cine(dir, source, 1, i);
    exam(QStringLiteral("640x480 exam of 20 stills, one device (demo, lines touch moving speckle)"), paths, veilTotal,
         naiveTotal);
    // A real device: the frames of the Philips cine of the corpus as stills.
    const QByteArray real = ZipArchive::read(QStringLiteral(VEIL_TESTDATA_DIR "/deid/ultrasounds/GREYSCALE_CINE.zip"),
                                             QStringLiteral("GREYSCALE_CINE.dcm"))
                                .valueOr({});
    if (real.isEmpty())
        return;
    paths.clear();
    for (int i = 0; i < 20; ++i)
        paths << reframe(dir + QStringLiteral("/philips%1.dcm").arg(i), real, 27, 800 * 600, 1, i);
    exam(QStringLiteral("800x600 exam of 20 stills, one device (Philips EPIQ frames)"), paths, veilTotal, naiveTotal);
}

// Single-frame files of the shared corpus with real burned-in text.
const char *const kCorpus[] = {"deid/ultrasounds/GREYSCALE_IMAGE.dcm",
                               "deid/ultrasounds/RGB_IMAGE.dcm",
                               "orthanc-tests/2023-04-21-RLEPlanarConfigurationYBR_FULL.dcm",
                               "orthanc-tests/TransferSyntaxes/1.2.840.10008.1.2.4.50.dcm",
                               "pydicom-data/US1_UNCR.dcm",
                               "pydicom-data/OBXXXX1A.dcm",
                               "pydicom-data/gdcm-US-ALOKA-16.dcm",
                               "dcm4che/US-RGB-8-epicard",
                               "presidio/0_ORIGINAL_compressed.dcm",
                               "fo-dicom/CT-MONO2-16-ankle"};

void row(const QString &label, const Run &v, const Run &n, double *veilTotal, double *naiveTotal)
{
    std::printf("  %-44s veil %7.1f ms (cpu %6.1f, %2d PHI words), naive %7.1f ms (cpu %7.1f, %2d PHI words): %5.1fx\n",
                qPrintable(label), v.ms, v.cpu, v.phi, n.ms, n.cpu, n.phi, n.ms / v.ms);
    *veilTotal += v.ms;
    *naiveTotal += n.ms;
}

// The detector alone (both polarities, bright and dim passes) on the first frame.
double detectionMs(const QString &path)
{
    auto file = DicomFile::open({path, {}}).valueOr(nullptr);
    const DisplayFrame d = file->renderFrame(0).valueOr({});
    cv::Mat gray(d.height, d.width, CV_8UC1);
    for (int i = 0; i < d.width * d.height; ++i)
        gray.data[i] = uchar(d.channels == 3 ? d.pixels[i * 3 + 1] : d.pixels[i]);
    QList<double> times;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        findTextCandidates(gray);
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

QString sizeOf(const QString &path)
{
    const InstanceInfo info = DicomFile::open({path, {}}).valueOr(nullptr)->info();
    return QStringLiteral("%1x%2 x%3").arg(info.columns).arg(info.rows).arg(info.frames);
}

} // namespace

// The cost of each OCR language a project adds (issue 18): the same frames
// read with English alone and with English and one more (and all six).
void languageCosts(const QStringList &paths)
{
    std::printf("OCR languages: detection + OCR + classification per frame, cold (median of 5), ms\n");
    std::printf("  %-22s", "languages");
    for (const QString &p : paths)
        std::printf(" %24s", qPrintable(QFileInfo(p).fileName().left(24)));
    std::printf("\n");
    QList<double> english;
    const QStringList sets{QString(),
                           QStringLiteral("deu"),
                           QStringLiteral("fra"),
                           QStringLiteral("spa"),
                           QStringLiteral("ita"),
                           QStringLiteral("por"),
                           QStringLiteral("nld"),
                           QStringLiteral("deu,fra,spa,ita,por,nld")};
    for (const QString &set : sets) {
        const QString in = TextReader::setLanguages(set.split(QLatin1Char(','), Qt::SkipEmptyParts));
        TextReader::forThisThread(); // load the models outside the timings
        std::printf("  %-22s", qPrintable(in));
        for (int i = 0; i < paths.size(); ++i) {
            const double ms = veilRun(paths[i], 5).ms;
            if (set.isEmpty())
                english << ms;
            std::printf(" %13.1f (%+6.0f %%)", ms, 100.0 * (ms / english.value(i, ms) - 1));
        }
        std::printf("\n");
    }
    TextReader::setLanguages({});
}

int main(int argc, char **argv)
{
    ensureSingleThreadedOpenMp(argv);
    // One core, as the targets are stated: Tesseract runs one thread anyway,
    // and OpenCV's own pool (the detector's morphology) then has one CPU.
    cpu_set_t cpu;
    CPU_ZERO(&cpu);
    CPU_SET(0, &cpu);
    const bool pinned = sched_setaffinity(0, sizeof cpu, &cpu) == 0;
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    if (!writeDemoStudy(tmp.path()))
        return 1;
    TextReader::forThisThread(); // initialise Tesseract outside the timings
    double veilTotal = 0, naiveTotal = 0;
    const QString us640 = tmp.filePath(QStringLiteral("01_us_single/IM0001.dcm"));
    const QString us1024 = QStringLiteral(VEIL_TESTDATA_DIR "/deid/ultrasounds/GREYSCALE_IMAGE.dcm");
    if (argc > 1 && QByteArray(argv[1]) == "--languages") { // bench_ocr --languages: that table only
        languageCosts(QFile::exists(us1024) ? QStringList{us640, us1024} : QStringList{us640});
        return 0;
    }
    if (argc > 1) { // bench_ocr FILE...: those files only
        for (int i = 1; i < argc; ++i) {
            const QString path = QString::fromLocal8Bit(argv[i]);
            row(QFileInfo(path).fileName() + QLatin1Char(' ') + sizeOf(path), veilRun(path, 5), naive(path), &veilTotal,
                &naiveTotal);
        }
        return 0;
    }
    std::printf("bench_ocr: detection + OCR + classification, cold (median of 5), %s; naive = every frame "
                "through full-frame Tesseract; PHI words = words of the first frame the matcher classes PHI\n",
                pinned ? "pinned to one core" : "NOT pinned to one core");
    const Run one = veilRun(us640, 5);
    row(QStringLiteral("640x480 demo ultrasound, single frame"), one, naive(us640), &veilTotal, &naiveTotal);
    if (QFile::exists(us1024)) {
        row(QStringLiteral("1024x768 ultrasound (GREYSCALE_IMAGE)"), veilRun(us1024, 5), naive(us1024), &veilTotal,
            &naiveTotal);
        std::printf("  of which text detection (OpenCV, no OCR): 640x480 %.1f ms, 1024x768 %.1f ms\n",
                    detectionMs(us640), detectionMs(us1024));
    }
    const QString source = tmp.filePath(QStringLiteral("02_us_cine/IM0001.dcm"));
    for (int frames : {10, 50, 200}) {
        const QString path = cine(tmp.path(), source, frames);
        const Run v = veilRun(path, 3);
        row(QStringLiteral("640x480 cine, %1 frames (%2x one frame, %3 OCR calls)")
                .arg(frames)
                .arg(v.ms / one.ms, 0, 'f', 1)
                .arg(v.ocrCalls),
            v, naive(path), &veilTotal, &naiveTotal);
    }
    std::printf("  singles and cines above: veil %.0f ms, naive %.0f ms: %.1fx\n", veilTotal, naiveTotal,
                naiveTotal / veilTotal);
    stills(tmp.path(), source, &veilTotal, &naiveTotal);
    std::printf("  mixed batch (the singles, cines and stills above): veil %.0f ms, naive %.0f ms: %.1fx (target 5x)\n",
                veilTotal, naiveTotal, naiveTotal / veilTotal);
    std::printf("shared corpus, single frames with burned-in text:\n");
    double corpusVeil = 0, corpusNaive = 0;
    for (const char *name : kCorpus) {
        const QString path = QStringLiteral(VEIL_TESTDATA_DIR "/") + QLatin1String(name);
        if (QFile::exists(path))
            row(QFileInfo(path).fileName().left(30) + QLatin1Char(' ') + sizeOf(path), veilRun(path, 3), naive(path),
                &corpusVeil, &corpusNaive);
    }
    std::printf("  corpus: veil %.0f ms, naive %.0f ms: %.1fx\n", corpusVeil, corpusNaive, corpusNaive / corpusVeil);
    languageCosts(QFile::exists(us1024) ? QStringList{us640, us1024} : QStringList{us640});
    return 0;
}
