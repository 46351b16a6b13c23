// Extractor, end to end: the whole pipeline over the five corpus bulletins,
// and the public API's promises (offsets, errors, encodings).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "solieu/solieu.h"
#include "test_util.h"
#include "utf8.h"

namespace solieu {
namespace {

using testing::ReadFile;
using testing::TheExtractor;

std::vector<std::filesystem::path> Bulletins() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(SOLIEU_CORPUS_DIR))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool IsValidUtf8(std::string_view s) {
  return DecodeToUtf8(s, "context", /*lossy=*/false).ok();
}

TEST(Extractor, EveryRecordOfEveryBulletinPointsAtItsOwnBytes) {
  auto files = Bulletins();
  ASSERT_EQ(files.size(), 5u);
  for (const auto& path : files) {
    std::string bytes = ReadFile(path);
    auto result = TheExtractor().Extract(bytes, path.filename().string());
    ASSERT_TRUE(result.ok()) << result.error().ToString();
    const auto& records = result.value().records;
    EXPECT_GT(records.size(), 50u) << path;
    size_t last_start = 0;
    for (const Record& r : records) {
      ASSERT_LE(r.span.end, bytes.size());
      ASSERT_LT(r.span.start, r.span.end);
      EXPECT_EQ(bytes.substr(r.span.start, r.span.size()), r.text) << path << ":" << r.span.start;
      EXPECT_GE(r.span.start, last_start) << "records are in text order";
      last_start = r.span.start;
      EXPECT_TRUE(r.value.has_value() || r.range.has_value()) << r.text;
      if (r.kind == Kind::kChange) {
        EXPECT_NE(r.direction, Direction::kNone) << r.text;
        EXPECT_GE(*r.value + (r.range ? 1 : 0), 0) << r.text;
      }
      ASSERT_TRUE(r.sentence.has_value());
      EXPECT_LE(r.sentence->start, r.span.start) << r.text;
      EXPECT_GE(r.sentence->end, r.span.end) << r.text;
      // Valid JSON with SCHEMA.md's required fields.
      auto j = nlohmann::json::parse(ToJson(r), nullptr, false);
      ASSERT_FALSE(j.is_discarded()) << ToJson(r);
      for (const char* field : {"doc", "kind", "text", "start", "end", "value", "unit"})
        EXPECT_TRUE(j.contains(field)) << field << " in " << ToJson(r);
      EXPECT_EQ(j["text"].get<std::string>(), r.text);
      // Context strings are whole UTF-8: a trim that cut a multi-byte mark
      // (U+2029 of a "</p>") in half once left "cơ sở \xA9" as a subject.
      for (const auto& s : {r.subject, r.period, r.baseline, r.target})
        if (s) EXPECT_TRUE(IsValidUtf8(*s)) << path << ":" << r.span.start << " " << *s;
      for (const std::string& h : r.section) EXPECT_TRUE(IsValidUtf8(h)) << h;
    }
  }
}

TEST(Extractor, ReportsTheKindsOfARealSentence) {
  // 000: "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và
  // 31,5% dự toán địa phương phấn đấu."
  const std::string s =
      "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và "
      "31,5% dự toán địa phương phấn đấu.";
  auto result = TheExtractor().Extract(s, "000");
  ASSERT_TRUE(result.ok());
  const auto& r = result.value().records;
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].kind, Kind::kChange);
  EXPECT_EQ(r[0].text, "tăng 0,1% so cùng kỳ");
  EXPECT_EQ(r[1].kind, Kind::kAchievement);
  EXPECT_EQ(r[1].text, "đạt 32,6% dự toán Trung ương giao");
  EXPECT_EQ(r[2].kind, Kind::kAchievement);
  EXPECT_EQ(*r[2].target, "dự toán địa phương phấn đấu");
}

TEST(Extractor, OffsetsSurviveMarkupAndDecomposedLetters) {
  // 002: "xếp thứ **51/63** tỉnh, thành phố" with Markdown bold, and "tăng" written
  // with a combining dot below (U+0323) and circumflex as in 001's exports.
  const std::string s = "Bến Tre xếp thứ **51/63** tỉnh, thành phố; ta\xCC\x86ng 5% so cu\xCC\x80ng ky\xCC\x80.";
  auto result = TheExtractor().Extract(s, "markup");
  ASSERT_TRUE(result.ok());
  for (const Record& r : result.value().records) EXPECT_EQ(s.substr(r.span.start, r.span.size()), r.text);
  ASSERT_GE(result.value().records.size(), 2u);
  EXPECT_EQ(result.value().records[0].kind, Kind::kRank);
  EXPECT_EQ(*result.value().records[0].denominator, 63);
}

