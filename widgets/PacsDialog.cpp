#include "widgets/PacsDialog.h"

#include "widgets/models/JobController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veil {

PacsDialog::PacsDialog(JobController *jobs, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent), m_jobs(jobs)
{
    setWindowTitle(tr("Add Studies from PACS"));
    auto *form = new QFormLayout;
    m_node = new QLineEdit(QSettings().value(QStringLiteral("pacs/node")).toString(), this);
    m_node->setPlaceholderText(QStringLiteral("dicom://ORTHANC@pacs.example.org:4242"));
    m_node->setToolTip(tr("The PACS's AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. "
                          "The PACS must know Veil's AE title."));
    m_test = new QPushButton(tr("Test"), this);
    auto *nodeRow = new QHBoxLayout;
    nodeRow->addWidget(m_node, 1);
    nodeRow->addWidget(m_test);
    form->addRow(tr("PACS"), nodeRow);
    auto field = [&](const QString &label, const QString &hint) {
        auto *e = new QLineEdit(this);
        e->setPlaceholderText(hint);
        form->addRow(label, e);
        return e;
    };
    m_patientId = field(tr("Patient ID"), tr("wildcards * and ?"));
    m_patientName = field(tr("Patient name"), tr("SURNAME^GIVEN, wildcards"));
    m_date = field(tr("Study date"), tr("20240315, or a range 20240101-20241231"));
    m_accession = field(tr("Accession"), QString());
    m_modality = field(tr("Modality"), tr("US, CT, MR…"));
    m_search = new QPushButton(tr("Search"), this);
    m_search->setDefault(true);
    m_results = new QTableWidget(0, 7, this);
    m_results->setHorizontalHeaderLabels({tr("Date"), tr("Modalities"), tr("Patient ID"), tr("Patient"),
                                          tr("Accession"), tr("Description"), tr("Images")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_folder = new QLineEdit(defaultFolder, this);
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Retrieve into"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retrieve = buttons->addButton(tr("Retrieve && Add"), QDialogButtonBox::AcceptRole);
    m_retrieve->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_search, 0, Qt::AlignRight);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addLayout(folderRow);
    layout->addWidget(buttons);
    resize(900, 600);
    connectControls(choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PacsDialog::connectControls(QPushButton *choose)
{
    connect(m_test, &QPushButton::clicked, this, &PacsDialog::echoNode);
    connect(m_search, &QPushButton::clicked, this, &PacsDialog::search);
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this] { m_retrieve->setEnabled(!m_results->selectionModel()->selectedRows().isEmpty()); });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Retrieve into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_retrieve, &QPushButton::clicked, this, [this] {
        PacsNode node;
        if (!readNode(&node))
            return;
        QStringList uids;
        for (const QModelIndex &row : m_results->selectionModel()->selectedRows())
            uids << m_results->item(row.row(), 0)->data(Qt::UserRole).toString();
        emit retrieveRequested(node, uids, m_folder->text());
        accept();
    });
}

bool PacsDialog::readNode(PacsNode *node)
{
    const Result<PacsNode> parsed = parsePacsUrl(m_node->text().trimmed());
    if (parsed) {
        *node = *parsed;
        QSettings().setValue(QStringLiteral("pacs/node"), m_node->text().trimmed());
        return true;
    }
    m_status->setText(parsed.message());
    return false;
}

void PacsDialog::echoNode()
{
    PacsNode node;
    if (!readNode(&node))
        return;
    m_status->setText(tr("Calling %1…").arg(node.calledAeTitle));
    m_jobs->run<Status>(
        tr("Testing the PACS"), [node](JobContext &) { return echo(node); },
        [this, node](Status r) { m_status->setText(r ? tr("%1 answers.").arg(node.calledAeTitle) : r.message()); });
}

void PacsDialog::search()
{
    PacsNode node;
    if (!readNode(&node))
        return;
    const StudyQuery query{m_patientId->text().trimmed(), m_patientName->text().trimmed(), m_date->text().trimmed(),
                           m_accession->text().trimmed(), m_modality->text().trimmed(),    {}};
    m_search->setEnabled(false);
    m_status->setText(tr("Searching…"));
    m_jobs->run<Result<QList<StudyMatch>>>(
        tr("Searching the PACS"), [node, query](JobContext &) { return findStudies(node, query); },
        [this](Result<QList<StudyMatch>> found) { showMatches(found); });
}

void PacsDialog::showMatches(const Result<QList<StudyMatch>> &found)
{
    m_search->setEnabled(true);
    m_results->setRowCount(0);
    const QList<StudyMatch> matches = found.valueOr({});
    for (const StudyMatch &m : matches) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const QStringList cells{m.studyDate,
                                m.modalities,
                                m.patientId,
                                m.patientName,
                                m.accessionNumber,
                                m.description,
                                m.instances >= 0 ? QString::number(m.instances) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_results->item(row, 0)->setData(Qt::UserRole, m.studyUid);
    }
    m_results->resizeColumnsToContents();
    m_status->setText(found ? tr("%n study(ies) found.", nullptr, int(matches.size())) : found.message());
}

} // namespace veil
