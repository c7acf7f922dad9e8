#include "engine/dicom/input/InputScanner.h"

#include "engine/dicom/DicomInit.h"
#include "engine/dicom/input/Preflight.h"
#include "engine/dicom/input/ZipArchive.h"
#include "engine/jobs/JobContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>

#include <dirent.h>

namespace veil {
namespace {

// A path inside `root` (both canonical), or `root` itself.
bool inside(const QString &root, const QString &path)
{
    return path == root || path.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'));
}

// A name that is absolute or climbs (.. as a component), with / or \ as separators.
bool climbs(const QString &name)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || drive.match(name).hasMatch())
        return true;
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    return name.split(separators).contains(QStringLiteral(".."));
}

// Names in `dir` that this system's encoding (UTF-8) cannot hold: Qt lists
// none of them, so they are found with readdir(3) and reported.
QStringList namesQtCannotOpen(const QString &dir)
{
    QStringList out;
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return out;
    while (const dirent *e = ::readdir(d)) {
        const QByteArray raw(e->d_name);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            out << QDir(dir).filePath(QFile::decodeName(raw));
    }
    ::closedir(d);
    return out;
}

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
    // Depth first, by hand: a link is followed only when it stays inside the
    // folder opened (a link to /etc or to another patient's folder is not),
    // each folder is read once (loops), and a name this system cannot open
    // (not UTF-8) is reported, never dropped.
    void addFolder(const QString &folder)
    {
        const QString root = QFileInfo(folder).canonicalFilePath();
        QStringList files, pending{folder};
        QSet<QString> seenDirs{root};
        while (!pending.isEmpty() && !m_job.isCancelled()) {
            const QString dir = pending.takeLast();
            for (const QString &name : namesQtCannotOpen(dir))
                m_result.skipped.push_back(
                    {name, QStringLiteral("its name is not valid UTF-8 and cannot be opened: rename it"), true});
            const QFileInfoList entries =
                QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            for (const QFileInfo &fi : entries) {
                const QString path = fi.filePath(), target = fi.canonicalFilePath();
                if (fi.isSymLink() && target.isEmpty()) {
                    m_result.skipped.push_back({path, QStringLiteral("a link to nothing"), false});
                } else if (fi.isSymLink() && !inside(root, target)) {
                    m_result.skipped.push_back(
                        {path, QStringLiteral("a link out of the opened folder: not followed"), false});
                } else if (fi.isDir()) {
                    if (!seenDirs.contains(target)) { // a loop otherwise
                        seenDirs.insert(target);
                        pending << path;
                    }
                } else if (fi.isFile()) {
                    files << path;
                }
            }
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
        for (const QString &e : *entries) {
            const InputItem item{path, e};
            if (climbs(e))
                m_result.skipped.push_back(
                    {item.displayPath(),
                     QStringLiteral("unsafe name in the archive (absolute, or climbing out with ..): not read"), true});
            else
                m_result.items.push_back(item);
        }
    }

    void addDicomDir(const QString &path)
    {
        // An unreadable DICOMDIR is still an item: opening it says why.
        const DicomDirReferences refs = dicomDirReferences(path).valueOr({});
        for (const QString &m : refs.missing)
            m_result.skipped.push_back({m, QStringLiteral("referenced by a DICOMDIR but missing"), true});
        for (const QString &o : refs.outside)
            m_result.skipped.push_back(
                {o, QStringLiteral("referenced by a DICOMDIR but outside the DICOMDIR's folder: not read"), true});
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
    const QString root = QFileInfo(base).canonicalFilePath();
    DicomDirReferences out;
    for (const QStringList &components : refs) {
        const QString named = QDir(base).filePath(components.join(QLatin1Char('/')));
        if (std::any_of(components.begin(), components.end(),
                        [](const QString &c) { return climbs(c) || c.contains(QLatin1Char('/')); })) {
            out.outside << named;
            continue;
        }
        const QString resolved = resolveCaseInsensitive(base, components);
        if (resolved.isEmpty())
            out.missing << named;
        else if (!inside(root, QFileInfo(resolved).canonicalFilePath()))
            out.outside << named; // through a link
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
