#include "engine/deid/Pseudonyms.h"

namespace veil {
namespace {

// 128 bits as a decimal string (no leading zeros), by long division.
QString toDecimal(const QByteArray &bytes)
{
    QList<quint32> digits{0}; // base 1e9, little end first
    for (const char b : bytes) {
        quint64 carry = quint8(b);
        for (quint32 &d : digits) {
            const quint64 v = quint64(d) * 256 + carry;
            d = quint32(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            digits.push_back(quint32(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    QString out = QString::number(digits.last());
    for (qsizetype i = digits.size() - 2; i >= 0; --i)
        out += QStringLiteral("%1").arg(digits[i], 9, 10, QLatin1Char('0'));
    return out;
}

QString base32(const QByteArray &bytes, int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1
    QString out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char b : bytes) {
        buffer = buffer << 8 | quint8(b);
        bits += 8;
        while (bits >= 5 && out.size() < length) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    return out;
}

QByteArray identity(const QString &id, const QString &name)
{
    // The ID identifies the patient; the name only when there is no ID.
    return id.trimmed().isEmpty() ? "name:" + name.trimmed().toUpper().toUtf8() : "id:" + id.trimmed().toUtf8();
}

} // namespace

Pseudonyms::Pseudonyms(DeidKey key, PseudonymSettings settings) : m_key(std::move(key)), m_settings(std::move(settings))
{
}

QString Pseudonyms::uid(const QString &original) const
{
    return QStringLiteral("2.25.") + toDecimal(m_key.hash("uid", original.trimmed().toLatin1(), 16));
}

QString Pseudonyms::code(const QString &originalId, const QString &originalName) const
{
    return base32(m_key.hash("patient", identity(originalId, originalName)), m_settings.codeLength);
}

QString Pseudonyms::patientId(const QString &originalId, const QString &originalName) const
{
    return m_settings.prefix + code(originalId, originalName);
}

QString Pseudonyms::patientName(const QString &originalId, const QString &originalName) const
{
    return m_settings.prefix + QLatin1Char('^') + code(originalId, originalName);
}

int Pseudonyms::dateShiftDays(const QString &originalId, const QString &originalName) const
{
    const QByteArray h = m_key.hash("dateshift", identity(originalId, originalName), 4);
    const quint32 v =
        quint32(quint8(h[0])) << 24 | quint32(quint8(h[1])) << 16 | quint32(quint8(h[2])) << 8 | quint8(h[3]);
    const int span = std::max(1, m_settings.maxShiftDays - m_settings.minShiftDays + 1);
    return -(m_settings.minShiftDays + int(v % quint32(span)));
}

QString shiftDate(const QString &da, int days)
{
    const QString digits = da.trimmed();
    const QDate d = QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
    if (digits.size() < 8 || !d.isValid())
        return {};
    return d.addDays(days).toString(QStringLiteral("yyyyMMdd")) + digits.mid(8);
}

QString shiftDateTime(const QString &dt, int days)
{
    const QString v = dt.trimmed();
    if (v.size() < 8)
        return {}; // year or year-month only: too coarse to shift meaningfully
    return shiftDate(v, days);
}

QString capAge(const QString &as)
{
    const QString v = as.trimmed();
    if (v.size() == 4 && v.endsWith(QLatin1Char('Y')) && v.left(3).toInt() > 89)
        return QStringLiteral("090Y");
    return v;
}

} // namespace veil
