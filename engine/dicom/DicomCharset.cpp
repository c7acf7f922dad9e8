#include "engine/dicom/DicomCharset.h"

#include "engine/deid/KeepList.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace veil {
namespace {

// One defined term of (0008,0005) and how ISO 2022 switches to it.
struct CharsetTerm
{
    const char *number; // "100" for ISO_IR 100 and ISO 2022 IR 100
    const char *codec;  // ICU name of the set (single-byte sets: the whole set)
    const char *escape; // the designation in ISO 2022
    enum Kind { SingleByte, Katakana, Jis0208, Jis0212, G1Pair } kind;
};

const CharsetTerm kTerms[] = {
    {"100", "ISO-8859-1", "\x1b-A", CharsetTerm::SingleByte}, {"101", "ISO-8859-2", "\x1b-B", CharsetTerm::SingleByte},
    {"109", "ISO-8859-3", "\x1b-C", CharsetTerm::SingleByte}, {"110", "ISO-8859-4", "\x1b-D", CharsetTerm::SingleByte},
    {"144", "ISO-8859-5", "\x1b-L", CharsetTerm::SingleByte}, {"127", "ISO-8859-6", "\x1b-G", CharsetTerm::SingleByte},
    {"126", "ISO-8859-7", "\x1b-F", CharsetTerm::SingleByte}, {"138", "ISO-8859-8", "\x1b-H", CharsetTerm::SingleByte},
    {"148", "ISO-8859-9", "\x1b-M", CharsetTerm::SingleByte}, {"203", "ISO-8859-15", "\x1b-b", CharsetTerm::SingleByte},
    {"166", "TIS-620", "\x1b-T", CharsetTerm::SingleByte},    {"13", nullptr, "\x1b)I", CharsetTerm::Katakana},
    {"87", "EUC-JP", "\x1b$B", CharsetTerm::Jis0208},         {"159", "EUC-JP", "\x1b$(D", CharsetTerm::Jis0212},
    {"149", "EUC-KR", "\x1b$)C", CharsetTerm::G1Pair},        {"58", "GB2312", "\x1b$)A", CharsetTerm::G1Pair},
};

const CharsetTerm *termFor(const QString &term)
{
    QString t = term.trimmed();
    t.remove(QStringLiteral("ISO_IR")).remove(QStringLiteral("ISO 2022 IR"));
    t = t.trimmed();
    for (const CharsetTerm &c : kTerms)
        if (t == QLatin1String(c.number))
            return &c;
    return nullptr;
}

QString decodeWith(const char *codec, const QByteArray &bytes)
{
    QStringDecoder d(codec);
    return d.isValid() ? d.decode(bytes) : QString::fromLatin1(bytes);
}

QByteArray encodeChar(const char *codec, QChar c)
{
    QStringEncoder e(codec);
    const QByteArray b = e.encode(QString(c));
    return e.hasError() || b.isEmpty() || b == "?" || b == "\x1a" ? QByteArray() : b;
}

// A character the object's sets lack: its letter without the accent where
// they hold that, else '?'; `lossless` turns false.
template <typename EncodeOne> QByteArray withoutAccent(QChar c, EncodeOne encodeOne, bool *lossless)
{
    if (lossless)
        *lossless = false;
    const QChar plain = foldedText(QString(c)).at(0);
    const QByteArray b = plain.unicode() < 0x80 ? QByteArray(1, char(plain.unicode())) : encodeOne(plain);
    return b.isEmpty() ? QByteArray("?") : b;
}

// The state of an ISO 2022 decoder or encoder: what G0 and G1 hold.
struct State
{
    const CharsetTerm *g0 = nullptr; // null: ASCII
    const CharsetTerm *g1 = nullptr; // null: none (bytes over 0x7f read as ISO 8859-1)
};

// A character through the sets `terms` declares, with the escapes to get there.
QByteArray encode2022Char(QChar c, const QStringList &terms, State &s)
{
    for (const QString &t : terms) {
        const CharsetTerm *set = termFor(t);
        if (!set)
            continue;
        QByteArray b;
        switch (set->kind) {
        case CharsetTerm::SingleByte:
            b = encodeChar(set->codec, c);
            if (b.size() != 1 || uchar(b[0]) < 0xA0)
                continue;
            break;
        case CharsetTerm::Katakana:
            if (c.unicode() < 0xFF61 || c.unicode() > 0xFF9F)
                continue;
            b = QByteArray(1, char(0xA1 + c.unicode() - 0xFF61));
            break;
        case CharsetTerm::Jis0208:
        case CharsetTerm::Jis0212: {
            b = encodeChar(set->codec, c);
            const bool is0212 = set->kind == CharsetTerm::Jis0212;
            if (b.size() != (is0212 ? 3 : 2) || (is0212 && uchar(b[0]) != 0x8F) || (!is0212 && uchar(b[0]) < 0xA1))
                continue;
            b = b.right(2);
            b[0] = char(b[0] & 0x7F);
            b[1] = char(b[1] & 0x7F);
            QByteArray out = s.g0 == set ? QByteArray() : QByteArray(set->escape);
            s.g0 = set;
            return out + b;
        }
        case CharsetTerm::G1Pair:
            b = encodeChar(set->codec, c);
            if (b.size() != 2 || uchar(b[0]) < 0xA1)
                continue;
            break;
        }
        QByteArray out = s.g1 == set ? QByteArray() : QByteArray(set->escape);
        s.g1 = set;
        return out + b;
    }
    return {};
}

// What G1 holds before any escape: the first term's set, when it is one for G1.
const CharsetTerm *initialG1(const QStringList &terms)
{
    const CharsetTerm *t = termFor(terms.value(0));
    return t && t->kind != CharsetTerm::Jis0208 && t->kind != CharsetTerm::Jis0212 ? t : nullptr;
}

// Where ISO 2022 designations return to the initial state (PS3.5 6.1.2.5.3).
bool isDelimiter(QChar c)
{
    return c == QLatin1Char('^') || c == QLatin1Char('=') || c == QLatin1Char('\\') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\f');
}

} // namespace

