// Stage 2 (lib/normalize.cc): NFC, markup stripping and the OffsetMap.
//
// Every test asserts the normalised text and that the map sends spans of it
// back to exactly the original bytes they came from.
#include "normalize.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace solieu {
namespace {

// The original text behind norm.text[start, end).
std::string Back(std::string_view original, const NormalizedText& norm, size_t start,
                 size_t end) {
  Span s = norm.map.ToOriginal({start, end});
  EXPECT_LE(s.start, s.end);
  EXPECT_LE(s.end, original.size());
  if (s.start > s.end || s.end > original.size()) return "<out of bounds>";
  return std::string(original.substr(s.start, s.end - s.start));
}

// The original text behind the first `needle` in the normalised text.
std::string BackOf(std::string_view original, const NormalizedText& norm,
                   std::string_view needle) {
  size_t pos = norm.text.find(needle);
  EXPECT_NE(pos, std::string::npos) << "'" << needle << "' not in '" << norm.text << "'";
  if (pos == std::string::npos) return "<not found>";
  return Back(original, norm, pos, pos + needle.size());
}

using testing::ReadFile;

// Line `number` (1-based) of a corpus file, without its '\n'.
std::string CorpusLine(std::string_view file, int number) {
  std::istringstream in(ReadFile(std::filesystem::path(SOLIEU_CORPUS_DIR) / file));
  std::string line;
  for (int i = 0; i < number && std::getline(in, line); ++i) {
  }
  return line;
}

TEST(Normalize, LeavesPlainTextAndMapsItByteForByte) {
  // 001: "Kim ngạch xuất khẩu năm 2023 ước đạt 1.530 triệu USD, tăng 3,99% so cùng kỳ"
  const std::string in =
      "Kim ngạch xuất khẩu năm 2023 ước đạt 1.530 triệu USD, tăng 3,99% so cùng kỳ";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, in);
  EXPECT_TRUE(norm.markers.empty());
  for (size_t i = 0; i <= in.size(); ++i) {
    EXPECT_EQ(norm.map.StartToOriginal(i), i);
    EXPECT_EQ(norm.map.EndToOriginal(i), i);
  }
}

TEST(Normalize, DropsWordBookmarksAndKeepsOtherBrackets) {
  // 000 line 61: a DOCX export left a bookmark before the heading.
  const std::string in = "[bookmark: _GoBack]6. Tình hình, kết quả thực hiện Nghị quyết quí I năm 2020\n"
                         "Phạm pháp hình sự [1] tăng [bookmark: unclosed";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "6. Tình hình, kết quả thực hiện Nghị quyết quí I năm 2020\n"
                       "Phạm pháp hình sự [1] tăng [bookmark: unclosed");
  EXPECT_EQ(norm.map.StartToOriginal(0), std::string("[bookmark: _GoBack]").size());
}

TEST(Normalize, ComposesDecomposedVietnameseLetters) {
  // 001 line 34, as stored: "cường", "trò", "lãnh", "đạo" carry combining
  // tone marks (U+0300, U+0303, U+0323); the other letters are precomposed.
  const std::string in =
      "Thứ tư, tăng cươ\u0300ng vai tro\u0300 la\u0303nh đa\u0323o trong xây dựng, nuôi dưỡng, "
      "nhân rộng gương điển hình.  ";
  ASSERT_EQ(CorpusLine("001_b23e7dbb3e75446e.txt", 34), in) << "corpus line moved";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "Thứ tư, tăng cường vai trò lãnh đạo trong xây dựng, nuôi dưỡng, nhân rộng gương "
            "điển hình.  ");
  EXPECT_EQ(BackOf(in, norm, "cường"), "cươ\u0300ng");
  EXPECT_EQ(BackOf(in, norm, "vai trò lãnh đạo"), "vai tro\u0300 la\u0303nh đa\u0323o");
  EXPECT_EQ(BackOf(in, norm, "ờ"), "ơ\u0300");  // a composed letter maps as a whole
  EXPECT_EQ(BackOf(in, norm, "xây dựng"), "xây dựng");
  EXPECT_EQ(norm.map.EndToOriginal(norm.text.size()), in.size());
}

