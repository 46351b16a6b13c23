// Evaluate: SCHEMA.md's matching rule, and the quality gate — extraction over
// the five corpus bulletins scored against the hand-made gold.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "solieu/eval.h"
#include "solieu/solieu.h"

namespace solieu {
namespace {

// The gate. Overall figures are the issue's bar; the attribute bars are what
// the extractor holds today with a little room, so a regression shows. Raise
// them as the context stage improves; never lower one to make a run pass.
constexpr double kMinF1 = 0.95;         // overall F1
constexpr double kMinPrecision = 0.97;  // overall precision
constexpr double kMinTable = 0.95;      // table records' precision and recall (issue 6's bar)
struct AttributeBar {
  const char* name;
  double min;
};
constexpr AttributeBar kAttributeBars[] = {
    {"unit", 0.93},       {"direction", 0.99}, {"denominator", 0.97}, {"comparator", 0.98},
    {"target", 0.95},     {"baseline", 0.95},  {"modality", 0.95},
    // Issue 5's bars, 0.90 and 0.85; both hold (0.924 and 0.860 today).
    {"period", 0.90},     {"subject", 0.85},
};

std::vector<std::string> GateFailures(const EvalReport& r) {
  std::vector<std::string> out;
  if (r.overall.f1() < kMinF1) out.push_back("F1 " + std::to_string(r.overall.f1()));
  if (r.overall.precision() < kMinPrecision)
    out.push_back("precision " + std::to_string(r.overall.precision()));
  if (auto table = r.by_source.find("table"); table != r.by_source.end()) {
    if (table->second.precision() < kMinTable)
      out.push_back("table precision " + std::to_string(table->second.precision()));
    if (table->second.recall() < kMinTable) out.push_back("table recall " + std::to_string(table->second.recall()));
  } else {
    out.push_back("no table records");
  }
  for (const AttributeBar& bar : kAttributeBars) {
    auto it = r.attributes.find(bar.name);
    double rate = it == r.attributes.end() ? 0.0 : it->second.rate();
    if (rate < bar.min) out.push_back(std::string(bar.name) + " " + std::to_string(rate));
  }
  return out;
}

std::vector<Record> Gold() {
  std::vector<Record> gold;
  for (const auto& e : std::filesystem::directory_iterator(SOLIEU_CORPUS_DIR "/gold")) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".jsonl" || name.find(".nonfigures.") != std::string::npos) continue;
    std::ifstream in(e.path());
    auto recs = ReadRecords(in, name);
    EXPECT_TRUE(recs.ok()) << recs.error().ToString();
    if (recs.ok()) gold.insert(gold.end(), recs.value().begin(), recs.value().end());
  }
  return gold;
}

