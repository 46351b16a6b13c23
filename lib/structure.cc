#include "structure.h"

#include <algorithm>
#include <cctype>

#include "utf8.h"

namespace solieu {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "1.", "1.1", "1.1.1." at the start of `t`: the number of groups, and where
// the title begins. 0 if `t` does not open with such a number.
int ArabicDepth(std::string_view t, size_t* title) {
  size_t i = 0;
  int groups = 0;
  while (i < t.size() && IsDigit(t[i])) {
    size_t digits = 0;
    while (i < t.size() && IsDigit(t[i])) ++i, ++digits;
    if (digits > 2) return 0;  // "2024 …" is a year, not a number of a section
    ++groups;
    if (i < t.size() && t[i] == '.') ++i;
    else break;
  }
  if (groups == 0 || i >= t.size() || t[i] != ' ') return 0;
  // "1 tỷ …" is a figure: a single group needs its dot ("1. …").
  if (groups == 1 && t[i - 1] != '.') return 0;
  *title = i;
  return groups;
}

bool RomanNumbered(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && std::string_view("IVXL").find(t[i]) != std::string_view::npos) ++i;
  return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

bool LetterNumbered(std::string_view t) {
  size_t n = t.rfind("đ", 0) == 0 ? 2 : (t.size() > 0 && t[0] >= 'a' && t[0] <= 'z' ? 1 : 0);
  return n > 0 && n + 1 < t.size() && (t[n] == ')' || t[n] == '.') && t[n + 1] == ' ';
}

// Capitals, judged on the ASCII letters (Vietnamese capitals with marks are
// multi-byte; a lower-case ASCII letter is enough to say "not all capitals").
bool AllCapitals(std::string_view t) {
  int lower = 0, upper = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') ++lower;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 4 && lower == 0;
}

bool IsBlankOrPageNumber(std::string_view line) {
  size_t a = line.find_first_not_of(" \t");
  if (a == std::string_view::npos) return true;
  size_t b = line.find_last_not_of(" \t");
  std::string_view t = line.substr(a, b - a + 1);
  return t.size() <= 3 && std::all_of(t.begin(), t.end(), IsDigit);
}

// The number a heading gives itself: "6." -> 6, "II." -> 2, "b)" -> 2.
int OrdinalOf(HeadingStyle style, std::string_view t) {
  size_t a = t.find_first_not_of(' ');
  if (a == std::string_view::npos) return 0;
  t.remove_prefix(a);
  switch (style) {
    case HeadingStyle::kArabic:
    case HeadingStyle::kArabic2:
    case HeadingStyle::kArabic3: {
      // The last group counts: "1.2" is the second under "1.".
      int n = 0, last = 0;
      for (char c : t) {
        if (IsDigit(c)) n = n * 10 + (c - '0');
        else if (c == '.' && n > 0) last = n, n = 0;
        else break;
      }
      return n > 0 ? n : last;
    }
    case HeadingStyle::kRoman: {
      size_t len = 0;
      while (len < t.size() && std::string_view("IVXL").find(t[len]) != std::string_view::npos) ++len;
      int total = 0, prev = 0;
      for (size_t i = len; i-- > 0;) {
        int v = t[i] == 'I' ? 1 : t[i] == 'V' ? 5 : t[i] == 'X' ? 10 : 50;
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
      }
      return total;
    }
    case HeadingStyle::kLetter:
      return t.rfind("đ", 0) == 0 ? 5 : (t[0] >= 'a' && t[0] <= 'z' ? t[0] - 'a' + 1 : 0);
    default:
      return 0;
  }
}

}  // namespace

bool MarkerOpensLine(const NormalizedText& norm, const LineIndex& lines, const FootnoteMarker& m) {
  size_t ls = lines.LineStart(m.norm_pos);
  return norm.text.substr(ls, m.norm_pos - ls).find_first_not_of(' ') == std::string_view::npos;
}

