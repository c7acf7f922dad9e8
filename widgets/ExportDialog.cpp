#include "widgets/ExportDialog.h"

#include "widgets/UiLanguage.h"

#include "engine/export/ExportTarget.h"
#include "engine/net/PacsNode.h"
#include "widgets/models/EngineText.h"
#include "widgets/models/ReviewSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace veil {

ExportDialog::ExportDialog(ReviewSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Export share package"));
    auto *layout = new QVBoxLayout(this);
    auto *gate = new QGroupBox(tr("What goes out"), this);
    auto *gateLayout = new QVBoxLayout(gate);
    m_gateSummary = new QLabel(gate);
    m_gateSummary->setWordWrap(true);
    m_refused = new QListWidget(gate);
    m_refused->setMaximumHeight(110);
    m_allowUnreviewed = new QCheckBox(tr("Also export auto-cleaned images nobody reviewed (audited), because:"), gate);
    m_reason = new QLineEdit(gate);
    m_reason->setPlaceholderText(tr("the reason, required for this override"));
    m_reason->setEnabled(false);
    gateLayout->addWidget(m_gateSummary);
    gateLayout->addWidget(m_refused);
    gateLayout->addWidget(m_allowUnreviewed);
    gateLayout->addWidget(m_reason);
    layout->addWidget(gate);

    auto *risk = new QGroupBox(tr("Re-identification risk (k-anonymity)"), this);
    auto *riskLayout = new QVBoxLayout(risk);
    m_risk = new QLabel(tr("Estimating…"), risk);
    m_risk->setWordWrap(true);
    m_risk->setTextFormat(Qt::RichText);
    riskLayout->addWidget(m_risk);
    layout->addWidget(risk);

    auto *record = new QGroupBox(tr("Export record"), this);
    auto *form = new QFormLayout(record);
    m_recipient = new QLineEdit(record);
    m_purpose = new QLineEdit(record);
    m_agreement = new QLineEdit(record);
    m_licence = new QComboBox(record);
    m_licence->addItem(tr("Data use agreement (DATA_USE_AGREEMENT.txt)"), QStringLiteral("dua"));
    m_licence->addItem(tr("CC BY 4.0 (LICENSE.txt)"), QStringLiteral("cc-by-4.0"));
    m_licence->addItem(tr("CC BY-NC 4.0 (LICENSE.txt)"), QStringLiteral("cc-by-nc-4.0"));
    m_licence->addItem(tr("None"), QStringLiteral("none"));
    form->addRow(tr("Recipient"), m_recipient);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Agreement reference"), m_agreement);
    form->addRow(tr("Licence"), m_licence);
    m_reportLanguage = new QComboBox(record);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguage"));
    for (const UiLanguage &l : uiLanguages())
        m_reportLanguage->addItem(l.name, l.code);
    m_reportLanguage->setCurrentIndex(std::max(0, m_reportLanguage->findData(effectiveUiLanguage())));
    m_reportLanguage->setToolTip(tr("REPORT.html, REPORT.pdf and the agreement or licence text"));
    form->addRow(tr("Report language"), m_reportLanguage);
    for (const QString &q :
         {tr("Re-identification risk is low, even combined with other data"),
          tr("Access is controlled by a licence or agreement"), tr("There is no incentive to re-identify"),
          tr("The purpose is healthcare"), tr("The share has a societal benefit")}) {
        m_checklist << new QCheckBox(q, record);
        form->addRow(QString(), m_checklist.last());
    }
    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(record);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("a new folder, or a new .zip file"));
    auto *browse = new QPushButton(tr("Choose…"), record);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    form->addRow(tr("Export to"), targetRow);
    m_targetError = new QLabel(record);
    m_targetError->setObjectName(QStringLiteral("targetError"));
    m_targetError->setWordWrap(true);
    m_targetError->setStyleSheet(QStringLiteral("QLabel { color: #d03030; }"));
    m_targetError->hide();
    form->addRow(QString(), m_targetError);
    m_dicomDir = new QCheckBox(tr("Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)"), record);
    form->addRow(QString(), m_dicomDir);
    m_sendTo = new QLineEdit(record);
    m_sendTo->setObjectName(QStringLiteral("sendTo"));
    m_sendTo->setPlaceholderText(tr("optional: dicom://AE_TITLE@host:port"));
    m_sendTo->setToolTip(tr("The checked DICOM files also go to this PACS (C-STORE) before the package is moved "
                            "into place; the package records what left."));
    form->addRow(tr("Also send to PACS"), m_sendTo);
    layout->addWidget(record);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Back to Review"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseTarget);
    connect(m_allowUnreviewed, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        refreshGate();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ExportDialog::refreshGate);
    connect(m_target, &QLineEdit::textChanged, this, &ExportDialog::updateButton);
    connect(session, &ReviewSession::riskReady, this, &ExportDialog::showRisk);
    refreshGate();
    resize(640, 760);
}

