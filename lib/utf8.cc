#include "utf8.h"

#include <utf8proc.h>

#include <cstdio>
#include <optional>

namespace solieu {
namespace {

std::string ByteHex(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

Error MakeError(Error::Code code, std::string_view name, size_t offset, std::string message) {
  return Error{code, std::string(name), offset, std::move(message)};
}

Error NulError(std::string_view name, size_t offset) {
  return MakeError(Error::Code::kBinary, name, offset,
                   "NUL byte: this looks like a binary file, not a text document; "
                   "convert it to UTF-8 text first");
}

// UTF-16 with a BOM (Windows "Unicode" text exports). Offsets in errors are
// byte offsets in the original file.
Result<DecodedText> DecodeUtf16(std::string_view bytes, std::string_view name, bool little_endian,
                                bool lossy) {
  DecodedText out;
  out.text.reserve(bytes.size() * 3 / 2);
  auto unit_at = [&](size_t i) -> char16_t {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return static_cast<char16_t>(hi << 8 | lo);
  };
  auto bad = [&](size_t i, const char* what) -> std::optional<Error> {
    if (!lossy) return MakeError(Error::Code::kInvalidUtf8, name, i, what);
    out.warnings.push_back({out.text.size(), std::string(what) + " replaced by U+FFFD"});
    AppendUtf8(0xFFFD, &out.text);
    return std::nullopt;
  };
  size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char16_t u = unit_at(i);
    char32_t c = u;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 < bytes.size()) {
        char16_t v = unit_at(i + 2);
        if (v >= 0xDC00 && v <= 0xDFFF) {
          c = 0x10000 + ((char32_t{u} - 0xD800) << 10) + (v - 0xDC00);
          i += 2;
          AppendUtf8(c, &out.text);
          continue;
        }
      }
      if (auto e = bad(i, "unpaired UTF-16 surrogate")) return *e;
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      if (auto e = bad(i, "unpaired UTF-16 surrogate")) return *e;
      continue;
    }
    if (c == 0) return NulError(name, i);
    AppendUtf8(c, &out.text);
  }
  if (i < bytes.size()) {
    if (auto e = bad(i, "odd trailing byte in UTF-16 text")) return *e;
  }
  return out;
}

}  // namespace

char32_t DecodeCodePoint(std::string_view s, size_t i, size_t* length) {
  auto b = [&](size_t k) { return char32_t{static_cast<unsigned char>(s[i + k])}; };
  char32_t c = b(0);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  if (c < 0xE0) {
    *length = 2;
    return (c & 0x1F) << 6 | (b(1) & 0x3F);
  }
  if (c < 0xF0) {
    *length = 3;
    return (c & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
  }
  *length = 4;
  return (c & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
}

namespace {
int CategoryOfFirst(std::string_view w) {
  if (w.empty()) return UTF8PROC_CATEGORY_CN;
  size_t n = 0;
  return utf8proc_category(static_cast<utf8proc_int32_t>(DecodeCodePoint(w, 0, &n)));
}
}  // namespace

bool IsUpperStart(std::string_view w) { return CategoryOfFirst(w) == UTF8PROC_CATEGORY_LU; }

bool IsLowerStart(std::string_view w) { return CategoryOfFirst(w) == UTF8PROC_CATEGORY_LL; }

std::string Capitalized(std::string_view w) {
  if (w.empty()) return std::string();
  size_t n = 0;
  char32_t first = DecodeCodePoint(w, 0, &n);
  if (n == 0) return std::string(w);
  std::string out;
  AppendUtf8(static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(first))), &out);
  out.append(w.substr(n));
  return out;
}

bool IsAcronym(std::string_view w) {
  size_t letters = 0;
  for (size_t i = 0; i < w.size(); ++letters) {
    size_t n = 0;
    char32_t c = DecodeCodePoint(w, i, &n);
    if (n == 0 || utf8proc_category(static_cast<utf8proc_int32_t>(c)) != UTF8PROC_CATEGORY_LU) return false;
    i += n;
  }
  return letters >= 2;
}

bool IsInitialismOf(std::string_view acronym, std::string_view words) {
  std::vector<char32_t> letters;
  for (size_t i = 0, n = 0; i < acronym.size(); i += std::max<size_t>(n, 1))
    letters.push_back(DecodeCodePoint(acronym, i, &n));
  size_t end = words.size();
  for (size_t k = letters.size(); k-- > 0;) {
    while (end > 0 && words[end - 1] == ' ') --end;
    size_t start = words.rfind(' ', end == 0 ? 0 : end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    if (start >= end) return false;
    size_t n = 0;
    char32_t first = DecodeCodePoint(words, start, &n);
    if (utf8proc_toupper(static_cast<utf8proc_int32_t>(first)) !=
        utf8proc_toupper(static_cast<utf8proc_int32_t>(letters[k])))
      return false;
    end = start;
  }
  return !letters.empty();
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | c >> 6));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | c >> 12));
    out->push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | c >> 18));
    out->push_back(static_cast<char>(0x80 | (c >> 12 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Formats that are not text, by their first bytes: say what the file is.
std::optional<Error> KnownBinary(std::string_view bytes, std::string_view name) {
  static constexpr std::pair<std::string_view, const char*> kMagic[] = {
      {"%PDF-", "a PDF file"},
      {"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "a Microsoft Office 97-2003 file (DOC/XLS)"},
      {"\x7F" "ELF", "an executable"},
      {"\x89PNG", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"\x1F\x8B", "a gzip file"},
      {"{\\rtf", "an RTF document"},
  };
  for (auto [magic, what] : kMagic) {
    if (bytes.substr(0, magic.size()) == magic) {
      return Error{Error::Code::kBinary, std::string(name), 0,
                   std::string("this is ") + what + ", not a text document; convert it to UTF-8 text first"};
    }
  }
  return std::nullopt;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name, bool lossy) {
  if (auto binary = KnownBinary(bytes, name)) return *binary;
  if (bytes.size() >= 2) {
    auto b0 = static_cast<unsigned char>(bytes[0]);
    auto b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return DecodeUtf16(bytes, name, /*little_endian=*/true, lossy);
    if (b0 == 0xFE && b1 == 0xFF) return DecodeUtf16(bytes, name, /*little_endian=*/false, lossy);
  }
  DecodedText out;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") out.body_start = 3;
  size_t i = 0;
  size_t copied = 0;  // bytes[0, copied) are already in out.text (lossy only)
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0) return NulError(name, i);
    size_t n = Utf8SequenceLength(bytes, i);
    if (n != 0) {
      i += n;
      continue;
    }
    std::string what = "invalid UTF-8 byte " + ByteHex(c);
    if (!lossy) {
      return MakeError(Error::Code::kInvalidUtf8, name, i,
                       what + "; the file is not UTF-8 (convert it, e.g. with iconv, "
                              "or pass --lossy to replace bad bytes)");
    }
    out.text.append(bytes.substr(copied, i - copied));
    out.warnings.push_back({out.text.size(), what + " replaced by U+FFFD"});
    AppendUtf8(0xFFFD, &out.text);
    copied = ++i;
  }
  if (copied == 0) {
    out.text.assign(bytes);
  } else {
    out.text.append(bytes.substr(copied));
  }
  return out;
}

}  // namespace solieu
