// Stage 3 (lib/segment.cc): sentences (ICU) and syllable tokens.
#include "segment.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "patterns.h"

namespace solieu {
namespace {

class Segment : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto patterns = Patterns::Compile();
    ASSERT_TRUE(patterns.ok()) << patterns.error().ToString();
    patterns_ = std::move(patterns).value().release();
  }
  static void TearDownTestSuite() {
    delete patterns_;
    patterns_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(patterns_, nullptr);
    auto segmenter = Segmenter::Create(*patterns_);
    ASSERT_TRUE(segmenter.ok()) << segmenter.error().ToString();
    segmenter_ = std::move(segmenter).value();
  }

  // The text of each sentence of `text`.
  std::vector<std::string> Sentences(std::string_view text) {
    std::vector<std::string> out;
    for (Span s : segmenter_->Sentences(text)) {
      EXPECT_LE(s.start, s.end);
      EXPECT_LE(s.end, text.size());
      out.emplace_back(text.substr(s.start, s.end - s.start));
    }
    return out;
  }

  // The text of each word token of `text`.
  std::vector<std::string> Words(std::string_view text) {
    std::vector<std::string> out;
    for (Span s : segmenter_->Words(text, {0, text.size()})) {
      out.emplace_back(text.substr(s.start, s.end - s.start));
    }
    return out;
  }

  static const Patterns* patterns_;
  std::unique_ptr<Segmenter> segmenter_;
};

const Patterns* Segment::patterns_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(Segment, SplitsAtFullStopBeforeCapital) {
  // 000: "... có xác định mục tiêu đến năm 2030. Đại hội cấp cơ sở tập trung thảo
  // luận phương châm chung cho cả tỉnh."
  const std::string text =
      "Văn kiện đại hội phải thể hiện tính liên thông trong nghị quyết, báo cáo chính trị có xác "
      "định mục tiêu đến năm 2030. Đại hội cấp cơ sở tập trung thảo luận phương châm chung cho cả "
      "tỉnh.";
  std::vector<Span> spans = segmenter_->Sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  const size_t second = text.find("Đại hội cấp cơ sở");
  EXPECT_EQ(spans[0], (Span{0, second - 1}));  // the space between is in neither
  EXPECT_EQ(spans[1], (Span{second, text.size()}));
}

TEST_F(Segment, SplitsSentencesOfAParagraph) {
  // 001: "Kim ngạch xuất khẩu năm 2023 ước đạt 1.530 triệu USD, tăng 3,99% so cùng
  // kỳ và đạt 90% nghị quyết; ... Hoạt động du lịch phục hồi tốt, ..."
  const std::string text =
      "Hoạt động xuất khẩu tiếp tục được duy trì, nhất là ở các thị trường xuất khẩu chính. Kim "
      "ngạch xuất khẩu năm 2023 ước đạt 1.530 triệu USD, tăng 3,99% so cùng kỳ và đạt 90% nghị "
      "quyết; các sản phẩm xuất khẩu chủ yếu tăng nhẹ so với cùng kỳ.  Hoạt động du lịch phục hồi "
      "tốt, công tác xúc tiến du lịch được đẩy mạnh thông qua các sự kiện tuyên truyền, quảng bá, "
      "kết nối du lịch.";
  EXPECT_EQ(Sentences(text),
            (Strings{"Hoạt động xuất khẩu tiếp tục được duy trì, nhất là ở các thị trường xuất "
                     "khẩu chính.",
                     "Kim ngạch xuất khẩu năm 2023 ước đạt 1.530 triệu USD, tăng 3,99% so cùng kỳ "
                     "và đạt 90% nghị quyết; các sản phẩm xuất khẩu chủ yếu tăng nhẹ so với cùng "
                     "kỳ.",
                     "Hoạt động du lịch phục hồi tốt, công tác xúc tiến du lịch được đẩy mạnh "
                     "thông qua các sự kiện tuyên truyền, quảng bá, kết nối du lịch."}));
}

