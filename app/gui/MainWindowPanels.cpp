// The main window's panels and dialogs: the export dialog and what its
// result shows, the problems panel (and the study conflicts it lists), the
// shortcut sheet.
#include "app/gui/MainWindow.h"

#include "widgets/ExportDialog.h"
#include "widgets/ReviewPage.h"
#include "widgets/UiLanguage.h"
#include "widgets/models/ExportReport.h"
#include "widgets/models/JobController.h"
#include "widgets/models/ReviewSession.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTranslator>

#include <functional>

namespace veil {

void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    QList<UiLanguage> choices{{QString(), tr("The system's")}};
    choices << uiLanguages();
    for (const UiLanguage &l : choices) {
        QAction *a = menu->addAction(l.name, this, [this, code = l.code] { chooseUiLanguage(code); });
        a->setObjectName(QStringLiteral("uiLanguage-") + (l.code.isEmpty() ? QStringLiteral("system") : l.code));
        a->setCheckable(true);
        a->setChecked(l.code == chosenUiLanguage());
        group->addAction(a);
        if (l.code.isEmpty())
            menu->addSeparator();
    }
}

void MainWindow::chooseUiLanguage(const QString &code)
{
    if (code == chosenUiLanguage())
        return;
    setChosenUiLanguage(code);
    for (QAction *a :
         findChildren<QAction *>(QStringLiteral("uiLanguage-") + (code.isEmpty() ? QStringLiteral("system") : code)))
        a->setChecked(true);
    QString name = QStringLiteral("English");
    for (const UiLanguage &l : uiLanguages())
        if (l.code == effectiveUiLanguage())
            name = l.name;
    QMessageBox::information(this, tr("Language"), tr("Veil speaks %1 from its next start.").arg(name));
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(m_session, this);
    dialog.setRequest(m_lastExport); // what was typed before (the target only after a failure)
    dialog.setReportLanguage(m_reportLanguage);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    m_lastExport = request;
    m_reportLanguage = dialog.reportLanguage();
    // The report and agreement in the language chosen (English needs no file).
    auto language = std::make_shared<QTranslator>();
    if (m_reportLanguage != QLatin1String("en"))
        (void)language->load(QStringLiteral("veil_") + m_reportLanguage, QStringLiteral(":/i18n"));
    useReportLanguage(request, language);
    // Modal while it runs: the project is busy, the window stays alive.
    auto *progress = new QProgressDialog(tr("Exporting the share package…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, m_jobs, &JobController::cancelAll);
    connect(m_jobs, &JobController::progressed, progress, [progress](const QString &, qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(m_jobs, &JobController::idle, progress, &QObject::deleteLater);
    connect(m_session, &ReviewSession::exportFinished, this, [this](const ExportResult &r) {
        disconnect(m_session, &ReviewSession::exportFinished, this, nullptr);
        for (const ExportRefusal &f : r.summary.failedChecks) // by the project's ID, naming the attribute
            showProblem(tr("Instance %1").arg(f.instanceId),
                        tr("failed the last export check and went back to review: %1").arg(f.reason));
        if (!r.status) {
            showProblem(tr("Export"), r.status.message());
            QMessageBox::warning(this, tr("Export"), tr("Nothing was exported: %1").arg(r.status.message()));
            return;
        }
        m_lastExport.target.clear(); // used: the next export needs a new one
        QMessageBox::information(this, tr("Export"),
                                 tr("%1 image(s) exported; %2 held back by the gate; %3 failed the last check and "
                                    "went back to review (flagged). Smallest k = %4.")
                                     .arg(r.summary.items.size())
                                     .arg(r.summary.refused.size())
                                     .arg(r.summary.failedChecks.size())
                                     .arg(r.summary.risk.smallestK));
        if (!r.sendError.isEmpty())
            showProblem(tr("Export"), tr("only %1 of %2 image(s) reached the PACS: %3")
                                          .arg(r.sent)
                                          .arg(r.summary.items.size())
                                          .arg(r.sendError));
    });
    m_session->exportShare(request);
}

void MainWindow::showProblem(const QString &what, const QString &reason)
{
    m_problems->addItem(tr("%1 — %2").arg(what, reason));
    auto *dock = static_cast<QDockWidget *>(m_problems->parentWidget());
    if (dock->isHidden()) {
        dock->show();
        resizeDocks({dock}, {110}, Qt::Vertical);
    }
}

int MainWindow::problemCount() const
{
    return m_problems->count();
}

QStringList MainWindow::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

// A Study Instance UID under two patients: a problem of its own, once.
void MainWindow::showStudyConflicts()
{
    if (!m_session)
        return;
    for (const StudyConflict &c : studyConflicts(m_session->instances())) {
        const QString text = conflictText(c);
        if (!m_conflictsShown.contains(text)) {
            m_conflictsShown.insert(text);
            showProblem(tr("Study shared by %n patient(s)", nullptr, int(c.patients.size())), text);
        }
    }
}

// Every action with a shortcut, in menu order (the menus' and the review
// page's), each once.
QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> out;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            if (a->menu())
                walk(a->menu()->actions());
            else if (!a->shortcuts().isEmpty() && !out.contains(a))
                out << a;
        }
    };
    walk(menuBar()->actions());
    walk(m_review->actions());
    return out;
}

void MainWindow::showShortcuts()
{
    QString html = tr("<h3>Keyboard shortcuts</h3><table cellspacing=6>");
    for (QAction *a : shortcutActions()) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(),
                         a->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    html += tr("<tr><td><b>C (hold)</b></td><td>Show the original in the right pane</td></tr>"
               "<tr><td><b>Alt+arrows</b></td><td>Nudge the selected mask</td></tr>"
               "<tr><td><b>Left drag / middle drag</b></td><td>Window-level / pan</td></tr>"
               "<tr><td><b>Wheel / Ctrl+wheel</b></td><td>Frames or images / zoom</td></tr></table>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setText(html);
    box.exec();
}

} // namespace veil
