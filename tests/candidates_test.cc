// Candidates: number groups found broadly, with no judgement.
#include "candidates.h"

#include <gtest/gtest.h>

#include "patterns.h"

namespace solieu {
namespace {

class Candidates : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { patterns_ = std::move(Patterns::Compile()).value().release(); }
  static void TearDownTestSuite() { delete patterns_; }

  std::vector<std::string> Groups(const std::string& text, bool* truncated = nullptr) {
    std::vector<std::string> out;
    for (const Candidate& c : FindCandidates(*patterns_, text, {0, text.size()}, truncated))
      out.push_back(text.substr(c.group.start, c.group.size()));
    return out;
  }

  static const Patterns* patterns_;
};

const Patterns* Candidates::patterns_ = nullptr;

TEST_F(Candidates, FindsEveryNumberGroupInOrder) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu"
  EXPECT_EQ(Groups("toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu"),
            (std::vector<std::string>{"791/1.200", "65,92"}));
}

TEST_F(Candidates, KeepsRangesAndRangeDenominatorsWhole) {
  // 004: "đến nay là 4.869/(4.500 - 5.000)"; 000: "3 - 5 tỷ USD"; 003: "đạt từ 50 - 90%"
  EXPECT_EQ(Groups("đến nay là 4.869/(4.500 - 5.000); gói 3 - 5 tỷ USD; đạt từ 50 - 90%"),
            (std::vector<std::string>{"4.869/(4.500 - 5.000)", "3 - 5", "50 - 90"}));
}

TEST_F(Candidates, ADescendingPairIsTwoValuesNotARange) {
  // 004 PHỤ LỤC 1: "4.500-5.000" (a target range) and "108,2%- 97,38%" (the
  // result against each end of it).
  EXPECT_EQ(Groups("4.869\t4.500-5.000\t108,2%- 97,38%"),
            (std::vector<std::string>{"4.869", "4.500-5.000", "108,2", "97,38"}));
  std::string cell = "108,2%- 97,38%";
  auto c = FindCandidates(*patterns_, cell, {0, cell.size()});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_FALSE(c[0].range);
  EXPECT_FALSE(c[1].range);
}

TEST_F(Candidates, TakesANounBeforeTheSlash) {
  // 004: "tại 11 đơn vị/25 trường hợp"
  EXPECT_EQ(Groups("tại 11 đơn vị/25 trường hợp"), (std::vector<std::string>{"11 đơn vị/25"}));
}

TEST_F(Candidates, ListsTheNumbersOfAGroup) {
  const std::string text = "4.869/(4.500 - 5.000)";
  auto c = FindCandidates(*patterns_, text, {0, text.size()});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].slash);
  EXPECT_FALSE(c[0].range);
  ASSERT_EQ(c[0].numbers.size(), 3u);
  EXPECT_EQ(text.substr(c[0].numbers[1].start, c[0].numbers[1].size()), "4.500");
}

TEST_F(Candidates, CapsASentenceAndSaysSo) {
  std::string text;
  for (size_t i = 0; i < kMaxCandidatesPerSentence + 5; ++i) text += "7 ";
  bool truncated = false;
  EXPECT_EQ(Groups(text, &truncated).size(), kMaxCandidatesPerSentence);
  EXPECT_TRUE(truncated);
  Groups("có 12 xã", &truncated);
  EXPECT_FALSE(truncated);
}

}  // namespace
}  // namespace solieu