TEST(Normalize, ComposesDecomposedWordAtStartOfText) {
  // 001: "đạo" with its dot below decomposed, at the very start.
  const std::string in = "đa\u0323o đức";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "đạo đức");
  EXPECT_EQ(BackOf(in, norm, "đạo"), "đa\u0323o");
  EXPECT_EQ(BackOf(in, norm, "đức"), "đức");
}

TEST(Normalize, FoldsNoBreakSpaceToSpace) {
  // 000: "khiến trên 141.404 người mắc bệnh, hơn 5.371\u00A0người tử vong."
  const std::string in = "khiến trên 141.404 người mắc bệnh, hơn 5.371\u00A0người tử vong.";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "khiến trên 141.404 người mắc bệnh, hơn 5.371 người tử vong.");
  EXPECT_EQ(BackOf(in, norm, "5.371 người"), "5.371\u00A0người");
  EXPECT_EQ(BackOf(in, norm, "hơn 5.371"), "hơn 5.371");
  EXPECT_EQ(BackOf(in, norm, "người tử vong."), "người tử vong.");
  size_t space = norm.text.find("5.371 ") + 5;
  EXPECT_EQ(Back(in, norm, space, space + 1), "\u00A0");
}

TEST(Normalize, StraightensCurlyQuotes) {
  // 000: "quyết tâm “không để hộ dân nào thiếu nước ngọt phục vụ ăn, uống”."
  const std::string in = "quyết tâm “không để hộ dân nào thiếu nước ngọt phục vụ ăn, uống”.";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "quyết tâm \"không để hộ dân nào thiếu nước ngọt phục vụ ăn, uống\".");
  EXPECT_EQ(BackOf(in, norm, "\"không để hộ dân"), "“không để hộ dân");
  EXPECT_EQ(BackOf(in, norm, "ăn, uống\"."), "ăn, uống”.");
}

TEST(Normalize, StraightensSingleCurlyQuotes) {
  // 002: "phương thức thi đua “Học tập ‘điển hình’, bắt kịp ‘điển hình’"
  const std::string in = "phương thức thi đua “Học tập ‘điển hình’, bắt kịp ‘điển hình’";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "phương thức thi đua \"Học tập 'điển hình', bắt kịp 'điển hình'");
  EXPECT_EQ(BackOf(in, norm, "'điển hình',"), "‘điển hình’,");
  EXPECT_EQ(BackOf(in, norm, "\"Học tập"), "“Học tập");
}

TEST(Normalize, TurnsEnDashIntoHyphen) {
  // 003: "nhân ngày Thương binh – Liệt sĩ, 27-7-1952"
  const std::string in = "nhân ngày Thương binh – Liệt sĩ, 27-7-1952";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "nhân ngày Thương binh - Liệt sĩ, 27-7-1952");
  EXPECT_EQ(BackOf(in, norm, "binh - Liệt"), "binh – Liệt");
  size_t dash = norm.text.find(" - ") + 1;
  EXPECT_EQ(Back(in, norm, dash, dash + 1), "–");
  EXPECT_EQ(BackOf(in, norm, "27-7-1952"), "27-7-1952");
}

// 002, the head of the bulletin as stored (Markdown).
constexpr std::string_view kHead002 =
    "\n\n# **BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**\n\n\\*\n\n"
    "## **THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)**\n\n"
    "*Số tháng 10/2023 - LHNB*\n";

