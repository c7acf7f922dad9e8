#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace veil {

class BoxLegend;

// The row under the two panes: Play, the frame slider and "Frame 3 / 27"
// for cines (hidden for single images), and the legend of the boxes.
// Nothing here can drop into a toolbar's overflow.
class FrameBar : public QWidget
{
    Q_OBJECT
public:
    FrameBar(QAction *play, QWidget *parent = nullptr);
    void setFrameCount(int frames); // 1 or 0: no frame controls
    void setFrame(int frame);       // does not emit frameRequested
    QSlider *slider() const { return m_slider; }
    QLabel *counter() const { return m_counter; }
    QToolButton *playButton() const { return m_play; }

signals:
    void frameRequested(int frame);

private:
    void updateCounter();
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_counter;
    BoxLegend *m_legend;
    int m_frames = 0;
};

} // namespace veil
