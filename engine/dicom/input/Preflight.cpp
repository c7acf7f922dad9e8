#include "engine/dicom/input/Preflight.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <zlib.h>

#include <algorithm>

#include <cstring>
#include <vector>

namespace veil {
namespace {

constexpr quint32 kUndefined = 0xFFFFFFFFu;
const char *const kImplicitLE = "1.2.840.10008.1.2";
const char *const kExplicitBE = "1.2.840.10008.1.2.2";
const char *const kDeflatedLE = "1.2.840.10008.1.2.1.99";

struct Reader
{
    const unsigned char *data;
    qint64 size;
    bool bigEndian = false;

    Reader withEndian(bool big) const { return Reader{data, size, big}; }

    quint16 u16(qint64 p) const
    {
        return bigEndian ? quint16(data[p] << 8 | data[p + 1]) : quint16(data[p] | data[p + 1] << 8);
    }
    quint32 u32(qint64 p) const
    {
        if (bigEndian)
            return quint32(data[p]) << 24 | quint32(data[p + 1]) << 16 | quint32(data[p + 2]) << 8 | data[p + 3];
        return quint32(data[p]) | quint32(data[p + 1]) << 8 | quint32(data[p + 2]) << 16 | quint32(data[p + 3]) << 24;
    }
};

bool isUpperVr(const unsigned char *vr)
{
    return vr[0] >= 'A' && vr[0] <= 'Z' && vr[1] >= 'A' && vr[1] <= 'Z';
}

// Whether an explicit VR element has a 4-byte length, as DCMTK reads it: the
// long VRs, and any other VR of two upper-case letters that is not a short
// one (DCMTK takes an unknown upper-case VR for a newer long one; "ZZ" with
// a length of 1.5 GB must be bounded here as DCMTK will read it).
bool hasLongLength(const unsigned char *vr)
{
    static const char *const longVrs[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
    static const char *const shortVrs[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
                                           "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"};
    for (const char *v : longVrs)
        if (vr[0] == v[0] && vr[1] == v[1])
            return true;
    for (const char *v : shortVrs)
        if (vr[0] == v[0] && vr[1] == v[1])
            return false;
    return isUpperVr(vr);
}

QString tagText(quint16 g, quint16 e)
{
    return QStringLiteral("(%1,%2)").arg(g, 4, 16, QLatin1Char('0')).arg(e, 4, 16, QLatin1Char('0'));
}

// One open container while walking: the data set itself, a sequence (holds
// items), an item (holds elements), or encapsulated pixel data (holds
// fragments).
struct Level
{
    enum Type { DataSet, Sequence, Item, Fragments } type;
    qint64 end;     // first byte after it, or the buffer end when undefined
    bool undefined; // ends with a delimiter
    bool implicitVr;
    bool bigEndian;
};

// In implicit VR only the dictionary tells a sequence from a blob. Unknown
// (private) tags count as sequences when their value starts with an item.
bool dictionarySaysSequence(quint16 g, quint16 e, bool &known)
{
    const DcmDataDictionary &dict = dcmDataDict.rdlock();
    const DcmDictEntry *entry = dict.findEntry(DcmTagKey(g, e), nullptr);
    known = entry != nullptr;
    const bool sq = entry && entry->getEVR() == EVR_SQ;
    dcmDataDict.rdunlock();
    return sq;
}

class Walker
{
public:
    Walker(const Reader &r, bool implicitVr, const PreflightLimits &limits, PreflightResult &out)
        : m_r(r), m_limits(limits), m_out(out)
    {
        m_stack.push_back({Level::DataSet, r.size, false, implicitVr, r.bigEndian});
    }

    bool run(qint64 pos)
    {
        m_pos = pos;
        while (!m_stack.empty()) {
            const Level top = m_stack.back();
            if (!top.undefined && m_pos >= top.end) {
                // Past the end of a defined-length item: DCMTK reads on, so do we.
                pop();
                continue;
            }
            if (top.type == Level::DataSet && m_stack.size() == 1 && trailingPadding())
                return true;
            if (m_pos + 8 > m_r.size)
                return fail(m_stack.size() > 1 ? QStringLiteral("file ends inside a sequence")
                                               : QStringLiteral("file ends inside an element header"));
            if (!step(top))
                return false;
            if (m_stopped)
                return true;
        }
        return true;
    }

private:
    bool trailingPadding() const
    {
        // Fewer bytes than an element header, or only zero bytes left: padding.
        if (m_r.size - m_pos < 8) {
            for (qint64 p = m_pos; p < m_r.size; ++p)
                if (m_r.data[p] != 0)
                    return false;
            return true;
        }
        return false;
    }

    bool fail(const QString &why)
    {
        m_out.status = failure(why + QStringLiteral(" (at byte %1)").arg(m_pos), ErrorCode::Damaged);
        return false;
    }

    bool push(Level level)
    {
        if (level.type == Level::Sequence || level.type == Level::Fragments) {
            ++m_depth;
            if (m_depth > m_out.maxSequenceDepth)
                m_out.maxSequenceDepth = m_depth;
            if (m_depth > m_limits.maxSequenceDepth)
                return fail(QStringLiteral("sequences nested deeper than %1 levels").arg(m_limits.maxSequenceDepth));
        }
        m_stack.push_back(level);
        return true;
    }

    void pop()
    {
        if (m_stack.back().type == Level::Sequence || m_stack.back().type == Level::Fragments)
            --m_depth;
        m_stack.pop_back();
    }

    bool step(const Level &top)
    {
        m_cur = m_r.withEndian(top.bigEndian);
        const quint16 g = m_cur.u16(m_pos);
        const quint16 e = m_cur.u16(m_pos + 2);
        if (g == 0xFFFE)
            return delimiterOrItem(top, e);
        if (top.type == Level::Sequence || top.type == Level::Fragments)
            return fail(QStringLiteral("expected an item in a sequence, found %1").arg(tagText(g, e)));
        if (m_stack.size() == 1 && g == 0x0004 && e == 0x1220)
            m_out.directoryRecords = true;
        if (m_limits.stopAtTag && m_stack.size() == 1 && (quint32(g) << 16 | e) >= m_limits.stopAtTag) {
            m_stopped = true; // what DCMTK will read, up to this tag, is sound
            m_out.stoppedAt = quint32(g) << 16 | e;
            return true;
        }
        return element(top, g, e);
    }

    bool delimiterOrItem(const Level &top, quint16 e)
    {
        const quint32 len = m_cur.u32(m_pos + 4);
        if (e == 0xE0DD) {                    // sequence delimiter
            if (top.type == Level::DataSet) { // stray one after the data: DCMTK skips it
                m_pos += 8;
                return true;
            }
            if (!((top.type == Level::Sequence || top.type == Level::Fragments) && top.undefined))
                return fail(QStringLiteral("unexpected sequence delimiter"));
            m_pos += 8;
            pop();
            return true;
        }
        if (e == 0xE00D) { // item delimiter
            if (!(top.type == Level::Item && top.undefined))
                return fail(QStringLiteral("unexpected item delimiter"));
            m_pos += 8;
            pop();
            return true;
        }
        if (e != 0xE000)
            return fail(QStringLiteral("invalid item tag %1").arg(tagText(0xFFFE, e)));
        if (top.type != Level::Sequence && top.type != Level::Fragments)
            return fail(QStringLiteral("item outside a sequence"));
        m_pos += 8;
        if (top.type == Level::Fragments) {
            if (len == kUndefined || m_pos + len > m_r.size)
                return fail(QStringLiteral("pixel data fragment of %1 bytes runs past the end").arg(len));
            m_pos += len;
            return true;
        }
        if (len == kUndefined)
            return push({Level::Item, m_r.size, true, top.implicitVr, top.bigEndian});
        // An item longer than the file is read element by element, as DCMTK
        // does; each element is still bounded by the file.
        return push({Level::Item, std::min<qint64>(m_pos + len, m_r.size), false, top.implicitVr, top.bigEndian});
    }

    bool element(const Level &top, quint16 g, quint16 e)
    {
        const unsigned char *vr = m_r.data + m_pos + 4;
        const bool explicitVr = !top.implicitVr;
        quint32 len = 0;
        qint64 header = 8;
        if (explicitVr && hasLongLength(vr)) {
            if (m_pos + 12 > m_r.size)
                return fail(QStringLiteral("file ends inside an element header"));
            len = m_cur.u32(m_pos + 8);
            header = 12;
        } else if (explicitVr) {
            len = m_cur.u16(m_pos + 6);
        } else {
            len = m_cur.u32(m_pos + 4);
        }
        m_pos += header;
        const bool isSq = explicitVr && vr[0] == 'S' && vr[1] == 'Q';
        const bool isUn = explicitVr && vr[0] == 'U' && vr[1] == 'N';
        if (len == kUndefined) {
            if (g == 0x7FE0 && e == 0x0010)
                return push({Level::Fragments, m_r.size, true, top.implicitVr, top.bigEndian});
            if (explicitVr && !isSq && !isUn && isUpperVr(vr))
                return fail(QStringLiteral("element %1 has an undefined length").arg(tagText(g, e)));
            // UN of undefined length holds an implicit VR little endian sequence (CP-246).
            if (isUn)
                return push({Level::Sequence, m_r.size, true, true, false});
            return push({Level::Sequence, m_r.size, true, top.implicitVr, top.bigEndian});
        }
        if (m_pos + qint64(len) > m_r.size)
            return fail(QStringLiteral("element %1 declares %2 bytes but only %3 remain")
                            .arg(tagText(g, e))
                            .arg(len)
                            .arg(std::max<qint64>(0, m_r.size - m_pos)));
        if (isSq || (!explicitVr && len >= 8 && implicitSequence(g, e)))
            return push({Level::Sequence, m_pos + len, false, top.implicitVr, top.bigEndian});
        if (g == 0x0004 && e == 0x1430 && !soundRecordType(len))
            return fail(
                QStringLiteral("directory record type %1 has a value longer than 16 characters").arg(tagText(g, e)));
        m_pos += len;
        return true;
    }

    // DCMTK 3.6.7 reads each item of a Directory Record Sequence, wherever
    // it sits, as a directory record and shortens an overlong Record Type in
    // place; a last value component past about 32 characters makes it erase
    // beyond the string's end and throw std::out_of_range. A code string
    // holds at most 16 characters per value; DCMTK drops trailing spaces
    // (nothing else) before it looks.
    bool soundRecordType(quint32 len) const
    {
        const char *v = reinterpret_cast<const char *>(m_r.data + m_pos);
        qint64 end = len;
        while (end > 0 && v[end - 1] == ' ')
            --end;
        qint64 component = 0;
        for (qint64 i = 0; i < end; ++i) {
            component = v[i] == '\\' ? 0 : component + 1;
            if (component > 16)
                return false;
        }
        return true;
    }

    bool implicitSequence(quint16 g, quint16 e) const
    {
        if (g == 0x7FE0)
            return false;
        bool known = false;
        const bool sq = dictionarySaysSequence(g, e, known);
        return known ? sq : (m_cur.u16(m_pos) == 0xFFFE && m_cur.u16(m_pos + 2) == 0xE000);
    }

    const Reader &m_r;
    Reader m_cur{nullptr, 0, false}; // m_r with the current level's byte order
    const PreflightLimits &m_limits;
    PreflightResult &m_out;
    bool m_stopped = false;
    std::vector<Level> m_stack;
    qint64 m_pos = 0;
    int m_depth = 0;
};

bool plausibleFirstGroup(quint16 g)
{
    return g == 0x0002 || (g >= 0x0008 && g <= 0x0028 && g % 2 == 0);
}

// The meta header's end as its group length (0002,0000) declares it, or -1.
qint64 declaredMetaEnd(const Reader &r, qint64 pos)
{
    if (pos + 12 > r.size || r.u16(pos) != 0x0002 || r.u16(pos + 2) != 0x0000)
        return -1;
    if (std::memcmp(r.data + pos + 4, "UL", 2) == 0 && r.u16(pos + 6) == 4)
        return pos + 12 + r.u32(pos + 8);
    if (!isUpperVr(r.data + pos + 4) && r.u32(pos + 4) == 4) // implicit VR, as broken writers do
        return pos + 12 + r.u32(pos + 8);
    return -1;
}

// Reads the (explicit VR little endian) meta header as DCMTK does: every
// element within its group length, whatever its group (a smuggled
// (2002,0001) there must not hide a deflated transfer syntax after it;
// found by fuzz_open), then on while the group is 0002 (writers that got
// the length wrong). Returns the first byte after it.
qint64 readMetaHeader(const Reader &r, qint64 pos, PreflightResult &out)
{
    const qint64 declaredEnd = declaredMetaEnd(r, pos);
    while (pos + 8 <= r.size && (r.u16(pos) == 0x0002 || pos < declaredEnd)) {
        const quint16 e = r.u16(pos + 2);
        const unsigned char *vr = r.data + pos + 4;
        quint32 len;
        qint64 header = 8;
        if (!isUpperVr(vr)) {
            len = r.u32(pos + 4); // broken writers use implicit VR here
        } else if (hasLongLength(vr)) {
            if (pos + 12 > r.size)
                return -1;
            len = r.u32(pos + 8);
            header = 12;
        } else {
            len = r.u16(pos + 6);
        }
        if (len == kUndefined || pos + header + len > r.size)
            return -1;
        // The meta header holds no sequence. DCMTK would parse one there
        // unchecked, a Directory Record Sequence with the record reader that
        // throws on an overlong record type (found by fuzz_inputs).
        bool knownTag = false;
        if ((isUpperVr(vr) && vr[0] == 'S' && vr[1] == 'Q') ||
            (!isUpperVr(vr) && dictionarySaysSequence(r.u16(pos), e, knownTag)))
            return -1;
        if (r.u16(pos) == 0x0002 && e == 0x0010) {
            QByteArray uid(reinterpret_cast<const char *>(r.data + pos + header), int(len));
            while (!uid.isEmpty() && (uid.endsWith('\0') || uid.endsWith(' ')))
                uid.chop(1);
            out.transferSyntaxUid = QString::fromLatin1(uid);
        }
        out.hasMetaHeader = true;
        pos += header + len;
    }
    return pos;
}

bool inflateRaw(const unsigned char *data, qint64 size, qint64 cap, QByteArray &out)
{
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return false;
    zs.next_in = const_cast<unsigned char *>(data);
    zs.avail_in = uInt(size);
    char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, int(sizeof chunk - zs.avail_out));
        if (out.size() > cap)
            rc = Z_MEM_ERROR;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            rc = Z_STREAM_END; // truncated stream: walk what we have
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END;
}

} // namespace

PreflightResult preflightDicom(const char *bytes, qint64 size, const PreflightLimits &limits)
{
    PreflightResult out;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes);
    if (size == 0) {
        out.kind = PreflightResult::Kind::Empty;
        out.status = failure(QStringLiteral("empty file"), ErrorCode::NotDicom);
        return out;
    }
    if (size >= 4 && std::memcmp(data, "PK\x03\x04", 4) == 0) {
        out.kind = PreflightResult::Kind::Zip;
        out.status = failure(QStringLiteral("zip archive, not DICOM"), ErrorCode::NotDicom);
        return out;
    }
    if (size >= 2 && data[0] == 0x1F && data[1] == 0x8B) {
        out.kind = PreflightResult::Kind::Gzip;
        out.status = failure(QStringLiteral("gzip-compressed file, not DICOM"), ErrorCode::NotDicom);
        return out;
    }
    Reader r{data, size, false};
    qint64 pos = 0;
    if (size >= 132 && std::memcmp(data + 128, "DICM", 4) == 0) {
        out.hasPreamble = true;
        pos = 132;
    } else if (size >= 8 && std::memcmp(data, "DICM", 4) == 0) {
        pos = 4;
    } else if (size < 8 || !(plausibleFirstGroup(r.u16(0)) || plausibleFirstGroup(r.withEndian(true).u16(0)))) {
        out.status = failure(QStringLiteral("not a DICOM file (no preamble and no recognisable first element)"),
                             ErrorCode::NotDicom);
        return out;
    }
    out.kind = PreflightResult::Kind::Dicom;
    pos = readMetaHeader(r, pos, out);
    if (pos < 0) {
        out.status = failure(QStringLiteral("broken file meta information header"), ErrorCode::Damaged);
        return out;
    }
    // A transfer syntax DCMTK does not know ("1.2.840\x01.0008.1.2.2", found
    // by fuzz_open) is no transfer syntax to it: it guesses from the data,
    // and so does the walker, or the two would read different files.
    QString ts = out.transferSyntaxUid;
    if (!ts.isEmpty() && DcmXfer(ts.toLatin1().constData()).getXfer() == EXS_Unknown)
        ts.clear();
    bool implicitVr = ts == QLatin1String(kImplicitLE);
    if (ts.isEmpty() && pos + 6 <= size)
        implicitVr = !isUpperVr(data + pos + 4); // no meta header: guess like DCMTK
    // Big endian when the first group reads plausibly only that way, or
    // small only that way (DCMTK prefers the reading with a group under 0x0100).
    const bool guessBig = ts.isEmpty() && pos + 2 <= size &&
                          ((!plausibleFirstGroup(r.u16(pos)) && plausibleFirstGroup(r.withEndian(true).u16(pos))) ||
                           (r.u16(pos) > 0x00ff && r.withEndian(true).u16(pos) <= 0x00ff));
    if (ts == QLatin1String(kExplicitBE) || guessBig)
        r.bigEndian = true;
    if (ts.isEmpty() && out.transferSyntaxUid.isEmpty())
        out.transferSyntaxUid =
            QLatin1String(implicitVr ? kImplicitLE : (r.bigEndian ? kExplicitBE : "1.2.840.10008.1.2.1"));

    QByteArray inflated;
    if (ts == QLatin1String(kDeflatedLE)) {
        if (!inflateRaw(data + pos, size - pos, limits.maxInflatedBytes, inflated)) {
            out.status = failure(QStringLiteral("deflated data set cannot be inflated"), ErrorCode::Damaged);
            return out;
        }
        r = Reader{reinterpret_cast<const unsigned char *>(inflated.constData()), inflated.size(), false};
        pos = 0;
    }
    Walker walker(r, implicitVr, limits, out);
    if (walker.run(pos))
        out.status = {};
    return out;
}

} // namespace veil
