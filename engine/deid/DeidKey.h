#pragma once

#include "engine/core/Result.h"

#include <QByteArray>
#include <QString>

namespace veil {

// The project secret behind every pseudonym, UID and date shift: the same
// input with the same key gives the same output on any machine; without the
// key nothing links back. 32 random bytes (libsodium).
class DeidKey
{
public:
    static DeidKey generate();
    // Text file "veil-key-v1 <base64>", written atomically with mode 0600.
    Status save(const QString &path) const;
    static Result<DeidKey> load(const QString &path);

    bool isValid() const { return m_secret.size() == 32; }

    // The raw secret, for storing it encrypted (the project file) and back.
    static DeidKey fromSecret(const QByteArray &secret);
    const QByteArray &secret() const { return m_secret; }

    // Keyed BLAKE2b of `data` under a domain label ("uid", "patient", ...), so
    // that one purpose's output says nothing about another's.
    QByteArray hash(const char *domain, const QByteArray &data, int bytes = 32) const;

    // A short keyed fingerprint of a value, for records: proves equality to
    // someone who has the key and the value, reveals nothing otherwise.
    QString fingerprint(const QByteArray &value) const;

private:
    QByteArray m_secret;
};

} // namespace veil