TEST(Extractor, InvalidUtf8NamesFileAndOffset) {
  const std::string s = "Kết nạp\xC3 đảng viên";
  auto result = TheExtractor().Extract(s, "bt-10-2023.md");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, Error::Code::kInvalidUtf8);
  EXPECT_EQ(result.error().offset, 11u);  // "Kết nạp" is 11 bytes
  EXPECT_EQ(result.error().ToString().rfind("bt-10-2023.md:11: invalid UTF-8 byte 0xC3", 0), 0u)
      << result.error().ToString();
}

TEST(Extractor, LossyModeReplacesAndWarns) {
  auto lossy = Extractor::Create({.lossy = true});
  ASSERT_TRUE(lossy.ok());
  auto result = lossy.value().Extract("tăng\xFF 5% so cùng kỳ", "x");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().warnings.size(), 1u);
  EXPECT_NE(result.value().text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Extractor, Utf16WithBomIsDecodedAndOffsetsReferToTheUtf8Text) {
  // "đạt 65,92%" in UTF-16 LE with a BOM.
  std::u16string u = u"\uFEFFKết nạp 791 đảng viên, đạt 65,92%";
  std::string bytes;
  for (char16_t c : u) {
    bytes.push_back(static_cast<char>(c & 0xFF));
    bytes.push_back(static_cast<char>(c >> 8));
  }
  auto result = TheExtractor().Extract(bytes, "utf16.txt");
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  const std::string& text = result.value().text;
  ASSERT_EQ(result.value().records.size(), 2u);
  for (const Record& r : result.value().records) EXPECT_EQ(text.substr(r.span.start, r.span.size()), r.text);
  EXPECT_EQ(result.value().records[0].text, "791 đảng viên");
}

TEST(Extractor, Utf8BomKeepsFileOffsets) {
  const std::string s = "\xEF\xBB\xBFKết nạp 791 đảng viên";
  auto result = TheExtractor().Extract(s, "bom.txt");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value().records.size(), 1u);
  EXPECT_EQ(result.value().records[0].span.start, s.find("791"));
}

TEST(Extractor, RefusesDocumentsOverTheLimit) {
  auto small = Extractor::Create({.max_bytes = 16});
  ASSERT_TRUE(small.ok());
  auto result = small.value().Extract("Kết nạp 791/1.200 đảng viên", "big.txt");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, Error::Code::kTooLarge);
}

TEST(Extractor, EmptyDocumentGivesNoRecordsAndNoError) {
  auto result = TheExtractor().Extract("", "empty.txt");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value().records.empty());
}

TEST(Extractor, BinaryInputIsRefusedSayingWhatItIs) {
  auto zip = TheExtractor().Extract(std::string("PK\x03\x04\x14\0\x06\0", 8), "bao-cao.txt");
  ASSERT_FALSE(zip.ok());
  EXPECT_EQ(zip.error().code, Error::Code::kBinary);
  EXPECT_NE(zip.error().message.find("ZIP archive"), std::string::npos) << zip.error().message;
  auto pdf = TheExtractor().Extract("%PDF-1.7\n%\xE2\xE3\xCF\xD3", "bao-cao.txt");
  ASSERT_FALSE(pdf.ok());
  EXPECT_NE(pdf.error().message.find("PDF"), std::string::npos);
}

TEST(Extractor, NulByteIsRefusedAtItsOffset) {
  auto result = TheExtractor().Extract(std::string("Kết nạp\0 791 đảng viên", 24), "nul.txt");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, Error::Code::kBinary);
  EXPECT_EQ(result.error().offset, 11u);
}

// SCHEMA.md's own examples (they come from other provinces' bulletins): each
// sentence gives the record the contract describes.
struct SchemaExample {
  const char* sentence;
  const char* text;  // the record's span
  Kind kind;
  double value;      // or the range's low end
  const char* unit;  // "" for none
};

