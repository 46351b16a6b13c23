#include "lex.h"

#include <charconv>
#include <string>

namespace solieu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<double> ToDouble(const std::string& s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

bool IsPlainInteger(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token)
    if (!IsDigit(c)) return false;
  return true;
}

std::optional<double> ParseNumber(std::string_view token) {
  // Split into digit groups and the separators between them.
  std::string digits;
  size_t comma = std::string_view::npos;
  size_t dots = 0;
  size_t group_len = 0;
  bool dot_groups_of_three = true;
  char prev_sep = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (IsDigit(c)) {
      ++group_len;
      continue;
    }
    if ((c != '.' && c != ',') || group_len == 0 || i + 1 >= token.size()) return std::nullopt;
    if (c == ',') {
      if (comma != std::string_view::npos) return std::nullopt;  // "1,2,3"
      comma = i;
    } else {
      if (comma != std::string_view::npos) return std::nullopt;  // "1,5.3"
      ++dots;
    }
    if (prev_sep == '.' && group_len != 3) dot_groups_of_three = false;
    prev_sep = c;
    group_len = 0;
  }
  if (group_len == 0) return std::nullopt;
  if (prev_sep == '.' && group_len != 3) dot_groups_of_three = false;

  std::string out;
  out.reserve(token.size());
  if (dots == 1 && comma == std::string_view::npos && !dot_groups_of_three) {
    // The English decimal point: "9.5%/năm".
    for (char c : token) out.push_back(c);
    return ToDouble(out);
  }
  if (dots > 0 && !dot_groups_of_three) return std::nullopt;  // "1.2.3", "1.20.300"
  for (char c : token) {
    if (c == '.') continue;
    out.push_back(c == ',' ? '.' : c);
  }
  return ToDouble(out);
}

double ScaleWordFactor(std::string_view w) {
  if (w == "nghìn" || w == "ngàn") return 1e3;
  if (w == "vạn") return 1e4;
  if (w == "triệu") return 1e6;
  if (w == "tỷ" || w == "tỉ") return 1e9;
  return 0;
}

}  // namespace solieu
