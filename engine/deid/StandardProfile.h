#pragma once

#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace veil {

// The standard's profile: PS3.15 Annex E's Basic Application Level
// Confidentiality Profile and its options, as the standard defines them
// (Table E.1-1, generated). One name per concept: this is what the standard
// says; ProjectProfile (deid/ProjectProfile.h) is what a project adds
// (options, per-tag rules, words); DeidSettings (dicom/deid/Deidentifier.h)
// is what one run needs, built from both with the key and the lists.

// PS3.15 Annex E options (Table E.1-1 columns, and the two pixel options
// that later stages carry out).
enum class DeidOption {
    RetainSafePrivate,
    RetainUids,
    RetainDeviceIdentity,
    RetainInstitutionIdentity,
    RetainPatientCharacteristics,
    RetainLongitudinalFullDates,
    RetainLongitudinalModifiedDates,
    CleanDescriptors,
    CleanStructuredContent,
    CleanGraphics,
    CleanPixelData,
    CleanRecognizableVisualFeatures,
    Count
};
using DeidOptions = std::bitset<size_t(DeidOption::Count)>;

// Command-line / JSON names ("retain-uids", ...) and the CID 7050 codes.
QString optionName(DeidOption option);
std::optional<DeidOption> optionFromName(const QString &name);
QStringList allOptionNames();
struct CodedConcept
{
    const char *value;
    const char *meaning;
};
CodedConcept optionCode(DeidOption option);
CodedConcept basicProfileCode();

// The action codes of Table E.1-1.
enum class Basic { X, Z, D, K, C, U, XZ, XD, XZD, ZD, XZU };

// What is done to one attribute.
enum class Action {
    Remove,    // X
    Empty,     // Z
    Dummy,     // D
    Keep,      // K
    Clean,     // C: keep what is not identifying (descriptors, dates shifted, ...)
    ReplaceUid // U
};
QString actionCode(Action action); // "X", "Z", ...

struct ProfileRow
{
    quint32 tag;
    quint32 mask; // 0 digits of (50xx,xxxx), (60xx,3000) ...
    const char *name;
    Basic basic;
    const char *options; // one character per option column: '-', 'K' or 'C'
};

// The row of Table E.1-1 for a public tag, or null.
const ProfileRow *profileRow(quint32 tag);
int profileRowCount();                     // rows in the standard's table (including the private row)
const char *profileEdition();              // "2024b"
const ProfileRow *profileRows(int *count); // the generated rows (no private row)

// Attribute type of a tag in the IOD of a storage SOP class ("1", "1C",
// "2", "2C", "3"), for the tags whose action depends on it; empty when
// unknown (SOP class or tag not in the generated table).
QString iodAttributeType(const QString &sopClassUid, quint32 tag);

struct ResolvedAction
{
    Action action;
    QString reason; // e.g. "E.1-1 X/Z, Type 2 in IOD" or "E.1-1 K (Retain UIDs)"
};

// The action for a row under the options, for an object of this SOP class.
ResolvedAction resolveAction(const ProfileRow &row, const DeidOptions &options, const QString &sopClassUid);

} // namespace veil
