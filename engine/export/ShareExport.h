#pragma once

#include "engine/deid/IdentityValues.h"
#include "engine/dicom/DicomTypes.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/dicom/header/QuasiIdentifiers.h"
#include "engine/export/RiskAnalysis.h"
#include "engine/project/ProjectTypes.h"

#include <QDateTime>
#include <QMap>

#include <functional>
#include <memory>

namespace veil {

class JobContext;
class Project;

struct ExportedItem
{
    qint64 instanceId = 0;
    QString path; // inside the package, from pseudonyms and new UIDs only
    QString sha256;
    QString patient, study, series, sop, modality, sopClass;
    int masks = 0;
    DisplayFrame before, after; // thumbnails of masked images; "before" has its masks filled in
    QString reviewer;
    QDateTime reviewedAt;
    SeriesLabel seriesLabel; // number and description, as exported
};

struct ExportSummary
{
    QString packageName;
    QDateTime at;
    QDateTime decisionsAt; // the review decisions the export worked from were those of this moment
    QString profileName;
    QStringList options;
    QMap<QString, int> tagActions; // action code -> attributes
    QList<ExportedItem> items;
    QList<ExportRefusal> refused;      // the gate's
    QList<ExportRefusal> failedChecks; // the last check's: sent back to review as flagged
    RiskFigures risk;
    ExportRecord record; // recipient, purpose, agreement, checklist
    QString licence;     // "dua", "cc-by-4.0", "cc-by-nc-4.0" or "none"
};

class ExportTarget;

struct ExportRequest
{
    QString target;                   // a new folder, or a new *.zip file
    std::shared_ptr<ExportTarget> to; // or any other target (see ExportTarget); wins over `target`
    bool allowUnreviewed = false;
    QString overrideReason;
    QString recipient, purpose, agreement;
    SharingChecklist checklist;
    QString licence = QStringLiteral("dua");
    bool dicomDir = false; // files named as DICOM file IDs (DICOM/P.../I...) with a DICOMDIR
    // Also C-STORE the package's DICOM files to this node (dicom://AE@host:port),
    // after every check and before the package is published; the local
    // package is the record of what left. Checked with a C-ECHO first.
    QString sendTo;
    // Writes REPORT.html and REPORT.pdf into the staging folder (the engine
    // has no QtGui; the CLI and GUI pass models' writer). May be empty.
    std::function<Status(const ExportSummary &, const QString &folder)> writeReport;
    // The agreement or licence text's words in the language chosen for the
    // report: given an English source marked QT_TRANSLATE_NOOP("ExportReport",
    // ...), its translation. Empty: English.
    std::function<QString(const char *source)> translate;
};

struct ExportResult
{
    Status status; // the package was written and recorded, or why not
    ExportSummary summary;
    qint64 recordId = 0;
    int sent = 0;      // instances the node took (sendTo)
    QString sendError; // why not all of them (the package is still written and recorded)
};

// What an export works from, read from the project at its start (under its
// lock, in one go): who passed the gate, each one's masks and identity, the
// settings. The package is then written from this alone, so review can go on
// meanwhile, in this process and others; later decisions are not in it.
struct ExportSnapshot
{
    QDateTime takenAt;
    ExportGate gate;
    DeidSettings settings;
    QString profileName;
    struct Item
    {
        ProjectInstance instance;
        QList<ProjectMask> masks;
        bool hadFindings = false;
        IdentityValues identity;
    };
    QList<Item> items; // the gate's allowed, in its order
    qint64 bytes = 0;  // of their originals
};

// The request checked (target, override reason, PACS answers), the gate
// applied (and audited), the decisions read.
Result<ExportSnapshot> snapshotForExport(Project &project, const ExportRequest &request);

// The package written into a hidden staging folder beside the target from a
// snapshot, checked, with its manifest, licence and report, and sent to the
// PACS if asked; nothing is published and the project is not touched.
struct ExportRun
{
    ExportResult result;
    std::shared_ptr<ExportTarget> target;
    QString sentTo; // for the record
};
ExportRun stageExport(const ExportSnapshot &snapshot, const ExportRequest &request, JobContext &job);

// Images that failed the last check go back to review (flagged); then the
// package is published under its name and recorded, or discarded.
ExportResult finishExport(Project &project, ExportRun run);

// The whole export: the gate (approved only; an override needs a reason;
// opted-out never), every output re-checked (no original identifier in any
// tag; OCR finds no header value in masked frames — a hit sends the image
// back to review, flagged), manifest.csv/json, the licence or data-use
// agreement, the report; written into a hidden staging folder beside the
// target and renamed into place at the end. Existing targets are never
// overwritten; a failed, cancelled or killed export leaves nothing that
// looks complete. The export is recorded in the project. Snapshot, stage and
// finish in one go.
ExportResult exportShare(Project &project, const ExportRequest &request, JobContext &job);

QString licenceText(const ExportSummary &summary, const std::function<QString(const char *source)> &translate = {});

// The risk figures an export of `ids` would have, before anything is
// written (headers de-identified in memory).
RiskFigures previewRisk(Project &project, const QList<qint64> &ids, JobContext &job);

} // namespace veil
