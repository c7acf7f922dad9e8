#pragma once

#include <QByteArray>

namespace veil::sodium {

// The one place libsodium is called (keyed pseudonyms, the project file's
// encryption): initialised once, thread-safe.
bool ready();
QByteArray randomBytes(int bytes);

// Keyed BLAKE2b of `label` (with its terminating NUL) then `data`, `bytes` long (16..64).
QByteArray keyedHash(const QByteArray &key, const QByteArray &label, const QByteArray &data, int bytes);

// XChaCha20-Poly1305 with `context` as associated data; a random nonce leads
// the sealed bytes. `key` is 32 bytes. open(): empty and *ok false when the
// bytes or the key do not match.
QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context);
QByteArray open(const QByteArray &key, const QByteArray &sealed, const QByteArray &context, bool *ok);

// Argon2id: a 32-byte key from a passphrase; empty when it cannot be derived.
int passwordSaltBytes();
quint64 interactiveOps();
quint64 interactiveMemBytes();
QByteArray passwordKey(const QByteArray &passphrase, const QByteArray &salt, quint64 ops, quint64 memBytes);

// Overwrites `secret` in place (not optimised away).
void wipe(QByteArray &secret);

} // namespace veil::sodium
