#include "structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize.h"
#include "patterns.h"
#include "segment.h"
#include "solieu/solieu.h"
#include "test_util.h"

namespace solieu {
namespace {

using Path = std::vector<std::string>;

TEST(HeadingStyleOf, NumberedCapitalsAndMarked) {
  EXPECT_EQ(HeadingStyleOf("I. NỘI DUNG ĐỊNH HƯỚNG SINH HOẠT CHI BỘ", false), HeadingStyle::kRoman);  // 000
  EXPECT_EQ(HeadingStyleOf("1. Một số thông tin định hướng", false), HeadingStyle::kArabic);        // 000
  EXPECT_EQ(HeadingStyleOf("1.1 Một số nội dung chỉ đạo của đồng chí Bí thư Tỉnh ủy", false),
            HeadingStyle::kArabic2);                                                               // 000
  EXPECT_EQ(HeadingStyleOf("1.1.2. Về kinh tế", false), HeadingStyle::kArabic3);
  EXPECT_EQ(HeadingStyleOf("a) Về kinh tế", false), HeadingStyle::kLetter);
  EXPECT_EQ(HeadingStyleOf("PHỤ LỤC 1", false), HeadingStyle::kAppendix);                          // 004
  EXPECT_EQ(HeadingStyleOf("BÁO CÁO", false), HeadingStyle::kCapitals);                            // 004
  EXPECT_EQ(HeadingStyleOf("Ban Biên tập", true), HeadingStyle::kMarked);                          // 002
  // 000: indented with a tab.
  EXPECT_EQ(HeadingStyleOf("\t1. Về công tác xây dựng Đảng, xây dựng hệ thống chính trị:", false),
            HeadingStyle::kArabic);
}

TEST(HeadingStyleOf, ProseListsAndTablesAreNotHeadings) {
  // A numbered paragraph closes with a full stop; a list item opens with '-'.
  EXPECT_FALSE(HeadingStyleOf("1. Tổng thu ngân sách đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ.", false));
  EXPECT_FALSE(HeadingStyleOf("- Kết nạp đảng viên: 791/1.200 đảng viên", false));
  EXPECT_FALSE(HeadingStyleOf("1\tTăng trưởng kinh tế\t%\t7,5", false));
  EXPECT_FALSE(HeadingStyleOf("\t1\tTăng trưởng kinh tế", false));
  EXPECT_FALSE(HeadingStyleOf("1 tỷ 375 triệu USD vốn đăng ký", false));
  EXPECT_FALSE(HeadingStyleOf("2024 là năm tăng tốc", false));
  EXPECT_FALSE(HeadingStyleOf("Ban Biên tập", false));
}

TEST(Outline, FirstStyleMetIsOutermost) {
  Outline o;
  o.Enter(HeadingStyle::kCapitals, "BÁO CÁO");
  o.Enter(HeadingStyle::kRoman, "I. KẾT QUẢ");
  o.Enter(HeadingStyle::kArabic, "1. Về chủ đề năm 2024");
  o.Enter(HeadingStyle::kLetter, "a) Kinh tế");
  EXPECT_EQ(o.Path(), (Path{"I. KẾT QUẢ", "1. Về chủ đề năm 2024", "a) Kinh tế"}));
  o.Enter(HeadingStyle::kArabic, "2. Quốc phòng");
  EXPECT_EQ(o.Path(), (Path{"I. KẾT QUẢ", "2. Quốc phòng"}));
  o.Enter(HeadingStyle::kMarked, "Ban Biên tập");
  o.Enter(HeadingStyle::kArabic, "3. Xây dựng Đảng");
  EXPECT_EQ(o.Path(), (Path{"I. KẾT QUẢ", "3. Xây dựng Đảng"}));
  o.Enter(HeadingStyle::kAppendix, "PHỤ LỤC 1");
  EXPECT_EQ(o.Path(), (Path{"PHỤ LỤC 1"}));
}

TEST(Outline, NumberingThatStartsOverNestsUnderTheHeadingAbove) {
  // 000: a list "1. …", "2. …" under "6. Tình hình, kết quả thực hiện Nghị
  // quyết quí I năm 2020", closed by the next section "7.".
  Outline o;
  o.Enter(HeadingStyle::kRoman, "I. NỘI DUNG ĐỊNH HƯỚNG SINH HOẠT CHI BỘ");
  o.Enter(HeadingStyle::kArabic, "5. Chủ động phòng, chống dịch Covid - 19");
  o.Enter(HeadingStyle::kArabic, "6. Tình hình, kết quả thực hiện Nghị quyết quí I năm 2020", "quí I năm 2020");
  o.Enter(HeadingStyle::kArabic, "1. Về xây dựng Đảng");
  o.Enter(HeadingStyle::kArabic, "2. Về kinh tế - xã hội, quốc phòng, an ninh:");
  EXPECT_EQ(o.Path(), (Path{"I. NỘI DUNG ĐỊNH HƯỚNG SINH HOẠT CHI BỘ",
                            "6. Tình hình, kết quả thực hiện Nghị quyết quí I năm 2020",
                            "2. Về kinh tế - xã hội, quốc phòng, an ninh:"}));
  EXPECT_EQ(o.Period(), "quí I năm 2020");
  o.Enter(HeadingStyle::kArabic, "7. Một số nhiệm vụ trọng tâm");
  EXPECT_EQ(o.Path(), (Path{"I. NỘI DUNG ĐỊNH HƯỚNG SINH HOẠT CHI BỘ", "7. Một số nhiệm vụ trọng tâm"}));
  EXPECT_EQ(o.Period(), std::nullopt);
  o.Enter(HeadingStyle::kRoman, "II. THÔNG TIN THAM KHẢO");
  o.Enter(HeadingStyle::kArabic, "1. Kết quả hội nghị");
  EXPECT_EQ(o.Path(), (Path{"II. THÔNG TIN THAM KHẢO", "1. Kết quả hội nghị"}));
}

TEST(Outline, DocumentThatStartsAtTheSecondLevel) {
  Outline o;
  o.Enter(HeadingStyle::kArabic2, "1.1 Một số nội dung");
  o.Enter(HeadingStyle::kArabic, "2. Tình hình kinh tế");
  EXPECT_EQ(o.Path(), (Path{"1.1 Một số nội dung", "2. Tình hình kinh tế"}));
}

TEST(NormalizeMarksHeadings, MarkdownAndBoldLines) {
  // 002: "## **1. Một số chủ trương…**" and a bold signature line.
  NormalizedText n = Normalize("Mở đầu\n## **1. Một số chủ trương**\nVăn bản.\n**Ban Biên tập**\nCuối *nhấn* câu.\n");
  ASSERT_EQ(n.marked_heading_lines.size(), 2u);
  auto line_at = [&](size_t start) { return n.text.substr(start, n.text.find('\n', start) - start); };
  EXPECT_EQ(line_at(n.marked_heading_lines[0]), "1. Một số chủ trương");
  EXPECT_EQ(line_at(n.marked_heading_lines[1]), "Ban Biên tập");
}

// The records of a corpus bulletin whose text is `text`.
std::vector<Record> RecordsOf(const std::string& file) {
  auto doc = testing::TheExtractor().Extract(testing::ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/" + file), file);
  return doc.ok() ? doc.value().records : std::vector<Record>{};
}

const Record* Find(const std::vector<Record>& records, std::string_view text) {
  for (const Record& r : records)
    if (r.text == text) return &r;
  return nullptr;
}

struct Repair {
  NormalizedText norm;
  std::vector<Span> sentences;
  std::vector<RepairedSentence> repaired;
};

Repair RepairOf(std::string_view text) {
  static const std::unique_ptr<const Patterns> patterns = std::move(Patterns::Compile().value());
  Repair r{Normalize(text), {}, {}};
  r.sentences = Segmenter::Create(*patterns).value()->Sentences(r.norm.text);
  LineIndex lines(r.norm.text);
  r.repaired = RepairPageBreaks(r.norm.text, lines, r.sentences, FootnoteBodyLines(r.norm, lines));
  return r;
}

TEST(RepairPageBreaks, SentenceCutByAPageBreak) {
  // 002: the export cut "lâu dài" at the end of a page.
  Repair r = RepairOf(
      "Ban Thường vụ Tỉnh ủy về các giải pháp trước mắt và lâu\n\n"
      "dài trong quản lý, xử lý rác thải trên địa bàn tỉnh. Câu khác.\n");
  ASSERT_EQ(r.sentences.size(), 3u);
  Span whole = r.repaired[0].whole;
  EXPECT_EQ(r.repaired[1].whole, whole);
  EXPECT_EQ(r.norm.text.substr(whole.start, whole.size()),
            "Ban Thường vụ Tỉnh ủy về các giải pháp trước mắt và lâu\n\n"
            "dài trong quản lý, xử lý rác thải trên địa bàn tỉnh.");
  ASSERT_TRUE(r.repaired[1].before_break);
  EXPECT_EQ(*r.repaired[1].before_break, r.sentences[0]);
  EXPECT_EQ(r.repaired[2].whole, r.sentences[2]);  // the next sentence is left alone
}

TEST(RepairPageBreaks, FootnoteBodiesBetweenTheHalves) {
  // 004: the page's footnotes sit between "Tỷ" and "lệ lao động …".
  Repair r = RepairOf(
      "Giải quyết việc làm cho 9.856 lao động⁵². Tỷ\n\n"
      "⁵¹ Trong 6 tháng đầu năm, ghi nhận 72 ca sốt xuất huyết.\n\n"
      "⁵² Tổng kinh phí chi trả là 49,7 tỷ đồng.\n\n"
      "lệ lao động qua đào tạo đạt 66,95% (nghị quyết 68%).\n");
  ASSERT_EQ(r.sentences.size(), 5u);
  EXPECT_EQ(r.repaired[1].whole.start, r.sentences[1].start);
  EXPECT_EQ(r.repaired[1].whole.end, r.sentences[4].end);
  EXPECT_EQ(r.repaired[4].whole, r.repaired[1].whole);
  EXPECT_EQ(r.repaired[2].whole, r.sentences[2]);  // the footnotes stay sentences of their own
  EXPECT_EQ(r.repaired[3].whole, r.sentences[3]);
}

TEST(RepairPageBreaks, ANoteRunningOnFromTheLastPageIsAFootnoteToo) {
  // 004: note 32 did not fit its page; its rest opens the next page's notes,
  // unmarked, between "Các" and "khu/cụm công nghiệp …".
  const std::string doc =
      "Đến nay, toàn tỉnh có 67 tổ hợp tác (THT), 78 hợp tác xã (HTX) tham gia chuỗi giá trị³².\n\n"
      "³² *Chuỗi dừa:* Có 32 THT, 34 HTX tham gia vùng sản xuất;\n\n"
      "Hoạt động sản xuất trong các khu/cụm công nghiệp được duy trì. Các\n\n"
      "Sầu riêng: Xây dựng vùng sản xuất với tổng diện tích liên kết là 208,09 ha.\n\n"
      "³³ Đến nay, toàn tỉnh có 24.694 ha sản xuất theo tiêu chuẩn hữu cơ.\n\n"
      "khu/cụm công nghiệp thu hút 120 dự án.\n";
  Repair r = RepairOf(doc);
  LineIndex lines(r.norm.text);
  std::vector<size_t> notes = FootnoteBodyLines(r.norm, lines);
  size_t rest = r.norm.text.find("Sầu riêng");
  EXPECT_TRUE(std::binary_search(notes.begin(), notes.end(), rest));
  EXPECT_FALSE(std::binary_search(notes.begin(), notes.end(), r.norm.text.find("Hoạt động")));
  // "Các" goes on at "khu/cụm", past the notes.
  const Record* after = nullptr;
  auto result = testing::TheExtractor().Extract(doc, "t");
  ASSERT_TRUE(result.ok());
  for (const Record& x : result.value().records) {
    if (x.text == "208,09 ha") {
      EXPECT_EQ(x.source, Source::kFootnote);
      EXPECT_EQ(x.period.value_or(""), "Đến nay");  // from the sentence that cites note 32
    }
    if (x.text == "120 dự án") after = &x;
  }
  ASSERT_NE(after, nullptr);
  ASSERT_TRUE(after->sentence.has_value());
  EXPECT_EQ(doc.substr(after->sentence->start, std::string("Các").size()), "Các");
}

TEST(RepairPageBreaks, WhatIsNotABrokenSentence) {
  // A heading, a sentence closed by its full stop, a next line in capitals.
  Repair r = RepairOf(
      "2. Kinh tế - xã hội\n\nthu ngân sách đạt 2.763 tỷ đồng.\n\n"
      "Tổng thu ngân sách đạt 2.763 tỷ đồng.\n\ntăng 77,34% so cùng kỳ.\n\n"
      "Hoạt động thanh tra được tập trung thực hiện với\n\nBan Chỉ đạo tỉnh.\n");
  for (size_t i = 0; i < r.sentences.size(); ++i) EXPECT_EQ(r.repaired[i].whole, r.sentences[i]) << i;
}

TEST(RepairPageBreaks, RecordsOfTheBulletinsSpanTheWholeSentence) {
  // 002 "Thu ngân" / (page break) / "sách nhà nước trên địa bàn 9 tháng đầu năm ước 4.123,7 tỷ đồng".
  std::vector<Record> records = RecordsOf("002_eb57067bc9b22e32.txt");
  const Record* r = Find(records, "4.123,7 tỷ đồng");
  ASSERT_NE(r, nullptr);
  std::string text = testing::ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/002_eb57067bc9b22e32.txt");
  std::string_view sentence(text.data() + r->sentence->start, r->sentence->size());
  EXPECT_TRUE(sentence.starts_with("Thu ngân\n")) << sentence;
  EXPECT_EQ(r->subject, "Thu ngân sách nhà nước trên địa bàn");
  EXPECT_EQ(r->period, "9 tháng đầu năm");
  EXPECT_EQ(r->period_start, "2023-01-01");
  EXPECT_EQ(r->period_end, "2023-09-30");

  // 004: "6 tháng đầu năm đã" / footnote ⁴⁵ / "xây dựng mới, cải tạo, nâng cấp 61,79 km".
  records = RecordsOf("004_195a311180f3ecea.txt");
  r = Find(records, "61,79 km");
  ASSERT_NE(r, nullptr);
  text = testing::ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/004_195a311180f3ecea.txt");
  sentence = std::string_view(text.data() + r->sentence->start, r->sentence->size());
  EXPECT_TRUE(sentence.starts_with("Các công trình giao thông quan trọng")) << sentence;
  EXPECT_EQ(r->period, "6 tháng đầu năm");
}

TEST(Context, SectionIsTheHeadingPathAndFootnotesLinkToTheirCitation) {
  std::vector<Record> records = RecordsOf("004_195a311180f3ecea.txt");
  for (const Record& r : records) {
    EXPECT_FALSE(r.section.empty()) << r.text;
    ASSERT_TRUE(r.sentence) << r.text;
    EXPECT_LE(r.sentence->start, r.span.start) << r.text;
    EXPECT_GE(r.sentence->end, r.span.end) << r.text;
  }
  // 004: "… 222 cán bộ … được nhận xét, đánh giá¹⁹." in a paragraph on "năm
  // 2023"; note 19 gives "29/79 tập thể" — its period is the citing sentence's.
  const Record* r = Find(records, "29/79 tập thể");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->source, Source::kFootnote);
  EXPECT_EQ(r->period, "năm 2023");
  EXPECT_EQ(r->section, (std::vector<std::string>{"II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
                                                  "1. Công tác xây dựng Đảng, xây dựng hệ thống chính trị"}));
  // A marker glued to a figure: "… lên 18.406 đảng viên²⁰"-style links.
  size_t linked = 0;
  for (const Record& x : records) linked += x.footnote.has_value();
  EXPECT_GT(linked, 0u);
}

}  // namespace
}  // namespace solieu
