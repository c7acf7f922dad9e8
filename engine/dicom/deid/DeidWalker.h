#pragma once

// Internal to engine/dicom: the recursive walk over a DCMTK data set that
// applies the de-identification actions.

#include "engine/deid/Pseudonyms.h"
#include "engine/deid/StandardProfile.h"
#include "engine/deid/TextCleaner.h"
#include "engine/dicom/DicomCharset.h"
#include "engine/dicom/deid/Deidentifier.h"

class DcmElement;
class DcmItem;

namespace veil {

class DeidWalker
{
public:
    DeidWalker(const DeidSettings &settings, const QString &sopClassUid, PatientContext patient, TextCleaner cleaner,
               DicomCharset charset = {});

    void walk(DcmItem &item, const QString &path = {}, bool structuredContent = false, int depth = 0);
    QList<DeidRecordEntry> takeRecord() { return std::move(m_record); }
    bool datesShifted() const { return m_datesShifted; }

private:
    bool handlePrivate(DcmItem &item, DcmElement *e, const QString &path);
    bool handleSpecial(DcmElement *e, quint32 tag, const QString &path);
    bool applyRule(const ProfileRule &rule, DcmElement *e, const QString &path);
    // Applies the action; false when the element was removed from `item`.
    bool apply(DcmElement *e, Action action, const QString &path, const QString &reason);
    void clean(DcmElement *e, const QString &path, const QString &reason);
    void dummy(DcmElement *e);
    void replaceUids(DcmElement *e);
    void note(const QString &path, Action action, const QString &oldValue, const QString &reason);

    const DeidSettings &m_settings;
    const Pseudonyms &m_pseudo;
    QString m_sopClass;
    PatientContext m_patient;
    TextCleaner m_cleaner;
    DicomCharset m_charset;
    QList<DeidRecordEntry> m_record;
    bool m_datesShifted = false;
};

// The raw value of an element as text (multi-valued joined with '\').
QString elementText(DcmElement *e);
// A text value read in `charset` (SH, LO, ST, LT, UT, UC, PN; others as they are).
QString elementText(DcmElement *e, const DicomCharset &charset);
// The character sets `item` declares (0008,0005).
DicomCharset charsetOf(DcmItem &item);

} // namespace veil
