#include "widgets/models/ExportReport.h"

#include "widgets/models/EngineText.h"
#include "widgets/models/FrameImage.h"
#include "widgets/models/ReportLanguage.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace veil {
namespace {

// The report's words, in the language of the scope (see ReportLanguage.h).
QString rt(const char *source)
{
    return reportText("ExportReport", source);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray png(const DisplayFrame &f)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toQImage(f).save(&buffer, "PNG");
    return bytes;
}

QString imageSrc(const DisplayFrame &f, const QString &name, bool dataUris)
{
    return dataUris ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png(f).toBase64()) : name;
}

// An unticked item was not confirmed, which is not the same as "no".
QString confirmed(bool b)
{
    return b ? rt(QT_TRANSLATE_NOOP("ExportReport", "confirmed"))
             : rt(QT_TRANSLATE_NOOP("ExportReport", "<b>not confirmed</b>"));
}

// "Series 3 — AXIAL T2 (MR)": what a person calls a series, never its UID.
QString seriesHeading(const ExportedItem &i)
{
    const QString number = i.seriesLabel.number > 0 ? QString::number(i.seriesLabel.number)
                                                    : rt(QT_TRANSLATE_NOOP("ExportReport", "without number"));
    return i.seriesLabel.description.isEmpty()
               ? rt(QT_TRANSLATE_NOOP("ExportReport", "<h3>Series %1 (%2)</h3>")).arg(number, esc(i.modality))
               : rt(QT_TRANSLATE_NOOP("ExportReport", "<h3>Series %1 — %2 (%3)</h3>"))
                     .arg(number, esc(i.seriesLabel.description), esc(i.modality));
}

QString recordSection(const ExportSummary &s)
{
    const SharingChecklist &c = s.record.checklist;
    QString h =
        rt(QT_TRANSLATE_NOOP("ExportReport",
                             "<h2>Export record</h2><table>"
                             "<tr><td>Recipient</td><td>%1</td></tr><tr><td>Purpose</td><td>%2</td></tr>"
                             "<tr><td>Agreement reference</td><td>%3</td></tr><tr><td>Licence</td><td>%4</td></tr>"))
            .arg(esc(s.record.recipient), esc(s.record.purpose), esc(s.record.agreement), esc(s.licence));
    if (!s.record.overrideReason.isEmpty())
        h += rt(QT_TRANSLATE_NOOP("ExportReport",
                                  "<tr><td>Override</td><td>unreviewed auto-cleaned images included: %1</td></tr>"))
                 .arg(esc(s.record.overrideReason));
    h += rt(QT_TRANSLATE_NOOP("ExportReport",
                              "</table><h3>Data-sharing checklist</h3><table>"
                              "<tr><td>Re-identification risk low, even combined with other data</td><td>%1</td></tr>"
                              "<tr><td>Access controlled by a licence or agreement</td><td>%2</td></tr>"
                              "<tr><td>No incentive to re-identify</td><td>%3</td></tr>"
                              "<tr><td>Healthcare purpose</td><td>%4</td></tr>"
                              "<tr><td>Societal benefit</td><td>%5</td></tr></table>"))
             .arg(confirmed(c.lowRiskEvenCombined), confirmed(c.accessControlled), confirmed(c.noIncentive),
                  confirmed(c.healthcarePurpose), confirmed(c.societalBenefit));
    return h;
}

