// Validate: every kind, every trap and every not-a-figure class of SCHEMA.md,
// on real bulletin sentences (tagged with their file; "SCHEMA.md" marks the
// contract's own examples, which come from other provinces' bulletins).
#include "validate.h"

#include <gtest/gtest.h>

#include "candidates.h"
#include "normalize.h"
#include "patterns.h"
#include "segment.h"

namespace solieu {
namespace {

struct Judged {
  std::string group;  // the candidate's text
  Verdict verdict;
};

class ValidateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    patterns_ = std::move(Patterns::Compile()).value().release();
  }
  static void TearDownTestSuite() { delete patterns_; }

  // Runs normalise -> sentences -> candidates -> Classify on one text, the way
  // the extractor does, and returns every candidate with its verdict.
  std::vector<Judged> Judge(const std::string& input, Strictness strictness = Strictness::kNormal) {
    NormalizedText norm = Normalize(input);
    auto seg = Segmenter::Create(*patterns_);
    std::vector<Judged> out;
    Validator validator(*patterns_, strictness);
    for (Span s : seg.value()->Sentences(norm.text)) {
      std::optional<Figure> previous;
      size_t covered = 0;
      for (const Candidate& c : FindCandidates(*patterns_, norm.text, s)) {
        if (c.group.start < covered) continue;
        size_t ls = norm.text.rfind('\n', c.group.start == 0 ? 0 : c.group.start - 1);
        ls = (ls == std::string::npos || c.group.start == 0) ? 0 : ls + 1;
        CandidateContext ctx{norm.text, s, std::max(ls, s.start),
                             norm.text.find('\t', ls) < norm.text.find('\n', ls),
                             previous ? &*previous : nullptr};
        Verdict v = validator.Classify(c, ctx);
        out.push_back({norm.text.substr(c.group.start, c.group.size()), v});
        if (v.figure) {
          previous = v.figure;
          covered = v.figure->span.end;
        }
      }
      texts_.push_back(norm.text);
    }
    last_text_ = norm.text;
    return out;
  }

  // The figure whose number group is `group`; fails the test if absent.
  Figure FigureOf(const std::vector<Judged>& judged, const std::string& group) {
    for (const Judged& j : judged)
      if (j.group == group && j.verdict.figure) return *j.verdict.figure;
    ADD_FAILURE() << "no figure for " << group;
    return {};
  }
  RejectReason ReasonOf(const std::vector<Judged>& judged, const std::string& group) {
    for (const Judged& j : judged)
      if (j.group == group) return j.verdict.figure ? RejectReason::kNone : j.verdict.reason;
    ADD_FAILURE() << "no candidate " << group;
    return RejectReason::kNone;
  }
  std::string SpanText(const Figure& f) { return last_text_.substr(f.span.start, f.span.size()); }

  static const Patterns* patterns_;
  std::vector<std::string> texts_;
  std::string last_text_;
};

const Patterns* ValidateTest::patterns_ = nullptr;

// --- The six kinds ---

TEST_F(ValidateTest, QuantityWithScaleWordAndCurrency) {
  // 003: "… thu ngân sách … là 3.610 tỷ đồng"
  auto j = Judge("Ước thực hiện thu ngân sách là 3.610 tỷ đồng.");
  Figure f = FigureOf(j, "3.610");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_DOUBLE_EQ(*f.value, 3610);
  EXPECT_EQ(*f.unit, "tỷ đồng");
  EXPECT_EQ(SpanText(f), "3.610 tỷ đồng");
}

TEST_F(ValidateTest, QuantityCountedNounAndComparator) {
  // 000: "dịch Covid-19 đã lan ra … hơn 124 quốc gia"
  auto j = Judge("dịch Covid-19 đã lan ra hơn 124 quốc gia và vùng lãnh thổ");
  Figure f = FigureOf(j, "124");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_EQ(f.comparator, Comparator::kGt);
  EXPECT_EQ(*f.unit, "quốc gia");
  EXPECT_EQ(SpanText(f), "hơn 124 quốc gia");
}

TEST_F(ValidateTest, ACountedNounIsNotCutInsideItsLastWord) {
  // 004: two syllables would cut "xác nhận", "khuyến khích", "ủy viên".
  auto j = Judge("Cấp 01 Giấy xác nhận cho tàu cá; đạt 10 giải khuyến khích; bầu bổ sung 23 cấp ủy viên.");
  EXPECT_EQ(FigureOf(j, "01").unit.value_or(""), "Giấy xác nhận");
  EXPECT_EQ(FigureOf(j, "10").unit.value_or(""), "giải khuyến khích");
  EXPECT_EQ(FigureOf(j, "23").unit.value_or(""), "cấp ủy viên");
  // 001, 003, 004: "gương điển hình", "nền kinh tế", "huy chương vàng" are one noun each.
  j = Judge("Toàn tỉnh có 7.026 gương điển hình; APEC có 21 nền kinh tế thành viên; TP. Bến Tre đạt 87 huy chương vàng.");
  EXPECT_EQ(FigureOf(j, "7.026").unit.value_or(""), "gương điển hình");
  EXPECT_EQ(FigureOf(j, "21").unit.value_or(""), "nền kinh tế");
  EXPECT_EQ(FigureOf(j, "87").unit.value_or(""), "huy chương vàng");
  j = Judge("Hội thao có khoảng 6.000 vận động viên tham gia; tỉnh có 3 vùng kinh tế - xã hội.");
  EXPECT_EQ(FigureOf(j, "6.000").unit.value_or(""), "vận động viên");
  EXPECT_EQ(FigureOf(j, "3").unit.value_or(""), "vùng kinh tế - xã hội");
  // 001: a pair written as one kind of unit, like "xã, phường".
  j = Judge("Có 9/9 huyện, thành phố đã bố trí bí thư cấp ủy không là người địa phương.");
  EXPECT_EQ(FigureOf(j, "9/9").unit.value_or(""), "huyện, thành phố");
}

