// Scoring against gold: SCHEMA.md's matching rule, per-kind and per-attribute
// figures, and the list of errors to fix from.
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "solieu/eval.h"

namespace solieu {
namespace {

using Json = nlohmann::json;

// The enum value whose SCHEMA.md name is j[key] (Name() read backwards).
template <typename E, size_t N>
std::optional<E> FromName(const Json& j, const char* key, const E (&values)[N]) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  for (E e : values)
    if (Name(e) == it->template get_ref<const std::string&>()) return e;
  return std::nullopt;
}

constexpr Kind kKinds[] = {Kind::kQuantity, Kind::kPercent, Kind::kRatio,
                           Kind::kChange, Kind::kAchievement, Kind::kRank};
constexpr Direction kDirections[] = {Direction::kIncrease, Direction::kDecrease};
constexpr Comparator kComparators[] = {Comparator::kGt, Comparator::kGe, Comparator::kLt,
                                       Comparator::kLe, Comparator::kApprox};
constexpr Modality kModalities[] = {Modality::kActual, Modality::kEstimate, Modality::kTarget,
                                    Modality::kForecast};
constexpr Source kSources[] = {Source::kProse, Source::kTable, Source::kFootnote, Source::kHeading};

std::optional<std::string> OptString(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<double> OptNumber(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::optional<size_t> OptOffset(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<size_t>();
}

std::optional<Range> OptRange(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array() || it->size() != 2 || !(*it)[0].is_number() ||
      !(*it)[1].is_number())
    return std::nullopt;
  return Range{(*it)[0].get<double>(), (*it)[1].get<double>()};
}

std::string BaseName(const std::string& path) {
  size_t k = path.find_last_of('/');
  return k == std::string::npos ? path : path.substr(k + 1);
}

bool Close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool SameValue(const Record& a, const Record& b) {
  if (a.value && b.value) return Close(*a.value, *b.value);
  if (a.range && b.range) return Close(a.range->lo, b.range->lo) && Close(a.range->hi, b.range->hi);
  return false;
}

std::string ValueText(const Record& r) {
  std::ostringstream os;
  if (r.value) os << *r.value;
  else if (r.range) os << "[" << r.range->lo << ", " << r.range->hi << "]";
  return os.str();
}

std::string Show(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }
std::string Show(const std::optional<double>& v) {
  if (!v) return "null";
  std::ostringstream os;
  os << *v;
  return os.str();
}

bool SameString(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  std::string x = a ? FoldForComparison(*a) : "";
  std::string y = b ? FoldForComparison(*b) : "";
  return x == y;
}

}  // namespace

std::string FoldForComparison(const std::string& s) {
  utf8proc_uint8_t* folded = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &folded,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                       UTF8PROC_CASEFOLD));
  std::string t = n >= 0 ? std::string(reinterpret_cast<char*>(folded), static_cast<size_t>(n)) : s;
  std::free(folded);
  std::string out;
  bool space = false;
  for (char c : t) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Result<Record> ParseRecord(std::string_view json) {
  auto fail = [](const char* why) { return Error{Error::Code::kIo, "", 0, why}; };
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  Record r;
  auto kind = FromName(j, "kind", kKinds);
  if (!kind) return fail("missing or unknown kind");
  r.kind = *kind;
  auto start = OptNumber(j, "start"), end = OptNumber(j, "end");
  if (!start || !end || *start < 0 || *end < *start) return fail("missing or bad start/end");
  r.span = {static_cast<size_t>(*start), static_cast<size_t>(*end)};
  r.doc = OptString(j, "doc").value_or("");
  r.text = OptString(j, "text").value_or("");
  r.value = OptNumber(j, "value");
  r.range = OptRange(j, "range");
  r.unit = OptString(j, "unit");
  r.denominator = OptNumber(j, "denominator");
  r.denominator_range = OptRange(j, "denominator_range");
  r.direction = FromName(j, "direction", kDirections).value_or(Direction::kNone);
  r.baseline = OptString(j, "baseline");
  r.target = OptString(j, "target");
  r.comparator = FromName(j, "comparator", kComparators).value_or(Comparator::kNone);
  r.per = OptString(j, "per");
  r.modality = FromName(j, "modality", kModalities).value_or(Modality::kActual);
  r.subject = OptString(j, "subject");
  r.period = OptString(j, "period");
  r.period_start = OptString(j, "period_start");
  r.period_end = OptString(j, "period_end");
  if (auto it = j.find("section"); it != j.end() && it->is_array()) {
    for (const Json& s : *it)
      if (s.is_string()) r.section.push_back(s.get<std::string>());
  }
  auto sentence_start = OptOffset(j, "sentence_start"), sentence_end = OptOffset(j, "sentence_end");
  if (sentence_start && sentence_end) r.sentence = Span{*sentence_start, *sentence_end};
  r.source = FromName(j, "source", kSources).value_or(Source::kProse);
  if (auto it = j.find("footnote"); it != j.end() && it->is_number_integer()) r.footnote = it->get<int>();
  if (auto it = j.find("table"); it != j.end() && it->is_object()) {
    TablePlace t;
    t.index = OptOffset(*it, "index").value_or(0);
    t.row = OptOffset(*it, "row").value_or(0);
    t.column = OptOffset(*it, "column").value_or(0);
    t.row_label = OptString(*it, "row_label").value_or("");
    t.column_label = OptString(*it, "column_label").value_or("");
    r.table = std::move(t);
  }
  r.pattern = OptString(j, "pattern").value_or("");
  return r;
}

