// Stage 7b: a period phrase, as written, to ISO 8601 dates (SCHEMA.md's
// period_start and period_end, inclusive).
//
// Takes the phrase the context stage chose, the year the document (or its
// heading) is about, for phrases that leave the year out, and the date the
// document is issued, for "đến nay". Returns only what the phrase fixes: "Đến
// ngày 27/6/2024" has an end and no start; "đến nay" or "hiện nay" end on the
// issue date, and resolve to nothing in a document that gives none.
// 004: "6 tháng đầu năm 2024" -> 2024-01-01 … 2024-06-30
// 000: "quý I/2020" -> 2020-01-01 … 2020-03-31
#ifndef SOLIEU_LIB_PERIOD_H_
#define SOLIEU_LIB_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

#include "patterns.h"

namespace solieu {

struct PeriodDates {
  std::optional<std::string> start, end;  // "2024-01-01"
};

PeriodDates ResolvePeriodDates(const Patterns& patterns, std::string_view phrase,
                               std::optional<int> context_year,
                               const std::optional<std::string>& issued = std::nullopt);

// "2024-06-27", or nothing when there is no such day.
std::optional<std::string> IsoDate(int year, int month, int day);

// The last four-digit year in a phrase: "6 tháng đầu năm 2024" -> 2024.
std::optional<int> YearIn(std::string_view phrase);

}  // namespace solieu

#endif  // SOLIEU_LIB_PERIOD_H_
