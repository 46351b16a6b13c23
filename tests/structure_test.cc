#include "structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize.h"

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
}

TEST(HeadingStyleOf, ProseListsAndTablesAreNotHeadings) {
  // A numbered paragraph closes with a full stop; a list item opens with '-'.
  EXPECT_FALSE(HeadingStyleOf("1. Tổng thu ngân sách đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ.", false));
  EXPECT_FALSE(HeadingStyleOf("- Kết nạp đảng viên: 791/1.200 đảng viên", false));
  EXPECT_FALSE(HeadingStyleOf("1\tTăng trưởng kinh tế\t%\t7,5", false));
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

}  // namespace
}  // namespace solieu
