// Stage 4 (lib/lex.cc): Vietnamese numbers, SCHEMA.md convention 12.
#include "lex.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace solieu {
namespace {

// The parsed value, or a sentinel that no test expects.
double Parsed(std::string_view token) { return ParseNumber(token).value_or(-12345.0); }

TEST(Lex, ReadsDotAsThousandsCommaAsDecimal) {
  // 004: "kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu"
  EXPECT_EQ(Parsed("1.200"), 1200.0);
  EXPECT_DOUBLE_EQ(Parsed("65,92"), 65.92);
  EXPECT_EQ(Parsed("791"), 791.0);
}

TEST(Lex, DropsLeadingZeros) {
  // 001: "xếp vị trí 13/63 tỉnh/thành, tăng 05 bậc"
  EXPECT_EQ(Parsed("05"), 5.0);
  // 004: "Tham gia có 09 đoàn với 3.026 VĐV"
  EXPECT_EQ(Parsed("09"), 9.0);
  EXPECT_EQ(Parsed("0"), 0.0);
}

TEST(Lex, ReadsSeveralThousandsGroups) {
  // 001: "Tổng khách du lịch ước đạt 2.210.046 lượt người"
  EXPECT_EQ(Parsed("2.210.046"), 2210046.0);
  // 000: "khiến trên 141.404 người mắc bệnh"
  EXPECT_EQ(Parsed("141.404"), 141404.0);
}

TEST(Lex, ReadsDotBeforeOtherThanThreeDigitsAsDecimalPoint) {
  // SCHEMA.md convention 12: "9.5%/năm" -> 9.5.
  EXPECT_DOUBLE_EQ(Parsed("9.5"), 9.5);
  // 002: "đầu năm 2023 Việt Nam có 77.93 triệu người sử dụng Internet, chiếm 79.1%"
  EXPECT_DOUBLE_EQ(Parsed("77.93"), 77.93);
  EXPECT_DOUBLE_EQ(Parsed("79.1"), 79.1);
  EXPECT_DOUBLE_EQ(Parsed("1.2000"), 1.2);  // four digits: not a thousands group
}

TEST(Lex, ReadsThousandsAndDecimalTogether) {
  // SCHEMA.md convention 12: "12.408,125 tỷ đồng" -> 12408.125.
  EXPECT_DOUBLE_EQ(Parsed("12.408,125"), 12408.125);
  // 004: "với tổng diện tích 29.985,2 m²"
  EXPECT_DOUBLE_EQ(Parsed("29.985,2"), 29985.2);
  // 004: "với diện tích 366.718,8m²"
  EXPECT_DOUBLE_EQ(Parsed("366.718,8"), 366718.8);
}

TEST(Lex, ReadsCommaBeforeThreeDigitsAsDecimal) {
  // SCHEMA.md convention 12: "312,604 ngàn lượt khách" -> 312.604, never 312604.
  EXPECT_DOUBLE_EQ(Parsed("312,604"), 312.604);
  // 004: "toàn tỉnh có 388,41 ha"
  EXPECT_DOUBLE_EQ(Parsed("388,41"), 388.41);
}

TEST(Lex, RejectsMalformedNumbers) {
  // Dotted groups that are not thousands ("1.2.3", section-like), several commas,
  // a trailing or leading separator, a dot after the decimal comma.
  for (std::string_view bad : {"1.2.3", "1.20.300", "1.200.5", "1,2,3", "1,", "1.", ",5", ".5",
                               "1,5.3", "1..200", "1,,5", "", ".", ","}) {
    EXPECT_EQ(ParseNumber(bad), std::nullopt) << "'" << bad << "'";
  }
}

TEST(Lex, RejectsTokensThatAreNotNumbers) {
  // 004: "Btr-8330", "Covid-19", "KH&CN", "4-4,7", "1 200".
  for (std::string_view bad : {"Btr-8330", "Covid-19", "KH&CN", "4-4,7", "1 200", "-5", "+5",
                               "65,92%", "1/2"}) {
    EXPECT_EQ(ParseNumber(bad), std::nullopt) << "'" << bad << "'";
  }
}

TEST(Lex, TellsPlainIntegers) {
  // 004: "năm 2024", "tăng 05 bậc" (001).
  EXPECT_TRUE(IsPlainInteger("2024"));
  EXPECT_TRUE(IsPlainInteger("05"));
  EXPECT_TRUE(IsPlainInteger("0"));
  EXPECT_FALSE(IsPlainInteger("1.200"));
  EXPECT_FALSE(IsPlainInteger("65,92"));
  EXPECT_FALSE(IsPlainInteger(""));
  EXPECT_FALSE(IsPlainInteger("2024²⁰"));
  EXPECT_FALSE(IsPlainInteger("-5"));
}

TEST(Lex, GivesScaleWordFactors) {
  // 001: "1.530 triệu USD", "2.763 tỷ đồng"; SCHEMA.md: "312,604 ngàn lượt khách",
  // "tỉ đồng" and "tỷ đồng" both occur.
  EXPECT_EQ(ScaleWordFactor("nghìn"), 1e3);
  EXPECT_EQ(ScaleWordFactor("ngàn"), 1e3);
  EXPECT_EQ(ScaleWordFactor("vạn"), 1e4);
  EXPECT_EQ(ScaleWordFactor("triệu"), 1e6);
  EXPECT_EQ(ScaleWordFactor("tỷ"), 1e9);
  EXPECT_EQ(ScaleWordFactor("tỉ"), 1e9);
}

TEST(Lex, GivesNoFactorForOtherWords) {
  // 001: "2.763 tỷ đồng", "lượt người"; 004: "đảng viên", "m²".
  for (std::string_view word : {"đồng", "USD", "lượt", "đảng", "m²", "", "tỷ đồng", "triệu USD"}) {
    EXPECT_EQ(ScaleWordFactor(word), 0.0) << "'" << word << "'";
  }
}

}  // namespace
}  // namespace solieu
