#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace veil {

// Asks for a project passphrase (twice for a new project). Never stored.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(const QString &projectName, bool isNew, QWidget *parent = nullptr);
    QString passphrase() const;
    void setError(const QString &error);

private:
    void check();
    bool m_new;
    QLineEdit *m_first, *m_second = nullptr;
    QLabel *m_error;
};

} // namespace veil
