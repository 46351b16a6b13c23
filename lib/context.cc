#include "context.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

#include "lex.h"
#include "metadata.h"
#include "period.h"
#include "utf8.h"

namespace solieu {
namespace {

using re2::StringPiece;

// Whether the comma at `i` joins two acronyms or codes: "xây dựng GTNT,
// ASXH", "KT, GS", "gói thầu Xây dựng đường N3, D1, D3".
bool BetweenAcronyms(std::string_view text, size_t i) {
  auto acronym = [](std::string_view w) {
    return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
           std::all_of(w.begin(), w.end(), [](char ch) {
             return std::isupper(static_cast<unsigned char>(ch)) || ch == '&' ||
                    std::isdigit(static_cast<unsigned char>(ch));
           });
  };
  size_t lo = i, hi = i + 1;
  while (lo > 0 && text[lo - 1] != ' ' && i - lo < 8) --lo;
  if (hi < text.size() && text[hi] == ' ') ++hi;
  size_t end = hi;
  while (end < text.size() && end - hi < 8 && text[end] != ' ' && text[end] != ',' && text[end] != ';' &&
         text[end] != '.' && text[end] != ')')
    ++end;
  return acronym(text.substr(lo, i - lo)) && acronym(text.substr(hi, end - hi));
}

// Whether the comma at `comma` is inside a fixed pair of words, "phòng,
// chống" (the catalogue's `comma_in_a_pair`).
bool CommaInAPair(std::string_view text, size_t comma, const RE2& pair) {
  size_t from = comma > 24 ? comma - 24 : 0, to = std::min(text.size(), comma + 24);
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  StringPiece window(text.data() + from, to - from), m;
  for (size_t pos = 0; pos < window.size() && pair.Match(window, pos, window.size(), RE2::UNANCHORED, &m, 1);) {
    size_t s = static_cast<size_t>(m.data() - text.data());
    if (s <= comma && comma < s + m.size()) return true;
    pos = static_cast<size_t>(m.data() - window.data()) + std::max<size_t>(m.size(), 1);
  }
  return false;
}

// A clause ends at these marks, but not at the decimal comma of "32,6%", at
// a comma between two acronyms, nor at the comma of a fixed pair (`pair`, the
// catalogue's comma_in_a_pair): "công tác phòng, chống tham nhũng".
bool IsClauseBreak(std::string_view text, size_t i, const RE2& pair) {
  char c = text[i];
  if (c == ',') {
    bool digits = i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                  std::isdigit(static_cast<unsigned char>(text[i + 1]));
    return !digits && !BetweenAcronyms(text, i) && !CommaInAPair(text, i, pair);
  }
  // A list item run into the sentence: "… số còn lại. - Kiểm tra, phúc tra 957 trường hợp".
  if (c == '.') return text.substr(i + 1, 3) == " - " || text.substr(i + 1, 3) == " + ";
  return c == ';' || c == '(' || c == '\t' || c == '\n' || c == ':';
}

// Whether `s` ends in a letter or digit (Latin, with Vietnamese's letters and
// combining marks), so that what follows it is inside a word.
bool EndsInLetter(std::string_view s) {
  if (s.empty()) return false;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  size_t length = 0;
  char32_t c = DecodeCodePoint(s, i, &length);
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  return (c >= 0xC0 && c < 0x2000) && c != 0xD7 && c != 0xF7;
}

// "năm 2024": a year and nothing more specific.
bool IsBareYear(const std::string& period) {
  return period.size() == std::string("năm 2024").size() &&
         (period.rfind("năm ", 0) == 0 || period.rfind("Năm ", 0) == 0);
}

// Strips spaces, bullets and stray punctuation from both ends. Multi-byte
// marks (the bullet "•", a paragraph break U+2029) go whole, never byte by byte.
// A quote mark stays when it closes or opens one inside: "thi đua "Đồng Khởi mới"".
std::string_view TrimView(std::string_view s) {
  static constexpr std::string_view kBullet = "\xE2\x80\xA2", kParagraph = "\xE2\x80\xA9",
                                    kEllipsis = "\xE2\x80\xA6";
  auto balanced_quote = [&](char c) { return c == '"' && std::count(s.begin(), s.end(), '"') % 2 == 0; };
  for (bool more = true; more && !s.empty();) {
    more = false;
    if (s.starts_with(kBullet) || s.starts_with(kParagraph)) s.remove_prefix(3), more = true;
    else if (std::string_view(" \t\n-+*\"').]").find(s.front()) != std::string_view::npos &&
             !balanced_quote(s.front()))
      s.remove_prefix(1), more = true;
  }
  for (bool more = true; more && !s.empty();) {
    more = false;
    if (s.ends_with(kParagraph) || s.ends_with(kEllipsis)) s.remove_suffix(3), more = true;
    else if (std::string_view(" \t\n,;:-\"'(").find(s.back()) != std::string_view::npos &&
             !balanced_quote(s.back()))
      s.remove_suffix(1), more = true;
  }
  return s;
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

// A run-in list ("…; - Phát hiện 121 vụ …. - Qua kết quả …"), common in
// table cells, holds one item per dash: narrows [from, to) to the figure's.
void NarrowToListItem(std::string_view text, Span figure, size_t* from, size_t* to) {
  auto item_dash = [&](size_t dash) {  // "- " after ". ", "; " or ": "
    size_t p = dash;
    while (p > *from && text[p - 1] == ' ') --p;
    return p < dash && p > *from && std::string_view(".;:").find(text[p - 1]) != std::string_view::npos;
  };
  for (size_t p = figure.start; p > *from + 1; --p) {
    if ((text[p - 2] == '-' || text[p - 2] == '+') && text[p - 1] == ' ' && item_dash(p - 2)) {
      *from = p;
      break;
    }
  }
  for (size_t p = figure.end; p + 1 < *to; ++p) {
    if ((text[p] == '-' || text[p] == '+') && text[p + 1] == ' ' && item_dash(p)) {
      *to = p;
      break;
    }
  }
}

// An aspect word opens a clause with its own verb: "…, đã làm nòng cốt", "…,
// đang thực hiện", "…, đã giải quyết việc làm", "… 75 ha hiện Sở Xây dựng
// đang thẩm định" ("hiện", now; "hiện vật" is a noun).
bool OpensOnAspectWord(std::string_view s) {
  if (s.starts_with("hiện ") && !s.starts_with("hiện vật")) return true;
  for (std::string_view aspect : {"đã ", "đang ", "sẽ ", "vẫn "})
    if (s.starts_with(aspect)) return true;
  return false;
}

// A comma that lists the qualifiers of one noun phrase, "chi bộ ấp, khu phố",
// "đối tượng tàng trữ, mua bán, tổ chức, sử dụng trái phép chất ma túy",
// "suy thoái tư tưởng chính trị, “tự diễn biến”", "tổ chức cơ sở đảng, ĐV được
// đánh giá" (an acronym is a noun, not a name that opens a clause): the part
// after it runs to the next comma or clause end with no number in it (",
// chiếm 61,49%" and ", thu giữ 5 kg" start another figure). The phrase ends
// where `phrase_end` matches ("lãnh đạo, quản lý và 222 cán bộ", "đầu tư, ngân
// sách nhằm …"): a number after that belongs to what comes next.
bool CommaInsideNounPhrase(std::string_view text, size_t comma, size_t limit, const RE2& phrase_end) {
  size_t next = comma + 1, word = next + 1;
  if (word < limit && text[word] == '"') ++word;
  if (next >= limit || text[next] != ' ' || word >= limit) return false;
  std::string_view first = text.substr(word, std::min(text.find(' ', word), limit) - word);
  if (!IsLowerStart(first) && !IsAcronym(first)) return false;
  // A comma before an aspect word opens a clause of its own: "gần 1400 đảng
  // viên, đã làm nòng cốt …", "20 dự án đô thị …, đang thực hiện các bước …".
  if (OpensOnAspectWord(text.substr(next + 1, std::min<size_t>(8, limit - next - 1)))) return false;
  size_t part_end = next + 1;
  while (part_end < limit && std::string_view(",;.():\n\t\"").find(text[part_end]) == std::string_view::npos)
    ++part_end;
  StringPiece end;
  if (phrase_end.Match(StringPiece(text.data(), part_end), next, part_end, RE2::UNANCHORED, &end, 1)) {
    if (end.data() == text.data() + next) return false;  // ", để …" opens a clause
    part_end = static_cast<size_t>(end.data() - text.data());
  }
  std::string_view part = text.substr(next, part_end - next);
  return part.find_first_of("0123456789") == std::string_view::npos;
}

// "đạt 63,08%" after "82/130 đảng viên" is the ratio again, as a rate: a
// further figure, where "02/24 chỉ tiêu đạt 100%" says which indicators.
bool RestatesRatio(const Figure& figure, std::string_view reached) {
  if (figure.kind != Kind::kRatio || !figure.value || !figure.denominator || *figure.denominator == 0) return false;
  size_t digits = reached.find_first_of("0123456789");
  if (digits == std::string_view::npos) return false;
  std::string_view number = reached.substr(digits);
  number = number.substr(0, number.find_first_not_of("0123456789.,"));
  std::optional<double> percent = ParseNumber(number);
  return percent && std::abs(*percent - 100 * *figure.value / *figure.denominator) < 0.5;
}

// A place or reporting unit named alone before its figure in a note that
// breaks a figure down: "Ba Tri", "Huyện ủy Giồng Trôm", "thành ủy Bến Tre".
// A few words, no number, one of them a capitalised name.
bool NamesAPart(std::string_view subject) {
  if (subject.find_first_of("0123456789") != std::string_view::npos) return false;
  size_t words = 0;
  bool named = false;
  for (size_t at = 0; at < subject.size();) {
    size_t end = std::min(subject.find(' ', at), subject.size());
    named = named || IsUpperStart(subject.substr(at, end - at));
    ++words;
    at = end + 1;
  }
  return words <= 6 && named;
}

// The place or unit that opens a clause and acts in it: "Huyện Châu Thành"
// in "Huyện Châu Thành công nhận", up to its last capitalised word, with at
// most two words of verb after it; else empty.
std::string_view NameOpening(std::string_view clause) {
  size_t name_end = 0, words_after = 0;
  for (size_t at = 0; at < clause.size();) {
    size_t end = std::min(clause.find(' ', at), clause.size());
    if (IsUpperStart(clause.substr(at, end - at))) {
      name_end = end;
      words_after = 0;
    } else {
      ++words_after;
    }
    at = end + 1;
  }
  std::string_view name = clause.substr(0, name_end);
  return name_end > 0 && words_after <= 2 && NamesAPart(name) ? name : std::string_view();
}

// Where the clause that ends at `end` starts: after the last clause break,
// no further back than `floor`.
size_t ClauseStartBefore(std::string_view text, size_t end, size_t floor, const RE2& pair) {
  size_t start = end;
  while (start > floor && !IsClauseBreak(text, start - 1, pair)) --start;
  return start;
}

// What a figure's column says of its cell, if it speaks for it. A progress
// table's task column does only on a row with its number, or one whose lost
// number cell was put back: in 004 PHỤ LỤC 2 a row continued past a page break
// as "" | text | "" may go on with the task or with its progress.
const ColumnMeaning* ColumnOf(const CellRef& cell) {
  const Table& t = *cell.table;
  if (cell.column >= t.columns.size()) return nullptr;
  const ColumnMeaning& column = t.columns[cell.column];
  const TableRow& row = t.rows[cell.row];
  if (!column.tasks || row.numbered || row.realigned) return &column;
  // Nor when the row writes both cells: "" | task | progress is a task (004
  // PHỤ LỤC 2 "Đẩy mạnh tuyên truyền … phát triển 4.000 ha nuôi tôm biển …").
  bool progress_written = cell.column + 1 < row.cells.size() && row.cells[cell.column + 1].size() > 0 &&
                          row.cells[cell.column].size() > 0;
  return progress_written ? &column : nullptr;
}

// A ';' between `from` and `to` that ends a clause: one inside a bracket
// ("lũy kế đến nay, toàn tỉnh có 91 xã … (trong đó có 28 xã …; 03 xã …), 11
// xã …") separates items of the bracket, not clauses of the sentence.
bool ClauseSemicolonBetween(std::string_view text, size_t from, size_t to) {
  int depth = 0;
  for (size_t i = from; i < to; ++i) {
    if (text[i] == '(') ++depth;
    else if (text[i] == ')' && depth > 0) --depth;
    else if (text[i] == ';' && depth == 0) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ContextResolver::PeriodIn(std::string_view text, size_t from, size_t to,
                                                     size_t near, bool owned_years,
                                                     size_t* before_end) const {
  // The period phrase nearest before `near`, else the first after it.
  std::optional<std::string> before, after;
  size_t before_e = from;  // where `before` ends
  if (before_end) *before_end = std::string_view::npos;
  StringPiece input(text.data(), to);
  StringPiece m[3];
  // A phrase after the figure dates it only from the same clause: "… tại 03
  // Đảng bộ (…); đến nay có 17.330/17.330 tài khoản" is about the later figure.
  // "Đến nay", a term or a horizon after a comma opens a clause of its own: 004
  // "Công nhận mới 03 xã NTM (…), đến nay toàn huyện có 12/18 xã"; only a span
  // of years closing a list dates the list: "…, đạt 68% chỉ tiêu kế hoạch 5 năm
  // 2021 - 2025".
  auto after_ok = [&](size_t s) {
    size_t gap_from = std::min(near, s);
    std::string_view gap = text.substr(gap_from, s - gap_from);
    if (gap.find(';') != std::string_view::npos) return false;
    // Nor from past the bracket the figure stands in: 004 "… Nhà máy điện gió
    // Hải Phong (200MW) và … vào Kế hoạch … thực hiện đến năm 2030".
    int depth = 0;
    for (char c : gap) {
      if (c == '(') ++depth;
      else if (c == ')' && --depth < 0) return false;
    }
    return true;
  };
  size_t pos = from;
  if (patterns_.period_fronted_date().Match(input, from, to, RE2::ANCHOR_START, m, 2) &&
      static_cast<size_t>(m[1].data() - text.data()) + m[1].size() <= near) {
    before = std::string(m[1]);
    before_e = static_cast<size_t>(m[1].data() - text.data()) + m[1].size();
    if (before_end) *before_end = before_e;
    pos = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
  }
  while (pos < to && patterns_.period_phrase().Match(input, pos, to, RE2::UNANCHORED, m, 3)) {
    if (m[1].data() == nullptr) m[1] = m[2];  // the phrase, without a fronted "qua … ,"
    size_t s = static_cast<size_t>(m[1].data() - text.data());
    size_t e = s + m[1].size();
    // Only a phrase that starts a word: "cai nghiện tại cộng đồng" holds no "hiện tại".
    if (EndsInLetter(text.substr(0, s))) {
      pos = std::max(e, pos + 1);
      continue;
    }
    size_t look = s > 48 ? s - 48 : 0;
    // A bare year or a term after a resolution, plan or comparison belongs to
    // that: "chỉ tiêu Nghị quyết Đảng bộ tỉnh nhiệm kỳ 2020-2025".
    bool ownable = IsBareYear(std::string(m[1])) || RE2::PartialMatch(m[1], patterns_.period_term());
    // "ngày 15 tháng 10 năm 2023" is a date, not "15 tháng".
    std::string_view lead = text.substr(look, s - look);
    if (lead.ends_with("ngày ") || lead.ends_with("Ngày ")) {
      StringPiece date;
      size_t at = s - std::string_view("ngày ").size();
      bool whole = patterns_.info_date().Match(input, at, to, RE2::ANCHOR_START, &date, 1);
      pos = std::max(whole ? at + date.size() : e, pos + 1);
      continue;
    }
    StringPiece before_phrase(text.data() + look, s - look);
    if (RE2::PartialMatch(before_phrase, patterns_.period_compared()) ||
        RE2::PartialMatch(before_phrase, patterns_.period_deadline())) {
      pos = std::max(e, pos + 1);  // "so với đầu năm 2023" is a baseline, "dự kiến hoàn thành năm 2025" a deadline
      continue;
    }
    if (!owned_years && ownable && RE2::PartialMatch(before_phrase, patterns_.period_owner())) {
      pos = std::max(e, pos + 1);  // "chỉ tiêu Nghị quyết năm 2024" names a target
      continue;
    }
    // "Đến nay", "hiện" and the like hold for their own clause only: "…; đến nay
    // có 17.330/17.330 tài khoản …; … ở 03 Đảng bộ" leaves the 03 undated.
    // Fronted, they hold for the sentence: "Đến nay, toàn tỉnh có …; có 26 mã số".
    bool fronted = TrimView(text.substr(from, s - from)).empty();
    // Fronted without a comma it opens the clause's noun phrase, not the
    // sentence: 004 "Lũy kế đến nay tổng số nhãn hiệu … có 51 nhãn hiệu, …;
    // hướng dẫn 237 cơ sở …".
    if (fronted && TrimView(text.substr(e, 3)).substr(0, 1) != ",") fronted = false;
    bool clause_bound = RE2::PartialMatch(m[1], patterns_.period_not_reported()) && !fronted;
    if (e <= near && clause_bound && ClauseSemicolonBetween(text, e, near) &&
        !OpensEnumerationOf(text, e, near)) {
      pos = std::max(e, pos + 1);
      continue;
    }
    // A bare "Lũy kế" in the list of an "up to" lead-in sums up to that point:
    // "… đến thời điểm hiện nay: (i) Lũy kế đã phê duyệt …". After "6 tháng đầu
    // năm" or a fronted "Đến ngày 06/9/2023, …;" it is a period of its own.
    if (e <= near && before && RE2::FullMatch(m[1], patterns_.period_bare_cumulative()) &&
        RE2::PartialMatch(*before, patterns_.period_up_to()) &&
        text.substr(before_e, s - before_e).find(':') != std::string_view::npos) {
      pos = std::max(e, pos + 1);
      continue;
    }
    if (e <= near) {
      before = std::string(m[1]);
      before_e = e;
      if (before_end) *before_end = e;
    } else if (s >= near && !after && after_ok(s) &&
               !(clause_bound && !RE2::PartialMatch(m[1], patterns_.period_closing_a_list()) &&
                 text.substr(near, s - near).find(',') != std::string_view::npos)) {
      after = std::string(m[1]);
    }
    pos = std::max(e, pos + 1);
  }
  return before ? before : after;
}

bool ContextResolver::OpensEnumerationOf(std::string_view text, size_t phrase_end, size_t near) const {
  // A lead-in that ends on it frames the list after its colon: 004 "Công tác
  // giải phóng mặt bằng đến thời điểm hiện nay: (i) …; (ii) …".
  if (text.substr(phrase_end, std::min<size_t>(near - phrase_end, 2)).find(':') != std::string_view::npos)
    return true;
  StringPiece opener(text.data() + phrase_end, std::min(near - phrase_end, size_t{80}));
  if (!RE2::PartialMatch(opener, patterns_.period_opens_enumeration())) return false;
  // The item: from the last ';' outside brackets before the figure.
  size_t item = near;
  for (int depth = 0; item > phrase_end; --item) {
    char c = text[item - 1];
    if (c == ')') ++depth;
    else if (c == '(' && depth > 0) --depth;
    else if (c == ';' && depth == 0) break;
  }
  // The figure itself may open it: "…; 54 vùng trồng" (near is its start).
  size_t end = std::min(text.size(), near + 16);
  return RE2::PartialMatch(StringPiece(text.data() + item, end - item), patterns_.enumeration_item());
}

std::optional<std::string> ContextResolver::FramingPeriodBefore(std::string_view text, size_t para,
                                                                size_t sentence_start) const {
  if (para >= sentence_start) return std::nullopt;
  // Within the paragraph, its HTML paragraph (a U+2029 in the normalised text)
  // and its list item, 600 bytes at most.
  size_t from = std::max(para, sentence_start > 600 ? sentence_start - 600 : size_t{0});
  bool from_boundary = from == para;
  size_t block = text.substr(from, sentence_start - from).rfind("\xE2\x80\xA9");
  if (block != std::string_view::npos) from += block + 3, from_boundary = true;
  size_t item = from, item_end = sentence_start;
  NarrowToListItem(text, {sentence_start, sentence_start}, &item, &item_end);
  if (item != from) from = item, from_boundary = true;
  size_t end = std::string_view::npos;
  std::optional<std::string> period = PeriodIn(text, from, sentence_start, sentence_start, false, &end);
  // Followed by a comma ("Năm 2023, …") or a colon that labels what follows
  // (004 "Quí III đến quý IV năm 2024: Tiếp tục xây dựng …. Tiếp tục …").
  if (!period || end == std::string_view::npos || end >= text.size() || (text[end] != ',' && text[end] != ':'))
    return std::nullopt;
  // Fronted: it opens its sentence.
  std::string_view before = text.substr(from, end - period->size() - from);
  size_t last = before.find_last_not_of(" \n");
  if (last == std::string_view::npos ? !from_boundary : before[last] != '.' && before[last] != ':')
    return std::nullopt;
  return period;
}

const std::optional<std::string>& ContextResolver::HeadingPeriodAt(size_t pos) const {
  static const std::optional<std::string> kNone;
  auto after = std::upper_bound(heading_periods_.begin(), heading_periods_.end(), pos,
                                [](size_t p, const auto& h) { return p < h.first; });
  return after == heading_periods_.begin() ? kNone : std::prev(after)->second;
}

std::optional<std::string> ContextResolver::DocumentPeriod(std::string_view text) const {
  // The first period phrase of the opening lines. A title often leaves the
  // year to the end: 004 "… 6 tháng đầu năm và phương hướng …, giải pháp 6
  // tháng cuối năm 2024" is about "6 tháng đầu năm 2024".
  size_t limit = std::min(text.size(), size_t{2000});
  // Only the front matter: a bulletin that opens on its first numbered heading
  // (003 "I. THỰC HIỆN KẾT LUẬN …" / "1. Chuyên đề … năm 2024 (tt)") has no
  // title to date it, and a heading dates only its own section.
  for (size_t ls = 0; ls < limit;) {
    size_t le = std::min(text.find('\n', ls), text.size());
    auto style = HeadingStyleOf(text.substr(ls, le - ls), false);
    if (style && *style != HeadingStyle::kCapitals && *style != HeadingStyle::kMarked &&
        *style != HeadingStyle::kAppendix) {
      limit = ls;
      break;
    }
    ls = le + 1;
  }
  std::optional<std::string> first = PeriodIn(text, 0, limit, 0);
  // A term or a horizon ("nhiệm kỳ 2020-2025", "đến năm 2030") is not what a
  // bulletin reports on: no document period then.
  if (!first || RE2::PartialMatch(*first, patterns_.period_not_reported())) return std::nullopt;
  if (std::string_view(*first).ends_with("năm")) {
    size_t at = text.find(*first);
    std::string_view after = text.substr(at + first->size(), 400);
    for (size_t i = 0; i + 4 <= after.size(); ++i) {
      bool year = (after.substr(i, 2) == "19" || after.substr(i, 2) == "20") &&
                  std::isdigit(static_cast<unsigned char>(after[i + 2])) &&
                  std::isdigit(static_cast<unsigned char>(after[i + 3])) &&
                  (i == 0 || !std::isdigit(static_cast<unsigned char>(after[i - 1]))) &&
                  (i + 4 == after.size() || !std::isdigit(static_cast<unsigned char>(after[i + 4])));
      if (year) return *first + " " + std::string(after.substr(i, 4));
    }
  }
  return first;
}

std::optional<std::string> ContextResolver::SubjectFor(std::string_view text,
                                                       const FigureInContext& f,
                                                       size_t clause_start) const {
  size_t end = f.figure.span.start;
  if (end <= clause_start) return std::nullopt;
  std::string_view clause = text.substr(clause_start, end - clause_start);
  // A clause that opens the line after a page break began before it: 002
  // "Thu ngân" / (page break) / "sách nhà nước trên địa bàn … ước 4.123,7 tỷ đồng".
  std::string joined;
  if (f.before_break && clause_start == f.part_start) {
    size_t head_start =
        ClauseStartBefore(text, f.before_break->end, f.before_break->start, patterns_.comma_in_a_pair());
    std::string_view head = text.substr(head_start, f.before_break->end - head_start);
    // A bracket left open before the break is an aside that goes on after it
    // ("… tăng 16,15% (tương" / "đương tăng 26,87 triệu USD)"): no subject there.
    std::string_view part = text.substr(f.before_break->start, f.before_break->size());
    size_t open = part.rfind('('), close = part.rfind(')');
    if (open != std::string_view::npos && (close == std::string_view::npos || close < open)) return std::nullopt;
    // A figure right before the break goes on after it with its target: 004
    // "… 4.783,4 tỷ đồng, đạt 40,02%" / "dự toán Trung ương giao, đạt 39,72% …".
    // Those words name no subject; the figures share the one before.
    std::string_view head_words = TrimView(head);
    if (!head_words.empty() && (head_words.back() == '%' || std::isdigit(static_cast<unsigned char>(head_words.back()))))
      return std::nullopt;
    joined = std::string(head) + " " + std::string(clause);
    clause = joined;
  }
  return SubjectOfClause(clause);
}

std::string_view ContextResolver::QualifiersAfter(std::string_view text, const FigureInContext& f) const {
  // The words after the figure, to the end of the clause (a comma inside
  // quotes does not end it: "“tự diễn biến”, “tự chuyển hóa”").
  size_t from = f.figure.span.end, limit = std::min(text.size(), from + 300), end = from;
  while (limit < text.size() && limit > from && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80)
    --limit;  // never inside a multi-byte letter
  bool quoted = false;
  for (; end < limit; ++end) {
    char c = text[end];
    // A quote the figure stands in closes its phrase: "vận động 100% tổ chức,
    // cá nhân đồng thuận bàn giao mặt bằng …” đối với tuyến đường …".
    if (c == '"' && !quoted && text[end - 1] != ' ') break;
    if (c == '"') quoted = !quoted;
    // An acronym in brackets is part of the name ("1.671 trạm thu phát sóng
    // viễn thông (BTS), tăng 81 trạm"), unless it only abbreviates the words
    // before it: "67 tổ hợp tác (THT)" defines "THT".
    if (c == '(' && !quoted) {
      size_t close = text.substr(end, 14).find(')');
      std::string_view inner = close == std::string_view::npos ? "" : text.substr(end + 1, close - 1);
      auto not_an_acronym = [](char ch) {
        return ch == ' ' || std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch));
      };
      if (!inner.empty() && std::none_of(inner.begin(), inner.end(), not_an_acronym) && IsUpperStart(inner) &&
          !IsInitialismOf(inner, text.substr(f.figure.span.start, end - f.figure.span.start))) {
        end += close;
        continue;
      }
    }
    // A decimal comma does not end it: "82/130 đảng viên đạt 63,08%"; nor does
    // the comma of a pair, "tố giác, tin báo". A named place after it is the
    // next item: "đạt 04 tiêu chí, huyện Châu Thành, Thạnh Phú đạt 03 tiêu chí".
    if (c == ',' && !quoted &&
        (!IsClauseBreak(text, end, patterns_.comma_in_a_pair()) ||
         (CommaInsideNounPhrase(text, end, limit, patterns_.noun_phrase_end_after_comma()) &&
          !RE2::PartialMatch(StringPiece(text.data() + end + 2, std::min<size_t>(24, limit - end - 2)),
                             patterns_.clause_opener_after_comma()) &&
          !RE2::PartialMatch(StringPiece(text.data() + end + 1, std::min<size_t>(40, limit - end - 1)),
                             patterns_.address_after_comma()))))
      continue;
    if (c == '.' && end > from && end + 1 < limit && std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[end + 1])))
      continue;  // a thousands dot: "liên thông dữ liệu 28.219 Giấy khám sức khỏe"
    if (!quoted && (c == ',' || c == ';' || c == '.' || c == '(' || c == ':' || c == ')' ||
                    c == '\n' || c == '\t'))
      break;
  }
  std::string_view tail = text.substr(from, end - from);
  StringPiece stop;
  size_t search = 0;
  while (search < tail.size() &&
         patterns_.counted_noun_tail_stop().Match(StringPiece(tail.data(), tail.size()), search, tail.size(),
                                                  RE2::UNANCHORED, &stop, 1)) {
    size_t at = static_cast<size_t>(stop.data() - tail.data());
    // "với …" also ends a compound that goes on qualifying the noun: "… đối
    // với số hộ …". (The stop on "với" is "với" and an amount's word, so it is
    // matched by its start.) A rate after "đạt" qualifies the noun unless it
    // restates the ratio.
    std::string_view before = tail.substr(0, at);
    std::string_view word = TrimView(std::string_view(stop.data(), stop.size()));
    // A year after "trước" or "sau" bounds the noun, not the count: "người có
    // công mất trước năm 1995".
    if ((word.starts_with("với ") && before.ends_with("đối")) ||
        (word.starts_with("đạt") && !RestatesRatio(f.figure, word)) ||
        (word.starts_with("năm ") && (before.ends_with(" trước") || before.ends_with(" sau")))) {
      search = at + stop.size();
      continue;
    }
    tail = before;
    break;
  }
  // "và" before the counted noun again starts the next thing counted: 004
  // "07 Quy trình kỹ thuật nuôi cây mô và Quy trình kỹ thuật trồng các cây giống …".
  if (const std::optional<std::string>& noun = f.figure.unit; f.figure.counted_noun && noun && !noun->empty()) {
    for (const std::string& again : {" và " + *noun + " ", " và " + Capitalized(*noun) + " "})
      if (size_t at = tail.find(again); at != std::string_view::npos) tail = tail.substr(0, at);
  }
  // "105 đảng viên mới trở lên": "trở lên" right after the noun bounds the
  // count; after a qualifier it bounds that ("sản phẩm OCOP 3 sao trở lên").
  tail = TrimView(tail);
  // A word that joins to nothing the clause says qualifies nothing: "còn lại
  // 11 hộ với (lý do: …)".
  if (tail == "với" || tail == "và") tail = {};
  if (tail.ends_with("trở lên") && std::count(tail.begin(), tail.end(), ' ') <= 2)
    tail = TrimView(tail.substr(0, tail.size() - std::string_view("trở lên").size()));
  return tail;
}

std::optional<std::string> ContextResolver::CountedSubject(std::string_view text, const FigureInContext& f,
                                                           std::string_view noun) const {
  std::string_view words = QualifiersAfter(text, f);
  if (words.size() > 240) return std::nullopt;
  if (words.empty()) return std::string(noun);  // "xử phạt 11 đối tượng": what is counted
  // Places counted and then named are the places counted: "02 xã Phú Vang và
  // Lộc Thuận" -> "xã". (An acronym qualifies: "06 xã NTM".)
  if (RE2::PartialMatch(StringPiece(words.data(), words.size()), patterns_.name_opening()) &&
      RE2::FullMatch(StringPiece(noun.data(), noun.size()), patterns_.counted_place()))
    return std::string(noun);
  // The counted noun ends the figure's span: the subject runs on from it.
  const Span span = f.figure.span;
  if (span.size() >= noun.size() && text.substr(span.end - noun.size(), noun.size()) == noun) {
    size_t noun_start = span.end - noun.size();
    return AsWritten(text.substr(noun_start, static_cast<size_t>(words.data() - text.data()) + words.size() - noun_start));
  }
  return std::string(noun) + " " + std::string(words);
}

std::optional<std::string> ContextResolver::SubjectOfClause(std::string_view subject) const {
  // The subject up to where `re` first matches, if it does.
  auto cut_at = [&subject](const RE2& re) {
    StringPiece m;
    if (re.Match(StringPiece(subject.data(), subject.size()), 0, subject.size(), RE2::UNANCHORED, &m, 1))
      subject = subject.substr(0, static_cast<size_t>(m.data() - subject.data()));
  };
  // The clause before the figure, less the verb that introduces it
  // ("… tiêu dùng ước tăng 11,39%" -> "… tiêu dùng") and less the
  // connectives and modality words that open it ("Ước thu ngân sách …").
  const std::string_view untrimmed = subject;
  cut_at(patterns_.subject_tail_trim());
  // "trở lên" bounds what it follows ("nhân lực có trình độ Cao đẳng trở lên
  // là 462 người"); its "lên" is no verb.
  if ((subject.ends_with(" trở") || subject == "trở") && untrimmed.substr(subject.size()).starts_with(" lên"))
    subject = untrimmed.substr(0, subject.size() + std::string_view(" lên").size());
  StringPiece m;
  if (patterns_.subject_lead_trim().Match(StringPiece(subject.data(), subject.size()), 0, subject.size(),
                                          RE2::ANCHOR_START, &m, 1))
    subject.remove_prefix(m.size());
  // The period is its own field: "Thu ngân sách … trên địa bàn 9 tháng đầu năm"
  // ước 4.123,7 tỷ đồng -> "Thu ngân sách … trên địa bàn"; so is a price basis.
  const size_t before_period = subject.size();
  cut_at(patterns_.subject_period_tail());
  cut_at(patterns_.subject_inner_period());
  cut_at(patterns_.subject_price_basis());
  cut_at(patterns_.subject_compared_with());
  // Again, for a verb the period stood after: "Chỉ số tăng trưởng kinh tế ước 9
  // tháng năm 2023 tăng 4,45%".
  if (subject.size() != before_period) cut_at(patterns_.subject_tail_trim());
  StringPiece with[3];  // the match, the word before "với", the amount's name
  if (patterns_.subject_named_after_with().Match(StringPiece(subject.data(), subject.size()), 0, subject.size(),
                                                 RE2::UNANCHORED, with, 3) &&
      with[1].empty())
    subject = std::string_view(with[2].data(), with[2].size());
  std::string_view s = TrimView(subject);
  StringPiece measure_grown;
  if (RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.subject_verb_before_measure(), &measure_grown))
    s = std::string_view(measure_grown.data(), measure_grown.size());
  StringPiece grower;
  // "Khu vực II tăng trưởng" names "Khu vực II"; "… (PCI) Bến Tre" the index.
  if (s.ends_with("trưởng") &&
      RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.subject_growth_verb(), &grower) &&
      !RE2::PartialMatch(grower, patterns_.growth_measure_word()))
    s = std::string_view(grower.data(), grower.size());
  StringPiece index;
  if (!s.ends_with(")") && s.find(')') != std::string_view::npos &&
      RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.subject_index_of_place(), &index))
    s = std::string_view(index.data(), index.size());
  // A clause cut at its comma leaves no comma behind: "… của khu vực dịch vụ, tăng trưởng 5,09%".
  while (!s.empty() && (s.back() == ',' || s.back() == ';')) s = TrimView(s.substr(0, s.size() - 1));
  // An aside in brackets is no subject: "216,2/216,2ha (không bao gồm đất công …) đạt khoảng 100%".
  if (s.starts_with("(") && s.ends_with(")") && s.find(')') == s.size() - 1) return std::nullopt;
  // A bracket left open opens an aside: "… vượt cấp (4 tháng đầu năm, có 19 lần".
  if (size_t open = s.rfind('('); open != std::string_view::npos && s.find(')', open) == std::string_view::npos)
    s = TrimView(s.substr(0, open));
  if (s.size() < 3 || s.size() > 240) return std::nullopt;
  // A period alone names nothing: 004 "… 6 tháng đầu năm đạt 253 ha, lũy kế ước
  // đạt 3.363 ha" is the same area, so it shares the lead's subject.
  if (RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.period_phrase()) ||
      RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.subject_names_nothing()))
    return std::nullopt;
  // The work and how far it has got: 004 "Gói thầu San lấp lô A3 khối lượng thi
  // công đạt 71,42%" -> "Gói thầu San lấp lô A3 / khối lượng thi công", the
  // "parent / part" form of the breakdowns (corpus/README.md).
  StringPiece work, measure;
  if (RE2::FullMatch(StringPiece(s.data(), s.size()), patterns_.subject_work_and_measure(), &work, &measure)) {
    // A package of a named project is the nearer work (ANNOTATING.md): "Dự án
    // Nâng cấp … huyện Bình Đại gói thầu xây lắp số 1 khối lượng thực hiện" ->
    // "gói thầu xây lắp số 1 / khối lượng thực hiện".
    std::string_view whole(work.data(), work.size());
    for (std::string_view package : {" gói thầu ", " Gói thầu "})
      if (size_t at = whole.find(package); at != std::string_view::npos) {
        whole.remove_prefix(at + 1);
        break;
      }
    // The name ends before what is being done to the work: "Gói thầu San lấp
    // lô A3 triển khai thi công ngày khôi lượng thi công".
    StringPiece done;
    if (RE2::PartialMatch(StringPiece(whole.data(), whole.size()), patterns_.work_name_end(), &done))
      whole = TrimView(whole.substr(0, done.data() - whole.data()));
    // Nor is a bracketed aside after it part of the name: "gói thầu Xây dựng
    // đường N3, D1, D3 (đoạn từ N3 đến N4) khối lượng thi công".
    if (size_t open = whole.rfind(" ("); whole.ends_with(")") && open != std::string_view::npos && open > 0)
      whole = TrimView(whole.substr(0, open));
    return AsWritten(whole) + " / " + AsWritten(std::string_view(measure.data(), measure.size()));
  }
  return AsWritten(s);
}

