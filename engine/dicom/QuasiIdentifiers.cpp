#include "dicom/QuasiIdentifiers.h"

#include "dicom/DeidWalker.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomInit.h"

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

void collect(DcmItem &item, QStringList &out, int depth)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement *e = item.getElement(i);
        if (e->ident() == EVR_SQ && depth < 64) {
            auto *sq = static_cast<DcmSequenceOfItems *>(e);
            for (unsigned long k = 0; k < sq->card(); ++k)
                collect(*sq->getItem(k), out, depth + 1);
        } else if (e->isaString()) {
            const QString t = elementText(e);
            if (!t.isEmpty())
                out << t;
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

QHash<QString, QString> quasiIdentifiersAfter(const InputItem &original, const DeidSettings &settings)
{
    auto file = DicomFile::open(original);
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

QStringList headerTexts(const QString &path)
{
    QStringList out;
    DcmFileFormat ff;
    if (!load(path, ff))
        return {QStringLiteral("<unreadable>")};
    collect(*ff.getMetaInfo(), out, 0);
    collect(*ff.getDataset(), out, 0);
    return out;
}

} // namespace veil
