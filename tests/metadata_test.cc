#include "metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "solieu/solieu.h"
#include "test_util.h"

namespace solieu {
namespace {

DocumentInfo InfoOf(std::string_view bytes) {
  auto info = testing::TheExtractor().Info(bytes, "doc.txt");
  EXPECT_TRUE(info.ok());
  return info.ok() ? info.value() : DocumentInfo{};
}

DocumentInfo InfoOfCorpus(const std::string& file) {
  return InfoOf(testing::ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/" + file));
}

TEST(DocumentInfo, BulletinMasthead) {
  // 002: Markdown masthead, issuing body, title, issue line.
  DocumentInfo i = InfoOfCorpus("002_eb57067bc9b22e32.txt");
  EXPECT_EQ(i.issuer, "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE");
  EXPECT_EQ(i.title, "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ sinh hoạt chi bộ)");
  EXPECT_EQ(i.issue, "Số tháng 10/2023 - LHNB");
  EXPECT_EQ(i.period, "tháng 10/2023");
  EXPECT_EQ(i.period_start, "2023-10-01");
  EXPECT_EQ(i.period_end, "2023-10-31");
}

TEST(DocumentInfo, ReportWithAppendixCoverNotes) {
  // 004: "BÁO CÁO" / "tình hình, kết quả …"; number, date and issuer from
  // "(kèm Báo cáo số 654-BC/TU ngày 08/7/2024 của Ban Thường vụ Tỉnh ủy)".
  DocumentInfo i = InfoOfCorpus("004_195a311180f3ecea.txt");
  ASSERT_TRUE(i.title);
  EXPECT_TRUE(i.title->starts_with("BÁO CÁO tình hình, kết quả thực hiện Nghị quyết Tỉnh ủy")) << *i.title;
  EXPECT_EQ(i.issue, "654-BC/TU");
  EXPECT_EQ(i.date, "2024-07-08");
  EXPECT_EQ(i.issuer, "Ban Thường vụ Tỉnh ủy");
  EXPECT_EQ(i.period, "6 tháng đầu năm 2024");
}

TEST(DocumentInfo, DatedHeaderOfAnotherProvince) {
  DocumentInfo i = InfoOf(
      "TỈNH ỦY VĨNH LONG\nSố 12-BC/TU\nVĩnh Long, ngày 15 tháng 10 năm 2023\n\nBÁO CÁO\n"
      "kết quả thực hiện nhiệm vụ 9 tháng năm 2023\n\nI. KẾT QUẢ\nThu ngân sách đạt 5.000 tỷ đồng.\n");
  EXPECT_EQ(i.issuer, "TỈNH ỦY VĨNH LONG");
  EXPECT_EQ(i.issue, "Số 12-BC/TU");
  EXPECT_EQ(i.date, "2023-10-15");
  EXPECT_EQ(i.title, "BÁO CÁO kết quả thực hiện nhiệm vụ 9 tháng năm 2023");
  EXPECT_EQ(i.period, "9 tháng năm 2023");
  EXPECT_EQ(i.period_end, "2023-09-30");
}

TEST(DocumentInfo, ABulletinThatOpensOnItsFirstSectionSaysNothing) {
  DocumentInfo i = InfoOfCorpus("000_3aaedc7d7e7294aa.txt");
  EXPECT_FALSE(i.title);
  EXPECT_FALSE(i.issuer);
  EXPECT_FALSE(i.date);
  // 003 also opens on "I. …"; its "1. Chuyên đề … năm 2024 (tt)" is a section's
  // topic, not the period of the whole bulletin.
  DocumentInfo topic = InfoOfCorpus("003_4accc1bacc6ce9c7.txt");
  EXPECT_FALSE(topic.period) << *topic.period;
}

}  // namespace
}  // namespace solieu
