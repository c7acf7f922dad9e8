#pragma once

#include <QByteArray>
#include <QStringList>

namespace veil::demo {

// Synthetic pixel content for the demo study (OpenCV drawing).

// Ultrasound sector with speckle; `phase` moves the structures (cine).
// Text lines are burned in at the top left (PHI) and right (settings).
QByteArray ultrasoundGray(int width, int height, double phase, const QStringList &leftText,
                          const QStringList &rightText);
QByteArray ultrasoundRgb(int width, int height, const QStringList &leftText, const QStringList &rightText);

// Head phantom slice in Hounsfield units + 1024, as signed 16-bit.
QByteArray ctSlice(int size, int slice, int slices);

// A scanned form: dark text on a light page.
QByteArray formPage(int width, int height, const QStringList &lines);

} // namespace veil::demo
