// Burned-in text whose letters do not stand alone: letters merged with a
// flat region of their value, a grey line of which only two letters stand
// out, a turned value drawn on past a column of labels, a lone letter left
// of a line drawn across another, a line too faint to be letters on a flat
// border. Each is generated at test time; each must be masked, and (where
// that is in doubt) the same image without the text must get no mask.
#include "InkScans.h"
#include "TestData.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace veil;
using namespace veil::test;

namespace {

QString showingText(std::pair<int, int> s)
{
    return QStringLiteral("%1 of %2 text pixels showing").arg(s.first).arg(s.second);
}

// Ink pixels of `ink` inside `area` that drawing changed (`before` differs from `after`).
QImage changedInk(const QImage &ink, const std::vector<Uint16> &before, const std::vector<Uint16> &after)
{
    QImage out(ink.size(), QImage::Format_Grayscale8);
    out.fill(0);
    for (int y = 0; y < ink.height(); ++y)
        for (int x = 0; x < ink.width(); ++x) {
            const size_t i = size_t(y) * size_t(ink.width()) + size_t(x);
            if (inked(ink, x, y) && before[i] != after[i])
                out.scanLine(y)[x] = 255;
        }
    return out;
}

// A colour frame with `ink` drawn into it in white.
QImage imageOf(const ValueFrame &v, const QImage &ink)
{
    QImage image(v.width, v.height, QImage::Format_RGB888);
    for (int y = 0; y < v.height; ++y)
        for (int x = 0; x < v.width; ++x) {
            const double *p = v.values.data() + (size_t(y) * size_t(v.width) + size_t(x)) * 3;
            image.setPixel(x, y, inked(ink, x, y) ? qRgb(255, 255, 255) : qRgb(int(p[0]), int(p[1]), int(p[2])));
        }
    return image;
}

} // namespace

class TestTextPlaces : public QObject
{
    Q_OBJECT
private slots:
    // A radiograph stored in 10 bits whose collimated field is stored at
    // the ceiling (1023), with a name drawn at 1023 across the field's edge:
    // the lower half of each letter is one plateau with the field, the
    // upper half stands over the exposure. The strokes above the edge are
    // letters of their own.
    void lineAtTheCeilingAcrossAFieldAtTheCeiling()
    {
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        const int w = 600, h = 300, edge = 204;
        const QImage ink = inkOf(QSize(w, h), {{QStringLiteral("DejaVu Sans Mono"), 24, QPoint(150, edge + 8),
                                                QStringLiteral("Name: Okonkwo, Sven")}});
        QRandomGenerator rng(5);
        std::vector<Uint16> film(size_t(w) * h), drawn(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                film[i] = y >= edge ? 1023 : Uint16(420 + 300 * x / w + 60 * y / h + rng.bounded(25));
                drawn[i] = inked(ink, x, y) ? 1023 : film[i];
            }
        const TextScan scan = scanOfGrey(tmp.filePath(QStringLiteral("text.dcm")), w, h, drawn, "ANONYMOUS", false, 10);
        QVERIFY(scan.framesDecoded > 0);
        const auto s = showing(changedInk(ink, film, drawn), scan, QRect(0, 0, w, h));
        QVERIFY2(s.second > 150, qPrintable(showingText(s)));
        QVERIFY2(s.first * 20 <= s.second, qPrintable(showingText(s)));
        const TextScan clean = scanOfGrey(tmp.filePath(QStringLiteral("film.dcm")), w, h, film, "ANONYMOUS", false, 10);
        QVERIFY(clean.framesDecoded > 0);
        QVERIFY(clean.masks(0).isEmpty());
    }

    // "Sex: F" in a serif font, drawn in mid grey into an image stored in
    // steps of 41 over tissue where "ex:" lies on levels around its own:
    // only "S" and "F" stand out as letters; the "e" and "x" between them,
    // of the line's value, make it a line.
    void greyLineWhereOnlyTwoLettersStandOut()
    {
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        const int w = 320, h = 200;
        QFont font(QStringLiteral("Liberation Serif"));
        font.setPixelSize(20);
        const QFontMetrics fm(font);
        const QPoint at(120, 100);
        const QImage ink = inkOf(QSize(w, h), {{QStringLiteral("Liberation Serif"), 20, at, QStringLiteral("Sex: F")}});
        const int exFrom = at.x() + fm.horizontalAdvance(QStringLiteral("S")),
                  fFrom = at.x() + fm.horizontalAdvance(QStringLiteral("Sex: "));
        QRandomGenerator rng(11);
        std::vector<Uint16> tissue(size_t(w) * h), drawn(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                const bool under = x >= exFrom && x < fFrom - 2 && y > at.y() - 20 && y < at.y() + 6;
                tissue[i] = Uint16(41 * (under ? 19 + rng.bounded(11) : 8 + rng.bounded(5)));
                drawn[i] = inked(ink, x, y) ? 41 * 24 : tissue[i];
            }
        const TextScan scan = scanOfGrey(tmp.filePath(QStringLiteral("text.dcm")), w, h, drawn, "ANONYMOUS", false);
        QVERIFY(scan.framesDecoded > 0);
        const auto s = showing(ink, scan, QRect(fFrom, 0, w - fFrom, h)); // the F
        QVERIFY(s.second > 20);
        QVERIFY2(s.first == 0, qPrintable(showingText(s)));
        const TextScan clean = scanOfGrey(tmp.filePath(QStringLiteral("tissue.dcm")), w, h, tissue, "ANONYMOUS", false);
        QVERIFY(clean.framesDecoded > 0);
        QVERIFY(clean.masks(0).isEmpty());
    }

