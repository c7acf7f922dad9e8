#pragma once

#include "engine/deid/DeidKey.h"

#include <QDate>
#include <QString>

namespace veil {

struct PseudonymSettings
{
    QString prefix = QStringLiteral("VEIL"); // patient IDs and names start with it
    int codeLength = 12;                     // base32 characters after the prefix (60 bits)
    int minShiftDays = 365;                  // dates move back by this many days at least
    int maxShiftDays = 3650;                 // ... and at most
};

// Everything derived from the key: UIDs, patient pseudonyms, date shifts.
class Pseudonyms
{
public:
    Pseudonyms(DeidKey key, PseudonymSettings settings = {});

    const DeidKey &key() const { return m_key; }
    const PseudonymSettings &settings() const { return m_settings; }

    // 2.25.<decimal of 128 keyed bits>: valid, at most 44 characters.
    QString uid(const QString &original) const;
    // PREFIX + base32 code, from the original Patient ID (and name, when
    // the ID is empty). Names become PREFIX^code so they stay a valid PN.
    QString patientId(const QString &originalId, const QString &originalName) const;
    QString patientName(const QString &originalId, const QString &originalName) const;
    // Days every date of this patient moves (negative: into the past).
    int dateShiftDays(const QString &originalId, const QString &originalName) const;

private:
    QString code(const QString &originalId, const QString &originalName) const;

    DeidKey m_key;
    PseudonymSettings m_settings;
};

// DA "YYYYMMDD" shifted by days; empty when the value is not a date.
QString shiftDate(const QString &da, int days);
// DT "YYYYMMDDHHMMSS.FFFFFF&ZZXX": the date part shifted, the rest kept.
QString shiftDateTime(const QString &dt, int days);
// AS "nnnY": ages over 89 years become "090Y".
QString capAge(const QString &as);

} // namespace veil
