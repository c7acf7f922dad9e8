#include "engine/deid/SafePrivate.h"

namespace veil {
namespace {

struct SafeEntry
{
    const char *creator;
    quint16 group;
    quint8 element;
    const char *meaning;
};

// A deliberately short list: diffusion and table parameters that research
// pipelines need. Extend only with entries checked against Table E.3.10-1.
const SafeEntry kSafe[] = {
    {"GEMS_ACQU_01", 0x0019, 0x23, "Table Speed"},
    {"GEMS_ACQU_01", 0x0019, 0x24, "Mid Scan Time"},
    {"GEMS_ACQU_01", 0x0019, 0x27, "Rotation Speed"},
    {"GEMS_PARM_01", 0x0043, 0x39, "Slop_int_6... Slop_int_9 (b-value)"},
    {"SIEMENS MR HEADER", 0x0019, 0x0C, "B_value"},
    {"SIEMENS MR HEADER", 0x0019, 0x0D, "DiffusionDirectionality"},
    {"SIEMENS MR HEADER", 0x0019, 0x0E, "DiffusionGradientDirection"},
    {"SIEMENS MR HEADER", 0x0019, 0x27, "B_matrix"},
    {"Philips Imaging DD 001", 0x2001, 0x03, "Diffusion B-Factor"},
    {"Philips Imaging DD 001", 0x2001, 0x04, "Diffusion Direction"},
};

} // namespace

bool isSafePrivate(const QString &creator, quint16 group, quint8 elementLow)
{
    const QString c = creator.trimmed();
    for (const SafeEntry &e : kSafe)
        if (e.group == group && e.element == elementLow && c == QLatin1String(e.creator))
            return true;
    return false;
}

} // namespace veil

namespace veil {

bool isSafePrivateCreator(const QString &creator, quint16 group)
{
    const QString c = creator.trimmed();
    for (const SafeEntry &e : kSafe)
        if (e.group == group && c == QLatin1String(e.creator))
            return true;
    return false;
}

} // namespace veil
