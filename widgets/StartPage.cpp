#include "widgets/StartPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace veil {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    auto *title = new QLabel(tr("Veil"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto *tagline = new QLabel(tr("Make medical images safe to share: de-identify the headers, find the text burned "
                                  "into the pixels, review every image, export a package that leaks nothing."),
                               this);
    tagline->setWordWrap(true);
    tagline->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *newButton = new QPushButton(tr("New Project…"), this);
    auto *openButton = new QPushButton(tr("Open Project…"), this);
    for (QPushButton *b : {newButton, openButton}) {
        b->setMinimumHeight(40);
        b->setMinimumWidth(180);
    }
    newButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAlternatingRowColors(true);
    auto *hint = new QLabel(tr("A project is one encrypted file (*.veil) that keeps every decision, the "
                               "re-identification key and an audit log. You will be asked for its passphrase."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *heading = new QHBoxLayout;
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) {
        auto *logo = new QLabel(this);
        const int side = title->sizeHint().height();
        logo->setPixmap(icon.pixmap(QSize(side, side)));
        heading->addWidget(logo);
    }
    heading->addWidget(title);
    heading->addStretch(1);
    column->addStretch(1);
    column->addLayout(heading);
    column->addWidget(tagline);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(new QLabel(tr("Recent projects"), this));
    column->addWidget(m_recent, 3);
    column->addWidget(hint);
    column->addStretch(1);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
}

void StartPage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(QFileInfo(path).completeBaseName(), QFileInfo(path).absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty())
        new QListWidgetItem(tr("(none yet)"), m_recent);
}

} // namespace veil
