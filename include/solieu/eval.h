// Scoring extracted records against gold annotations (SCHEMA.md "Evaluation").
//
// A predicted record matches a gold record of the same document when their
// spans overlap, their kind is the same and their value (or range) is equal
// within 1e-9 relative; matches are one-to-one. Attribute accuracy is measured
// on matched pairs, comparing strings after NFC, case folding and white-space
// folding. Includes only standard headers.
#ifndef SOLIEU_EVAL_H_
#define SOLIEU_EVAL_H_

#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

// Reads JSON Lines records (SCHEMA.md v1). An error names `name` and the line.
Result<std::vector<Record>> ReadRecords(std::istream& in, const std::string& name);

// One record from its JSON object, as ToJson() writes it: every SCHEMA.md
// field (and `pattern`); unknown fields are ignored. Fails, saying why, when
// it is no JSON object or its kind or span is missing or malformed.
Result<Record> ParseRecord(std::string_view json);

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Accuracy {
  size_t right = 0, total = 0;
  double rate() const { return total ? double(right) / double(total) : 1.0; }
};

// One entry of the error list a developer fixes from.
struct EvalError {
  std::string what;  // "missed", "false positive", "wrong <attribute>"
  std::string doc;
  size_t start = 0;
  std::string text;
  std::string detail;  // kind, value, expected vs got
};

struct EvalReport {
  Counts overall;
  std::map<std::string, Counts> by_kind;       // by SCHEMA.md kind name
  std::map<std::string, Counts> by_source;     // prose, table, footnote, heading (of gold/pred)
  std::map<std::string, Accuracy> attributes;  // unit, direction, baseline, ...
  std::vector<EvalError> errors;
};

// Both lists may hold several documents; documents are compared by file name.
EvalReport Evaluate(const std::vector<Record>& predicted, const std::vector<Record>& gold);

// Strings as the scorer compares them: NFC, case-folded, white space folded.
std::string FoldForComparison(const std::string& s);

}  // namespace solieu

#endif  // SOLIEU_EVAL_H_
