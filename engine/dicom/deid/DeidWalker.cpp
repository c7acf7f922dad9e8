#include "engine/dicom/deid/DeidWalker.h"

#include "engine/deid/SafePrivate.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace veil {
namespace {

QString tagText(quint16 g, quint16 e)
{
    return QStringLiteral("(%1,%2)").arg(g, 4, 16, QLatin1Char('0')).arg(e, 4, 16, QLatin1Char('0'));
}

bool isCurveOrOverlay(quint16 group)
{
    return (group >= 0x5000 && group <= 0x501E && group % 2 == 0) ||
           (group >= 0x6000 && group <= 0x601E && group % 2 == 0);
}

bool isTextVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_LO:
    case EVR_SH:
    case EVR_ST:
    case EVR_LT:
    case EVR_UT:
    case EVR_UC:
    case EVR_PN:
    case EVR_CS:
    case EVR_AE:
        return true;
    default:
        return false;
    }
}

QByteArray latin1(const QString &s)
{
    return s.toLatin1();
}

} // namespace

// Explicit VR files sometimes store public attributes as UN. Text-like ones
// are given back their dictionary VR (their bytes are the text), so that
// names, dates and UIDs in them are de-identified like any other.
DcmElement *restoreDictionaryVr(DcmItem &item, unsigned long index, DcmElement *e)
{
    const DcmTag dict(e->getTag().getGroup(), e->getTag().getElement());
    const DcmEVR vr = dict.getEVR();
    const bool textual = isTextVr(vr) || vr == EVR_DA || vr == EVR_DT || vr == EVR_TM || vr == EVR_UI || vr == EVR_AS ||
                         vr == EVR_DS || vr == EVR_IS;
    if (e->getVR() != EVR_UN || (dict.getGroup() & 1) || dict.isUnknownVR() || !textual)
        return e;
    Uint8 *bytes = nullptr;
    OFString value;
    if (e->getLength() > 0) {
        if (e->getUint8Array(bytes).bad() || !bytes)
            return e;
        value.assign(reinterpret_cast<const char *>(bytes), e->getLength());
    }
    DcmElement *typed = nullptr;
    if (DcmItem::newDicomElement(typed, dict).bad() || !typed)
        return e;
    typed->putOFStringArray(value);
    delete item.remove(index);
    item.insert(typed, true);
    return typed;
}

QString elementText(DcmElement *e)
{
    OFString value;
    if (!e || e->getLength() == 0 || e->getOFStringArray(value).bad())
        return {};
    // Latin-1 keeps every byte as it was, whatever the character set.
    return QString::fromLatin1(value.c_str(), int(value.length()));
}

bool isCharsetVr(DcmEVR vr)
{
    return vr == EVR_SH || vr == EVR_LO || vr == EVR_ST || vr == EVR_LT || vr == EVR_UT || vr == EVR_UC || vr == EVR_PN;
}

QString elementText(DcmElement *e, const DicomCharset &charset)
{
    const QString raw = elementText(e);
    return e && isCharsetVr(e->getVR()) ? charset.decode(raw.toLatin1()) : raw;
}

DicomCharset charsetOf(DcmItem &item)
{
    OFString value;
    item.findAndGetOFStringArray(DCM_SpecificCharacterSet, value);
    return DicomCharset(QString::fromLatin1(value.c_str(), int(value.length())));
}

DeidWalker::DeidWalker(const DeidSettings &settings, const QString &sopClassUid, PatientContext patient,
                       TextCleaner cleaner, DicomCharset charset)
    : m_settings(settings), m_pseudo(*settings.pseudonyms), m_sopClass(sopClassUid), m_patient(std::move(patient)),
      m_cleaner(std::move(cleaner)), m_charset(std::move(charset))
{
}

void DeidWalker::note(const QString &path, Action action, const QString &oldValue, const QString &reason)
{
    m_record.push_back({path, actionCode(action), m_pseudo.key().fingerprint(oldValue.toLatin1()), reason});
}