QString deidSection(const ExportSummary &s)
{
    const QMap<QString, QString> names{
        {QStringLiteral("X"), rt(QT_TRANSLATE_NOOP("ExportReport", "removed"))},
        {QStringLiteral("Z"), rt(QT_TRANSLATE_NOOP("ExportReport", "emptied"))},
        {QStringLiteral("D"), rt(QT_TRANSLATE_NOOP("ExportReport", "replaced by a dummy or pseudonym"))},
        {QStringLiteral("U"), rt(QT_TRANSLATE_NOOP("ExportReport", "UIDs replaced"))},
        {QStringLiteral("C"), rt(QT_TRANSLATE_NOOP("ExportReport", "cleaned (text or pixels)"))},
        {QStringLiteral("K"), rt(QT_TRANSLATE_NOOP("ExportReport", "kept on purpose"))}};
    QString h = rt(QT_TRANSLATE_NOOP("ExportReport", "<h2>De-identification</h2><p>Profile: %1. Options: %2.</p><table>"
                                                     "<tr><th>Action</th><th>Attributes (all files)</th></tr>"))
                    .arg(esc(s.profileName), s.options.isEmpty() ? rt(QT_TRANSLATE_NOOP("ExportReport", "none"))
                                                                 : esc(s.options.join(QStringLiteral(", "))));
    for (auto it = s.tagActions.cbegin(); it != s.tagActions.cend(); ++it)
        h += QStringLiteral("<tr><td>%1 — %2</td><td align=right>%3</td></tr>")
                 .arg(it.key(), names.value(it.key()))
                 .arg(it.value());
    return h + QStringLiteral("</table>");
}

