#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace veil {

// The character sets an object declares in Specific Character Set (0008,0005),
// for reading its text values as text and writing cleaned text back in them:
// the single-byte sets (ISO_IR 100 ... 203, 13, 166), UTF-8 (ISO_IR 192),
// GB18030, GBK, and ISO 2022 with code extensions (Japanese JIS X 0201, 0208,
// 0212; Korean KS X 1001; Chinese GB 2312; the ISO 8859 parts as G1).
// No or an unknown value reads bytes as ISO 8859-1, which keeps every byte.
class DicomCharset
{
public:
    DicomCharset() = default;
    explicit DicomCharset(const QString &specificCharacterSet); // "ISO_IR 100", "\\ISO 2022 IR 87"

    QStringList terms() const { return m_terms; }
    bool isKnown() const { return m_known; }
    bool usesCodeExtensions() const { return m_iso2022; }

    QString decode(const QByteArray &bytes) const;
    // The text in this object's sets. A character none of them holds is
    // written without its accent when that helps, else as '?'; `lossless`
    // says whether every character went through as it was.
    QByteArray encode(const QString &text, bool *lossless = nullptr) const;

private:
    QString decode2022(const QByteArray &bytes) const;
    QByteArray encode2022(const QString &text, bool *lossless) const;

    QStringList m_terms;
    QByteArray m_codec; // for a set without code extensions
    bool m_known = true;
    bool m_iso2022 = false;
};

} // namespace veil
