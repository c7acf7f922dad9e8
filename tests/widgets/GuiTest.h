#pragma once

// Helpers shared by the tests that drive the real main window offscreen.

#include "app/gui/MainWindow.h"
#include "widgets/ReviewCanvas.h"
#include "widgets/models/JobController.h"

#include <QApplication>
#include <QTest>

namespace veil::test {

// Waits until no background job runs (the window is then quiet).
inline void settle(MainWindow &w, int timeoutMs = 120000)
{
    QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningJobs() == 0, timeoutMs);
    QApplication::processEvents();
}

// Where an image point is on the canvas.
inline QPoint toWidget(ReviewCanvas *c, QPoint imagePoint)
{
    return c->imageToWidget(QRect(imagePoint, QSize(1, 1))).center();
}

} // namespace veil::test
