#pragma once

#include "engine/dicom/volume/VolumeBuilder.h"

#include <QDialog>

class QLabel;
class QSlider;

namespace veil {

class VolumeView;

// "3-D View (Face Check)": the surface of a CT/MR series seen from the front,
// a slider for the iso-value, and what to look for.
class VolumeWindow : public QDialog
{
    Q_OBJECT
public:
    VolumeWindow(const Volume &volume, const QString &title, QWidget *parent = nullptr);

    VolumeView *view() const { return m_view; }
    QSlider *isoSlider() const { return m_iso; }

private:
    VolumeView *m_view;
    QSlider *m_iso;
    QLabel *m_isoLabel;
};

} // namespace veil
