#include "period.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace solieu {
namespace {

// Case-folded, NFC, spaces collapsed, brackets dropped: "(6 THÁNG ĐẦU NĂM 2024)"
// -> "6 tháng đầu năm 2024".
std::string Fold(std::string_view phrase) {
  utf8proc_uint8_t* folded = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(phrase.data()),
                        static_cast<utf8proc_ssize_t>(phrase.size()), &folded,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                       UTF8PROC_CASEFOLD));
  std::string out;
  if (n < 0) return out;
  std::string_view s(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  for (char c : s) {
    if (c == '(' || c == ')') continue;
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  std::free(folded);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<std::string> IsoDate(int year, int month, int day) {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month))
    return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

namespace {

int MonthCount(const std::string& word) {
  if (word == "ba") return 3;
  if (word == "sáu") return 6;
  if (word == "chín") return 9;
  return std::atoi(word.c_str());
}

int Quarter(const std::string& q) {
  if (q == "i") return 1;
  if (q == "ii") return 2;
  if (q == "iii") return 3;
  if (q == "iv") return 4;
  return std::atoi(q.c_str());
}

}  // namespace

std::optional<int> YearIn(std::string_view phrase) {
  for (size_t i = phrase.size(); i >= 4; --i) {
    std::string_view y = phrase.substr(i - 4, 4);
    bool digits = std::isdigit(static_cast<unsigned char>(y[0])) && std::isdigit(static_cast<unsigned char>(y[1])) &&
                  std::isdigit(static_cast<unsigned char>(y[2])) && std::isdigit(static_cast<unsigned char>(y[3]));
    bool alone = (i == 4 || !std::isdigit(static_cast<unsigned char>(phrase[i - 5]))) &&
                 (i == phrase.size() || !std::isdigit(static_cast<unsigned char>(phrase[i])));
    if (digits && alone && (y[0] == '1' || y[0] == '2')) return std::atoi(std::string(y).c_str());
  }
  return std::nullopt;
}

PeriodDates ResolvePeriodDates(const Patterns& patterns, std::string_view phrase,
                               std::optional<int> context_year, const std::optional<std::string>& issued) {
  const std::string folded = Fold(phrase);
  PeriodDates out;
  std::string a, b, c;
  auto year_or = [&](const std::string& y) { return y.empty() ? context_year.value_or(0) : std::atoi(y.c_str()); };
  for (const Patterns::PeriodForm& form : patterns.period_forms()) {
    const std::string_view name = form.name;
    a.clear(), b.clear(), c.clear();
    const RE2::Arg args[] = {&a, &b, &c};
    const RE2::Arg* argv[] = {&args[0], &args[1], &args[2]};
    int groups = std::min(form.re->NumberOfCapturingGroups(), 3);
    if (!RE2::FullMatchN(folded, *form.re, argv, groups)) continue;
    if (name == "as_of_issue") {  // the term's first year, if written
      if (!a.empty()) out.start = IsoDate(year_or(a), 1, 1);
      out.end = issued;
      if (out.start && out.end && *out.start > *out.end) out.start.reset();  // a term not begun by then
    } else if (name == "term_until_months") {  // the term's first year, months, year
      int n = MonthCount(b), year = year_or(c);
      if (!a.empty()) out.start = IsoDate(year_or(a), 1, 1);
      if (n >= 1 && n <= 12) out.end = IsoDate(year, n, DaysIn(year > 0 ? year : 2001, n));
    } else if (name == "months_of_year") {  // a, đầu|cuối, year
      int n = MonthCount(a), year = year_or(c);
      if (n < 1 || n > 12) return out;
      if (b == "cuối") {
        out.start = IsoDate(year, 13 - n, 1);
        out.end = IsoDate(year, 12, 31);
      } else {
        out.start = IsoDate(year, 1, 1);
        out.end = IsoDate(year, n, DaysIn(year > 0 ? year : 2001, n));
      }
    } else if (name == "quarter_range") {
      int first = Quarter(a), last = Quarter(b), year = year_or(c);
      if (first < 1 || last > 4 || first > last) return out;
      out.start = IsoDate(year, 3 * first - 2, 1);
      out.end = IsoDate(year, 3 * last, DaysIn(year > 0 ? year : 2001, 3 * last));
    } else if (name == "quarter") {
      int q = Quarter(a), year = year_or(b);
      if (q < 1 || q > 4) return out;
      out.start = IsoDate(year, 3 * q - 2, 1);
      out.end = IsoDate(year, 3 * q, DaysIn(year > 0 ? year : 2001, 3 * q));
    } else if (name == "month") {
      int m = std::atoi(a.c_str()), year = year_or(b);
      if (m < 1 || m > 12) return out;
      out.start = IsoDate(year, m, 1);
      out.end = IsoDate(year, m, DaysIn(year, m));
    } else if (name == "year") {
      int year = year_or(a);
      out.start = IsoDate(year, 1, 1);
      out.end = IsoDate(year, 12, 31);
    } else if (name == "year_edge") {  // "cuối năm 2023" is a moment: an end only
      int year = year_or(b);
      if (a == "cuối") out.end = IsoDate(year, 12, 31);
      else out.start = IsoDate(year, 1, 1);
    } else if (name == "horizon") {
      out.end = IsoDate(year_or(a), 12, 31);
    } else if (name == "term") {
      out.start = IsoDate(year_or(a), 1, 1);
      out.end = IsoDate(year_or(b), 12, 31);
    } else if (name == "until_date") {
      out.end = IsoDate(year_or(c), std::atoi(b.c_str()), std::atoi(a.c_str()));
    } else if (name == "day") {
      out.start = out.end = IsoDate(year_or(c), std::atoi(b.c_str()), std::atoi(a.c_str()));
    }
    return out;
  }
  return out;
}

}  // namespace solieu