TEST_F(ValidateTest, TwoCountedNounsAcrossASlashAreNotARate) {
  // 001: projects or works, not projects per "công"; 004: a daily capacity.
  auto j = Judge("Trong năm, có 55 dự án/công trình khởi công mới.");
  Figure f = FigureOf(j, "55");
  EXPECT_EQ(f.unit.value_or(""), "dự án/công trình");
  EXPECT_FALSE(f.per);
  EXPECT_EQ(SpanText(f), "55 dự án/công trình");
  j = Judge("Trạm xử lý nước thải 4.500 m³/ngày đêm đã phê duyệt hủy thầu lần 1.");
  EXPECT_EQ(FigureOf(j, "4.500").per.value_or(""), "ngày đêm");
  // 004 PHỤ LỤC 3: "đ/c" is how reports shorten "đồng chí", not a rate.
  j = Judge("HL cán bộ Khung B = 141 đồng chí (d516, 560 = 72 đ/c, d263 = 69 đ/c).");
  EXPECT_EQ(FigureOf(j, "72").unit.value_or(""), "đ/c");
  EXPECT_FALSE(FigureOf(j, "72").per.has_value());
}

TEST_F(ValidateTest, QuantityGluedMeasure) {
  // 003: "cát san lấp khối lượng 260,7m3 do ông …"
  auto j = Judge("bên trong khoan tàu có cát san lấp khối lượng 260,7m3 do ông Bùi Văn Cảnh làm chủ");
  Figure f = FigureOf(j, "260,7");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_DOUBLE_EQ(*f.value, 260.7);
  EXPECT_EQ(*f.unit, "m3");
  EXPECT_EQ(SpanText(f), "260,7m3");
  // 004: power is measured too, not counted ("12 GW vào Quy hoạch điện VIII").
  j = Judge("UBND tỉnh đề xuất 29 dự án điện gió với tổng công suất 12 GW vào Quy hoạch điện VIII.");
  f = FigureOf(j, "12");
  EXPECT_EQ(f.unit.value_or(""), "GW");
  EXPECT_FALSE(f.counted_noun);
}

TEST_F(ValidateTest, QuantityRangeWithScale) {
  // 000: "Một số nước khác dùng chính sách tài khóa … 3 - 5 tỷ USD"
  auto j = Judge("các gói kích thích kinh tế từ 3 - 5 tỷ USD");
  Figure f = FigureOf(j, "3 - 5");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_FALSE(f.value.has_value());
  ASSERT_TRUE(f.range.has_value());
  EXPECT_DOUBLE_EQ(f.range->lo, 3);
  EXPECT_DOUBLE_EQ(f.range->hi, 5);
  EXPECT_EQ(*f.unit, "tỷ USD");
}

TEST_F(ValidateTest, PercentAfterTyLe) {
  // 001: "tỷ lệ … đạt tỷ lệ 99%" is a rate of the whole
  auto j = Judge("cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt tỷ lệ 99%.");
  Figure f = FigureOf(j, "99");
  EXPECT_EQ(f.kind, Kind::kPercent);
  EXPECT_EQ(*f.unit, "%");
  EXPECT_EQ(SpanText(f), "99%");
}

TEST_F(ValidateTest, PercentShareWithBaseline) {
  // 001: "chiếm 46,90% so với tổng số chi bộ ấp, khu phố"
  auto j = Judge(
      "toàn tỉnh có 448 ấp, khu phố được công nhận chi bộ trong sạch, vững mạnh toàn diện, chiếm "
      "46,90% so với tổng số chi bộ ấp, khu phố.");
  Figure f = FigureOf(j, "46,90");
  EXPECT_EQ(f.kind, Kind::kPercent);
  EXPECT_EQ(*f.baseline, "tổng số chi bộ ấp, khu phố");  // SCHEMA.md's own example
  EXPECT_EQ(SpanText(f).rfind("chiếm", 0), 0u);
}

TEST_F(ValidateTest, RatioPartOfWhole) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰"
  auto j = Judge("Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92%");
  Figure f = FigureOf(j, "791/1.200");
  EXPECT_EQ(f.kind, Kind::kRatio);
  EXPECT_DOUBLE_EQ(*f.value, 791);
  EXPECT_DOUBLE_EQ(*f.denominator, 1200);
  EXPECT_EQ(*f.unit, "đảng viên");
}

TEST_F(ValidateTest, RatioWithRangeDenominator) {
  // 004: "lũy kế số lượng kết nạp … đến nay là 4.869/(4.500 - 5.000);"
  auto j = Judge("lũy kế số lượng kết nạp từ đầu nhiệm kỳ 2020-2025 đến nay là 4.869/(4.500 - 5.000); 138");
  Figure f = FigureOf(j, "4.869/(4.500 - 5.000)");
  EXPECT_EQ(f.kind, Kind::kRatio);
  EXPECT_DOUBLE_EQ(*f.value, 4869);
  ASSERT_TRUE(f.denominator_range.has_value());
  EXPECT_DOUBLE_EQ(f.denominator_range->lo, 4500);
  EXPECT_DOUBLE_EQ(f.denominator_range->hi, 5000);
}

