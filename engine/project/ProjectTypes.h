#pragma once

#include "engine/core/Result.h"
#include "engine/deid/IdentityValues.h"
#include "engine/dicom/DicomTypes.h"
#include "engine/pixel/PhiMatcher.h"

#include <QDateTime>
#include <QList>
#include <QRect>
#include <QString>

namespace veil {

enum class ReviewStatus { Unreviewed = 0, AutoCleaned = 1, Flagged = 2, Approved = 3, Rejected = 4 };

QString statusName(ReviewStatus status); // "unreviewed", "auto-cleaned", ...
bool statusFromName(const QString &name, ReviewStatus *status);

// What a browser shows of an instance (decrypted; names and descriptions can identify).
struct InstanceLabels
{
    QString patientName, patientSex, studyDate, studyDescription, seriesDescription;
    QString transferSyntax, photometric, manufacturer, model;
    int seriesNumber = 0, instanceNumber = 0;
    double frameTimeMs = 0;
};

struct ProjectInstance
{
    qint64 id = 0;
    InputItem source; // the read-only original (decrypted)
    InstanceLabels labels;
    QString contentHash; // SHA-256 of the original's bytes, hex
    qint64 size = 0;
    QString modality, sopClassUid;
    int frames = 0, rows = 0, columns = 0;
    QString pseudoPatientId, pseudoStudyUid, pseudoSeriesUid, pseudoSopUid;
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString statusBy;
    QDateTime statusAt;
    QString comment; // decrypted
    bool autoDone = false;
    bool optedOut = false;
    QDateTime addedAt;
};

// An automatic finding: one box of burned-in text with its provenance.
struct ProjectFinding
{
    qint64 id = 0;
    qint64 instanceId = 0;
    int frame = -1; // -1: every frame
    QRect box;
    QString text; // decrypted OCR text
    float confidence = 0;
    TextClass cls = TextClass::Unknown;
    QString why, detector;           // for people
    TextRule rule = TextRule::Other; // for the code
};

// A rectangle that will be burned into the exported pixels.
struct ProjectMask
{
    enum class Origin { Automatic, Manual, Template };
    qint64 id = 0;
    qint64 instanceId = 0;
    qint64 findingId = 0; // the finding it came from (automatic masks)
    int frame = -1;       // -1: every frame
    QRect box;
    Origin origin = Origin::Manual;
    bool enabled = true; // false: the reviewer kept what is under it
    QString author;
    QDateTime changedAt;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user, action, object, details;
    QString origin; // the shard project a merged row came from (its project ID); empty: this project
};

// What Project::merge did, per shard and in all.
struct MergeReport
{
    int added = 0;       // instances new to the target
    int unchanged = 0;   // already there with the same decisions (or merged before)
    int conflicts = 0;   // there with other decisions: flagged for review, both audited
    int optOuts = 0;     // opt-outs new to the target
    int auditRows = 0;   // audit rows carried over
    int exportsLeft = 0; // export records of the shards (not merged: they name no output here)
};

// The data-sharing checklist asked before every export.
struct SharingChecklist
{
    bool lowRiskEvenCombined = false; // re-identification risk low even combined with other data
    bool accessControlled = false;    // access controlled by a licence or agreement
    bool noIncentive = false;         // no incentive to re-identify
    bool healthcarePurpose = false;
    bool societalBenefit = false;
};

struct ExportRecord
{
    qint64 id = 0;
    QDateTime at;
    QString user, recipient, purpose, agreement;
    SharingChecklist checklist;
    QString target; // decrypted
    QString overrideReason;
    QDateTime decisionsAt; // the review decisions it worked from (its snapshot)
    struct Item
    {
        qint64 instanceId = 0;
        QString output; // path inside the package (pseudonyms only)
        QString sha256;
    };
    QList<Item> items;
};

struct ExportRefusal
{
    qint64 instanceId = 0;
    QString reason;
};

struct ExportGate
{
    QList<qint64> allowed;
    QList<ExportRefusal> refused;
};

struct AddReport
{
    QList<qint64> added;
    int alreadyPresent = 0;
    QList<SkippedInput> failed;  // unreadable or missing DICOM inputs, with the reason
    QList<SkippedInput> skipped; // files that are not DICOM (README, .DS_Store, JPEG): not a failure
    bool cancelled = false;
    int otherShards = 0; // inputs left to the other shards of a sharded add
};

// An input read and hashed, ready to be added (Project::prepare).
struct PreparedInstance
{
    InputItem item;
    // Whether it can be added; the code is NotDicom for inputs that are
    // skipped rather than failed (README, .DS_Store, JPEG).
    Status status;
    QString hash;
    qint64 size = 0;
    InstanceInfo info;
    IdentityValues identity;
};

struct OriginalCheck
{
    QList<qint64> missing, changed;
};

// One Study Instance UID under more than one patient: a data-quality
// problem to settle before a share (the browser groups by patient first).
struct StudyConflict
{
    QString pseudoStudyUid;
    QStringList patients; // pseudonyms
    QList<qint64> instances;
};
QList<StudyConflict> studyConflicts(const QList<ProjectInstance> &instances);
QString conflictText(const StudyConflict &conflict);

} // namespace veil

namespace veil {

// What is burned into frame `frame`: every enabled mask on that frame,
// less the OCR boxes a reviewer kept (a disabled mask of a finding) where
// an enabled mask of a larger finding holds them whole — keeping a word
// inside a masked line shows that word and nothing else of the line.
// Masks drawn by hand and device templates are never carved. The one
// definition the export-ready preview and the export both use.
QList<QRect> burnedRects(const QList<ProjectMask> &masks, int frame);

} // namespace veil