DicomCharset::DicomCharset(const QString &specificCharacterSet)
{
    m_terms = specificCharacterSet.split(QLatin1Char('\\'));
    for (QString &t : m_terms)
        t = t.trimmed();
    const QString first = m_terms.value(0);
    m_iso2022 = m_terms.size() > 1 || first.startsWith(QLatin1String("ISO 2022"));
    if (m_iso2022) {
        for (const QString &t : m_terms)
            m_known = m_known && (t.isEmpty() || t == QLatin1String("ISO 2022 IR 6") || termFor(t));
        return;
    }
    if (first.isEmpty() || first == QLatin1String("ISO_IR 6"))
        m_codec = "ISO-8859-1";
    else if (first == QLatin1String("ISO_IR 192"))
        m_codec = "UTF-8";
    else if (first == QLatin1String("GB18030") || first == QLatin1String("GBK"))
        m_codec = first.toLatin1();
    else if (const CharsetTerm *t = termFor(first); t && t->kind == CharsetTerm::SingleByte)
        m_codec = t->codec;
    else if (t && t->kind == CharsetTerm::Katakana)
        m_iso2022 = true; // ISO_IR 13: JIS X 0201, katakana over 0x7f
    else {
        m_known = false;
        m_codec = "ISO-8859-1";
    }
}

QString DicomCharset::decode(const QByteArray &bytes) const
{
    if (m_iso2022)
        return decode2022(bytes);
    return decodeWith(m_codec.constData(), bytes);
}

