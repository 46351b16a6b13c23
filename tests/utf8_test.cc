// Stage 1 (lib/utf8.cc): bytes -> validated UTF-8.
#include "utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace solieu {
namespace {

// 004: "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt
// 65,92% chỉ tiêu Nghị quyết Tỉnh ủy năm 2024"
constexpr std::string_view kSentence004 =
    "Đến ngày 27/6/2024, toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% "
    "chỉ tiêu Nghị quyết Tỉnh ủy năm 2024";

// The bytes of `text` as UTF-16 with a BOM, little or big endian.
std::string Utf16WithBom(std::u16string_view text, bool little_endian) {
  std::string out = little_endian ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  for (char16_t u : text) {
    char lo = static_cast<char>(u & 0xFF);
    char hi = static_cast<char>(u >> 8);
    if (little_endian) {
      out += lo;
      out += hi;
    } else {
      out += hi;
      out += lo;
    }
  }
  return out;
}

TEST(Utf8, PassesValidUtf8ThroughUnchanged) {
  auto decoded = DecodeToUtf8(kSentence004, "004.txt", /*lossy=*/false);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(decoded.value().text, kSentence004);
  EXPECT_EQ(decoded.value().body_start, 0u);
  EXPECT_TRUE(decoded.value().warnings.empty());
}

TEST(Utf8, KeepsUtf8BomAndStartsBodyAfterIt) {
  // 002: "# **BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**"
  const std::string bytes = "\xEF\xBB\xBF# **BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE**\n";
  auto decoded = DecodeToUtf8(bytes, "002.txt", false);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(decoded.value().text, bytes);  // BOM kept: offsets stay file offsets
  EXPECT_EQ(decoded.value().body_start, 3u);
}

TEST(Utf8, DecodesUtf16LittleEndianWithBom) {
  // 004: "kết nạp được 791/1.200 đảng viên²⁰" plus U+1F4C8 (a surrogate pair;
  // added, bulletins have no character outside the BMP).
  const std::u16string text = u"kết nạp được 791/1.200 đảng viên²⁰ \U0001F4C8";
  const std::string bytes = Utf16WithBom(text, /*little_endian=*/true);
  ASSERT_EQ(bytes.substr(0, 4), std::string("\xFF\xFE\x6B\x00", 4));  // BOM, then 'k' LE
  auto decoded = DecodeToUtf8(bytes, "004-utf16le.txt", false);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(decoded.value().text, "kết nạp được 791/1.200 đảng viên²⁰ \xF0\x9F\x93\x88");
  EXPECT_EQ(decoded.value().body_start, 0u);  // the UTF-16 BOM is not in the text
  EXPECT_TRUE(decoded.value().warnings.empty());
}

TEST(Utf8, DecodesUtf16BigEndianWithBom) {
  // 001: "Tổng khách du lịch ước đạt 2.210.046 lượt người" plus U+1F4C8.
  const std::u16string text = u"Tổng khách du lịch ước đạt 2.210.046 lượt người \U0001F4C8";
  const std::string bytes = Utf16WithBom(text, /*little_endian=*/false);
  ASSERT_EQ(bytes.substr(0, 4), std::string("\xFE\xFF\x00\x54", 4));  // BOM, then 'T' BE
  auto decoded = DecodeToUtf8(bytes, "001-utf16be.txt", false);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(decoded.value().text,
            "Tổng khách du lịch ước đạt 2.210.046 lượt người \xF0\x9F\x93\x88");
  EXPECT_EQ(decoded.value().body_start, 0u);
}

TEST(Utf8, RejectsUnpairedUtf16SurrogateAtItsByteOffset) {
  // 004: "đảng viên" then a lone high surrogate, then "²⁰".
  std::u16string text = u"đảng viên";
  text += static_cast<char16_t>(0xD83D);
  text += u"²⁰";
  const std::string bytes = Utf16WithBom(text, true);
  auto decoded = DecodeToUtf8(bytes, "004-utf16le.txt", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(decoded.error().offset, 2u + 2 * 9);  // BOM + 9 code units
  EXPECT_EQ(decoded.error().file, "004-utf16le.txt");
}

TEST(Utf8, ReportsFirstInvalidByteWithOffsetAndFileName) {
  // 004: "Kết nạp đảng viên" with a stray 0xC3 after "Kết nạp" (11 bytes).
  const std::string bytes = "Kết nạp\xC3 đảng viên";
  auto decoded = DecodeToUtf8(bytes, "bt-10-2023.md", false);
  ASSERT_FALSE(decoded.ok());
  const Error& error = decoded.error();
  EXPECT_EQ(error.code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(error.offset, 11u);
  EXPECT_EQ(error.file, "bt-10-2023.md");
  EXPECT_EQ(error.message.rfind("invalid UTF-8 byte 0xC3", 0), 0u) << error.message;
  EXPECT_EQ(error.ToString().rfind("bt-10-2023.md:11: invalid UTF-8 byte 0xC3", 0), 0u)
      << error.ToString();
}

TEST(Utf8, ReportsOnlyTheFirstOfSeveralInvalidBytes) {
  // 001: "tăng 3,99% so cùng kỳ" with Latin-1 bytes 0xE0 0xE9 after "tăng 3,99%".
  const std::string bytes = "tăng 3,99%\xE0\xE9 so cùng kỳ\xFF";
  auto decoded = DecodeToUtf8(bytes, "001.txt", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(decoded.error().offset, 11u);
  EXPECT_EQ(decoded.error().message.rfind("invalid UTF-8 byte 0xE0", 0), 0u);
}

TEST(Utf8, RejectsTruncatedSequenceAtEndOfFile) {
  // 004: "Kết nạp" cut inside "ạ" (0xE1 0xBA 0xA1).
  const std::string bytes = "Kết n\xE1\xBA";
  auto decoded = DecodeToUtf8(bytes, "004.txt", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(decoded.error().offset, 7u);
}

TEST(Utf8, RejectsLoneContinuationByte) {
  // 004: "791/1.200" then 0x80.
  auto decoded = DecodeToUtf8("791/1.200\x80", "004.txt", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().offset, 9u);
  EXPECT_EQ(decoded.error().message.rfind("invalid UTF-8 byte 0x80", 0), 0u);
}

TEST(Utf8, RejectsOverlongEncodings) {
  // 004: "791/1.200" with its '/' (U+002F) written overlong in 2, 3 and 4 bytes.
  for (std::string_view slash : {std::string_view("\xC0\xAF"), std::string_view("\xE0\x80\xAF"),
                                 std::string_view("\xF0\x80\x80\xAF"),
                                 std::string_view("\xC1\xBF")}) {
    const std::string bytes = "791" + std::string(slash) + "1.200";
    auto decoded = DecodeToUtf8(bytes, "004.txt", false);
    ASSERT_FALSE(decoded.ok()) << "accepted overlong " << bytes;
    EXPECT_EQ(decoded.error().code, Error::Code::kInvalidUtf8);
    EXPECT_EQ(decoded.error().offset, 3u);
  }
}

TEST(Utf8, RejectsSurrogatesAndCodePointsBeyondUnicode) {
  // 004: "đảng viên" then U+D800 (ED A0 80), U+DFFF (ED BF BF), U+110000 (F4 90 80 80).
  for (std::string_view bad : {std::string_view("\xED\xA0\x80"), std::string_view("\xED\xBF\xBF"),
                               std::string_view("\xF4\x90\x80\x80"),
                               std::string_view("\xF5\x80\x80\x80")}) {
    const std::string bytes = "đảng viên" + std::string(bad);
    auto decoded = DecodeToUtf8(bytes, "004.txt", false);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, Error::Code::kInvalidUtf8);
    EXPECT_EQ(decoded.error().offset, 13u);  // "đảng viên" is 13 bytes
  }
  // The largest code points on either side of the surrogates are fine.
  auto ok = DecodeToUtf8("\xED\x9F\xBF \xEE\x80\x80 \xF4\x8F\xBF\xBF", "x", false);
  EXPECT_TRUE(ok.ok());
}

TEST(Utf8, RejectsNulByteAsBinaryAtItsOffset) {
  // 004: "Kết nạp 791" then a NUL.
  constexpr char kBytes[] = "Kết nạp 791\0đảng viên";
  const std::string bytes(kBytes, sizeof kBytes - 1);
  ASSERT_EQ(bytes[15], '\0');
  auto decoded = DecodeToUtf8(bytes, "004.bin", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kBinary);
  EXPECT_EQ(decoded.error().offset, 15u);
  EXPECT_EQ(decoded.error().file, "004.bin");
}

TEST(Utf8, RejectsNulEvenInLossyMode) {
  const std::string bytes("791\0", 4);
  auto decoded = DecodeToUtf8(bytes, "004.bin", /*lossy=*/true);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kBinary);
  EXPECT_EQ(decoded.error().offset, 3u);
}

TEST(Utf8, RejectsUtf16NulAsBinaryAtItsByteOffset) {
  std::u16string text = u"791";
  text += char16_t{0};
  auto decoded = DecodeToUtf8(Utf16WithBom(text, false), "004-utf16be.txt", false);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, Error::Code::kBinary);
  EXPECT_EQ(decoded.error().offset, 8u);  // BOM (2) + 3 units (6)
}

TEST(Utf8, LossyReplacesInvalidByteWithReplacementCharacterAndWarns) {
  // 004: "Kết nạp đảng viên" with a stray 0xC3.
  auto decoded = DecodeToUtf8("Kết nạp\xC3 đảng viên", "bt-10-2023.md", /*lossy=*/true);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(decoded.value().text, "Kết nạp\xEF\xBF\xBD đảng viên");
  ASSERT_EQ(decoded.value().warnings.size(), 1u);
  EXPECT_EQ(decoded.value().warnings[0].offset, 11u);
  EXPECT_EQ(decoded.value().warnings[0].message, "invalid UTF-8 byte 0xC3 replaced by U+FFFD");
}

TEST(Utf8, LossyWarnsAtOffsetsOfTheRepairedText) {
  // 001: "tăng 3,99% so cùng kỳ" with 0xE0 0xE9 (Latin-1 "àé") and a final 0xFF.
  auto decoded = DecodeToUtf8("tăng 3,99%\xE0\xE9 so cùng kỳ\xFF", "001.txt", true);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().text,
            "tăng 3,99%\xEF\xBF\xBD\xEF\xBF\xBD so cùng kỳ\xEF\xBF\xBD");
  ASSERT_EQ(decoded.value().warnings.size(), 3u);
  EXPECT_EQ(decoded.value().warnings[0].offset, 11u);
  EXPECT_EQ(decoded.value().warnings[1].offset, 14u);  // after the first U+FFFD
  EXPECT_EQ(decoded.value().warnings[2].offset, 31u);
  EXPECT_EQ(decoded.value().warnings[2].message, "invalid UTF-8 byte 0xFF replaced by U+FFFD");
}

TEST(Utf8, LossyReplacesUnpairedUtf16Surrogate) {
  std::u16string text = u"đảng viên";
  text += static_cast<char16_t>(0xDC00);
  text += u"²⁰";
  auto decoded = DecodeToUtf8(Utf16WithBom(text, true), "004-utf16le.txt", true);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().text, "đảng viên\xEF\xBF\xBD²⁰");
  ASSERT_EQ(decoded.value().warnings.size(), 1u);
  EXPECT_EQ(decoded.value().warnings[0].offset, 13u);
}

