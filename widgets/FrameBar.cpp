#include "widgets/FrameBar.h"

#include "widgets/BoxLegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

namespace veil {

FrameBar::FrameBar(QAction *play, QWidget *parent)
    : QWidget(parent), m_play(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_counter(new QLabel(this)), m_legend(new BoxLegend(this))
{
    setObjectName(QStringLiteral("frameBar"));
    m_play->setDefaultAction(play);
    m_play->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_slider->setObjectName(QStringLiteral("frameSlider"));
    m_slider->setMinimumWidth(100);
    m_slider->setPageStep(1);
    m_counter->setObjectName(QStringLiteral("frameCounter"));
    m_counter->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Frame %1 / %2").arg(9999).arg(9999)) + 8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_counter);
    layout->addSpacing(12);
    layout->addWidget(m_legend);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        updateCounter();
        emit frameRequested(v);
    });
    setFrameCount(0);
}

void FrameBar::setFrameCount(int frames)
{
    m_frames = frames;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, frames - 1));
    m_slider->setValue(0);
    for (QWidget *w :
         {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_counter)})
        w->setVisible(frames > 1);
    updateCounter();
}

void FrameBar::setFrame(int frame)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(frame);
    updateCounter();
}

void FrameBar::updateCounter()
{
    m_counter->setText(m_frames > 1 ? tr("Frame %1 / %2").arg(m_slider->value() + 1).arg(m_frames) : QString());
}

} // namespace veil