TEST(Normalize, StripsMarkdownEmphasisKeepingOffsets) {
  // 002: "**BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**" (without the heading mark).
  const std::string in = "**BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
  EXPECT_EQ(Back(in, norm, 0, norm.text.size()), "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
  EXPECT_EQ(norm.map.StartToOriginal(0), 2u);
  EXPECT_EQ(norm.map.EndToOriginal(norm.text.size()), in.size() - 2);
}

TEST(Normalize, StripsSingleStarEmphasis) {
  // 002: "*Số tháng 10/2023 - LHNB*"
  const std::string in = "*Số tháng 10/2023 - LHNB*";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "Số tháng 10/2023 - LHNB");
  EXPECT_EQ(BackOf(in, norm, "Số tháng 10/2023 - LHNB"), "Số tháng 10/2023 - LHNB");
  EXPECT_EQ(BackOf(in, norm, "10/2023"), "10/2023");
}

TEST(Normalize, StripsEmphasisAroundFiguresKeepingTheirSpans) {
  // 002: "kéo giảm cả 03 tiêu chí (*giảm 28,3% về số vụ, giảm 31,25% về số người
  // chết, giảm 36% về số người bị thương*)" and "có **5** nội dung thi đua"
  const std::string in =
      "kéo giảm cả 03 tiêu chí (*giảm 28,3% về số vụ, giảm 31,25% về số người chết, giảm 36% về "
      "số người bị thương*). Có **5** nội dung thi đua";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "kéo giảm cả 03 tiêu chí (giảm 28,3% về số vụ, giảm 31,25% về số người chết, giảm 36% "
            "về số người bị thương). Có 5 nội dung thi đua");
  EXPECT_EQ(BackOf(in, norm, "giảm 28,3%"), "giảm 28,3%");
  EXPECT_EQ(BackOf(in, norm, "(giảm"), "(*giảm");
  EXPECT_EQ(BackOf(in, norm, "thương)"), "thương*)");
  size_t five = norm.text.find(" 5 ") + 1;
  EXPECT_EQ(Back(in, norm, five, five + 1), "5");
  EXPECT_EQ(BackOf(in, norm, "5 nội dung"), "5** nội dung");  // a span ends on kept text
}

TEST(Normalize, StripsHeadingMarksAndEmphasisOfTheBulletinHead) {
  const std::string in(kHead002);
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "\n\nBAN TUYÊN GIÁO TỈNH ỦY BẾN TRE\n\n*\n\n"
            "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)\n\n"
            "Số tháng 10/2023 - LHNB\n");
  EXPECT_EQ(BackOf(in, norm, "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE"), "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
  EXPECT_EQ(BackOf(in, norm, "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)"),
            "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)");
  EXPECT_EQ(BackOf(in, norm, "Số tháng 10/2023 - LHNB"), "Số tháng 10/2023 - LHNB");
  // The heading's line with its marks dropped still spans the marks' line.
  EXPECT_EQ(in.substr(norm.map.StartToOriginal(2), 2), "BA");
  EXPECT_EQ(norm.map.EndToOriginal(norm.text.size()), in.size());
}

TEST(Normalize, UnescapesMarkdownBackslash) {
  // 002: a line holding only "\*", and "### **\* Những kết quả đạt được trong 9 tháng năm 2023**".
  const std::string in = "\\*\n### **\\* Những kết quả đạt được trong 9 tháng năm 2023**";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "*\n* Những kết quả đạt được trong 9 tháng năm 2023");
  EXPECT_EQ(Back(in, norm, 0, 1), "\\*");
  size_t star = norm.text.find("* Những");
  EXPECT_EQ(Back(in, norm, star, star + 1), "\\*");
  EXPECT_EQ(BackOf(in, norm, "* Những kết quả"), "\\* Những kết quả");
  EXPECT_EQ(BackOf(in, norm, "9 tháng năm 2023"), "9 tháng năm 2023");
}

TEST(Normalize, StripsHeadingMarkOfAnEmphasisedHeading) {
  // 002 line 302: "## **2. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên khi sử
  // dụng Internet, mạng xã hội**"
  const std::string in =
      "## **2. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên khi sử dụng Internet, mạng xã "
      "hội**";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "2. Nâng cao ý thức trách nhiệm của cán bộ, đảng viên khi sử dụng Internet, mạng xã "
            "hội");
  EXPECT_EQ(norm.map.StartToOriginal(0), 5u);  // after "## **"
  EXPECT_EQ(BackOf(in, norm, "2. Nâng cao ý thức"), "2. Nâng cao ý thức");
  EXPECT_EQ(BackOf(in, norm, "mạng xã hội"), "mạng xã hội");
  EXPECT_EQ(norm.map.EndToOriginal(norm.text.size()), in.size() - 2);
}

