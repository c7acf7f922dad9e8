#include "engine/deid/DeidKey.h"

#include "engine/crypto/Sodium.h"

#include <QFile>
#include <QSaveFile>

namespace veil {
namespace {

const QByteArray kMagic("veil-key-v1 ");

} // namespace

DeidKey DeidKey::generate()
{
    DeidKey key;
    key.m_secret = sodium::randomBytes(32);
    return key;
}

DeidKey DeidKey::fromSecret(const QByteArray &secret)
{
    DeidKey key;
    if (secret.size() == 32)
        key.m_secret = secret;
    return key;
}

Status DeidKey::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString(), ErrorCode::Io);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kMagic + m_secret.toBase64() + '\n');
    if (!file.commit())
        return failure(file.errorString(), ErrorCode::Io);
    return {};
}

Result<DeidKey> DeidKey::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read key file: %1").arg(file.errorString()),
                       file.exists() ? ErrorCode::Io : ErrorCode::NotFound);
    const QByteArray text = file.read(256).trimmed();
    const QByteArray secret = QByteArray::fromBase64(text.mid(kMagic.size()));
    if (!text.startsWith(kMagic) || secret.size() != 32)
        return failure(QStringLiteral("not a Veil key file"), ErrorCode::Invalid);
    DeidKey key;
    key.m_secret = secret;
    return key;
}

QByteArray DeidKey::hash(const char *domain, const QByteArray &data, int bytes) const
{
    return sodium::keyedHash(m_secret, QByteArray(domain), data, bytes);
}

QString DeidKey::fingerprint(const QByteArray &value) const
{
    return QString::fromLatin1(hash("record", value, 8).toHex());
}

} // namespace veil
