#pragma once

#include <QByteArray>
#include <QString>

namespace veil {

// The project's secrets. A random 32-byte data key encrypts every field that
// can carry an identifier (XChaCha20-Poly1305, a fresh nonce per value) and
// keys the hashes that let the project find a patient without storing who
// it is. The data key itself is stored wrapped by a key derived from the
// passphrase (Argon2id, salt and limits stored beside it), so a wrong
// passphrase unlocks nothing and a new passphrase only re-wraps.
class ProjectCrypto
{
public:
    struct KdfParams
    {
        QByteArray salt;
        quint64 ops = 0;
        quint64 memBytes = 0;
    };

    static bool available(); // libsodium initialised
    static KdfParams newKdfParams();
    static ProjectCrypto generate();
    // Unwraps a data key; invalid when the passphrase is wrong.
    static ProjectCrypto unwrap(const QByteArray &wrapped, const QString &passphrase, const KdfParams &kdf);
    QByteArray wrap(const QString &passphrase, const KdfParams &kdf) const;

    bool isValid() const { return m_key.size() == 32; }
    QByteArray seal(const QByteArray &plain, const QByteArray &context) const;
    QByteArray sealText(const QString &plain, const QByteArray &context) const { return seal(plain.toUtf8(), context); }
    // `ok` false when the value was not sealed with this key and context.
    QByteArray open(const QByteArray &sealed, const QByteArray &context, bool *ok = nullptr) const;
    QString openText(const QByteArray &sealed, const QByteArray &context, bool *ok = nullptr) const
    {
        return QString::fromUtf8(open(sealed, context, ok));
    }
    // Keyed BLAKE2b-256 under a domain label: equality without the value.
    QByteArray keyedHash(const char *domain, const QByteArray &value) const;

private:
    static QByteArray deriveKek(const QString &passphrase, const KdfParams &kdf);
    QByteArray m_key;
};

} // namespace veil
