// Stage 8: records -> JSON Lines, CSV or TSV (SCHEMA.md v1 field names).
//
// Takes finished Records and writes them; JSON objects keep SCHEMA.md's field
// order and omit optional fields that are unknown. CSV/TSV have one column per
// field, arrays and objects as JSON text, RFC 4180 quoting for CSV.
// {"doc":"corpus/000_….txt","kind":"change","text":"tăng 11,39% so cùng kỳ",…}
#ifndef SOLIEU_LIB_OUTPUT_H_
#define SOLIEU_LIB_OUTPUT_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "solieu/solieu.h"

namespace solieu {

// The CSV/TSV columns, in order (also the columns of the database's facts).
const std::vector<std::string>& TabularColumns();

// A record as the JSON object ToJson() prints.
nlohmann::ordered_json ToJsonObject(const Record& record);

// The inverse, for records read back (JSON Lines, the database): every
// SCHEMA.md field, unknown fields ignored. Empty, with the reason in `why`,
// when the kind or the span is missing or malformed.
std::optional<Record> RecordFromJson(const nlohmann::ordered_json& j, std::string* why);

}  // namespace solieu

#endif  // SOLIEU_LIB_OUTPUT_H_
