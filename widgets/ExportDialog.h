#pragma once

#include "engine/export/ShareExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace veil {

class ReviewSession;

// Before anything is written: what the gate lets through and what it
// refuses (with reasons), the re-identification risk of the package, the
// export record (recipient, purpose, agreement, checklist, licence) and the
// target. "Export" writes the approved part; "Back to review" closes.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ReviewSession *session, QWidget *parent = nullptr);
    ExportRequest request() const;
    // What was typed last time (the target too, when that export failed).
    void setRequest(const ExportRequest &request);
    QString targetError() const;
    QString reportLanguage() const; // a code of uiLanguages(); the GUI's by default
    void setReportLanguage(const QString &code);

protected:
    // "Export" closes the dialog only when the target can take a package
    // (free or an empty folder, its folder there and writable) and the PACS
    // address reads; otherwise it says why and keeps everything typed.
    void done(int result) override;

private:
    void refreshGate();
    void showRisk(const RiskFigures &risk);
    void chooseTarget();
    void updateButton();

    ReviewSession *m_session;
    QLabel *m_gateSummary, *m_risk, *m_targetError;
    QListWidget *m_refused;
    QCheckBox *m_allowUnreviewed, *m_dicomDir;
    QLineEdit *m_reason, *m_target, *m_recipient, *m_purpose, *m_agreement, *m_sendTo;
    QComboBox *m_licence, *m_reportLanguage;
    QList<QCheckBox *> m_checklist;
    QPushButton *m_export;
    int m_allowed = 0;
};

} // namespace veil
