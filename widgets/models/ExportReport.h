#pragma once

#include "engine/export/ShareExport.h"

#include <memory>

class QTranslator;

namespace veil {

// REPORT.html and REPORT.pdf of a share package: what was done, by whom,
// for whom, with before/after thumbnails of every masked image (the
// "before" with its masks filled in, so the report shows no text) and the
// re-identification risk figures. Needs a QGuiApplication (fonts).
// In the application's language, or in `language` (see ReportLanguage.h).
Status writeExportReport(const ExportSummary &summary, const QString &folder);
QString exportReportHtml(const ExportSummary &summary, bool dataUris, const QTranslator *language = nullptr);
// The report and the agreement or licence text of `request` in `language`
// (a translator that loaded nothing: English), whatever the GUI speaks.
void useReportLanguage(ExportRequest &request, std::shared_ptr<const QTranslator> language);

} // namespace veil
