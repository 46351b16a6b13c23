#include "validate.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <utf8proc.h>

#include "lex.h"
#include "utf8.h"

namespace solieu {

std::string_view Name(RejectReason reason) {
  switch (reason) {
    case RejectReason::kNone: return "none";
    case RejectReason::kDate: return "date";
    case RejectReason::kMonth: return "month";
    case RejectReason::kQuarter: return "quarter";
    case RejectReason::kYear: return "year";
    case RejectReason::kTerm: return "term";
    case RejectReason::kDuration: return "duration";
    case RejectReason::kAnniversary: return "anniversary";
    case RejectReason::kTime: return "time";
    case RejectReason::kDocumentNumber: return "document_reference";
    case RejectReason::kNumbering: return "numbering";
    case RejectReason::kCitation: return "citation";
    case RejectReason::kOrdinal: return "ordinal";
    case RejectReason::kIdentifier: return "identifier";
    case RejectReason::kMapScale: return "map_scale";
    case RejectReason::kClassLabel: return "class_label";
    case RejectReason::kNotANumber: return "not_a_number";
    case RejectReason::kNoEvidence: return "no_evidence";
  }
  return "unknown";
}

namespace {

using re2::StringPiece;

bool IsSpace(char c) { return c == ' '; }

// A bracket right after "a/b" that gives it as a rate, 100·a/b: 004 "Công
// nhận 16/12 (đạt 133,33% chỉ tiêu …)" counts, though "16/12" reads as a date.
bool BracketRestatesAsRate(std::string_view text, size_t end, double a, double b) {
  std::string_view after = text.substr(end, 48);
  size_t open = after.find_first_not_of(' ');
  if (open == std::string_view::npos || after[open] != '(' || b == 0) return false;
  size_t percent = after.find('%', open);
  if (percent == std::string_view::npos) return false;
  size_t first = percent;
  while (first > open + 1 && (std::isdigit(static_cast<unsigned char>(after[first - 1])) ||
                              after[first - 1] == ',' || after[first - 1] == '.'))
    --first;
  std::optional<double> rate = ParseNumber(after.substr(first, percent - first));
  return rate && std::abs(*rate - 100 * a / b) < 0.5;
}

// Byte offset of `piece` inside `text` (a StringPiece RE2 filled from it).
size_t OffsetIn(std::string_view text, StringPiece piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

// Matches `re` on the window text[from, to) as its own text, so '^' and '$'
// match at the window's ends; fills the whole match and up to 3 captures.
bool MatchWindow(const RE2& re, RE2::Anchor anchor, std::string_view text, size_t from, size_t to,
                 StringPiece* whole, StringPiece* caps, int ncaps) {
  StringPiece m[4];
  // Asking for no submatch lets RE2 stop at its DFA's yes or no.
  int n = whole == nullptr && ncaps == 0 ? 0 : std::min(1 + ncaps, 4);
  if (!re.Match(text.substr(from, to - from), 0, to - from, anchor, m, n)) return false;
  if (whole) *whole = m[0];
  for (int i = 0; i < ncaps && i < 3; ++i) caps[i] = m[i + 1];
  return true;
}

// A right-context pattern, anchored where the number (or unit) ends.
bool MatchRight(const RE2& re, std::string_view text, size_t from, size_t to, StringPiece* whole,
                StringPiece* caps = nullptr, int ncaps = 0) {
  return MatchWindow(re, RE2::ANCHOR_START, text, from, to, whole, caps, ncaps);
}

// A left-context pattern (ending in '$'), anchored where the number starts.
bool MatchLeft(const RE2& re, std::string_view text, size_t from, size_t to, StringPiece* whole,
               StringPiece* caps = nullptr, int ncaps = 0) {
  return MatchWindow(re, RE2::UNANCHORED, text, from, to, whole, caps, ncaps);
}

bool IsAllCaps(std::string_view w) {
  bool upper = false;
  for (size_t i = 0; i < w.size();) {
    size_t n = 0;
    char32_t c = DecodeCodePoint(w, i, &n);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    upper |= cat == UTF8PROC_CATEGORY_LU;
    i += n;
  }
  return upper;
}

bool WordEndsAt(std::string_view text, size_t pos, size_t limit) {
  if (pos >= limit) return true;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  return false;  // a non-ASCII byte continues a Vietnamese word
}

// True when `from`..`to` is the short join of a run of results: ", ",
// " mới, ", " (…), " — the amount and its "đạt X%" (SCHEMA.md convention 5).
bool FollowsInARun(std::string_view text, size_t from, size_t to) {
  if (to <= from) return false;
  std::string_view between = text.substr(from, to - from);
  size_t open = between.find('(');
  // "59/60 tổ chức cơ sở đảng (đạt 98,33%)": the bracket opens right before.
  // "112/135 xã đạt chuẩn nông thôn mới (đạt 83%)": a few words may come first.
  if (open != std::string_view::npos && between.find_first_not_of(" ", open + 1) == std::string_view::npos) {
    if (to - from > 120 || between.find_first_of(".;:") != std::string_view::npos) return false;
    std::string_view words = between.substr(0, open);
    return words.find_first_of(",") == std::string_view::npos &&
           static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) <= 8;
  }
  // An aside in brackets may stand between, after a few words of the count's
  // own, however long: "392 đơn/469 đơn (…), đạt 83,58%"; 001 "có 09 đơn vị
  // cấp xã tự cân đối chi thường xuyên (phường An Hội, …; … thị trấn Bình
  // Đại), đạt 5,73%".
  if (open != std::string_view::npos) {
    size_t close = between.rfind(')');
    if (close == std::string_view::npos || close < open || between.size() > 600 ||
        between.substr(open + 1, close - open - 1).find_first_of("()") != std::string_view::npos ||
        between.substr(close + 1).find_first_not_of(" ,") != std::string_view::npos)
      return false;
    std::string_view words = between.substr(0, open);
    words.remove_prefix(std::min(words.find_first_not_of(" ,"), words.size()));
    return words.find_first_of(",.;:") == std::string_view::npos &&
           static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) <= 12;
  }
  if (to - from > 120 || between.find_first_of(".;:") != std::string_view::npos) return false;
  size_t last = between.find_last_not_of(' ');
  // "02/24 chỉ tiêu đạt 100%": nothing but a space between.
  if (last == std::string_view::npos) return true;
  if (between[last] != ',' && between[last] != '(') return false;
  size_t words = 0;
  for (char c : between) words += c == ' ';
  return words <= 8;
}

// True when the words from `from` to `to` are those of a phrase closed by a
// bracket opening right before `to`: " CBCC cấp huyện … DVCTT (".
bool BracketOpensRightBefore(std::string_view text, size_t from, size_t to) {
  if (to <= from) return false;
  size_t open = text.find_last_not_of(' ', to - 1);
  return open != std::string_view::npos && open > from && text[open] == '(' &&
         text.substr(from, open - from).find_first_of(".;:()") == std::string_view::npos;
}

// Length of a multi-syllable lexicon noun starting at `p` ("đồng chí"; "tỷ
// lệ" is not one), or 0.
size_t CompoundNounAt(const Patterns& P, std::string_view text, size_t p, size_t limit) {
  if (p >= limit) return 0;
  std::string_view rest = text.substr(p, limit - p);
  if (rest.empty()) return 0;
  // A noun that opens a cell or an item may be capitalised: "01 Giấy xác nhận".
  // Its first letter is looked up in lower case; the length returned is the
  // one written (a lower-case letter may take other bytes).
  size_t first_length = 0;
  char32_t first = DecodeCodePoint(rest, 0, &first_length);
  auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(first)));
  std::string lowered;  // only for a capital, so most lookups copy nothing
  size_t lowered_length = first_length;
  if (lower != first) {
    AppendUtf8(lower, &lowered);
    lowered_length = lowered.size();
    lowered.append(rest.substr(first_length, 64));
  }
  std::string_view key = lower != first ? std::string_view(lowered) : rest;
  size_t n = P.MultiWordNounAt(key);
  return n == 0 ? 0 : n - lowered_length + first_length;
}

