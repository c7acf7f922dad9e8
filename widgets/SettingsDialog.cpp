#include "widgets/SettingsDialog.h"

#include "engine/deid/Pseudonyms.h"
#include "widgets/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace veil {
namespace {

QString optionLabel(DeidOption o)
{
    switch (o) {
    case DeidOption::RetainSafePrivate:
        return QObject::tr("Retain safe private attributes");
    case DeidOption::RetainUids:
        return QObject::tr("Retain UIDs");
    case DeidOption::RetainDeviceIdentity:
        return QObject::tr("Retain device identity");
    case DeidOption::RetainInstitutionIdentity:
        return QObject::tr("Retain institution identity");
    case DeidOption::RetainPatientCharacteristics:
        return QObject::tr("Retain patient characteristics (sex, age, size, weight)");
    case DeidOption::RetainLongitudinalFullDates:
        return QObject::tr("Dates: keep them as they are");
    case DeidOption::RetainLongitudinalModifiedDates:
        return QObject::tr("Dates: shift each patient's dates by a keyed offset");
    case DeidOption::CleanDescriptors:
        return QObject::tr("Clean descriptors (free text keeps only known words)");
    case DeidOption::CleanStructuredContent:
        return QObject::tr("Clean structured content (SR)");
    case DeidOption::CleanGraphics:
        return QObject::tr("Clean graphics");
    default:
        return optionName(o);
    }
}

} // namespace

SettingsDialog::SettingsDialog(const ProjectProfile &profile, const QByteArray &rulesJson, bool prefixLocked,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Project settings"));
    auto *layout = new QVBoxLayout(this);
    auto *options = new QGroupBox(tr("De-identification options (DICOM PS3.15 Annex E)"), this);
    auto *optionLayout = new QVBoxLayout(options);
    for (int i = 0; i < int(DeidOption::CleanPixelData); ++i) {
        const auto o = DeidOption(i);
        auto *box = new QCheckBox(optionLabel(o), options);
        box->setChecked(profile.options.test(size_t(i)));
        box->setToolTip(optionName(o));
        optionLayout->addWidget(box);
        m_options.insert(o, box);
    }
    layout->addWidget(options);
    auto *form = new QFormLayout;
    m_prefix =
        new QLineEdit(profile.pseudonymPrefix.isEmpty() ? PseudonymSettings().prefix : profile.pseudonymPrefix, this);
    m_prefix->setEnabled(!prefixLocked);
    m_prefix->setToolTip(prefixLocked ? tr("Fixed: instances already carry pseudonyms with this prefix")
                                      : tr("Patient IDs and names become this prefix plus a keyed code"));
    form->addRow(tr("Pseudonym prefix"), m_prefix);
    m_safeWords = profile.safeWords;
    m_keepWords = new QLineEdit(profile.keepWords.join(QStringLiteral(", ")), this);
    m_keepWords->setObjectName(QStringLiteral("keepWords"));
    m_keepWords->setPlaceholderText(tr("e.g. ACME, TRIAL7"));
    m_keepWords->setToolTip(tr("With the clean options, descriptions and comments keep only known words; these "
                               "words are kept too (comma-separated)"));
    form->addRow(tr("Words to keep in cleaned text"), m_keepWords);
    auto *languages = new QWidget(this);
    auto *languageRow = new QHBoxLayout(languages);
    languageRow->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("deu"), tr("German")},     {QStringLiteral("fra"), tr("French")},
        {QStringLiteral("spa"), tr("Spanish")},    {QStringLiteral("ita"), tr("Italian")},
        {QStringLiteral("por"), tr("Portuguese")}, {QStringLiteral("nld"), tr("Dutch")}};
    for (const auto &[code, name] : names) {
        auto *box = new QCheckBox(name, languages);
        box->setObjectName(QStringLiteral("ocr-") + code);
        languageRow->addWidget(box);
        m_languages.insert(code, box);
    }
    languageRow->addStretch();
    languages->setToolTip(tr("English is always read. Each language more costs about a quarter more time per "
                             "image; text in a language not chosen is still masked, but read less well."));
    form->addRow(tr("Burned-in text also in"), languages);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Project rules, applied before the standard's (JSON list):"), this));
    m_rules = new QPlainTextEdit(QString::fromUtf8(rulesJson), this);
    m_rules->setPlaceholderText(
        QStringLiteral("[{\"tag\": \"(0008,0080)\", \"action\": \"replace\", \"value\": \"SITE 3\"}]"));
    m_rules->setMinimumHeight(120);
    layout->addWidget(m_rules, 1);
    auto *computer = new QFormLayout;
    m_uiLanguage = new QComboBox(this);
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguage"));
    m_uiLanguage->addItem(tr("The system's"), QString());
    for (const UiLanguage &l : uiLanguages())
        m_uiLanguage->addItem(l.name, l.code);
    m_uiLanguage->setToolTip(tr("For Veil on this computer, not the project; used from Veil's next start"));
    computer->addRow(tr("Language of Veil's screens"), m_uiLanguage);
    layout->addLayout(computer);
    m_errors = new QLabel(this);
    m_errors->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errors->setWordWrap(true);
    layout->addWidget(m_errors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 640);
}

QByteArray SettingsDialog::profileJson() const
{
    QJsonArray options;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        if (it.value()->isChecked())
            options << optionName(it.key());
    QJsonObject o{{QStringLiteral("options"), options}};
    if (m_prefix->text().trimmed() != PseudonymSettings().prefix)
        o.insert(QStringLiteral("pseudonymPrefix"), m_prefix->text().trimmed());
    QJsonArray keep;
    for (const QString &w : m_keepWords->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            keep << w.trimmed();
    if (!keep.isEmpty())
        o.insert(QStringLiteral("keepWords"), keep);
    if (!m_safeWords.isEmpty())
        o.insert(QStringLiteral("safeWords"), QJsonArray::fromStringList(m_safeWords));
    const QString rules = m_rules->toPlainText().trimmed();
    // Unparsable rules are passed on as a string so that validation names the problem.
    const QJsonDocument parsed = QJsonDocument::fromJson(rules.toUtf8());
    if (!rules.isEmpty())
        o.insert(QStringLiteral("rules"), parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(rules));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void SettingsDialog::setOcrLanguages(const QStringList &chosen, const QStringList &installed)
{
    for (auto it = m_languages.cbegin(); it != m_languages.cend(); ++it) {
        it.value()->setChecked(chosen.contains(it.key()));
        it.value()->setEnabled(installed.contains(it.key()) || chosen.contains(it.key()));
        if (!installed.contains(it.key()))
            it.value()->setToolTip(tr("Not installed here (package tesseract-ocr-%1)").arg(it.key()));
    }
}

QStringList SettingsDialog::ocrLanguages() const
{
    QStringList out;
    for (const char *code : {"deu", "fra", "spa", "ita", "por", "nld"})
        if (m_languages.value(QLatin1String(code))->isChecked())
            out << QLatin1String(code);
    return out;
}

void SettingsDialog::setUiLanguage(const QString &code)
{
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(code)));
}

QString SettingsDialog::uiLanguage() const
{
    return m_uiLanguage->currentData().toString();
}

void SettingsDialog::setErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
}

} // namespace veil