void ExportDialog::refreshGate()
{
    const ExportGate gate = m_session->previewGate(m_allowUnreviewed->isChecked(), m_reason->text());
    m_allowed = int(gate.allowed.size());
    m_gateSummary->setText(tr("<b>%1</b> image(s) will be exported; <b>%2</b> are held back:")
                               .arg(gate.allowed.size())
                               .arg(gate.refused.size()));
    QMap<QString, int> reasons;
    for (const ExportRefusal &r : gate.refused)
        ++reasons[r.reason];
    m_refused->clear();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        m_refused->addItem(tr("%1 × %2").arg(it.value()).arg(gateReasonText(it.key())));
    m_risk->setText(tr("Estimating…"));
    m_session->previewRisk(gate.allowed);
    updateButton();
}

void ExportDialog::showRisk(const RiskFigures &r)
{
    QString text =
        tr("%1 patient record(s) over %2; smallest k = <b>%3</b>.")
            .arg(r.records)
            .arg(r.quasiIdentifiers.isEmpty() ? tr("no quasi-identifier") : quasiIdentifierList(r.quasiIdentifiers))
            .arg(r.smallestK);
    if (!r.atRisk.isEmpty()) {
        QStringList names;
        for (const auto &rec : r.atRisk.mid(0, 6))
            names << QStringLiteral("%1 (k=%2)").arg(rec.pseudonym).arg(rec.k);
        text += tr("<br>Below k = 5: %1%2")
                    .arg(names.join(QStringLiteral(", ")),
                         r.atRisk.size() > 6 ? tr(" and %1 more").arg(r.atRisk.size() - 6) : QString());
        for (const RiskFigures::Advice &a : r.advice)
            text += QStringLiteral("<br>") + riskAdviceText(a).toHtmlEscaped();
    }
    m_risk->setText(text);
}

void ExportDialog::chooseTarget()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), QString(), tr("Zip file (*.zip);;Folder (any name)"));
    if (!path.isEmpty())
        m_target->setText(path);
}

void ExportDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QString error;
        const QString target = m_target->text().trimmed();
        if (const Status free = ExportTarget::forPath(target)->check(0); !free)
            error = free.message();
        else if (!m_sendTo->text().trimmed().isEmpty())
            if (const Result<PacsNode> node = parsePacsUrl(m_sendTo->text().trimmed()); !node)
                error = tr("PACS address: %1").arg(node.message());
        m_targetError->setText(error);
        m_targetError->setVisible(!error.isEmpty());
        if (!error.isEmpty()) {
            m_target->setFocus();
            return; // stays open, with everything typed
        }
    }
    QDialog::done(result);
}

QString ExportDialog::reportLanguage() const
{
    return m_reportLanguage->currentData().toString();
}

void ExportDialog::setReportLanguage(const QString &code)
{
    if (const int i = m_reportLanguage->findData(code); i >= 0)
        m_reportLanguage->setCurrentIndex(i);
}

QString ExportDialog::targetError() const
{
    return m_targetError->isHidden() ? QString() : m_targetError->text();
}

void ExportDialog::setRequest(const ExportRequest &r)
{
    m_target->setText(r.target);
    m_allowUnreviewed->setChecked(r.allowUnreviewed);
    m_reason->setText(r.overrideReason);
    m_recipient->setText(r.recipient);
    m_purpose->setText(r.purpose);
    m_agreement->setText(r.agreement);
    m_licence->setCurrentIndex(std::max(0, m_licence->findData(r.licence)));
    m_dicomDir->setChecked(r.dicomDir);
    m_sendTo->setText(r.sendTo);
    const bool answers[] = {r.checklist.lowRiskEvenCombined, r.checklist.accessControlled, r.checklist.noIncentive,
                            r.checklist.healthcarePurpose, r.checklist.societalBenefit};
    for (int i = 0; i < m_checklist.size(); ++i)
        m_checklist[i]->setChecked(answers[i]);
}

void ExportDialog::updateButton()
{
    m_export->setEnabled(m_allowed > 0 && !m_target->text().trimmed().isEmpty() &&
                         (!m_allowUnreviewed->isChecked() || !m_reason->text().trimmed().isEmpty()));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.target = m_target->text().trimmed();
    r.allowUnreviewed = m_allowUnreviewed->isChecked();
    r.overrideReason = m_reason->text().trimmed();
    r.recipient = m_recipient->text().trimmed();
    r.purpose = m_purpose->text().trimmed();
    r.agreement = m_agreement->text().trimmed();
    r.licence = m_licence->currentData().toString();
    r.dicomDir = m_dicomDir->isChecked();
    r.sendTo = m_sendTo->text().trimmed();
    r.checklist = {m_checklist[0]->isChecked(), m_checklist[1]->isChecked(), m_checklist[2]->isChecked(),
                   m_checklist[3]->isChecked(), m_checklist[4]->isChecked()};
    return r;
}

} // namespace veil