// Block tags end a paragraph with U+2029, not '\n': a table row whose cells
// hold "<p>" stays one line.
TEST(Normalize, TurnsBlockTagsIntoParagraphSeparators) {
  // 004 line 436: "1.1\t<p>Đẩy mạnh công tác giáo dục chính trị, kịp thời nắm bắt tình hình"
  const std::string in = "1.1\t<p>Đẩy mạnh công tác giáo dục chính trị, kịp thời nắm bắt tình hình";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "1.1\t\xE2\x80\xA9Đẩy mạnh công tác giáo dục chính trị, kịp thời nắm bắt tình hình");
  size_t separator = norm.text.find("\xE2\x80\xA9");
  EXPECT_EQ(Back(in, norm, separator, separator + 3), "<p>");
  EXPECT_EQ(BackOf(in, norm, "1.1\t\xE2\x80\xA9Đẩy"), "1.1\t<p>Đẩy");
  EXPECT_EQ(BackOf(in, norm, "Đẩy mạnh công tác"), "Đẩy mạnh công tác");
}

TEST(Normalize, TurnsClosingAndOpeningParagraphIntoParagraphSeparators) {
  // 004 line 436: "... đoàn viên, hội viên và Nhân dân.</p> <p>Tăng cường công tác
  // giáo dục chính trị tư tưởng"
  const std::string in =
      "đoàn viên, hội viên và Nhân dân.</p> <p>Tăng cường công tác giáo dục chính trị tư tưởng";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "đoàn viên, hội viên và Nhân dân.\xE2\x80\xA9 \xE2\x80\xA9Tăng cường công tác giáo dục chính trị tư tưởng");
  EXPECT_EQ(BackOf(in, norm, "\xE2\x80\xA9 \xE2\x80\xA9"), "</p> <p>");
  EXPECT_EQ(BackOf(in, norm, "dân.\xE2\x80\xA9 \xE2\x80\xA9Tăng"), "dân.</p> <p>Tăng");
  EXPECT_EQ(BackOf(in, norm, "Nhân dân."), "Nhân dân.");
  EXPECT_EQ(BackOf(in, norm, "Tăng cường"), "Tăng cường");
}

TEST(Normalize, StripsTagWithAttributes) {
  // 004 line 525: "... xây dựng nông thôn mới:</i></p> <ul style="list-style-type:
  // none"> <i>- Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre"
  const std::string in =
      "xây dựng nông thôn mới:</i></p> <ul style=\"list-style-type: none\"> <i>- Hoàn thiện hệ "
      "thống thủy lợi Bắc, Nam Bến Tre";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "xây dựng nông thôn mới:\xE2\x80\xA9 \xE2\x80\xA9 - Hoàn thiện hệ thống thủy lợi Bắc, Nam Bến Tre");
  EXPECT_EQ(BackOf(in, norm, "mới:\xE2\x80\xA9"), "mới:</i></p>");
  EXPECT_EQ(BackOf(in, norm, " \xE2\x80\xA9 - Hoàn"), " <ul style=\"list-style-type: none\"> <i>- Hoàn");
  EXPECT_EQ(BackOf(in, norm, "- Hoàn thiện"), "- Hoàn thiện");
}

