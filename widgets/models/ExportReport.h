#pragma once

#include "engine/export/ShareExport.h"

namespace veil {

// REPORT.html and REPORT.pdf of a share package: what was done, by whom,
// for whom, with before/after thumbnails of every masked image (the
// "before" with its masks filled in, so the report shows no text) and the
// re-identification risk figures. Needs a QGuiApplication (fonts).
Status writeExportReport(const ExportSummary &summary, const QString &folder);
QString exportReportHtml(const ExportSummary &summary, bool dataUris);

} // namespace veil
