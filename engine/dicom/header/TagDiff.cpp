#include "engine/dicom/header/TagDiff.h"

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/deid/DeidWalker.h"

#include <QHash>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace veil {
namespace {

struct Entry
{
    QString vr, value, name;
    int depth = 0;
};

QString tagText(const DcmTagKey &t)
{
    return QStringLiteral("(%1,%2)")
        .arg(t.getGroup(), 4, 16, QLatin1Char('0'))
        .arg(t.getElement(), 4, 16, QLatin1Char('0'));
}

QString valueText(DcmElement *e, const DicomCharset &charset)
{
    const DcmEVR vr = e->ident();
    if (vr == EVR_OB || vr == EVR_OW || vr == EVR_OF || vr == EVR_OD || vr == EVR_OL || vr == EVR_OV || vr == EVR_UN ||
        vr == EVR_pixelSQ || vr == EVR_ox || vr == EVR_px)
        return QStringLiteral("<%1 bytes>").arg(e->getLengthField() == DCM_UndefinedLength ? 0 : e->getLengthField());
    QString v = elementText(e, charset);
    if (v.size() > 256)
        v = v.left(256) + QStringLiteral("…");
    return v;
}

// path -> entry, in walk order (keys listed in `order`).
void collect(DcmItem &item, const QString &prefix, int depth, QHash<QString, Entry> &out, QStringList &order,
             const DicomCharset &charset)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement *e = item.getElement(i);
        DcmTag tag = e->getTag();
        if (tag.getElement() == 0x0000)
            continue; // group lengths
        const QString path = prefix + tagText(tag);
        const QString name = tag.isPrivate() ? QStringLiteral("private") : QString::fromLatin1(tag.getTagName());
        const bool sequence = e->ident() == EVR_SQ;
        out.insert(path, {QString::fromLatin1(DcmVR(e->ident()).getVRName()),
                          sequence ? QString() : valueText(e, charset), name, depth});
        order << path;
        if (sequence && depth < 64) {
            auto *sq = static_cast<DcmSequenceOfItems *>(e);
            for (unsigned long k = 0; k < sq->card(); ++k) {
                const QString itemPath = path + QStringLiteral("[%1]").arg(k);
                out.insert(itemPath, {QString(), QString(), QStringLiteral("Item %1").arg(k + 1), depth + 1});
                order << itemPath;
                collect(*sq->getItem(k), itemPath + QLatin1Char('.'), depth + 2, out, order, charset);
            }
        }
    }
}

TagDiffRow rowOf(const QString &path, const Entry &e)
{
    TagDiffRow r;
    r.path = path;
    r.depth = e.depth;
    r.tag = path.endsWith(QLatin1Char(']')) ? e.name : path.section(QLatin1Char('.'), -1);
    r.name = path.endsWith(QLatin1Char(']')) ? QString() : e.name;
    r.vr = e.vr;
    return r;
}

} // namespace

Result<QList<TagDiffRow>> tagDiff(const InputItem &item, const DeidSettings &settings)
{
    Result<std::unique_ptr<DicomFile>> opened = DicomFile::open(item), second = DicomFile::open(item);
    if (!opened)
        return opened.error();
    if (!second)
        return second.error();
    const std::unique_ptr<DicomFile> original = std::move(opened).value(), copy = std::move(second).value();
    QHash<QString, DeidRecordEntry> actions;
    for (const DeidRecordEntry &r : deidentifyHeader(*copy, settings, settings.cleanPixels))
        actions.insert(r.path, r);
    QHash<QString, Entry> before, after;
    QStringList order, afterOrder;
    collect(*original->dcmtk().getDataset(), {}, 0, before, order, charsetOf(*original->dcmtk().getDataset()));
    collect(*copy->dcmtk().getDataset(), {}, 0, after, afterOrder, charsetOf(*copy->dcmtk().getDataset()));
    QList<TagDiffRow> rows;
    for (const QString &path : order) {
        const Entry &b = before[path];
        TagDiffRow r = rowOf(path, b);
        r.original = b.value;
        if (const auto a = after.constFind(path); a != after.constEnd()) {
            r.deidentified = a->value;
            r.change = a->value == b.value ? TagDiffRow::Change::Kept : TagDiffRow::Change::Changed;
        } else {
            r.change = TagDiffRow::Change::Removed;
        }
        if (const auto act = actions.constFind(path); act != actions.constEnd()) {
            r.action = act->action;
            r.reason = act->reason;
        }
        rows << r;
    }
    for (const QString &path : afterOrder)
        if (!before.contains(path)) {
            TagDiffRow r = rowOf(path, after[path]);
            r.deidentified = after[path].value;
            r.change = TagDiffRow::Change::Added;
            r.reason = QStringLiteral("added by de-identification (markers, method codes)");
            rows << r;
        }
    return rows;
}

} // namespace veil