// The same, after the spaces at `pos` (at least one).
size_t StartsWithCompoundNoun(const Patterns& P, std::string_view text, size_t pos, size_t limit) {
  size_t p = pos;
  while (p < limit && text[p] == ' ') ++p;
  return p == pos ? 0 : CompoundNounAt(P, text, p, limit);
}

// True when `g` sits inside a pair of double quotes at most 48 bytes apart,
// within the sentence.
bool InShortQuote(std::string_view text, Span sentence, Span g) {
  size_t from = std::max(sentence.start, g.start > 40 ? g.start - 40 : size_t{0});
  size_t open = text.substr(from, g.start - from).rfind('"');
  if (open == std::string_view::npos) return false;
  open += from;
  // The quote before must be an opening one: an even number of quotes
  // before it in the sentence (looking at most 400 bytes back).
  size_t quotes = 0;
  for (size_t i = std::max(sentence.start, open > 400 ? open - 400 : size_t{0}); i < open; ++i)
    quotes += text[i] == '"';
  if (quotes % 2 != 0) return false;
  size_t close = text.substr(g.end, std::min<size_t>(48, sentence.end - g.end)).find('"');
  return close != std::string_view::npos && g.end + close - open <= 48;
}

struct UnitReading {
  Span span;  // empty when there is no unit
  std::string unit;
  bool percent = false;
  std::optional<double> compound_value;  // "1 tỷ 375 triệu USD" -> 1375
  bool counted_noun = false;
  bool from_lexicon = false;  // a known noun, not just the next word
};

// The unit after a number group ending at `after`: "%", "điểm phần trăm",
// "tỷ đồng", "ha", "lần", a scale word with its noun ("312,604 ngàn lượt
// khách"), or a counted noun ("49 xã", "27 biểu hiện", "02 Di tích").
// `simple` is false for slash groups and ranges, which take no compound.
UnitReading ReadUnit(const Patterns& P, std::string_view text, size_t after, size_t right_limit,
                     bool simple, double first_value) {
  UnitReading unit;
  StringPiece whole, cap[2];
  if (MatchRight(P.unit_percent(), text, after, right_limit, &whole, cap, 1)) {
    unit.span = {OffsetIn(text, cap[0]), OffsetIn(text, cap[0]) + cap[0].size()};
    unit.unit = "%";
    unit.percent = true;
  } else if (MatchRight(P.unit_percentage_point(), text, after, right_limit, &whole, cap, 1)) {
    unit.span = {OffsetIn(text, cap[0]), OffsetIn(text, cap[0]) + cap[0].size()};
    unit.unit = std::string(cap[0]);
  } else if (simple &&
             MatchRight(P.unit_scaled_compound(), text, after, right_limit, &whole, cap, 2)) {
    auto rest = ParseNumber(std::string_view(cap[0].data(), cap[0].size()));
    if (rest) unit.compound_value = first_value * 1000 + *rest;
    unit.span = {OffsetIn(text, cap[1]), OffsetIn(text, cap[1]) + cap[1].size()};
    unit.unit = std::string(cap[1]);
  } else if (StartsWithCompoundNoun(P, text, after, right_limit)) {
    // "130 đồng chí" is not a sum of money: a counted noun of the lexicon
    // wins over a currency or measure spelled like its first syllable.
    size_t p = after;
    while (text[p] == ' ') ++p;
    size_t n = StartsWithCompoundNoun(P, text, after, right_limit);
    unit.span = {p, p + n};
    unit.unit = std::string(text.substr(p, n));
    unit.counted_noun = unit.from_lexicon = true;
  } else if (MatchRight(P.unit_measure(), text, after, right_limit, &whole, cap, 1)) {
    unit.span = {OffsetIn(text, cap[0]), OffsetIn(text, cap[0]) + cap[0].size()};
    unit.unit = std::string(cap[0]);
    // "m ³" as written in 004 is the unit m³.
    if (size_t sp = unit.unit.find(" \xC2"); sp != std::string::npos) unit.unit.erase(sp, 1);
  } else if (MatchRight(P.unit_times(), text, after, right_limit, &whole, cap, 1)) {
    unit.span = {OffsetIn(text, cap[0]), OffsetIn(text, cap[0]) + cap[0].size()};
    unit.unit = "lần";
  } else {
    size_t noun_from = after;
    std::string scale;
    size_t scale_start = std::string_view::npos;
    if (MatchRight(P.unit_scale_noun(), text, after, right_limit, &whole, cap, 1)) {
      scale = std::string(cap[0]);
      scale_start = OffsetIn(text, cap[0]);
      noun_from = scale_start + cap[0].size();
    }
    // A counted noun: the longest compound of the lexicon, else one word
    // (two when capitalised: "02 Di tích", "70 Đại sứ"). It must stand
    // apart: "466Đ", "84L1" are codes.
    size_t p = noun_from;
    while (p < right_limit && IsSpace(text[p])) ++p;
    std::string_view rest = text.substr(p, right_limit - p);
    Span noun{p, p};
    bool spaced = p > noun_from;
    // No noun is empty, so an empty rest has none (the '\0' list is empty).
    for (const std::string* c : P.CompoundNounsStartingWith(rest.empty() ? '\0' : rest.front())) {
      if (!spaced) break;
      if (rest.size() >= c->size() && rest.compare(0, c->size(), *c) == 0 &&
          WordEndsAt(text, p + c->size(), right_limit)) {
        noun = {p, p + c->size()};
        unit.from_lexicon = true;
        break;
      }
    }
    if (spaced && noun.size() == 0 &&
        MatchRight(P.word_after(), text, noun_from, right_limit, &whole, cap, 1)) {
      std::string_view w(cap[0].data(), cap[0].size());
      size_t ws = OffsetIn(text, cap[0]);
      if (P.IsStopWord(w)) {
        // not a noun
      } else if (IsAllCaps(w) && w.size() <= 10) {
        noun = {ws, ws + w.size()};  // "ĐV", "DVCTT"
      } else if (!IsUpperStart(w)) {
        noun = {ws, ws + w.size()};
        // Most nouns have two syllables: "27 biểu hiện", "130 đồng chí".
        if (!P.IsOneSyllableNoun(w) &&
            MatchRight(P.word_after(), text, ws + w.size(), right_limit, &whole, cap, 1)) {
          std::string_view w2(cap[0].data(), cap[0].size());
          size_t w2s = OffsetIn(text, cap[0]);
          if (w2s == ws + w.size() + 1 && !IsUpperStart(w2) && !P.IsStopWord(w2))
            noun.end = w2s + w2.size();
        }
      } else if (MatchRight(P.word_after(), text, ws + w.size(), right_limit, &whole, cap, 1)) {
        std::string_view w2(cap[0].data(), cap[0].size());
        if (!IsUpperStart(w2) && !P.IsStopWord(w2))
          noun = {ws, OffsetIn(text, cap[0]) + w2.size()};
      }
    }
    if (!scale.empty()) {
      size_t end = noun.size() ? noun.end : scale_start + scale.size();
      unit.span = {scale_start, end};
      unit.unit = std::string(text.substr(scale_start, end - scale_start));
    } else if (noun.size()) {
      unit.span = noun;
      unit.unit = std::string(text.substr(noun.start, noun.size()));
      unit.counted_noun = true;
    }
  }
  return unit;
}

}  // namespace