TEST_F(ValidateTest, RatioOfPercentsIsNotAPercent) {
  // 000: "tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,39/7,3%"
  auto j = Judge("tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,39/7,3%, thu nhập bình quân");
  Figure f = FigureOf(j, "7,39/7,3");
  EXPECT_EQ(f.kind, Kind::kRatio);
  EXPECT_DOUBLE_EQ(*f.denominator, 7.3);
  EXPECT_EQ(*f.unit, "%");
}

TEST_F(ValidateTest, RatioWithNounBeforeSlash) {
  // 004: "tại 11 đơn vị/25 trường hợp"
  auto j = Judge("kiểm tra khi có dấu hiệu vi phạm tại 11 đơn vị/25 trường hợp.");
  Figure f = FigureOf(j, "11 đơn vị/25");
  EXPECT_EQ(f.kind, Kind::kRatio);
  EXPECT_DOUBLE_EQ(*f.denominator, 25);
  EXPECT_EQ(*f.unit, "đơn vị");
}

TEST_F(ValidateTest, ChangeWithBaseline) {
  // 000: "Tổng mức bán lẻ … ước tăng 11,39% so cùng kỳ."
  auto j = Judge("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tăng 11,39% so cùng kỳ.");
  Figure f = FigureOf(j, "11,39");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(f.direction, Direction::kIncrease);
  EXPECT_EQ(*f.baseline, "cùng kỳ");
  EXPECT_EQ(SpanText(f), "tăng 11,39% so cùng kỳ");
}

TEST_F(ValidateTest, ChangeLowerThanTargetKeepsHonInTheVerb) {
  // 002: "thấp hơn 4,85 điểm phần trăm so với Nghị quyết"
  auto j = Judge("Tỷ lệ này thấp hơn 4,85 điểm phần trăm so với Nghị quyết.");
  Figure f = FigureOf(j, "4,85");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(f.direction, Direction::kDecrease);
  EXPECT_EQ(f.comparator, Comparator::kNone);
  EXPECT_EQ(*f.unit, "điểm phần trăm");
  EXPECT_EQ(*f.baseline, "Nghị quyết");
  EXPECT_EQ(SpanText(f), "thấp hơn 4,85 điểm phần trăm so với Nghị quyết");
}

TEST_F(ValidateTest, HigherThanANamedLevelIsAChangeWithThatBaseline) {
  // SCHEMA.md convention 7: "cao hơn chỉ tiêu đề ra 9,05%"
  auto j = Judge("Tỷ lệ lao động qua đào tạo đạt 68%, cao hơn chỉ tiêu đề ra 9,05%.");
  Figure f = FigureOf(j, "9,05");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(f.direction, Direction::kIncrease);
  EXPECT_EQ(*f.baseline, "chỉ tiêu đề ra");
  EXPECT_EQ(SpanText(f), "cao hơn chỉ tiêu đề ra 9,05%");
}

TEST_F(ValidateTest, ExceedingATargetIsAChange) {
  // 001: "(vượt 4,34% chỉ tiêu, …)"
  auto j = Judge("làm rõ 539/598 vụ phạm pháp hình sự, đạt tỷ lệ 90,13% (vượt 4,34% chỉ tiêu, trong đó");
  Figure f = FigureOf(j, "4,34");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(f.direction, Direction::kIncrease);
  EXPECT_EQ(*f.baseline, "chỉ tiêu");
}

TEST_F(ValidateTest, TimesIsAChangeInLan) {
  // SCHEMA.md convention 7: "gấp 2,35 lần"
  auto j = Judge("Kim ngạch xuất khẩu gấp 2,35 lần cùng kỳ.");
  Figure f = FigureOf(j, "2,35");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(*f.unit, "lần");
}

TEST_F(ValidateTest, BracketedRestatementTakesTheVerbsDirection) {
  // SCHEMA.md convention 6: "giảm 86 vụ (7,42%)"
  auto j = Judge("Tai nạn giao thông giảm 86 vụ (7,42%) so với cùng kỳ.");
  Figure a = FigureOf(j, "86");
  Figure b = FigureOf(j, "7,42");
  EXPECT_EQ(a.kind, Kind::kChange);
  EXPECT_EQ(b.kind, Kind::kChange);
  EXPECT_EQ(b.direction, Direction::kDecrease);
  // 004 PHỤ LỤC 5: "=" restates it too, after the counted noun's words.
  j = Judge("So với cuối năm 2023, tăng 65 người nghiện = 7,51%, giảm 75 người sử dụng = 6,63%.");
  EXPECT_EQ(FigureOf(j, "7,51").kind, Kind::kChange);
  EXPECT_EQ(FigureOf(j, "7,51").direction, Direction::kIncrease);
  EXPECT_EQ(FigureOf(j, "6,63").direction, Direction::kDecrease);
}

TEST_F(ValidateTest, ARateGivingTheRatioBeforeItIsItsAchievement) {
  // 004: the words of the ratio may stand between.
  auto j = Judge("Đã tích hợp được 1.270/1.485 DVCTT lên Cổng Dịch vụ công quốc gia đạt 85%.");
  EXPECT_EQ(FigureOf(j, "85").kind, Kind::kAchievement);
  // A rate that is not the ratio's is its own.
  j = Judge("Đã tích hợp được 1.270/1.485 DVCTT lên Cổng Dịch vụ công quốc gia đạt 40%.");
  EXPECT_EQ(FigureOf(j, "40").kind, Kind::kPercent);
}

