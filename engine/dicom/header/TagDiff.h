#pragma once

#include "engine/core/Result.h"
#include "engine/dicom/deid/Deidentifier.h"

#include <QList>
#include <QString>

namespace veil {

// One attribute (or sequence item) before and after de-identification.
struct TagDiffRow
{
    QString path;  // "(0008,1140)[0].(0008,1155)"; items end in "[n]"
    int depth = 0; // nesting level (0: top level)
    QString tag;   // "(0010,0010)", or "Item n"
    QString name;  // dictionary keyword, or "private" / "unknown"
    QString vr;
    QString original;     // value as text (binary values: their size)
    QString deidentified; // the value written, if any
    enum class Change { Kept, Changed, Removed, Added } change = Change::Kept;
    QString action; // X Z D K C U, or "" when no rule touched it
    QString reason; // the table row and option, or Veil's own rule
};

// Every attribute of the original's header next to what de-identification
// makes of it, with the action and its reason. Works in memory on a copy;
// the original is not touched and nothing is written.
Result<QList<TagDiffRow>> tagDiff(const InputItem &item, const DeidSettings &settings);

} // namespace veil
