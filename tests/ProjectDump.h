#pragma once

// Everything a review and an export depend on in a project, per instance and
// in a stable order: to compare a merged project with one local run.

#include "engine/project/Project.h"

#include <QStringList>

#include <algorithm>

namespace veil::test {

inline QStringList projectDump(const Project &p)
{
    QStringList out;
    for (const ProjectInstance &i : p.instances()) {
        QStringList lines{QStringList{i.contentHash, i.pseudoPatientId, i.pseudoStudyUid, i.pseudoSeriesUid,
                                      i.pseudoSopUid, i.modality, statusName(i.status), i.comment,
                                      QString::number(i.optedOut), i.source.filePath}
                              .join(QLatin1Char('|'))};
        QStringList parts;
        for (const ProjectFinding &f : p.findings(i.id))
            parts << QStringLiteral("F %1 %2,%3,%4,%5 %6 %7 %8 %9")
                         .arg(f.frame)
                         .arg(f.box.x())
                         .arg(f.box.y())
                         .arg(f.box.width())
                         .arg(f.box.height())
                         .arg(int(f.cls))
                         .arg(int(f.rule))
                         .arg(f.text, f.why);
        for (const ProjectMask &m : p.masks(i.id))
            parts << QStringLiteral("M %1 %2,%3,%4,%5 %6 %7")
                         .arg(m.frame)
                         .arg(m.box.x())
                         .arg(m.box.y())
                         .arg(m.box.width())
                         .arg(m.box.height())
                         .arg(int(m.origin))
                         .arg(m.enabled);
        std::sort(parts.begin(), parts.end());
        out << (lines + parts).join(QLatin1Char('\n'));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace veil::test
