#pragma once

#include <QString>

namespace veil {

// Private attributes kept under Retain Safe Private: (creator, group,
// element low byte) pairs from PS3.15 Table E.3.10-1 that Veil trusts to hold
// acquisition parameters only. Everything else private is removed.
bool isSafePrivate(const QString &creator, quint16 group, quint8 elementLow);
// Whether a private block of this creator holds any safe attribute (its
// Private Creator element must then stay too).
bool isSafePrivateCreator(const QString &creator, quint16 group);

} // namespace veil
