#include "engine/dicom/volume/VolumeBuilder.h"

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <cmath>

namespace veil {
namespace {

using Vec = std::array<double, 3>;

struct Slice
{
    int index = 0; // in the caller's list
    Vec position{};
    double along = 0; // position on the slice normal
};

struct Geometry
{
    Vec position{}, row{}, column{};
    double rowSpacing = 0, columnSpacing = 0; // between rows, between columns
    int rows = 0, columns = 0;
};

bool readDoubles(DcmDataset &ds, const DcmTagKey &tag, double *out, int count)
{
    for (int i = 0; i < count; ++i)
        if (ds.findAndGetFloat64(tag, out[i], unsigned(i)).bad())
            return false;
    return true;
}

bool geometryOf(DicomFile &file, Geometry *g)
{
    DcmDataset &ds = *file.dcmtk().getDataset();
    double ipp[3], iop[6], spacing[2];
    if (!readDoubles(ds, DCM_ImagePositionPatient, ipp, 3) || !readDoubles(ds, DCM_ImageOrientationPatient, iop, 6) ||
        !readDoubles(ds, DCM_PixelSpacing, spacing, 2) || spacing[0] <= 0 || spacing[1] <= 0)
        return false;
    g->position = {ipp[0], ipp[1], ipp[2]};
    g->row = {iop[0], iop[1], iop[2]};
    g->column = {iop[3], iop[4], iop[5]};
    g->rowSpacing = spacing[0];
    g->columnSpacing = spacing[1];
    g->rows = file.info().rows;
    g->columns = file.info().columns;
    return true;
}

Vec cross(const Vec &a, const Vec &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double dot(const Vec &a, const Vec &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

bool sameOrientation(const Geometry &a, const Geometry &b)
{
    return dot(a.row, b.row) > 0.999 && dot(a.column, b.column) > 0.999 && a.rows == b.rows && a.columns == b.columns &&
           std::abs(a.rowSpacing - b.rowSpacing) < 1e-3 && std::abs(a.columnSpacing - b.columnSpacing) < 1e-3;
}

// One slice's values into the volume, averaged over step x step blocks.
void putSlice(const ValueFrame &f, int step, Volume &v, int z)
{
    for (int y = 0; y < v.height; ++y)
        for (int x = 0; x < v.width; ++x) {
            double sum = 0;
            for (int dy = 0; dy < step; ++dy)
                for (int dx = 0; dx < step; ++dx)
                    sum += f.values[size_t(y * step + dy) * size_t(f.width) + size_t(x * step + dx)];
            v.values[(size_t(z) * v.height + y) * v.width + x] = float(sum / (step * step));
        }
}

// The slices that fit the first one (single frame, one grey sample, same
// size, orientation and spacing), in the caller's order.
QList<Slice> fittingSlices(const QList<InputItem> &items, JobContext &job, Geometry *first, Volume &v)
{
    QList<Slice> slices;
    for (int i = 0; i < items.size() && !job.isCancelled(); ++i) {
        const std::unique_ptr<DicomFile> file = DicomFile::open(items[i]).valueOr(nullptr);
        Geometry g;
        if (!file || file->info().frames != 1 || file->info().samplesPerPixel != 1 || !geometryOf(*file, &g) ||
            (!slices.isEmpty() && !sameOrientation(*first, g))) {
            ++v.skippedSlices;
            continue;
        }
        if (slices.isEmpty()) {
            *first = g;
            v.modality = file->info().modality;
        }
        slices << Slice{i, g.position, dot(g.position, cross(g.row, g.column))};
    }
    std::sort(slices.begin(), slices.end(), [](const Slice &a, const Slice &b) { return a.along < b.along; });
    return slices;
}

Result<ValueFrame> decodedSlice(const InputItem &item)
{
    const Result<std::unique_ptr<DicomFile>> file = DicomFile::open(item);
    if (!file)
        return file.error();
    Result<ValueFrame> f = (*file)->decodeValues(0);
    if (f && f->channels != 1)
        return failure(QStringLiteral("not a grey image"), ErrorCode::Unsupported);
    return f;
}

// The typical distance between neighbouring slices (a missing slice does not skew it).
double medianGap(const QList<Slice> &slices)
{
    std::vector<double> gaps;
    for (int i = 1; i < slices.size(); ++i)
        gaps.push_back(slices[i].along - slices[i - 1].along);
    std::nth_element(gaps.begin(), gaps.begin() + long(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];
}

} // namespace

Result<Volume> buildVolume(const QList<InputItem> &items, JobContext &job, int maxSide)
{
    Volume v;
    Geometry first;
    const QList<Slice> slices = fittingSlices(items, job, &first, v);
    if (slices.size() < 3)
        return failure(
            QStringLiteral("a 3-D view needs at least 3 parallel slices of one size (%1 found)").arg(slices.size()),
            ErrorCode::Invalid);
    const double gap = medianGap(slices);
    if (gap <= 1e-3)
        return failure(QStringLiteral("the slices lie on top of each other (more than one acquisition?)"),
                       ErrorCode::Invalid);
    const int step = std::max(1, (std::max(first.rows, first.columns) + maxSide - 1) / maxSide);
    v.width = first.columns / step;
    v.height = first.rows / step;
    v.depth = int(slices.size());
    v.spacing = {first.columnSpacing * step, first.rowSpacing * step, gap};
    v.origin = slices.first().position;
    v.rowDirection = first.row;
    v.columnDirection = first.column;
    v.sliceDirection = cross(first.row, first.column);
    v.values.assign(size_t(v.width) * v.height * v.depth, 0.f);
    for (int z = 0; z < v.depth; ++z) {
        if (job.isCancelled())
            return failure(QStringLiteral("cancelled"), ErrorCode::Cancelled);
        job.setProgress(z, v.depth, QStringLiteral("Building the volume"));
        const Result<ValueFrame> f = decodedSlice(items[slices[z].index]);
        if (!f)
            return failure(QStringLiteral("slice %1 cannot be decoded: %2").arg(z + 1).arg(f.message()), f.code());
        putSlice(*f, step, v, z);
    }
    return v;
}

} // namespace veil
