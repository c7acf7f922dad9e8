#include "deid/DeidKey.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace veil {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QByteArray kMagic("veil-key-v1 ");

} // namespace

DeidKey DeidKey::generate()
{
    DeidKey key;
    if (!sodiumReady())
        return key;
    key.m_secret.resize(32);
    randombytes_buf(key.m_secret.data(), size_t(key.m_secret.size()));
    return key;
}

DeidKey DeidKey::fromSecret(const QByteArray &secret)
{
    DeidKey key;
    if (secret.size() == 32)
        key.m_secret = secret;
    return key;
}

bool DeidKey::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kMagic + m_secret.toBase64() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

DeidKey DeidKey::load(const QString &path, QString *error)
{
    DeidKey key;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read key file: %1").arg(file.errorString());
        return key;
    }
    const QByteArray text = file.read(256).trimmed();
    const QByteArray secret = QByteArray::fromBase64(text.mid(kMagic.size()));
    if (!text.startsWith(kMagic) || secret.size() != 32) {
        *error = QStringLiteral("not a Veil key file");
        return key;
    }
    key.m_secret = secret;
    return key;
}

QByteArray DeidKey::hash(const char *domain, const QByteArray &data, int bytes) const
{
    sodiumReady();
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                            size_t(m_secret.size()), size_t(bytes));
    const QByteArray label = QByteArray(domain) + '\0';
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()), size_t(label.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(bytes));
    return out;
}

QString DeidKey::fingerprint(const QByteArray &value) const
{
    return QString::fromLatin1(hash("record", value, 8).toHex());
}

} // namespace veil
