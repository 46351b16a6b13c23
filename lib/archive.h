// Inputs: arguments -> the documents of a run, and one document's bytes.
//
// Takes files, directories and path lists (or JSON Lines documents) and
// returns the documents in input order: directories walked depth first in byte
// order of their entries' names, symbolic links followed but no directory
// twice, include/exclude globs and a shard applied. Reading a document gives
// its bytes and modification time, with errors that say what to do.
// "archive/" holding 2023/01.txt, 2023/02.md and notes.pdf ->
// "archive/2023/01.txt", "archive/2023/02.md" (notes.pdf excluded).
#ifndef SOLIEU_LIB_ARCHIVE_H_
#define SOLIEU_LIB_ARCHIVE_H_

#include <string>
#include <vector>

#include "solieu/archive.h"

namespace solieu {

// True when a glob matches: one with no '/' against `name`, one with '/'
// against `relative` (the path below the directory given); case ignored.
bool GlobMatches(const std::vector<std::string>& globs, const std::string& name,
                 const std::string& relative);

}  // namespace solieu

#endif  // SOLIEU_LIB_ARCHIVE_H_
