#include "widgets/volume/VolumeWindow.h"

#include "widgets/volume/VolumeView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace veil {

VolumeWindow::VolumeWindow(const Volume &volume, const QString &title, QWidget *parent)
    : QDialog(parent), m_view(new VolumeView(this)), m_iso(new QSlider(Qt::Horizontal, this)),
      m_isoLabel(new QLabel(this))
{
    setWindowTitle(tr("3-D View — %1").arg(title));
    auto *hint = new QLabel(tr("Could someone recognise this person from the surface? A CT or MR of the head "
                               "can show a face: if it does, the series should not be shared as it is."),
                            this);
    hint->setWordWrap(true);
    const auto [low, high] = std::minmax_element(volume.values.cbegin(), volume.values.cend());
    m_iso->setRange(int(std::floor(*low)), int(std::ceil(*high)) + 1); // the top: no surface at all
    m_view->setVolume(volume);
    m_iso->setValue(int(m_view->isoValue()));
    auto *front = new QPushButton(tr("Front"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Surface at"), this));
    row->addWidget(m_iso, 1);
    row->addWidget(m_isoLabel);
    row->addWidget(front);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    const bool hounsfield = volume.modality == QLatin1String("CT");
    auto showIso = [this, hounsfield] {
        m_isoLabel->setText(hounsfield ? tr("%1 HU").arg(m_iso->value()) : QString::number(m_iso->value()));
    };
    showIso();
    connect(m_iso, &QSlider::valueChanged, this, [this, showIso](int v) {
        m_view->setIsoValue(v);
        showIso();
    });
    connect(front, &QPushButton::clicked, m_view, &VolumeView::faceFront);
    resize(720, 760);
}

} // namespace veil