std::vector<size_t> FootnoteBodyLines(const NormalizedText& norm, const LineIndex& lines) {
  std::vector<size_t> out;
  for (const FootnoteMarker& m : norm.markers) {
    size_t ls = lines.LineStart(m.norm_pos);
    if (MarkerOpensLine(norm, lines, m) && (out.empty() || out.back() != ls)) out.push_back(ls);
  }
  // A footnote too long for its page runs on at the top of the next page's
  // notes, with no marker: 004 "… tổ chức, cá nhân ở các khu/cụm công nghiệp. Các"
  // / "Sầu riêng: Xây dựng vùng sản xuất …" (rest of note 32) / "³³ Đến nay, …".
  // Such a line stands between a line cut mid-sentence and the notes.
  const std::string_view text = norm.text;
  auto previous_line = [&](size_t ls) -> std::optional<size_t> {  // the non-blank one before
    while (ls > 0) {
      ls = lines.LineStart(ls - 1);
      if (!IsBlankOrPageNumber(text.substr(ls, lines.LineEnd(ls) - ls))) return ls;
    }
    return std::nullopt;
  };
  std::vector<size_t> overflow;
  for (size_t k = 0; k < out.size(); ++k) {
    auto p = previous_line(out[k]);
    if (!p || std::binary_search(out.begin(), out.end(), *p) || lines.LineHasTab(*p)) continue;
    auto q = previous_line(*p);
    if (!q || std::binary_search(out.begin(), out.end(), *q) || lines.LineHasTab(*q)) continue;
    std::string_view cut = text.substr(*q, lines.LineEnd(*q) - *q);
    size_t last = cut.find_last_not_of(" \t");
    if (last == std::string_view::npos || std::string_view(".!?:;\")'>]*").find(cut[last]) != std::string_view::npos ||
        HeadingStyleOf(cut, false))
      continue;
    overflow.push_back(*p);
  }
  if (!overflow.empty()) {
    out.insert(out.end(), overflow.begin(), overflow.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

std::vector<RepairedSentence> RepairPageBreaks(std::string_view text, const LineIndex& lines,
                                                const std::vector<Span>& sentences,
                                                const std::vector<size_t>& footnote_lines) {
  std::vector<RepairedSentence> out;
  out.reserve(sentences.size());
  for (Span s : sentences) out.push_back({s, std::nullopt});
  auto is_footnote = [&](size_t line_start) {
    return std::binary_search(footnote_lines.begin(), footnote_lines.end(), line_start);
  };
  size_t k = 0;  // sentences before k are settled
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span s = sentences[i];
    if (s.end == s.start) continue;
    size_t le = lines.LineEnd(s.end - 1);
    size_t ls = lines.LineStart(s.start);
    if (le >= text.size() || lines.LineHasTab(s.start) || is_footnote(ls)) continue;
    // The sentence must end its line, on a letter, digit or comma.
    size_t after = s.end;  // bounded: a long line holds many sentences
    while (after < le && after < s.end + 64 && text[after] == ' ') ++after;
    if (after != le) continue;
    char last = text[s.end - 1];
    if (std::string_view(".!?:;\")'>]*").find(last) != std::string_view::npos) continue;
    std::string_view line = text.substr(lines.LineStart(s.end - 1), le - lines.LineStart(s.end - 1));
    if (HeadingStyleOf(line, false)) continue;
    // Past blank lines, page numbers and footnote bodies, at most a page's worth.
    size_t next = le + 1, skipped = 0;
    while (next < text.size() && skipped < 40) {
      size_t end = lines.LineEnd(next);
      if (!IsBlankOrPageNumber(text.substr(next, end - next)) && !is_footnote(next)) break;
      next = end + 1;
      ++skipped;
    }
    if (skipped == 0 || next >= text.size() || lines.LineHasTab(next)) continue;
    // The sentence that starts that line carries on this one.
    k = std::max(k, i + 1);
    while (k < sentences.size() && sentences[k].start < next) ++k;
    if (k >= sentences.size() || lines.LineStart(sentences[k].start) != next ||
        !IsLowerStart(text.substr(sentences[k].start, 4)))
      continue;
    const Span before = out[i].whole;
    const Span joined{before.start, out[k].whole.end};
    // Every part so far (a sentence can break twice) takes the whole of it.
    for (size_t j = i + 1; j-- > 0 && sentences[j].start >= before.start;)
      if (out[j].whole == before) out[j].whole = joined;
    out[k] = {joined, s};
  }
  return out;
}

void RepairBrokenCells(const std::vector<Table>& tables, const std::vector<Span>& sentences,
                       std::vector<RepairedSentence>* repaired) {
  auto first_from = [&](size_t pos) {
    return std::lower_bound(sentences.begin(), sentences.end(), pos,
                            [](const Span& s, size_t p) { return s.start < p; }) - sentences.begin();
  };
  for (const Table& t : tables) {
    for (const BrokenCell& cut : t.broken_cells) {
      // The sentence that opens the cell going on, and the last one of the cell cut.
      size_t k = static_cast<size_t>(first_from(cut.after.start));
      size_t i = static_cast<size_t>(first_from(cut.before.end));
      if (k >= sentences.size() || sentences[k].start >= cut.after.end || i == 0) continue;
      --i;
      if (sentences[i].end > cut.before.end || sentences[i].end <= cut.before.start) continue;
      std::vector<RepairedSentence>& out = *repaired;
      const Span head = out[i].whole, tail = out[k].whole;
      const Span joined{head.start, tail.end};
      // Every part of either (each may have been joined already) takes the whole.
      for (size_t j = i + 1; j-- > 0 && out[j].whole == head;) out[j].whole = joined;
      for (size_t j = k; j < out.size() && out[j].whole == tail; ++j) out[j].whole = joined;
      out[k].before_break = Span{std::max(sentences[i].start, cut.before.start), sentences[i].end};
    }
  }
}

std::optional<HeadingStyle> HeadingStyleOf(std::string_view line, bool marked) {
  // An indent may be a tab (000 "\t1. Về công tác xây dựng Đảng, …:"); a tab
  // further on separates table cells.
  size_t indent = line.find_first_not_of(" \t");
  if (indent != std::string_view::npos) line.remove_prefix(indent);
  if (line.empty() || line.size() > 300 || line.find('\t') != std::string_view::npos)
    return std::nullopt;
  size_t a = line.find_first_not_of(' ');
  size_t b = line.find_last_not_of(' ');
  if (a == std::string_view::npos) return std::nullopt;
  std::string_view t = line.substr(a, b - a + 1);
  char last = t.back();
  if (last == '.' || last == ';' || last == ',') return std::nullopt;
  if (t.rfind("PHỤ LỤC", 0) == 0 || t.rfind("Phụ lục", 0) == 0) return HeadingStyle::kAppendix;
  if (RomanNumbered(t)) return HeadingStyle::kRoman;
  size_t title = 0;
  switch (ArabicDepth(t, &title)) {
    case 0: break;
    case 1: return HeadingStyle::kArabic;
    case 2: return HeadingStyle::kArabic2;
    default: return HeadingStyle::kArabic3;
  }
  if (t.size() <= 240 && LetterNumbered(t)) return HeadingStyle::kLetter;
  if (AllCapitals(t)) return HeadingStyle::kCapitals;
  if (marked && t.size() <= 240) return HeadingStyle::kMarked;
  return std::nullopt;
}

void Outline::Enter(HeadingStyle style, std::string text, std::optional<std::string> period) {
  const int ordinal = OrdinalOf(style, text);
  auto first_of = [this](auto pred) { return std::find_if(levels_.begin(), levels_.end(), pred); };
  if (style == HeadingStyle::kAppendix) {
    levels_.clear();  // an appendix stands beside the body, never inside it
  } else if (style == HeadingStyle::kRoman) {
    // A part is outermost (bar an appendix that holds it): capitals above it
    // are the document's title, not a section.
    levels_.erase(first_of([](const Level& l) { return l.style != HeadingStyle::kAppendix; }),
                  levels_.end());
  } else {
    // The level this heading follows on from: the innermost of its style whose
    // number it continues, else the innermost of its style — unless it starts
    // over at 1, which opens a list under the heading above.
    auto continued = levels_.end(), innermost = levels_.end();
    for (auto l = levels_.begin(); l != levels_.end(); ++l) {
      if (l->style != style) continue;
      innermost = l;
      if (ordinal > 0 && l->ordinal + 1 == ordinal) continued = l;
    }
    bool starts_over = continued == levels_.end() && ordinal == 1 && innermost != levels_.end() &&
                       innermost->ordinal > 1;
    if (!starts_over) levels_.erase(continued != levels_.end() ? continued : innermost, levels_.end());
  }
  levels_.push_back({style, std::move(text), std::move(period), ordinal});
}

const std::optional<std::string>& Outline::Period() const {
  static const std::optional<std::string> kNone;
  for (auto l = levels_.rbegin(); l != levels_.rend(); ++l)
    if (l->period) return l->period;
  return kNone;
}

std::vector<std::string> Outline::Path() const {
  std::vector<std::string> path;
  path.reserve(levels_.size());
  for (const Level& l : levels_) path.push_back(l.text);
  return path;
}

}  // namespace solieu
