#include "engine/dicom/DicomDirWriter.h"

#include "engine/dicom/DicomInit.h"

#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>

namespace veil {

QString dicomDirFileId(int patient, int study, int series, int instance)
{
    auto part = [](char letter, int n) {
        return QLatin1Char(letter) + QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
    };
    return QStringLiteral("DICOM/") + part('P', patient) + QLatin1Char('/') + part('S', study) + QLatin1Char('/') +
           part('E', series) + QLatin1Char('/') + part('I', instance);
}

Status writeDicomDir(const QString &folder, const QStringList &files)
{
    ensureDicomInitialised();
    DicomDirInterface dir;
    dir.disableBackupMode();
    dir.disableTransferSyntaxCheck(); // lossless RLE, JPEG-LS... stay as exported
    dir.disableEncodingCheck();
    dir.disableResolutionCheck();
    dir.enableInventMode();
    const QByteArray base = QFile::encodeName(folder);
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/DICOMDIR"));
    OFCondition c =
        dir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose, OFFilename(path.constData()), "VEIL_SHARE");
    for (const QString &f : files) {
        if (c.bad())
            break;
        c = dir.addDicomFile(OFFilename(QFile::encodeName(f).constData()), OFFilename(base.constData()));
    }
    if (c.good())
        c = dir.writeDicomDir();
    if (c.bad())
        return failure(QStringLiteral("cannot write the DICOMDIR: %1").arg(QString::fromLatin1(c.text())),
                       ErrorCode::Io);
    return {};
}

} // namespace veil
