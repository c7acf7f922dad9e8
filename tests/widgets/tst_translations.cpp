// Every language Veil speaks: each .ts file complete (no unfinished or
// obsolete entry, the same placeholders as the English), Qt's own dialogs
// translated, and no text cut on the start page, the review window (tool
// bar, review bar), the settings and the export dialog at 1280x800.
#include "GuiTest.h"
#include "TestResult.h"

#include "app/gui/MainWindow.h"
#include "engine/dicom/demo/DemoStudy.h"
#include "widgets/ExportDialog.h"
#include "widgets/ReviewPage.h"
#include "widgets/SettingsDialog.h"
#include "widgets/StartPage.h"
#include "widgets/UiLanguage.h"
#include "widgets/models/ExportReport.h"
#include "widgets/models/ReviewSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace veil;

namespace {

const QString kPass = QStringLiteral("translation test passphrase");

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

// What is wrong with one .ts file: unfinished or obsolete entries, plural
// forms that are empty or whose placeholders differ from the source's.
QStringList tsProblems(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read")};
    QStringList problems;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (const auto type = xml.attributes().value(QLatin1String("type")); !type.isEmpty())
                problems << type.toString() + QStringLiteral(": ") + source.left(60);
        } else if (xml.name() == QLatin1String("numerusform")) {
            const QString text = xml.readElementText();
            if (text.isEmpty() || placeholders(text) != placeholders(source))
                problems << QStringLiteral("plural form: ") + source.left(60);
        }
    }
    if (xml.hasError())
        problems << xml.errorString();
    return problems;
}

// Plain translations, read separately (QXmlStreamReader cannot peek at
// whether a <translation> holds <numerusform>s before reading it).
QStringList plainProblems(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read")};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression message(
        QStringLiteral("<source>(.*?)</source>.*?<translation(?: [^>]*)?>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList problems;
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString translation = m.captured(2);
        if (translation.contains(QLatin1String("<numerusform>")))
            continue;
        if (translation.trimmed().isEmpty())
            problems << QStringLiteral("empty: ") + m.captured(1).left(60);
        else if (placeholders(translation) != placeholders(m.captured(1)))
            problems << QStringLiteral("placeholders differ: ") + m.captured(1).left(60);
    }
    return problems;
}

