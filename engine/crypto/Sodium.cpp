#include "engine/crypto/Sodium.h"

#include <sodium.h>

namespace veil::sodium {
namespace {

using uchar_p = const unsigned char *;

} // namespace

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray randomBytes(int bytes)
{
    if (!ready())
        return {};
    QByteArray out(bytes, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(bytes));
    return out;
}

QByteArray keyedHash(const QByteArray &key, const QByteArray &label, const QByteArray &data, int bytes)
{
    ready();
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, uchar_p(key.constData()), size_t(key.size()), size_t(bytes));
    const QByteArray terminated = label + '\0';
    crypto_generichash_update(&state, uchar_p(terminated.constData()), size_t(terminated.size()));
    crypto_generichash_update(&state, uchar_p(data.constData()), size_t(data.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(bytes));
    return out;
}

QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context)
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (!ready() || key.size() != 32)
        return {};
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

QByteArray open(const QByteArray &key, const QByteArray &sealed, const QByteArray &context, bool *ok)
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (ok)
        *ok = false;
    if (!ready() || key.size() != 32 || sealed.size() < nonceBytes + tagBytes)
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

int passwordSaltBytes()
{
    return crypto_pwhash_SALTBYTES;
}

quint64 interactiveOps()
{
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

quint64 interactiveMemBytes()
{
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

QByteArray passwordKey(const QByteArray &passphrase, const QByteArray &salt, quint64 ops, quint64 memBytes)
{
    if (!ready() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    QByteArray key(32, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), 32, passphrase.constData(),
                      (unsigned long long)passphrase.size(), uchar_p(salt.constData()), ops, size_t(memBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
}

} // namespace veil::sodium
