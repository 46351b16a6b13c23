#include "output.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "utf8.h"

namespace solieu {
namespace {

// Records are written by hand, field by field: building an nlohmann::json
// object per record (a map node and a string copy per field) cost more than
// extracting the figures. The bytes are the ones nlohmann::ordered_json's
// dump(-1, ' ', false, error_handler_t::replace) wrote before, which
// tests/output_test.cc and the corpus outputs pin down.

// ASCII bytes that a JSON string holds as they are: not '"', '\\' or a
// control character.
constexpr auto kJsonPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// A string in JSON: '"' and '\\' escaped, control characters as \b \f \n \r
// \t or \u00xx, everything else as it is (UTF-8 stays UTF-8).
// 000: "tăng 11,39% so cùng kỳ" -> "\"tăng 11,39% so cùng kỳ\"".
void AppendJsonString(std::string_view s, std::string* out) {
  size_t mark = out->size();
  out->push_back('"');
  size_t copied = 0;  // s[0, copied) is in *out
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size();) {
    auto c = b[i];
    if (kJsonPlain[c]) {
      ++i;
      continue;
    }
    // The letters of Vietnamese: two bytes (ă, đ, ơ, ư) or three (ạ, ế, ộ)
    // from a lead byte that needs no range check of its second byte.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size() && (b[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEC && i + 2 < s.size() && (b[i + 1] & 0xC0) == 0x80 &&
        (b[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    if (c >= 0x80) {
      size_t n = Utf8SequenceLength(s, i);
      if (n == 0) {
        // Invalid UTF-8 (a file name can be any bytes): nlohmann's own
        // replacement rules, which this rare case keeps exactly.
        out->resize(mark);
        out->append(nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                        nlohmann::json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out->append(s.substr(copied, i - copied));
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
    copied = ++i;
  }
  out->append(s.substr(copied));
  out->push_back('"');
}

template <typename Int>
void AppendInteger(Int v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(end - buf));
}

// Integral values print as integers: 1200, not 1200.0; others in the
// shortest form that reads back (Grisu2, as nlohmann prints them): 65.92.
// The range test comes first: converting a double outside long long's range
// is undefined (found by fuzz_extract on "6.66667e+47").
void AppendNumber(double v, std::string* out) {
  if (v < 9e15 && v > -9e15 && v == static_cast<double>(static_cast<long long>(v))) {
    AppendInteger(static_cast<long long>(v), out);
    return;
  }
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(end - buf));
}

void AppendRange(const Range& r, std::string* out) {
  out->push_back('[');
  AppendNumber(r.lo, out);
  out->push_back(',');
  AppendNumber(r.hi, out);
  out->push_back(']');
}

void AppendStrings(const std::vector<std::string>& v, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(v[i], out);
  }
  out->push_back(']');
}

void AppendTable(const TablePlace& t, std::string* out) {
  out->append("{\"index\":");
  AppendInteger(t.index, out);
  out->append(",\"row\":");
  AppendInteger(t.row, out);
  out->append(",\"column\":");
  AppendInteger(t.column, out);
  out->append(",\"row_label\":");
  AppendJsonString(t.row_label, out);
  out->append(",\"column_label\":");
  AppendJsonString(t.column_label, out);
  out->push_back('}');
}

// Visits a record's fields in SCHEMA.md order (the order of TabularColumns()),
// skipping the optional ones that are unknown. `to` has String(name, s),
// Null(name) and Json(name, append), the last for numbers, arrays and objects
// (`append(std::string*)` writes the JSON text).
template <typename Fields>
void VisitFields(const Record& r, Fields& to) {
  auto number = [](double v) { return [v](std::string* out) { AppendNumber(v, out); }; };
  auto integer = [](auto v) { return [v](std::string* out) { AppendInteger(v, out); }; };
  auto range = [](const Range& v) { return [&v](std::string* out) { AppendRange(v, out); }; };
  auto optional_string = [&](const char* name, const std::optional<std::string>& v) {
    if (v) to.String(name, *v);
    else to.Null(name);
  };
  to.String("doc", r.doc);
  to.String("kind", Name(r.kind));
  to.String("text", r.text);
  to.Json("start", integer(r.span.start));
  to.Json("end", integer(r.span.end));
  if (r.value) to.Json("value", number(*r.value));
  else to.Null("value");
  optional_string("unit", r.unit);
  if (r.range) to.Json("range", range(*r.range));
  if (r.denominator) to.Json("denominator", number(*r.denominator));
  if (r.denominator_range) to.Json("denominator_range", range(*r.denominator_range));
  if (r.direction != Direction::kNone) to.String("direction", Name(r.direction));
  if (r.kind == Kind::kChange || r.kind == Kind::kPercent) optional_string("baseline", r.baseline);
  if (r.kind == Kind::kAchievement) optional_string("target", r.target);
  if (r.comparator != Comparator::kNone) to.String("comparator", Name(r.comparator));
  if (r.per) to.String("per", *r.per);
  to.String("modality", Name(r.modality));
  if (r.subject) to.String("subject", *r.subject);
  if (r.period) to.String("period", *r.period);
  if (r.period_start) to.String("period_start", *r.period_start);
  if (r.period_end) to.String("period_end", *r.period_end);
  if (!r.section.empty())
    to.Json("section", [&](std::string* out) { AppendStrings(r.section, out); });
  if (r.sentence) {
    to.Json("sentence_start", integer(r.sentence->start));
    to.Json("sentence_end", integer(r.sentence->end));
  }
  to.String("source", Name(r.source));
  if (r.footnote) to.Json("footnote", integer(*r.footnote));
  if (r.table) to.Json("table", [&](std::string* out) { AppendTable(*r.table, out); });
  to.String("pattern", r.pattern);
}

// One JSON object: {"doc":…,"kind":…,…}.
class JsonFields {
 public:
  explicit JsonFields(std::string* out) : out_(out) {}
  void String(const char* name, std::string_view s) { AppendJsonString(s, Key(name)); }
  void Null(const char* name) { Key(name)->append("null"); }
  template <typename Append>
  void Json(const char* name, const Append& append) { append(Key(name)); }
  void Close() { out_->append(first_ ? "{}" : "}"); }

 private:
  std::string* Key(const char* name) {
    out_->push_back(first_ ? '{' : ',');
    first_ = false;
    out_->push_back('"');
    out_->append(name);
    out_->append("\":");
    return out_;
  }
  std::string* out_;
  bool first_ = true;
};

// RFC 4180: a cell with a separator, quote or line break is quoted, its
// quotes doubled.
void AppendCsvCell(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// TSV cannot quote: tabs and line breaks in a value become spaces.
void AppendTsvCell(std::string_view s, std::string* out) {
  size_t from = out->size();
  out->append(s);
  for (size_t i = from; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
}

// One CSV or TSV line: strings as they are, numbers, arrays and objects as
// JSON text, unknown fields empty.
class TabularFields {
 public:
  TabularFields(std::string* out, char sep) : out_(out), sep_(sep) {}
  void String(const char* name, std::string_view s) { Cell(name, s); }
  void Null(const char* name) { Cell(name, ""); }
  template <typename Append>
  void Json(const char* name, const Append& append) {
    json_.clear();
    append(&json_);
    Cell(name, json_);
  }
  // Empty cells for the columns after the last field.
  void Close() { SkipTo(TabularColumns().size()); }

 private:
  void SkipTo(size_t column) {
    for (; next_ < column; ++next_)
      if (next_ > 0) out_->push_back(sep_);
  }
  void Cell(std::string_view name, std::string_view s) {
    const auto& cols = TabularColumns();
    size_t c = next_;
    while (c < cols.size() && cols[c] != name) ++c;
    SkipTo(c);
    if (next_ > 0) out_->push_back(sep_);
    if (sep_ == ',') AppendCsvCell(s, out_);
    else AppendTsvCell(s, out_);
    ++next_;
  }
  std::string* out_;
  char sep_;
  size_t next_ = 0;  // the column the next cell goes in
  std::string json_;
};

std::string CsvQuote(const std::string& s) {
  std::string out;
  AppendCsvCell(s, &out);
  return out;
}

}  // namespace

const std::vector<std::string>& TabularColumns() {
  static const std::vector<std::string> kColumns = {
      "doc", "kind", "text", "start", "end", "value", "unit", "range", "denominator",
      "denominator_range", "direction", "baseline", "target", "comparator", "per", "modality",
      "subject", "period", "period_start", "period_end", "section", "sentence_start",
      "sentence_end", "source", "footnote", "table", "pattern"};
  return kColumns;
}

std::string_view Name(Kind kind) {
  switch (kind) {
    case Kind::kQuantity: return "quantity";
    case Kind::kPercent: return "percent";
    case Kind::kRatio: return "ratio";
    case Kind::kChange: return "change";
    case Kind::kAchievement: return "achievement";
    case Kind::kRank: return "rank";
  }
  return "quantity";
}

std::string_view Name(Direction d) {
  switch (d) {
    case Direction::kIncrease: return "increase";
    case Direction::kDecrease: return "decrease";
    case Direction::kNone: return "";
  }
  return "";
}

std::string_view Name(Comparator c) {
  switch (c) {
    case Comparator::kGt: return "gt";
    case Comparator::kGe: return "ge";
    case Comparator::kLt: return "lt";
    case Comparator::kLe: return "le";
    case Comparator::kApprox: return "approx";
    case Comparator::kNone: return "";
  }
  return "";
}

std::string_view Name(Modality m) {
  switch (m) {
    case Modality::kActual: return "actual";
    case Modality::kEstimate: return "estimate";
    case Modality::kTarget: return "target";
    case Modality::kForecast: return "forecast";
  }
  return "actual";
}

std::string_view Name(Source s) {
  switch (s) {
    case Source::kProse: return "prose";
    case Source::kTable: return "table";
    case Source::kFootnote: return "footnote";
    case Source::kHeading: return "heading";
  }
  return "prose";
}

std::string ToJson(const Record& record) {
  std::string out;
  out.reserve(1024);
  JsonFields fields(&out);
  VisitFields(record, fields);
  fields.Close();
  return out;
}

std::string ToJson(const DocumentInfo& info, std::string_view doc) {
  // One object per document, rarely: nlohmann's ordered object is plenty.
  using Json = nlohmann::ordered_json;
  Json j = Json::object();
  j["doc"] = std::string(doc);
  auto put = [&](const char* key, const std::optional<std::string>& v) {
    j[key] = v ? Json(*v) : Json(nullptr);
  };
  put("title", info.title);
  put("issuer", info.issuer);
  put("issue", info.issue);
  put("period", info.period);
  put("period_start", info.period_start);
  put("period_end", info.period_end);
  put("date", info.date);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void WriteTablesCsv(const std::vector<TableView>& tables, std::ostream& out) {
  out << "table,row,type,subject,unit,cells...\n";
  for (const TableView& t : tables) {
    out << "\n" << t.index << ",,labels,,";
    for (const std::string& l : t.column_labels) out << "," << CsvQuote(l);
    out << "\n";
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const TableView::Row& row = t.rows[r];
      out << t.index << "," << r << "," << (row.header ? "header" : "row") << ","
          << CsvQuote(row.subject) << "," << CsvQuote(row.unit.value_or(""));
      for (const std::string& c : row.cells) out << "," << CsvQuote(c);
      out << "\n";
    }
  }
}

RecordWriter::RecordWriter(std::ostream& out, Format format) : out_(out), format_(format) {}

void RecordWriter::WriteHeader() {
  if (format_ == Format::kJsonl) return;
  const char sep = format_ == Format::kCsv ? ',' : '\t';
  const auto& cols = TabularColumns();
  for (size_t i = 0; i < cols.size(); ++i) out_ << (i ? std::string(1, sep) : "") << cols[i];
  out_ << '\n';
}

void RecordWriter::Write(const Record& record) {
  // One buffer per thread, reused: a record costs no allocation and one write.
  thread_local std::string line;
  line.clear();
  if (format_ == Format::kJsonl) {
    JsonFields fields(&line);
    VisitFields(record, fields);
    fields.Close();
  } else {
    TabularFields fields(&line, format_ == Format::kCsv ? ',' : '\t');
    VisitFields(record, fields);
    fields.Close();
  }
  line.push_back('\n');
  out_.write(line.data(), static_cast<std::streamsize>(line.size()));
}

}  // namespace solieu
