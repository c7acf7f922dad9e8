#include "engine/project/Project.h"

#include <QMap>
#include <QSet>

namespace veil {

QList<StudyConflict> studyConflicts(const QList<ProjectInstance> &instances)
{
    QMap<QString, StudyConflict> byStudy;
    for (const ProjectInstance &i : instances) {
        StudyConflict &c = byStudy[i.pseudoStudyUid];
        c.pseudoStudyUid = i.pseudoStudyUid;
        if (!c.patients.contains(i.pseudoPatientId))
            c.patients << i.pseudoPatientId;
        c.instances << i.id;
    }
    QList<StudyConflict> out;
    for (const StudyConflict &c : byStudy)
        if (c.patients.size() > 1)
            out << c;
    return out;
}

QString conflictText(const StudyConflict &c)
{
    QStringList ids;
    for (qint64 id : c.instances)
        ids << QString::number(id);
    return QStringLiteral("study %1 is shared by %2 patients (%3): instances %4. One study should belong to one "
                          "patient; check the originals before sharing")
        .arg(c.pseudoStudyUid)
        .arg(c.patients.size())
        .arg(c.patients.join(QStringLiteral(", ")), ids.join(QStringLiteral(", ")));
}

QString Project::flagReason(const ProjectInstance &i) const
{
    if (i.status != ReviewStatus::Flagged)
        return {};
    if (!i.comment.isEmpty())
        return i.comment;
    int unknown = 0;
    for (const ProjectFinding &f : findings(i.id))
        unknown += f.cls == TextClass::Unknown ? 1 : 0;
    if (unknown > 0)
        return QStringLiteral("%1 text box(es) Veil could not class (masked; a person must look)").arg(unknown);
    return QStringLiteral("flagged by %1").arg(i.statusBy);
}

} // namespace veil