TEST(Normalize, StripsInlineTagsInTableRow) {
  // 004 line 354: "-\t<i>Khu vực I</i>\t3,84\t%\t2,68\t\t\t\t4-4,7\t"
  const std::string in = "-\t<i>Khu vực I</i>\t3,84\t%\t2,68\t\t\t\t4-4,7\t";
  ASSERT_EQ(CorpusLine("004_195a311180f3ecea.txt", 354), in) << "corpus line moved";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "-\tKhu vực I\t3,84\t%\t2,68\t\t\t\t4-4,7\t");
  EXPECT_EQ(BackOf(in, norm, "Khu vực I"), "Khu vực I");
  EXPECT_EQ(BackOf(in, norm, "\tKhu vực I\t"), "\t<i>Khu vực I</i>\t");
  EXPECT_EQ(BackOf(in, norm, "3,84"), "3,84");
  EXPECT_EQ(norm.map.EndToOriginal(norm.text.size()), in.size());
}

TEST(Normalize, KeepsLessThanThatOpensNoTag) {
  // 004 line 417: "Tội phạm: <333 vụ; Tai nạn xã hội: <70 vụ; Tệ nạn xã hội: <167 vụ"
  const std::string in = "Tội phạm: <333 vụ; Tai nạn xã hội: <70 vụ; Tệ nạn xã hội: <167 vụ";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, in);
  EXPECT_EQ(BackOf(in, norm, "<333 vụ"), "<333 vụ");
  EXPECT_EQ(BackOf(in, norm, "<167 vụ"), "<167 vụ");
}

TEST(Normalize, DecodesEntities) {
  // 000: "hơn 5.371 người tử vong", 002: "Q&Me", 004: "Tội phạm: <333 vụ",
  // "Kết nạp", written with HTML entities.
  const std::string in =
      "hơn 5.371&nbsp;người tử vong; Q&amp;Me; Tội phạm: &lt;333 vụ; K&#7871;t nạp; "
      "K&#x1EBF;t nạp; &quot;tham nhũng vặt&quot;";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "hơn 5.371 người tử vong; Q&Me; Tội phạm: <333 vụ; Kết nạp; Kết nạp; \"tham nhũng "
            "vặt\"");
  EXPECT_EQ(BackOf(in, norm, "5.371 người"), "5.371&nbsp;người");
  EXPECT_EQ(BackOf(in, norm, "Q&Me"), "Q&amp;Me");
  EXPECT_EQ(BackOf(in, norm, "<333 vụ"), "&lt;333 vụ");
  EXPECT_EQ(BackOf(in, norm, "Kết nạp"), "K&#7871;t nạp");
  size_t second = norm.text.find("Kết nạp", norm.text.find("Kết nạp") + 1);
  EXPECT_EQ(Back(in, norm, second, second + std::string_view("Kết").size()), "K&#x1EBF;t");
  EXPECT_EQ(BackOf(in, norm, "\"tham nhũng vặt\""), "&quot;tham nhũng vặt&quot;");
}

TEST(Normalize, KeepsAmpersandThatIsNoEntity) {
  // 004: "xúc tiến thành lập 01 doanh nghiệp KH&CN; cấp 01 Giấy xác nhận nhiệm vụ KH&CN"
  const std::string in =
      "xúc tiến thành lập 01 doanh nghiệp KH&CN; cấp 01 Giấy xác nhận nhiệm vụ KH&CN";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, in);
  EXPECT_EQ(BackOf(in, norm, "KH&CN; cấp"), "KH&CN; cấp");
}

TEST(Normalize, RecordsSupTagFootnoteMarker) {
  // 002: "thi đua “Đồng Khởi mới” của Ban Thường vụ Tỉnh ủy<sup>[1]</sup>, kế hoạch
  // phát động thi đua"
  const std::string in =
      "thi đua “Đồng Khởi mới” của Ban Thường vụ Tỉnh ủy<sup>[1]</sup>, kế hoạch phát động thi "
      "đua";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "thi đua \"Đồng Khởi mới\" của Ban Thường vụ Tỉnh ủy, kế hoạch phát động thi đua");
  ASSERT_EQ(norm.markers.size(), 1u);
  const FootnoteMarker& marker = norm.markers[0];
  EXPECT_EQ(marker.number, 1);
  EXPECT_EQ(marker.norm_pos, norm.text.find(", kế hoạch"));
  EXPECT_EQ(in.substr(marker.original.start, marker.original.size()), "<sup>[1]</sup>");
  EXPECT_EQ(BackOf(in, norm, "Tỉnh ủy"), "Tỉnh ủy");
  EXPECT_EQ(BackOf(in, norm, ", kế hoạch"), ", kế hoạch");
}