TEST_F(Segment, NeverSplitsInsideNumbers) {
  // 001: "Tổng khách du lịch ước đạt 2.210.046 lượt người (khách quốc tế 397.962
  // lượt), tăng 71,9% so cùng kỳ, đạt 152,3% nghị quyết; doanh thu ước đạt
  // 2.763 tỷ đồng, tăng 77,34% so cùng kỳ, đạt 167,8% kế hoạch."
  const std::string text =
      "Tổng khách du lịch ước đạt 2.210.046 lượt người (khách quốc tế 397.962 lượt), tăng 71,9% so "
      "cùng kỳ, đạt 152,3% nghị quyết; doanh thu ước đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ, "
      "đạt 167,8% kế hoạch.";
  EXPECT_EQ(Sentences(text), (Strings{text}));
}

TEST_F(Segment, NeverSplitsThousandsOrDecimalsBeforeCapital) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu Nghị
  // quyết Tỉnh ủy năm 2024"
  const std::string text =
      "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu Nghị "
      "quyết Tỉnh ủy năm 2024.";
  EXPECT_EQ(Sentences(text), (Strings{text}));
}

TEST_F(Segment, DoesNotSplitAfterCityAbbreviation) {
  // 004: "Kết quả, có 335 huy chương vàng, 336 huy chương bạc, 453 huy chương đồng
  // được trao; đơn vị TP. Bến Tre đạt giải nhất toàn đoàn với 87 huy chương vàng"
  const std::string text =
      "Kết quả, có 335 huy chương vàng, 336 huy chương bạc, 453 huy chương đồng được trao; đơn vị "
      "TP. Bến Tre đạt giải nhất toàn đoàn với 87 huy chương vàng.";
  EXPECT_EQ(Sentences(text), (Strings{text}));
}

TEST_F(Segment, DoesNotSplitInCitationPageNumber) {
  // 002: "Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, H.2011, tr.279." (emphasis
  // already stripped), followed by the next reference line.
  const std::string text =
      "Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, H.2011, tr.279. Hồ Chí Minh: Toàn tập, Sđd, "
      "t.5, tr.135.";
  EXPECT_EQ(Sentences(text), (Strings{"Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, H.2011, "
                                      "tr.279.",
                                      "Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.135."}));
}

TEST_F(Segment, DoesNotSplitAfterPageAbbreviationWithSpace) {
  // 002: "tr.279" written with a space, as the catalogue's "tr. 279".
  const std::string text = "Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, H.2011, tr. 279.";
  EXPECT_EQ(Sentences(text), (Strings{text}));
}

TEST_F(Segment, DoesNotSplitInRoadName) {
  // 004: "Thực hiện thủ tục đầu tư các dự án: Tuyến đường bộ ven biển, cầu Đinh Khao
  // (thay thế phà Đinh Khao) trên tuyến QL.57. Khởi công các dự án: Bệnh viện đa
  // khoa tỉnh Bến Tre (ODA Hàn Quốc), cầu Ba Lai"
  const std::string text =
      "Thực hiện thủ tục đầu tư các dự án: Tuyến đường bộ ven biển, cầu Đinh Khao (thay thế phà "
      "Đinh Khao) trên tuyến QL.57. Khởi công các dự án: Bệnh viện đa khoa tỉnh Bến Tre (ODA Hàn "
      "Quốc), cầu Ba Lai.";
  EXPECT_EQ(Sentences(text),
            (Strings{"Thực hiện thủ tục đầu tư các dự án: Tuyến đường bộ ven biển, cầu Đinh Khao "
                     "(thay thế phà Đinh Khao) trên tuyến QL.57.",
                     "Khởi công các dự án: Bệnh viện đa khoa tỉnh Bến Tre (ODA Hàn Quốc), cầu Ba "
                     "Lai."}));
  // 004: "nâng cấp mở rộng QL.57 đoạn từ thị trấn Mỏ Cày đến Khâu Bằng"
  const std::string mid = "nâng cấp mở rộng QL.57 đoạn từ thị trấn Mỏ Cày đến Khâu Bằng";
  EXPECT_EQ(Sentences(mid), (Strings{mid}));
}

