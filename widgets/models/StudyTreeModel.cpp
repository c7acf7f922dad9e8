#include "models/StudyTreeModel.h"

namespace veil {
namespace {

QString dicomDate(const QString &da)
{
    return da.size() == 8 ? da.left(4) + '-' + da.mid(4, 2) + '-' + da.mid(6, 2) : da;
}

QString personName(const QString &pn)
{
    QString name = pn.section(QLatin1Char('='), 0, 0); // alphabetic group
    name.replace(QLatin1Char('^'), QLatin1Char(' '));
    return name.simplified();
}

QStandardItem *makeItem(const QString &text, StudyTreeModel::Level level, int instance = -1)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(level, StudyTreeModel::LevelRole);
    item->setData(instance, StudyTreeModel::InstanceRole);
    return item;
}

QString instanceText(const InstanceInfo &i)
{
    QString text = QObject::tr("#%1").arg(i.instanceNumber);
    if (i.hasPixelData) {
        text += QStringLiteral("  %1×%2").arg(i.columns).arg(i.rows);
        if (i.frames > 1)
            text += QObject::tr(", %n frame(s)", nullptr, i.frames);
    } else {
        text += QStringLiteral("  ") + (i.sopClassName.isEmpty() ? QObject::tr("no image") : i.sopClassName);
    }
    return text;
}

} // namespace

StudyTreeModel::StudyTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Study browser")});
}

void StudyTreeModel::rebuild(const StudyIndex &index)
{
    removeRows(0, rowCount());
    for (const PatientNode &p : index.patients()) {
        const QString name = personName(p.name);
        auto *patient = makeItem(QStringLiteral("%1 (%2)").arg(name.isEmpty() ? tr("(no name)") : name,
                                                               p.patientId.isEmpty() ? tr("no ID") : p.patientId),
                                 PatientLevel);
        for (const StudyNode &s : p.studies) {
            auto *study =
                makeItem(QStringLiteral("%1  %2").arg(dicomDate(s.date), s.description).trimmed(), StudyLevel);
            for (const SeriesNode &se : s.series) {
                auto *series = makeItem(tr("%1 #%2 %3 (%n instance(s))", nullptr, int(se.instances.size()))
                                            .arg(se.modality)
                                            .arg(se.number)
                                            .arg(se.description),
                                        SeriesLevel, se.instances.isEmpty() ? -1 : se.instances.first());
                for (int i : se.instances)
                    series->appendRow(makeItem(instanceText(index.instance(i)), InstanceLevel, i));
                study->appendRow(series);
            }
            patient->appendRow(study);
        }
        appendRow(patient);
    }
}

QModelIndex StudyTreeModel::indexOfInstance(int instance) const
{
    // Series rows carry their first instance too: pick the instance row.
    const QModelIndexList hits = match(index(0, 0), InstanceRole, instance, -1, Qt::MatchRecursive | Qt::MatchExactly);
    for (const QModelIndex &hit : hits)
        if (hit.data(LevelRole).toInt() == InstanceLevel)
            return hit;
    return {};
}

} // namespace veil