TEST(Normalize, RecordsParenthesisedSupTagFootnoteMarker) {
  // 002: "Ứng dụng di động phổ biến nhất Việt Nam 2023 do Q&Me<sup>(1)</sup> vừa công bố"
  const std::string in = "Việt Nam 2023 do Q&Me<sup>(1)</sup> vừa công bố";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "Việt Nam 2023 do Q&Me vừa công bố");
  ASSERT_EQ(norm.markers.size(), 1u);
  EXPECT_EQ(norm.markers[0].number, 1);
  EXPECT_EQ(norm.markers[0].norm_pos, norm.text.find(" vừa"));
  EXPECT_EQ(in.substr(norm.markers[0].original.start, norm.markers[0].original.size()),
            "<sup>(1)</sup>");
}

TEST(Normalize, RemovesSuperscriptFootnoteMarkerAndRecordsIt) {
  // 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu"
  const std::string in = "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "toàn tỉnh kết nạp được 791/1.200 đảng viên, đạt 65,92% chỉ tiêu");
  ASSERT_EQ(norm.markers.size(), 1u);
  const FootnoteMarker& marker = norm.markers[0];
  EXPECT_EQ(marker.number, 20);
  EXPECT_EQ(marker.norm_pos, norm.text.find(", đạt"));
  EXPECT_EQ(in.substr(marker.original.start, marker.original.size()), "²⁰");
  EXPECT_EQ(BackOf(in, norm, "791/1.200 đảng viên"), "791/1.200 đảng viên");
  EXPECT_EQ(BackOf(in, norm, ", đạt 65,92%"), ", đạt 65,92%");
  // A span across the removed marker takes it in.
  EXPECT_EQ(BackOf(in, norm, "viên, đạt"), "viên²⁰, đạt");
}

TEST(Normalize, RecordsMarkerAfterUnitOtherThanMetre) {
  // 004: "Đến nay, toàn tỉnh có 24.694 ha³³ sản xuất theo tiêu chuẩn hữu"
  const std::string in = "Đến nay, toàn tỉnh có 24.694 ha³³ sản xuất theo tiêu chuẩn hữu";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, "Đến nay, toàn tỉnh có 24.694 ha sản xuất theo tiêu chuẩn hữu");
  ASSERT_EQ(norm.markers.size(), 1u);
  EXPECT_EQ(norm.markers[0].number, 33);
  EXPECT_EQ(norm.markers[0].norm_pos, norm.text.find(" sản xuất"));
  EXPECT_EQ(BackOf(in, norm, "24.694 ha"), "24.694 ha");
}

TEST(Normalize, RecordsEveryMarkerOfASentence) {
  // 004: "02/24 chỉ tiêu đạt và vượt¹; 03/24 chỉ tiêu đạt trên 90%²; 07/24 chỉ tiêu
  // đạt từ 50 - 90%³"
  const std::string in =
      "02/24 chỉ tiêu đạt và vượt¹; 03/24 chỉ tiêu đạt trên 90%²; 07/24 chỉ tiêu đạt từ 50 - "
      "90%³";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "02/24 chỉ tiêu đạt và vượt; 03/24 chỉ tiêu đạt trên 90%; 07/24 chỉ tiêu đạt từ 50 - "
            "90%");
  ASSERT_EQ(norm.markers.size(), 3u);
  EXPECT_EQ(norm.markers[0].number, 1);
  EXPECT_EQ(norm.markers[1].number, 2);
  EXPECT_EQ(norm.markers[2].number, 3);
  EXPECT_EQ(norm.markers[0].norm_pos, norm.text.find("; 03/24"));
  EXPECT_EQ(norm.markers[1].norm_pos, norm.text.find("; 07/24"));
  EXPECT_EQ(norm.markers[2].norm_pos, norm.text.size());
  EXPECT_EQ(BackOf(in, norm, "trên 90%"), "trên 90%");
  EXPECT_EQ(BackOf(in, norm, "50 - 90%"), "50 - 90%");
}