TEST_F(Segment, KeepsListNumberWithItsLine) {
  // 000: "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ
  // về việc tiếp tục đẩy mạnh phòng, chống dịch COVID-19"
  const std::string text =
      "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ về việc tiếp tục đẩy "
      "mạnh phòng, chống dịch COVID-19\n";
  std::vector<Span> spans = segmenter_->Sentences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{0, text.size() - 1}));
}

TEST_F(Segment, KeepsListNumberFollowedByTab) {
  // 004 line 458: "1.6.\tNâng cao chất lượng các kỳ họp Hội đồng nhân dân; tiếp tục tăng
  // cường giám sát việc giải quyết kiến nghị của cử tri"
  const std::string text =
      "1.6.\tNâng cao chất lượng các kỳ họp Hội đồng nhân dân; tiếp tục tăng cường giám sát việc "
      "giải quyết kiến nghị của cử tri";
  EXPECT_EQ(Sentences(text), (Strings{text}));
}

TEST_F(Segment, KeepsSingleLevelListNumbersWithTheirLines) {
  // 002: "2. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên khi sử dụng
  // Internet, mạng xã hội." and "I. MỘT SỐ NỘI DUNG CẦN THIẾT SINH HOẠT TẠI CHI BỘ"
  const std::string text =
      "I. MỘT SỐ NỘI DUNG CẦN THIẾT SINH HOẠT TẠI CHI BỘ\n2. Nâng cao ý thức trách nhiệm của cán "
      "bộ, đảng viên khi sử dụng Internet, mạng xã hội.\n";
  EXPECT_EQ(Sentences(text),
            (Strings{"I. MỘT SỐ NỘI DUNG CẦN THIẾT SINH HOẠT TẠI CHI BỘ",
                     "2. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên khi sử dụng Internet, "
                     "mạng xã hội."}));
}

TEST_F(Segment, KeepsLetterListNumberWithItsLine) {
  // 003 line 5: "a. Đại đoàn kết dân tộc phải dựa trên cơ sở giải quyết hài hòa quan hệ
  // lợi ích giữa các thành viên trong xã hội"
  const std::string text =
      "a. Đại đoàn kết dân tộc phải dựa trên cơ sở giải quyết hài hòa quan hệ lợi ích giữa các "
      "thành viên trong xã hội \n";
  std::vector<Span> spans = segmenter_->Sentences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{0, text.size() - 2}));  // trailing " \n" trimmed
}

TEST_F(Segment, SplitsListNumberInMidLine) {
  // Only a list number at the start of a line is kept. 000: "... thành công. Song
  // song với việc lãnh đạo công tác đại hội"
  const std::string text =
      "góp sức cùng cấp ủy cơ sở chuẩn bị tổ chức đại hội được thành công. Song song với việc lãnh "
      "đạo công tác đại hội.";
  EXPECT_EQ(Sentences(text),
            (Strings{"góp sức cùng cấp ủy cơ sở chuẩn bị tổ chức đại hội được thành công.",
                     "Song song với việc lãnh đạo công tác đại hội."}));
}

TEST_F(Segment, EndsSentenceAtEveryLineBreak) {
  // 000 lines 6 and 7: a heading without a full stop, then its paragraph.
  const std::string text =
      "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ\n\tỦy ban nhân dân "
      "(UBND) tỉnh ban hành công văn số 1160/UBND-KGVX ngày 12/3/2020";
  std::vector<Span> spans = segmenter_->Sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  const size_t line_break = text.find('\n');
  EXPECT_EQ(spans[0], (Span{0, line_break}));
  EXPECT_EQ(spans[1], (Span{line_break + 2, text.size()}));  // after "\n\t"
}