TEST_F(ValidateTest, TheVerbOfAListOfChangesRestatedAfterEqualsGovernsEachItem) {
  // 004 PHỤ LỤC 2: "08 người chết = 24,24%" goes on from "tăng 4 vụ = 10,81%";
  // the item with its own verb keeps it.
  auto j = Judge("Tai nạn giao thông xảy ra 41/37 vụ (so với cùng kỳ năm 2023, tăng 4 vụ = 10,81%, 08 người chết = "
                 "24,24%, giảm 03 người bị thương = 42,86%).");
  Figure died = FigureOf(j, "08");
  EXPECT_EQ(died.kind, Kind::kChange);
  EXPECT_EQ(died.direction, Direction::kIncrease);
  EXPECT_EQ(FigureOf(j, "24,24").kind, Kind::kChange);
  EXPECT_EQ(FigureOf(j, "24,24").direction, Direction::kIncrease);
  EXPECT_EQ(FigureOf(j, "03").direction, Direction::kDecrease);
}

TEST_F(ValidateTest, OneTargetAfterCoordinatedRatesServesEach) {
  // 002, 004: "… đạt 68,03% và … đạt 71,26% dự toán".
  auto j = Judge("Trong đó, chi thường xuyên đạt 68,03% và chi đầu tư phát triển đạt 71,26% dự toán.");
  Figure first = FigureOf(j, "68,03");
  EXPECT_EQ(first.kind, Kind::kAchievement);
  EXPECT_EQ(first.target.value_or(""), "dự toán");
  EXPECT_EQ(SpanText(first), "đạt 68,03%");
  // A comma between ends the coordination: each rate stands on its own.
  j = Judge("Tỷ lệ che phủ đạt 68,03%, năm sau đạt 71,26% dự toán.");
  EXPECT_EQ(FigureOf(j, "68,03").kind, Kind::kPercent);
}

TEST_F(ValidateTest, ARateClosingAVerbOfChangeAndItsObjectIsTheChange) {
  // 004 PHỤ LỤC 3: the span is the rate (SCHEMA.md convention 1).
  auto j = Judge("Kết nạp 100 đảng viên mới trở lên; kéo giảm tỷ lệ ĐV vi phạm bị xử lý kỷ luật 15%; xây dựng 10 "
                 "chi bộ.");
  Figure f = FigureOf(j, "15");
  EXPECT_EQ(f.kind, Kind::kChange);
  EXPECT_EQ(f.direction, Direction::kDecrease);
  EXPECT_EQ(SpanText(f), "15%");
  // An aside in brackets may follow (004 PHỤ LỤC 3, Giồng Trôm).
  j = Judge("- Phấn đấu kéo giảm tỷ lệ đảng viên vi phạm bị xử lý kỷ luật 10% (hiện tại đã xử lý kỷ luật 4 đảng "
            "viên).");
  EXPECT_EQ(FigureOf(j, "10").kind, Kind::kChange);
  EXPECT_EQ(FigureOf(j, "10").direction, Direction::kDecrease);
  // A measure of land is changed the same way (004 PHỤ LỤC 4).
  j = Judge("Điều chỉnh diện tích mở rộng cụm công nghiệp Phong Nẫm (giảm diện tích 1,34 ha), huyện Giồng Trôm.");
  EXPECT_EQ(FigureOf(j, "1,34").kind, Kind::kChange);
  EXPECT_EQ(FigureOf(j, "1,34").unit.value_or(""), "ha");
  // A noun is no verb and its object: "tăng trưởng", "giảm nghèo".
  j = Judge("Tốc độ tăng trưởng kinh tế 6,5%. Tỷ lệ giảm nghèo 1,2%.");
  EXPECT_EQ(FigureOf(j, "6,5").kind, Kind::kPercent);
  EXPECT_EQ(FigureOf(j, "1,2").kind, Kind::kPercent);
}

TEST_F(ValidateTest, AchievementWithTarget) {
  // 000: "Ước thu ngân sách … đạt 32,6% dự toán Trung ương giao và 31,5% dự toán địa phương phấn đấu."
  auto j = Judge(
      "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và "
      "31,5% dự toán địa phương phấn đấu.");
  Figure a = FigureOf(j, "32,6");
  EXPECT_EQ(a.kind, Kind::kAchievement);
  EXPECT_EQ(*a.target, "dự toán Trung ương giao");
  EXPECT_EQ(SpanText(a), "đạt 32,6% dự toán Trung ương giao");
  Figure b = FigureOf(j, "31,5");
  EXPECT_EQ(b.kind, Kind::kAchievement);
  EXPECT_EQ(*b.target, "dự toán địa phương phấn đấu");
}

TEST_F(ValidateTest, ARateJoinedToAnAchievementLeavesOutItsTargetsHeadWord) {
  // 002: "thu nội địa 4.013 tỷ đồng, đạt 76,32% dự toán Trung ương giao và
  // 73,93% địa phương phân đầu, tăng 1,74% so cùng kỳ" ("dự toán" left out).
  auto j = Judge(
      "Trong đó, thu nội địa 4.013 tỷ đồng, đạt 76,32% dự toán Trung ương giao và 73,93% địa phương phân đầu, tăng "
      "1,74% so cùng kỳ.");
  Figure f = FigureOf(j, "73,93");
  EXPECT_EQ(f.kind, Kind::kAchievement);
  EXPECT_EQ(f.target.value_or(""), "địa phương phân đầu");
  EXPECT_EQ(SpanText(f), "73,93% địa phương phân đầu");
  // The change after it keeps its own kind.
  EXPECT_EQ(FigureOf(j, "1,74").kind, Kind::kChange);
}

