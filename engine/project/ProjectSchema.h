#pragma once

#include "engine/core/Result.h"

#include <QString>

namespace veil {

class SqliteDb;

// Brings a project file to the current schema, one migration per version,
// each in its own transaction. Fails (with a message) for files that are not
// Veil projects or were written by a newer Veil.
Status migrateProject(SqliteDb &db, int currentVersion);

// 'VEIL' as SQLite's application_id: tells a project from any other SQLite file.
constexpr int kProjectApplicationId = 0x5645494C;

} // namespace veil