TEST(Normalize, KeepsSquareAndCubicMetreExponent) {
  // 004: "với tổng diện tích 29.985,2 m². Về mời gọi đầu tư" and
  // "Trạm xử lý nước thải 4.500 m³/ngày đêm đã phê duyệt hủy thầu"
  const std::string in =
      "với tổng diện tích 29.985,2 m². Về mời gọi đầu tư; Trạm xử lý nước thải 4.500 m³/ngày đêm "
      "đã phê duyệt hủy thầu";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, in);
  EXPECT_TRUE(norm.markers.empty());
  EXPECT_EQ(BackOf(in, norm, "29.985,2 m²"), "29.985,2 m²");
  EXPECT_EQ(BackOf(in, norm, "4.500 m³/ngày đêm"), "4.500 m³/ngày đêm");
}

TEST(Normalize, KeepsExponentOfUnitWrittenWithoutSpace) {
  // 004: "diện tích nhà ở bình quân (đạt 28m²/sàn/người)" and "366.718,8m²)"
  const std::string in = "nhà ở bình quân (đạt 28m²/sàn/người), với diện tích 366.718,8m²).";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text, in);
  EXPECT_TRUE(norm.markers.empty());
}

TEST(Normalize, KeepsCubicMetreExponentAfterSpace) {
  // 004: "Gói thầu ... khoáng 213.060/277.580m ³ (76,76%). Gói" and
  // "xử lý nước thải 4.500 m ³ /ngày.đêm đã"
  const std::string in = "213.060/277.580m ³ (76,76%); xử lý nước thải 4.500 m ³ /ngày.đêm đã";
  NormalizedText norm = Normalize(in);
  EXPECT_TRUE(norm.markers.empty());
  EXPECT_EQ(norm.text, in);
}

TEST(Normalize, FoldsCarriageReturnLineFeed) {
  // 000, lines 6 and 7 with Windows line ends.
  const std::string in =
      "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg\r\n\tỦy ban nhân dân (UBND) tỉnh ban hành";
  NormalizedText norm = Normalize(in);
  EXPECT_EQ(norm.text,
            "1.2. Triển khai thực hiện chỉ thị số 13/CT-TTg\n\tỦy ban nhân dân (UBND) tỉnh ban "
            "hành");
  EXPECT_EQ(BackOf(in, norm, "13/CT-TTg\n\tỦy"), "13/CT-TTg\r\n\tỦy");
  EXPECT_EQ(BackOf(in, norm, "\n"), "\n");
}

