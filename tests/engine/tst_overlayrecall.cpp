// A generated overlay set built at test time from real CT, MR, CR/DX, MG and
// US images of ../shared/testdata: each gets 4-7 "Key: Value" lines
// (institution, study date in four spellings, patient ID, the name in three
// spellings, age, DOB, sex) in five font families, 8-24 px, anywhere (over
// anatomy too), some turned 90°, with stored values inside the window,
// beyond its ends, at the image's own maximum and at a mid value over
// anatomy; half the files carry an anonymised header (nothing to match).
// Lines are drawn clear of each other (a smaller font where there is no
// room; on the smallest images a line with no room at 8 px is left out,
// and printed). A value counts as masked when at most 5 % of its glyph pixels still show:
// outside the masks, with a stored value that drawing changed. Printed per
// modality, and asserted, with issue 13's targets (0.99 overall, 0.98 per
// modality); at most 1 % of the pixels masked outside the lines is asserted. The same in
// German, French, Spanish, Italian, Portuguese and Dutch, read with the
// language chosen (issue 18).
#include "TestData.h"
#include "TestResult.h"

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/ocr/TextReader.h"
#include "engine/pixel/BurnedText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace veil;

namespace {

struct Source
{
    QString path, modality;
};

// Monochrome or RGB single images of at least 128 px a side, read by Veil.
QList<Source> sources()
{
    QHash<QString, int> perModality;
    const QHash<QString, int> cap{{"CT", 12}, {"MR", 12}, {"US", 12}, {"CR", 99}, {"DX", 99}, {"MG", 99}};
    QSet<QString> seenDevices;
    QList<Source> out;
    for (const test::ManifestRow &row : test::manifest()) {
        if (row.malformed())
            continue;
        const QString path = test::testFile(row.file);
        auto f = DicomFile::open({path, {}}).valueOr(nullptr);
        if (!f || !f->info().hasPixelData)
            continue;
        const InstanceInfo &i = f->info();
        QString modality = i.modality == QLatin1String("DX") ? QStringLiteral("CR") : i.modality;
        if (!cap.contains(modality) || perModality.value(modality) >= cap.value(modality))
            continue;
        const bool mono = i.photometric.startsWith(QLatin1String("MONOCHROME"));
        if ((!mono && i.photometric != QLatin1String("RGB")) || i.rows < 128 || i.columns < 128 || i.rows > 3500 ||
            i.columns > 3500)
            continue;
        // Different devices first: a second image of the same one only when there are few.
        const QString device = modality + i.manufacturer + i.model + QString::number(i.rows);
        if (seenDevices.contains(device) && modality != QLatin1String("CR") && modality != QLatin1String("MG"))
            continue;
        const Result<ValueFrame> values = f->decodeValues(0);
        if (!values)
            continue;
        const ValueFrame &v = *values;
        const auto [lo, hi] = std::minmax_element(v.values.begin(), v.values.end());
        if (*lo == *hi) // a blank image: text drawn on it would be the only thing in it, not a test of anatomy
            continue;
        seenDevices.insert(device);
        ++perModality[modality];
        out << Source{path, modality};
    }
    return out;
}

struct Line
{
    QString key, value;
    bool phi; // the value is to be masked
};

QList<Line> linesFor(int index, QRandomGenerator &rng)
{
    static const QStringList surnames{"HOLLOWAY", "OKONKWO", "BRENNAN", "LINDQVIST", "MORETTI", "KOWALCZYK"};
    static const QStringList given{"MARTA", "CHIDI", "AOIFE", "SVEN", "GIULIA", "TOMASZ"};
    const QString s = surnames[index % surnames.size()], g = given[(index / 2) % given.size()];
    const QDate study(2003 + index % 20, 1 + index % 12, 1 + index % 27);
    QString name;
    switch (index % 3) {
    case 0:
        name = s + QLatin1Char(' ') + g; // SURNAME GIVEN
        break;
    case 1:
        name = s.left(1) + s.mid(1).toLower() + QStringLiteral(", ") + g.left(1) + g.mid(1).toLower();
        break;
    default:
        name = (s + QStringLiteral(", ") + g).toLower(); // surname, given
    }
    QString date;
    switch (index % 4) {
    case 0:
        date = study.toString(QStringLiteral("yyyy MMM dd"));
        break;
    case 1:
        date = study.toString(QStringLiteral("MM/dd/yyyy"));
        break;
    case 2:
        date = study.toString(QStringLiteral("dd.MM.yyyy"));
        break;
    default:
        date = study.toString(QStringLiteral("yyyy-MM-dd"));
    }
    QList<Line> all{{QStringLiteral("Institution Name:"), QStringLiteral("Saint Brigid Memorial"), true},
                    {QStringLiteral("Study Date:"), date, true},
                    {QStringLiteral("Patient ID:"), QString::number(5512093377LL + index * 7919LL), true},
                    {QStringLiteral("Name:"), name, true},
                    {QStringLiteral("Age:"), QString::number(18 + index % 70), true},
                    {QStringLiteral("DOB:"),
                     QDate(1940 + index % 50, 1 + index % 12, 2 + index % 25).toString(QStringLiteral("MM/dd/yyyy")),
                     true},
                    {QStringLiteral("Sex:"), index % 2 ? QStringLiteral("F") : QStringLiteral("M"), true}};
    std::shuffle(all.begin(), all.end(), rng);
    return all.mid(0, 4 + index % 4);
}

// The same seven lines as devices in Veil's other languages print them:
// their labels, dates with month names and in their numeric orders, names
// with accents, particles and compound surnames, ages with their units.
struct Language
{
    const char *code;   // Tesseract's, empty for English
    QStringList keys;   // institution, date, ID, name, age, birth, sex
    QStringList months; // January..December as printed
    QStringList names;  // "Surname, Given" and "SURNAME GIVEN" spellings
    QString institution, ageUnit, female, male;
};

const QList<Language> &languages()
{
    static const QList<Language> all{
        {"deu",
         {"Klinik:", "Datum:", "Pat.-Nr.:", "Name:", "Alter:", "Geburtsdatum:", "Geschlecht:"},
         {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"},
         {"Müller, Jürgen", "SCHÄFER-BRANDT KÄTHE", "von Weizsäcker, Özlem"},
         "Klinikum Sankt Brigid",
         " J",
         "W",
         "M"},
        {"fra",
         {"Établissement :", "Date :", "IPP :", "Nom :", "Âge :", "Né le", "Sexe :"},
         {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"},
         {"Lefèvre, Hélène", "DUPONT-MOREAU ANAÏS", "de la Fontaine, Gaël"},
         "Hôpital Sainte-Brigitte",
         " ans",
         "F",
         "M"},
        {"spa",
         {"Hospital:", "Fecha:", "NHC:", "Nombre:", "Edad:", "Nacimiento:", "Sexo:"},
         {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"},
         {"García Núñez, José", "PEÑA IBÁÑEZ MARÍA", "de la Cruz, Begoña"},
         "Clínica Santa Brígida",
         " años",
         "M",
         "H"},
        {"ita",
         {"Ospedale:", "Data:", "ID paziente:", "Paziente:", "Età:", "Nato il", "Sesso:"},
         {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"},
         {"Rossi, Giulia", "D'ANGELO NICCOLÒ", "De Luca, Ilaria"},
         "Ospedale San Bernardo",
         " anni",
         "F",
         "M"},
        {"por",
         {"Hospital:", "Data:", "Prontuário:", "Nome:", "Idade:", "Nascimento:", "Sexo:"},
         {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"},
         {"Conceição, João", "ARAÚJO GONÇALVES LÍVIA", "dos Santos, Estêvão"},
         "Hospital São Brás",
         " anos",
         "F",
         "M"},
        {"nld",
         {"Ziekenhuis:", "Datum:", "Patiëntnummer:", "Naam:", "Leeftijd:", "Geboortedatum:", "Geslacht:"},
         {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"},
         {"de Vries, Anouk", "VAN DER BERG-JANSEN SANNE", "Bakker, Iñaki"},
         "Ziekenhuis Sint Brigida",
         " jr",
         "V",
         "M"}};
    return all;
}

QList<Line> linesIn(const Language &l, int index, QRandomGenerator &rng)
{
    const QDate study(2003 + index % 20, 1 + index % 12, 1 + index % 27);
    const QDate birth(1940 + index % 50, 1 + (index + 5) % 12, 2 + index % 25);
    const QString month = l.months[study.month() - 1];
    const QString dates[] = {QStringLiteral("%1 %2 %3").arg(study.day()).arg(month).arg(study.year()), // 14 mars 2003
                             QStringLiteral("%1-%2-%3")
                                 .arg(study.day(), 2, 10, QLatin1Char('0'))
                                 .arg(month.left(3).toUpper())
                                 .arg(study.year()), // 14-MRZ-2003
                             study.toString(QStringLiteral("dd.MM.yyyy")),
                             QStringLiteral("%1 de %2 de %3").arg(study.day()).arg(month).arg(study.year())};
    QString date = dates[index % 4];
    if (index % 4 == 3 && QByteArrayView(l.code) != "spa" && QByteArrayView(l.code) != "por")
        date = study.toString(QStringLiteral("dd/MM/yyyy"));
    if (index % 4 == 1 && QByteArrayView(l.code) == "deu") // as German devices abbreviate March
        date.replace(QStringLiteral("MÄR"), QStringLiteral("MRZ"));
    QList<Line> all{{l.keys[0], l.institution, true},
                    {l.keys[1], date, true},
                    {l.keys[2], QString::number(5512093377LL + index * 7919LL), true},
                    {l.keys[3], l.names[index % l.names.size()], true},
                    {l.keys[4], QString::number(18 + index % 70) + l.ageUnit, true},
                    {l.keys[5], birth.toString(QStringLiteral("dd.MM.yyyy")), true},
                    {l.keys[6], index % 2 ? l.female : l.male, true}};
    std::shuffle(all.begin(), all.end(), rng);
    return all.mid(0, 4 + index % 4);
}

// Where each value's glyphs are, image coordinates.
struct Drawn
{
    QString value;
    QImage glyphs;  // Format_Grayscale8, image size: 255 where the value is drawn
    QRect bounds;   // the whole line (key too)
    QImage changed; // Format_Grayscale8, image size: 255 where drawing changed the stored value
};

struct Generated
{
    QString path, modality;
    QList<Drawn> values;
    bool anonymised = false;
    int noRoom = 0; // lines not drawn: no room clear of the others (see drawLine)
};

// Where a line of `box`'s size lies clear of `taken` (by 6 px), tried at
// 200 random places; nothing when none is.
std::optional<QPoint> clearPlace(QSize size, QSize box, QRandomGenerator &rng, const QList<QRect> &taken)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int x = rng.bounded(std::max(1, size.width() - box.width()));
        const int y = rng.bounded(std::max(1, size.height() - box.height()));
        bool clear = true;
        for (const QRect &t : taken)
            clear = clear && !t.adjusted(-6, -6, 6, 6).intersects(QRect(QPoint(x, y), box));
        if (clear)
            return QPoint(x, y);
    }
    return std::nullopt;
}

// Draws `line` into an image-sized mask, clear of the lines drawn before
// (lines written over each other are readable to nobody): where it finds
// no room, in a font 2 px smaller, down to 8 px; a line with no room even
// then is not drawn (its glyphs are empty). Returns the value's pixels and
// the line's box.
Drawn drawLine(const Line &line, QSize size, QRandomGenerator &rng, int index, int lineNo, const QList<QRect> &taken)
{
    static const char *families[] = {"DejaVu Sans", "DejaVu Sans Mono", "Liberation Sans", "Liberation Serif",
                                     "Liberation Mono"};
    QFont font(QString::fromLatin1(families[(index + lineNo) % 5]));
    font.setStyleStrategy(QFont::NoAntialias);
    const QString keyText = line.key + QLatin1Char(' ');
    const bool turned = (index + lineNo) % 6 == 5;
    const int least = std::max(8, size.width() / 90); // big radiographs: text as a viewer would burn it
    std::optional<QPoint> at;
    QSize box;
    for (int px = std::max(std::clamp(8 + (index * 3 + lineNo * 5) % 17, 8, 24), least); !at && px >= least; px -= 2) {
        font.setPixelSize(px);
        const QFontMetrics fm(font);
        const int w = fm.horizontalAdvance(keyText + line.value) + 4, h = fm.height() + 2;
        box = turned ? QSize(h, w) : QSize(w, h);
        at = clearPlace(size, box, rng, taken);
    }
    if (!at) {
        QImage none(size, QImage::Format_Grayscale8);
        none.fill(0);
        return Drawn{line.value, none, QRect(), QImage()};
    }
    const QFontMetrics fm(font);
    const int x = at->x(), y = at->y();
    Drawn d{line.value, QImage(size, QImage::Format_Grayscale8), QRect(QPoint(x, y), box), QImage()};
    d.glyphs.fill(0);
    QImage keyLayer(size, QImage::Format_Grayscale8);
    keyLayer.fill(0);
    for (QImage *layer : {&keyLayer, &d.glyphs}) {
        QPainter p(layer);
        p.setFont(font);
        p.setPen(Qt::white);
        p.translate(x, y);
        if (turned) {
            p.translate(box.width(), 0);
            p.rotate(90);
        }
        if (layer == &keyLayer)
            p.drawText(2, fm.ascent() + 1, keyText);
        else
            p.drawText(2 + fm.horizontalAdvance(keyText), fm.ascent() + 1, line.value);
    }
    // The key is drawn too (it may stay or go), into the same picture later.
    for (int yy = 0; yy < size.height(); ++yy) {
        uchar *g = d.glyphs.scanLine(yy);
        const uchar *k = keyLayer.constScanLine(yy);
        for (int xx = 0; xx < size.width(); ++xx)
            g[xx] = g[xx] ? 255 : (k[xx] ? 128 : 0); // 255: value, 128: key
    }
    return d;
}

// The stored value a line is drawn with: inside the window, beyond its ends,
// the image's maximum, or a mid value (over anatomy).
double inkFor(int kind, const ValueFrame &v, double centre, double width)
{
    const auto [lo, hi] = std::minmax_element(v.values.begin(), v.values.end());
    switch (kind % 4) {
    case 0:
        return centre + width * 0.4;
    case 1:
        return *hi > centre + width / 2 ? std::min(*hi, centre + width) : *hi; // above the window's top
    case 2:
        return *hi;
    default:
        return (*lo + *hi) / 2;
    }
}

bool writeGenerated(const Source &src, int index, const QString &out, Generated &gen, QList<Line> lines = {})
{
    auto file = DicomFile::open({src.path, {}}).valueOr(nullptr);
    if (!file)
        return false;
    ValueFrame v = file->decodeValues(0).valueOr({});
    if (v.values.empty() || v.channels != (file->info().samplesPerPixel == 3 ? 3 : 1))
        return false;
    // VEIL_OVERLAY_SEED=N draws another set from the same images (fonts, places,
    // values, ink): how the figure holds on text the rules were not tuned on.
    QRandomGenerator rng(quint32(1000 + index + 7919 * qEnvironmentVariableIntValue("VEIL_OVERLAY_SEED")));
    const QSize size(v.width, v.height);
    const auto [lo, hi] = std::minmax_element(v.values.begin(), v.values.end());
    double centre = (*lo + *hi) / 2, width = std::max(1.0, *hi - *lo);
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(src.path).constData()).bad())
        return false;
    DcmDataset *ds = ff.getDataset();
    Float64 c = 0, w = 0;
    if (ds->findAndGetFloat64(DCM_WindowCenter, c).good() && ds->findAndGetFloat64(DCM_WindowWidth, w).good() &&
        w > 1) {
        centre = c;
        width = w;
    }
    gen.path = out;
    gen.modality = src.modality;
    gen.anonymised = index % 2 == 1;
    if (lines.isEmpty())
        lines = linesFor(index, rng);
    for (int n = 0; n < lines.size(); ++n) {
        QList<QRect> taken;
        for (const Drawn &before : gen.values)
            taken << before.bounds;
        Drawn d = drawLine(lines[n], size, rng, index, n, taken);
        if (d.bounds.isNull()) { // no room for it (see drawLine)
            ++gen.noRoom;
            continue;
        }
        const double ink = inkFor(index + n, v, centre, width);
        d.changed = QImage(size, QImage::Format_Grayscale8);
        d.changed.fill(0);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                if (d.glyphs.constScanLine(y)[x])
                    for (int ch = 0; ch < v.channels; ++ch) {
                        double &stored = v.values[(size_t(y) * v.width + x) * v.channels + ch];
                        const double drawn = v.channels == 3 ? 255 : (ink == ink ? ink : *hi);
                        if (std::lround(stored) != std::lround(drawn))
                            d.changed.scanLine(y)[x] = 255;
                        stored = drawn;
                    }
        gen.values << d;
    }
    // Native, uncompressed: stored = modality values (slope 1, intercept 0).
    const bool colour = v.channels == 3;
    const auto [lo2, hi2] = std::minmax_element(v.values.begin(), v.values.end());
    const bool isSigned = !colour && *lo2 < 0;
    ds->findAndDeleteElement(DCM_PixelData);
    ds->findAndDeleteElement(DCM_VOILUTSequence);
    ds->findAndDeleteElement(DCM_ModalityLUTSequence);
    ds->putAndInsertString(DCM_RescaleSlope, "1");
    ds->putAndInsertString(DCM_RescaleIntercept, "0");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, colour ? 3 : 1);
    if (colour) // what decodeValues gave (a YBR or JPEG XL source's header says otherwise)
        ds->putAndInsertString(DCM_PhotometricInterpretation, "RGB");
    ds->putAndInsertUint16(DCM_BitsAllocated, colour ? 8 : 16);
    ds->putAndInsertUint16(DCM_BitsStored, colour ? 8 : 16);
    ds->putAndInsertUint16(DCM_HighBit, colour ? 7 : 15);
    ds->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    ds->findAndDeleteElement(DCM_NumberOfFrames);
    if (colour) {
        ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
        std::vector<Uint8> px(v.values.size());
        for (size_t i = 0; i < px.size(); ++i)
            px[i] = Uint8(std::clamp(v.values[i], 0.0, 255.0));
        ds->putAndInsertUint8Array(DCM_PixelData, px.data(), px.size());
    } else {
        std::vector<Uint16> px(v.values.size());
        for (size_t i = 0; i < px.size(); ++i)
            px[i] = isSigned ? Uint16(Sint16(std::clamp(std::lround(v.values[i]), -32768L, 32767L)))
                             : Uint16(std::clamp(std::lround(v.values[i]), 0L, 65535L));
        ds->putAndInsertUint16Array(DCM_PixelData, px.data(), px.size());
    }
    if (gen.anonymised) { // nothing in the header to match
        ds->putAndInsertString(DCM_PatientName, "ANONYMOUS");
        ds->putAndInsertString(DCM_PatientID, "0");
        for (const DcmTagKey &t : {DCM_PatientBirthDate, DCM_StudyDate, DCM_InstitutionName, DCM_PatientAge})
            ds->putAndInsertString(t, "");
    } else {
        ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 100");
        ds->putAndInsertString(DCM_PatientName, lines.first().value.toLatin1().constData());
    }
    return ff.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit).good();
}

// What the scan made of a line's place: the regions proposed there and the
// boxes read in them (class, text, confidence, reason).
QString whatWasSeen(const TextScan &scan, const QRect &line)
{
    QStringList out;
    int regions = 0;
    for (const QRect &r : scan.regions)
        regions += r.intersects(line) ? 1 : 0;
    out << QStringLiteral("%1 regions").arg(regions);
    for (const TextBox &b : scan.boxes)
        if (b.box.intersects(line))
            out << QStringLiteral("[%1 '%2' %3 %4]")
                       .arg(b.cls == TextClass::NotPhi ? "kept" : "masked", b.text)
                       .arg(int(b.confidence))
                       .arg(b.why);
    return out.join(QLatin1Char(' '));
}

struct Tally
{
    int values = 0, masked = 0;
    qint64 pixels = 0, falseMasked = 0;
};

// Scans one generated file as Veil would and counts its values masked and
// the pixels masked outside its lines into `t`; what was missed, and why,
// goes to `missed`.
bool tallyScan(const QString &out, const Generated &gen, Tally &t, QStringList &missed)
{
    auto file = DicomFile::open({out, {}}).valueOr(nullptr);
    if (!file)
        return false;
    const Result<TextScan> scanned = scanBurnedText(*file, PhiMatcher(file->identityValues()), JobContext::none());
    if (!scanned)
        return false;
    const TextScan &scan = *scanned;
    QImage masked(file->info().columns, file->info().rows, QImage::Format_Grayscale8);
    masked.fill(0);
    {
        QPainter p(&masked);
        for (const QRect &r : scan.masks(0))
            p.fillRect(r, Qt::white);
    }
    QImage lines(masked.size(), QImage::Format_Grayscale8);
    lines.fill(0);
    {
        QPainter p(&lines);
        for (const Drawn &d : gen.values)
            p.fillRect(d.bounds.adjusted(-4, -4, 4, 4), Qt::white);
    }
    for (const Drawn &d : gen.values) {
        // A glyph pixel still shows when it is not masked and drawing
        // changed its stored value (ink equal to the anatomy under it
        // carries nothing).
        // (A line may run off the image: only its pixels inside count.)
        int glyphs = 0, showing = 0;
        const QRect inside = d.bounds.intersected(d.glyphs.rect());
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x)
                if (d.glyphs.constScanLine(y)[x] == 255) {
                    ++glyphs;
                    showing += !masked.constScanLine(y)[x] && d.changed.constScanLine(y)[x] ? 1 : 0;
                }
        if (glyphs == 0)
            continue; // drawn wholly off the image: nothing to find
        ++t.values;
        const bool ok = showing <= glyphs * 0.05;
        t.masked += ok ? 1 : 0;
        if (!ok)
            missed << QStringLiteral("%1 '%2' at %3,%4 %5x%6: %7 % showing; %8")
                          .arg(QFileInfo(out).fileName(), d.value)
                          .arg(d.bounds.x())
                          .arg(d.bounds.y())
                          .arg(d.bounds.width())
                          .arg(d.bounds.height())
                          .arg(glyphs ? 100 * showing / glyphs : 0)
                          .arg(whatWasSeen(scan, d.bounds));
    }
    qint64 outside = 0;
    for (int y = 0; y < masked.height(); ++y)
        for (int x = 0; x < masked.width(); ++x)
            outside += masked.constScanLine(y)[x] && !lines.constScanLine(y)[x] ? 1 : 0;
    const qint64 pixels = qint64(masked.width()) * masked.height();
    if (outside * 50 > pixels) // over 2 %: say where
        missed << QStringLiteral("%1: %2 % masked outside the lines")
                      .arg(QFileInfo(out).fileName())
                      .arg(100.0 * outside / pixels, 0, 'f', 1);
    t.falseMasked += outside;
    t.pixels += pixels;
    return true;
}