Verdict Validator::Classify(const Candidate& cand, const CandidateContext& ctx) const {
  const Patterns& P = patterns_;
  std::string_view text = ctx.text;
  const Span g = cand.group;
  std::string_view group_text = text.substr(g.start, g.size());
  Verdict verdict;
  auto reject = [&](RejectReason reason, const char* rule) {
    verdict.reason = reason;
    verdict.rule = rule;
    return verdict;
  };

  // Context windows stop at a tab or a line break: a table cell or a line is
  // its own clause.
  size_t left_limit = std::max(ctx.sentence.start, g.start > 160 ? g.start - 160 : size_t{0});
  for (size_t k = g.start; k > left_limit; --k) {
    if (text[k - 1] == '\t' || text[k - 1] == '\n' || (ctx.cell && text[k - 1] == '|')) {
      left_limit = k;
      break;
    }
  }
  size_t right_limit = std::min(ctx.sentence.end, g.end + 200);
  for (size_t k = g.end; k < right_limit; ++k) {
    if (text[k] == '\t' || text[k] == '\n' || (ctx.cell && text[k] == '|')) {
      right_limit = k;
      break;
    }
  }

  // --- Numbering: "1.", "1.2.", "(3)", "I.2." at the start of a line. ---
  {
    std::string_view prefix = text.substr(ctx.line_start, g.start - ctx.line_start);
    size_t k = prefix.find_first_not_of(" (");
    bool blank_prefix = k == std::string_view::npos ||
                        prefix.substr(k).find_first_not_of("IVXLC.") == std::string_view::npos;
    if (blank_prefix) {
      char next = g.end < text.size() ? text[g.end] : '\n';
      bool numbered = next == '.' || next == ')' || next == '\t' || next == '\n';
      if (!numbered && next == ' ' && g.end + 1 < text.size()) {
        std::string_view rest = text.substr(g.end + 1, 8);
        numbered = IsUpperStart(rest);
      }
      // A bare number alone in the first cell of a table row is its row
      // number too ("1\tKết nạp đảng viên mới").
      if (numbered && !cand.slash && group_text.find('%') == std::string_view::npos) {
        return reject(RejectReason::kNumbering, "numbering_line_start");
      }
    }
  }

  // --- Values ---
  std::vector<double> values;
  for (Span n : cand.numbers) {
    auto v = ParseNumber(text.substr(n.start, n.size()));
    if (!v) return reject(RejectReason::kNotANumber, "lex");
    values.push_back(*v);
  }
  if (values.empty()) return reject(RejectReason::kNotANumber, "lex");

  if (ctx.cell && ctx.cell->table->indicator) {
    if (auto v = ClassifyTableValue(cand, ctx, values)) return *v;
  }

  for (const auto& f : P.group_filters()) {
    if (RE2::FullMatch(group_text, *f.re)) return reject(static_cast<RejectReason>(f.reason), "group");
  }

  // --- Unit after the group ---
  UnitReading unit = ReadUnit(P, text, g.end, right_limit, !cand.slash && !cand.range, values[0]);
  bool has_unit = unit.span.size() > 0;
  // "11 đơn vị/25 trường hợp": the noun before the slash is the unit.
  if (cand.slash && cand.numbers.size() == 2) {
    size_t slash = text.find('/', cand.numbers[0].end);
    std::string_view words = text.substr(cand.numbers[0].end, slash - cand.numbers[0].end);
    size_t a = words.find_first_not_of(' '), b = words.find_last_not_of(' ');
    if (a != std::string_view::npos) {
      unit.unit = std::string(words.substr(a, b - a + 1));
      unit.percent = false;
      if (!has_unit) unit.span = {cand.numbers[0].end + a, cand.numbers[0].end + b + 1};
      has_unit = true;
    }
  }
  // "30/4", "ngày 27/6": a day and month with nothing counted after them.
  if (cand.slash && cand.numbers.size() == 2 && !has_unit && !unit.percent &&
      IsPlainInteger(text.substr(cand.numbers[0].start, cand.numbers[0].size())) &&
      IsPlainInteger(text.substr(cand.numbers[1].start, cand.numbers[1].size())) &&
      values[0] >= 1 && values[0] <= 31 && values[1] >= 1 && values[1] <= 12 &&
      !BracketRestatesAsRate(text, g.end, values[0], values[1])) {
    return reject(RejectReason::kDate, "day_month");
  }

  // --- Not figures ---
  // Most numbers pass every filter: one call on the union of the filters
  // says so (Patterns::any_left_filter), and the exceptions below are read
  // only when a filter has taken the number.
  if (MatchLeft(P.any_left_filter(), text, left_limit, g.end, nullptr)) {
    // "xếp thứ 51/63", "đứng thứ 7": a rank, not the ordinal "lần thứ 26".
    auto rank_trigger = [&] { return MatchLeft(P.left_rank(), text, left_limit, g.start, nullptr); };
    // "số 1160/UBND-KGVX": a document number, whatever stands before it.
    auto document_after = [&] {
      return MatchRight(*P.right_filters().front().re, text, g.start, right_limit, nullptr);
    };
    // "trong tổng số 280 đại biểu": a total, never a name (SCHEMA.md convention 13).
    auto total_before = [&] {
      return has_unit && RE2::PartialMatch(text.substr(left_limit, g.start - left_limit), P.total_before());
    };
    bool measured = unit.percent || (has_unit && !unit.counted_noun);
    for (const auto& f : P.left_filters()) {
      if (!MatchLeft(*f.re, text, left_limit, g.end, nullptr)) continue;
      auto reason = static_cast<RejectReason>(f.reason);
      // "vào nhóm 20 … cả nước" is a place among the first 20, no class label.
      if ((reason == RejectReason::kOrdinal || reason == RejectReason::kClassLabel) && rank_trigger()) continue;
      using Yield = Patterns::Yield;
      bool yields = (f.yield != Yield::kNever && measured) ||
                    (f.yield == Yield::kToKnownNoun && (unit.from_lexicon || total_before() || document_after())) ||
                    (f.yield == Yield::kToCountedNoun && has_unit);
      if (yields) continue;
      return reject(reason, "left");
    }
  }
  if (MatchRight(P.any_right_filter(), text, g.start, right_limit, nullptr)) {
    for (const auto& f : P.right_filters()) {
      if (MatchRight(*f.re, text, g.start, right_limit, nullptr)) {
        auto reason = static_cast<RejectReason>(f.reason);
        if (reason == RejectReason::kDuration &&
            MatchRight(P.duration_but_quantity(), text, g.start, right_limit, nullptr))
          continue;
        // "3)" closing a list of counts is its last item, not a marker: 004
        // "(khiển trách 17, cảnh cáo 08 và khai trừ 03)".
        if (reason == RejectReason::kNumbering &&
            MatchLeft(P.list_item_before(), text, left_limit, g.start, nullptr))
          continue;
        return reject(reason, "right");
      }
    }
  }
  // A number inside a short quoted name: "chi bộ 4 tốt", "2 chân - 3 mũi",
  // "01 triệu sáng kiến" (SCHEMA.md: numbers that are part of a name).
  if (!unit.percent && InShortQuote(text, ctx.sentence, g)) return reject(RejectReason::kIdentifier, "quoted_name");
  // A bare year: "năm 2024" is caught above; "PCI 2023", "đến 2030".
  bool weak_unit = !has_unit || (unit.counted_noun && !unit.from_lexicon);
  if (weak_unit && cand.numbers.size() == 1 && IsPlainInteger(group_text) && group_text.size() == 4 &&
      (group_text.substr(0, 2) == "19" || group_text.substr(0, 2) == "20")) {
    return reject(RejectReason::kYear, "bare_year");
  }
  // An item of a list of counts: "Khiển trách 32, cảnh cáo 13 và khai trừ 18
  // đảng viên" — the items share the noun written after the last one.
  bool list_item = false;
  if (!has_unit && !cand.slash && !cand.range) {
    // Three items at least: one on each side, two after, or two before.
    StringPiece item_before;
    bool before = MatchLeft(P.list_item_before(), text, left_limit, g.start, &item_before);
    bool two_before = before &&
                      MatchLeft(P.list_item_before(), text, left_limit, OffsetIn(text, item_before), nullptr);
    StringPiece tail;
    size_t items_after = 0;
    if (MatchRight(P.list_tail(), text, g.end, right_limit, &tail)) {
      std::string_view t(tail.data(), tail.size());
      for (size_t i = 0; i < t.size(); ++i)
        if (std::isdigit(static_cast<unsigned char>(t[i])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1])) ) &&
            (i == 0 || (t[i - 1] != '.' && t[i - 1] != ',')))
          ++items_after;
    }
    list_item = (before && items_after >= 1) || items_after >= 2 || two_before;
    // A list whose items each name theirs before a colon: 003 "Liệt sĩ:
    // 35.600; … Thương binh, người hưởng chính sách như thương binh: 18.700;
    // Bệnh binh: 1.606." The number ends its item, two such items at least
    // stand within 300 bytes, and no item borrows the noun of another ("Bà mẹ
    // Việt Nam anh hùng: 6.937 mẹ").
    size_t label_end = g.start > left_limit ? text.find_last_not_of(' ', g.start - 1) : std::string_view::npos;
    bool labelled = label_end != std::string_view::npos && label_end >= left_limit && text[label_end] == ':';
    if (labelled && !list_item) {
      size_t next = text.find_first_not_of(' ', g.end);
      bool item_ends = next >= right_limit || text[next] == ';' || text[next] == '.';
      size_t from = std::max(left_limit, g.start > 300 ? g.start - 300 : size_t{0});
      StringPiece window(text.data() + from, std::min(right_limit, g.end + 300) - from);
      int items = 0;
      while (item_ends && items < 2 && RE2::FindAndConsume(&window, P.labelled_list_item())) ++items;
      list_item = item_ends && items >= 2;
    }
    if (list_item && !labelled && tail.data() != nullptr) {
      UnitReading shared = ReadUnit(P, text, OffsetIn(text, tail) + tail.size(), right_limit, true, 0);
      if (shared.span.size() > 0 && !shared.percent) {
        unit.unit = shared.unit;
        unit.counted_noun = shared.counted_noun;
      }
    }
  }
  // A number right after a capitalised name with no unit: "Rạch Miễu 2",
  // "Ban chỉ đạo 35" (SCHEMA.md: numbers that are part of a name).
  if (!has_unit && !list_item && !cand.slash && !cand.range && g.start >= 2 && text[g.start - 1] == ' ') {
    size_t w = g.start - 1;
    while (w > left_limit && text[w - 1] != ' ' && text[w - 1] != '\t' && text[w - 1] != '(' &&
           text[w - 1] != '"')
      --w;
    std::string_view word = text.substr(w, g.start - 1 - w);
    bool sentence_initial = w == ctx.sentence.start;
    if (!sentence_initial && IsUpperStart(word) && word.find_first_of(",;:.") == std::string_view::npos)
      return reject(RejectReason::kIdentifier, "capitalised_name");
  }

  // --- What it is ---
  Figure fig;
  fig.number = g;
  fig.unit = has_unit ? std::optional<std::string>(unit.unit) : std::nullopt;
  fig.counted_noun = has_unit && unit.counted_noun;
  size_t span_start = g.start;
  size_t span_end = has_unit ? std::max(g.end, unit.span.end) : g.end;
  if (cand.range) {
    fig.range = Range{values.front(), values.back()};
  } else if (unit.compound_value) {
    fig.value = unit.compound_value;
  } else {
    fig.value = values.front();
  }
  if (cand.slash) {
    fig.value = values.front();
    fig.range.reset();
    // "4.869/(4.500 - 5.000)": the denominator is a range.
    std::string_view gt = group_text;
    size_t slash = gt.find('/');
    std::string_view denom = gt.substr(slash + 1);
    if (denom.find('-') != std::string_view::npos && cand.numbers.size() == 3) {
      fig.denominator_range = Range{values[1], values[2]};
    } else {
      fig.denominator = values.back();
    }
  }

  // Per: "%/năm", "tạ/ha".
  {
    StringPiece whole, cap[1];
    if (MatchRight(P.unit_per(), text, span_end, right_limit, &whole, cap, 1) && !cand.slash) {
      std::string_view per(cap[0].data(), cap[0].size());
      size_t per_start = OffsetIn(text, cap[0]);
      // "55 dự án/công trình": two counted nouns, one or the other, not a rate.
      if (size_t other = fig.counted_noun ? CompoundNounAt(P, text, per_start, right_limit) : 0;
          other > per.size()) {
        fig.unit = *fig.unit + std::string(text.substr(span_end, per_start + other - span_end));
        span_end = per_start + other;
      } else if (!P.IsStopWord(per) || per == "năm" || per == "tháng" || per == "ngày") {
        fig.per = std::string(per);
        span_end = OffsetIn(text, cap[0]) + cap[0].size();
        // A density counts nothing: "0,95 thuê bao/100 dân" measures how many per people.
        if (RE2::FullMatch(cap[0], P.per_people())) fig.counted_noun = false;
      }
    }
    if (MatchRight(P.trailing_ge(), text, span_end, right_limit, &whole)) {
      fig.comparator = Comparator::kGe;
      span_end = OffsetIn(text, whole) + whole.size();
    }
  }

  // "Hằng năm phát triển 1.500 đảng viên": a rate per year (SCHEMA.md convention 10).
  if (!fig.per) {
    StringPiece cap[1];
    if (MatchWindow(P.per_lead(), RE2::UNANCHORED, text, left_limit, g.start, nullptr, cap, 1))
      fig.per = std::string(cap[0]);
  }

  // Left context: a comparator right before the number, then the trigger.
  size_t left_end = g.start;
  {
    StringPiece whole, cap[2];
    if (MatchLeft(P.left_comparator(), text, left_limit, left_end, &whole, cap, 2)) {
      StringPiece c = cap[0].data() ? cap[0] : cap[1];
      std::string_view w(c.data(), c.size());
      Comparator cmp = Comparator::kNone;
      if (w == "hơn" || w == "trên" || w == ">") cmp = Comparator::kGt;
      else if (w == "dưới" || w == "<" || w == "chưa đến" || w == "chưa tới") cmp = Comparator::kLt;
      else if (w == "tối đa" || w == "không quá" || w == "không vượt quá" || w == "≤") cmp = Comparator::kLe;
      else if (w == "ít nhất" || w == "tối thiểu" || w == "không dưới" || w == "≥") cmp = Comparator::kGe;
      else if (w == "từ") cmp = Comparator::kNone;
      else if (w == "≈" || w == "~") cmp = Comparator::kApprox;  // part of a range or of "từ … trở lên"
      else cmp = Comparator::kApprox;
      std::string_view before = text.substr(left_limit, OffsetIn(text, c) - left_limit);
      bool part_of_trigger = w == "hơn" && RE2::PartialMatch(before, P.left_more_than());
      if ((w == "từ" && !cand.range && fig.comparator != Comparator::kGe) || part_of_trigger) {
        // "tăng từ 5% lên 7%": the "từ" is not part of the figure;
        // "thấp hơn 4,85 điểm phần trăm": "hơn" belongs to the verb.
      } else {
        if (cmp != Comparator::kNone) fig.comparator = cmp;
        span_start = OffsetIn(text, c);
        left_end = span_start;
        while (left_end > left_limit && IsSpace(text[left_end - 1])) --left_end;
      }
    }
  }
  // Whether any trigger can match, asked once (Patterns::any_trigger).
  std::optional<bool> any_trigger;
  auto trigger_at = [&](const RE2& re, Span* trig) {
    size_t trigger_end = left_end + (left_end < g.start ? 1 : 0);
    if (!any_trigger) any_trigger = MatchLeft(P.any_trigger(), text, left_limit, trigger_end, nullptr);
    StringPiece whole, cap[2];
    if (!*any_trigger || !MatchLeft(re, text, left_limit, trigger_end, &whole, cap, 2)) return false;
    StringPiece c = cap[0].data() ? cap[0] : cap[1];
    *trig = {OffsetIn(text, c), OffsetIn(text, c) + c.size()};
    return true;
  };
  // The left patterns end in "\s+$" or "\s*$": give them the space before
  // the comparator or number.
  Span trig;
  auto finish = [&](Kind kind, size_t start, const char* pattern) {
    // Strict: a figure needs a unit or a % of its own ("tăng 31" does not pass).
    if (strictness_ == Strictness::kStrict && !fig.unit && !unit.percent) {
      verdict.reason = RejectReason::kNoEvidence;
      verdict.rule = "strict_no_unit";
      return verdict;
    }
    fig.kind = kind;
    fig.span = {start, span_end};
    fig.pattern = pattern;
    verdict.figure = fig;
    return verdict;
  };
  auto take_baseline = [&]() {
    StringPiece whole, cap[1];
    if (MatchRight(P.baseline_after(), text, span_end, right_limit, &whole, cap, 1)) {
      size_t from = OffsetIn(text, cap[0]);
      span_end = from + cap[0].size();
      if (MatchRight(P.baseline_tail(), text, span_end, right_limit, &whole, cap, 1))
        span_end = OffsetIn(text, cap[0]) + cap[0].size();
      fig.baseline = std::string(text.substr(from, span_end - from));
      return true;
    }
    return false;
  };
  auto take_target = [&]() {
    StringPiece whole, cap[1];
    if (MatchRight(P.target_after(), text, span_end, right_limit, &whole, cap, 1)) {
      fig.target = std::string(cap[0]);
      span_end = OffsetIn(text, cap[0]) + cap[0].size();
      return true;
    }
    return false;
  };

  if (trigger_at(P.left_rank(), &trig)) {
    fig.has_trigger = true;
    fig.unit.reset();  // what is ranked is not a unit
    // Among the first N ("vào top 20", "vào nhóm 20"): at place N or better.
    std::string_view ranked_by = text.substr(trig.start, trig.size());
    if (ranked_by.ends_with("top") || ranked_by.ends_with("nhóm")) fig.comparator = Comparator::kLe;
    StringPiece whole, cap[2];
    if (!fig.denominator &&
        MatchRight(P.rank_out_of(), text, g.end, right_limit, &whole, cap, 2)) {
      // "đứng thứ 17 so với 63 tỉnh, thành phố", "đứng thứ 7 trong 10 quốc gia".
      fig.denominator = ParseNumber(std::string_view(cap[0].data(), cap[0].size()));
      span_end = OffsetIn(text, cap[1]) + cap[1].size();
    } else if (MatchRight(P.baseline_after(), text, span_end, right_limit, &whole, cap, 1)) {
      // "đứng thứ 10/13 so với các tỉnh Đồng bằng sông Cửu Long": what it is
      // ranked among is in the span (a rank has no baseline).
      span_end = OffsetIn(text, cap[0]) + cap[0].size();
    } else if (MatchRight(P.rank_scope(), text, span_end, right_limit, &whole, cap, 1) &&
               cap[0].size() > 0) {
      // What it is ranked among: "xếp vị trí thứ 3 khu vực đồng bằng sông Cửu Long".
      span_end = OffsetIn(text, cap[0]) + cap[0].size();
    }
    return finish(Kind::kRank, trig.start, "rank");
  }
  if (trigger_at(P.left_level(), &trig)) {
    fig.has_trigger = true;
    return finish(unit.percent ? Kind::kPercent : Kind::kQuantity, trig.start, "level");
  }
  {
    // "cao hơn chỉ tiêu đề ra 9,05%": the baseline stands between verb and number.
    StringPiece whole, cap[2];
    size_t versus_end = left_end + (left_end < g.start ? 1 : 0);
    if (Patterns::MayBeChangeVersus(text.substr(left_limit, versus_end - left_limit)) &&
        MatchLeft(P.left_change_versus(), text, left_limit, versus_end,
                  &whole, cap, 2)) {
      std::string_view verb(cap[0].data(), cap[0].size());
      fig.has_trigger = true;
      fig.direction = (verb.find("thấp") != std::string_view::npos || verb.find("ít") != std::string_view::npos ||
                       verb.find("giảm") != std::string_view::npos || verb.find("Thấp") != std::string_view::npos)
                          ? Direction::kDecrease
                          : Direction::kIncrease;
      fig.baseline = std::string(cap[1]);
      return finish(Kind::kChange, OffsetIn(text, cap[0]), "change_versus");
    }
  }
  if (trigger_at(P.left_change(), &trig)) {
    fig.has_trigger = true;
    std::string_view t = text.substr(trig.start, trig.size());
    bool down = t.find("giảm") != std::string_view::npos || t.find("thấp hơn") != std::string_view::npos ||
                t.find("ít hơn") != std::string_view::npos || t.find("hụt") != std::string_view::npos ||
                t.find("sụt") != std::string_view::npos || t.find("tụt") != std::string_view::npos ||
                t.find("Giảm") != std::string_view::npos || t.find("Thấp hơn") != std::string_view::npos;
    fig.direction = down ? Direction::kDecrease : Direction::kIncrease;
    // "vượt 3 chỉ tiêu" counts targets exceeded; "vượt 4,34% chỉ tiêu" is a change.
    if (t.rfind("vượt", 0) == 0 && unit.counted_noun) {
      fig.direction = Direction::kNone;
      return finish(Kind::kQuantity, span_start, "quantity_exceeded");
    }
    // "vượt 4,34% chỉ tiêu": the target it is measured against is the baseline.
    if (!take_baseline() && take_target()) {
      fig.baseline = fig.target;
      fig.target.reset();
    }
    return finish(Kind::kChange, trig.start, "change");
  }
  // A verb of change, its object, then the rate closing the clause: "kéo giảm
  // ĐV vi phạm bị xử lý kỷ luật 10%;", or before an aside: "… 10% (hiện tại đã
  // xử lý kỷ luật 4 đảng viên)". The span is the rate (convention 1).
  // So is a measure of land or matter: 004 "(giảm diện tích 1,34 ha)".
  if ((unit.percent || (has_unit && RE2::FullMatch(unit.unit, P.measured_unit()))) && !cand.slash && !cand.range) {
    size_t after = text.find_first_not_of(' ', span_end);
    bool closes = after == std::string_view::npos || after >= right_limit ||
                  std::string_view(";.)(").find(text[after]) != std::string_view::npos;
    StringPiece whole, cap[2];
    if (closes && MatchLeft(P.left_change_of_object(), text, left_limit, left_end + (left_end < g.start ? 1 : 0),
                            &whole, cap, 2)) {
      if (!RE2::FullMatch(cap[1], P.no_object_of_change())) {
        fig.has_trigger = true;
        fig.direction = std::string_view(cap[0].data(), cap[0].size()).ends_with("giảm") ? Direction::kDecrease
                                                                                      : Direction::kIncrease;
        return finish(Kind::kChange, span_start, "change_of_object");
      }
    }
  }
  // A bracketed restatement of a change: "giảm 86 vụ (7,42%)".
  if (cand.slash) {
    // a slash group is a ratio whatever verb stands before it (below)
  } else if (ctx.previous && ctx.previous->kind == Kind::kChange) {
    std::string_view between = text.substr(ctx.previous->span.end,
                                           g.start > ctx.previous->span.end ? g.start - ctx.previous->span.end : 0);
    // "giảm 86 vụ (7,42%)", "tăng 4 vụ = 10,81%".
    bool bracket = between.find_first_not_of(" (") == std::string_view::npos && between.find('(') != std::string_view::npos;
    // The counted noun's words may stand before "=": "tăng 65 người nghiện = 7,51%".
    size_t last = between.find_last_not_of(' ');
    bool equals = last != std::string_view::npos && between[last] == '=' &&
                  between.find_first_of(",;()0123456789") == std::string_view::npos;
    if (bracket || equals) {
      fig.direction = ctx.previous->direction;
      fig.has_trigger = true;
      if (!take_baseline()) fig.baseline = ctx.previous->baseline;
      return finish(Kind::kChange, span_start, "change_restated");
    }
    // The next item of a list of changes, each restated as a rate after "=":
    // 004 "tăng 4 vụ = 10,81%, 08 người chết = 24,24%". The verb governs it.
    size_t equals_after = text.find('=', span_end);
    if (has_unit && between.find_first_not_of(" ,") == std::string_view::npos &&
        std::count(between.begin(), between.end(), ',') == 1 && ctx.previous->pattern != nullptr &&
        std::string_view(ctx.previous->pattern) == "change_restated" && equals_after < right_limit &&
        text.substr(span_end, equals_after - span_end).find_first_of(",;()0123456789") == std::string_view::npos) {
      fig.direction = ctx.previous->direction;
      fig.has_trigger = true;
      fig.baseline = ctx.previous->baseline;
      return finish(Kind::kChange, span_start, "change_listed");
    }
  }
  // "(-18,6%)": a signed decrease.
  if (unit.percent && g.start >= 2 && text[g.start - 1] == '-' &&
      (text[g.start - 2] == '(' || text[g.start - 2] == ' ')) {
    fig.direction = Direction::kDecrease;
    fig.has_trigger = true;
    take_baseline();
    return finish(Kind::kChange, g.start - 1, "change_signed");
  }
  if (trigger_at(P.left_achievement(), &trig)) {
    fig.has_trigger = true;
    std::string_view t = text.substr(trig.start, trig.size());
    bool rate_of_whole = t.find("tỷ lệ") != std::string_view::npos;
    if (cand.slash) return finish(Kind::kRatio, span_start, "ratio");
    if (unit.percent) {
      if (take_target()) return finish(Kind::kAchievement, trig.start, "achievement_target");
      if (take_baseline()) return finish(Kind::kPercent, trig.start, "percent_baseline");
      // One target written after coordinated rates serves each: 002 "chi
      // thường xuyên đạt 68,03% và chi đầu tư phát triển đạt 71,26% dự toán".
      if (!rate_of_whole) {
        std::string_view ahead = text.substr(span_end, std::min<size_t>(right_limit - span_end, 90));
        size_t joined = ahead.find(" và ");
        size_t percent = joined == std::string_view::npos ? joined : ahead.find('%', joined);
        StringPiece whole, cap[1];
        if (percent != std::string_view::npos &&
            ahead.substr(0, percent).find_first_of(";()") == std::string_view::npos &&
            ahead.substr(0, percent).find(", ") == std::string_view::npos &&
            (ahead.substr(joined, percent - joined).find("đạt ") != std::string_view::npos ||
             ahead.substr(joined, percent - joined).find("bằng ") != std::string_view::npos) &&
            MatchRight(P.target_after(), text, span_end + percent + 1, right_limit, &whole, cap, 1)) {
          fig.target = std::string(cap[0]);
          return finish(Kind::kAchievement, trig.start, "achievement_shared_target");
        }
      }
      // A noun after the "%" is the whole it is a share of, not a target: 004
      // "đạt 99,9% diện tích", "đạt 81% trên tổng số hồ sơ" (SCHEMA.md: "đạt
      // 99,49% số hộ" is a percent), after an amount too.
      StringPiece next_word;
      if (MatchRight(P.word_after_percent(), text, span_end, right_limit, nullptr, &next_word, 1) &&
          !P.IsStopWord(std::string_view(next_word.data(), next_word.size())))
        rate_of_whole = true;
      // SCHEMA.md convention 5: "thu ngân sách 5.560 tỷ đồng, đạt 56,2%".
      if (!rate_of_whole && ctx.previous &&
          (ctx.previous->kind == Kind::kQuantity || ctx.previous->kind == Kind::kRatio) &&
          FollowsInARun(text, ctx.previous->span.end, trig.start)) {
        return finish(Kind::kAchievement, trig.start, "achievement_after_amount");
      }
      // So does one that gives a ratio as its rate, words of the ratio's
      // between: 004 "1.270/1.485 DVCTT lên Cổng Dịch vụ công quốc gia đạt 85%",
      // or in a bracket after them: "226/488 CBCC … sử dụng DVCTT (đạt 46,3%)".
      if (!rate_of_whole && ctx.previous && ctx.previous->kind == Kind::kRatio && ctx.previous->value &&
          ctx.previous->denominator && *ctx.previous->denominator != 0 &&
          std::abs(values[0] - 100 * *ctx.previous->value / *ctx.previous->denominator) < 1 &&
          trig.start > ctx.previous->span.end && trig.start - ctx.previous->span.end <= 80 &&
          (text.substr(ctx.previous->span.end, trig.start - ctx.previous->span.end).find_first_of(".;:()") ==
               std::string_view::npos ||
           BracketOpensRightBefore(text, ctx.previous->span.end, trig.start)))
        return finish(Kind::kAchievement, trig.start, "achievement_after_amount");
      return finish(Kind::kPercent, span_start, "percent_reached");
    }
    if (cand.slash) return finish(Kind::kRatio, span_start, "ratio");
    if (!has_unit && strictness_ == Strictness::kStrict) return reject(RejectReason::kNoEvidence, "no_unit");
    return finish(Kind::kQuantity, span_start, "quantity_reached");
  }
  if (trigger_at(P.left_share(), &trig)) {
    fig.has_trigger = true;
    if (unit.percent && take_baseline()) return finish(Kind::kPercent, trig.start, "share_baseline");
    if (unit.percent) return finish(Kind::kPercent, span_start, "share");
  }
  if (cand.slash) {
    if (unit.percent || has_unit || strictness_ != Strictness::kStrict)
      return finish(Kind::kRatio, span_start, "ratio");
  }
  if (unit.percent) {
    if (take_target()) return finish(Kind::kAchievement, span_start, "achievement_bare");
    // A rate joined by "và" to an achievement before it is one too, its
    // target's head word left out: 002 "đạt 76,32% dự toán Trung ương giao
    // và 73,93% địa phương phân đầu" (the "dự toán" of the first).
    if (ctx.previous && ctx.previous->kind == Kind::kAchievement && ctx.previous->target &&
        g.start > ctx.previous->span.end &&
        text.substr(ctx.previous->span.end, g.start - ctx.previous->span.end) == " và ") {
      StringPiece whole, cap[1];
      if (MatchRight(P.elided_target_after(), text, span_end, right_limit, &whole, cap, 1)) {
        fig.target = std::string(cap[0]);
        span_end = OffsetIn(text, cap[0]) + cap[0].size();
        return finish(Kind::kAchievement, span_start, "achievement_coordinated");
      }
    }
    take_baseline();
    return finish(Kind::kPercent, span_start, "percent");
  }
  if (fig.unit && *fig.unit == "lần" ) return finish(Kind::kQuantity, span_start, "quantity_times");
  {
    StringPiece whole, cap[1];
    if (MatchLeft(P.left_more(), text, left_limit, g.start, &whole, cap, 1) && has_unit)
      return finish(Kind::kQuantity, span_start, "quantity_more");
  }
  if (has_unit) return finish(Kind::kQuantity, span_start, "quantity");
  if (list_item) {
    fig.unit = unit.unit.empty() ? std::nullopt : std::optional<std::string>(unit.unit);
    return finish(Kind::kQuantity, span_start, "list_item");
  }
  // A bare number: a figure in a table cell, or when lenient.
  bool alone_in_cell = ctx.in_table_cell && (g.start == left_limit || text[g.start - 1] == '\t') &&
                       (g.end == right_limit || text[g.end] == '\t' || text[g.end] == '\n');
  if (alone_in_cell || strictness_ == Strictness::kLenient || fig.comparator != Comparator::kNone)
    return finish(Kind::kQuantity, span_start, alone_in_cell ? "table_cell" : "bare_number");
  return reject(RejectReason::kNoEvidence, "no_unit");
}

