#include "output.h"

#include <nlohmann/json.hpp>

namespace solieu {
namespace {

using Json = nlohmann::ordered_json;


// Integral values print as integers: 1200, not 1200.0.
// The range test comes first: converting a double outside long long's range
// is undefined (found by fuzz_extract on "6.66667e+47").
Json NumberJson(double v) {
  if (v < 9e15 && v > -9e15 && v == static_cast<double>(static_cast<long long>(v)))
    return Json(static_cast<long long>(v));
  return Json(v);
}

Json ToJsonObject(const Record& r) {
  Json j;
  j["doc"] = r.doc;
  j["kind"] = std::string(Name(r.kind));
  j["text"] = r.text;
  j["start"] = r.span.start;
  j["end"] = r.span.end;
  j["value"] = r.value ? NumberJson(*r.value) : Json(nullptr);
  j["unit"] = r.unit ? Json(*r.unit) : Json(nullptr);
  if (r.range) j["range"] = Json::array({NumberJson(r.range->lo), NumberJson(r.range->hi)});
  if (r.denominator) j["denominator"] = NumberJson(*r.denominator);
  if (r.denominator_range)
    j["denominator_range"] = Json::array({NumberJson(r.denominator_range->lo), NumberJson(r.denominator_range->hi)});
  if (r.direction != Direction::kNone) j["direction"] = std::string(Name(r.direction));
  if (r.kind == Kind::kChange || r.kind == Kind::kPercent)
    j["baseline"] = r.baseline ? Json(*r.baseline) : Json(nullptr);
  if (r.kind == Kind::kAchievement) j["target"] = r.target ? Json(*r.target) : Json(nullptr);
  if (r.comparator != Comparator::kNone) j["comparator"] = std::string(Name(r.comparator));
  if (r.per) j["per"] = *r.per;
  j["modality"] = std::string(Name(r.modality));
  if (r.subject) j["subject"] = *r.subject;
  if (r.period) j["period"] = *r.period;
  if (r.period_start) j["period_start"] = *r.period_start;
  if (r.period_end) j["period_end"] = *r.period_end;
  if (!r.section.empty()) j["section"] = r.section;
  if (r.sentence) {
    j["sentence_start"] = r.sentence->start;
    j["sentence_end"] = r.sentence->end;
  }
  j["source"] = std::string(Name(r.source));
  if (r.footnote) j["footnote"] = *r.footnote;
  if (r.table) {
    j["table"] = Json{{"index", r.table->index}, {"row", r.table->row}, {"column", r.table->column},
                      {"row_label", r.table->row_label}, {"column_label", r.table->column_label}};
  }
  j["pattern"] = r.pattern;
  return j;
}

std::string CsvQuote(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// TSV cannot quote: tabs and line breaks in a value become spaces.
std::string TsvClean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
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
  return ToJsonObject(record).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string ToJson(const DocumentInfo& info, std::string_view doc) {
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
  if (format_ == Format::kJsonl) {
    out_ << ToJson(record) << '\n';
    return;
  }
  Json j = ToJsonObject(record);
  const char sep = format_ == Format::kCsv ? ',' : '\t';
  const auto& cols = TabularColumns();
  for (size_t i = 0; i < cols.size(); ++i) {
    std::string cell;
    auto it = j.find(cols[i]);
    if (it != j.end() && !it->is_null()) {
      cell = it->is_string() ? it->get<std::string>()
                             : it->dump(-1, ' ', false, Json::error_handler_t::replace);
    }
    if (i) out_ << sep;
    out_ << (format_ == Format::kCsv ? CsvQuote(cell) : TsvClean(cell));
  }
  out_ << '\n';
}

}  // namespace solieu
