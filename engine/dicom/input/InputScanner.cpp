#include "engine/dicom/input/InputScanner.h"

#include "engine/dicom/DicomInit.h"
#include "engine/dicom/input/Preflight.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/jobs/JobContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>

namespace veil {
namespace {

QString resolveCaseInsensitive(const QString &base, const QStringList &components)
{
    QString current = base;
    for (const QString &part : components) {
        QDir dir(current);
        const QString exact = dir.filePath(part);
        if (QFileInfo::exists(exact)) {
            current = exact;
            continue;
        }
        const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [&](const QString &e) { return e.compare(part, Qt::CaseInsensitive) == 0; });
        if (it == entries.end())
            return {};
        current = dir.filePath(*it);
    }
    return current;
}

bool isDicomDirName(const QString &path)
{
    return QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

class Scanner
{
public:
    explicit Scanner(JobContext &job) : m_job(job) {}

    void addPath(const QString &path)
    {
        const QFileInfo fi(path);
        if (!fi.exists()) {
            m_result.skipped.push_back({path, QStringLiteral("does not exist"), true});
        } else if (fi.isDir()) {
            addFolder(fi.absoluteFilePath());
        } else {
            addFile(fi.absoluteFilePath());
        }
    }

    ScanResult take() { return std::move(m_result); }

private:
    void addFolder(const QString &folder)
    {
        QStringList files;
        QSet<QString> seenDirs;
        QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext() && !m_job.isCancelled()) {
            const QString path = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isDir()) {
                if (seenDirs.contains(fi.canonicalFilePath()))
                    continue; // a loop: QDirIterator follows it once only anyway
                seenDirs.insert(fi.canonicalFilePath());
                continue;
            }
            files << path;
        }
        std::sort(files.begin(), files.end());
        // DICOMDIRs first, so the files they reference are claimed once.
        std::stable_partition(files.begin(), files.end(), isDicomDirName);
        for (const QString &f : files)
            addFile(f);
    }

    void addFile(const QString &path)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || m_seen.contains(canonical))
            return;
        m_seen.insert(canonical);
        if (ZipArchive::looksLikeZip(path)) {
            addZip(path);
            return;
        }
        m_result.items.push_back({path, {}});
        if (isDicomDirName(path))
            addDicomDir(path);
    }

    void addZip(const QString &path)
    {
        const Result<QStringList> entries = ZipArchive::entries(path);
        if (!entries) {
            m_result.skipped.push_back({path, entries.message(), true});
            return;
        }
        for (const QString &e : *entries)
            m_result.items.push_back({path, e});
    }

    void addDicomDir(const QString &path)
    {
        // An unreadable DICOMDIR is still an item: opening it says why.
        const DicomDirReferences refs = dicomDirReferences(path).valueOr({});
        for (const QString &m : refs.missing)
            m_result.skipped.push_back({m, QStringLiteral("referenced by a DICOMDIR but missing"), true});
        for (const QString &r : refs.files)
            addFile(r);
    }

    JobContext &m_job;
    ScanResult m_result;
    QSet<QString> m_seen;
};

void collectReferences(DcmItem &dir, QList<QStringList> &out)
{
    DcmSequenceOfItems *records = nullptr;
    if (dir.findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return;
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem *record = records->getItem(i);
        OFString id;
        if (record && record->findAndGetOFStringArray(DCM_ReferencedFileID, id).good() && !id.empty())
            out << QString::fromLatin1(id.c_str()).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    }
}

} // namespace

Result<DicomDirReferences> dicomDirReferences(const QString &dicomDirPath)
{
    ensureDicomInitialised();
    QFile f(dicomDirPath);
    if (!f.open(QIODevice::ReadOnly))
        return failure(f.errorString(), ErrorCode::Io);
    const QByteArray head = f.readAll();
    const PreflightResult pre = preflightDicom(head.constData(), head.size());
    if (!pre.status)
        return pre.status.error();
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(dicomDirPath).constData()).bad())
        return failure(QStringLiteral("unreadable DICOMDIR"), ErrorCode::Damaged);
    QList<QStringList> refs;
    collectReferences(*ff.getDataset(), refs);
    const QString base = QFileInfo(dicomDirPath).absolutePath();
    DicomDirReferences out;
    for (const QStringList &components : refs) {
        const QString resolved = resolveCaseInsensitive(base, components);
        if (resolved.isEmpty())
            out.missing << QDir(base).filePath(components.join(QLatin1Char('/')));
        else
            out.files << resolved;
    }
    return out;
}

ScanResult scanInputs(const QStringList &paths, JobContext &job)
{
    Scanner scanner(job);
    for (const QString &p : paths) {
        if (job.isCancelled())
            break;
        scanner.addPath(p);
    }
    return scanner.take();
}

} // namespace veil