    // A GE ultrasound's column of parameters, right-aligned at its edge
    // ("BREAST", "FROZEN", "78G", "72DR", "A2 P16"), and a turned patient ID
    // drawn down across their ends and on below them: its first letters and
    // the lines' last letters make one vertical row, most of it beside the
    // lines. The stretch of it below the lines is read as a line of its own.
    void turnedValuePastAColumnOfLabels()
    {
        VEIL_REQUIRE_TESTDATA();
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        auto file = DicomFile::open({testFile(QStringLiteral("dcm4che/US-RGB-8-epicard")), {}}).valueOr(nullptr);
        QVERIFY(file);
        const ValueFrame v = file->decodeValues(0).valueOr({});
        QCOMPARE(v.channels, 3);
        const QImage ink = inkOf(QSize(v.width, v.height), {{QStringLiteral("DejaVu Sans"), 10, QPoint(616, 45),
                                                             QStringLiteral("Patient ID: 5512117134"), true}});
        const TextScan scan = scanOfRgb(tmp.filePath(QStringLiteral("us.dcm")), imageOf(v, ink), "ANONYMOUS");
        QVERIFY(scan.framesDecoded > 0);
        const auto s = showing(ink, scan, QRect(600, 122, 40, 100)); // the ID below the column of lines
        QVERIFY2(s.second > 40, qPrintable(showingText(s)));
        QVERIFY2(s.first * 20 <= s.second, qPrintable(showingText(s)));
    }

    // What is left of a "Sex: F" drawn across a name line: an F of the
    // line's value just below it, alone. It is masked with the line; an F
    // far from any line (an orientation letter) stays.
    void loneLetterBelowALine()
    {
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        const int w = 400, h = 300;
        const QImage ink = inkOf(
            QSize(w, h),
            {{QStringLiteral("DejaVu Sans"), 16, QPoint(40, 60), QStringLiteral("Institution: Saint Brigid Memorial")},
             {QStringLiteral("DejaVu Sans"), 16, QPoint(150, 84), QStringLiteral("F")},
             {QStringLiteral("DejaVu Sans"), 16, QPoint(380, 160), QStringLiteral("F")}});
        QRandomGenerator rng(17);
        std::vector<Uint16> pixels(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                pixels[size_t(y) * w + x] = inked(ink, x, y) ? 4095 : Uint16(1000 + rng.bounded(400));
        const TextScan scan = scanOfGrey(tmp.filePath(QStringLiteral("ct.dcm")), w, h, pixels, "ANONYMOUS", false);
        QVERIFY(scan.framesDecoded > 0);
        const auto below = showing(ink, scan, QRect(140, 66, 30, 24));
        QVERIFY2(below.second > 20 && below.first == 0, qPrintable(showingText(below)));
        const auto apart = showing(ink, scan, QRect(370, 140, 30, 30));
        QVERIFY2(apart.second > 20 && apart.first == apart.second, qPrintable(showingText(apart)));
    }

    // A radiograph's border stored flat at 242 and "Age: 52" drawn on it at
    // 248: six levels, too faint to be a letter of one value, but two
    // values make the whole line's box: text on a flat ground, read.
    void faintLineOnAFlatBorder()
    {
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        const int w = 600, h = 300, border = 200;
        const QImage ink =
            inkOf(QSize(w, h), {{QStringLiteral("DejaVu Sans Mono"), 22, QPoint(200, 260), QStringLiteral("Age: 52")}});
        QRandomGenerator rng(23);
        std::vector<Uint16> film(size_t(w) * h), drawn(size_t(w) * h);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * w + x;
                film[i] = y >= border ? 242 : Uint16(20 + 150 * x / w + rng.bounded(60));
                drawn[i] = inked(ink, x, y) ? 248 : film[i];
            }
        const TextScan scan =
            scanOfGrey(tmp.filePath(QStringLiteral("cr.dcm")), w, h, drawn, "ANONYMOUS", true, 8, 235, 30);
        QVERIFY(scan.framesDecoded > 0);
        const auto s = showing(ink, scan, QRect(0, border, w, h - border));
        QVERIFY2(s.second > 100 && s.first * 20 <= s.second, qPrintable(showingText(s)));
    }
};

QTEST_MAIN(TestTextPlaces)
#include "tst_textplaces.moc"
