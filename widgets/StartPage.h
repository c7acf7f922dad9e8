#pragma once

#include <QWidget>

class QListWidget;

namespace veil {

// The first thing a user sees: new project, open project, recent projects.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace veil
