// Stage 6: decide what each candidate is — a figure of one of the six kinds,
// or a named non-figure (a date, a document number, a year, ...).
//
// Takes one candidate (a number group found by candidates.cc) with its
// sentence and returns a Verdict: either a Figure with its kind, span (in
// normalised text), value/range, unit, comparator, direction, baseline,
// target and per; or the RejectReason that rules it out. It reads only the
// text around the candidate, through the pattern catalogue.
// 000: "Tổng chi tăng 14,7% so cùng kỳ" -> change 14.7 %, increase, "cùng kỳ".
// 002: "Chỉ thị số 16-CT/TU" -> rejected, kDocumentNumber.
#ifndef SOLIEU_LIB_VALIDATE_H_
#define SOLIEU_LIB_VALIDATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "candidates.h"
#include "patterns.h"
#include "tables.h"
#include "solieu/solieu.h"

namespace solieu {

enum class RejectReason {
  kNone,
  kDate,            // "ngày 27/6/2024", "20/10/1930"
  kMonth,           // "tháng 10/2023"
  kQuarter,         // "quý I/2020"
  kYear,            // "năm 2030", a bare "2024"
  kTerm,            // "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2030"
  kDuration,        // "6 tháng đầu năm", "14 ngày qua", "3 năm liên tiếp"
  kAnniversary,     // "Kỷ niệm 93 năm"
  kTime,            // "11 giờ 30 phút"
  kDocumentNumber,  // "số 1160/UBND-KGVX", "16-CT/TU", "26/2021/NQ-HĐND"
  kNumbering,       // "I.", "1.2.", "(3)" at the start of a line or item
  kCitation,        // "[9]", "tr.279"
  kOrdinal,         // "lần thứ 26", "khóa 15", "Thứ 5"
  kIdentifier,      // "Covid-19", "QL.57", "Btr-8330", "ấp 4", "Ban chỉ đạo 35"
  kMapScale,        // "tỷ lệ 1/500"
  kClassLabel,      // "nhóm 4"
  kNotANumber,      // "1.2.3" outside numbering: no reading
  kNoEvidence,      // a bare number with nothing that makes it a figure
};

std::string_view Name(RejectReason reason);

// A figure in normalised-text coordinates; the extractor maps it back.
struct Figure {
  Kind kind = Kind::kQuantity;
  Span span;  // normalised text
  std::optional<double> value;
  std::optional<Range> range;
  std::optional<std::string> unit;
  std::optional<double> denominator;
  std::optional<Range> denominator_range;
  Direction direction = Direction::kNone;
  std::optional<std::string> baseline;
  std::optional<std::string> target;
  Comparator comparator = Comparator::kNone;
  std::optional<std::string> per;
  Span number;  // the number group itself
  bool has_trigger = false;  // a verb (tăng, đạt, chiếm, xếp thứ) governs it
  bool counted_noun = false;  // the unit counts things ("49 xã"), not a measure
  const char* pattern = "";
};

struct Verdict {
  std::optional<Figure> figure;
  RejectReason reason = RejectReason::kNone;
  const char* rule = "";  // the filter behind a rejection
};

// Where a candidate stands: the whole normalised text, its sentence and the
// start of its line (for numbering). `previous` is the figure just before it
// in the same sentence, if any (for "đạt X%" after an amount).
struct CandidateContext {
  std::string_view text;
  Span sentence;
  size_t line_start = 0;
  bool in_table_cell = false;
  const Figure* previous = nullptr;
  const CellRef* cell = nullptr;  // the table cell it stands in, if any
};

class Validator {
 public:
  Validator(const Patterns& patterns, Strictness strictness)
      : patterns_(patterns), strictness_(strictness) {}

  Verdict Classify(const Candidate& candidate, const CandidateContext& context) const;

 private:
  // A value cell of an indicator table: the column says what it is.
  std::optional<Verdict> ClassifyTableValue(const Candidate& candidate,
                                            const CandidateContext& context,
                                            const std::vector<double>& values) const;

  const Patterns& patterns_;
  Strictness strictness_;
};

}  // namespace solieu

#endif  // SOLIEU_LIB_VALIDATE_H_
