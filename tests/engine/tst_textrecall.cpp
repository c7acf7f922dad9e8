// A generated test set: PHI and annotations drawn in several fonts, sizes
// (9-24 px), colours and places on ultrasound-, CT- and radiograph-like
// backgrounds, single and multi-frame; a second set in dim grey. Prints PHI
// recall and the share of non-text pixels masked.
#include "InkScans.h"
#include "TestData.h"
#include "TestResult.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"
#include "engine/pixel/PlateauText.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegion>
#include <QTemporaryDir>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace veil;
using namespace veil::test;

namespace {

struct Drawn
{
    QRect box;         // around the ink
    QList<QPoint> ink; // the pixels the text actually covers
    bool phi;
    bool annotation; // a device annotation line (must stay readable)
    QString text;
};

struct Sample
{
    QString path;
    QList<Drawn> texts;
    int width, height;
};

QImage background(int kind, int w, int h, QRandomGenerator &rng, int frame)
{
    QImage img(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            int v = 0;
            const double dx = x - w / 2.0, dy = y - h * 0.15;
            if (kind == 0) { // ultrasound fan with speckle
                const double r = std::hypot(dx, dy), a = std::atan2(dx, dy);
                if (dy > 0 && r < h * 0.8 && std::abs(a) < 0.6)
                    v = int(40 + rng.bounded(90) * (1.0 - r / h) + 10 * std::sin(frame + r / 20));
            } else if (kind == 1) { // CT: body ellipse
                const double ex = dx / (w * 0.38), ey = (y - h / 2.0) / (h * 0.42);
                v = ex * ex + ey * ey < 1 ? 90 + rng.bounded(12) : 0;
            } else { // radiograph: light, smooth
                v = 150 + int(60 * std::sin(x / 80.0) * std::cos(y / 90.0)) + rng.bounded(6);
            }
            row[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    return img;
}

// lowContrast: dim grey text (grey levels 48-62 on black; 100 on the light
// radiograph), as some devices draw it; found by the detector's dim pass.
Sample makeSample(const QString &dir, int index, QRandomGenerator &rng, bool lowContrast = false)
{
    static const char *surnames[] = {"KOWALSKI",     "OYELARAN", "FITZGERALD", "NAKAMURA",
                                     "BRANDSTETTER", "OKAFOR",   "LINDQVIST",  "MORETTI"};
    static const char *given[] = {"MARTA", "ADEBAYO", "SIOBHAN", "HIROSHI", "ELKE", "CHIDI", "ASTRID", "GIULIA"};
    static const char *fonts[] = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"};
    const int kind = index % 3;
    const int w = kind == 0 ? 640 : 512, h = kind == 0 ? 480 : 512;
    const int frames = index % 5 == 4 ? 5 : 1;
    const QString surname = QString::fromLatin1(surnames[rng.bounded(8)]),
                  first = QString::fromLatin1(given[rng.bounded(8)]);
    const QString id = QString::number(1000000 + rng.bounded(8999999));
    const QDate birth(1930 + rng.bounded(80), 1 + rng.bounded(12), 1 + rng.bounded(28));
    const QDate study(2015 + rng.bounded(10), 1 + rng.bounded(12), 1 + rng.bounded(28));
    // Lines of (text, is PHI) pieces: recall is counted per PHI piece.
    using Line = QList<QPair<QString, bool>>;
    const QList<Line> phi{{{surname, true}, {QStringLiteral(", "), false}, {first, true}},
                          {{QStringLiteral("ID: "), false}, {id, true}},
                          {{QStringLiteral("DOB: "), false}, {birth.toString(QStringLiteral("MM/dd/yyyy")), true}},
                          {{study.toString(QStringLiteral("yyyy-MM-dd")), true},
                           {QStringLiteral(" "), false},
                           {QStringLiteral("10:42"), true}}};
    const QList<Line> annotations{{{QStringLiteral("Depth 12 cm"), false}},
                                  {{QStringLiteral("Gain 40%"), false}},
                                  {{QStringLiteral("C5-2"), false}}};
    Sample s{QDir(dir).filePath(QStringLiteral("%1%2.dcm").arg(lowContrast ? "dim" : "gen").arg(index)), {}, w, h};

    QFont font(QString::fromLatin1(fonts[index % 3]));
    font.setPixelSize(9 + (index * 5) % 16);
    font.setBold(index % 2 == 0);
    const QFontMetrics fm(font);
    QColor ink = kind == 2 ? QColor(10, 10, 10) : QColor::fromHsv(rng.bounded(360), index % 4 == 0 ? 0 : 120, 240);
    if (lowContrast)
        ink = kind == 2 ? QColor(100, 100, 100)
                        : QColor::fromHsv(rng.bounded(360), index % 4 == 0 ? 0 : 80, 48 + rng.bounded(14));
    QList<QImage> images;
    for (int f = 0; f < frames; ++f)
        images << background(kind, w, h, rng, f).convertToFormat(QImage::Format_RGB888);
    // PHI at the top left, or (every fourth image) at the bottom.
    int y = index % 4 == 1 ? h - 4 * (fm.height() + 8) - 6 : 6 + rng.bounded(6);
    auto place = [&](const Line &line, bool right) { // right: annotations
        QString whole;
        for (const auto &piece : line)
            whole += piece.first;
        int x = right ? w - fm.horizontalAdvance(whole) - 8 : 6 + rng.bounded(10);
        for (const auto &piece : line) {
            const int advance = fm.horizontalAdvance(piece.first);
            const QRect box(x, y, advance, fm.height());
            for (QImage &img : images) {
                QPainter p(&img);
                p.setFont(font);
                p.setPen(ink);
                p.drawText(box, Qt::AlignLeft | Qt::AlignTop, piece.first);
            }
            if (!piece.first.trimmed().isEmpty() && piece.first.trimmed() != QLatin1String(",")) {
                QImage alone(w, h, QImage::Format_Alpha8);
                alone.fill(0);
                QPainter p(&alone);
                p.setFont(font);
                p.setPen(Qt::black);
                p.drawText(box, Qt::AlignLeft | Qt::AlignTop, piece.first);
                p.end();
                Drawn d{QRect(), {}, piece.second, right, piece.first};
                for (int yy = box.top(); yy <= box.bottom(); ++yy)
                    for (int xx = box.left(); xx <= std::min(box.right(), w - 1); ++xx)
                        if (yy >= 0 && yy < h && qAlpha(alone.pixel(xx, yy)) > 100) {
                            d.ink << QPoint(xx, yy);
                            d.box = d.box.united(QRect(xx, yy, 1, 1));
                        }
                s.texts << d;
            }
            x += advance;
        }
    };
    for (const Line &line : phi) {
        place(line, false);
        y += fm.height() + 3 + rng.bounded(5);
    }
    y = 6;
    for (const Line &line : annotations) {
        place(line, true);
        y += fm.height() + 4;
    }
    DcmFileFormat ff;
    DcmDataset &ds = *ff.getDataset();
    ds.putAndInsertString(DCM_SOPClassUID,
                          frames > 1 ? UID_UltrasoundMultiframeImageStorage : UID_SecondaryCaptureImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID, QStringLiteral("2.25.%1").arg(1000 + index).toLatin1().constData());
    ds.putAndInsertString(DCM_PatientName, (surname + QLatin1Char('^') + first).toLatin1().constData());
    ds.putAndInsertString(DCM_PatientID, id.toLatin1().constData());
    ds.putAndInsertString(DCM_PatientBirthDate, birth.toString(QStringLiteral("yyyyMMdd")).toLatin1().constData());
    ds.putAndInsertString(DCM_StudyDate, study.toString(QStringLiteral("yyyyMMdd")).toLatin1().constData());
    putPixelModule(ds, w, h, true, 8, 8);
    ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
    QByteArray pixels;
    for (const QImage &img : images)
        for (int row = 0; row < h; ++row)
            pixels.append(reinterpret_cast<const char *>(img.constScanLine(row)), w * 3);
    ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(pixels.constData()), pixels.size());
    ff.saveFile(QFile::encodeName(s.path).constData(), EXS_LittleEndianExplicit);
    return s;
}

// Share of a text's ink under a mask.
double covered(const QList<QPoint> &ink, const QList<QRect> &masks)
{
    int hit = 0;
    for (const QPoint &pt : ink)
        for (const QRect &m : masks)
            if (m.contains(pt)) {
                ++hit;
                break;
            }
    return double(hit) / std::max<qsizetype>(1, ink.size());
}

} // namespace

class TestTextRecall : public QObject
{
    Q_OBJECT
private slots:
    // CT text drawn at the largest value, over anatomy that the file's
    // window also shows white: found through the second, peak-value picture.
    void textAtTheMaximumValueOfSixteenBitData()
    {
        QTemporaryDir tmp;
        const int w = 512, h = 512;
        QImage ink(w, h, QImage::Format_Grayscale8);
        ink.fill(0);
        QPainter p(&ink);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(16);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QPoint(150, 250), QStringLiteral("HALVORSEN, INGRID"));
        p.end();
        std::vector<Uint16> pixels(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const double ex = (x - w / 2.0) / (w * 0.4), ey = (y - h / 2.0) / (h * 0.4);
                const Uint16 body = ex * ex + ey * ey < 1 ? Uint16(1200 + (x * 7 + y * 3) % 200) : 0;
                pixels[size_t(y) * w + x] = qGray(ink.pixel(x, y)) > 128 ? 4095 : body;
            }
        const TextScan scan =
            scanOfGrey(tmp.filePath(QStringLiteral("ct.dcm")), w, h, pixels, "HALVORSEN^INGRID", true);
        QStringList phi;
        for (const TextBox &b : scan.boxes)
            if (b.cls == TextClass::Phi)
                phi << b.text;
        QVERIFY2(phi.join(QLatin1Char(' ')).contains(QLatin1String("HALVORSEN")),
                 qPrintable(phi.join(QLatin1Char('|'))));
    }

