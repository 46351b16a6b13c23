// solieu: every figure of a Vietnamese bulletin as a structured record.
//
// Takes the bytes of one document (UTF-8, UTF-8 with BOM, or UTF-16 with BOM;
// plain text, Markdown-ish or with HTML fragments) and returns the fact records
// of SCHEMA.md v1. Every record's span points into the document's original
// bytes (or, for a decoded UTF-16 file, into the UTF-8 text that Text()
// returns): text == original.substr(start, end - start), always.
//
//   auto extractor = solieu::Extractor::Create({});
//   auto doc = extractor.value().Extract(bytes, "bt-10-2023.txt");
//   if (!doc.ok()) std::cerr << doc.error().ToString() << "\n";
//   for (const solieu::Record& r : doc.value().records) ...
//
// "Tổng chi tăng 14,7% so cùng kỳ, đạt 21% dự toán Trung ương giao" gives a
// change (14.7, %, increase, baseline "cùng kỳ") and an achievement (21, %,
// target "dự toán Trung ương giao").
//
// This header includes only standard headers: no RE2, ICU or utf8proc types.
#ifndef SOLIEU_SOLIEU_H_
#define SOLIEU_SOLIEU_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace solieu {

// The version of the record format (SCHEMA.md) this library writes.
inline constexpr int kSchemaVersion = 1;

// The library's own version, e.g. "0.1.0".
const char* Version();

// A half-open byte range [start, end) in a document's text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class Kind { kQuantity, kPercent, kRatio, kChange, kAchievement, kRank };
enum class Direction { kNone, kIncrease, kDecrease };
enum class Comparator { kNone, kGt, kGe, kLt, kLe, kApprox };
enum class Modality { kActual, kEstimate, kTarget, kForecast };
enum class Source { kProse, kTable, kFootnote, kHeading };

// SCHEMA.md spellings: "quantity", "increase", "gt", "estimate", "table", ...
std::string_view Name(Kind kind);
std::string_view Name(Direction direction);    // "" for kNone
std::string_view Name(Comparator comparator);  // "" for kNone
std::string_view Name(Modality modality);
std::string_view Name(Source source);

struct Range {
  double lo = 0;
  double hi = 0;
};

// Where a table figure stands (SCHEMA.md "table").
struct TablePlace {
  size_t index = 0;   // the table's number in the document, from 0
  size_t row = 0;     // the row in the table, header rows included, from 0
  size_t column = 0;  // the cell in the row, from 0
  std::string row_label;     // "Kết nạp đảng viên mới"
  std::string column_label;  // "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ"
};

// One figure: SCHEMA.md v1. Optional fields are empty when unknown.
struct Record {
  std::string doc;   // the document's name as given ("-" for stdin)
  Kind kind = Kind::kQuantity;
  std::string text;  // the original bytes at [span.start, span.end)
  Span span;
  std::optional<double> value;  // empty only for a range
  std::optional<Range> range;
  std::optional<std::string> unit;  // "tỷ đồng", "%", "đảng viên"
  std::optional<double> denominator;  // ratio, rank: 791/1.200 -> 1200
  std::optional<Range> denominator_range;
  Direction direction = Direction::kNone;  // change only
  std::optional<std::string> baseline;     // change, percent: "cùng kỳ"
  std::optional<std::string> target;       // achievement: "dự toán Trung ương giao"
  Comparator comparator = Comparator::kNone;
  std::optional<std::string> per;  // "năm" in 12%/năm
  Modality modality = Modality::kActual;
  std::optional<std::string> subject;  // "kim ngạch xuất khẩu"
  std::optional<std::string> period;   // "6 tháng đầu năm 2024"
  std::optional<std::string> period_start, period_end;  // ISO dates
  std::vector<std::string> section;    // heading path, outermost first
  std::optional<Span> sentence;
  Source source = Source::kProse;
  std::optional<int> footnote;  // đảng viên²⁰ -> 20
  std::optional<TablePlace> table;  // for source kTable
  std::string pattern;  // debug: the catalogue pattern behind the record
};

// Why something failed. Prints as "file:offset: message".
struct Error {
  enum class Code {
    kIo,           // cannot open or read the input
    kInvalidUtf8,  // bytes that are not UTF-8 (offset: the first bad byte)
    kBinary,       // NUL bytes or control characters: not a text document
    kTooLarge,     // larger than Options::max_bytes
    kInternal,     // a startup failure, e.g. a pattern that does not compile
  };
  Code code = Code::kInternal;
  std::string file;
  size_t offset = 0;
  std::string message;

  std::string ToString() const;
};

// A value or the Error that prevented it. No exception crosses the API.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT
  bool ok() const { return state_.index() == 0; }
  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// How much evidence a figure needs before it is reported.
