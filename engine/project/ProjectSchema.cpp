#include "engine/project/ProjectSchema.h"

#include "engine/project/SqliteDb.h"

namespace veil {
namespace {

// Version 1. Columns named *_sealed hold XChaCha20-Poly1305 ciphertext
// (ProjectCrypto); *_key columns keyed hashes; everything else is plain and
// free of identifiers (geometry, statuses, hashes, pseudonyms, audit).
const char *const kVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value);
CREATE TABLE instances(
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  source_sealed BLOB NOT NULL,
  identity_sealed BLOB,
  patient_key BLOB NOT NULL,
  pseudo_patient TEXT, pseudo_study TEXT, pseudo_series TEXT, pseudo_sop TEXT,
  modality TEXT, sop_class TEXT, frames INTEGER, rows INTEGER, columns INTEGER,
  status INTEGER NOT NULL DEFAULT 0, status_by TEXT, status_at TEXT, comment_sealed BLOB,
  auto_at TEXT,
  added_at TEXT NOT NULL);
CREATE INDEX instances_patient ON instances(patient_key);
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instances(id),
  frame INTEGER NOT NULL, x INTEGER, y INTEGER, w INTEGER, h INTEGER,
  class INTEGER NOT NULL, confidence REAL, why TEXT, detector TEXT, text_sealed BLOB);
CREATE INDEX findings_instance ON findings(instance_id);
CREATE TABLE masks(
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instances(id),
  finding_id INTEGER REFERENCES findings(id) ON DELETE SET NULL,
  frame INTEGER NOT NULL, x INTEGER, y INTEGER, w INTEGER, h INTEGER,
  origin INTEGER NOT NULL, enabled INTEGER NOT NULL, author TEXT, changed_at TEXT);
CREATE INDEX masks_instance ON masks(instance_id);
CREATE TABLE reid(kind TEXT NOT NULL, pseudonym TEXT NOT NULL, original_sealed BLOB NOT NULL,
  PRIMARY KEY(kind, pseudonym));
CREATE TABLE optouts(patient_key BLOB PRIMARY KEY, added_at TEXT, added_by TEXT);
CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT, action TEXT NOT NULL,
  object TEXT, details TEXT);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE exports(id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, recipient TEXT, purpose TEXT,
  agreement TEXT, checklist TEXT, target_sealed BLOB, override_sealed BLOB);
CREATE TABLE export_items(export_id INTEGER NOT NULL REFERENCES exports(id),
  instance_id INTEGER NOT NULL REFERENCES instances(id), output TEXT, sha256 TEXT,
  PRIMARY KEY(export_id, instance_id));
CREATE TABLE settings(key TEXT PRIMARY KEY, json TEXT NOT NULL);
)sql";

// Version 2: what the study browser shows (names, dates, descriptions, numbers), sealed.
const char *const kVersion2 = "ALTER TABLE instances ADD COLUMN labels_sealed BLOB;";

// Version 3: the rule that decided each finding, as data (TextRule); the two
// rules the code asks about are recovered from the text of older findings.
const char *const kVersion3 = R"sql(
ALTER TABLE findings ADD COLUMN rule INTEGER NOT NULL DEFAULT 0;
UPDATE findings SET rule = 12 WHERE why = 'not on the safe list';
UPDATE findings SET rule = 9 WHERE why = 'label announcing an identifier (what follows it is masked)';
)sql";

// Version 4: the moment of the review decisions an export worked from (its snapshot).
const char *const kVersion4 = "ALTER TABLE exports ADD COLUMN decisions_at TEXT;";

// Version 5: what a merge of shard projects needs (Project::merge). Opt-outs
// keep the patient ID sealed, so another project can key it under its own
// data key; audit rows say which shard project they came from (its
// project_id and row id, so a second merge adds nothing); `merged` holds, per
// shard and instance, a keyed digest of the decisions merged.
const char *const kVersion5 = R"sql(
ALTER TABLE optouts ADD COLUMN patient_sealed BLOB;
ALTER TABLE audit ADD COLUMN origin TEXT;
ALTER TABLE audit ADD COLUMN origin_id INTEGER;
CREATE UNIQUE INDEX audit_origin ON audit(origin, origin_id) WHERE origin IS NOT NULL;
CREATE TABLE merged(origin TEXT NOT NULL, content_hash TEXT NOT NULL, decisions BLOB NOT NULL,
  PRIMARY KEY(origin, content_hash));
INSERT OR IGNORE INTO meta(key, value) VALUES('project_id', lower(hex(randomblob(16))));
)sql";

const char *const kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};

} // namespace

Status migrateProject(SqliteDb &db, int currentVersion)
{
    const int appId = db.scalar("PRAGMA application_id", {}, 0).toInt();
    int version = db.scalar("PRAGMA user_version", {}, 0).toInt();
    const bool empty = db.scalar("SELECT count(*) FROM sqlite_master", {}, 0).toInt() == 0;
    if (!empty && appId != kProjectApplicationId)
        return failure(QStringLiteral("not a Veil project file"), ErrorCode::Invalid);
    if (version < 0 || (!empty && version == 0)) // found by fuzz_project: a damaged header
        return failure(QStringLiteral("the project file is damaged (format %1)").arg(version), ErrorCode::Damaged);
    if (version > currentVersion)
        return failure(QStringLiteral("this project was written by a newer version of Veil (project format %1; this "
                                      "Veil reads up to format %2). Open it with a newer Veil.")
                           .arg(version)
                           .arg(currentVersion),
                       ErrorCode::Unsupported);
    for (; version < currentVersion; ++version) {
        SqlTransaction tx(db);
        const QByteArray bump = QByteArray("PRAGMA user_version = ") + QByteArray::number(version + 1);
        const QByteArray app = QByteArray("PRAGMA application_id = ") + QByteArray::number(kProjectApplicationId);
        if (!tx.isActive() || !db.exec(kMigrations[version]) || !db.exec(bump.constData()) ||
            !db.exec(app.constData()) || !tx.commit())
            return failure(
                QStringLiteral("cannot update the project to format %1: %2").arg(version + 1).arg(db.lastError()),
                ErrorCode::Io);
    }
    return {};
}

} // namespace veil
