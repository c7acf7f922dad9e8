#pragma once

// The letters of PlateauText: patches of one stored value (plateaus) of a
// letter's size that stand out of what touches them, or that only their
// one exact value sets apart from noisy tissue (faint letters). Internal to
// PlateauText.

#include "engine/image/ImageTypes.h"

#include <QRect>

#include <vector>

namespace veil::plateau {

constexpr int kMinPixels = 6; // a letter's strokes, at 8 px

struct Blob
{
    int root = 0;
    int left = 0, top = 0, right = 0, bottom = 0, pixels = 0;
    double key = 0, contrast = 0;
    double alike = 0;   // the share of what touches it that is about as bright (an edge, not a letter)
    bool faint = false; // a letter only by its one exact value (see isFaintLetter)
    int width() const { return right - left + 1; }
    int height() const { return bottom - top + 1; }
    QRect box() const { return QRect(QPoint(left, top), QPoint(right, bottom)); }
};

struct Plateaus
{
    std::vector<int> root;   // each pixel's plateau, by its root pixel
    std::vector<int> count;  // pixels of the plateau rooted at a pixel
    std::vector<int> blobOf; // the letter-sized blob rooted at a pixel, or -1
    std::vector<Blob> blobs;
};

struct Contrast
{
    double least = 0;          // what a letter stands out by at least
    double clipped = 0;        // the same, for a letter at a level where noise was clipped
    std::vector<double> clips; // the image's floor and ceiling, and levels noise piles up at
    double nearClip = 0;       // how close to such a level counts as at it (the edge of a clipped region)
    double spacing = 0;        // the median step between levels in use
    bool deep = false;         // grey data spanning over 256 steps (faint letters are looked for)
};

// One key a pixel: the stored value, or a colour's packed RGB.
std::vector<double> keysOf(const ValueFrame &v);
int rootOf(std::vector<int> &parent, int i);
// Each pixel's plateau (8-connected pixels of one key), by its root.
std::vector<int> plateausOf(const std::vector<double> &key, int w, int h);
// The thin parts of plateaus too big to be letters made plateaus of their
// own (letters touching a flat region of their value).
void splitThinParts(std::vector<int> &root, const std::vector<double> &key, int w, int h);
// Plateaus of a letter's size, with how far they stand out of what touches them.
void findBlobs(Plateaus &p, const ValueFrame &v, const std::vector<double> &key, double least);
// How far a letter must stand out (see the definition).
Contrast contrastNeeded(const ValueFrame &v, const std::vector<double> &key);
bool isLetter(const Blob &b, const Contrast &c);
// A letter-shaped patch that stands out half as far as a letter must: one
// of a row only between letters of its value (PlateauText).
bool isWeakLetter(const Blob &b, const Contrast &c);
bool isFaintLetter(const Blob &b, const Plateaus &p, const Contrast &c, const std::vector<double> &key, int w, int h);

} // namespace veil::plateau