void DeidWalker::walk(DcmItem &item, const QString &path, bool structuredContent, int depth)
{
    for (unsigned long i = 0; i < item.card();) {
        DcmElement *e = restoreDictionaryVr(item, i, item.getElement(i));
        const quint16 g = e->getTag().getGroup(), el = e->getTag().getElement();
        const quint32 tag = quint32(g) << 16 | el;
        const QString p = path + tagText(g, el);
        bool kept = true;
        if (el == 0x0000) {
            kept = false; // group lengths: recomputed (or dropped) when written
        } else if (const auto rule = m_settings.rules.constFind(tag); rule != m_settings.rules.constEnd()) {
            kept = applyRule(*rule, e, p);
        } else if (g & 1) {
            kept = handlePrivate(item, e, p);
        } else if (isCurveOrOverlay(g)) {
            note(p, Action::Remove, elementText(e),
                 m_settings.options.test(size_t(DeidOption::CleanGraphics))
                     ? QStringLiteral("curves and overlays removed (Clean Graphics cannot clean bitmaps yet)")
                     : QStringLiteral("curves and overlays removed (E.1-1 X)"));
            kept = false;
        } else if (!handleSpecial(e, tag, p)) {
            if (const ProfileRow *row = profileRow(tag)) {
                const ResolvedAction r = resolveAction(*row, m_settings.options, m_sopClass);
                kept = apply(e, r.action, p, r.reason);
            } else if (structuredContent && tag == 0x0040A160) { // Text Value in cleaned content
                clean(e, p, QStringLiteral("Text Value (Clean Structured Content)"));
            }
        }
        if (!kept) {
            delete item.remove(i);
            continue;
        }
        if (e->ident() == EVR_SQ && depth < 64) {
            auto *sq = static_cast<DcmSequenceOfItems *>(e);
            const bool cleanedContent =
                structuredContent || ((tag == 0x0040A730 || tag == 0x00400555 || tag == 0x00400610) &&
                                      m_settings.options.test(size_t(DeidOption::CleanStructuredContent)));
            for (unsigned long k = 0; k < sq->card(); ++k)
                walk(*sq->getItem(k), p + QStringLiteral("[%1].").arg(k), cleanedContent, depth + 1);
        }
        ++i;
    }
}

bool DeidWalker::handlePrivate(DcmItem &item, DcmElement *e, const QString &path)
{
    const quint16 g = e->getTag().getGroup(), el = e->getTag().getElement();
    if (m_settings.options.test(size_t(DeidOption::RetainSafePrivate))) {
        const quint16 block = el >> 8;
        OFString creator;
        if (el >= 0x0010 && el <= 0x00FF) {
            item.findAndGetOFString(DcmTagKey(g, el), creator);
            if (isSafePrivateCreator(QString::fromLatin1(creator.c_str()), g))
                return true;
        } else if (block >= 0x10 && item.findAndGetOFString(DcmTagKey(g, block), creator).good() &&
                   isSafePrivate(QString::fromLatin1(creator.c_str()), g, quint8(el & 0xFF))) {
            note(path, Action::Keep, elementText(e), QStringLiteral("E.1-1 C (Retain Safe Private Option): safe list"));
            return true;
        }
    }
    note(path, Action::Remove, elementText(e), QStringLiteral("E.1-1 X (private attribute)"));
    return false;
}

bool DeidWalker::applyRule(const ProfileRule &rule, DcmElement *e, const QString &path)
{
    const QString old = elementText(e);
    const QString why = QStringLiteral("project profile: %1").arg(ruleKindName(rule.kind));
    const DcmEVR vr = e->getVR();
    switch (rule.kind) {
    case ProfileRule::Kind::Keep:
        note(path, Action::Keep, old, why);
        return true;
    case ProfileRule::Kind::Remove:
        note(path, Action::Remove, old, why);
        return false;
    case ProfileRule::Kind::Replace:
        if (e->putString(latin1(rule.value).constData()).bad()) {
            note(path, Action::Remove, old, why + QStringLiteral(" (value not valid for the VR: removed)"));
            return false;
        }
        note(path, Action::Dummy, old, why);
        return true;
    case ProfileRule::Kind::ShiftDate: {
        const QString shifted = vr == EVR_DA   ? shiftDate(old, m_patient.shiftDays)
                                : vr == EVR_DT ? shiftDateTime(old, m_patient.shiftDays)
                                               : QString();
        if (shifted.isEmpty()) {
            note(path, Action::Remove, old, why + QStringLiteral(" (not a date: removed)"));
            return false;
        }
        e->putString(latin1(shifted).constData());
        m_datesShifted = true;
        note(path, Action::Clean, old, why);
        return true;
    }
    case ProfileRule::Kind::Hash:
        if (vr == EVR_UI)
            replaceUids(e);
        else if (isTextVr(vr) && vr != EVR_PN)
            e->putString(m_pseudo.key().hash("rule", old.toLatin1(), 8).toHex().toUpper().constData());
        else {
            note(path, Action::Remove, old, why + QStringLiteral(" (cannot hash this VR: removed)"));
            return false;
        }
        note(path, Action::Dummy, old, why);
        return true;
    }
    return true;
}

bool DeidWalker::handleSpecial(DcmElement *e, quint32 tag, const QString &path)
{
    if (tag == 0x00100010 || tag == 0x00100020) { // Patient's Name, Patient ID: pseudonyms
        const QString old = elementText(e);
        if (e->getVR() == EVR_UN)
            e->setVR(tag == 0x00100010 ? EVR_PN : EVR_LO);
        const QString value = tag == 0x00100010 ? m_pseudo.patientName(m_patient.originalId, m_patient.originalName)
                                                : m_pseudo.patientId(m_patient.originalId, m_patient.originalName);
        e->putString(latin1(value).constData());
        note(path, Action::Dummy, old,
             QStringLiteral("E.1-1 %1, replaced by the keyed pseudonym")
                 .arg(tag == 0x00100010 ? QStringLiteral("Z") : QStringLiteral("Z/D")));
        return true;
    }
    return false;
}

