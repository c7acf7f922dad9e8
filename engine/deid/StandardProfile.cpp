#include "engine/deid/StandardProfile.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace veil {
namespace {

const ProfileRow kRows[] = {
#include "engine/deid/generated/ProfileTable.inc"
};

struct IodTypeEntry
{
    quint32 tag;
    const char *type;
};
struct IodTypes
{
    const char *sopClassUid;
    std::vector<IodTypeEntry> types;
};

const std::vector<IodTypes> &iodTable()
{
    static const std::vector<IodTypes> table{
#include "engine/deid/generated/IodTypes.inc"
    };
    return table;
}

// Option columns in the generated strings, in order.
constexpr std::array<DeidOption, 10> kColumns{
    DeidOption::RetainSafePrivate,
    DeidOption::RetainUids,
    DeidOption::RetainDeviceIdentity,
    DeidOption::RetainInstitutionIdentity,
    DeidOption::RetainPatientCharacteristics,
    DeidOption::RetainLongitudinalFullDates,
    DeidOption::RetainLongitudinalModifiedDates,
    DeidOption::CleanDescriptors,
    DeidOption::CleanStructuredContent,
    DeidOption::CleanGraphics,
};

struct OptionInfo
{
    DeidOption option;
    const char *name;
    CodedConcept code;
};
const OptionInfo kOptions[] = {
    {DeidOption::RetainSafePrivate, "retain-safe-private", {"113111", "Retain Safe Private Option"}},
    {DeidOption::RetainUids, "retain-uids", {"113110", "Retain UIDs Option"}},
    {DeidOption::RetainDeviceIdentity, "retain-device-identity", {"113109", "Retain Device Identity Option"}},
    {DeidOption::RetainInstitutionIdentity,
     "retain-institution-identity",
     {"113112", "Retain Institution Identity Option"}},
    {DeidOption::RetainPatientCharacteristics,
     "retain-patient-characteristics",
     {"113108", "Retain Patient Characteristics Option"}},
    {DeidOption::RetainLongitudinalFullDates,
     "retain-full-dates",
     {"113106", "Retain Longitudinal Temporal Information Full Dates Option"}},
    {DeidOption::RetainLongitudinalModifiedDates,
     "retain-modified-dates",
     {"113107", "Retain Longitudinal Temporal Information Modified Dates Option"}},
    {DeidOption::CleanDescriptors, "clean-descriptors", {"113105", "Clean Descriptors Option"}},
    {DeidOption::CleanStructuredContent, "clean-structured-content", {"113104", "Clean Structured Content Option"}},
    {DeidOption::CleanGraphics, "clean-graphics", {"113103", "Clean Graphics Option"}},
    {DeidOption::CleanPixelData, "clean-pixel-data", {"113101", "Clean Pixel Data Option"}},
    {DeidOption::CleanRecognizableVisualFeatures,
     "clean-visual-features",
     {"113102", "Clean Recognizable Visual Features Option"}},
};

const OptionInfo &info(DeidOption option)
{
    return *std::find_if(std::begin(kOptions), std::end(kOptions),
                         [&](const OptionInfo &i) { return i.option == option; });
}

const char *basicText(Basic b)
{
    switch (b) {
    case Basic::X:
        return "X";
    case Basic::Z:
        return "Z";
    case Basic::D:
        return "D";
    case Basic::K:
        return "K";
    case Basic::C:
        return "C";
    case Basic::U:
        return "U";
    case Basic::XZ:
        return "X/Z";
    case Basic::XD:
        return "X/D";
    case Basic::XZD:
        return "X/Z/D";
    case Basic::ZD:
        return "Z/D";
    case Basic::XZU:
        return "X/Z/U*";
    }
    return "?";
}

// Combined codes: the strictest removal the IOD allows. Type 1 needs a
// value (D, or U for sequences of references), Type 2 an element (Z), Type 3
// or absent neither (X). With the type unknown, keep the element without
// anything identifying in it: conformant either way, and leaks nothing.
ResolvedAction resolveCombined(const ProfileRow &row, const QString &type)
{
    const Basic basic = row.basic;
    const bool known = !type.isEmpty();
    const bool type1 = type.startsWith(QLatin1Char('1'));
    const bool type2 = type.startsWith(QLatin1Char('2'));
    const QString why =
        QStringLiteral("E.1-1 %1: %2, %3")
            .arg(QLatin1String(row.name), QLatin1String(basicText(basic)),
                 known ? QStringLiteral("Type %1 in IOD").arg(type) : QStringLiteral("type in IOD unknown"));
    Action a = Action::Remove;
    switch (basic) {
    case Basic::XZ:
        a = !known || type1 || type2 ? Action::Empty : Action::Remove;
        break;
    case Basic::XD:
        a = !known || type1 ? Action::Dummy : (type2 ? Action::Empty : Action::Remove);
        break;
    case Basic::XZD:
        a = !known || type1 ? Action::Dummy : (type2 ? Action::Empty : Action::Remove);
        break;
    case Basic::ZD:
        a = !known || type1 ? Action::Dummy : Action::Empty;
        break;
    case Basic::XZU:
        a = !known || type1 || type2 ? Action::ReplaceUid : Action::Remove;
        break;
    default:
        break;
    }
    return {a, why};
}

} // namespace

