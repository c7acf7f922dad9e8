#pragma once

#include "engine/net/PacsClient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace veil {

class JobController;

// "Add Studies from PACS": a node, query keys, Search (C-FIND as a job),
// the studies found, and Retrieve for the selected ones. The retrieval
// itself is the main window's job (progress and cancel in the status bar).
class PacsDialog : public QDialog
{
    Q_OBJECT
public:
    PacsDialog(JobController *jobs, const QString &defaultFolder, QWidget *parent = nullptr);

    // For tests and the main window.
    QLineEdit *nodeEdit() const { return m_node; }
    QPushButton *searchButton() const { return m_search; }
    QPushButton *retrieveButton() const { return m_retrieve; }
    QTableWidget *results() const { return m_results; }
    QLineEdit *folderEdit() const { return m_folder; }

signals:
    // The studies to retrieve into `folder` (one subfolder each) and add.
    void retrieveRequested(const veil::PacsNode &node, const QStringList &studyUids, const QString &folder);

private:
    void connectControls(QPushButton *choose);
    bool readNode(PacsNode *node);
    void search();
    void echoNode();
    void showMatches(const Result<QList<StudyMatch>> &matches);

    JobController *m_jobs;
    QLineEdit *m_node, *m_patientId, *m_patientName, *m_date, *m_accession, *m_modality, *m_folder;
    QPushButton *m_test, *m_search, *m_retrieve;
    QTableWidget *m_results;
    QLabel *m_status;
};

} // namespace veil
