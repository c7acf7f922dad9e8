#pragma once

#include "engine/export/ShareExport.h"

namespace veil {

class JobContext;

class ExportTarget;

// Thumbnails for the report (at most 192 px): the original with its masks
// filled in dark and outlined (it never shows the text), and the output.
void makeThumbnails(const InputItem &original, const QString &output, const QList<ProjectMask> &masks,
                    DisplayFrame &before, DisplayFrame &after);

// manifest.csv and manifest.json, the licence or agreement, the report into
// the staging folder; the DICOM files to the PACS when asked (`sentTo`: for
// the record). The project is not touched.
Status stagePackage(const ExportRequest &request, ExportTarget &target, ExportResult &result, JobContext &job,
                    QString *sentTo);

// The staging folder becomes the target (renamed, or zipped and renamed) and
// the export is recorded in the project.
Status publishAndRecord(Project &project, ExportTarget &target, ExportResult &result, const QString &sentTo);

} // namespace veil