std::string ContextResolver::AsWritten(std::string_view piece) const {
  // Only a piece of the normalised text has an original to go back to.
  const std::string& norm = norm_.text;
  if (piece.data() < norm.data() || piece.data() + piece.size() > norm.data() + norm.size())
    return std::string(piece);
  size_t start = static_cast<size_t>(piece.data() - norm.data());
  Span orig = norm_.map.ToOriginal({start, start + piece.size()});
  if (orig.end > norm_.original.size() || orig.start > orig.end) return std::string(piece);
  std::string_view written = norm_.original.substr(orig.start, orig.end - orig.start);
  // Written back only where the two differ by quote marks and dashes alone;
  // markup, composed letters or odd spaces keep the normalised piece.
  size_t i = 0, j = 0;
  while (i < written.size() && j < piece.size()) {
    if (written[i] == piece[j]) {
      ++i, ++j;
      continue;
    }
    size_t n = 0;
    char32_t c = DecodeCodePoint(written, i, &n);
    bool quote = piece[j] == '"' && (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2033);
    bool apostrophe = piece[j] == '\'' && (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2032);
    bool dash = piece[j] == '-' && ((c >= 0x2010 && c <= 0x2015) || c == 0x2212);
    if (!(quote || apostrophe || dash) || n == 0) return std::string(piece);
    i += n, ++j;
  }
  if (i != written.size() || j != piece.size()) return std::string(piece);
  return std::string(written);
}

