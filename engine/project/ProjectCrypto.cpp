#include "engine/project/ProjectCrypto.h"

#include "engine/crypto/Sodium.h"

namespace veil {

bool ProjectCrypto::available()
{
    return sodium::ready();
}

ProjectCrypto::KdfParams ProjectCrypto::newKdfParams()
{
    KdfParams p;
    p.salt = sodium::randomBytes(sodium::passwordSaltBytes());
    // Interactive limits (64 MiB, 2 passes): about 0.1-0.3 s on a laptop,
    // paid once per open. Stored per project, so they can be raised later.
    p.ops = sodium::interactiveOps();
    p.memBytes = sodium::interactiveMemBytes();
    return p;
}

ProjectCrypto ProjectCrypto::generate()
{
    ProjectCrypto c;
    c.m_key = sodium::randomBytes(32);
    return c;
}

QByteArray ProjectCrypto::deriveKek(const QString &passphrase, const KdfParams &kdf)
{
    return sodium::passwordKey(passphrase.toUtf8(), kdf.salt, kdf.ops, kdf.memBytes);
}

ProjectCrypto ProjectCrypto::unwrap(const QByteArray &wrapped, const QString &passphrase, const KdfParams &kdf)
{
    ProjectCrypto c;
    QByteArray kek = deriveKek(passphrase, kdf);
    bool ok = false;
    const QByteArray key = sodium::open(kek, wrapped, "veil-data-key", &ok);
    sodium::wipe(kek);
    if (ok && key.size() == 32)
        c.m_key = key;
    return c;
}

QByteArray ProjectCrypto::wrap(const QString &passphrase, const KdfParams &kdf) const
{
    QByteArray kek = deriveKek(passphrase, kdf);
    if (kek.isEmpty() || !isValid())
        return {};
    const QByteArray out = sodium::seal(kek, m_key, "veil-data-key");
    sodium::wipe(kek);
    return out;
}

QByteArray ProjectCrypto::seal(const QByteArray &plain, const QByteArray &context) const
{
    return isValid() ? sodium::seal(m_key, plain, context) : QByteArray();
}

QByteArray ProjectCrypto::open(const QByteArray &sealed, const QByteArray &context, bool *ok) const
{
    return sodium::open(m_key, sealed, context, ok);
}

QByteArray ProjectCrypto::keyedHash(const char *domain, const QByteArray &value) const
{
    return sodium::keyedHash(m_key, QByteArray("veil-project-") + domain, value, 32);
}

} // namespace veil