// Visible buttons and one-line labels narrower than their text needs.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty() || !b->isVisible())
            continue;
        if (!b->parentWidget()->rect().contains(b->geometry()))
            cut << QStringLiteral("%1 \"%2\" lies outside its parent")
                       .arg(QString::fromLatin1(b->metaObject()->className()), b->text());
        else if (b->width() < b->sizeHint().width())
            cut << QStringLiteral("%1 \"%2\": %3 < %4")
                       .arg(QString::fromLatin1(b->metaObject()->className()), b->text())
                       .arg(b->width())
                       .arg(b->sizeHint().width());
    }
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->width() < l->sizeHint().width())
            cut << QStringLiteral("QLabel \"%1\": %2 < %3")
                       .arg(l->text().left(50))
                       .arg(l->width())
                       .arg(l->sizeHint().width());
    }
    for (QToolBar *t : root->findChildren<QToolBar *>()) // a tool bar hides what does not fit
        for (QAction *a : t->actions())
            if (QWidget *w = t->widgetForAction(a);
                w && t->isVisible() && !a->isSeparator() && a->isVisible() && !w->isVisible())
                cut << QStringLiteral("tool \"%1\" pushed out of its tool bar").arg(a->text());
    return cut;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_project;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("VeilTest"));
        QApplication::setApplicationName(QStringLiteral("tst_translations"));
        // One project of the demo study, made once; each language opens it.
        const QString demo = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(writeDemoStudy(demo).ok());
        m_project = m_tmp.filePath(QStringLiteral("demo.veil"));
        MainWindow w;
        QString error;
        QVERIFY2(test::orError(w.createProject(m_project, kPass), &error), qPrintable(error));
        w.addPaths({demo});
        test::settle(w);
        QCOMPARE(w.session()->instances().size(), 24);
    }

    void everyLanguageHasACompleteFile()
    {
        QStringList expected;
        for (const UiLanguage &l : uiLanguages())
            if (l.code != QLatin1String("en"))
                expected << QStringLiteral("veil_%1.ts").arg(l.code);
        const QStringList files = QDir(QStringLiteral(VEIL_TS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files);
        QCOMPARE(QSet<QString>(files.begin(), files.end()), QSet<QString>(expected.begin(), expected.end()));
        for (const QString &name : files) {
            const QString path = QStringLiteral(VEIL_TS_DIR "/") + name;
            const QStringList problems = tsProblems(path) + plainProblems(path);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(name + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
        }
    }

    void textFitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const UiLanguage &l : uiLanguages())
            QTest::newRow(qPrintable(l.code)) << l.code;
    }

    void textFitsInEveryLanguage()
    {
        QFETCH(QString, code);
        QVERIFY(installUiTranslators(code, QStringLiteral(VEIL_QM_DIR)));
        QStringList cut;
        {
            MainWindow w;
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            cut += cutTexts(w.startPage());
            QString error;
            QVERIFY2(test::orError(w.openProject(m_project, kPass), &error), qPrintable(error));
            test::settle(w);
            QVERIFY(w.reviewPage()->isVisible());
            QApplication::processEvents();
            cut += cutTexts(w.reviewPage());
            SettingsDialog settings(ProjectProfile(), QByteArray(), true, &w);
            settings.show();
            QApplication::processEvents();
            cut += cutTexts(&settings);
            ExportDialog exporting(w.session(), &w);
            exporting.show();
            QApplication::processEvents();
            cut += cutTexts(&exporting);
            if (code != QLatin1String("en")) // the menu bar speaks the language
                QVERIFY(w.menuBar()->actions().at(1)->text() != QLatin1String("&Edit"));
        }
        installUiTranslators(QStringLiteral("en"), QStringLiteral(VEIL_QM_DIR));
        QVERIFY2(cut.isEmpty(), qPrintable(code + QStringLiteral(":\n  ") + cut.join(QStringLiteral("\n  "))));
    }

    // The share report and agreement in the language chosen in the export
    // dialog, whatever the GUI speaks: French from an English GUI, then
    // English from a German one.
    void theReportSpeaksTheLanguageChosen()
    {
        MainWindow w;
        QString error;
        QVERIFY2(test::orError(w.openProject(m_project, kPass), &error), qPrintable(error));
        test::settle(w);
        ReviewSession *s = w.session();
        for (const ProjectInstance &i : s->instances().mid(0, 3))
            s->setStatus(i.id, ReviewStatus::Approved);
        const auto exportIn = [&](const QString &code, const QString &folder) -> QHash<QString, QString> {
            ExportDialog dialog(s, &w);
            dialog.setReportLanguage(code);
            dialog.findChild<QLineEdit *>(QStringLiteral("target"))->setText(m_tmp.filePath(folder));
            ExportRequest request = dialog.request();
            request.allowUnreviewed = false;
            auto language = std::make_shared<QTranslator>();
            if (dialog.reportLanguage() != QLatin1String("en") &&
                !language->load(QStringLiteral("veil_") + dialog.reportLanguage(), QStringLiteral(VEIL_QM_DIR)))
                return {};
            useReportLanguage(request, language);
            QSignalSpy finished(s, &ReviewSession::exportFinished);
            s->exportShare(request);
            if (!finished.wait(120000))
                return {};
            if (const Status st = finished.first().first().value<ExportResult>().status; !st) {
                qWarning("export failed: %s", qPrintable(st.message()));
                return {};
            }
            QHash<QString, QString> files;
            for (const char *name : {"REPORT.html", "DATA_USE_AGREEMENT.txt"}) {
                QFile f(m_tmp.filePath(folder + QLatin1Char('/') + QLatin1String(name)));
                if (f.open(QIODevice::ReadOnly))
                    files.insert(QLatin1String(name), QString::fromUtf8(f.readAll()));
            }
            return files;
        };
        const auto french = exportIn(QStringLiteral("fr"), QStringLiteral("share-fr"));
        QVERIFY(french.value(QStringLiteral("REPORT.html"))
                    .contains(QStringLiteral("Rapport qualité de la désidentification")));
        QVERIFY(french.value(QStringLiteral("REPORT.html")).contains(QStringLiteral("<b>non confirmé</b>")));
        QVERIFY(
            french.value(QStringLiteral("DATA_USE_AGREEMENT.txt")).startsWith(QStringLiteral("ACCORD D'UTILISATION")));
        QCOMPARE(QCoreApplication::translate("veil::MainWindow", "&Edit"), QStringLiteral("&Edit")); // the GUI stays

        QVERIFY(installUiTranslators(QStringLiteral("de"), QStringLiteral(VEIL_QM_DIR)));
        const auto english = exportIn(QStringLiteral("en"), QStringLiteral("share-en"));
        QCOMPARE(QCoreApplication::translate("veil::MainWindow", "&Edit"), QStringLiteral("&Bearbeiten"));
        installUiTranslators(QStringLiteral("en"), QStringLiteral(VEIL_QM_DIR));
        QVERIFY(english.value(QStringLiteral("REPORT.html")).contains(QStringLiteral("De-identification QA report")));
        QVERIFY(english.value(QStringLiteral("REPORT.html")).contains(QStringLiteral("study year")) ||
                english.value(QStringLiteral("REPORT.html")).contains(QStringLiteral("modality")));
        QVERIFY(
            english.value(QStringLiteral("DATA_USE_AGREEMENT.txt")).startsWith(QStringLiteral("DATA USE AGREEMENT")));
    }

    // The check itself: a squeezed button, a clipped label and a button
    // that lies outside its parent are found.
    void theCheckSeesCutText()
    {
        QWidget w;
        w.resize(200, 60);
        auto *button = new QPushButton(QStringLiteral("A rather long button text"), &w);
        button->setGeometry(0, 0, 40, 30);
        auto *label = new QLabel(QStringLiteral("A label longer than its place"), &w);
        label->setGeometry(0, 30, 30, 20);
        auto *outside = new QPushButton(QStringLiteral("Out"), &w);
        outside->setGeometry(190, 0, 60, 30);
        w.show();
        QCOMPARE(cutTexts(&w).size(), 3);
    }

    // Qt's own words in standard dialogs (qtbase_<lang>.qm from qt6-translations-l10n).
    void qtDialogsSpeakTheLanguage()
    {
        for (const UiLanguage &l : uiLanguages()) {
            if (l.code == QLatin1String("en"))
                continue;
            QVERIFY2(installUiTranslators(l.code, QStringLiteral(VEIL_QM_DIR)), qPrintable(l.code));
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
            QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(l.code + QStringLiteral(": ") + cancel));
        }
        installUiTranslators(QStringLiteral("en"), QStringLiteral(VEIL_QM_DIR));
    }

    // The language follows the setting, else the system's when Veil speaks it.
    void theChoiceWinsOverTheLocale()
    {
        setChosenUiLanguage({});
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(effectiveUiLanguage(), QStringLiteral("pt_BR"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_CA")));
        QCOMPARE(effectiveUiLanguage(), QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QStringLiteral("ja_JP")));
        QCOMPARE(effectiveUiLanguage(), QStringLiteral("en"));
        setChosenUiLanguage(QStringLiteral("nl"));
        QCOMPARE(effectiveUiLanguage(), QStringLiteral("nl"));
        setChosenUiLanguage({});
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