std::optional<Verdict> Validator::ClassifyTableValue(const Candidate& cand,
                                                    const CandidateContext& ctx,
                                                    const std::vector<double>& values) const {
  const CellRef& cell = *ctx.cell;
  const Table& table = *cell.table;
  const TableRow& row = table.rows[cell.row];
  if (row.header || cell.column >= table.columns.size()) return std::nullopt;
  const ColumnMeaning& column = table.columns[cell.column];
  std::string_view text = ctx.text;
  std::string_view content = text.substr(cell.cell.start, cell.cell.size());
  size_t a = content.find_first_not_of(' '), b = content.find_last_not_of(' ');
  if (a == std::string_view::npos) return std::nullopt;
  content = content.substr(a, b - a + 1);
  Verdict verdict;
  if (column.is_row_number) {
    verdict.reason = RejectReason::kNumbering;
    verdict.rule = "table_row_number";
    return verdict;
  }
  // Only a cell that is a bare value; "Giảm 5%", "Tội phạm: 394 vụ; …" and
  // prose cells go through the sentence rules.
  if (column.is_row_label || column.is_unit || !RE2::FullMatch(content, patterns_.numeric_cell()))
    return std::nullopt;
  Figure fig;
  fig.number = cand.group;
  size_t start = cand.group.start, end = cand.group.end;
  char first = content.front();
  if (first == '<') fig.comparator = Comparator::kLt;
  if (first == '>') fig.comparator = Comparator::kGt;
  if (fig.comparator != Comparator::kNone) start = cell.cell.start + a;
  bool percent_sign = false;
  while (end < cell.cell.end && (text[end] == ' ' || text[end] == '%')) {
    if (text[end] == '%') {
      percent_sign = true;
      ++end;
      break;
    }
    ++end;
  }
  if (!percent_sign) end = cand.group.end;
  if (cand.range) {
    fig.range = Range{values.front(), values.back()};
  } else {
    fig.value = values.front();
  }
  fig.span = {start, end};
  fig.has_trigger = true;
  if (cand.slash && values.size() == 2) {
    fig.kind = Kind::kRatio;
    fig.denominator = values.back();
    fig.unit = row.unit;
    fig.pattern = "table_ratio";
  } else if (column.achievement) {
    fig.kind = Kind::kAchievement;
    fig.target = column.target;
    fig.unit = "%";
    fig.pattern = "table_achievement";
  } else if (column.baseline) {
    fig.kind = Kind::kPercent;
    fig.baseline = column.baseline;
    fig.unit = "%";
    fig.pattern = "table_comparison";
  } else if (percent_sign || (row.unit && *row.unit == "%")) {
    fig.kind = Kind::kPercent;
    fig.unit = "%";
    fig.pattern = "table_percent";
  } else {
    fig.kind = Kind::kQuantity;
    fig.unit = row.unit;
    fig.per = row.per;
    fig.pattern = "table_quantity";
  }
  verdict.figure = fig;
  return verdict;
}

}  // namespace solieu
