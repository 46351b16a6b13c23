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

// The unions of the filters (one call for the numbers no filter takes) say
// yes exactly where one of their filters does.
TEST(Patterns, FilterUnionsAgreeWithTheirFilters) {
  auto any = [](const std::vector<Patterns::Filter>& filters, const std::string& s, RE2::Anchor a) {
    for (const auto& f : filters)
      if (f.re->Match(s, 0, s.size(), a, nullptr, 0)) return true;
    return false;
  };
  for (std::string before : {"Đến ngày 27/6", "Số tháng 10/2023", "Covid-19", "quý I/2020",
                             "Đại hội lần thứ 26", "kết nạp 791", "đạt 65,92", "tr.279", "ấp 4", ""}) {
    EXPECT_EQ(P().any_left_filter().Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0),
              any(P().left_filters(), before, RE2::UNANCHORED))
        << before;
  }
  for (std::string after : {"1160/UBND-KGVX", "12/3/2020 tại", "6 tháng đầu năm", "11h30",
                            "9] cho thấy", "3 sao", "791/1.200 đảng viên", "65,92%", ""}) {
    EXPECT_EQ(P().any_right_filter().Match(after, 0, after.size(), RE2::ANCHOR_START, nullptr, 0),
              any(P().right_filters(), after, RE2::ANCHOR_START))
        << after;
  }
}

// any_trigger says yes where one of the trigger verbs does: 000 "tăng
// 11,39%", 002 "xếp thứ 51/63", 004 "lên 18.406 đảng viên", 001 "chiếm 46,90%".
TEST(Patterns, TriggerUnionAgreesWithTheTriggers) {
  const RE2* triggers[] = {&P().left_rank(), &P().left_level(), &P().left_change(),
                           &P().left_achievement(), &P().left_share()};
  for (std::string before : {"Tổng chi tăng ", "xếp thứ ", "kết nạp được lên ", "chiếm tỷ lệ ",
                             "đạt ", "thu hút ", "Khiển trách ", "xuống còn ", ""}) {
    bool any = false;
    for (const RE2* t : triggers) any = any || t->Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0);
    EXPECT_EQ(P().any_trigger().Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0), any)
        << before;
  }
}

// 002: "thấp hơn 4,85 điểm phần trăm so với Nghị quyết"; the byte scan lets
// left_change_versus through wherever it could match.
TEST(Patterns, ChangeVersusNeedsHon) {
  for (std::string before : {"cao hơn chỉ tiêu đề ra ", "CAO HƠN cùng kỳ ", "Thấp Hơn kế hoạch ",
                              "tăng ", "hon ", "đạt ", ""}) {
    bool match = RE2::PartialMatch(before, P().left_change_versus());
    if (match) EXPECT_TRUE(Patterns::MayBeChangeVersus(before)) << before;
  }
  EXPECT_TRUE(Patterns::MayBeChangeVersus("cao hơn chỉ tiêu đề ra "));
  EXPECT_TRUE(Patterns::MayBeChangeVersus("CAO HƠN cùng kỳ "));
  EXPECT_FALSE(Patterns::MayBeChangeVersus("tăng 11,39% so cùng kỳ, đạt "));
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
