#include "period.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "patterns.h"

namespace solieu {
namespace {

const Patterns& P() {
  static const std::unique_ptr<const Patterns> patterns = std::move(Patterns::Compile().value());
  return *patterns;
}

void ExpectDates(std::string_view phrase, std::optional<int> year, std::optional<std::string> start,
                 std::optional<std::string> end) {
  PeriodDates d = ResolvePeriodDates(P(), phrase, year);
  EXPECT_EQ(d.start, start) << phrase;
  EXPECT_EQ(d.end, end) << phrase;
}

TEST(ResolvePeriodDates, SchemaExamples) {
  ExpectDates("6 tháng đầu năm 2024", std::nullopt, "2024-01-01", "2024-06-30");  // SCHEMA.md, 004
  ExpectDates("quý I/2020", std::nullopt, "2020-01-01", "2020-03-31");            // SCHEMA.md, 000
  ExpectDates("Đến ngày 27/6/2024", std::nullopt, std::nullopt, "2024-06-27");    // SCHEMA.md, 004
}

TEST(ResolvePeriodDates, PhrasesOfTheBulletins) {
  ExpectDates("Quí III đến quý IV năm 2024", std::nullopt, "2024-07-01", "2024-12-31");  // 004 PHỤ LỤC 4
  ExpectDates("quý IV đến quý II năm 2024", std::nullopt, std::nullopt, std::nullopt);   // backwards: none
  ExpectDates("9 tháng năm 2023", std::nullopt, "2023-01-01", "2023-09-30");         // 002
  ExpectDates("3 tháng cuối năm 2023", std::nullopt, "2023-10-01", "2023-12-31");    // 002
  ExpectDates("6 THÁNG CUỐI NĂM 2024", std::nullopt, "2024-07-01", "2024-12-31");    // 004 heading
  ExpectDates("(6 tháng đầu năm 2024)", std::nullopt, "2024-01-01", "2024-06-30");   // 004 appendix title
  ExpectDates("quí I năm 2020", std::nullopt, "2020-01-01", "2020-03-31");           // 000
  ExpectDates("tháng 10/2023", std::nullopt, "2023-10-01", "2023-10-31");            // 002
  ExpectDates("tháng 02/2024", std::nullopt, "2024-02-01", "2024-02-29");            // leap year
  ExpectDates("năm 2023", std::nullopt, "2023-01-01", "2023-12-31");
  ExpectDates("nhiệm kỳ 2020-2025", std::nullopt, "2020-01-01", "2025-12-31");       // 000
  ExpectDates("thời kỳ 2021 - 2030", std::nullopt, "2021-01-01", "2030-12-31");      // 001
  ExpectDates("đến năm 2030", std::nullopt, std::nullopt, "2030-12-31");             // 000
  ExpectDates("Cuối năm 2023", std::nullopt, std::nullopt, "2023-12-31");            // 004
}

TEST(ResolvePeriodDates, MissingYearComesFromTheDocument) {
  ExpectDates("6 tháng đầu năm", 2024, "2024-01-01", "2024-06-30");  // 004
  ExpectDates("tính đến 15/5", 2024, std::nullopt, "2024-05-15");
  ExpectDates("6 tháng đầu năm", std::nullopt, std::nullopt, std::nullopt);  // no year anywhere
}

TEST(ResolvePeriodDates, UpToNowEndsOnTheIssueDate) {
  // 004 is issued "ngày 08 tháng 7 năm 2024".
  const std::optional<std::string> issued = "2024-07-08";
  auto expect = [&](std::string_view phrase, std::optional<std::string> start, std::optional<std::string> end) {
    PeriodDates d = ResolvePeriodDates(P(), phrase, 2024, issued);
    EXPECT_EQ(d.start, start) << phrase;
    EXPECT_EQ(d.end, end) << phrase;
  };
  expect("Đến nay", std::nullopt, "2024-07-08");
  expect("Lũy kế từ đầu nhiệm kỳ đến nay", std::nullopt, "2024-07-08");
  expect("từ đầu nhiệm kỳ 2020-2025 đến nay", "2020-01-01", "2024-07-08");
  expect("Tính đến thời điểm báo cáo", std::nullopt, "2024-07-08");
  expect("Hiện nay", std::nullopt, "2024-07-08");
  expect("từ đầu nhiệm kỳ 2025-2030 đến nay", std::nullopt, "2024-07-08");  // never a start after the end
  // Up to a written time, the issue date does not come into it.
  expect("từ đầu nhiệm kỳ đến 6 tháng đầu năm 2024", std::nullopt, "2024-06-30");
  expect("Đến ngày 27/6/2024", std::nullopt, "2024-06-27");
}

TEST(ResolvePeriodDates, WhatDoesNotResolve) {
  ExpectDates("đến nay", 2024, std::nullopt, std::nullopt);  // a document that gives no date of issue
  ExpectDates("Lũy kế từ đầu nhiệm kỳ đến nay", 2024, std::nullopt, std::nullopt);
  ExpectDates("26 tháng", 2024, std::nullopt, std::nullopt);  // a span of time, not months of a year
  ExpectDates("đến 31/2/2024", std::nullopt, std::nullopt, std::nullopt);  // no such day
}

TEST(YearIn, LastFourDigitYear) {
  EXPECT_EQ(YearIn("6 tháng đầu năm 2024"), 2024);
  EXPECT_EQ(YearIn("giai đoạn 2021-2025"), 2025);
  EXPECT_EQ(YearIn("đến nay"), std::nullopt);
  EXPECT_EQ(YearIn("12345"), std::nullopt);
}

}  // namespace
}  // namespace solieu
