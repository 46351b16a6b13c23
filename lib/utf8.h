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
// Inline: decoding and writing JSON call it for every non-ASCII letter.
inline size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return k < n && (b(i + k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

// The code point starting at s[i] (which must be valid UTF-8), and its length.
char32_t DecodeCodePoint(std::string_view s, size_t i, size_t* length);

void AppendUtf8(char32_t c, std::string* out);

// True when the first code point of `w` (valid UTF-8) is an upper-case
// letter: "Đại", "Ủy", "TP" — not "đảng", "ấp", "12".
bool IsUpperStart(std::string_view w);
// Whether `w` starts with a lower-case letter: "dài trong quản lý …".
bool IsLowerStart(std::string_view w);
// `w` with its first letter in upper case: "công trình" -> "Công trình".
std::string Capitalized(std::string_view w);
// Whether `w` is an acronym: two or more upper-case letters and nothing else,
// "ĐV", "CNVCLĐ" (not "Mỹ", "TP.").
bool IsAcronym(std::string_view w);
// Whether `acronym` spells the initials of the last words of `words`, case
// aside: "CĐCS" of "… thành lập được hơn 120 công đoàn cơ sở", "THT" of "tổ hợp
// tác" (not "BTS" of "trạm thu phát sóng viễn thông").
bool IsInitialismOf(std::string_view acronym, std::string_view words);

}  // namespace solieu

#endif  // SOLIEU_LIB_UTF8_H_
