#include "engine/dicom/header/QuasiIdentifiers.h"

#include "engine/deid/StandardProfile.h"
#include "engine/dicom/DicomFile.h"
#include "engine/dicom/DicomInit.h"
#include "engine/dicom/deid/DeidWalker.h"

#include <QFile>
#include <QStringList>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace veil {
namespace {

QString value(DcmDataset *ds, const DcmTagKey &tag)
{
    OFString v;
    return ds->findAndGetOFStringArray(tag, v).good() ? QString::fromLatin1(v.c_str()).trimmed() : QString();
}

QString tagText(quint32 tag)
{
    return QStringLiteral("(%1,%2)")
        .arg(tag >> 16, 4, 16, QLatin1Char('0'))
        .arg(tag & 0xFFFF, 4, 16, QLatin1Char('0'))
        .toUpper();
}

void collectNamed(DcmItem &item, const QString &prefix, QList<HeaderElement> &out, int depth,
                  const DicomCharset &charset)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement *e = item.getElement(i);
        const quint32 tag = (quint32(e->getTag().getGroup()) << 16) | e->getTag().getElement();
        const QString name =
            prefix.isEmpty() ? attributeName(tag) : prefix + QStringLiteral(" > ") + attributeName(tag);
        if (e->ident() == EVR_SQ && depth < 64) {
            auto *sq = static_cast<DcmSequenceOfItems *>(e);
            for (unsigned long k = 0; k < sq->card(); ++k)
                collectNamed(*sq->getItem(k), name, out, depth + 1, charset);
        } else if (e->isaString()) {
            const QString t = elementText(e, charset);
            if (!t.isEmpty())
                out.push_back({tag, name, QString::fromLatin1(DcmVR(e->ident()).getVRName()), t});
        }
    }
}

bool load(const QString &path, DcmFileFormat &ff)
{
    ensureDicomInitialised();
    return ff.loadFile(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange, 64 * 1024).good();
}

} // namespace

QHash<QString, QString> quasiIdentifiersOf(DcmDataset *ds);

QHash<QString, QString> readQuasiIdentifiers(const QString &path)
{
    DcmFileFormat ff;
    return load(path, ff) ? quasiIdentifiersOf(ff.getDataset()) : QHash<QString, QString>{};
}

SeriesLabel readSeriesLabel(const QString &path)
{
    DcmFileFormat ff;
    SeriesLabel label;
    if (!load(path, ff))
        return label;
    DcmDataset *ds = ff.getDataset();
    OFString number, description;
    if (ds->findAndGetOFString(DCM_SeriesNumber, number).good())
        label.number = QString::fromLatin1(number.c_str()).trimmed().toInt();
    DcmElement *e = nullptr;
    if (ds->findAndGetElement(DCM_SeriesDescription, e).good() && e)
        label.description = elementText(e, charsetOf(*ds)).trimmed();
    return label;
}

QHash<QString, QString> quasiIdentifiersAfter(const InputItem &original, const DeidSettings &settings)
{
    const std::unique_ptr<DicomFile> file = DicomFile::open(original).valueOr(nullptr);
    if (!file)
        return {};
    deidentifyHeader(*file, settings, settings.cleanPixels);
    return quasiIdentifiersOf(file->dcmtk().getDataset());
}

QHash<QString, QString> quasiIdentifiersOf(DcmDataset *ds)
{
    QHash<QString, QString> q;
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            q.insert(QLatin1String(key), v);
    };
    put("age", value(ds, DCM_PatientAge));
    put("sex", value(ds, DCM_PatientSex));
    put("year", value(ds, DCM_StudyDate).left(4));
    put("modality", value(ds, DCM_Modality));
    put("device", (value(ds, DCM_Manufacturer) + QLatin1Char(' ') + value(ds, DCM_ManufacturerModelName)).trimmed());
    put("institution", value(ds, DCM_InstitutionName));
    put("bodyPart", value(ds, DCM_BodyPartExamined));
    put("protocol", value(ds, DCM_ProtocolName));
    return q;
}

QList<HeaderElement> headerElements(const QString &path, bool *readable)
{
    QList<HeaderElement> out;
    DcmFileFormat ff;
    *readable = load(path, ff);
    if (*readable) {
        collectNamed(*ff.getMetaInfo(), {}, out, 0, {});
        collectNamed(*ff.getDataset(), {}, out, 0, charsetOf(*ff.getDataset()));
    }
    return out;
}

QString attributeName(quint32 tag)
{
    QString name;
    if ((tag >> 16) & 1)
        name = QStringLiteral("private");
    else if (const ProfileRow *row = profileRow(tag))
        name = QString::fromLatin1(row->name);
    else
        name = QString::fromLatin1(DcmTag(DcmTagKey(quint16(tag >> 16), quint16(tag & 0xFFFF))).getTagName());
    return name + QLatin1Char(' ') + tagText(tag);
}

QStringList replacedUidsOf(const InputItem &original)
{
    const std::unique_ptr<DicomFile> file = DicomFile::open(original).valueOr(nullptr);
    if (!file)
        return {};
    QList<HeaderElement> all;
    collectNamed(*file->dcmtk().getDataset(), {}, all, 0, {});
    QStringList uids;
    for (const HeaderElement &e : all) {
        const ProfileRow *row = profileRow(e.tag);
        if (e.vr == QLatin1String("UI") && row && (row->basic == Basic::U || row->basic == Basic::XZU))
            for (const QString &v : e.text.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
                uids << v.trimmed();
    }
    uids.removeDuplicates();
    return uids;
}

} // namespace veil
