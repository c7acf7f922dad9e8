#include "project/ProjectCrypto.h"

#include <sodium.h>

namespace veil {
namespace {

using uchar_p = const unsigned char *;

QByteArray sealWith(const QByteArray &key, const QByteArray &plain, const QByteArray &context)
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(o, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + nonceBytes, &written, uchar_p(plain.constData()),
                                               size_t(plain.size()), uchar_p(context.constData()),
                                               size_t(context.size()), nullptr, o, uchar_p(key.constData()));
    out.resize(nonceBytes + qsizetype(written));
    return out;
}

QByteArray openWith(const QByteArray &key, const QByteArray &sealed, const QByteArray &context, bool *ok)
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (ok)
        *ok = false;
    if (key.size() != 32 || sealed.size() < nonceBytes + tagBytes)
        return {};
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto *s = uchar_p(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   s + nonceBytes, size_t(sealed.size() - nonceBytes),
                                                   uchar_p(context.constData()), size_t(context.size()), s,
                                                   uchar_p(key.constData())) != 0)
        return {};
    if (ok)
        *ok = true;
    plain.resize(qsizetype(written));
    return plain;
}

} // namespace

bool ProjectCrypto::available()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

ProjectCrypto::KdfParams ProjectCrypto::newKdfParams()
{
    available();
    KdfParams p;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    // Interactive limits (64 MiB, 2 passes): about 0.1-0.3 s on a laptop,
    // paid once per open. Stored per project, so they can be raised later.
    p.ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    p.memBytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return p;
}

ProjectCrypto ProjectCrypto::generate()
{
    ProjectCrypto c;
    if (!available())
        return c;
    c.m_key.resize(32);
    randombytes_buf(c.m_key.data(), 32);
    return c;
}

QByteArray ProjectCrypto::deriveKek(const QString &passphrase, const KdfParams &kdf)
{
    if (!available() || kdf.salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray pass = passphrase.toUtf8();
    QByteArray kek(32, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(kek.data()), 32, pass.constData(),
                      (unsigned long long)pass.size(), uchar_p(kdf.salt.constData()), kdf.ops, size_t(kdf.memBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return kek;
}

ProjectCrypto ProjectCrypto::unwrap(const QByteArray &wrapped, const QString &passphrase, const KdfParams &kdf)
{
    ProjectCrypto c;
    QByteArray kek = deriveKek(passphrase, kdf);
    bool ok = false;
    const QByteArray key = openWith(kek, wrapped, "veil-data-key", &ok);
    sodium_memzero(kek.data(), size_t(kek.size()));
    if (ok && key.size() == 32)
        c.m_key = key;
    return c;
}

QByteArray ProjectCrypto::wrap(const QString &passphrase, const KdfParams &kdf) const
{
    QByteArray kek = deriveKek(passphrase, kdf);
    if (kek.isEmpty() || !isValid())
        return {};
    const QByteArray out = sealWith(kek, m_key, "veil-data-key");
    sodium_memzero(kek.data(), size_t(kek.size()));
    return out;
}

QByteArray ProjectCrypto::seal(const QByteArray &plain, const QByteArray &context) const
{
    return isValid() ? sealWith(m_key, plain, context) : QByteArray();
}

QByteArray ProjectCrypto::open(const QByteArray &sealed, const QByteArray &context, bool *ok) const
{
    return openWith(m_key, sealed, context, ok);
}

QByteArray ProjectCrypto::keyedHash(const char *domain, const QByteArray &value) const
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, uchar_p(m_key.constData()), size_t(m_key.size()), 32);
    const QByteArray label = QByteArray("veil-project-") + domain + '\0';
    crypto_generichash_update(&state, uchar_p(label.constData()), size_t(label.size()));
    crypto_generichash_update(&state, uchar_p(value.constData()), size_t(value.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

} // namespace veil