TEST(Utf8, MeasuresAndDecodesSequences) {
  // 004: "đảng viên²⁰": đ (2 bytes), ả (3 bytes), ² (2 bytes).
  const std::string_view s = "đảng viên²⁰";
  EXPECT_EQ(Utf8SequenceLength(s, 0), 2u);
  EXPECT_EQ(Utf8SequenceLength(s, 2), 3u);
  EXPECT_EQ(Utf8SequenceLength(s, 5), 1u);
  EXPECT_EQ(Utf8SequenceLength(s, 1), 0u);  // a continuation byte
  size_t length = 0;
  EXPECT_EQ(DecodeCodePoint(s, 0, &length), U'đ');
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(DecodeCodePoint(s, 2, &length), U'ả');
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(DecodeCodePoint(s, 13, &length), U'²');
  EXPECT_EQ(length, 2u);
  std::string out;
  for (char32_t c : {U'đ', U'ả', U'²', U'\U0001F4C8'}) AppendUtf8(c, &out);
  EXPECT_EQ(out, "đả²\xF0\x9F\x93\x88");
}

TEST(Utf8, AnAcronymSpellsTheInitialsOfTheWordsBeforeIt) {
  EXPECT_TRUE(IsInitialismOf("CĐCS", "thành lập được hơn 120 công đoàn cơ sở"));
  EXPECT_TRUE(IsInitialismOf("THT", "67 tổ hợp tác"));
  EXPECT_FALSE(IsInitialismOf("BTS", "1.671 trạm thu phát sóng viễn thông"));
  EXPECT_FALSE(IsInitialismOf("DVCTT", "công trực tuyến"));  // fewer words than letters
  EXPECT_FALSE(IsInitialismOf("", "tổ hợp tác"));
}

TEST(Utf8, CapitalizedPutsTheFirstLetterInUpperCase) {
  EXPECT_EQ(Capitalized("công trình"), "Công trình");
  EXPECT_EQ(Capitalized("đảng viên"), "Đảng viên");
  EXPECT_EQ(Capitalized("ấp"), "Ấp");
  EXPECT_EQ(Capitalized("12 xã"), "12 xã");
  EXPECT_EQ(Capitalized(""), "");
}

TEST(Utf8, AnAcronymIsUpperCaseLettersOnly) {
  EXPECT_TRUE(IsAcronym("ĐV"));
  EXPECT_TRUE(IsAcronym("CNVCLĐ"));
  EXPECT_TRUE(IsAcronym("GAP"));
  EXPECT_FALSE(IsAcronym("Mỹ"));   // a name
  EXPECT_FALSE(IsAcronym("TP."));  // an abbreviation with its dot
  EXPECT_FALSE(IsAcronym("A"));
  EXPECT_FALSE(IsAcronym("110KV"));
}

}  // namespace
}  // namespace solieu