TEST_F(ValidateTest, BareDatAfterAnAmountIsAnAchievement) {
  // SCHEMA.md convention 5: "kết nạp 47 đảng viên mới, đạt 58,75%"
  auto j = Judge("Trong quý, kết nạp 47 đảng viên mới, đạt 58,75%.");
  Figure f = FigureOf(j, "58,75");
  EXPECT_EQ(f.kind, Kind::kAchievement);
  EXPECT_FALSE(f.target.has_value());
  // 001: with the places it counts listed in a bracket between.
  j = Judge("Năm 2023, có 09 đơn vị cấp xã tự cân đối chi thường xuyên (phường An Hội, Phường 7, phường Phú "
            "Khương, phường Phú Tân, xã Bình Phú, xã Phú Hưng, xã Sơn Đông thuộc thành phố Bến Tre; xã Mỹ Thạnh "
            "huyện Giồng Trôm và thị trấn Bình Đại), đạt 5,73% (NQ 20% số xã).");
  EXPECT_EQ(FigureOf(j, "5,73").kind, Kind::kAchievement);
}

TEST_F(ValidateTest, ARateRestatingARatioInABracketIsItsAchievement) {
  // 004 PHỤ LỤC 3: 226/488 is 46,3%, given in a bracket after the ratio's words.
  auto j = Judge("Có 226/488 CBCC cấp huyện, xã, thị trấn có tài khoản DVCTT và sử dụng DVCTT (đạt 46,3%).");
  Figure f = FigureOf(j, "46,3");
  EXPECT_EQ(f.kind, Kind::kAchievement);
  EXPECT_EQ(SpanText(f), "đạt 46,3%");
}

TEST_F(ValidateTest, ARateOfTheWholeNamedAfterItIsAPercentEvenAfterAnAmount) {
  // 004: the noun after "%" is the whole; convention 5 is for a bare "đạt X%".
  auto j = Judge("Đã bàn giao được 560/562 hộ với diện tích 262.172,2 m²/262.402 m², đạt 99,9% diện tích.");
  EXPECT_EQ(FigureOf(j, "99,9").kind, Kind::kPercent);
  j = Judge("Tổng số hồ sơ tiếp nhận trực tuyến là 46.950 hồ sơ, đạt 81% trên tổng số hồ sơ tiếp nhận và giải quyết "
            "trên môi trường điện tử.");
  EXPECT_EQ(FigureOf(j, "81").kind, Kind::kPercent);
}

TEST_F(ValidateTest, ADensityOverARoundNumberOfPeopleIsAQuantityWithItsRate) {
  // 004 PHỤ LỤC 2 (SCHEMA.md convention 10: the divisor goes in per).
  auto j = Judge("Tổng số thuê bao điện thoại cố định là 12.293 thuê bao, mật độ sử dụng 0,95 thuê bao/100 dân giảm "
                 "7.207 thuê bao so với cùng kỳ.");
  Figure f = FigureOf(j, "0,95");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_EQ(f.unit.value_or(""), "thuê bao");
  EXPECT_EQ(f.per.value_or(""), "100 dân");
  EXPECT_EQ(SpanText(f), "0,95 thuê bao/100 dân");
  EXPECT_EQ(FigureOf(j, "7.207").kind, Kind::kChange);
  // Part of a hundred people is a ratio: 004 PHỤ LỤC 3 "52/100 người lao động".
  j = Judge("Đưa 52/100 người lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng.");
  EXPECT_EQ(FigureOf(j, "52/100").kind, Kind::kRatio);
}

TEST_F(ValidateTest, SameTimeLastYearIsABaselineNotATarget) {
  // SCHEMA.md convention 3: "bằng 87,3% so với cùng kỳ năm 2022"
  auto j = Judge("Kim ngạch nhập khẩu bằng 87,3% so với cùng kỳ năm 2022.");
  Figure f = FigureOf(j, "87,3");
  EXPECT_EQ(f.kind, Kind::kPercent);
  EXPECT_EQ(*f.baseline, "cùng kỳ năm 2022");
  EXPECT_EQ(SpanText(f), "bằng 87,3% so với cùng kỳ năm 2022");
}

TEST_F(ValidateTest, RankWithDenominator) {
  // 001: "xếp vị trí thứ 16/63 tỉnh/thành cả nước (năm 2021 xếp thứ 60/63)"
  auto j = Judge("đạt 69,85/100 điểm, xếp vị trí thứ 16/63 tỉnh/thành cả nước (năm 2021 xếp thứ 60/63).");
  Figure f = FigureOf(j, "16/63");
  EXPECT_EQ(f.kind, Kind::kRank);
  EXPECT_DOUBLE_EQ(*f.value, 16);
  EXPECT_DOUBLE_EQ(*f.denominator, 63);
  EXPECT_FALSE(f.unit.has_value());
  Figure g = FigureOf(j, "60/63");
  EXPECT_EQ(g.kind, Kind::kRank);
  Figure score = FigureOf(j, "69,85/100");
  EXPECT_EQ(score.kind, Kind::kRatio);  // a score over its maximum
}