std::vector<Record> Predicted(const std::vector<Record>& gold) {
  auto extractor = Extractor::Create({});
  std::vector<Record> out;
  std::vector<std::string> docs;
  for (const Record& g : gold)
    if (std::find(docs.begin(), docs.end(), g.doc) == docs.end()) docs.push_back(g.doc);
  for (const std::string& doc : docs) {
    std::ifstream f(std::string(SOLIEU_SOURCE_DIR) + "/" + doc, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    auto result = extractor.value().Extract(ss.str(), doc);
    EXPECT_TRUE(result.ok());
    if (result.ok()) out.insert(out.end(), result.value().records.begin(), result.value().records.end());
  }
  return out;
}

Record R(Kind kind, size_t start, size_t end, double value) {
  Record r;
  r.doc = "corpus/x.txt";
  r.kind = kind;
  r.span = {start, end};
  r.value = value;
  return r;
}

TEST(Evaluate, MatchesOnOverlapKindAndValueOneToOne) {
  std::vector<Record> gold = {R(Kind::kChange, 10, 30, 11.39), R(Kind::kQuantity, 40, 50, 49)};
  std::vector<Record> pred = {
      R(Kind::kChange, 15, 21, 11.39),    // overlaps, same kind and value: match
      R(Kind::kChange, 12, 20, 11.39),    // a second claim on the same gold: false positive
      R(Kind::kPercent, 40, 50, 49),      // wrong kind: no match
  };
  EvalReport r = Evaluate(pred, gold);
  EXPECT_EQ(r.overall.tp, 1u);
  EXPECT_EQ(r.overall.fp, 2u);
  EXPECT_EQ(r.overall.fn, 1u);
  EXPECT_EQ(r.by_kind["change"].tp, 1u);
}

TEST(Evaluate, ValuesCompareWithinOnePartInABillion) {
  std::vector<Record> gold = {R(Kind::kQuantity, 0, 5, 2210046)};
  EXPECT_EQ(Evaluate({R(Kind::kQuantity, 0, 5, 2210046.000000001)}, gold).overall.tp, 1u);
  EXPECT_EQ(Evaluate({R(Kind::kQuantity, 0, 5, 2210047)}, gold).overall.tp, 0u);
}

TEST(Evaluate, AttributesCompareAfterNfcCaseAndSpaceFolding) {
  Record g = R(Kind::kChange, 0, 10, 5);
  g.baseline = "Cùng kỳ  năm 2023";
  g.direction = Direction::kIncrease;
  Record p = g;
  p.baseline = "cu\xCC\x80ng kỳ năm 2023";  // decomposed, lower case, one space
  EvalReport r = Evaluate({p}, {g});
  EXPECT_EQ(r.attributes["baseline"].right, 1u);
  EXPECT_EQ(FoldForComparison("Cùng  Kỳ"), "cùng kỳ");
}

// ParseRecord is ToJson read backwards, for every field: 004 has tables,
// footnotes, sections, ranges, ratios and ISO periods.
TEST(Evaluate, ParseRecordReadsBackEveryFieldToJsonWrites) {
  std::ifstream in(std::string(SOLIEU_CORPUS_DIR) + "/004_195a311180f3ecea.txt", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto doc = Extractor::Create({}).value().Extract(bytes.str(), "corpus/004_195a311180f3ecea.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_GT(doc.value().records.size(), 1000u);
  for (const Record& r : doc.value().records) {
    auto back = ParseRecord(ToJson(r));
    ASSERT_TRUE(back.ok()) << ToJson(r);
    EXPECT_EQ(ToJson(back.value()), ToJson(r));
  }
  EXPECT_EQ(ParseRecord("[1]").error().message, "not a JSON object");
  EXPECT_EQ(ParseRecord(R"({"kind":"tally","start":0,"end":1})").error().message, "missing or unknown kind");
  EXPECT_EQ(ParseRecord(R"({"kind":"rank","start":5,"end":1})").error().message, "missing or bad start/end");
}

TEST(QualityGate, ExtractionOverTheCorpusPassesTheGate) {
  std::vector<Record> gold = Gold();
  ASSERT_GT(gold.size(), 2000u);
  EvalReport r = Evaluate(Predicted(gold), gold);
  std::vector<std::string> failures = GateFailures(r);
  std::string all;
  for (const auto& f : failures) all += f + "; ";
  EXPECT_TRUE(failures.empty()) << "below the bar: " << all
                                << "(run `build/solieu eval --errors 20` for the list)";
}

TEST(QualityGate, FailsWhenQualityDrops) {
  // A damaged prediction set: every tenth figure dropped, every seventh
  // given the wrong kind, every fifth the wrong unit.
  std::vector<Record> gold = Gold();
  std::vector<Record> damaged;
  std::vector<Record> predicted = Predicted(gold);
  for (size_t i = 0; i < predicted.size(); ++i) {
    if (i % 10 == 0) continue;
    Record r = predicted[i];
    if (i % 7 == 0) r.kind = r.kind == Kind::kQuantity ? Kind::kPercent : Kind::kQuantity;
    if (i % 5 == 0) r.unit = "sai";
    damaged.push_back(r);
  }
  std::vector<std::string> failures = GateFailures(Evaluate(damaged, gold));
  EXPECT_FALSE(failures.empty());
  bool f1 = false, unit = false, table = false;
  for (const auto& f : failures) {
    f1 |= f.rfind("F1", 0) == 0;
    unit |= f.rfind("unit", 0) == 0;
    table |= f.rfind("table recall", 0) == 0;
  }
  EXPECT_TRUE(f1);
  EXPECT_TRUE(unit);
  EXPECT_TRUE(table);
}

}  // namespace
}  // namespace solieu
