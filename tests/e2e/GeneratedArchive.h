#pragma once

// A generated archive for cluster tests and benches: `studies` studies of 3
// patients, `perStudy` 128x128 CT-like images each, in folders by patient
// and study (veil-cli make-demo adds ultrasound with burned-in text, CT and SR).

#include "HostileFiles.h"

namespace veil::test {

inline bool writeGeneratedArchive(const QString &dir, int studies, int perStudy)
{
    for (int s = 0; s < studies; ++s)
        for (int n = 0; n < perStudy; ++n) {
            hostile::Image i;
            i.patientName = QByteArray("CLUSTER^PATIENT") + QByteArray::number(s % 3);
            i.patientId = QByteArray("CLUSTER-") + QByteArray::number(s % 3);
            i.studyUid = QByteArray("1.2.826.0.1.3680043.10.1079.9.") + QByteArray::number(s + 1);
            i.rows = i.columns = 128;
            i.pixels = QByteArray(128 * 128, char(10 + s % 200));
            if (!hostile::write(QStringLiteral("%1/p%2/s%3/IM%4.dcm").arg(dir).arg(s % 3).arg(s).arg(n),
                                hostile::image(i)))
                return false;
        }
    return true;
}

} // namespace veil::test
