#include "engine/dicom/codec/EncapsulatedFrames.h"

#include <algorithm>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <cstring>
#include <vector>

namespace veil {
namespace {

// A fragment's value is read from disk only when needed, and released
// again afterwards (compact), so a long cine is never held in memory.
struct Fragment
{
    DcmPixelItem *item = nullptr;
    Uint32 length = 0;

    const Uint8 *data() const
    {
        Uint8 *d = nullptr;
        return length > 0 && item->getUint8Array(d).good() ? d : nullptr;
    }
    void release() const { item->compact(); }
};

bool startsCodestream(const Fragment &f)
{
    static const Uint8 soc[] = {0xFF, 0x4F, 0xFF, 0x51};  // JPEG 2000 code stream
    static const Uint8 jp2[] = {0, 0, 0, 0x0C, 'j', 'P'}; // JPEG 2000 file format
    static const Uint8 soi[] = {0xFF, 0xD8, 0xFF};        // JPEG and JPEG-LS
    const Uint8 *d = f.data();
    const bool starts =
        d && ((f.length >= 4 && std::memcmp(d, soc, 4) == 0) || (f.length >= 6 && std::memcmp(d, jp2, 6) == 0) ||
              (f.length >= 3 && std::memcmp(d, soi, 3) == 0));
    f.release();
    return starts;
}

// First and one-past-last fragment index of each frame.
bool frameRanges(const std::vector<Fragment> &frags, const Fragment &bot, int frames,
                 std::vector<std::pair<size_t, size_t>> &ranges)
{
    const size_t n = frags.size();
    if (frames == 1) {
        ranges.push_back({0, n});
        return true;
    }
    if (n == size_t(frames)) {
        for (size_t i = 0; i < n; ++i)
            ranges.push_back({i, i + 1});
        return true;
    }
    std::vector<size_t> starts;
    if (bot.length == Uint32(4 * frames) && bot.data()) {
        const Uint8 *table = bot.data();
        Uint32 offset = 0;
        size_t next = 0;
        for (size_t i = 0; i < n && next < size_t(frames); ++i) {
            Uint32 wanted;
            std::memcpy(&wanted, table + 4 * next, 4); // little endian on the hosts we build for
            if (offset == wanted) {
                starts.push_back(i);
                ++next;
            }
            offset += 8 + frags[i].length;
        }
    } else {
        for (size_t i = 0; i < n; ++i)
            if (startsCodestream(frags[i]))
                starts.push_back(i);
    }
    if (starts.size() != size_t(frames))
        return false;
    for (size_t f = 0; f < starts.size(); ++f)
        ranges.push_back({starts[f], f + 1 < starts.size() ? starts[f + 1] : n});
    return true;
}

} // namespace

Result<QByteArray> encapsulatedFrame(DcmDataset &dataset, int frame, int numberOfFrames)
{
    DcmElement *element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return failure(QStringLiteral("no pixel data"), ErrorCode::Damaged);
    auto *pixelData = dynamic_cast<DcmPixelData *>(element);
    if (!pixelData)
        return failure(QStringLiteral("pixel data of an unexpected type"), ErrorCode::Damaged);
    E_TransferSyntax xfer = EXS_Unknown;
    const DcmRepresentationParameter *param = nullptr;
    pixelData->getOriginalRepresentationKey(xfer, param);
    DcmPixelSequence *sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(xfer, param, sequence).bad() || !sequence)
        return failure(QStringLiteral("pixel data is not encapsulated"), ErrorCode::Damaged);

    std::vector<Fragment> fragments;
    Fragment bot;
    const unsigned long count = sequence->card();
    for (unsigned long i = 0; i < count; ++i) {
        DcmPixelItem *item = nullptr;
        if (sequence->getItem(item, i).bad() || !item)
            return failure(QStringLiteral("unreadable pixel data fragment"), ErrorCode::Damaged);
        const Fragment f{item, item->getLength()};
        if (i == 0)
            bot = f;
        else
            fragments.push_back(f);
    }
    if (fragments.empty())
        return failure(QStringLiteral("encapsulated pixel data has no fragments"), ErrorCode::Damaged);
    std::vector<std::pair<size_t, size_t>> ranges;
    if (!frameRanges(fragments, bot, numberOfFrames, ranges) || frame < 0 || size_t(frame) >= ranges.size())
        return failure(QStringLiteral("cannot find frame %1 among %2 fragments").arg(frame).arg(fragments.size()),
                       ErrorCode::Damaged);
    QByteArray out;
    for (size_t i = ranges[size_t(frame)].first; i < ranges[size_t(frame)].second; ++i) {
        const Uint8 *data = fragments[i].data();
        if (!data && fragments[i].length > 0)
            return failure(QStringLiteral("unreadable pixel data fragment"), ErrorCode::Damaged);
        out.append(reinterpret_cast<const char *>(data), qsizetype(fragments[i].length));
        fragments[i].release();
    }
    return out;
}

Status rleSegmentTablesSound(DcmDataset &dataset, int numberOfFrames)
{
    for (int f = 0; f < std::max(1, numberOfFrames); ++f) {
        const Result<QByteArray> frame = encapsulatedFrame(dataset, f, numberOfFrames);
        if (!frame)
            return frame.error();
        const QByteArray &rle = *frame;
        const auto le32 = [&rle](int at) {
            const auto *b = reinterpret_cast<const uchar *>(rle.constData()) + at;
            return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
        };
        if (rle.size() < 64)
            return failure(QStringLiteral("RLE frame %1 is shorter than its header").arg(f + 1), ErrorCode::Damaged);
        const quint32 segments = le32(0);
        if (segments < 1 || segments > 15)
            return failure(QStringLiteral("RLE frame %1 declares %2 segments").arg(f + 1).arg(segments),
                           ErrorCode::Damaged);
        quint32 previous = 0;
        for (quint32 i = 0; i < segments; ++i) {
            const quint32 offset = le32(4 + 4 * int(i));
            if ((i == 0 && offset != 64) || (i > 0 && offset <= previous) || offset >= quint32(rle.size()))
                return failure(QStringLiteral("RLE frame %1: segment %2 starts at byte %3 of %4")
                                   .arg(f + 1)
                                   .arg(i + 1)
                                   .arg(offset)
                                   .arg(rle.size()),
                               ErrorCode::Damaged);
            previous = offset;
        }
    }
    return {};
}

void putNativePixelData(DcmDataset &dataset, const char *pixels, qsizetype bytes, bool sixteenBit)
{
    dataset.findAndDeleteElement(DCM_PixelData);
    if (sixteenBit)
        dataset.putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16 *>(pixels),
                                        static_cast<unsigned long>(bytes / 2));
    else
        dataset.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(pixels),
                                       static_cast<unsigned long>(bytes));
}

} // namespace veil
