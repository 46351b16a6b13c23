// Stage 8: records -> JSON Lines, CSV or TSV (SCHEMA.md v1 field names).
//
// Takes finished Records and writes them; JSON objects keep SCHEMA.md's field
// order and omit optional fields that are unknown. CSV/TSV have one column per
// field, arrays and objects as JSON text, RFC 4180 quoting for CSV.
// {"doc":"corpus/000_….txt","kind":"change","text":"tăng 11,39% so cùng kỳ",…}
#ifndef SOLIEU_LIB_OUTPUT_H_
#define SOLIEU_LIB_OUTPUT_H_

#include <string>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

// The CSV/TSV columns, in order.
const std::vector<std::string>& TabularColumns();

}  // namespace solieu

#endif  // SOLIEU_LIB_OUTPUT_H_