TEST_F(ValidateTest, AmongTheFirstNIsARankOfNOrBetter) {
  // 002 "vào top 20 cả nước", 004 "vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước".
  auto j = Judge("Phấn đấu đưa chỉ số cải cách hành chính vào top 20 cả nước.");
  Figure top = FigureOf(j, "20");
  EXPECT_EQ(top.kind, Kind::kRank);
  EXPECT_EQ(top.comparator, Comparator::kLe);
  j = Judge("Phấn đấu đưa chỉ số CCHC của tỉnh vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước.");
  Figure group = FigureOf(j, "20");
  EXPECT_EQ(group.kind, Kind::kRank);
  EXPECT_EQ(group.comparator, Comparator::kLe);
  EXPECT_EQ(SpanText(group), "vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước");
}

TEST_F(ValidateTest, FromOnePlaceToAnotherIsTwoRanks) {
  // SCHEMA.md convention 9: "từ vị trí thứ 9 lên thứ 4" is two ranks.
  auto j = Judge("Chỉ số PCI tăng từ vị trí thứ 9 lên thứ 4.");
  EXPECT_EQ(FigureOf(j, "9").kind, Kind::kRank);
  EXPECT_EQ(FigureOf(j, "4").kind, Kind::kRank);
  EXPECT_EQ(SpanText(FigureOf(j, "9")), "vị trí thứ 9");
}

TEST_F(ValidateTest, RankOutOfAWrittenTotal) {
  // 002: "đứng thứ 7 trong 10 quốc gia"
  auto j = Judge("Việt Nam đứng thứ 7 trong 10 quốc gia ASEAN.");
  Figure f = FigureOf(j, "7");
  EXPECT_EQ(f.kind, Kind::kRank);
  EXPECT_DOUBLE_EQ(*f.denominator, 10);
}

// --- The traps ---

TEST_F(ValidateTest, FallingToALevelIsAQuantity) {
  // 000: "thặng dư thương mại giảm xuống còn 0,62 tỷ USD trong tháng 01/2020"
  auto j = Judge("thặng dư thương mại giảm xuống còn 0,62 tỷ USD trong tháng 01/2020.");
  Figure f = FigureOf(j, "0,62");
  EXPECT_EQ(f.kind, Kind::kQuantity);
  EXPECT_EQ(SpanText(f), "xuống còn 0,62 tỷ USD");
}

TEST_F(ValidateTest, GrowthRateIsNotAChange) {
  // 002: "khả năng đạt mục tiêu tăng trưởng 9,3% vào cuối năm"
  auto j = Judge("cho thấy khả năng đạt mục tiêu tăng trưởng 9,3% vào cuối năm là một thách thức lớn.");
  Figure f = FigureOf(j, "9,3");
  EXPECT_EQ(f.kind, Kind::kPercent);
  EXPECT_EQ(SpanText(f), "9,3%");
}

TEST_F(ValidateTest, MoreIsAQuantity) {
  // 000: "tỉnh sẽ công nhận thêm 13 xã, nâng tổng số xã … lên 62 xã"
  auto j = Judge("phấn đấu đến cuối năm 2020, tỉnh sẽ công nhận thêm 13 xã, nâng tổng số xã đạt chuẩn lên 62 xã");
  EXPECT_EQ(FigureOf(j, "13").kind, Kind::kQuantity);
  Figure level = FigureOf(j, "62");
  EXPECT_EQ(level.kind, Kind::kQuantity);
  EXPECT_EQ(SpanText(level), "lên 62 xã");
}

TEST_F(ValidateTest, LevelAfterTuToIsARangeNotAComparator) {
  // 003: "đạt từ 50 - 90%"
  auto j = Judge("07/24 chỉ tiêu đạt từ 50 - 90%;");
  Figure f = FigureOf(j, "50 - 90");
  ASSERT_TRUE(f.range.has_value());
  EXPECT_EQ(f.comparator, Comparator::kNone);
}

// --- Not figures, each with its reason ---

TEST_F(ValidateTest, RejectsDate) {
  // 000: "công văn số 1160/UBND-KGVX ngày 12/3/2020"
  auto j = Judge("Ủy ban nhân dân tỉnh ban hành công văn số 1160/UBND-KGVX ngày 12/3/2020 về việc");
  EXPECT_EQ(ReasonOf(j, "12/3/2020"), RejectReason::kDate);
  EXPECT_EQ(ReasonOf(j, "1160"), RejectReason::kDocumentNumber);
}

TEST_F(ValidateTest, RejectsDayMonthWithoutYear) {
  // 000: "ngày 30/4/1975" and the bare "30/4"
  auto j = Judge("Chiến thắng 30/4 là bản anh hùng ca.");
  EXPECT_EQ(ReasonOf(j, "30/4"), RejectReason::kDate);
  // 004 PHỤ LỤC 3: a bracket that gives it as a rate, 100·16/12, makes it a ratio.
  j = Judge("Công nhận 16/12 (đạt 133,33% chỉ tiêu so với NQ).");
  Figure counted = FigureOf(j, "16/12");
  EXPECT_EQ(counted.kind, Kind::kRatio);
  EXPECT_EQ(counted.denominator.value_or(0), 12);
}

TEST_F(ValidateTest, RejectsMonthAndQuarter) {
  // 002: "Số tháng 10/2023 - LHNB"; 000: "trong quý I/2020"
  auto j = Judge("Số tháng 10/2023 - LHNB. Dự báo GDP trong quý I/2020 giảm.");
  EXPECT_EQ(ReasonOf(j, "10/2023"), RejectReason::kMonth);
  EXPECT_EQ(ReasonOf(j, "2020"), RejectReason::kQuarter);
}