// Prints each group's figures (a modality's, a language's) and adds them
// up; the groups under `floor` go to `below`.
Tally summed(const QMap<QString, Tally> &tally, double floor, QStringList &below)
{
    Tally total;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        qInfo("%s: %d values, recall %.3f, masked outside the lines %.2f %%", qPrintable(it.key()), it.value().values,
              double(it.value().masked) / std::max(1, it.value().values),
              100.0 * it.value().falseMasked / std::max<qint64>(1, it.value().pixels));
        if (it.value().masked < floor * it.value().values)
            below << it.key();
        total.values += it.value().values;
        total.masked += it.value().masked;
        total.falseMasked += it.value().falseMasked;
        total.pixels += it.value().pixels;
    }
    return total;
}

} // namespace

class TestOverlayRecall : public QObject
{
    Q_OBJECT
private slots:
    void generatedOverlaySet()
    {
        VEIL_REQUIRE_TESTDATA();
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Liberation Sans")),
                 "fonts-liberation is not installed (tools/packages-test.txt)");
        const QList<Source> all = sources();
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        QMap<QString, Tally> tally;
        QStringList missed;
        for (int i = 0; i < all.size(); ++i) {
            Generated gen;
            const QString out = tmp.filePath(QStringLiteral("ov%1-%2.dcm").arg(i).arg(all[i].modality));
            if (!writeGenerated(all[i], i, out, gen))
                continue;
            if (gen.noRoom)
                qInfo("%s: %d line(s) not drawn, no room clear of the others", qPrintable(out), gen.noRoom);
            QVERIFY2(tallyScan(out, gen, tally[gen.modality], missed), qPrintable(out));
        }
        QStringList below; // modalities under their floor
        const Tally total = summed(tally, kModalityFloor, below);
        const double recall = double(total.masked) / std::max(1, total.values);
        qInfo("overall: %d images, %d values, recall %.3f (target 0.99), masked outside the lines %.2f %% (target <= "
              "1 %%)",
              int(all.size()), total.values, recall, 100.0 * total.falseMasked / std::max<qint64>(1, total.pixels));
        for (const QString &m : missed.mid(0, 80))
            qInfo("missed: %s", qPrintable(m));
        QVERIFY(all.size() >= 40);
        QVERIFY2(below.isEmpty(), qPrintable(below.join(QLatin1Char(' '))));
        QVERIFY2(recall >= kRecallFloor, qPrintable(QString::number(recall)));
        QVERIFY(total.falseMasked * 100 <= total.pixels); // masked outside the lines: at most 1 % of the pixels
    }

    // The same kind of set in Veil's other six languages (German, French,
    // Spanish, Italian, Portuguese, Dutch), one language per image in turn,
    // read with that language chosen for the project: labels, month names
    // (14 mars 2003, 14-MRZ-2003, 14 de março de 2003), accented and
    // compound names, ages with their units.
    void generatedOverlaySetInEveryLanguage()
    {
        VEIL_REQUIRE_TESTDATA();
        const QList<Source> all = sources();
        QTemporaryDir tmp;
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("VEIL_KEEP_TEST_FILES"));
        QMap<QString, Tally> tally;
        QStringList missed;
        for (int i = 0; i < all.size(); ++i) {
            const Language &l = languages()[i % languages().size()];
            QRandomGenerator rng(quint32(5000 + i + 7919 * qEnvironmentVariableIntValue("VEIL_OVERLAY_SEED")));
            Generated gen;
            const QString out =
                tmp.filePath(QStringLiteral("%1-%2-%3.dcm").arg(QLatin1String(l.code)).arg(i).arg(all[i].modality));
            if (!writeGenerated(all[i], i + 1, out, gen, linesIn(l, i, rng)))
                continue;
            TextReader::setLanguages({QString::fromLatin1(l.code)});
            if (gen.noRoom)
                qInfo("%s: %d line(s) not drawn, no room clear of the others", qPrintable(out), gen.noRoom);
            const bool scanned = tallyScan(out, gen, tally[QString::fromLatin1(l.code)], missed);
            TextReader::setLanguages({});
            QVERIFY2(scanned, qPrintable(out));
        }
        QStringList below; // languages under their floor
        const Tally total = summed(tally, kLanguageFloor, below);
        const double recall = double(total.masked) / std::max(1, total.values);
        qInfo("six languages: %d values, recall %.3f (target 0.99), masked outside the lines %.2f %%", total.values,
              recall, 100.0 * total.falseMasked / std::max<qint64>(1, total.pixels));
        for (const QString &m : missed.mid(0, 80))
            qInfo("missed: %s", qPrintable(m));
        QCOMPARE(tally.size(), 6);
        QVERIFY2(below.isEmpty(), qPrintable(below.join(QLatin1Char(' '))));
        QVERIFY2(recall >= kMultilingualFloor, qPrintable(QString::number(recall)));
        QVERIFY(total.falseMasked * 100 <= total.pixels);
    }