PeriodDates ContextResolver::DatesOf(const std::optional<std::string>& period) const {
  if (!period) return {};
  // "6 tháng đầu năm" takes its year from the heading, else the document.
  std::optional<int> year = heading_period_ ? YearIn(*heading_period_) : std::nullopt;
  if (!year && doc_period_) year = YearIn(*doc_period_);
  return ResolvePeriodDates(patterns_, *period, year, issued_);
}

bool ContextResolver::IsMarkedHeading(size_t line_start) const {
  return std::binary_search(norm_.marked_heading_lines.begin(), norm_.marked_heading_lines.end(),
                            line_start);
}

ContextResolver::ContextResolver(const Patterns& patterns, const NormalizedText& norm,
                                 const LineIndex& lines, const std::vector<size_t>& footnote_body_lines)
    : patterns_(patterns), norm_(norm), lines_(lines) {
  doc_period_ = DocumentPeriod(norm.text);
  issued_ = ReadDocumentInfo(patterns, norm, lines, doc_period_).date;  // what "đến nay" means
  // Each footnote body is linked to the last marker of its number in the
  // running text before it ("… được nhận xét, đánh giá¹⁹." … "¹⁹ Theo kết quả …").
  std::unordered_map<int, size_t> last_in_text;
  for (const FootnoteMarker& m : norm.markers) {
    size_t ls = lines.LineStart(m.norm_pos);
    if (!MarkerOpensLine(norm, lines, m)) {
      last_in_text[m.number] = m.norm_pos;
    } else if (footnote_lines_.empty() || footnote_lines_.back().line_start != ls) {
      auto ref = last_in_text.find(m.number);
      footnote_lines_.push_back({ls, m.number, ref == last_in_text.end() ? std::nullopt
                                                                          : std::optional<size_t>(ref->second)});
    }
  }
  // A note that runs on to the next page, unmarked, is the note before it.
  std::vector<FootnoteBody> overflow;
  for (size_t ls : footnote_body_lines) {
    auto it = std::lower_bound(footnote_lines_.begin(), footnote_lines_.end(), ls,
                               [](const FootnoteBody& b, size_t p) { return b.line_start < p; });
    if (it != footnote_lines_.end() && it->line_start == ls) continue;
    if (it != footnote_lines_.begin()) overflow.push_back({ls, std::prev(it)->number, std::prev(it)->cited_at});
  }
  if (!overflow.empty()) {
    footnote_lines_.insert(footnote_lines_.end(), overflow.begin(), overflow.end());
    std::sort(footnote_lines_.begin(), footnote_lines_.end(),
              [](const FootnoteBody& a, const FootnoteBody& b) { return a.line_start < b.line_start; });
  }
}

