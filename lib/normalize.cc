#include "normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <strings.h>

#include "utf8.h"

namespace solieu {

void OffsetMap::AddVerbatim(size_t norm_start, size_t orig_start, size_t orig_end) {
  if (orig_end == orig_start) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.verbatim && last.norm_end == norm_start && last.orig_end == orig_start) {
      last.norm_end += orig_end - orig_start;
      last.orig_end = orig_end;
      return;
    }
  }
  pieces_.push_back({norm_start, norm_start + (orig_end - orig_start), orig_start, orig_end, true});
}

void OffsetMap::AddReplaced(size_t norm_start, size_t norm_end, size_t orig_start,
                            size_t orig_end) {
  // A removed piece (norm_start == norm_end) needs no entry: positions on
  // either side of it map through their own pieces.
  if (norm_end == norm_start) return;
  pieces_.push_back({norm_start, norm_end, orig_start, orig_end, false});
}

size_t OffsetMap::StartToOriginal(size_t pos) const {
  if (pieces_.empty()) return 0;
  // The piece holding byte `pos`: the last one starting at or before it.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](size_t p, const Piece& piece) { return p < piece.norm_start; });
  if (it == pieces_.begin()) return pieces_.front().orig_start;
  const Piece& piece = *std::prev(it);
  if (pos >= piece.norm_end) return piece.orig_end;
  return piece.verbatim ? piece.orig_start + (pos - piece.norm_start) : piece.orig_start;
}

size_t OffsetMap::EndToOriginal(size_t pos) const {
  if (pieces_.empty()) return 0;
  // The piece holding byte `pos - 1`: the last one starting before `pos`.
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), pos,
                             [](const Piece& piece, size_t p) { return piece.norm_start < p; });
  if (it == pieces_.begin()) return pieces_.front().orig_start;
  const Piece& piece = *std::prev(it);
  if (pos >= piece.norm_end) return piece.orig_end;
  return piece.verbatim ? piece.orig_start + (pos - piece.norm_start) : piece.orig_end;
}

namespace {

bool IsCombiningMark(char32_t c) {
  if (c >= 0x300 && c <= 0x36F) return true;  // the tone marks of decomposed Vietnamese
  if (c < 0x300) return false;
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class != 0;
}

int SuperscriptDigit(char32_t c) {
  switch (c) {
    case 0x2070: return 0;
    case 0x00B9: return 1;
    case 0x00B2: return 2;
    case 0x00B3: return 3;
    default: return (c >= 0x2074 && c <= 0x2079) ? static_cast<int>(c - 0x2070) : -1;
  }
}

// Block-level HTML elements end a line of text; inline ones vanish.
bool IsBlockTag(std::string_view name) {
  static constexpr std::string_view kBlock[] = {
      "p", "br", "li", "ul", "ol", "div", "table", "tr", "td", "th", "tbody", "thead",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "dl", "dt", "dd"};
  for (std::string_view b : kBlock) {
    if (name.size() == b.size() && strncasecmp(name.data(), b.data(), b.size()) == 0) return true;
  }
  return false;
}

// U+2029: ICU ends a sentence there; table rows (split on '\n') stay whole.
constexpr std::string_view kParagraphSeparator = "\xE2\x80\xA9";

bool IsAsciiPunct(char c) { return std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) && c; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ASCII bytes that Normalizer::Ascii() passes through unchanged: all but
// markup ('<', '&', '*', '\\', '#', '$', '[' of a Word bookmark), '\r' and control characters.
constexpr auto kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
  for (char markup : std::string_view("<&*\\#$[")) plain[static_cast<unsigned char>(markup)] = false;
  plain['\t'] = plain['\n'] = true;
  return plain;
}();

class Normalizer {
 public:
  Normalizer(std::string_view in, size_t body_start) : in_(in), i_(body_start), pending_(body_start), body_start_(body_start) {
    if (body_start > 0) out_.map.AddReplaced(0, 0, 0, body_start);
    out_.text.reserve(in.size());
    out_.original = in;
  }