TEST_F(Segment, EndsSentenceAtLineBreakMidClause) {
  // 004 line 417: "Kiểm chế, kéo giảm tội phạm, tai/nạn xã hội" wrapped after the comma.
  const std::string text = "Kiểm chế, kéo giảm tội phạm,\ntai/nạn xã hội";
  EXPECT_EQ(Sentences(text), (Strings{"Kiểm chế, kéo giảm tội phạm,", "tai/nạn xã hội"}));
}

TEST_F(Segment, EndsSentenceAtLineBreakAfterAbbreviation) {
  // 004: "đơn vị TP. Bến Tre đạt giải nhất toàn đoàn" wrapped after "TP.": the
  // line break still wins over the abbreviation.
  const std::string text = "đơn vị TP.\nBến Tre đạt giải nhất toàn đoàn";
  EXPECT_EQ(Sentences(text), (Strings{"đơn vị TP.", "Bến Tre đạt giải nhất toàn đoàn"}));
}

TEST_F(Segment, SkipsBlankLines) {
  // 002: the head of the bulletin, normalised.
  const std::string text =
      "\n\nBAN TUYÊN GIÁO TỈNH ỦY BẾN TRE\n\n*\n\n  \nSố tháng 10/2023 - LHNB\n";
  std::vector<Span> spans = segmenter_->Sentences(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{2, text.find("\n\n*")}));
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "*");
  EXPECT_EQ(text.substr(spans[2].start, spans[2].size()), "Số tháng 10/2023 - LHNB");
}

TEST_F(Segment, GivesNoSentenceForEmptyOrBlankText) {
  EXPECT_TRUE(segmenter_->Sentences("").empty());
  EXPECT_TRUE(segmenter_->Sentences(" \n\t\n").empty());
}

TEST_F(Segment, GivesSyllableTokens) {
  // 001: "doanh thu ước đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ"
  EXPECT_EQ(Words("doanh thu ước đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ"),
            (Strings{"doanh", "thu", "ước", "đạt", "2.763", "tỷ", "đồng", "tăng", "77,34", "so",
                     "cùng", "kỳ"}));
}

TEST_F(Segment, GivesTokensWithinASpanAtTextOffsets) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu"
  const std::string text = "toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu";
  const size_t start = text.find("791");
  const size_t end = text.find(", đạt");
  std::vector<Span> words = segmenter_->Words(text, {start, end});
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0], (Span{start, start + 3}));  // "791"
  EXPECT_EQ(text.substr(words[1].start, words[1].size()), "1.200");
  EXPECT_EQ(words[1].start, start + 4);
  EXPECT_EQ(text.substr(words[2].start, words[2].size()), "đảng");
  EXPECT_EQ(words[3], (Span{end - std::string_view("viên").size(), end}));
}

TEST_F(Segment, ClonesAreIndependent) {
  // 000: "... có xác định mục tiêu đến năm 2030. Đại hội cấp cơ sở tập trung thảo
  // luận phương châm chung cho cả tỉnh."
  std::unique_ptr<Segmenter> clone = segmenter_->Clone();
  const std::string a =
      "Văn kiện đại hội phải thể hiện tính liên thông trong nghị quyết, báo cáo chính trị có xác "
      "định mục tiêu đến năm 2030. Đại hội cấp cơ sở tập trung thảo luận phương châm chung cho cả "
      "tỉnh.";
  const std::string b = "Đại hội cấp cơ sở tập trung thảo luận phương châm chung cho cả tỉnh.";
  std::vector<Span> from_clone = clone->Sentences(b);
  std::vector<Span> from_original = segmenter_->Sentences(a);
  EXPECT_EQ(from_original.size(), 2u);
  ASSERT_EQ(from_clone.size(), 1u);
  EXPECT_EQ(from_clone[0], (Span{0, b.size()}));
}

}  // namespace
}  // namespace solieu
