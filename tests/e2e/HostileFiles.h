#pragma once

// Hostile inputs written byte by byte at test time (explicit VR little
// endian, zip archives by hand): what no well-behaved writer produces.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <zlib.h>

#include <functional>

namespace veil::hostile {

inline QByteArray le16(quint32 v)
{
    return QByteArray(1, char(v & 0xff)) + char((v >> 8) & 0xff);
}
inline QByteArray le32(quint32 v)
{
    return le16(v & 0xffff) + le16(v >> 16);
}

// One element; values are padded to even length, long VRs get 4-byte lengths.
// Raw deflate (RFC 1951): a deflated data set, or a frame of Deflated Image Frame Compression.
inline QByteArray rawDeflate(const QByteArray &in)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(in.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QByteArray element(quint16 group, quint16 elem, const char *vr, QByteArray value, qint64 declaredLength = -1)
{
    if (value.size() % 2)
        value.append(QByteArrayView(vr) == "UI" || QByteArrayView(vr) == "OB" ? '\0' : ' ');
    const bool longForm = QByteArrayView("OB OW OF SQ UT UN UC UR OD OL OV").contains(QByteArrayView(vr));
    const quint32 length = declaredLength >= 0 ? quint32(declaredLength) : quint32(value.size());
    QByteArray out = le16(group) + le16(elem) + QByteArray(vr, 2);
    out += longForm ? QByteArray(2, '\0') + le32(length) : le16(length);
    return out + value;
}

inline QByteArray part10(const QByteArray &dataset, const QByteArray &syntax = "1.2.840.10008.1.2.1",
                         const QByteArray &sopClass = "1.2.840.10008.5.1.4.1.1.7")
{
    QByteArray meta = element(0x0002, 0x0001, "OB", QByteArray("\0\1", 2)) + element(0x0002, 0x0002, "UI", sopClass) +
                      element(0x0002, 0x0003, "UI", "1.2.826.0.1.3680043.10.1079.1") +
                      element(0x0002, 0x0010, "UI", syntax);
    return QByteArray(128, '\0') + "DICM" + element(0x0002, 0x0000, "UL", le32(quint32(meta.size()))) + meta + dataset;
}

struct Image
{
    int rows = 64, columns = 64, bits = 8, frames = 1;
    QByteArray charset; // (0008,0005), none when empty
    QByteArray patientName = "HOSTILE^HARRIET";
    QByteArray patientId = "HOSTILE-0001";
    QByteArray studyUid = "1.2.826.0.1.3680043.10.1079.2";
    QByteArray pixels;               // as stored; its length may disagree with the header
    qint64 declaredPixelLength = -1; // a lie about the pixel data's length
};

inline int nextInstance()
{
    static int n = 0;
    return ++n;
}

// Secondary capture, monochrome, native pixel data: the header before (7fe0,0010).
inline QByteArray imageHeader(const Image &i)
{
    QByteArray ds;
    if (!i.charset.isEmpty())
        ds += element(0x0008, 0x0005, "CS", i.charset);
    ds += element(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7") +
          element(0x0008, 0x0018, "UI", "1.2.826.0.1.3680043.10.1079.1." + QByteArray::number(nextInstance())) +
          element(0x0008, 0x0060, "CS", "OT") + element(0x0010, 0x0010, "PN", i.patientName) +
          element(0x0010, 0x0020, "LO", i.patientId) + element(0x0020, 0x000d, "UI", i.studyUid) +
          element(0x0020, 0x000e, "UI", i.studyUid + ".3") + element(0x0028, 0x0002, "US", le16(1)) +
          element(0x0028, 0x0004, "CS", "MONOCHROME2") + element(0x0028, 0x0008, "IS", QByteArray::number(i.frames)) +
          element(0x0028, 0x0010, "US", le16(i.rows)) + element(0x0028, 0x0011, "US", le16(i.columns)) +
          element(0x0028, 0x0100, "US", le16(i.bits)) + element(0x0028, 0x0101, "US", le16(i.bits)) +
          element(0x0028, 0x0102, "US", le16(i.bits - 1)) + element(0x0028, 0x0103, "US", le16(0));
    return ds;
}

inline QByteArray image(const Image &i)
{
    return part10(imageHeader(i) + element(0x7fe0, 0x0010, i.bits > 8 ? "OW" : "OB", i.pixels, i.declaredPixelLength));
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Raw deflate of `total` bytes that `chunk(offset, n)` gives, with their CRC.
struct Deflated
{
    QByteArray data;
    quint32 crc = 0;
    quint64 size = 0;
};
inline Deflated deflateStream(quint64 total, const std::function<QByteArray(quint64, int)> &chunk)
{
    Deflated d;
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(1 << 20, Qt::Uninitialized);
    d.crc = quint32(crc32(0, nullptr, 0));
    for (quint64 at = 0; at < total || z.avail_in;) {
        QByteArray in;
        if (at < total) {
            in = chunk(at, int(qMin<quint64>(total - at, 8 << 20)));
            at += quint64(in.size());
            d.crc = quint32(crc32(d.crc, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size())));
        }
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(in.size());
        const int flush = at >= total ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            rc = deflate(&z, flush);
            d.data.append(out.constData(), out.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&z);
    d.size = total;
    return d;
}

// A zip archive whose central directory lists `names`, every one of them
// pointing at the same local entry (the overlapping-entries construction of
// modern zip bombs): each name inflates to the whole stream.
inline QByteArray zipOf(const QStringList &names, const Deflated &d, bool stored = false)
{
    const QByteArray first = names.first().toUtf8();
    auto common = [&](const QByteArray &name) {
        return le16(20) + le16(0x0800) + le16(stored ? 0 : 8) + le16(0) + le16(0x21) + le32(d.crc) +
               le32(quint32(d.data.size())) + le32(quint32(d.size)) + le16(quint32(name.size()));
    };
    QByteArray zip = le32(0x04034b50) + common(first) + le16(0) + first + d.data;
    const quint32 directoryAt = quint32(zip.size());
    QByteArray directory;
    for (const QString &n : names) {
        const QByteArray name = n.toUtf8();
        directory += le32(0x02014b50) + le16(20) + common(name) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) +
                     le32(0) + name;
    }
    return zip + directory + le32(0x06054b50) + le16(0) + le16(0) + le16(quint32(names.size())) +
           le16(quint32(names.size())) + le32(quint32(directory.size())) + le32(directoryAt) + le16(0);
}

// A DICOMDIR whose records reference `ids` (components as in the file, '\\'-joined).
inline QByteArray dicomDir(const QList<QByteArray> &ids)
{
    QByteArray records;
    for (const QByteArray &id : ids) {
        const QByteArray item = element(0x0004, 0x1430, "CS", "IMAGE") + element(0x0004, 0x1500, "CS", id);
        records += le16(0xfffe) + le16(0xe000) + le32(quint32(item.size())) + item;
    }
    const QByteArray ds = element(0x0004, 0x1130, "CS", "HOSTILE") + element(0x0004, 0x1220, "SQ", records);
    return part10(ds, "1.2.840.10008.1.2.1", "1.2.840.10008.1.3.10"); // Media Storage Directory Storage
}

} // namespace veil::hostile