  NormalizedText Run() {
    while (i_ < in_.size()) {
      unsigned char c = static_cast<unsigned char>(in_[i_]);
      if (kPlainAscii[c]) {
        ++i_;
      } else if (c < 0x80) {
        Ascii(static_cast<char>(c));
      } else if (c >= 0xC3 && c <= 0xCB) {
        // U+00C0-U+02FF (â, đ, ơ, ư): letters with nothing to normalise, and
        // below the combining marks (U+0300). Most of a bulletin's bytes are
        // these and the precomposed letters below: they are passed over
        // without decoding them.
        i_ += 2;
      } else if (c == 0xE1 && i_ + 1 < in_.size() &&
                 (static_cast<unsigned char>(in_[i_ + 1]) & 0xFC) == 0xB8) {
        // U+1E00-U+1EFF (ạ, ế, ộ, ữ): precomposed letters, combining class 0.
        i_ += 3;
      } else {
        NonAscii();
      }
    }
    Flush(in_.size());
    return std::move(out_);
  }

 private:
  // Copies the verbatim bytes in_[pending_, upto) to the output.
  void Flush(size_t upto) {
    if (upto <= pending_) return;
    size_t norm_start = out_.text.size();
    out_.text.append(in_.substr(pending_, upto - pending_));
    out_.map.AddVerbatim(norm_start, pending_, upto);
    pending_ = upto;
  }

  // Replaces in_[from, to) by `with` (possibly empty) and moves past it.
  void Replace(size_t from, size_t to, std::string_view with) {
    Flush(from);
    size_t norm_start = out_.text.size();
    out_.text.append(with);
    out_.map.AddReplaced(norm_start, out_.text.size(), from, to);
    i_ = pending_ = to;
  }

  bool AtLineStart(size_t pos) const {
    while (pos > 0 && (in_[pos - 1] == ' ' || in_[pos - 1] == '\t')) --pos;
    return pos == 0 || in_[pos - 1] == '\n' || pos == body_start_;
  }

