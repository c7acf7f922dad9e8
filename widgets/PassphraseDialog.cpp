#include "widgets/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace veil {

PassphraseDialog::PassphraseDialog(const QString &projectName, bool isNew, QWidget *parent)
    : QDialog(parent), m_new(isNew)
{
    setWindowTitle(isNew ? tr("New project") : tr("Open project"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(isNew ? tr("Choose a passphrase for <b>%1</b>. It protects the link back to the "
                                        "patients; without it nobody (you included) can re-identify.")
                                         .arg(projectName.toHtmlEscaped())
                                   : tr("Passphrase for <b>%1</b>:").arg(projectName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("Passphrase"), m_first);
    if (isNew) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        form->addRow(tr("Again"), m_second);
    }
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::setError(const QString &error)
{
    m_error->setText(error);
}

void PassphraseDialog::check()
{
    if (m_new && m_first->text().size() < 8)
        return setError(tr("At least 8 characters, please."));
    if (m_new && m_first->text() != m_second->text())
        return setError(tr("The two passphrases differ."));
    accept();
}

} // namespace veil