enum class Strictness {
  // Also bare numbers with no unit in prose: "Kết nạp 791" -> quantity 791.
  // Still rejects every SCHEMA.md non-figure ("ngày 27/6/2024").
  kLenient,
  // Figures with a unit, %, a trigger (tăng, đạt, xếp thứ) or a table column:
  // "kết nạp 791 đảng viên" -> quantity. Rejects a bare "thu hút 791".
  kNormal,
  // Only figures with a unit or %: "49 xã", "61,08%". Rejects "tăng 31" with
  // no counted noun, which kNormal accepts as a change.
  kStrict,
};

struct Options {
  // lossy (false) replace invalid UTF-8 by U+FFFD and warn, instead of
  // refusing the document. Offsets then refer to the repaired text (Text()).
  bool lossy = false;
  // max_bytes (256 MiB) a document larger than this is refused (kTooLarge).
  size_t max_bytes = size_t{256} << 20;
  // strictness (kNormal) how much evidence a figure needs; see Strictness.
  Strictness strictness = Strictness::kNormal;
};

// A non-fatal remark about a document, e.g. a replaced invalid byte.
struct Warning {
  size_t offset = 0;
  std::string message;
};

// What Extract() returns for one document.
struct Extraction {
  std::string text;  // the UTF-8 text offsets refer to (the input itself if it was UTF-8)
  std::vector<Record> records;  // in order of start offset
  std::vector<Warning> warnings;
};

// What a document says about itself (`solieu info`): its title, who issued
// it, its number or issue, the period it reports on and its date. Each is
// empty when the document does not say. 004: title "BÁO CÁO tình hình, kết quả
// thực hiện Nghị quyết Tỉnh ủy 6 tháng đầu năm …", issue "654-BC/TU", date
// "2024-07-08", issuer "Ban Thường vụ Tỉnh ủy", period "6 tháng đầu năm 2024".
struct DocumentInfo {
  std::optional<std::string> title;
  std::optional<std::string> issuer;
  std::optional<std::string> issue;
  std::optional<std::string> period;
  std::optional<std::string> period_start, period_end;  // ISO dates
  std::optional<std::string> date;                      // ISO date of issue
};

// A table as solieu read it, for a person to check (`solieu tables`).
struct TableView {
  size_t index = 0;
  Span span;               // in the text Text() returns
  bool indicator = false;  // it has a unit column, or achievement / comparison columns
  std::vector<std::string> column_labels;  // "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ"
  struct Row {
    bool header = false;
    std::string subject;  // the row label, with its parent's for a sub-row
    std::optional<std::string> unit;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

// Compiles its patterns once; then immutable, so threads may share one.
class Extractor {
 public:
  // Fails (kInternal) only if a catalogue pattern does not compile.
  static Result<Extractor> Create(const Options& options = {});

  // All figures of one document. `name` goes into Record::doc and errors.
  Result<Extraction> Extract(std::string_view bytes, std::string_view name) const;

  // The same, streamed: each record goes to `sink` as soon as its sentence is
  // done, in text order, so memory stays bounded by the document, not by its
  // figures. Returns the document's warnings.
  using RecordSink = std::function<void(Record&&)>;
  Result<std::vector<Warning>> ExtractTo(std::string_view bytes, std::string_view name,
                                         const RecordSink& sink) const;

  // The UTF-8 text that offsets refer to (decoded, BOM kept for UTF-8 input).
  Result<std::string> Text(std::string_view bytes, std::string_view name) const;

  // The tables of a document (tab-separated, Markdown pipes, HTML), with the
  // meaning solieu gives their rows and columns.
  Result<std::vector<TableView>> Tables(std::string_view bytes, std::string_view name) const;

  // The document's metadata: title, issuing body, issue, period, date.
  Result<DocumentInfo> Info(std::string_view bytes, std::string_view name) const;

  const Options& options() const;

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  class Impl;

 private:
  explicit Extractor(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

// Output formats of the records.
enum class Format { kJsonl, kCsv, kTsv };

// Writes records in one format: JSON Lines (one SCHEMA.md object per line) or
// CSV/TSV with a header row of the SCHEMA.md field names (arrays and objects
// as JSON text). Call WriteHeader() once, then Write() for every record.
class RecordWriter {
 public:
  RecordWriter(std::ostream& out, Format format);
  void WriteHeader();
  void Write(const Record& record);

 private:
  std::ostream& out_;
  Format format_;
};

// One record as a SCHEMA.md JSON object on one line (no trailing newline).
std::string ToJson(const Record& record);

// A document's metadata as one JSON object: {"doc": …, "title": …, …}.
std::string ToJson(const DocumentInfo& info, std::string_view doc);

// Tables as CSV, for a person to check: a header line, then per table a line
// of its column labels and one line per row (index, row, header/row, subject,
// unit, the cells).
void WriteTablesCsv(const std::vector<TableView>& tables, std::ostream& out);

}  // namespace solieu

#endif  // SOLIEU_SOLIEU_H_
