#pragma once

#include "engine/deid/DeidKey.h"
#include "engine/deid/IdentityValues.h"
#include "engine/deid/ProjectProfile.h"
#include "engine/deid/Pseudonyms.h"
#include "engine/deid/Shard.h"
#include "engine/dicom/deid/Deidentifier.h"
#include "engine/pixel/DeviceTemplates.h"
#include "engine/project/ProjectTypes.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace veil {

class JobContext;
struct ProjectPrivate;
struct TextScan;

// One review project: a single SQLite file (*.veil) holding the instances
// added (paths to the read-only originals and their content hashes), the
// automatic findings, masks, review decisions, the re-identification key,
// opt-outs, export records and an append-only audit log. Every call that
// changes something commits before it returns, with its audit row in the
// same transaction. Fields that can carry an identifier are encrypted with
// the passphrase-protected data key (see ProjectCrypto). One writer at a
// time: a second open of the same file fails with a clear message.
// Not thread-safe: one thread uses a Project at a time.
class Project
{
public:
    static constexpr int kSchemaVersion = 5;

    // A new project. `deidKey` (optional) imports an existing pseudonymisation
    // secret so pseudonyms match earlier runs; otherwise a new one is made.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &passphrase,
                                                   const DeidKey &deidKey = {});
    // ReadWrite fails when the project cannot be written (the file, its
    // folder, its -wal/-shm); ReadOnlyIfNeeded then opens it read-only for
    // browsing, status and audit (writes fail with a clear message). Error
    // codes: Locked (open in another process), BadPassphrase, NotFound.
    // ReadOnly: read only, whether or not it could be written (still
    // waiting for, and then holding, the one-writer lock: a merge reads a
    // shard nobody is writing).
    enum class OpenMode { ReadWrite, ReadOnlyIfNeeded, ReadOnly };
    // `waitSeconds`: how long to wait for another process to close it.
    static Result<std::unique_ptr<Project>> open(const QString &path, const QString &passphrase,
                                                 OpenMode mode = OpenMode::ReadWrite, int waitSeconds = 0);
    // Lets other processes open the project while this one works from what
    // it read before (an export's snapshot): the lock is released and the
    // file closed; resume() takes both back, waiting for another holder.
    void suspend();
    Status resume(int waitSeconds);
    ~Project();

    QString path() const;
    std::shared_ptr<const Pseudonyms> pseudonyms() const;
    QString lastError() const;
    // Why the project is open read-only; empty when it can be written.
    QString readOnlyReason() const;
    static constexpr int kMinPassphrase = 8; // characters
    Status checkIntegrity() const;           // SQLite's integrity check; its report as the message

    // Settings in force (deid options, project rules, OCR languages...): JSON text, audited.
    bool setSetting(const QString &key, const QString &json);
    QString setting(const QString &key) const;

    // The de-identification profile in force (setting "profile", the JSON of
    // ProjectProfile): options, rules, pseudonym prefix. Validated; the
    // prefix is fixed once instances are added. Audited.
    ProjectProfile profile() const;
    bool setProfile(const QByteArray &json, QStringList *errors);
    DeidSettings deidSettings() const; // profile + the project's pseudonyms and safe list, pixels cleaned

    // What may stay in the pixels: the built-in safe list, the profile's
    // "safeWords" and the words reviewers kept (stored sealed; each change
    // audited by count). The next automatic run uses it.
    std::shared_ptr<const SafeList> safeList() const;
    // The same, with the safe words of the device templates this instance's device matches.
    std::shared_ptr<const SafeList> safeListFor(const ProjectInstance &instance) const;
    QStringList safeWords() const; // the reviewers' words

    // Languages of burned-in text OCR reads besides English (setting
    // "ocrLanguages"; Tesseract codes). Opening the project sets them for
    // the process (TextReader::setLanguages); a code not installed here is
    // left out. Audited.
    QStringList ocrLanguages() const;
    bool setOcrLanguages(const QStringList &codes);
    bool addSafeWord(const QString &word);
    bool removeSafeWord(const QString &word);

    // Device templates (CTP-style signature masks), kept in the project.
    // Automatic runs add a Template mask for every template that matches.
    DeviceTemplates templates() const;
    bool addTemplate(const DeviceTemplate &t);

    // Instances
    // `added` (optional) hears of each instance once it is committed.
    // With a shard, only the instances of its studies (see Shard; the
    // others are counted in AddReport::otherShards).
    AddReport addInputs(const QStringList &paths, JobContext &job, const std::function<void(qint64)> &added = {},
                        const Shard &shard = {});
    // The slow part of adding one input (hash, header), with no project
    // access: any thread. Then addPrepared writes it (quick).
    static PreparedInstance prepare(const InputItem &item);
    bool addPrepared(const PreparedInstance &prepared, qint64 *id, AddReport &report);
    // Adds already-scanned inputs (scanInputs); one transaction per instance.
    AddReport addItems(const QList<InputItem> &items, JobContext &job, const std::function<void(qint64)> &added = {},
                       const Shard &shard = {});
    QList<ProjectInstance> instances() const;
    bool instance(qint64 id, ProjectInstance *out) const;
    IdentityValues identity(qint64 id) const; // the original's identifying values (decrypted)
    // Why a flagged instance is flagged (the comment, or the automatic
    // finding); empty when it is not flagged.
    QString flagReason(const ProjectInstance &instance) const;
    OriginalCheck checkOriginals(JobContext &job) const;

    // Automatic tag and pixel findings; masks for PHI and unknown text.
    Status runAutomatic(qint64 id, JobContext &job);
    // The same in two steps, so the slow scan (scanOriginal, below) can run
    // off the thread that owns the project: store what a scan found.
    Status storeAutomatic(qint64 id, const TextScan &scan);
    QList<ProjectFinding> findings(qint64 instanceId) const;

    // Masks and review decisions
    qint64 addMask(const ProjectMask &mask); // 0 on failure
    bool updateMask(const ProjectMask &mask);
    bool removeMask(qint64 maskId);
    QList<ProjectMask> masks(qint64 instanceId) const;
    bool mask(qint64 maskId, ProjectMask *out) const;
    bool setStatus(qint64 id, ReviewStatus status, const QString &comment = {});

    // The re-identification key (each call audited)
    struct Original
    {
        QString kind; // "patient", "study", "series", "instance"
        QString pseudonym;
        QStringList values; // e.g. Patient ID and name; the original UID
    };
    QList<Original> reidentify(const QString &pseudonym);
    struct Lookup
    {
        QString pseudoPatientId;
        QList<qint64> instances;
        QList<qint64> exports; // export records that contained any of them
    };
    Lookup lookup(const QString &originalPatientId);

    // Opt-outs: patients whose data must never leave (stored as keyed hashes)
    bool addOptOut(const QString &patientId);
    bool removeOptOut(const QString &patientId);
    int optOutCount() const;

    // Exports: the gate (approved only unless overridden with a reason;
    // opted-out patients never), then the record of what went out.
    ExportGate gateExport(const QList<qint64> &ids, bool allowAutoCleaned, const QString &overrideReason);
    // The same answer, for a dialog: nothing is audited.
    ExportGate previewGate(const QList<qint64> &ids, bool allowAutoCleaned, const QString &overrideReason) const;
    qint64 recordExport(const ExportRecord &record);
    // An export that wrote nothing (every image failed the last check, or
    // the target could not be used): audited, no export record.
    bool auditExportFailure(const QString &reason);
    QList<ExportRecord> exports() const;

    QList<AuditEntry> audit() const;

    // A random ID made with the project (shards tell one another apart by it).
    QString projectId() const;
    // Brings shard projects (same pseudonymisation secret and profile, see
    // veil-cli deid --shard) into this one: instances, findings, masks,
    // decisions, comments, re-identification entries, opt-outs, the
    // reviewers' safe words and audit rows (each keeping its origin, time
    // and user). Values sealed under a shard's data key are opened and
    // sealed again under this project's. An instance already here with other
    // decisions is flagged for review, its masks the union of both, both
    // decisions audited. One transaction: all shards or nothing. Merging a
    // shard again adds nothing. Refuses shards with another secret or
    // profile, or opt-outs it cannot carry, naming the reason.
    Result<MergeReport> merge(const QList<const Project *> &shards, JobContext &job);

private:
    explicit Project(std::unique_ptr<ProjectPrivate> d);
    bool storeSafeWords(const QStringList &words, const QString &action);
    std::unique_ptr<ProjectPrivate> d;
};

} // namespace veil

namespace veil {

// The burned-in text of an original (what runAutomatic stores). Slow; needs
// no Project, so it can run on any thread.
Result<TextScan> scanOriginal(const InputItem &source, const IdentityValues &identity, JobContext &job,
                              std::shared_ptr<const SafeList> safeList = SafeList::builtIn());

PseudonymSettings pseudonymSettingsOf(const ProjectProfile &profile);
DeviceSignature signatureOf(const ProjectInstance &instance);

} // namespace veil
