// Patterns: the catalogue compiles, its word lists answer, and its sentence
// rules keep abbreviations and list numbers with their text.
#include "patterns.h"

#include <gtest/gtest.h>

namespace solieu {
namespace {

const Patterns& P() {
  static const Patterns* p = std::move(Patterns::Compile()).value().release();
  return *p;
}

TEST(Patterns, EveryPatternCompiles) {
  auto p = Patterns::Compile();
  ASSERT_TRUE(p.ok()) << p.error().ToString();
  EXPECT_TRUE(p.value()->number_group().ok());
}

TEST(Patterns, FragmentsAreExpanded) {
  // ${NUM} in number_group: 004 "4.869/(4.500 - 5.000)".
  EXPECT_TRUE(RE2::FullMatch("4.869/(4.500 - 5.000)", P().number_group()));
  EXPECT_TRUE(RE2::FullMatch("12.408,125", P().number_group()));
  EXPECT_FALSE(RE2::FullMatch("tỷ đồng", P().number_group()));
}

TEST(Patterns, CompoundNounsComeLongestFirst) {
  const auto& nouns = P().compound_nouns();
  ASSERT_FALSE(nouns.empty());
  for (size_t i = 1; i < nouns.size(); ++i) EXPECT_GE(nouns[i - 1].size(), nouns[i].size());
}

TEST(Patterns, WordLists) {
  EXPECT_TRUE(P().IsStopWord("và"));
  EXPECT_TRUE(P().IsStopWord("so"));
  EXPECT_FALSE(P().IsStopWord("xã"));
  EXPECT_TRUE(P().IsOneSyllableNoun("người"));  // "58 người chết" -> "người"
  EXPECT_FALSE(P().IsOneSyllableNoun("biểu"));  // "27 biểu hiện" takes two syllables
}

TEST(Patterns, SentenceBreakRules) {
  // "TP. Bến Tre": no break after the abbreviation.
  const std::string tp = "tại TP. Bến Tre";
  EXPECT_TRUE(P().SuppressesSentenceBreak(tp, 0, tp.find("Bến")));
  // 002 heading "2. Nâng cao ý thức …": a list number keeps its line.
  const std::string list = "Mở đầu.\n2. Nâng cao ý thức";
  EXPECT_TRUE(P().SuppressesSentenceBreak(list, list.find("2."), list.find("Nâng")));
  // An ordinary full stop breaks.
  const std::string plain = "đạt 49 xã. Năm nay";
  EXPECT_FALSE(P().SuppressesSentenceBreak(plain, 0, plain.find("Năm")));
}

}  // namespace
}  // namespace solieu