  void Ascii(char c) {
    switch (c) {
      case '<': if (Tag()) return; break;
      case '&': if (Entity()) return; break;
      case '*': if (Emphasis()) return; break;
      case '\\':
        // Markdown escape: "\*" is a literal '*', "\." a literal '.'.
        if (i_ + 1 < in_.size() && IsAsciiPunct(in_[i_ + 1])) {
          Replace(i_, i_ + 2, in_.substr(i_ + 1, 1));
          return;
        }
        break;
      case '#': if (HeadingMark()) return; break;
      case '[': if (Bookmark()) return; break;
      case '$':
        if (i_ == math_close_) {
          Replace(i_, i_ + 1, "");
          return;
        }
        if (InlineMath()) return;
        break;
      case '\r':
        Replace(i_, i_ + 1, (i_ + 1 < in_.size() && in_[i_ + 1] == '\n') ? "" : "\n");
        return;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
          Replace(i_, i_ + 1, " ");
          return;
        }
    }
    ++i_;
  }

  // "[bookmark: _GoBack]", "[bookmark: _Hlk37155036]": Word bookmarks that a
  // DOCX export leaves in the text, here before 000's heading "6. Tình hình,
  // kết quả thực hiện Nghị quyết quí I năm 2020". They go.
  bool Bookmark() {
    static constexpr std::string_view kOpen = "[bookmark:";
    if (in_.substr(i_, kOpen.size()) != kOpen) return false;
    size_t end = in_.find_first_of("]\n", i_ + kOpen.size());
    if (end == std::string_view::npos || in_[end] != ']' || end - i_ > 128) return false;
    Replace(i_, end + 1, "");
    return true;
  }

  // "<p>", "</p>", "<ul style=…>", "<i>", "<sup>[1]</sup>". A '<' that does not
  // open a tag stays: "Tội phạm: <333 vụ" is a comparator.
  bool Tag() {
    size_t j = i_ + 1;
    bool closing = j < in_.size() && in_[j] == '/';
    if (closing) ++j;
    size_t name_start = j;
    while (j < in_.size() && (IsAsciiAlpha(in_[j]) || (j > name_start && std::isdigit(
                                                           static_cast<unsigned char>(in_[j])))))
      ++j;
    if (j == name_start && !(j < in_.size() && in_[j] == '!')) return false;
    std::string_view name = in_.substr(name_start, j - name_start);
    size_t limit = std::min(in_.size(), i_ + 1024);
    size_t end = j;
    while (end < limit && in_[end] != '>' && in_[end] != '<' && in_[end] != '\n') ++end;
    if (end >= limit || in_[end] != '>') return false;
    ++end;
    if (!closing && strncasecmp(name.data(), "sup", 3) == 0 && name.size() == 3 && SupMarker(end))
      return true;
    // A block tag ends a paragraph but not the line: 004's tables hold "<p>…</p>"
    // inside tab-separated rows, and the row must stay one line.
    // An HTML table becomes the tab-separated rows the table reader knows:
    // "<tr>" starts a line, each "<td>" after the first starts a cell.
    auto is = [&](const char* tag) {
      return name.size() == std::strlen(tag) && strncasecmp(name.data(), tag, name.size()) == 0;
    };
    if (is("tr") || is("table") || is("thead") || is("tbody")) {
      first_cell_ = true;
      Replace(i_, end, closing ? "" : "\n");
    } else if (is("td") || is("th")) {
      Replace(i_, end, closing || first_cell_ ? "" : "\t");
      if (!closing) first_cell_ = false;
    } else {
      Replace(i_, end, IsBlockTag(name) ? kParagraphSeparator : "");
    }
    return true;
  }

  // "<sup>[1]</sup>" or "<sup>12</sup>": a footnote marker; `open_end` is
  // just past "<sup>".
  bool SupMarker(size_t open_end) {
    size_t close = in_.find("</sup>", open_end);
    if (close == std::string_view::npos || close - open_end > 12) return false;
    std::string_view body = in_.substr(open_end, close - open_end);
    if (body.size() >= 2 && ((body.front() == '[' && body.back() == ']') ||
                             (body.front() == '(' && body.back() == ')')))
      body = body.substr(1, body.size() - 2);  // "<sup>[1]</sup>", "<sup>(1)</sup>"
    if (body.empty() || body.size() > 4 ||
        !std::all_of(body.begin(), body.end(), [](char d) { return d >= '0' && d <= '9'; }))
      return false;
    size_t end = close + 6;
    out_.markers.push_back({out_.text.size() + (i_ - pending_), std::atoi(std::string(body).c_str()),
                            Span{i_, end}});
    Replace(i_, end, "");
    return true;
  }

  bool Entity() {
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
        {"&quot;", "\""}, {"&apos;", "'"}, {"&ndash;", "-"}, {"&mdash;", "-"}};
    std::string_view rest = in_.substr(i_, 12);
    for (auto [name, value] : kNamed) {
      if (rest.substr(0, name.size()) == name) {
        Replace(i_, i_ + name.size(), value);
        return true;
      }
    }
    if (rest.size() > 3 && rest[1] == '#') {
      size_t semi = rest.find(';');
      if (semi == std::string_view::npos || semi < 3) return false;
      bool hex = rest[2] == 'x' || rest[2] == 'X';
      std::string digits(rest.substr(hex ? 3 : 2, semi - (hex ? 3 : 2)));
      char* end = nullptr;
      unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0' || cp == 0 || cp > 0x10FFFF ||
          (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
      std::string utf8;
      AppendUtf8(static_cast<char32_t>(cp), &utf8);
      Replace(i_, i_ + semi + 1, utf8);
      return true;
    }
    return false;
  }

  // Markdown emphasis: "**BAN TUYÊN GIÁO**", "*Số tháng 10/2023 - LHNB*". A
  // bullet ("* item") or a lone '*' between spaces is text.
  bool Emphasis() {
    size_t j = i_;
    while (j < in_.size() && in_[j] == '*') ++j;
    bool space_before = i_ == 0 || IsSpaceByte(in_[i_ - 1]);
    bool space_after = j >= in_.size() || IsSpaceByte(in_[j]);
    if (space_before && space_after) return false;
    if (j - i_ >= 2 && AtLineStart(i_) && LineEndsBold(j)) MarkHeadingLine();
    Replace(i_, j, "");
    return true;
  }

  // Whether the line from `from` ends with "**" (before trailing spaces).
  bool LineEndsBold(size_t from) const {
    size_t eol = in_.find('\n', from);
    std::string_view line = in_.substr(from, (eol == std::string_view::npos ? in_.size() : eol) - from);
    while (!line.empty() && IsSpaceByte(line.back())) line.remove_suffix(1);
    return line.size() >= 2 && line.substr(line.size() - 2) == "**";
  }

  // The line now being written starts a heading set apart by markup.
  void MarkHeadingLine() {
    Flush(i_);
    size_t nl = out_.text.empty() ? std::string::npos : out_.text.rfind('\n');
    size_t line_start = nl == std::string::npos ? 0 : nl + 1;
    auto& marks = out_.marked_heading_lines;
    if (marks.empty() || marks.back() != line_start) marks.push_back(line_start);
  }

  // Inline math from DOCX exports: 004: "($\\approx 336,38$ triệu USD)",
  // "$1.887/21.749$". The dollars go; "\\approx" reads as "≈".
  bool InlineMath() {
    size_t close = in_.find('$', i_ + 1);
    if (close == std::string_view::npos || close - i_ > 64) return false;
    std::string_view body = in_.substr(i_ + 1, close - i_ - 1);
    if (body.empty() || body.find('\n') != std::string_view::npos ||
        body.find_first_of("0123456789") == std::string_view::npos)
      return false;
    Replace(i_, i_ + 1, "");
    static constexpr std::string_view kApprox = "\\approx";
    if (body.substr(0, kApprox.size()) == kApprox) Replace(i_, i_ + kApprox.size(), "≈");
    // The closing dollar is dropped when the scan reaches it: note it.
    math_close_ = close;
    return true;
  }

  // "## **1. Một số chủ trương…**": the '#' run and its space go.
  bool HeadingMark() {
    if (!AtLineStart(i_)) return false;
    size_t j = i_;
    while (j < in_.size() && in_[j] == '#') ++j;
    if (j - i_ > 6 || j >= in_.size() || in_[j] != ' ') return false;
    MarkHeadingLine();
    Replace(i_, j + 1, "");
    return true;
  }

  void NonAscii() {
    size_t n = 0;
    char32_t c = DecodeCodePoint(in_, i_, &n);
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) {
      Replace(i_, i_ + n, " ");
    } else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xAD) {
      Replace(i_, i_ + n, "");
    } else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2032) {
      Replace(i_, i_ + n, "'");
    } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2033) {
      Replace(i_, i_ + n, "\"");
    } else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
      Replace(i_, i_ + n, "-");
    } else if (c == 0x2028 || c == 0x2029 || c == 0x85) {
      Replace(i_, i_ + n, "\n");
    } else if (SuperscriptDigit(c) >= 0) {
      Superscript();
    } else if (IsCombiningMark(c)) {
      Compose(n);
    } else {
      i_ += n;
    }
  }

  // "m²", "km²", "m³" keep their exponent; any other run of superscript digits
  // is a footnote marker: "đảng viên²⁰".
  void Superscript() {
    size_t start = i_;
    int number = 0;
    size_t j = i_;
    int digits = 0;
    while (j < in_.size()) {
      size_t n = 0;
      char32_t c = DecodeCodePoint(in_, j, &n);
      int d = SuperscriptDigit(c);
      if (d < 0) break;
      if (digits < 6) number = number * 10 + d;
      ++digits;
      j += n;
    }
    // "m²", "km²", and "m ³" with a stray space (004: "277.580m ³").
    bool after_unit_letter = (start > 0 && in_[start - 1] == 'm') ||
                             (start > 1 && in_[start - 1] == ' ' && in_[start - 2] == 'm');
    if (after_unit_letter && digits == 1 && (number == 2 || number == 3)) {
      i_ = j;
      return;
    }
    size_t norm_pos = out_.text.size() + (start - pending_);
    out_.markers.push_back({norm_pos, number, Span{start, j}});
    Replace(start, j, "");
  }

  // A combining mark after its base letter: NFC the cluster (base + marks) so
  // "Tiếng" in decomposed form reads like the precomposed one.
  void Compose(size_t mark_len) {
    size_t base = i_;
    if (base > 0) {
      --base;
      while (base > 0 && (static_cast<unsigned char>(in_[base]) & 0xC0) == 0x80) --base;
    }
    size_t end = i_ + mark_len;
    while (end < in_.size()) {
      size_t n = 0;
      char32_t c = DecodeCodePoint(in_, end, &n);
      if (!IsCombiningMark(c)) break;
      end += n;
    }
    if (base < pending_ || base == i_) {  // the base was itself replaced: keep the marks
      i_ = end;
      return;
    }
    std::string cluster(in_.substr(base, end - base));
    utf8proc_uint8_t* composed = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(cluster.c_str()));
    if (composed == nullptr) {
      i_ = end;
      return;
    }
    std::string with(reinterpret_cast<char*>(composed));
    std::free(composed);
    Replace(base, end, with);
  }

  std::string_view in_;
  size_t i_;
  size_t pending_;  // start of the verbatim bytes not yet copied
  size_t body_start_;
  size_t math_close_ = std::string_view::npos;  // the '$' that closes inline math
  bool first_cell_ = true;                       // the next <td> opens a row
  NormalizedText out_;
};

}  // namespace

NormalizedText Normalize(std::string_view utf8, size_t body_start) {
  return Normalizer(utf8, body_start).Run();
}

}  // namespace solieu
