#pragma once

// Checks on the engine's Result and Status values, for tests that link it.

#include "engine/core/Result.h"

#include <QTest>

// A Status or Result that must hold; the test fails with its message otherwise.
#define VEIL_VERIFY_OK(expression)                                                                                     \
    do {                                                                                                               \
        const auto &veilResult_ = (expression);                                                                        \
        QVERIFY2(veilResult_.ok(), qPrintable(veilResult_.message()));                                                 \
    } while (false)

namespace veil::test {

// The value of a result a test needs in order to go on; the test binary
// stops with the error's message when there is none.
template <typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.message()));
    return std::move(result).value();
}
inline void must(const Status &status)
{
    if (!status)
        qFatal("%s", qPrintable(status.message()));
}

// The value, or T() with `error` holding the message: for tests that check
// what the message says.
template <typename T> T orError(Result<T> result, QString *error)
{
    if (!result) {
        *error = result.message();
        return T();
    }
    error->clear();
    return std::move(result).value();
}
inline bool orError(const Status &status, QString *error)
{
    *error = status.message();
    return status.ok();
}

} // namespace veil::test