TEST_F(ValidateTest, RejectsYearAndTerm) {
  // 000: "đại hội điểm đảng bộ cấp cơ sở nhiệm kỳ 2020-2025"; "mục tiêu đến năm 2030"
  auto j = Judge("đại hội điểm đảng bộ cấp cơ sở nhiệm kỳ 2020-2025 có xác định mục tiêu đến năm 2030.");
  EXPECT_EQ(ReasonOf(j, "2020-2025"), RejectReason::kTerm);
  EXPECT_EQ(ReasonOf(j, "2030"), RejectReason::kYear);
}

TEST_F(ValidateTest, RejectsPeriodsAndDurations) {
  // 004: "trong 6 tháng đầu năm 2024"; SCHEMA.md: "14 ngày qua"
  auto j = Judge("đạt được một số kết quả tích cực trong 6 tháng đầu năm 2024, trong 14 ngày qua");
  EXPECT_EQ(ReasonOf(j, "6"), RejectReason::kDuration);
  EXPECT_EQ(ReasonOf(j, "14"), RejectReason::kDuration);
}

TEST_F(ValidateTest, RejectsAnniversaryAndTime) {
  // 002: "Kỷ niệm 93 năm Ngày thành lập"; 000: "vào lúc 11 giờ 30 phút ngày 30/4/1975"
  auto j = Judge("Kỷ niệm 93 năm Ngày thành lập Hội. Vào lúc 11 giờ 30 phút ngày 30/4/1975 lá cờ");
  EXPECT_NE(ReasonOf(j, "93"), RejectReason::kNone);
  EXPECT_EQ(ReasonOf(j, "11"), RejectReason::kDuration);
  EXPECT_EQ(ReasonOf(j, "30"), RejectReason::kTime);
}

TEST_F(ValidateTest, RejectsDocumentReferences) {
  // 002: "Nghị quyết số 26/2021/NQ-HĐND ngày 08/12/2021"; 001: "Kết luận số 01-KL/TW"
  auto j = Judge("thực hiện Nghị quyết số 26/2021/NQ-HĐND ngày 08/12/2021 và Kết luận số 01-KL/TW của Bộ");
  EXPECT_EQ(ReasonOf(j, "26/2021"), RejectReason::kDocumentNumber);
  EXPECT_EQ(ReasonOf(j, "01"), RejectReason::kDocumentNumber);
}

TEST_F(ValidateTest, RejectsSectionNumbering) {
  // 000: "1.1 Một số nội dung chỉ đạo …"; 004: "2. Về thực hiện mục tiêu"
  auto j = Judge("1.1 Một số nội dung chỉ đạo của đồng chí Bí thư\n2. Về thực hiện mục tiêu\n");
  EXPECT_EQ(ReasonOf(j, "1.1"), RejectReason::kNumbering);
  EXPECT_EQ(ReasonOf(j, "2"), RejectReason::kNumbering);
}

TEST_F(ValidateTest, RejectsCitations) {
  // 003: "… hạnh phúc của Nhân dân” [9]."; 002: "Nxb Chính trị quốc gia, H.2011, tr.279."
  auto j = Judge("vì tương lai của dân tộc, hạnh phúc của Nhân dân\" [9]. Nxb Chính trị quốc gia, tr.279.");
  EXPECT_EQ(ReasonOf(j, "9"), RejectReason::kCitation);
  EXPECT_EQ(ReasonOf(j, "279"), RejectReason::kCitation);
}

TEST_F(ValidateTest, RejectsOrdinals) {
  // 004: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI"; SCHEMA.md: "lần thứ 26"
  auto j = Judge("Hội nghị lần thứ 26 của Ban Chấp hành; Thứ 5 tuần này");
  EXPECT_EQ(ReasonOf(j, "26"), RejectReason::kOrdinal);
  EXPECT_EQ(ReasonOf(j, "5"), RejectReason::kOrdinal);
}

TEST_F(ValidateTest, FootnoteMarkersNeverBecomeFigures) {
  // 004: "791/1.200 đảng viên²⁰": the marker is not a candidate at all.
  auto j = Judge("toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92%");
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0].group, "791/1.200");
  EXPECT_EQ(*FigureOf(j, "791/1.200").unit, "đảng viên");
  EXPECT_EQ(j[1].group, "65,92");
}

TEST_F(ValidateTest, RejectsIdentifiers) {
  // 000: "dịch Covid-19"; 004: "trên tuyến QL.57"; 003: "biển kiểm soát Btr-8330";
  // 001: "tại tổ 8, ấp 4, xã Nhơn Thạnh"; SCHEMA.md: "Ban chỉ đạo 35"
  auto j = Judge("dịch Covid-19 trên tuyến QL.57 và tàu Btr-8330 tại tổ 8, ấp 4, theo Ban chỉ đạo 35 tỉnh");
  EXPECT_EQ(ReasonOf(j, "19"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "57"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "8330"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "8"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "4"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "35"), RejectReason::kIdentifier);
}

TEST_F(ValidateTest, RejectsNamesAndCodes) {
  // 001: "tại nhà số 466Đ, ấp 4"; "cầu Rạch Miễu 2"; SCHEMA.md: "bão số 2", "xe 16 chỗ"
  auto j = Judge("tại nhà số 466Đ, xây dựng cầu Rạch Miễu 2, sau bão số 2 có xe 16 chỗ");
  EXPECT_NE(ReasonOf(j, "466"), RejectReason::kNone);
  EXPECT_EQ(ReasonOf(j, "2"), RejectReason::kIdentifier);
  EXPECT_EQ(ReasonOf(j, "16"), RejectReason::kIdentifier);
}