private:
    // Issue 13's targets, asserted: 0.99 overall and 0.98 per modality.
    // Veil reaches 1.0 on this draw and, on the other draws
    // (VEIL_OVERLAY_SEED=1 to 4), 0.995 to 1.0 with no modality under 0.984
    // (MR: a date and an F on a 160 x 160 MR stored in 7 levels whose
    // text value is also half of its noise). 0.995 (MR 0.985) before
    // letters merged with a flat region of their value, weak letters
    // between two that stand out, vertical values past a column of labels,
    // lone letters beside masked text, and lines drawn clear of each other
    // (drawLine); 0.972 before
    // faint letters (a value the tissue around also holds), letters at the
    // image's ceiling apart from all around them, 4 px lower-case letters,
    // serif letters that touch, and the stretch after a vertical label;
    // 0.944 before values beside labels and vertical lines of 8-bit data,
    // 0.702 before letters of one stored value were found as such
    // (PlateauText), 0.374 before the stored-value ink pictures. Never
    // lower the floors.
    static constexpr double kRecallFloor = 0.99;
    static constexpr double kModalityFloor = 0.98; // per modality
    // The set in six languages, issue 18's target 0.99 asserted: 1.0 on
    // this draw, 0.986 to 1.0 on the others (a lone F whose "Sexe :" was
    // drawn with the value of the border it lies on, and a 7-level MR);
    // 0.995 (ita 0.977) before the changes of the session that raised the
    // floors above to the targets; 0.986 before the changes before it and
    // labels known without their accents ("Etablissement"), 0.977 before a
    // label's value could stand three of its heights away ("Sexe : F"),
    // 0.968 before ages written with their unit.
    static constexpr double kMultilingualFloor = 0.99;
    static constexpr double kLanguageFloor = 0.95; // per language
};

QTEST_MAIN(TestOverlayRecall)
#include "tst_overlayrecall.moc"
