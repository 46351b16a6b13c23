// The database: documents and their figures in SQLite.
//
// Takes documents as the runner delivers them and stores each in one
// transaction: its row in `documents` (path, size, mtime, SHA-256, status,
// error, settings, …) and its records in `facts`, one column per SCHEMA.md
// field, replacing what an earlier run stored for that path. WAL mode, so a
// reader may query while a run writes; a killed run leaves every committed
// document whole and none half-written. A document whose path, bytes
// (SHA-256) and extraction settings are those stored with status ok is
// unchanged, and a re-run skips it.
// corpus/000_….txt -> documents(id 1, status 'ok', figures 254), facts 1..254.
#ifndef SOLIEU_LIB_DATABASE_H_
#define SOLIEU_LIB_DATABASE_H_

#include <string>

#include "solieu/archive.h"

namespace solieu {

// PRAGMA user_version of the databases this code writes (the layout in
// solieu/archive.h). A database of another version is refused, not altered.
inline constexpr int kDatabaseVersion = 1;

// What decides a document's figures besides its bytes:
// "solieu 0.1.0; records v1; strictness normal; lossy no".
std::string ExtractionSettings(const Options& options);

}  // namespace solieu

#endif  // SOLIEU_LIB_DATABASE_H_
