#include "engine/pixel/InkPictures.h"

#include <algorithm>
#include <map>

namespace veil {

QList<cv::Mat> inkPictures(const ValueFrame &v, int maxPictures)
{
    if (v.channels != 1 || v.values.empty() || v.width <= 0 || v.height <= 0)
        return {};
    std::map<double, qint64> counts;
    for (double x : v.values)
        ++counts[x];
    const qint64 total = qint64(v.values.size());
    const qint64 least = std::max<qint64>(40, total / 50000), most = total / 20;
    std::vector<std::pair<double, qint64>> sorted(counts.begin(), counts.end());
    std::vector<std::pair<qint64, double>> spikes; // count, value
    for (size_t i = 0; i < sorted.size(); ++i) {
        const qint64 c = sorted[i].second;
        const bool top = i + 1 == sorted.size();           // the maximum: where most annotations are drawn
        if (c > most || c < (top ? total / 10000 : least)) // a maximum of a text's size (from 1 in 10,000)
            continue;
        qint64 around = 0; // the busiest of the two values on either side
        for (long d = -2; d <= 2; ++d) {
            const long j = long(i) + d;
            if (d != 0 && j >= 0 && j < long(sorted.size()))
                around = std::max(around, sorted[size_t(j)].second);
        }
        if (top || c >= 3 * around)
            spikes.push_back({top ? total + 1 : c, sorted[i].first}); // the maximum first, whatever its count
    }
    std::sort(spikes.begin(), spikes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const bool hasTop = !spikes.empty() && spikes.front().first > total;
    QList<cv::Mat> out;
    for (size_t s = 0; s < spikes.size() && out.size() < maxPictures + (hasTop ? 1 : 0); ++s) {
        cv::Mat picture(v.height, v.width, CV_8UC1);
        const double value = spikes[s].second;
        for (int y = 0; y < v.height; ++y) {
            uchar *row = picture.ptr<uchar>(y);
            const double *in = v.values.data() + size_t(y) * size_t(v.width);
            for (int x = 0; x < v.width; ++x)
                row[x] = in[x] == value ? 255 : 0;
        }
        out << picture;
    }
    return out;
}

} // namespace veil