QString reviewSection(const ExportSummary &s)
{
    QMap<QString, int> reviewers;
    QDateTime first, last;
    for (const ExportedItem &i : s.items) {
        ++reviewers[i.reviewer.isEmpty() ? rt(QT_TRANSLATE_NOOP("ExportReport", "(automatic)")) : i.reviewer];
        if (i.reviewedAt.isValid() && (!first.isValid() || i.reviewedAt < first))
            first = i.reviewedAt;
        if (i.reviewedAt.isValid() && (!last.isValid() || i.reviewedAt > last))
            last = i.reviewedAt;
    }
    QString h =
        rt(QT_TRANSLATE_NOOP("ExportReport",
                             "<h2>Review</h2><p>%1 images exported, reviewed between %2 and %3 by:</p><ul>"))
            .arg(s.items.size())
            .arg(first.toString(QStringLiteral("yyyy-MM-dd HH:mm")), last.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (auto it = reviewers.cbegin(); it != reviewers.cend(); ++it)
        h += rt(QT_TRANSLATE_NOOP("ExportReport", "<li>%1: %2 image(s)</li>")).arg(esc(it.key())).arg(it.value());
    h += QStringLiteral("</ul>");
    if (!s.refused.isEmpty() || !s.failedChecks.isEmpty()) {
        h += rt(QT_TRANSLATE_NOOP("ExportReport", "<p>Not in this package:</p><ul>"));
        for (const ExportRefusal &r : s.refused)
            h += rt(QT_TRANSLATE_NOOP("ExportReport", "<li>instance %1: %2</li>"))
                     .arg(r.instanceId)
                     .arg(esc(gateReasonText(r.reason)));
        for (const ExportRefusal &r : s.failedChecks)
            h += rt(QT_TRANSLATE_NOOP("ExportReport",
                                      "<li>instance %1: failed the last check (%2); sent back to review</li>"))
                     .arg(r.instanceId)
                     .arg(esc(r.reason));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString masksSection(const ExportSummary &s, bool dataUris)
{
    QString h = rt(QT_TRANSLATE_NOOP("ExportReport",
                                     "<h2>Pixel masks</h2><p>Every image with masks, before (masks filled in, outlined "
                                     "red: the report shows no text) and after (as exported).</p>"));
    QString series;
    int n = 0;
    for (const ExportedItem &i : s.items) {
        if (i.masks == 0)
            continue;
        if (i.series != series) {
            series = i.series;
            h += seriesHeading(i);
        }
        h += QStringLiteral("<table><tr><td><img src=\"%1\"></td><td><img src=\"%2\"></td>"
                            "<td>%3<br>%4</td></tr></table>")
                 .arg(imageSrc(i.before, QStringLiteral("before-%1").arg(n), dataUris),
                      imageSrc(i.after, QStringLiteral("after-%1").arg(n), dataUris), esc(i.path),
                      rt(QT_TRANSLATE_NOOP("ExportReport", "instance %1 · %2 mask(s)")).arg(i.instanceId).arg(i.masks));
        ++n;
    }
    return n ? h : h + rt(QT_TRANSLATE_NOOP("ExportReport", "<p>No image needed a mask.</p>"));
}

QString riskSection(const ExportSummary &s)
{
    const RiskFigures &r = s.risk;
    QString h =
        rt(QT_TRANSLATE_NOOP("ExportReport",
                             "<h2>Re-identification risk</h2><p>k says how many patients in this package share the "
                             "same details that could point to someone (such as age, sex, year and device): each "
                             "patient looks like at least k of them, so the larger k, the harder it is to tell "
                             "anyone apart.</p><p>k-anonymity over the quasi-identifiers left in the "
                             "package (%1), one record per patient: %2 record(s), smallest k = <b>%3</b>.</p>"))
            .arg(esc(quasiIdentifierList(r.quasiIdentifiers)))
            .arg(r.records)
            .arg(r.smallestK);
    if (!r.atRisk.isEmpty()) {
        h += rt(QT_TRANSLATE_NOOP("ExportReport", "<p>Records with k &lt; 5:</p><ul>"));
        for (const auto &rec : r.atRisk)
            h += rt(QT_TRANSLATE_NOOP("ExportReport", "<li>%1: k = %2</li>")).arg(esc(rec.pseudonym)).arg(rec.k);
        h += rt(QT_TRANSLATE_NOOP("ExportReport", "</ul><p>To raise k:</p><ul>"));
        for (const RiskFigures::Advice &a : r.advice)
            h += QStringLiteral("<li>%1</li>").arg(esc(riskAdviceText(a)));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace

QString exportReportHtml(const ExportSummary &s, bool dataUris, const QTranslator *language)
{
    const ReportLanguageScope scope(language);
    return rt(QT_TRANSLATE_NOOP("ExportReport",
                                "<html><head><meta charset=\"utf-8\"><title>%1 — QA report</title><style>"
                                "body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} "
                                "h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}</style></head><body>"
                                "<h1>De-identification QA report</h1><p>Package <b>%1</b>, created %2 with Veil.</p>"))
               .arg(esc(s.packageName), s.at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))) +
           recordSection(s) + deidSection(s) + reviewSection(s) + masksSection(s, dataUris) + riskSection(s) +
           QStringLiteral("</body></html>");
}

Status writeExportReport(const ExportSummary &s, const QString &folder)
{
    QSaveFile html(folder + QStringLiteral("/REPORT.html"));
    if (!html.open(QIODevice::WriteOnly) || html.write(exportReportHtml(s, true).toUtf8()) < 0 || !html.commit())
        return failure(QStringLiteral("cannot write REPORT.html"), ErrorCode::Io);
    QTextDocument doc;
    int n = 0;
    for (const ExportedItem &i : s.items)
        if (i.masks > 0) {
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("before-%1").arg(n)), toQImage(i.before));
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("after-%1").arg(n)), toQImage(i.after));
            ++n;
        }
    doc.setHtml(exportReportHtml(s, false));
    QPdfWriter pdf(folder + QStringLiteral("/REPORT.pdf"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(rt(QT_TRANSLATE_NOOP("ExportReport", "%1 — QA report")).arg(s.packageName));
    pdf.setCreator(QStringLiteral("Veil"));
    doc.print(&pdf);
    if (!QFile::exists(folder + QStringLiteral("/REPORT.pdf")))
        return failure(QStringLiteral("cannot write REPORT.pdf"), ErrorCode::Io);
    return {};
}

void useReportLanguage(ExportRequest &request, std::shared_ptr<const QTranslator> language)
{
    request.writeReport = [language](const ExportSummary &s, const QString &folder) {
        const ReportLanguageScope scope(language.get());
        return writeExportReport(s, folder);
    };
    request.translate = [language](const char *source) {
        const ReportLanguageScope scope(language.get());
        return reportText("ExportReport", source);
    };
}

} // namespace veil