TEST(Extractor, SchemaExamplesGiveTheirRecords) {
  const SchemaExample kExamples[] = {
      {"Doanh thu đạt 22.720 tỷ đồng.", "22.720 tỷ đồng", Kind::kQuantity, 22720, "tỷ đồng"},
      {"Hàng hóa xuất khẩu sang hơn 124 quốc gia.", "hơn 124 quốc gia", Kind::kQuantity, 124, "quốc gia"},
      {"Gói hỗ trợ 3 - 5 tỷ USD.", "3 - 5 tỷ USD", Kind::kQuantity, 3, "tỷ USD"},
      {"Thặng dư giảm xuống còn 0,62 tỷ USD.", "xuống còn 0,62 tỷ USD", Kind::kQuantity, 0.62, "tỷ USD"},
      {"GRDP tăng trưởng đạt 5,44%.", "5,44%", Kind::kPercent, 5.44, "%"},
      {"Xảy ra 461/430 vụ.", "461/430 vụ", Kind::kRatio, 461, "vụ"},
      {"Tỷ lệ hộ nghèo giảm 2 điểm phần trăm.", "giảm 2 điểm phần trăm", Kind::kChange, 2, "điểm phần trăm"},
      {"Chỉ số PCI tăng 05 bậc.", "tăng 05 bậc", Kind::kChange, 5, "bậc"},
      {"Kết nạp đạt 191% chỉ tiêu Nghị quyết năm 2023.", "đạt 191% chỉ tiêu Nghị quyết năm 2023",
       Kind::kAchievement, 191, "%"},
      {"Tỉnh đứng thứ 10/13 so với các tỉnh Đồng bằng sông Cửu Long.",
       "đứng thứ 10/13 so với các tỉnh Đồng bằng sông Cửu Long", Kind::kRank, 10, ""},
      {"Tăng trưởng đóng góp 2,71 điểm phần trăm vào mức tăng trưởng.", "2,71 điểm phần trăm",
       Kind::kQuantity, 2.71, "điểm phần trăm"},
      {"Đạt 37,5/80 điểm.", "37,5/80 điểm", Kind::kRatio, 37.5, "điểm"},
      {"Hoàn thành 1.104 tiêu chí/76 xã.", "1.104 tiêu chí/76", Kind::kRatio, 1104, "tiêu chí"},
      {"Cán bộ không quá 50 tuổi.", "không quá 50 tuổi", Kind::kQuantity, 50, "tuổi"},
      {"Tăng vốn thêm 45 triệu USD.", "Tăng vốn thêm 45 triệu USD", Kind::kChange, 45, "triệu USD"},
      {"Lượng khách 312,604 ngàn lượt khách.", "312,604 ngàn lượt khách", Kind::kQuantity, 312.604,
       "ngàn lượt khách"},
      {"Vốn 1 tỷ 375 triệu USD.", "1 tỷ 375 triệu USD", Kind::kQuantity, 1375, "triệu USD"},
  };
  for (const SchemaExample& e : kExamples) {
    auto result = TheExtractor().Extract(e.sentence, "schema");
    ASSERT_TRUE(result.ok());
    const Record* found = nullptr;
    for (const Record& r : result.value().records)
      if (r.text.rfind(e.text, 0) == 0) found = &r;
    ASSERT_NE(found, nullptr) << e.sentence;
    EXPECT_EQ(found->kind, e.kind) << e.sentence;
    EXPECT_DOUBLE_EQ(found->value ? *found->value : found->range->lo, e.value) << e.sentence;
    EXPECT_EQ(found->unit.value_or(""), e.unit) << e.sentence;
  }
}

TEST(Extractor, SchemaConventionsOnTotalsRatesAndTargets) {
  // Convention 13: "280 đại biểu … trong tổng số 280 đại biểu" is two quantities.
  auto totals = TheExtractor().Extract("Có 280 đại biểu dự, trong tổng số 280 đại biểu được triệu tập.", "s");
  ASSERT_EQ(totals.value().records.size(), 2u);
  EXPECT_EQ(totals.value().records[1].kind, Kind::kQuantity);
  // Convention 10: "hằng năm phát triển 1.500 đảng viên" -> per "năm".
  auto rate = TheExtractor().Extract("Hằng năm phát triển 1.500 đảng viên.", "s");
  ASSERT_EQ(rate.value().records.size(), 1u);
  EXPECT_EQ(rate.value().records[0].per.value_or(""), "năm");
  // Convention 15: "(21.900 tỷ đồng)" after "nghị quyết đề ra" is a target.
  auto target = TheExtractor().Extract("Thu ngân sách theo nghị quyết đề ra (21.900 tỷ đồng).", "s");
  ASSERT_EQ(target.value().records.size(), 1u);
  EXPECT_EQ(target.value().records[0].modality, Modality::kTarget);
  // 001: the resolution may be named with its issuer and year; an aside in the
  // bracket is no target.
  auto named = TheExtractor().Extract(
      "Toàn tỉnh kết nạp được 1.288 đảng viên mới, đạt tỷ lệ 117,09% Nghị quyết Tỉnh ủy năm 2023 (1.100 "
      "đảng viên mới); có 191/100 chi bộ, đạt 191% chỉ tiêu Nghị quyết năm 2023 (lũy kế đến nay toàn "
      "tỉnh có 448 ấp, khu phố).",
      "s");
  ASSERT_TRUE(named.ok());
  std::map<std::string, Modality> modality;
  for (const Record& r : named.value().records) modality[r.text] = r.modality;
  EXPECT_EQ(modality["1.100 đảng viên"], Modality::kTarget);
  EXPECT_EQ(modality["448 ấp, khu phố"], Modality::kActual);
}

}  // namespace
}  // namespace solieu