TEST(Normalize, SkipsUtf8BomAndMapsAfterIt) {
  // 002: "# **BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**" behind a BOM.
  const std::string in = "\xEF\xBB\xBF# **BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**";
  NormalizedText norm = Normalize(in, 3);
  EXPECT_EQ(norm.text, "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
  EXPECT_EQ(norm.map.StartToOriginal(0), 7u);  // BOM (3) + "# **" (4)
  EXPECT_EQ(Back(in, norm, 0, norm.text.size()), "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
}

// Every corpus bulletin: the map is monotonic, within bounds and faithful.
TEST(Normalize, MapsEveryCorpusBulletinMonotonicallyWithinBounds) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(SOLIEU_CORPUS_DIR)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  ASSERT_GE(files.size(), 5u);
  for (const auto& path : files) {
    SCOPED_TRACE(path.filename().string());
    const std::string bytes = ReadFile(path);
    auto decoded = DecodeToUtf8(bytes, path.string(), false);
    ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
    const std::string& original = decoded.value().text;
    NormalizedText norm = Normalize(original, decoded.value().body_start);
    const OffsetMap& map = norm.map;
    const size_t n = norm.text.size();
    ASSERT_GT(n, 0u);
    // The end maps to the end of the original, less markup dropped at the
    // very end: 002 ends in "Bến Tre**".
    ASSERT_LE(map.EndToOriginal(n), original.size());
    std::string_view tail = std::string_view(original).substr(map.EndToOriginal(n));
    EXPECT_TRUE(tail.empty() || tail == "**") << "unmapped tail '" << tail << "'";
    EXPECT_EQ(map.StartToOriginal(0), decoded.value().body_start);
    // Position by position: both ends never go back, stay within the
    // original, and a one-byte span maps to a non-empty original span.
    size_t failures = 0;
    for (size_t p = 0; p < n && failures < 10; ++p) {
      size_t s0 = map.StartToOriginal(p), s1 = map.StartToOriginal(p + 1);
      size_t e0 = map.EndToOriginal(p), e1 = map.EndToOriginal(p + 1);
      bool ok = s0 <= s1 && e0 <= e1 && s0 < e1 && e1 <= original.size();
      // An ASCII letter or digit is always copied, never made up.
      unsigned char c = static_cast<unsigned char>(norm.text[p]);
      if (std::isalnum(c) && c < 0x80) ok = ok && e1 == s0 + 1 && original[s0] == norm.text[p];
      if (!ok) {
        ++failures;
        ADD_FAILURE() << "at normalised " << p << ": start " << s0 << "->" << s1 << ", end "
                      << e0 << "->" << e1;
      }
    }
    // Sentence-sized windows (every 61st byte, 40 to 400 bytes long).
    for (size_t a = 0; a < n && failures < 10; a += 61) {
      for (size_t len : {40u, 150u, 400u}) {
        size_t b = std::min(n, a + len);
        Span o = map.ToOriginal({a, b});
        if (!(o.start < o.end && o.end <= original.size() &&
              map.StartToOriginal(a) <= map.StartToOriginal(b))) {
          ++failures;
          ADD_FAILURE() << "window [" << a << ", " << b << ") -> [" << o.start << ", " << o.end
                        << ")";
        }
      }
    }
    // Markers are superscripts or <sup> tags of the original, in order.
    size_t last = 0;
    for (const FootnoteMarker& m : norm.markers) {
      EXPECT_LE(m.norm_pos, n);
      EXPECT_LE(last, m.norm_pos);
      last = m.norm_pos;
      ASSERT_LE(m.original.end, original.size());
      std::string_view text =
          std::string_view(original).substr(m.original.start, m.original.size());
      EXPECT_TRUE(text.rfind("<sup>", 0) == 0 || text.rfind("\xC2", 0) == 0 ||
                  text.rfind("\xE2\x81", 0) == 0)
          << text;
    }
  }
}

TEST(Normalize, FindsTheFootnoteMarkersOfBulletin004) {
  const std::string bytes =
      ReadFile(std::filesystem::path(SOLIEU_CORPUS_DIR) / "004_195a311180f3ecea.txt");
  NormalizedText norm = Normalize(bytes);
  // 004: "kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92%"
  const std::string_view needle = "791/1.200 đảng viên, đạt 65,92%";
  size_t pos = norm.text.find(needle);
  ASSERT_NE(pos, std::string::npos);
  size_t unit_end = pos + std::string_view("791/1.200 đảng viên").size();
  int found = 0;
  for (const FootnoteMarker& m : norm.markers) {
    if (m.norm_pos == unit_end) {
      ++found;
      EXPECT_EQ(m.number, 20);
      EXPECT_EQ(bytes.substr(m.original.start, m.original.size()), "²⁰");
    }
  }
  EXPECT_EQ(found, 1);
  EXPECT_EQ(Back(bytes, norm, pos, pos + needle.size()), "791/1.200 đảng viên²⁰, đạt 65,92%");
}

}  // namespace
}  // namespace solieu
