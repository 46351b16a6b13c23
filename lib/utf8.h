// Stage 1: bytes -> validated UTF-8.
//
// Takes a document's raw bytes and returns the UTF-8 text that every offset
// refers to: the bytes themselves when they are UTF-8 (a BOM is kept, so
// offsets stay file offsets), or UTF-8 decoded from UTF-16 with a BOM.
// Guarantees: the returned text is valid UTF-8 with no NUL byte.
// "Kết nạp\xC3 đảng viên" fails with "invalid UTF-8 byte 0xC3" at offset 11,
// or, when lossy, gives U+FFFD there and a warning.
#ifndef SOLIEU_LIB_UTF8_H_
#define SOLIEU_LIB_UTF8_H_

#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

struct DecodedText {
  std::string text;        // valid UTF-8
  size_t body_start = 0;   // first byte after a UTF-8 BOM (3), else 0
  std::vector<Warning> warnings;
};

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name, bool lossy);

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not one.
size_t Utf8SequenceLength(std::string_view s, size_t i);

// The code point starting at s[i] (which must be valid UTF-8), and its length.
char32_t DecodeCodePoint(std::string_view s, size_t i, size_t* length);

void AppendUtf8(char32_t c, std::string* out);

// True when the first code point of `w` (valid UTF-8) is an upper-case
// letter: "Đại", "Ủy", "TP" — not "đảng", "ấp", "12".
bool IsUpperStart(std::string_view w);
// Whether `w` starts with a lower-case letter: "dài trong quản lý …".
bool IsLowerStart(std::string_view w);

}  // namespace solieu

#endif  // SOLIEU_LIB_UTF8_H_
