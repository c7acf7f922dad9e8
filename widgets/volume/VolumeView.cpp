#include "widgets/volume/VolumeView.h"

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkFlyingEdges3D.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkOpenGLState.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <algorithm>

namespace veil {

struct VolumeView::Vtk
{
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkImageData> image;
    vtkNew<vtkFlyingEdges3D> surface;
    vtkNew<vtkPolyDataNormals> normals;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    vtkNew<vtkCallbackCommand> makeCurrent, isCurrent;
    bool hasVolume = false;
};

void VolumeView::setDefaultSurfaceFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setStencilBufferSize(0);
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

VolumeView::VolumeView(QWidget *parent) : QOpenGLWidget(parent), m_vtk(std::make_unique<Vtk>())
{
    setMinimumSize(320, 320);
    vtkGenericOpenGLRenderWindow *w = m_vtk->window;
    w->SetReadyForRendering(false);
    w->SetFrameBlitModeToNoBlit();
    w->AddRenderer(m_vtk->renderer);
    // VTK asks the widget to make its context current (never through
    // QOpenGLWidget::makeCurrent, which rebinds Qt's framebuffer behind VTK).
    m_vtk->makeCurrent->SetClientData(this);
    m_vtk->makeCurrent->SetCallback([](vtkObject *, unsigned long, void *self, void *) {
        auto *view = static_cast<VolumeView *>(self);
        if (view->context())
            view->context()->makeCurrent(view->context()->surface());
    });
    m_vtk->isCurrent->SetClientData(this);
    m_vtk->isCurrent->SetCallback([](vtkObject *, unsigned long, void *self, void *answer) {
        auto *view = static_cast<VolumeView *>(self);
        *static_cast<bool *>(answer) = view->context() && QOpenGLContext::currentContext() == view->context();
    });
    w->AddObserver(vtkCommand::WindowMakeCurrentEvent, m_vtk->makeCurrent);
    w->AddObserver(vtkCommand::WindowIsCurrentEvent, m_vtk->isCurrent);
    m_vtk->renderer->SetBackground(0.08, 0.09, 0.11);
    m_vtk->renderer->SetBackgroundAlpha(1.0); // opaque, or the dialog shows through the blit
    m_vtk->normals->SetInputConnection(m_vtk->surface->GetOutputPort());
    m_vtk->normals->SetFeatureAngle(60);
    m_vtk->mapper->SetInputConnection(m_vtk->normals->GetOutputPort());
    m_vtk->mapper->ScalarVisibilityOff();
    m_vtk->actor->SetMapper(m_vtk->mapper);
    m_vtk->actor->GetProperty()->SetColor(0.93, 0.80, 0.70);
    m_vtk->actor->GetProperty()->SetSpecular(0.2);
}

VolumeView::~VolumeView()
{
    makeCurrent();
    m_vtk->window->Finalize();
    doneCurrent();
}

void VolumeView::initializeGL()
{
    m_vtk->window->SetOwnContext(0);
    m_vtk->window->OpenGLInitContext();
    m_vtk->window->GetState()->Reset();
}

void VolumeView::resizeGL(int w, int h)
{
    const qreal ratio = devicePixelRatioF();
    m_vtk->window->SetSize(int(w * ratio), int(h * ratio));
}

void VolumeView::paintGL()
{
    vtkGenericOpenGLRenderWindow *w = m_vtk->window;
    w->SetReadyForRendering(true);
    w->GetState()->Reset();
    w->GetState()->Push();
    w->Render();
    w->GetState()->Pop();
    // VTK drew into its own framebuffer: copy it into the widget's.
    const int width = w->GetSize()[0], height = w->GetSize()[1];
    w->GetState()->PushDrawFramebufferBinding();
    context()->functions()->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    w->BlitDisplayFramebuffer(0, 0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    w->GetState()->PopDrawFramebufferBinding();
    w->SetReadyForRendering(false);
}

double VolumeView::suggestedIsoValue(const Volume &v)
{
    if (v.modality == QLatin1String("CT"))
        return -300; // air / skin
    std::vector<float> sample;
    for (size_t i = 0; i < v.values.size(); i += 97)
        sample.push_back(v.values[i]);
    if (sample.empty())
        return 0;
    std::nth_element(sample.begin(), sample.begin() + long(sample.size() * 99 / 100), sample.end());
    return 0.15 * sample[sample.size() * 99 / 100];
}

void VolumeView::setVolume(const Volume &v)
{
    vtkImageData *image = m_vtk->image;
    image->SetDimensions(v.width, v.height, v.depth);
    image->SetSpacing(v.spacing[0], v.spacing[1], v.spacing[2]);
    image->SetOrigin(0, 0, 0);
    vtkNew<vtkFloatArray> values;
    values->SetNumberOfTuples(vtkIdType(v.values.size()));
    std::copy(v.values.begin(), v.values.end(), values->GetPointer(0));
    image->GetPointData()->SetScalars(values);
    m_vtk->surface->SetInputData(image);
    // Voxel axes to patient axes (LPS): the surface stands as the patient lay.
    vtkNew<vtkMatrix4x4> toPatient;
    for (int r = 0; r < 3; ++r) {
        toPatient->SetElement(r, 0, v.rowDirection[size_t(r)]);
        toPatient->SetElement(r, 1, v.columnDirection[size_t(r)]);
        toPatient->SetElement(r, 2, v.sliceDirection[size_t(r)]);
        toPatient->SetElement(r, 3, v.origin[size_t(r)]);
    }
    m_vtk->actor->SetUserMatrix(toPatient);
    if (!m_vtk->hasVolume)
        m_vtk->renderer->AddActor(m_vtk->actor);
    m_vtk->hasVolume = true;
    setIsoValue(suggestedIsoValue(v));
    faceFront();
}

void VolumeView::setIsoValue(double value)
{
    m_iso = value;
    m_vtk->surface->SetValue(0, value);
    m_vtk->surface->Update();
    update();
}

int VolumeView::surfacePoints() const
{
    return m_vtk->hasVolume ? int(m_vtk->surface->GetOutput()->GetNumberOfPoints()) : 0;
}

void VolumeView::faceFront()
{
    if (!m_vtk->hasVolume)
        return;
    double bounds[6];
    m_vtk->actor->GetBounds(bounds);
    const double centre[3] = {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2, (bounds[4] + bounds[5]) / 2};
    vtkCamera *camera = m_vtk->renderer->GetActiveCamera();
    camera->SetFocalPoint(centre);
    camera->SetPosition(centre[0], centre[1] - 1000, centre[2]); // anterior is -y in LPS
    camera->SetViewUp(0, 0, 1);                                  // superior up
    m_vtk->renderer->ResetCamera();
    update();
}

void VolumeView::turn(double azimuth, double elevation)
{
    vtkCamera *camera = m_vtk->renderer->GetActiveCamera();
    camera->Azimuth(azimuth);
    camera->Elevation(elevation);
    camera->OrthogonalizeViewUp();
    m_vtk->renderer->ResetCameraClippingRange();
    update();
}

void VolumeView::mousePressEvent(QMouseEvent *event)
{
    m_lastMouse = event->position().toPoint();
}

void VolumeView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint d = event->position().toPoint() - m_lastMouse;
    m_lastMouse = event->position().toPoint();
    turn(-d.x() * 0.5, d.y() * 0.5);
}

void VolumeView::wheelEvent(QWheelEvent *event)
{
    m_vtk->renderer->GetActiveCamera()->Dolly(event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1);
    m_vtk->renderer->ResetCameraClippingRange();
    update();
}

} // namespace veil
