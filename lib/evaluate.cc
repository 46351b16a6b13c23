// Scoring against gold: SCHEMA.md's matching rule, per-kind and per-attribute
// figures, and the list of errors to fix from.
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "output.h"
#include "solieu/eval.h"

namespace solieu {
namespace {

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

Result<std::vector<Record>> ReadRecords(std::istream& in, const std::string& name) {
  std::vector<Record> out;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
    std::string why = "not a JSON object";
    std::optional<Record> r = j.is_discarded() ? std::nullopt : RecordFromJson(j, &why);
    if (!r) return Error{Error::Code::kIo, name, lineno, "line " + std::to_string(lineno) + ": " + why};
    out.push_back(std::move(*r));
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