    // Text drawn with a value the tissue under it also holds (a mid grey
    // over soft tissue stored in 12 bits, standing out by a few levels at
    // most): an 8 px line whose lower-case letters are 4 px high, a serif
    // line whose letters touch, and a turned label over the noise. Each
    // letter is a patch of one exact value that noise never makes: every
    // pixel of the text is masked, and the same tissue without text gets
    // no mask.
    void textOfAValueTheTissueHolds()
    {
        QTemporaryDir tmp;
        const int w = 400, h = 300;
        const QImage ink =
            inkOf(QSize(w, h),
                  {{QStringLiteral("DejaVu Sans Mono"), 8, QPoint(60, 80), QStringLiteral("Name: brennan, giulia")},
                   {QStringLiteral("Liberation Serif"), 14, QPoint(60, 160),
                    QStringLiteral("Institution: Saint Brigid Memorial")}});
        QRandomGenerator rng(77);
        std::vector<Uint16> tissue(size_t(w) * h), drawn(size_t(w) * h);
        int inked = 0;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                const double ex = (x - w / 2.0) / (w * 0.48), ey = (y - h / 2.0) / (h * 0.48);
                tissue[i] =
                    ex * ex + ey * ey < 1 ? Uint16(1140 + rng.bounded(41) + rng.bounded(41) + rng.bounded(41)) : 0;
                const bool text = qGray(ink.pixel(x, y)) > 128;
                drawn[i] = text ? 1200 : tissue[i];
                inked += text ? 1 : 0;
            }
        const TextScan scan = scanOfGrey(tmp.filePath(QStringLiteral("text.dcm")), w, h, drawn, "ANONYMOUS", false);
        QVERIFY(scan.framesDecoded > 0);
        QRegion masked;
        for (const QRect &r : scan.masks(0))
            masked += r;
        int showing = 0;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                showing += qGray(ink.pixel(x, y)) > 128 && !masked.contains(QPoint(x, y)) ? 1 : 0;
        QVERIFY2(showing * 100 <= inked * 2,
                 qPrintable(QStringLiteral("%1 of %2 text pixels showing").arg(showing).arg(inked)));
        const TextScan clean = scanOfGrey(tmp.filePath(QStringLiteral("tissue.dcm")), w, h, tissue, "ANONYMOUS", false);
        QVERIFY(clean.framesDecoded > 0);
        QVERIFY(clean.masks(0).isEmpty());
    }

    // "Sex: F" drawn with one value where a radiograph falls off at its
    // collimator edge: "Sex:" lies over flat exposure a few levels from its
    // value (faint letters), "F" over the edge stands out. The F alone makes
    // no row, the three faint letters too few; together they are a line.
    void shortValueLineOverAnEdge()
    {
        QTemporaryDir tmp;
        const int w = 400, h = 200;
        const QImage ink =
            inkOf(QSize(w, h), {{QStringLiteral("DejaVu Sans"), 22, QPoint(150, 110), QStringLiteral("Sex: F")}});
        QRect value; // the F
        for (int y = 0; y < h; ++y)
            for (int x = 205; x < w; ++x)
                if (qGray(ink.pixel(x, y)) > 128)
                    value |= QRect(x, y, 1, 1);
        QVERIFY(!value.isEmpty());
        QRandomGenerator rng(39);
        std::vector<Uint16> film(size_t(w) * h), drawn(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                const double edge = std::clamp((x - value.left() + 8) / 30.0, 0.0, 1.0); // falls off under the F
                const bool marker = x < 30 && y < 30; // a lead marker at the data's ceiling
                film[i] = marker ? 4095 : Uint16(3020 - 20 * x / w - 1600 * edge * edge + rng.bounded(5));
                drawn[i] = qGray(ink.pixel(x, y)) > 128 ? 3000 : film[i];
            }
        const TextScan scan = scanOfGrey(tmp.filePath(QStringLiteral("text.dcm")), w, h, drawn, "ANONYMOUS", true);
        QVERIFY(scan.framesDecoded > 0);
        // The stored-value detector alone makes it a line.
        const ValueFrame frame{w, h, 1, std::vector<double>(drawn.begin(), drawn.end())};
        const PlateauText lines = findPlateauText(frame);
        QVERIFY2(std::any_of(lines.across.cbegin(), lines.across.cend(),
                             [&](const TextCandidate &c) { return c.box.contains(value.center()); }),
                 "no line of letters over the F");
        QRegion masked;
        for (const QRect &r : scan.masks(0))
            masked += r;
        int showing = 0, inked = 0;
        for (int y = value.top(); y <= value.bottom(); ++y)
            for (int x = value.left(); x <= value.right(); ++x)
                if (qGray(ink.pixel(x, y)) > 128) {
                    ++inked;
                    showing += masked.contains(QPoint(x, y)) ? 0 : 1;
                }
        QVERIFY2(showing * 20 <= inked,
                 qPrintable(QStringLiteral("%1 of the F's %2 pixels showing").arg(showing).arg(inked)));
        const TextScan clean = scanOfGrey(tmp.filePath(QStringLiteral("film.dcm")), w, h, film, "ANONYMOUS", true);
        QVERIFY(clean.framesDecoded > 0);
        QVERIFY(clean.masks(0).isEmpty());
    }

    // A date stamp that appears only once the cine is frozen (frames 10-19;
    // frames 0-9 show "LIVE" in its place): read on the later frames, and
    // masked whole, on every frame.
    void textThatAppearsLaterInACine()
    {
        QTemporaryDir tmp;
        QVERIFY(writeDemoStudy(tmp.path()).ok());
        DcmFileFormat ff;
        QVERIFY(
            ff.loadFile(QFile::encodeName(tmp.filePath(QStringLiteral("02_us_cine/IM0001.dcm"))).constData()).good());
        DcmDataset &ds = *ff.getDataset();
        const Uint8 *pixels = nullptr;
        unsigned long size = 0;
        QVERIFY(ds.findAndGetUint8Array(DCM_PixelData, pixels, &size).good());
        QByteArray all(reinterpret_cast<const char *>(pixels), qsizetype(size));
        const int w = 640, h = 480, frames = 20;
        QCOMPARE(all.size(), qsizetype(w) * h * frames);
        const QRect stamp(330, 440, 300, 30);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(20);
        for (int f = 0; f < frames; ++f) {
            QImage frame(reinterpret_cast<uchar *>(all.data()) + qsizetype(f) * w * h, w, h, w,
                         QImage::Format_Grayscale8);
            QPainter p(&frame);
            p.fillRect(stamp, Qt::black);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(stamp, Qt::AlignLeft | Qt::AlignVCenter,
                       f < 10 ? QStringLiteral("LIVE") : QStringLiteral("FROZEN 03/15/2024 10:42"));
        }
        ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(all.constData()),
                                  static_cast<unsigned long>(all.size()));
        const QString path = tmp.filePath(QStringLiteral("frozen.dcm"));
        QVERIFY(ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());
        auto file = DicomFile::open({path, {}}).valueOr(nullptr);
        QVERIFY(file);
        const TextScan scan = test::must(scanBurnedText(*file, PhiMatcher(file->identityValues()), JobContext::none()));
        // Where the date is drawn on the frozen frames (DejaVu Sans 20 px: "FROZEN " is ~90 px).
        const QRect date(stamp.x() + 95, stamp.y() + 5, 110, 20);
        for (int f : {0, 15}) {
            QRegion masked;
            for (const QRect &m : scan.masks(f))
                masked += m;
            QVERIFY2((QRegion(date) - masked).isEmpty(), qPrintable(QStringLiteral("frame %1").arg(f)));
        }
    }

    void generatedSet_data()
    {
        QTest::addColumn<bool>("lowContrast");
        QTest::newRow("bright text") << false;
        QTest::newRow("dim text") << true;
    }

    void generatedSet()
    {
        QFETCH(bool, lowContrast);
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        if (!tmp.autoRemove())
            qInfo("keeping %s", qPrintable(tmp.path()));
        QRandomGenerator rng(20261126);
        int phiTotal = 0, phiFound = 0, annotationsKept = 0, annotations = 0;
        qint64 nonText = 0, nonTextMasked = 0;
        QStringList missed;
        const int samples = lowContrast ? 30 : 60;
        for (int i = 0; i < samples; ++i) {
            const Sample s = makeSample(tmp.path(), i, rng, lowContrast);
            auto file = DicomFile::open({s.path, {}}).valueOr(nullptr);
            QVERIFY(file);
            const PhiMatcher matcher(file->identityValues());
            const TextScan scan = test::must(scanBurnedText(*file, matcher, JobContext::none()));
            const QList<QRect> masks = scan.masks(0);
            for (const Drawn &d : s.texts) {
                const double c = covered(d.ink, masks);
                if (d.phi) {
                    ++phiTotal;
                    if (c >= 0.98)
                        ++phiFound;
                    else
                        missed << QStringLiteral("%1 '%2' (%3 %)")
                                      .arg(QFileInfo(s.path).baseName(), d.text)
                                      .arg(int(c * 100));
                } else if (d.annotation) {
                    ++annotations;
                    annotationsKept += c < 0.1 ? 1 : 0;
                }
            }
            for (int y = 0; y < s.height; y += 2)
                for (int x = 0; x < s.width; x += 2) {
                    bool text = false;
                    for (const Drawn &d : s.texts)
                        text = text || d.box.adjusted(-4, -4, 4, 4).contains(x, y);
                    if (text)
                        continue;
                    ++nonText;
                    for (const QRect &m : masks)
                        if (m.contains(x, y)) {
                            ++nonTextMasked;
                            break;
                        }
                }
        }
        const double recall = double(phiFound) / phiTotal;
        const double falseMask = double(nonTextMasked) / nonText;
        qInfo("generated set, %s: %d images, PHI recall %.1f%% (%d/%d), annotations kept %d/%d, non-text pixels masked "
              "%.2f%%",
              lowContrast ? "dim text" : "bright text", samples, 100 * recall, phiFound, phiTotal, annotationsKept,
              annotations, 100 * falseMask);
        for (const QString &m : missed)
            qInfo("missed: %s", qPrintable(m));
        // Dim text is the harder set: lines that cross an anatomy edge (their
        // polarity flips mid-line) or lie on speckle are still missed; 76.7 %
        // before the dim-text pass, 92.2 % with it. The floor guards that pass.
        const double floor = lowContrast ? 0.90 : 0.99;
        QVERIFY2(recall >= floor, qPrintable(QStringLiteral("recall %1").arg(recall)));
        QVERIFY2(falseMask <= 0.01, qPrintable(QStringLiteral("false masks %1").arg(falseMask)));
    }
};

QTEST_MAIN(TestTextRecall)
#include "tst_textrecall.moc"