Result<std::vector<Record>> ReadRecords(std::istream& in, const std::string& name) {
  std::vector<Record> out;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto r = ParseRecord(line);
    if (!r.ok())
      return Error{Error::Code::kIo, name, lineno, "line " + std::to_string(lineno) + ": " + r.error().message};
    out.push_back(std::move(r).value());
  }
  return out;
}

EvalReport Evaluate(const std::vector<Record>& predicted, const std::vector<Record>& gold) {
  EvalReport report;
  // Group by document.
  std::map<std::string, std::vector<const Record*>> preds, golds;
  for (const Record& r : predicted) preds[BaseName(r.doc)].push_back(&r);
  for (const Record& r : gold) golds[BaseName(r.doc)].push_back(&r);
  std::vector<std::string> docs;
  for (auto& [d, _] : golds) docs.push_back(d);
  for (auto& [d, _] : preds)
    if (!golds.count(d)) docs.push_back(d);

  auto attr = [&](const char* name, bool right, const Record& g, const std::string& detail) {
    Accuracy& a = report.attributes[name];
    ++a.total;
    if (right) {
      ++a.right;
    } else {
      report.errors.push_back({std::string("wrong ") + name, g.doc, g.span.start, g.text, detail});
    }
  };

  for (const std::string& d : docs) {
    auto& P = preds[d];
    auto& G = golds[d];
    std::vector<bool> used(P.size(), false);
    for (const Record* g : G) {
      // The matching prediction with the largest overlap.
      int best = -1;
      size_t best_overlap = 0;
      for (size_t i = 0; i < P.size(); ++i) {
        if (used[i]) continue;
        const Record& p = *P[i];
        size_t lo = std::max(p.span.start, g->span.start), hi = std::min(p.span.end, g->span.end);
        if (hi <= lo || p.kind != g->kind || !SameValue(p, *g)) continue;
        if (best < 0 || hi - lo > best_overlap) {
          best = static_cast<int>(i);
          best_overlap = hi - lo;
        }
      }
      std::string kind(Name(g->kind)), source(Name(g->source));
      if (best < 0) {
        ++report.overall.fn;
        ++report.by_kind[kind].fn;
        ++report.by_source[source].fn;
        report.errors.push_back({"missed", g->doc, g->span.start, g->text,
                                 kind + " " + ValueText(*g) + " unit " + Show(g->unit)});
        continue;
      }
      used[best] = true;
      const Record& p = *P[best];
      ++report.overall.tp;
      ++report.by_kind[kind].tp;
      ++report.by_source[source].tp;
      auto pair = [&](auto a, auto b) { return "gold " + Show(a) + ", got " + Show(b); };
      attr("unit", SameString(g->unit, p.unit), *g, pair(g->unit, p.unit));
      attr("modality", g->modality == p.modality, *g,
           "gold " + std::string(Name(g->modality)) + ", got " + std::string(Name(p.modality)));
      attr("comparator", g->comparator == p.comparator, *g,
           "gold " + std::string(Name(g->comparator)) + ", got " + std::string(Name(p.comparator)));
      attr("subject", SameString(g->subject, p.subject), *g, pair(g->subject, p.subject));
      attr("period", SameString(g->period, p.period), *g, pair(g->period, p.period));
      attr("source", g->source == p.source, *g,
           "gold " + std::string(Name(g->source)) + ", got " + std::string(Name(p.source)));
      if (g->kind == Kind::kChange)
        attr("direction", g->direction == p.direction, *g,
             "gold " + std::string(Name(g->direction)) + ", got " + std::string(Name(p.direction)));
      if (g->kind == Kind::kChange || g->kind == Kind::kPercent)
        attr("baseline", SameString(g->baseline, p.baseline), *g, pair(g->baseline, p.baseline));
      if (g->kind == Kind::kAchievement)
        attr("target", SameString(g->target, p.target), *g, pair(g->target, p.target));
      if (g->kind == Kind::kRatio || g->kind == Kind::kRank) {
        bool same = (g->denominator && p.denominator && Close(*g->denominator, *p.denominator)) ||
                    (!g->denominator && !p.denominator);
        attr("denominator", same, *g, pair(g->denominator, p.denominator));
      }
    }
    for (size_t i = 0; i < P.size(); ++i) {
      if (used[i]) continue;
      const Record& p = *P[i];
      std::string kind(Name(p.kind));
      ++report.overall.fp;
      ++report.by_kind[kind].fp;
      ++report.by_source[std::string(Name(p.source))].fp;
      report.errors.push_back({"false positive", p.doc, p.span.start, p.text,
                               kind + " " + ValueText(p) + " unit " + Show(p.unit) +
                                   (p.pattern.empty() ? "" : " (pattern " + p.pattern + ")")});
    }
  }
  return report;
}

}  // namespace solieu
