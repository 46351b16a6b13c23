// Stage 4: number lexing, the Vietnamese way (SCHEMA.md convention 12).
//
// Takes the text of one number token and returns its value: a dot before
// exactly three digits groups thousands, otherwise it is a decimal point; a
// comma is the decimal mark; leading zeros are dropped. Scale words multiply.
// "1.200" -> 1200, "65,92" -> 65.92, "05" -> 5, "2.210.046" -> 2210046,
// "9.5" -> 9.5, "12.408,125" -> 12408.125; "1.2.3" is not a number.
#ifndef SOLIEU_LIB_LEX_H_
#define SOLIEU_LIB_LEX_H_

#include <optional>
#include <string_view>

namespace solieu {

std::optional<double> ParseNumber(std::string_view token);

// True for a plain integer with no separator: "2024", "05".
bool IsPlainInteger(std::string_view token);

// "nghìn"/"ngàn" -> 1e3, "triệu" -> 1e6, "tỷ"/"tỉ" -> 1e9, "vạn" -> 1e4; else 0.
double ScaleWordFactor(std::string_view word);

}  // namespace solieu

#endif  // SOLIEU_LIB_LEX_H_