bool DeidWalker::apply(DcmElement *e, Action action, const QString &path, const QString &reason)
{
    const QString old = elementText(e);
    if (e->getVR() == EVR_UN && action != Action::Remove && action != Action::Empty) {
        // A value whose VR is unknown cannot be cleaned, mapped or checked.
        note(path, Action::Remove, old, reason + QStringLiteral("; value of unknown VR (UN): removed"));
        return false;
    }
    switch (action) {
    case Action::Remove:
        note(path, action, old, reason);
        return false;
    case Action::Empty:
        if (e->ident() == EVR_SQ)
            static_cast<DcmSequenceOfItems *>(e)->clear();
        else
            e->clear();
        note(path, action, old, reason);
        return true;
    case Action::Dummy:
        dummy(e);
        note(path, action, old, reason);
        return true;
    case Action::Keep:
        if (e->getVR() == EVR_AS) // ages over 89 are identifying however they are kept
            e->putString(latin1(capAge(old)).constData());
        note(path, action, old, reason);
        return true;
    case Action::Clean:
        if (e->ident() != EVR_SQ)
            clean(e, path, reason);
        else
            note(path, action, old, reason); // its items are walked with the cleaning rules
        return true;
    case Action::ReplaceUid:
        if (e->getVR() == EVR_UI)
            replaceUids(e);
        note(path, action, old, reason); // sequences: the UIDs inside have their own rows
        return true;
    }
    return true;
}

void DeidWalker::dummy(DcmElement *e)
{
    const char *value = "REMOVED";
    switch (e->getVR()) {
    case EVR_SQ: {
        auto *sq = static_cast<DcmSequenceOfItems *>(e);
        sq->clear();
        sq->append(new DcmItem); // one empty item: present, holding nothing
        return;
    }
    case EVR_UI:
        replaceUids(e);
        return;
    case EVR_DA:
        value = "19000101";
        break;
    case EVR_DT:
        value = "19000101000000";
        break;
    case EVR_TM:
        value = "000000";
        break;
    case EVR_PN:
        value = "ANONYMOUS";
        break;
    case EVR_AS:
        value = "000Y";
        break;
    case EVR_DS:
    case EVR_IS:
    case EVR_US:
    case EVR_SS:
    case EVR_UL:
    case EVR_SL:
    case EVR_FL:
    case EVR_FD:
        value = "0";
        break;
    case EVR_OB:
    case EVR_OW:
    case EVR_OF:
    case EVR_OD:
    case EVR_OL:
    case EVR_UN:
        e->clear();
        return;
    default:
        break;
    }
    e->putString(value);
}

void DeidWalker::clean(DcmElement *e, const QString &path, const QString &reason)
{
    const QString raw = elementText(e); // as stored, for the record's fingerprint
    const QString old = isCharsetVr(e->getVR()) ? m_charset.decode(raw.toLatin1()) : raw;
    const bool shiftDates = m_settings.options.test(size_t(DeidOption::RetainLongitudinalModifiedDates));
    switch (e->getVR()) {
    case EVR_DA:
    case EVR_DT: {
        QStringList values = old.split(QLatin1Char('\\'));
        bool ok = shiftDates;
        for (QString &v : values) {
            v = e->getVR() == EVR_DA ? shiftDate(v, m_patient.shiftDays) : shiftDateTime(v, m_patient.shiftDays);
            ok = ok && !v.isEmpty();
        }
        if (ok) {
            e->putString(latin1(values.join(QLatin1Char('\\'))).constData());
            m_datesShifted = true;
        } else {
            dummy(e);
        }
        break;
    }
    case EVR_TM:
        break; // times of day are kept by the modified-dates option
    case EVR_AS:
        e->putString(latin1(capAge(old)).constData());
        break;
    case EVR_UI:
        replaceUids(e);
        break;
    default:
        if (isTextVr(e->getVR())) {
            // Cleaned as text, written back in the object's own character set.
            QString words; // which words stayed and why, how many went by which rule
            const QByteArray bytes = m_charset.encode(m_cleaner.clean(old, &words));
            e->putOFStringArray(OFString(bytes.constData(), size_t(bytes.size())));
            note(path, Action::Clean, raw, QStringLiteral("%1; %2").arg(reason, words));
            return;
        }
        break;
    }
    note(path, Action::Clean, old, reason);
}

void DeidWalker::replaceUids(DcmElement *e)
{
    QStringList values = elementText(e).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (QString &v : values)
        v = m_pseudo.uid(v);
    e->putString(latin1(values.join(QLatin1Char('\\'))).constData());
}

} // namespace veil
