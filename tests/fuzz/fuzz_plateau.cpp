// Stored values as the pixel text detection gets them (up to 160 x 160,
// grey or colour, 1 to 16 bits, signed or not, rescaled, in runs of one
// value as drawn text and flat background make them): findPlateauText must
// neither crash nor run away nor propose a line outside the image, and the
// plateaus it builds on must be the ones a plain flood fill finds.
#include "FuzzSupport.h"

#include "engine/pixel/PlateauLetters.h"
#include "engine/pixel/PlateauText.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdlib>
#include <vector>

namespace {

// Each pixel's plateau (8-connected pixels of one key), by its first pixel
// in raster order: a flood fill, the slow and obvious way.
std::vector<int> floodFilled(const std::vector<double> &key, int w, int h)
{
    std::vector<int> root(key.size(), -1), stack;
    for (int i = 0; i < int(key.size()); ++i) {
        if (root[size_t(i)] >= 0)
            continue;
        root[size_t(i)] = i;
        stack.push_back(i);
        while (!stack.empty()) {
            const int p = stack.back(), x = p % w, y = p / w;
            stack.pop_back();
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy, q = ny * w + nx;
                    if (nx >= 0 && ny >= 0 && nx < w && ny < h && root[size_t(q)] < 0 &&
                        key[size_t(q)] == key[size_t(i)]) {
                        root[size_t(q)] = i;
                        stack.push_back(q);
                    }
                }
        }
    }
    return root;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    FuzzedDataProvider in(data, size);
    veil::ValueFrame v;
    v.width = in.ConsumeIntegralInRange(1, 160);
    v.height = in.ConsumeIntegralInRange(1, 160);
    v.channels = in.ConsumeBool() ? 1 : 3;
    const int bits = in.ConsumeIntegralInRange(1, 16);
    const bool signedData = in.ConsumeBool();
    const double slope = in.ConsumeBool() ? 1.0 : in.ConsumeFloatingPointInRange(-4.0, 4.0);
    const size_t n = size_t(v.width) * size_t(v.height) * size_t(v.channels);
    v.values.resize(n);
    for (size_t i = 0; i < n;) {
        const int raw = in.ConsumeIntegralInRange(0, (1 << bits) - 1);
        const double value =
            v.channels == 3 ? double(raw & 0xff) : (signedData ? raw - (1 << (bits - 1)) : raw) * slope;
        for (size_t run = in.ConsumeIntegralInRange<size_t>(1, 64); run > 0 && i < n; --run, ++i)
            v.values[i] = value;
    }
    const veil::PlateauText found = veil::findPlateauText(v);
    const QRect image(0, 0, v.width, v.height);
    for (const QList<veil::TextCandidate> *lines : {&found.across, &found.down})
        for (const veil::TextCandidate &c : *lines)
            if (!image.contains(c.box))
                std::abort();
    const std::vector<double> key = veil::plateau::keysOf(v);
    if (veil::plateau::plateausOf(key, v.width, v.height) != floodFilled(key, v.width, v.height))
        std::abort();
    return 0;
}