TEST_F(ValidateTest, ANamedPlaceOpeningAnItemIsANameADistrictInABreakdownIsNot) {
  // 004: "Cầu Rạch Miễu 2" opens an item: a name, as in lower case mid-sentence.
  auto j = Judge("Thực hiện các dự án giao thông quan trọng: Cầu Rạch Miễu 2; Đường gom đường vào cầu Rạch Miễu 2; "
                 "cầu Ba Lai 8 trên Tuyến đường bộ ven biển.");
  for (const Judged& x : j) EXPECT_FALSE(x.verdict.figure.has_value()) << x.group;
  // 004 note ²²: "Chợ Lách" and "Bến Tre" are districts, capitalised
  // mid-sentence as names are; their counts are items of the breakdown.
  j = Judge("Huyện Châu Thành 81, Mỏ Cày Nam 80, Giồng Trôm 76, Ba Tri 70, Thạnh Phú 66, Chợ Lách 64, Mỏ Cày Bắc 57, "
            "Thành phố Bến Tre 49, Bình Đại 43 chi bộ áp, khu phố.");
  EXPECT_EQ(FigureOf(j, "64").kind, Kind::kQuantity);
  EXPECT_EQ(FigureOf(j, "49").kind, Kind::kQuantity);
}

TEST_F(ValidateTest, TheLastItemOfAListOfCountsIsOneToo) {
  // 004: two items before it, and a bracket closing right after it, which a
  // list marker "3)" would have.
  auto j = Judge("Cấp ủy các cấp và chi bộ thi hành kỷ luật 28 đảng viên (khiển trách 17, cảnh cáo 08 và khai trừ "
                 "03); Ủy ban kiểm tra các cấp thi hành kỷ luật 35 đảng viên (khiển trách 15, cảnh cáo 05, khai trừ "
                 "15).");
  EXPECT_EQ(FigureOf(j, "03").kind, Kind::kQuantity);
  int fifteens = 0;
  for (const Judged& x : j) fifteens += x.group == "15" && x.verdict.figure;
  EXPECT_EQ(fifteens, 2);
  // A marker opening an item stays one: 004 "Bộ Công Thương: 1) Kiến nghị …".
  j = Judge("Điện gió: Tỉnh đã kiến nghị Bộ Công Thương: 1) Kiến nghị điều chỉnh, bổ sung danh mục dự án Nhà máy "
            "điện gió Hải Phong (200MW).");
  EXPECT_EQ(ReasonOf(j, "1"), RejectReason::kNumbering);
}

TEST_F(ValidateTest, AListLabelledBeforeColonsGivesEachItemsNumber) {
  // 003: each item names its own; none borrows "mẹ" of another.
  auto j = Judge(
      "Trong đó người hoạt động cách mạng trước ngày 1/1/1945: 668 người; Người hoạt động cách mạng từ ngày 1/1/1945 "
      "đến ngày khởi nghĩa 8/1945: 454; Liệt sĩ: 35.600; Bà mẹ Việt Nam anh hùng: 6.937 mẹ (hiện còn sống 129 mẹ); "
      "Anh hùng lực lượng vũ trang nhân dân: 95 người; Thương binh, người hưởng chính sách như thương binh: 18.700; "
      "Bệnh binh: 1.606.");
  for (const std::string group : {"454", "35.600", "18.700", "1.606"}) {
    Figure f = FigureOf(j, group);
    EXPECT_EQ(f.kind, Kind::kQuantity) << group;
    EXPECT_FALSE(f.unit.has_value()) << group;
  }
  // The item with its noun keeps it.
  EXPECT_EQ(FigureOf(j, "6.937").unit.value_or(""), "mẹ");
}

TEST_F(ValidateTest, RejectsMapScaleAndClassLabel) {
  // 004: "đồ án quy hoạch chi tiết 1/500"; SCHEMA.md: "nhóm 4"
  auto j = Judge("có ý kiến đối với đồ án quy hoạch chi tiết 1/500 Dự án, xếp nhóm 4 cả nước");
  EXPECT_EQ(ReasonOf(j, "1/500"), RejectReason::kMapScale);
  EXPECT_EQ(ReasonOf(j, "4"), RejectReason::kClassLabel);
}

TEST_F(ValidateTest, StrictnessDecidesBareNumbers) {
  // SCHEMA.md: a bare number with nothing that makes it a figure.
  const std::string s = "Tổng số thu hút 791.";
  EXPECT_EQ(ReasonOf(Judge(s, Strictness::kNormal), "791"), RejectReason::kNoEvidence);
  EXPECT_EQ(ReasonOf(Judge(s, Strictness::kLenient), "791"), RejectReason::kNone);
  // Strict wants a unit or a % of its own (solieu.h's example).
  const std::string change = "Số vụ tai nạn tăng 31 so với cùng kỳ.";
  EXPECT_EQ(ReasonOf(Judge(change, Strictness::kNormal), "31"), RejectReason::kNone);
  EXPECT_EQ(ReasonOf(Judge(change, Strictness::kStrict), "31"), RejectReason::kNoEvidence);
  EXPECT_EQ(ReasonOf(Judge("Kết nạp 49 xã.", Strictness::kStrict), "49"), RejectReason::kNone);
}

}  // namespace
}  // namespace solieu