const ContextResolver::FootnoteBody* ContextResolver::FootnoteAt(size_t line_start) const {
  auto it = std::lower_bound(footnote_lines_.begin(), footnote_lines_.end(), line_start,
                             [](const FootnoteBody& b, size_t p) { return b.line_start < p; });
  return it != footnote_lines_.end() && it->line_start == line_start ? &*it : nullptr;
}

void ContextResolver::ResolveSentence(std::vector<FigureInContext>* figures) {
  std::string_view text = norm_.text;
  const NormalizedText& norm = norm_;
  const LineIndex& lines = lines_;

  for (size_t i = 0; i < figures->size(); ++i) {
    FigureInContext& f = (*figures)[i];
    const Figure& fig = f.figure;
    size_t ls = lines.LineStart(fig.span.start);

    // Headings between the last figure and this one set the section.
    while (scanned_to_ < ls) {
      size_t le = lines.LineEnd(scanned_to_);
      std::string_view line = text.substr(scanned_to_, le - scanned_to_);
      if (auto style = HeadingStyleOf(line, IsMarkedHeading(scanned_to_))) {
        // A heading names first what it is about: "5. Kết quả thực hiện … 9 tháng năm
        // 2023 và nhiệm vụ, giải pháp 3 tháng cuối năm 2023".
        // In a heading the resolution's year is the period reported on: "4. Kết
        // quả thực hiện Nghị quyết Tỉnh ủy năm 2023".
        std::optional<std::string> period = PeriodIn(text, scanned_to_, le, scanned_to_, true);
        // "PHỤ LỤC 1" is followed by its title lines: "Kết quả thực hiện … trong 6
        // tháng đầu năm 2024". Look at up to three short lines after it.
        size_t next = le + 1;
        for (int k = 0; k < 6 && *style == HeadingStyle::kAppendix && next < text.size(); ++k) {
          size_t end = lines.LineEnd(next);
          if (end - next > 300 || lines.LineHasTab(next)) break;
          // "… nhiệm kỳ" in the title, "(6 tháng đầu năm 2024)" under it: the
          // period reported on wins over a term.
          std::optional<std::string> p = PeriodIn(text, next, end, next);
          if (p && (!period || RE2::PartialMatch(*period, patterns_.period_not_reported()))) period = p;
          next = end + 1;
        }
        // "1. Về chủ đề năm 2024" under a report on "6 tháng đầu năm 2024":
        // a bare year the document's own period already names says less.
        if (period && doc_period_ && IsBareYear(*period) &&
            doc_period_->find(period->substr(period->size() - 4)) != std::string::npos)
          period.reset();
        outline_.Enter(*style, Trim(line), std::move(period));
        section_ = outline_.Path();
        heading_period_ = outline_.Period();
        heading_periods_.emplace_back(scanned_to_, heading_period_);
      }
      scanned_to_ = le + 1;
    }
    f.section = section_;

    std::string_view line = text.substr(ls, lines.LineEnd(fig.span.start) - ls);
    const FootnoteBody* note = FootnoteAt(ls);
    if (note) {
      f.source = Source::kFootnote;
    } else if (f.inside_table || lines.LineHasTab(fig.span.start)) {
      f.source = Source::kTable;
    } else if (HeadingStyleOf(line, IsMarkedHeading(ls))) {
      f.source = Source::kHeading;
    }

    // A footnote marker right at the end of the figure: "đảng viên²⁰".
    std::optional<size_t> marker_at;
    auto marker = std::lower_bound(norm.markers.begin(), norm.markers.end(), fig.number.end,
                                   [](const FootnoteMarker& m, size_t p) { return m.norm_pos < p; });
    for (; marker != norm.markers.end() && marker->norm_pos <= fig.span.end; ++marker) {
      if (marker->norm_pos == fig.span.end || marker->norm_pos == fig.number.end) {
        f.footnote = marker->number;
        marker_at = marker->norm_pos;
        break;
      }
    }

    // The clause: back to the last clause break (at most 400 bytes back).
    size_t clause_floor = std::max(f.part_start, fig.span.start > 400 ? fig.span.start - 400 : size_t{0});
    size_t clause_start = fig.span.start;
    // A bracket closed before the figure is part of the clause: "Chỉ số năng
    // lực cạnh tranh cấp tỉnh (PCI) đứng vị trí thứ 04/63".
    for (int closed = 0; clause_start > clause_floor; --clause_start) {
      char c = text[clause_start - 1];
      if (c == ')') ++closed;
      if (c == '(' && closed > 0) {
        --closed;
        continue;
      }
      // The commas of a bracket list its items: "lô (B1, KT-T, KT-R) và Trạm …".
      if (closed > 0 && c != '\n' && c != '\t') continue;
      // A comma inside an address names one place (looking back from a figure only).
      if (IsClauseBreak(text, clause_start - 1, patterns_.comma_in_a_pair()) &&
          !(text[clause_start - 1] == ',' &&
            RE2::PartialMatch(StringPiece(text.data() + clause_start, std::min<size_t>(40, text.size() - clause_start)),
                              patterns_.address_after_comma())))
        break;
    }
    const FigureInContext* prev = i > 0 ? &(*figures)[i - 1] : nullptr;
    if (!prev && f.before_break && last_figure_ && last_figure_->sentence == f.sentence)
      prev = &*last_figure_;
    if (prev && prev->sentence == f.sentence && prev->figure.span.end > clause_start &&
        prev->figure.span.end <= fig.span.start)
      clause_start = prev->figure.span.end;  // a figure is not part of the next one's clause
    // A run-in list item the sentence splitter kept with the one before: 004
    // "… 12/50 căn nhà tình thương cho hộ nghèo. - Tỉ lệ tham gia BHYT … 95,5%".
    if (size_t item = text.substr(clause_start, fig.span.start - clause_start).rfind(". - ");
        item != std::string_view::npos)
      clause_start += item + 2;
    std::string_view clause = text.substr(clause_start, fig.span.start - clause_start);
    StringPiece cl(clause.data(), clause.size());
    // The sentence before the figure (bounded by the clause floor), and two cuts
    // of it. A target cue governs the list it opens, up to a ';' (SCHEMA.md
    // convention 15): "phấn đấu … đạt từ 70% trở lên, tối thiểu 30% số xã"; a
    // pledge governs past the ';', up to a run-in list item ". - ". An estimate
    // governs only its own clause (convention 16).
    std::string_view before = text.substr(clause_floor, fig.span.start - clause_floor);
    auto after_last = [&](std::string_view sep, size_t skip) {
      size_t at = before.rfind(sep);
      return at == std::string_view::npos ? before : before.substr(at + skip);
    };
    std::string_view list = after_last(";", 1), pledge = after_last(". - ", 2);
    // A bracket right after a target cue: "Nghị quyết đề ra (21.900 tỷ đồng)".
    bool bracketed_target = false;
    if (clause_start > clause_floor && text[clause_start - 1] == '(') {
      size_t from = std::max(clause_floor, clause_start > 61 ? clause_start - 61 : size_t{0});
      std::string_view lead = text.substr(from, clause_start - 1 - from);
      // The bracket gives the target, not an aside of its own ("(lũy kế … là 4.065/…)").
      std::string_view inside = TrimView(text.substr(clause_start, fig.span.start - clause_start));
      bracketed_target = std::count(inside.begin(), inside.end(), ' ') < 2 &&
                         RE2::PartialMatch(lead, patterns_.target_before_bracket());
    }
    // In a cell, the last list lead-in before the figure says what it is. Each
    // cell is scanned once, when its first figure comes, so the cost stays linear.
    std::optional<bool> cell_lead_pledges;
    if (f.cell) {
      if (f.cell->cell.start != leads_cell_start_) {
        leads_cell_start_ = f.cell->cell.start;
        cell_leads_.clear();
        std::string_view in_cell = text.substr(f.cell->cell.start, f.cell->cell.size());
        StringPiece input(in_cell.data(), in_cell.size()), lead[3];
        for (size_t pos = 0; pos < in_cell.size() &&
                             patterns_.modality_list_lead().Match(input, pos, in_cell.size(), RE2::UNANCHORED, lead, 3);) {
          size_t end = static_cast<size_t>(lead[0].data() - in_cell.data()) + lead[0].size();
          cell_leads_.emplace_back(f.cell->cell.start + end, !lead[1].empty());
          pos = std::max(end, pos + 1);
        }
      }
      auto after = std::upper_bound(cell_leads_.begin(), cell_leads_.end(), fig.span.start,
                                    [](size_t at, const auto& lead) { return at < lead.first; });
      if (after != cell_leads_.begin()) cell_lead_pledges = std::prev(after)->second;
      // A cell a page break cut may have said it before the break: 004 "- Đang
      // tiếp tục thực hiện: + Xây dựng đạt thêm 03 tiêu" / "chuẩn đô thị loại I: …".
      if (!cell_lead_pledges && f.before_break && f.part_start >= f.cell->cell.start &&
          TrimView(text.substr(f.cell->cell.start, f.part_start - f.cell->cell.start)).empty()) {
        StringPiece part(text.data() + f.before_break->start, f.before_break->size()), lead[3];
        for (size_t pos = 0; pos < part.size() &&
                             patterns_.modality_list_lead().Match(part, pos, part.size(), RE2::UNANCHORED, lead, 3);) {
          cell_lead_pledges = !lead[1].empty();
          pos = std::max(static_cast<size_t>(lead[0].data() - part.data()) + lead[0].size(), pos + 1);
        }
      }
    }
    bool pledged = cell_lead_pledges ? *cell_lead_pledges
                                     : RE2::PartialMatch(list, patterns_.modality_target_list()) ||
                                           RE2::PartialMatch(pledge, patterns_.modality_pledge());
    if (bracketed_target || RE2::PartialMatch(cl, patterns_.modality_target()) || pledged ||
        RE2::PartialMatch(before.substr(before.size() > 120 ? before.size() - 120 : 0),
                          patterns_.target_in_bracket()) ||  // it ends the text: the tail is enough
        RE2::PartialMatch(before.substr(before.size() > 300 ? before.size() - 300 : 0),
                          patterns_.target_in_model_name())) {
      f.modality = Modality::kTarget;
    } else if (RE2::PartialMatch(cl, patterns_.modality_estimate()) ||
               RE2::PartialMatch(StringPiece(text.data() + f.sentence.start,
                                             std::min(fig.span.start - f.sentence.start, size_t{400})),
                                 patterns_.modality_estimate_list())) {
      f.modality = Modality::kEstimate;
    } else if (RE2::PartialMatch(cl, patterns_.modality_forecast())) {
      f.modality = Modality::kForecast;
    } else if (const ColumnMeaning* column = f.cell ? ColumnOf(*f.cell) : nullptr;
               column && column->modality == Modality::kTarget) {
      // A cell of a "Chỉ tiêu 2024" column holds targets, however it is
      // written ("<70 vụ", "Giảm 5%", "90% trở lên").
      f.modality = Modality::kTarget;
    }

    // Subject: this clause's, else the sentence's lead, else the previous
    // figure's in the same sentence (coordinated figures share it).
    // A comma inside the noun phrase that names the figure: 003/004 "tỷ lệ lao
    // động qua đào tạo có bằng cấp, chứng chỉ đạt 37,29%", 000 "sức tiêu thụ
    // bia, rượu", 004 "Thi công … và mua sắm, lắp đặt thiết bị đạt 72%". The
    // clause after it is a few words (up to five with the verb: a longer one,
    // "…, tăng trưởng khu vực I đạt", names its own) that name nothing alone;
    // the phrase before it, back to the last break, holds no figure.
    size_t subject_start = clause_start;
    if (clause_start > clause_floor + 1 && text[clause_start - 1] == ',') {
      std::string_view own = TrimView(text.substr(clause_start, fig.span.start - clause_start));
      size_t words = std::count(own.begin(), own.end(), ' ') + 1;
      size_t head = ClauseStartBefore(text, clause_start - 1, clause_floor, patterns_.comma_in_a_pair());
      bool figure_before = (prev && prev->sentence == f.sentence && prev->figure.span.end > head) ||
                           text.substr(head, clause_start - 1 - head).find_first_of("0123456789") !=
                               std::string_view::npos;
      // A name that closes on its acronym runs over its commas, however long:
      // 004 "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ
      // quan hành chính nhà nước (SIPAS) xếp ở vị trí 42/63".
      std::string_view head_phrase = TrimView(text.substr(head, clause_start - 1 - head));
      bool named_index = own.ends_with(")") && IsUpperStart(head_phrase) &&
                         RE2::PartialMatch(StringPiece(own.data(), own.size()), patterns_.closing_acronym());
      if ((words <= 5 || named_index) && head < clause_start - 1 && !figure_before && !OpensOnAspectWord(own) &&
          IsLowerStart(own) &&
          !RE2::PartialMatch(StringPiece(own.data(), own.size()), patterns_.subject_own_label()))
        subject_start = head;
    }
    f.subject = SubjectFor(text, f, subject_start);
    // The clause after a figure may open on that figure's noun, and "và" on
    // the next thing measured: 001 "… ngân sách tỉnh tự cân đối được 88% chi
    // thường xuyên và thành phố Bến Tre là 169%".
    if (f.subject && prev && prev->sentence == f.sentence && clause_start == prev->figure.span.end) {
      static constexpr std::string_view kAnd = " và ";
      if (size_t at = clause.rfind(kAnd); at != std::string_view::npos)
        if (auto named = SubjectOfClause(clause.substr(at + kAnd.size()))) f.subject = named;
    }
    // A clause that runs on from the figure before names the amount's label.
    StringPiece amount_label;
    if (prev && clause_start == prev->figure.span.end &&
        RE2::PartialMatch(cl, patterns_.subject_amount_label_before(), &amount_label))
      f.subject = AsWritten(std::string_view(amount_label.data(), amount_label.size()));
    // A bracket that restates the figure before it as a rate, or gives its
    // target, names nothing new: 004 "… là 29/79 tập thể (tỷ lệ 36,71%)",
    // "… đạt 37,29% (nghị quyết 38%)".
    // The words may name nothing at all once the copula goes: "(NQ là 20.000 người)".
    std::string_view restating_words = f.subject ? std::string_view(*f.subject) : TrimView(clause);
    for (std::string_view copula : {" là", ":"})
      if (restating_words.ends_with(copula))
        restating_words = TrimView(restating_words.substr(0, restating_words.size() - copula.size()));
    bool restates_before = RE2::FullMatch(StringPiece(restating_words.data(), restating_words.size()),
                                          patterns_.subject_restating()) &&
                           clause_start > 0 && text[clause_start - 1] == '(' && prev && prev->sentence == f.sentence;
    if (restates_before) f.subject.reset();
    // So does one after "=" that gives the figure before it as a rate: 004
    // "tăng 65 người nghiện = 7,51%", "tăng 4 vụ = 10,81%".
    if (prev && prev->sentence == f.sentence && prev->figure.span.end <= fig.span.start) {
      std::string_view gap = TrimView(text.substr(prev->figure.span.end, fig.span.start - prev->figure.span.end));
      if (gap.ends_with("=") && gap.find_first_of(",;()") == std::string_view::npos) f.subject.reset();
      // And a rate that gives the ratio before it, with that ratio's words
      // between: 004 "37/55 trường đạt chuẩn quốc gia đạt 67,27%"; rounded
      // to within a point, as validate.cc reads it: "1.270/1.485 … đạt 85%".
      const Figure& ratio = prev->figure;
      if ((fig.kind == Kind::kAchievement || fig.kind == Kind::kPercent) && fig.value &&
          ratio.kind == Kind::kRatio && ratio.value && ratio.denominator && *ratio.denominator > 0 &&
          std::abs(*fig.value - 100 * *ratio.value / *ratio.denominator) < 1 &&
          gap.find_first_of(",;()") == std::string_view::npos)
        f.subject.reset();
    }
    // A bracket that opens on a verb gives the figure of the noun phrase before
    // it: 004 "Diện tích sàn nhà ở bình quân (đạt 28m²/sàn/người), tỷ lệ sử dụng
    // hình thức hoả táng (đạt 30% trở lên)". Not when that phrase holds a figure
    // the bracket goes on about: "chiếm tỷ lệ 2,63% (giảm 0,87% …)".
    if (!f.subject && clause_start > clause_floor && text[clause_start - 1] == '(') {
      size_t head = ClauseStartBefore(text, clause_start - 1, clause_floor, patterns_.comma_in_a_pair());
      std::string_view phrase = text.substr(head, clause_start - 1 - head);
      // The figure before must be done with: "03/30 chi bộ áp, khu phố TS VM TD
      // (đạt 10% …)" restates it, and shares its subject.
      bool after_figure = prev && prev->sentence == f.sentence && prev->figure.span.end <= head &&
                          text.substr(prev->figure.span.end, head - prev->figure.span.end)
                                  .find_first_of(");:") == std::string_view::npos;
      if (phrase.find_first_of("0123456789") == std::string_view::npos && !after_figure &&
          !(prev && prev->sentence == f.sentence && prev->figure.span.end > head))
        f.subject = SubjectOfClause(phrase);
    }
    // A bare number right after its item's label is what the label names: 003
    // "Liệt sĩ: 35.600; Bệnh binh: 1.606". The label runs back to the item's
    // start, over its commas ("Thương binh, người hưởng chính sách như thương binh").
    if (!f.subject && !fig.unit && TrimView(clause).empty() && clause_start > clause_floor &&
        text[clause_start - 1] == ':') {
      size_t head = clause_start - 1;
      size_t floor = std::max(clause_floor, prev && prev->sentence == f.sentence ? prev->figure.span.end : clause_floor);
      while (head > floor && text[head - 1] != ';' && text[head - 1] != '\n' && text[head - 1] != '(') --head;
      f.subject = SubjectOfClause(text.substr(head, clause_start - 1 - head));
    }
    const bool own_clause_subject = f.subject.has_value();
    const std::optional<std::string> clause_subject = f.subject;
    if (!f.subject) {
      // Figures inside a bracket closed before this one detail the figure before
      // it, which this one goes on about: "giải quyết 392 đơn/469 đơn (khiếu nại
      // 39 đơn, …), đạt 83,58%".
      const FigureInContext* sharer = prev;
      for (size_t j = i; j-- > 0 && i - j <= 8 && (*figures)[j].sentence == f.sentence;) {
        size_t after = std::min((*figures)[j].figure.span.end, fig.span.start);
        if (fig.span.start - after > 600) break;  // bounded: a huge sentence is not rescanned per figure
        std::string_view between = text.substr(after, fig.span.start - after);
        if (std::count(between.begin(), between.end(), ')') <= std::count(between.begin(), between.end(), '(')) {
          sharer = &(*figures)[j];
          break;
        }
      }
      // A change in a count is not about a density of it: 004 "12.293 thuê
      // bao, mật độ sử dụng 0,95 thuê bao/100 dân giảm 7.207 thuê bao" is
      // about the 12.293. The figure before with the same unit and no rate is.
      if (sharer && sharer->figure.per && !fig.per && fig.unit && sharer->figure.unit == fig.unit) {
        for (size_t j = i; j-- > 0 && i - j <= 8 && (*figures)[j].sentence == f.sentence;)
          if (&(*figures)[j] != sharer && !(*figures)[j].figure.per && (*figures)[j].figure.unit == fig.unit) {
            sharer = &(*figures)[j];
            break;
          }
      }
      if (sharer && sharer->sentence == f.sentence && (sharer->lead_subject || sharer->subject)) {
        f.subject = sharer->lead_subject ? sharer->lead_subject : sharer->subject;
        // A count's qualifiers may run over this figure: 003 "02/24 chỉ tiêu
        // đạt 100%" -> "đạt 100%" is about "chỉ tiêu", not about itself.
        std::string_view own = text.substr(fig.span.start, fig.span.size());
        if (size_t at = f.subject->find(own); at != std::string::npos && at > 0)
          f.subject = SubjectOfClause(std::string_view(*f.subject).substr(0, at));
      } else {
        f.subject = SubjectFor(text, f, clause_floor);
      }
    }

    // A clause that repeats the first words of its list item's label is
    // about the label: 004 PHỤ LỤC 3 "- Huy động các nguồn lực thực hiện tốt
    // công tác an sinh xã hội: Đến nay, huy động được 9,3 tỷ đồng đạt 93%".
    // The label is looked for in the 300 bytes before, within the sentence.
    if (f.subject && !f.subject->empty()) {
      size_t from = std::max(f.sentence.start, clause_start > 300 ? clause_start - 300 : size_t{0});
      std::string_view said = text.substr(from, clause_start - from);
      size_t colon = said.rfind(':');
      if (colon != std::string_view::npos && said.substr(colon).find_first_of(";.()") == std::string_view::npos) {
        size_t head = ClauseStartBefore(text, from + colon, f.sentence.start, patterns_.comma_in_a_pair());
        std::optional<std::string> label = SubjectOfClause(text.substr(head, from + colon - head));
        if (label && label->size() > f.subject->size() && label->find_first_of("0123456789") == std::string::npos &&
            Capitalized(*label).starts_with(Capitalized(*f.subject) + " "))
          f.subject = label;
      }
    }

    // A measure of progress alone is of the work its item names before a
    // colon: 004 "- Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre: Khối lượng
    // thực hiện đạt 15,04%" -> "Hoàn thiện … Bến Tre / Khối lượng thực hiện";
    // "…: Gói thầu Thi công xây dựng các hạng mục hồ chứa nước: Khối lượng …"
    // names the package, the nearest work.
    if (f.subject && RE2::FullMatch(*f.subject, patterns_.progress_measure())) {
      std::string_view before = text.substr(f.sentence.start, clause_start - f.sentence.start);
      while (!before.empty() && (before.back() == ' ' || before.back() == '*')) before.remove_suffix(1);
      if (before.ends_with(":")) {
        before.remove_suffix(1);
        const size_t colon = f.sentence.start + before.size();
        // Back to the item's start, within the sentence, after the figure before, 300 bytes at most.
        size_t lowest = std::max({f.sentence.start, colon > 300 ? colon - 300 : size_t{0},
                                  prev && prev->sentence == f.sentence ? prev->figure.span.end : size_t{0}});
        size_t head = colon;
        while (head > lowest) {
          char c = text[head - 1];
          // A dash after a word joins a name ("Gói thầu - Thi công …"); after
          // a stop or a space it opens the item.
          bool item_dash = text.substr(0, head).ends_with(" - ") && head >= 4 &&
                           !std::isalnum(static_cast<unsigned char>(text[head - 4])) &&
                           static_cast<unsigned char>(text[head - 4]) < 0x80;
          if (c == ':' || c == ';' || c == '.' || c == '\n' || c == '(' || item_dash ||
              text.substr(0, head).ends_with("\xE2\x80\xA9"))
            break;
          --head;
        }
        std::string_view label = TrimView(text.substr(head, colon - head));
        if (IsUpperStart(label) && label.size() < 240) f.subject = AsWritten(label) + " / " + *f.subject;
      }
    }

    // A clause that goes on, after a comma, from a package's measure is about
    // that package too: 004 "Gói thầu San lấp lô A3 khối lượng thi công đạt
    // 71,42% giá trị hợp đồng, đang bơm cát san lấp đạt khoảng 83,98%" ->
    // "Gói thầu San lấp lô A3 / bơm cát san lấp".
    if (f.subject && prev && prev->sentence == f.sentence && prev->subject &&
        f.subject->find(" / ") == std::string::npos && prev->figure.span.end <= fig.span.start) {
      std::string_view measured = *prev->subject;
      size_t slash = measured.find(" / ");
      std::string_view gap = text.substr(prev->figure.span.end, fig.span.start - prev->figure.span.end);
      if (slash != std::string_view::npos && RE2::PartialMatch(measured.substr(0, slash), patterns_.package_name()) &&
          gap.find_first_of(";.") == std::string_view::npos && measured.substr(slash + 3) != *f.subject)
        f.subject = std::string(measured.substr(0, slash + 3)) + *f.subject;
    }

    // A rate that names its dimension after it is about that dimension: 002
    // "giảm 28,3% về số vụ, giảm 31,25% về số người chết"; 004 "tăng 7,07% về
    // số doanh nghiệp và bằng 40,8% về vốn đăng ký".
    if (fig.kind == Kind::kChange || fig.kind == Kind::kPercent) {
      // From the number: the span may hold it, "bằng 40,8% về vốn đăng ký so cùng kỳ".
      StringPiece after(text.data() + fig.number.end, std::min(text.size() - fig.number.end, size_t{160}));
      StringPiece dimension;
      if (RE2::PartialMatch(after, patterns_.subject_dimension_after(), &dimension))
        f.subject = AsWritten(std::string_view(dimension.data(), dimension.size()));
    }

    // A measure is about the thing it measures when that follows: "khoảng 127,5
    // ha đất sản xuất", "16,258/26,5 km đường giao thông". A scaled count counts
    // its noun: "trên 9 triệu người đang hưởng chế độ ưu đãi" -> "người đang
    // hưởng chế độ ưu đãi".
    StringPiece scaled_noun;
    // A percent that opens a noun phrase is about it: 004 "đã trãi qua 41% thời
    // gian", "99% doanh nghiệp nộp thuế điện tử". After "chiếm", "đạt" the noun
    // is the whole it is measured against ("chiếm 12,28% giá trị sản xuất …").
    // So is a change by a rate whose object follows: 004 "kéo giảm 5% đảng viên
    // vi phạm bị xử lý kỷ luật so với năm 2023", 002 "giảm được hơn 95% mức độ ô nhiễm".
    bool share_of_named = (fig.kind == Kind::kPercent || (fig.kind == Kind::kChange && fig.unit == "%")) &&
                          !fig.baseline && !RE2::PartialMatch(cl, patterns_.percent_of_whole_before());
    const bool measured = fig.unit && RE2::FullMatch(*fig.unit, patterns_.measured_unit());
    if (!fig.counted_noun && fig.unit &&
        (fig.kind == Kind::kQuantity || share_of_named || (fig.kind == Kind::kRatio && measured))) {
      if (share_of_named || measured) {
        std::string_view words = QualifiersAfter(text, f);
        // "ít nhất 500 ha các dự án đô thị …": the plural word is not the thing.
        for (std::string_view plural : {"các ", "những "})
          if (words.starts_with(plural)) words.remove_prefix(plural.size());
        std::string_view first = words.substr(0, words.find(' '));
        // A share may be of named bodies or an acronym: 004 note ²⁷ "có 100%
        // Mặt trận Tổ quốc Việt Nam các xã, thị trấn đã tổ chức …", 001 "61% GDP
        // toàn cầu", 003 "trên 94 % CĐCS khu vực nhà nước".
        bool names_it = (IsLowerStart(first) && !OpensOnAspectWord(words)) || (share_of_named && IsUpperStart(first));
        if (!words.empty() && words.size() <= 240 && names_it && !patterns_.IsStopWord(first))
          f.subject = AsWritten(words);
      } else if (RE2::FullMatch(*fig.unit, patterns_.scaled_count(), &scaled_noun) &&
                 !std::string_view(scaled_noun.data(), scaled_noun.size()).starts_with("đồng")) {
        if (auto counted = CountedSubject(text, f, std::string_view(scaled_noun.data(), scaled_noun.size())))
          f.subject = counted;
      }
    }
    // A count is about what it counts, with the words that qualify it:
    // 000 "toàn tỉnh có 49 xã đạt chuẩn xã nông thôn mới" -> "xã đạt chuẩn xã
    // nông thôn mới"; a bare count ("xử phạt 11 đối tượng.") -> "đối tượng".
    // What its clause names before a copula stays the lead of the figures
    // after it: "tổng lượng khách ước đạt 1.285.563 lượt, tăng 18,2% so cùng kỳ".
    // A change in a count whose noun is qualified is about that noun: 004
    // "giảm 03 người bị thương", "tăng 65 người nghiện".
    if (fig.counted_noun && fig.unit && fig.kind == Kind::kChange && !fig.baseline &&
        !QualifiersAfter(text, f).empty()) {
      if (auto counted = CountedSubject(text, f, *fig.unit)) f.subject = counted;
    }
    if (fig.counted_noun && fig.unit && (fig.kind == Kind::kQuantity || fig.kind == Kind::kRatio)) {
      // Cases or turns over the things they concern: "07 trường hợp/07 tàu cá có
      // hành vi khai thác thủy sản vượt ranh", "07 lượt/07 người có nguy cơ …".
      // The qualifiers describe the things, so they name the figure.
      std::string_view noun = *fig.unit;
      if (fig.kind == Kind::kRatio && RE2::FullMatch(*fig.unit, patterns_.counting_classifier())) {
        std::string_view written = text.substr(fig.span.start, fig.span.size());
        size_t last_digit = written.find_last_of("0123456789");
        std::string_view things = TrimView(written.substr(last_digit + 1));
        if (written.find('/') < last_digit && !things.empty() && things != *fig.unit &&
            QualifiersAfter(text, f).size() > 0)
          noun = things;
      }
      if (auto counted = CountedSubject(text, f, noun)) {
        // A bare noun that the lead-in of its list names with its qualifiers
        // ("các …:") is that: 004 "Kết quả thực hiện các tiêu chuẩn chuyển xã
        // thành phường: Phú Hưng đạt 14/18 tiêu chuẩn; Mỹ Thạnh An đạt 13/18
        // tiêu chuẩn" -> "tiêu chuẩn chuyển xã thành phường". Looked for in the
        // 300 bytes before the figure, within its sentence.
        if (*counted == *fig.unit && fig.unit->size() >= 2) {
          size_t from = std::max(f.sentence.start, fig.span.start > 300 ? fig.span.start - 300 : size_t{0});
          std::string_view said = text.substr(from, fig.span.start - from);
          size_t colon = said.rfind(':');
          if (colon != std::string_view::npos && said.substr(colon).find_first_of(".") == std::string_view::npos) {
            std::string_view lead = said.substr(0, colon);
            size_t at = lead.rfind(*fig.unit + " ");
            if (at != std::string_view::npos && lead.substr(0, at).ends_with("các ")) {
              std::string_view named_there = TrimView(lead.substr(at));
              if (named_there.find_first_of(",;.()0123456789") == std::string_view::npos &&
                  std::count(named_there.begin(), named_there.end(), ' ') <= 8)
                counted = std::string(named_there);
            }
          }
        }
        bool named = own_clause_subject && RE2::PartialMatch(cl, patterns_.subject_copula_tail());
        if (named) f.lead_subject = f.subject;
        // A bare count after "là" or "ước đạt" is what the clause names: the
        // 1.285.563 lượt above are "tổng lượng khách".
        // The noun written with its qualifiers before the count, no verb
        // between: 004 "thuê bao băng rộng di động 930.983 thuê bao", and
        // opening a sentence: "Công trình chuyên tiếp 02 công trình".
        bool named_before = own_clause_subject && *counted == *fig.unit && f.subject->size() > fig.unit->size() &&
                            (f.subject->starts_with(*fig.unit + " ") ||
                             f.subject->starts_with(Capitalized(*fig.unit) + " ")) &&
                            !RE2::PartialMatch(cl, patterns_.subject_copula_tail());
        // A bare count right after a list item's label is what the label names
        // (issue 5: "the noun phrase of a list item before ':'"): 004 "Co82: 02
        // quả; M79: 01 quả", 003 "Bà mẹ Việt Nam anh hùng: … mẹ".
        std::optional<std::string> label;
        // Verbs of handling may come between: 004 "Phạm pháp hình sự: Phát
        // hiện 59/76 vụ", "tệ nạn xã hội: Phát hiện 28/25 vụ".
        bool handled_only = !TrimView(clause).empty() &&
                            RE2::FullMatch(TrimView(clause), patterns_.handling_verbs_only());
        if (*counted == *fig.unit && (TrimView(clause).empty() || handled_only) && clause_start > clause_floor &&
            text[clause_start - 1] == ':') {
          size_t head = ClauseStartBefore(text, clause_start - 1, clause_floor, patterns_.comma_in_a_pair());
          if (!(prev && prev->sentence == f.sentence && prev->figure.span.end > head))
            label = SubjectOfClause(text.substr(head, clause_start - 1 - head));
          // A verb of handling before ':' is no label: "Tạm giữ: 152 phương tiện".
          if (label && RE2::PartialMatch(*label, patterns_.case_handling_verb())) label.reset();
        }
        // A bare count the figure before is compared with counts the same
        // thing: 000 "… xuống chỉ còn 95,5 điểm (so với 96,6 điểm tháng 11/2019)".
        if (!label && *counted == *fig.unit && clause_start > clause_floor && text[clause_start - 1] == '(' &&
            (TrimView(clause) == "so với" || TrimView(clause) == "so") && prev && prev->sentence == f.sentence &&
            prev->subject && prev->figure.unit == fig.unit)
          label = prev->subject;
        // A bare count that opens a bracket after a change written without its
        // figure gives that change: 002 "Tình hình tội phạm và vi phạm pháp luật
        // tăng so cùng kỳ (461/430 vụ, tăng 31 vụ)".
        if (!label && *counted == *fig.unit && TrimView(clause).empty() && clause_start > clause_floor &&
            text[clause_start - 1] == '(') {
          size_t head = ClauseStartBefore(text, clause_start - 1, clause_floor, patterns_.comma_in_a_pair());
          std::string_view changed = text.substr(head, clause_start - 1 - head);
          if (changed.find_first_of("0123456789") == std::string_view::npos &&
              RE2::PartialMatch(StringPiece(changed.data(), changed.size()), patterns_.change_without_figure()))
            label = SubjectOfClause(changed);
        }
        // A bare classifier after the activity it counts leaves the activity
        // to name the figure: "giải quyết việc làm 12.537 lao động". Not when
        // they count whom it serves: "giới thiệu việc làm cho 1.215 lao động".
        // In a cell, so does a bare case or award count after its label,
        // unless a verb of handling them comes between. After "với" the
        // activity may be short: "công tác tuyển quân năm 2024 với 1.402/1.402 công dân".
        bool activity_counted = own_clause_subject && f.subject && *counted == *fig.unit &&
                                (std::count(f.subject->begin(), f.subject->end(), ' ') >= 2 ||
                                 (f.subject->find(' ') != std::string::npos && TrimView(clause).ends_with(" với"))) &&
                                !RE2::PartialMatch(cl, patterns_.count_for_whom()) &&
                                (RE2::FullMatch(*fig.unit, patterns_.counting_classifier()) ||
                                 (f.cell && RE2::FullMatch(*fig.unit, patterns_.labelled_in_cell()) &&
                                  !RE2::PartialMatch(*f.subject, patterns_.case_handling_verb())));
        // A bare count of what happened: "Tai nạn giao thông xảy ra 41/37 vụ";
        // not of what was done about it: "Phát hiện và xử lý trong tháng xảy ra 05 vụ".
        StringPiece happened;
        if (!label && *counted == *fig.unit && RE2::PartialMatch(cl, patterns_.subject_before_event_verb(), &happened) &&
            !RE2::PartialMatch(happened, patterns_.place_or_time_lead()) &&
            !patterns_.case_handling_verb().Match(happened, 0, happened.size(), RE2::ANCHOR_START, nullptr, 0))
          label = SubjectOfClause(std::string_view(happened.data(), happened.size()));
        // A bracket that breaks a count down by kind names each part before its
        // own count: 004 note ²⁸ "giải quyết 392 đơn/469 đơn (khiếu nại 39 đơn,
        // tố cáo 07 đơn …)" -> "khiếu nại". It lists two parts or more, so "…
        // 02 trường hợp vi phạm … (xử phạt 02 trường hợp)" is not one.
        if (!label && *counted == *fig.unit && !TrimView(clause).empty() &&
            std::count(clause.begin(), clause.end(), ' ') < 5) {
          size_t open = std::string_view::npos;
          size_t floor = std::max(f.sentence.start, clause_start > 300 ? clause_start - 300 : size_t{0});
          for (size_t k = clause_start, depth = 0; k > floor; --k) {
            if (text[k - 1] == ')') ++depth;
            else if (text[k - 1] == '(' && depth-- == 0) {
              open = k - 1;
              break;
            }
          }
          size_t close = open == std::string_view::npos
                             ? open
                             : text.substr(0, fig.span.end + 300).find(')', fig.span.end);  // bounded
          const FigureInContext* total = nullptr;
          size_t parts = 0;
          // The figures of the bracket and the one before it are near this one.
          for (size_t j = i > 16 ? i - 16 : 0; open != std::string_view::npos && j < std::min(figures->size(), i + 16);
               ++j) {
            const FigureInContext& other = (*figures)[j];
            if (other.sentence != f.sentence || other.figure.unit != fig.unit) continue;
            if (other.figure.span.end <= open &&
                text.substr(other.figure.span.end, open - other.figure.span.end)
                        .find_first_of(",;:.()0123456789") == std::string_view::npos)
              total = &other;
            if (other.figure.span.start > open && other.figure.span.end <= close) ++parts;
          }
          if (total && parts >= 2) label = SubjectOfClause(TrimView(clause));
        }
        // A bare count in a bracket right after a rate restates it as counts:
        // 004 "số đảng viên vi phạm bị xử lý kỷ luật tăng 5% so cùng kỳ năm 2023
        // (63/60 trường hợp)"; after a count, when it is all the bracket holds:
        // "19 dự án điện gió (19 nhà máy)". (A list there breaks the count
        // down: "01 trường hợp/02 cá nhân (01 chủ phương tiện, …)".)
        bool restating = *counted == *fig.unit && TrimView(clause).empty() && clause_start > clause_floor &&
                         text[clause_start - 1] == '(' && prev && prev->sentence == f.sentence && f.subject &&
                         prev->figure.span.end < clause_start;
        if (restating && prev->figure.counted_noun) {
          std::string_view after = text.substr(fig.span.end, 8);
          size_t closing = after.find_first_not_of(' ');
          restating = closing != std::string_view::npos && after[closing] == ')';  // all the bracket holds
        }
        if (restating) {
          // Right after it, or after the words that qualify its noun.
          std::string_view gap = text.substr(prev->figure.span.end, clause_start - 1 - prev->figure.span.end);
          restating = prev->figure.counted_noun ? gap.find_first_of(",;:.()0123456789") == std::string_view::npos
                                                : TrimView(gap).empty();
        }
        // So does a bare count that gives its target: 001 "giải quyết việc
        // làm 21.427 người, đạt 107,135% Nghị quyết (NQ là 20.000 người)".
        if (restates_before && *counted == *fig.unit) restating = true;
        // The kinds of a count in a bracket right after it are parts of what
        // it measures: 004 "Kết quả kỳ thi học sinh giỏi Quốc gia … đạt 16 giải
        // (gồm 03 giải nhì, 03 giải ba, 10 giải khuyến khích)". A kind is the
        // count's noun and more ("giải nhì" of "giải").
        bool kind_of_parent = false;
        for (size_t j = i; !restating && j-- > 0 && i - j <= 8 && (*figures)[j].sentence == f.sentence;) {
          const FigureInContext& parent = (*figures)[j];
          size_t open = text.find_first_not_of(' ', parent.figure.span.end);
          if (open >= fig.span.start || text[open] != '(') continue;
          if (text.substr(open, fig.span.start - open).find(')') != std::string_view::npos) break;
          kind_of_parent = parent.figure.unit && parent.subject && *parent.subject != *parent.figure.unit &&
                           fig.unit->starts_with(*parent.figure.unit + " ");
          if (kind_of_parent) f.subject = parent.subject;
          break;
        }
        // Counts of other nouns listed after "trong đó" break the count before
        // down: 001 "toàn tỉnh có 7.026 gương điển hình, trong đó có 1.527 tập
        // thể, 5.499 cá nhân". Walking back over the list (only commas and "và"
        // between its counts) to the whole; anything else between ends the walk.
        bool part_of_whole = false;
        bool breaks_down = !restating && !kind_of_parent && *counted == *fig.unit;
        size_t next_start = fig.span.start;
        for (size_t j = i; breaks_down && j-- > 0 && i - j <= 8 && (*figures)[j].sentence == f.sentence;) {
          const FigureInContext& before = (*figures)[j];
          if (before.figure.span.end > next_start) break;
          std::string_view gap = text.substr(before.figure.span.end, next_start - before.figure.span.end);
          if (RE2::FullMatch(StringPiece(gap.data(), gap.size()), patterns_.breakdown_lead())) {
            if (before.figure.counted_noun && before.figure.unit && before.figure.unit != fig.unit && before.subject) {
              f.subject = before.subject;
              part_of_whole = true;
            }
            break;
          }
          gap = TrimView(gap);
          if (gap.starts_with(",")) gap = TrimView(gap.substr(1));
          if (!gap.empty() && gap != "và") break;
          next_start = before.figure.span.start;
        }
        // In a cell, the counts listed after one its activity names share it:
        // 004 "khen thưởng đóng góp vật chất … 12 tập thể, 46 cá nhân".
        if (!label && f.cell && *counted == *fig.unit && TrimView(clause).empty() && clause_start > clause_floor &&
            text[clause_start - 1] == ',' && prev && prev->sentence == f.sentence && prev->subject &&
            prev->figure.unit && prev->figure.counted_noun &&
            RE2::FullMatch(*prev->figure.unit, patterns_.labelled_in_cell()) &&
            RE2::FullMatch(*fig.unit, patterns_.labelled_in_cell()) &&
            !prev->subject->starts_with(*prev->figure.unit))
          label = prev->subject;
        if (label)
          f.subject = label;
        // A result that "đạt" a bare count is what the count measures: 004 "Kết
        // quả kỳ thi học sinh giỏi Quốc gia tỉnh Bến Tre đạt 16 giải".
        // So is a level the clause's subject falls or rises to: 000 "Chỉ số
        // thương mại hàng hóa toàn cầu của WTO … đã giảm mạnh xuống chỉ còn 95,5 điểm".
        else if (!(named && f.subject && *counted == *fig.unit &&
                   (RE2::PartialMatch(cl, patterns_.subject_naming_copula()) ||
                    RE2::PartialMatch(*f.subject, patterns_.subject_a_result()))) &&
                 !(own_clause_subject && f.subject && *counted == *fig.unit &&
                   RE2::PartialMatch(StringPiece(text.data() + fig.span.start, fig.span.size()),
                                     patterns_.level_reached())) &&
                 !named_before && !activity_counted && !restating && !kind_of_parent && !part_of_whole)
          f.subject = counted;
      }
    }

    // An item of a breakdown of cases by kind names the kind; after "gồm:", a
    // total that names more than its noun is the parent: 003 "… làm rõ 15 vụ
    // với 20 đối tượng; gồm: 10 vụ trộm cắp tài sản" -> "trộm cắp tài sản";
    // 001 "Phạm pháp hình sự … xảy ra 10 vụ, …, gồm: 05 vụ trộm cắp tài sản"
    // -> "Phạm pháp hình sự / trộm cắp tài sản". The list is looked for in
    // the 400 bytes before the figure, so a long sentence is not rescanned.
    if (fig.counted_noun && fig.unit && fig.kind == Kind::kQuantity && f.subject &&
        f.subject->starts_with(*fig.unit + " ") && RE2::FullMatch(*fig.unit, patterns_.case_classifier())) {
      size_t from = std::max(f.sentence.start, fig.span.start > 400 ? fig.span.start - 400 : size_t{0});
      std::string_view said = text.substr(from, fig.span.start - from);
      size_t colon = said.rfind(':');
      // An item of its own, opening after ';' or '(', needs no "gồm": 004
      // note ⁴⁹ "…; 207 ca hội chứng tay chân miệng, …; 55 ca thủy đậu", 003
      // "Đã khởi tố 02 vụ (01 vụ mua bán trái phép chất ma túy, …".
      size_t opener = clause_start;
      while (opener > f.sentence.start && text[opener - 1] == ' ') --opener;
      if (colon != std::string_view::npos && TrimView(said.substr(0, colon)).ends_with("gồm")) {
        size_t opens = from + colon;
        for (size_t j = i; j-- > 0 && (*figures)[j].sentence == f.sentence;) {
          const FigureInContext& total = (*figures)[j];
          if (total.figure.span.end > opens || total.figure.unit != fig.unit) continue;
          std::string kind = f.subject->substr(fig.unit->size() + 1);
          f.subject = total.subject && *total.subject != *fig.unit ? *total.subject + " / " + kind : kind;
          break;
        }
      } else if (TrimView(clause).empty() && opener > f.sentence.start &&
                 (text[opener - 1] == ';' || text[opener - 1] == '(')) {
        std::string_view kind = std::string_view(*f.subject).substr(fig.unit->size() + 1);
        if (kind.starts_with("mắc ")) kind.remove_prefix(std::string_view("mắc ").size());  // "ca mắc quai bị"
        f.subject = std::string(kind);
      }
    }

    // A rate after a verb of change and its object is the change of the
    // object: 004 "kéo giảm ĐV vi phạm bị xử lý kỷ luật 10%" (validate.cc).
    if (fig.pattern != nullptr && std::string_view(fig.pattern) == "change_of_object") {
      for (std::string_view verb : {"giảm ", "tăng "})
        if (size_t at = clause.rfind(verb); at != std::string_view::npos) {
          if (auto object = SubjectOfClause(clause.substr(at + verb.size()))) f.subject = object;
          break;
        }
    }

    // A level that a count is raised to is the level of what was raised: 000
    // "nâng tổng số xã đạt chuẩn nông thôn mới lên 62 xã" -> "tổng số xã đạt
    // chuẩn nông thôn mới"; 003 "nâng số nhà tình nghĩa … đến nay lên đến …".
    if (text.substr(fig.span.start, 5) == "lên ") {
      size_t raised = clause.rfind("nâng ");
      if (raised != std::string_view::npos && (raised == 0 || clause[raised - 1] == ' '))
        if (auto level = SubjectOfClause(clause.substr(raised + std::string_view("nâng ").size())))
          f.subject = level;
    }

    // Prose in a table whose rows are reporting units (districts, agencies):
    // the figure is about the indicator in that unit. 004 PHỤ LỤC 3:
    // "chi bộ … được công nhận … / Giồng Trôm".
    if (f.cell && f.subject) {
      const Table& t = *f.cell->table;
      const TableRow& row = t.rows[f.cell->row];
      bool by_unit = std::any_of(t.columns.begin(), t.columns.end(), [&](const ColumnMeaning& c) {
        return c.is_row_label && RE2::FullMatch(c.own_label, patterns_.column_entity());
      });
      std::string unit = Trim(row.label);
      if (by_unit && !unit.empty() && f.cell->column != 0 && !f.subject->ends_with(unit))
        f.subject = *f.subject + " / " + unit;
    }

    // Any other figure in a value cell of an indicator table is about its row
    // ("<333 vụ", "Hàng năm hoàn thành 100% chỉ tiêu"), unless the cell labels
    // it: "Tội phạm: 394 vụ; tai nạn xã hội: 93 vụ".
    if (f.cell && f.cell->table->indicator && f.cell->column < f.cell->table->columns.size() &&
        !f.cell->table->columns[f.cell->column].is_row_label) {
      const TableRow& row = f.cell->table->rows[f.cell->row];
      std::string_view item = text.substr(f.cell->cell.start, fig.span.start - f.cell->cell.start);
      size_t cut = item.find_last_of(";\n");
      if (cut != std::string_view::npos) item.remove_prefix(cut + 1);
      size_t colon = item.rfind(':');
      std::string_view label = colon == std::string_view::npos ? "" : TrimView(item.substr(0, colon));
      // Items of a list name themselves before their verb too: "Tội phạm tăng
      // 18,32%; Tai nạn xã hội tăng 32,86%; …".
      std::optional<std::string> named;
      bool listed = cut != std::string_view::npos ||
                    text.substr(fig.span.end, f.cell->cell.end - fig.span.end).find(';') != std::string_view::npos;
      if (listed && colon == std::string_view::npos) named = SubjectOfClause(item);
      if (!label.empty() && TrimView(item.substr(colon + 1)).empty()) {
        f.subject = AsWritten(label);
      } else if (named && std::count(named->begin(), named->end(), ' ') < 6) {
        f.subject = named;
      } else if (!row.subject.empty()) {
        f.subject = row.subject;
      }
      f.lead_subject.reset();
    }

    // A note that breaks the figure it is cited at down by place gives each
    // part "indicator / place", the form of breakdowns in corpus/README.md: 004
    // note ²⁰ "Huyện ủy Giồng Trôm 116/130; Ba Tri 81/135" -> "đảng viên / Ba
    // Tri"; note ²¹ "Huyện Châu Thành công nhận 25 chi bộ" counts what the cited
    // figure counts -> "chi bộ áp, khu phố được công nhận … / Huyện Châu Thành".
    if (note && note->cited_at && clause_subject) {
      auto cited = cited_subjects_.find(*note->cited_at);
      if (cited != cited_subjects_.end()) {
        const std::string& indicator = cited->second;
        if (!fig.counted_noun && TrimView(clause).ends_with(*clause_subject) && NamesAPart(*clause_subject) &&
            indicator != *clause_subject) {
          f.subject = indicator + " / " + *clause_subject;
        } else if (fig.counted_noun && fig.unit && indicator.starts_with(*fig.unit)) {
          if (std::string_view place = NameOpening(*clause_subject); !place.empty())
            f.subject = indicator + " / " + std::string(place);
        }
      }
    }

    // What a note cited at this figure breaks down: its marker is glued to the
    // figure, or closes the figure's clause ("chiếm 61,49% so với tổng số chi
    // bộ áp, khu phố²²") before any other figure or ';'.
    if (f.subject && !note) {
      if (marker_at) cited_subjects_[*marker_at] = *f.subject;
      size_t until = std::min(f.sentence.end, fig.span.end + 400);  // bounded: a huge sentence is not rescanned
      if (i + 1 < figures->size() && (*figures)[i + 1].sentence == f.sentence)
        until = std::min(until, (*figures)[i + 1].figure.span.start);
      if (until < fig.span.end) until = fig.span.end;
      if (size_t semicolon = text.substr(fig.span.end, until - fig.span.end).find(';');
          semicolon != std::string_view::npos)
        until = fig.span.end + semicolon;
      for (auto m = marker; m != norm.markers.end() && m->norm_pos <= until; ++m)
        if (m->norm_pos >= fig.span.end) cited_subjects_.emplace(m->norm_pos, *f.subject);
    }

    // A value cell of an indicator table: its row and column say it all.
    if (f.cell && f.cell->table->indicator && fig.pattern != nullptr &&
        std::string_view(fig.pattern).rfind("table_", 0) == 0) {
      const Table& t = *f.cell->table;
      const TableRow& row = t.rows[f.cell->row];
      const ColumnMeaning& col = t.columns[f.cell->column];
      f.source = Source::kTable;
      if (!row.subject.empty()) f.subject = row.subject;
      f.modality = col.modality;
      f.period = col.period ? col.period : heading_period_ ? heading_period_ : doc_period_;
      f.period_dates = DatesOf(f.period);
      continue;
    }

    // Period: the sentence, else the line, else the heading, else the title.
    // Windows are bounded so that one huge sentence costs what a normal one does.
    size_t from = std::max(f.sentence.start, fig.span.start > 600 ? fig.span.start - 600 : size_t{0});
    size_t to = std::min(f.sentence.end, fig.span.end + 300);
    NarrowToListItem(text, fig.span, &from, &to);
    // A cell's prose is dated within the cell: the next cell ("Tiến độ … 6
    // tháng đầu năm 2024") speaks of what was done about it.
    if (f.cell) {
      from = std::max(from, f.cell->cell.start);
      to = std::min(to, f.cell->cell.end);
    }
    // A cell cut by a page break reads on from its part before the break, with
    // a word the break may have split: "… nâng tổng số đến" / "nay có 37/55 trường".
    std::string joined;
    std::string_view window = text;
    size_t near = fig.span.start;
    if (f.cell && f.before_break && from <= f.part_start && f.before_break->end <= f.cell->cell.start) {
      size_t head = f.before_break->start, head_end = f.before_break->end;
      NarrowToListItem(text, {head_end, head_end}, &head, &head_end);
      joined = std::string(text.substr(head, head_end - head)) + " " +
               std::string(text.substr(f.part_start, to - f.part_start));
      window = joined;
      near = head_end - head + 1 + (fig.span.start - f.part_start);
      from = 0;
      to = joined.size();
    }
    size_t year_end = std::string_view::npos;
    // A target's period is its plan's, so the year of the resolution that sets
    // it counts: 004 "… đạt vững mạnh trên 80% (NQ năm 2024 của HU)".
    f.period = PeriodIn(window, from, to, near, f.modality == Modality::kTarget, &year_end);
    // A year written before the figure in its own clause dates it: "Vốn bố trí
    // năm 2024 cho dự án là 66,5 tỷ đồng". One a ';' or a bracket away names
    // another matter: "… đấu giá khoáng sản năm 2024; triển khai khoanh định 03 khu vực".
    bool dated_in_clause = year_end != std::string_view::npos &&
                           window.substr(year_end, near - year_end).find_first_of(";():") ==
                               std::string_view::npos;
    // The paragraph's lead is its first sentence: "Trong 6 tháng đầu năm, …".
    size_t para = ls;
    // A line that starts in lower case goes on from before a page break: its
    // paragraph, and so its lead, began on the line before the blank ones.
    for (int hops = 0; hops < 3 && para > 0 && IsLowerStart(text.substr(para, 4)); ++hops) {
      size_t p = para - 1;
      while (p > 0 && (text[p - 1] == '\n' || text[p - 1] == ' ')) --p;
      if (p == 0) break;
      para = lines.LineStart(p - 1);
    }
    // A period fronted in an earlier sentence of the paragraph frames the ones
    // after it: 004 "Năm 2023, kết quả đánh giá Chỉ số … (PAPI) ở vị trí thứ
    // 52/61 …. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp vị trí thứ 07/63".
    if (!f.period) f.period = FramingPeriodBefore(text, f.cell ? f.cell->cell.start : para, f.sentence.start);
    // In a cell, the paragraph is the HTML paragraph or "- " item the figure
    // stands in (004 PHỤ LỤC 3 "- Sản lượng trái cây 6 tháng ước đạt …. Sản
    // lượng cây giống đạt: 6/17 triệu sản phẩm"); with neither, there is no lead.
    if (f.cell) {
      // A sentence may begin in an earlier cell of its row (no full stop before
      // the tab); then the cell holds no lead before it.
      size_t upto = std::max(f.sentence.start, f.cell->cell.start);
      std::string_view in_cell = text.substr(f.cell->cell.start, upto - f.cell->cell.start);
      size_t item = std::string_view::npos;
      for (std::string_view opener : {"\xE2\x80\xA9", " - "}) {
        size_t at = in_cell.rfind(opener);
        if (at != std::string_view::npos && (item == std::string_view::npos || at + opener.size() > item))
          item = at + opener.size();
      }
      para = item == std::string_view::npos ? f.sentence.start : f.cell->cell.start + item;
    }
    if (!f.period && para < f.sentence.start) {
      // Bounded: a 100 MB line without a full stop must not be rescanned per figure.
      size_t stop = text.substr(para, 1000).find(". ");
      if (stop != std::string_view::npos) stop += para;
      size_t lead_end = std::min({f.sentence.start, para + 1000, stop == std::string_view::npos ? text.size() : stop + 1});
      // Only the lead's first clause speaks for the paragraph: "Công tác giảm
      // nghèo được triển khai …; cuối năm 2023, toàn tỉnh còn …" dates that clause.
      size_t first_clause = text.substr(para, lead_end - para).find(';');
      if (first_clause != std::string_view::npos) lead_end = para + first_clause;
      size_t lead_period_end = std::string_view::npos;
      f.period = PeriodIn(text, para, lead_end, lead_end, false, &lead_period_end);
      // A lead's "Đến nay", "Hiện nay" or "nhiệm kỳ …" dates that sentence, not
      // the paragraph; nor does the year of an event it tells: 001 "APEC được
      // thành lập năm 1989 nhằm …. Hiện APEC có 21 nền kinh tế thành viên".
      if (f.period && RE2::PartialMatch(*f.period, patterns_.period_not_reported()))
        f.period.reset();
      if (f.period && lead_period_end != std::string_view::npos) {
        size_t at = lead_period_end - f.period->size(), from = at > para + 40 ? at - 40 : para;
        if (RE2::PartialMatch(StringPiece(text.data() + from, at - from), patterns_.period_of_an_event()))
          f.period.reset();
      }
      // A sentence that opens on "Trong đó" details the one before it, and
      // takes its period whatever it is: 003 "Hiện tại, tỉnh ta đang quản lý …
      // trên 150.000 đối tượng chính sách. Trong đó … : 668 người; …".
      std::string_view opening = text.substr(f.sentence.start, 12);
      if (!f.period && (opening.starts_with("Trong đó") || opening.starts_with("trong đó")) &&
          f.sentence.start >= 3) {
        // Back to the stop before the one that ends it, within the paragraph and
        // at most 1,000 bytes, so a long paragraph is not rescanned per figure.
        size_t lo = std::max(para, f.sentence.start > 1000 ? f.sentence.start - 1000 : size_t{0});
        size_t hi = f.sentence.start - 2;  // before the ". " that ends the sentence before
        size_t prev_stop = hi > lo ? text.substr(lo, hi - lo).rfind(". ") : std::string_view::npos;
        size_t prev = prev_stop == std::string_view::npos ? lo : lo + prev_stop + 2;
        f.period = PeriodIn(text, prev, f.sentence.start, f.sentence.start);
      }
    }
    // A footnote details the sentence that cites it, and takes its period:
    // 004 "… năm 2023 có 3/13 đơn vị … được nhận xét, đánh giá¹⁹." -> the
    // figures of note 19 are "năm 2023".
    bool from_citation = false;
    if (!f.period && note && note->cited_at) {
      size_t at = *note->cited_at, cited_end = std::string_view::npos;
      f.period = PeriodIn(text, std::max(lines.LineStart(at), at > 600 ? at - 600 : size_t{0}), at, at,
                          false, &cited_end);
      // From a sentence before the one that cites it, only a period of its own:
      // "hiện tại có 256 sản phẩm …. Kim ngạch xuất khẩu ước đạt …⁴¹" says
      // nothing of when note ⁴¹'s figures are.
      if (f.period && cited_end != std::string_view::npos &&
          text.substr(cited_end, at - cited_end).find(". ") != std::string_view::npos &&
          RE2::PartialMatch(*f.period, patterns_.period_not_reported()))
        f.period.reset(), cited_end = std::string_view::npos;
      // A year in the very clause the marker ends keeps its own word.
      from_citation = cited_end != std::string_view::npos &&
                      text.substr(cited_end, at - cited_end).find_first_of(";.()") == std::string_view::npos;
    }
    // Prose in a cell of "So sánh chỉ tiêu nhiệm kỳ 2020-2025" is about that term;
    // a task column's tasks are the year's its title pledges ("… Nghị quyết Tỉnh
    // ủy năm 2024"), a year the half year's report must not widen (below).
    bool from_column = !f.period && f.cell && ColumnOf(*f.cell) && ColumnOf(*f.cell)->period;
    if (from_column) f.period = ColumnOf(*f.cell)->period;
    // A note is dated by the heading it is cited under, not the one its page
    // puts it under: 004 note 58, cited in "III. HẠN CHẾ …", printed under "IV.
    // NHIỆM VỤ … 6 THÁNG CUỐI NĂM 2024".
    const std::optional<std::string>& heading_period =
        note && note->cited_at ? HeadingPeriodAt(*note->cited_at) : heading_period_;
    if (!f.period) f.period = heading_period;
    if (!f.period) f.period = doc_period_;
    // "Hội nghị … năm 2024" in a report on "6 tháng đầu năm 2024": the bare
    // year dates the event; the report's own period says more. A target's year
    // is its plan's: "phấn đấu thu ngân sách nhà nước năm 2024 đạt …. … phấn
    // đấu giải ngân … đạt trên 95% kế hoạch" stays "năm 2024". Not so for a
    // note on that event: 004 "Hội khỏe Phù Đổng cấp tỉnh năm 2024⁴⁸".
    const std::optional<std::string>& wider = heading_period ? heading_period : doc_period_;
    if (f.period && wider && !dated_in_clause && !from_citation && !from_column && f.modality != Modality::kTarget && IsBareYear(*f.period) && !IsBareYear(*wider) &&
        !RE2::PartialMatch(*wider, patterns_.period_not_reported()) &&
        wider->ends_with(f.period->substr(f.period->size() - 4)))
      f.period = wider;
    f.period_dates = DatesOf(f.period);
  }

  // Baselines (SCHEMA.md convention 2): a fronted "So với X," serves the
  // sentence; one "so với X" after coordinated changes serves them all.
  for (size_t i = figures->size(); i-- > 0;) {
    FigureInContext& f = (*figures)[i];
    bool wants_target = f.figure.kind == Kind::kAchievement && !f.figure.target;
    bool wants_baseline = f.figure.kind == Kind::kChange && !f.figure.baseline;
    bool rate = f.figure.kind == Kind::kPercent && !f.figure.baseline;
    if (!wants_target && !wants_baseline && !rate) continue;
    std::string_view sentence = text.substr(f.sentence.start, f.sentence.size());
    StringPiece sp(sentence.data(), sentence.size()), cap;
    size_t fs = f.figure.span.start, fe = f.figure.span.end;
    // A percent takes a baseline only where "so với" is written for it
    // (SCHEMA.md convention 2): in its clause, "tham gia BHXH so với lực lượng
    // lao động đạt 14,5%", or after a coordinated rate, "đạt 14,5% và … đạt
    // 11,81% so với lực lượng lao động".
    if (rate) {
      size_t from = std::max(f.sentence.start, fs > 160 ? fs - 160 : size_t{0});
      std::string_view clause = text.substr(from, fs - from);
      size_t brk = clause.find_last_of(",;(");
      if (brk != std::string_view::npos) clause.remove_prefix(brk + 1);
      if (RE2::PartialMatch(clause, patterns_.baseline_in_clause(), &cap)) {
        f.figure.baseline = std::string(cap);
      } else if (i + 1 < figures->size()) {
        const FigureInContext& next = (*figures)[i + 1];
        std::string_view between = next.figure.span.start >= fe
                                       ? text.substr(fe, next.figure.span.start - fe)
                                       : std::string_view(",");
        if (next.sentence == f.sentence && next.figure.kind == Kind::kPercent && next.figure.baseline &&
            between.find(" và ") != std::string_view::npos && between.find_first_of(",;()") == std::string_view::npos)
          f.figure.baseline = next.figure.baseline;
      }
      continue;
    }
    if (wants_baseline) {
      // A column "So với cùng kỳ (6 tháng đầu năm 2023)" compares every change in it.
      if (f.cell && f.cell->column < f.cell->table->columns.size() &&
          f.cell->table->columns[f.cell->column].baseline) {
        f.figure.baseline = f.cell->table->columns[f.cell->column].baseline;
        continue;
      }
      // Past a restating bracket: "giảm 0,87% (3.473 hộ) so với đầu năm 2023".
      StringPiece rest(text.data() + fe, std::min(text.size() - fe, size_t{200}));
      if (RE2::PartialMatch(rest, patterns_.baseline_past_bracket(), &cap)) {
        f.figure.baseline = std::string(cap);
        continue;
      }
      // Fronted in a bracket or after a ';': "(so với cùng kỳ năm 2023, tăng 61 vụ".
      size_t from = std::max(f.sentence.start, fs > 300 ? fs - 300 : size_t{0});
      size_t open = text.substr(from, fs - from).find_last_of("(;");
      if (open != std::string_view::npos) {
        StringPiece seg(text.data() + from + open + 1, fs - from - open - 1);
        if (RE2::PartialMatch(seg, patterns_.fronted_baseline(), &cap)) {
          f.figure.baseline = std::string(cap);
          continue;
        }
      }
    }
    if (RE2::PartialMatch(sp, patterns_.fronted_baseline(), &cap)) {
      // "So với chỉ tiêu Nghị quyết, ước có 02/24 chỉ tiêu đạt 100%": what
      // a fronted "so với" names is the target of the achievements after it.
      (wants_target ? f.figure.target : f.figure.baseline) = std::string(cap);
      continue;
    }
    if (!wants_baseline) continue;
    // A bracketed restatement compares with what its parent does: 004 "giảm
    // 9,09% so với cùng kỳ (tương đương giảm 170 tỷ đồng)".
    if (i > 0) {
      const FigureInContext& prev = (*figures)[i - 1];
      if (prev.sentence == f.sentence && prev.figure.kind == Kind::kChange && prev.figure.baseline &&
          prev.figure.span.end <= f.figure.span.start) {
        std::string_view between = text.substr(prev.figure.span.end, f.figure.span.start - prev.figure.span.end);
        if (between.size() < 48 && between.find('(') != std::string_view::npos &&
            between.find_first_of(");") == std::string_view::npos) {
          f.figure.baseline = prev.figure.baseline;
          continue;
        }
      }
    }
    // The next comparison of the sentence, past amounts that are not compared:
    // 004 "… 10.570 tỷ đồng, tăng 7,86% và doanh nghiệp có vốn đầu tư nước ngoài
    // 9.380 tỷ đồng, tăng 4,22% so cùng kỳ".
    // Bounded (16 figures, 600 bytes) so a huge sentence is not rescanned per figure.
    for (size_t j = i + 1; j < figures->size() && j <= i + 16; ++j) {
      const FigureInContext& next = (*figures)[j];
      if (next.sentence != f.sentence || next.figure.span.start < f.figure.span.end ||
          next.figure.span.start - f.figure.span.end > 600)
        break;
      std::string_view between = text.substr(f.figure.span.end, next.figure.span.start - f.figure.span.end);
      // "tăng 7,07% về số doanh nghiệp và bằng 40,8% về vốn đăng ký so cùng kỳ":
      // a percent's written "so" serves the change before it as well.
      bool compares = next.figure.kind == Kind::kChange || next.figure.kind == Kind::kPercent;
      // Past a ';' only to a change of the same form, the next item of a list
      // of like changes: 004 note ⁴¹ "… đạt 551,68 triệu USD, tăng 14,69%; các
      // doanh nghiệp trong nước đạt 249,98 triệu USD, tăng 12,99% so cùng kỳ".
      if (between.find(';') != std::string_view::npos &&
          (compares && (next.figure.kind != f.figure.kind || next.figure.unit != f.figure.unit)))
        break;
      if (!compares) continue;
      bool restated = std::string_view(next.figure.pattern) == "change_restated";
      if (next.figure.baseline && (restated || between.find('(') == std::string_view::npos))
        f.figure.baseline = next.figure.baseline;
      break;
    }
  }
  if (!figures->empty()) last_figure_ = figures->back();
}

}  // namespace solieu
