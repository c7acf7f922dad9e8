#pragma once

#include "engine/dicom/volume/VolumeBuilder.h"

#include <QOpenGLWidget>

#include <memory>

namespace veil {

// A surface of a CT/MR volume (VTK, Flying Edges at an iso-value), drawn by
// VTK into this QOpenGLWidget through a vtkGenericOpenGLRenderWindow (VTK's
// own Qt module is built against Qt 5 and is never linked). Opens facing
// the patient's front, so a reviewer sees at once whether a face can be made
// out; left-drag turns it, the wheel zooms.
class VolumeView : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit VolumeView(QWidget *parent = nullptr);
    ~VolumeView() override;

    // The format VTK's OpenGL2 back end needs; call before the QApplication exists.
    static void setDefaultSurfaceFormat();

    void setVolume(const Volume &volume); // the surface at a suggested iso-value
    void setIsoValue(double value);
    double isoValue() const { return m_iso; }
    // The iso-value for skin: -300 HU for CT, a share of the bright end for MR.
    static double suggestedIsoValue(const Volume &volume);
    void faceFront(); // camera in front of the patient, head up
    void turn(double azimuth, double elevation);
    int surfacePoints() const; // points of the current surface (0: nothing above the iso-value)

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Vtk;
    std::unique_ptr<Vtk> m_vtk;
    double m_iso = 0;
    QPoint m_lastMouse;
};

} // namespace veil