QString DicomCharset::decode2022(const QByteArray &bytes) const
{
    State s;
    s.g1 = initialG1(m_terms);
    QString out;
    // Bytes of one multi-byte or G1 set in a row, decoded together (one codec per run).
    QByteArray run;
    const char *runCodec = nullptr;
    auto add = [&](const char *codec, const QByteArray &b) {
        if (codec != runCodec && !run.isEmpty()) {
            out += decodeWith(runCodec, run);
            run.clear();
        }
        runCodec = codec;
        run += b;
    };
    auto flush = [&] { add(nullptr, {}); };
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar b = uchar(bytes[i]);
        if (b == 0x1B) {
            const QByteArray rest = bytes.mid(i, 4);
            if (rest.startsWith("\x1b(B") || rest.startsWith("\x1b(J")) {
                s.g0 = nullptr;
                i += 3;
                continue;
            }
            const auto t = std::find_if(std::begin(kTerms), std::end(kTerms), [&](const CharsetTerm &t) {
                return rest.startsWith(t.escape) || (t.kind == CharsetTerm::Jis0208 && rest.startsWith("\x1b$@"));
            });
            if (t != std::end(kTerms)) {
                (t->kind == CharsetTerm::Jis0208 || t->kind == CharsetTerm::Jis0212 ? s.g0 : s.g1) = t;
                i += qsizetype(qstrlen(t->escape));
                continue;
            }
        }
        if (b < 0x80 && s.g0 && b > 0x20 && i + 1 < bytes.size() && uchar(bytes[i + 1]) > 0x20) {
            QByteArray euc = s.g0->kind == CharsetTerm::Jis0212 ? QByteArray("\x8f") : QByteArray();
            euc += char(b | 0x80);
            euc += char(uchar(bytes[i + 1]) | 0x80);
            add("EUC-JP", euc);
            i += 2;
        } else if (b < 0x80 || !s.g1 || s.g1->kind == CharsetTerm::Katakana) {
            flush();
            if (b >= 0x80 && s.g1) // JIS X 0201 katakana
                out += b >= 0xA1 && b <= 0xDF ? QChar(0xFF61 + b - 0xA1) : QChar(b);
            else
                out += QChar(b);
            ++i;
            if (b < 0x80 && isDelimiter(QChar(b)))
                s = State{nullptr, initialG1(m_terms)}; // designations start afresh after each delimiter
        } else {
            const qsizetype n = s.g1->kind == CharsetTerm::G1Pair && i + 1 < bytes.size() ? 2 : 1;
            add(s.g1->codec, bytes.mid(i, n));
            i += n;
        }
    }
    flush();
    return out;
}

QByteArray DicomCharset::encode(const QString &text, bool *lossless) const
{
    if (lossless)
        *lossless = true;
    if (m_iso2022)
        return encode2022(text, lossless);
    QStringEncoder whole(m_codec.constData());
    QByteArray out = whole.encode(text);
    // Qt's own Latin-1 encoder writes '?' for what it lacks without an error: checked here.
    if (!whole.hasError() && (m_codec != "ISO-8859-1" ||
                              std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; })))
        return out;
    out.clear();
    for (const QChar c : text) {
        const auto encodeOne = [&](QChar ch) { return encodeChar(m_codec.constData(), ch); };
        QByteArray b = c.unicode() < 0x80 ? QByteArray(1, char(c.unicode())) : encodeOne(c);
        out += b.isEmpty() ? withoutAccent(c, encodeOne, lossless) : b;
    }
    return out;
}

QByteArray DicomCharset::encode2022(const QString &text, bool *lossless) const
{
    const CharsetTerm *first = initialG1(m_terms);
    // Back to G0's initial set: JIS X 0201 romaji when ISO 2022 IR 13 comes first, else ASCII.
    const QByteArray toInitial = first && first->kind == CharsetTerm::Katakana ? "\x1b(J" : "\x1b(B";
    State s;
    s.g1 = first;
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            if (s.g0) {
                out += toInitial;
                s.g0 = nullptr;
            }
            out += char(c.unicode());
            if (isDelimiter(c))
                s.g1 = first; // designations start afresh after each delimiter
            continue;
        }
        QByteArray b = encode2022Char(c, m_terms, s);
        if (b.isEmpty()) {
            b = withoutAccent(
                c, [&](QChar ch) { return encode2022Char(ch, m_terms, s); }, lossless);
            if (b.size() == 1 && uchar(b[0]) < 0x80 && s.g0) { // an ASCII stand-in: back to G0's initial set first
                b.prepend(toInitial);
                s.g0 = nullptr;
            }
        }
        out += b;
    }
    if (s.g0)
        out += toInitial;
    return out;
}

} // namespace veil
