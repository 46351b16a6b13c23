#include "metadata.h"

#include <cstdlib>

#include "period.h"
#include "structure.h"
#include "utf8.h"

namespace solieu {
namespace {

// The opening lines: before the first numbered heading, at most this much.
constexpr size_t kOpeningBytes = 3000;

std::string Trimmed(std::string_view s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return std::string(s.substr(a, b - a + 1));
}

std::optional<std::string> DateOf(const std::string& d, const std::string& m, const std::string& y) {
  return IsoDate(std::atoi(y.c_str()), std::atoi(m.c_str()), std::atoi(d.c_str()));
}

}  // namespace

DocumentInfo ReadDocumentInfo(const Patterns& patterns, const NormalizedText& norm,
                              const LineIndex& lines, const std::optional<std::string>& period) {
  DocumentInfo info;
  std::string_view text = norm.text;
  info.period = period;
  if (period) {
    PeriodDates dates = ResolvePeriodDates(patterns, *period, std::nullopt);
    info.period_start = dates.start;
    info.period_end = dates.end;
  }
  for (size_t ls = 0; ls < text.size() && ls < kOpeningBytes;) {
    size_t le = lines.LineEnd(ls);
    std::string line = Trimmed(text.substr(ls, le - ls));
    size_t next = le + 1;
    std::optional<HeadingStyle> style = HeadingStyleOf(line, false);
    if (style && *style != HeadingStyle::kCapitals) break;  // the body begins
    if (!line.empty()) {
      if (!info.issuer && RE2::PartialMatch(line, patterns.info_issuer())) {
        info.issuer = line;
      } else if (!info.title && RE2::PartialMatch(line, patterns.info_document_type())) {
        // 004: "BÁO CÁO" / "tình hình, kết quả thực hiện …": the title runs on
        // in lower case after the document type.
        std::string title = line;
        size_t more = next;
        while (more < text.size() && more < kOpeningBytes) {
          size_t end = lines.LineEnd(more);
          std::string cont = Trimmed(text.substr(more, end - more));
          if (cont.empty() && title == line) { more = end + 1; continue; }
          if (cont.empty() || !IsLowerStart(cont)) break;
          title += " " + cont;
          next = more = end + 1;
        }
        info.title = title;
      } else if (!info.issue && RE2::PartialMatch(line, patterns.info_issue())) {
        info.issue = line;
      }
      std::string d, m, y;
      if (!info.date && RE2::PartialMatch(line, patterns.info_date(), &d, &m, &y)) info.date = DateOf(d, m, y);
    }
    ls = next;
  }
  // An appendix's cover note names the report it belongs to.
  std::string number, d, m, y, issuer;
  if (RE2::PartialMatch(text, patterns.info_cover_note(), &number, &d, &m, &y, &issuer)) {
    if (!info.issue) info.issue = number;
    if (!info.date) info.date = DateOf(d, m, y);
    if (!info.issuer) info.issuer = Trimmed(issuer);
  }
  return info;
}

}  // namespace solieu