QString optionName(DeidOption option)
{
    return QString::fromLatin1(info(option).name);
}

std::optional<DeidOption> optionFromName(const QString &name)
{
    for (const OptionInfo &i : kOptions)
        if (name.compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0)
            return i.option;
    return std::nullopt;
}

QStringList allOptionNames()
{
    QStringList out;
    for (const OptionInfo &i : kOptions)
        out << QString::fromLatin1(i.name);
    return out;
}

CodedConcept optionCode(DeidOption option)
{
    return info(option).code;
}
CodedConcept basicProfileCode()
{
    return {"113100", "Basic Application Confidentiality Profile"};
}

QString actionCode(Action action)
{
    static const char *codes[] = {"X", "Z", "D", "K", "C", "U"};
    return QString::fromLatin1(codes[int(action)]);
}

const ProfileRow *profileRow(quint32 tag)
{
    // Exact tags first (binary search), then the few masked rows.
    const auto end = std::end(kRows);
    const auto it =
        std::lower_bound(std::begin(kRows), end, tag, [](const ProfileRow &r, quint32 t) { return r.tag < t; });
    if (it != end && it->tag == tag && it->mask == 0xFFFFFFFFu)
        return it;
    for (const ProfileRow &r : kRows)
        if (r.mask != 0xFFFFFFFFu && (tag & r.mask) == r.tag && ((tag >> 16) & 1) == 0)
            return &r;
    return nullptr;
}

int profileRowCount()
{
    return VEIL_PROFILE_TABLE_ROWS;
}
const char *profileEdition()
{
    return VEIL_PROFILE_EDITION;
}

const ProfileRow *profileRows(int *count)
{
    *count = int(std::size(kRows));
    return kRows;
}

QString iodAttributeType(const QString &sopClassUid, quint32 tag)
{
    static const QHash<QString, const IodTypes *> bySop = [] {
        QHash<QString, const IodTypes *> h;
        for (const IodTypes &t : iodTable())
            h.insert(QString::fromLatin1(t.sopClassUid), &t);
        return h;
    }();
    const IodTypes *t = bySop.value(sopClassUid);
    if (!t)
        return {};
    for (const IodTypeEntry &e : t->types)
        if (e.tag == tag)
            return QString::fromLatin1(e.type);
    return QStringLiteral("3"); // a known IOD without this attribute: it is optional at most
}

ResolvedAction resolveAction(const ProfileRow &row, const DeidOptions &options, const QString &sopClassUid)
{
    // The most permissive option that applies wins: K over C over the basic action.
    char best = '-';
    DeidOption bestOption = DeidOption::Count;
    for (size_t i = 0; i < kColumns.size(); ++i) {
        const char c = row.options[i];
        if (c == '-' || !options.test(size_t(kColumns[i])))
            continue;
        if (best == '-' || (c == 'K' && best == 'C')) {
            best = c;
            bestOption = kColumns[i];
        }
    }
    if (best != '-') {
        const QString why = QStringLiteral("E.1-1 %1: %2 (%3)")
                                .arg(QLatin1String(row.name), QString(QLatin1Char(best)),
                                     QString::fromLatin1(info(bestOption).code.meaning));
        return {best == 'K' ? Action::Keep : Action::Clean, why};
    }
    const QString why =
        QStringLiteral("E.1-1 %1: %2").arg(QLatin1String(row.name), QLatin1String(basicText(row.basic)));
    switch (row.basic) {
    case Basic::X:
        return {Action::Remove, why};
    case Basic::Z:
        return {Action::Empty, why};
    case Basic::D:
        return {Action::Dummy, why};
    case Basic::K:
        return {Action::Keep, why};
    case Basic::C:
        return {Action::Clean, why};
    case Basic::U:
        return {Action::ReplaceUid, why};
    default:
        return resolveCombined(row, iodAttributeType(sopClassUid, row.tag));
    }
}

} // namespace veil
