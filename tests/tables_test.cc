// Tables: the real appendix tables of 004, and small tables in the other two
// syntaxes (Markdown pipes, HTML).
#include "tables.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "normalize.h"
#include "patterns.h"
#include "solieu/solieu.h"
#include "test_util.h"

namespace solieu {
namespace {

using testing::ReadFile;
using testing::TheExtractor;

std::vector<TableView> TablesOf(const std::string& text) {
  auto t = TheExtractor().Tables(text, "t");
  EXPECT_TRUE(t.ok());
  return t.ok() ? t.value() : std::vector<TableView>{};
}

// The first table whose first header cell row holds `label`.
const TableView* WithColumn(const std::vector<TableView>& tables, const std::string& label) {
  for (const TableView& t : tables)
    for (const std::string& l : t.column_labels)
      if (l == label) return &t;
  return nullptr;
}

TEST(Tables, Appendix1IsOneTableWithTwoHeaderLevelsAndAll24Indicators) {
  // 004, Phụ lục 1: its header is repeated after every page break.
  auto tables = TablesOf(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"));
  const TableView* pl1 = WithColumn(tables, "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ");
  ASSERT_NE(pl1, nullptr);
  EXPECT_TRUE(pl1->indicator);
  EXPECT_EQ(pl1->column_labels[1], "NỘI DUNG");
  EXPECT_EQ(pl1->column_labels[8], "So sánh chỉ tiêu nhiệm kỳ 2020-2025 / Chỉ tiêu nhiệm kỳ 2020-2025");
  EXPECT_EQ(pl1->column_labels[9], "So sánh chỉ tiêu nhiệm kỳ 2020-2025 / So sánh (%)");
  // Only one table carries these columns: the repeated headers were folded.
  size_t with_rate = 0;
  for (const TableView& t : tables)
    for (const std::string& l : t.column_labels) with_rate += l == "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ";
  EXPECT_EQ(with_rate, 1u);
  // Indicators 1..24, each once, in body rows.
  std::set<int> numbers;
  for (const auto& row : pl1->rows) {
    if (row.header || row.cells.empty()) continue;
    const std::string& n = row.cells[0];
    if (!n.empty() && n.find_first_not_of("0123456789") == std::string::npos) numbers.insert(std::stoi(n));
  }
  EXPECT_EQ(numbers.size(), 24u);
  EXPECT_EQ(*numbers.begin(), 1);
  EXPECT_EQ(*numbers.rbegin(), 24);
  // Sub-rows name their parent; header rows are marked.
  bool found_sub_row = false;
  size_t headers = 0;
  for (const auto& row : pl1->rows) {
    headers += row.header;
    if (row.subject == "Thu ngân sách nhà nước / Trung ương giao") {
      found_sub_row = true;
      EXPECT_EQ(row.unit.value_or(""), "tỷ đồng");
    }
  }
  EXPECT_TRUE(found_sub_row);
  EXPECT_GE(headers, 8u);  // two levels, repeated on each page
}

TEST(Tables, ARowLabelRunningOntoTheNextLineJoinsIt) {
  // 004, Phụ lục 1, after a page break: "diễn tập KVPT cấp xã (39)".
  auto tables = TablesOf(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"));
  const TableView* pl1 = WithColumn(tables, "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ");
  ASSERT_NE(pl1, nullptr);
  bool joined = false;
  for (const auto& row : pl1->rows)
    joined |= row.subject.find("cấp xã diễn tập KVPT cấp xã (39)") != std::string::npos;
  EXPECT_TRUE(joined);
}

TEST(Tables, ARowSplitByAPageBreakKeepsItsLabel) {
  // 004, Phụ lục 3: a district's row goes on past a repeated header, whose
  // copy sometimes ends in an extra empty cell ("…\tGhi chú\t").
  auto tables = TablesOf(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"));
  const TableView* pl3 = WithColumn(tables, "Kết quả thực hiện / Ba mũi");
  ASSERT_NE(pl3, nullptr);
  size_t body = 0;
  std::set<std::string> labels;
  for (const auto& row : pl3->rows) {
    if (row.header) continue;
    ++body;
    labels.insert(row.subject);
    EXPECT_NE(row.cells[0] + row.cells[1], "TTĐơn vị") << "a repeated header read as a row";
  }
  EXPECT_GT(body, 20u);
  EXPECT_EQ(labels.count(""), 0u);
  EXPECT_EQ(labels.count("Ba Tri / "), 0u);
  EXPECT_EQ(labels.count("Ba Tri"), 1u);
  EXPECT_EQ(labels.count("Mỏ Cày Nam"), 1u);
}

TEST(Tables, ARowThatLostItsEmptyNumberCellStandsUnderItsHeadersAgain) {
  // 004, Phụ lục 2: past a page break a row comes as two prose cells, the task
  // and its progress, without the empty "STT" cell before them.
  auto tables = TablesOf(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"));
  const TableView* pl2 = WithColumn(tables, "TIẾN ĐỘ TRIỂN KHAI THỰC HIỆN");
  ASSERT_NE(pl2, nullptr);
  bool found = false;
  for (const auto& row : pl2->rows) {
    if (row.cells.size() < 3 || row.cells[1].find("đầu tư hệ thống xử lý nước thải 03 cụm") == std::string::npos)
      continue;
    found = true;
    EXPECT_EQ(row.cells[0], "");
    EXPECT_NE(row.cells[2].find("tăng 26,87 triệu USD"), std::string::npos) << row.cells[2];
  }
  EXPECT_TRUE(found);
  // So its task is a target, and its progress what was done.
  auto r = TheExtractor().Extract(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"), "004");
  ASSERT_TRUE(r.ok());
  for (const Record& rec : r.value().records) {
    if (!rec.table || rec.table->index != pl2->index) continue;
    if (rec.text == "03 cụm công nghiệp" && rec.table->column == 1) EXPECT_EQ(rec.modality, Modality::kTarget);
    if (rec.text == "tăng 26,87 triệu USD") {
      EXPECT_EQ(rec.table->column, 2u);
      EXPECT_EQ(rec.modality, Modality::kActual);
    }
  }
}

TEST(Tables, AppendixTablesWithProseCellsAreFound) {
  // 004, Phụ lục 2 to 5: cells hold "<p>" paragraphs; each row stays one row.
  auto tables = TablesOf(ReadFile(SOLIEU_CORPUS_DIR "/004_195a311180f3ecea.txt"));
  EXPECT_NE(WithColumn(tables, "TIẾN ĐỘ TRIỂN KHAI THỰC HIỆN"), nullptr);
  EXPECT_NE(WithColumn(tables, "Tên dự án"), nullptr);
  EXPECT_NE(WithColumn(tables, "Kết quả triển khai thực hiện"), nullptr);
}

TEST(Tables, MarkdownPipeTable) {
  // Phụ lục 1's first rows, as a Markdown export would write them.
  const std::string md =
      "| TT | NỘI DUNG | Chỉ tiêu 2024 | Đơn vị tính | Kết quả | Tỷ lệ |\n"
      "|---|---|---|---|---|---|\n"
      "| 1 | Kết nạp đảng viên mới | 1.200 | ĐV | 791 | 65,92% |\n"
      "| 6 | Tổng kim ngạch xuất khẩu | 1.750 | triệu USD | 801,7 | 45,81 |\n";
  auto tables = TablesOf(md);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_TRUE(tables[0].indicator);
  ASSERT_EQ(tables[0].rows.size(), 3u);
  EXPECT_EQ(tables[0].rows[2].subject, "Tổng kim ngạch xuất khẩu");
  EXPECT_EQ(tables[0].rows[2].unit.value_or(""), "triệu USD");
  auto result = TheExtractor().Extract(md, "pipe.md");
  ASSERT_TRUE(result.ok());
  const auto& r = result.value().records;
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[2].kind, Kind::kAchievement);
  EXPECT_EQ(r[2].text, "65,92%");
  EXPECT_EQ(r[2].target.value_or(""), "Chỉ tiêu 2024");
  EXPECT_EQ(r[4].unit.value_or(""), "triệu USD");
  EXPECT_EQ(r[4].source, Source::kTable);
  for (const Record& x : r) EXPECT_EQ(md.substr(x.span.start, x.span.size()), x.text);
}

TEST(Tables, PipesWithoutTheHeaderLineAreNotATable) {
  // A line with pipes in prose is not a table without its "|---|" line.
  EXPECT_TRUE(TablesOf("| ghi chú | 12 xã |\nTiếp theo.\n").empty());
}

TEST(Tables, HtmlTable) {
  const std::string html =
      "<table><tr><th>TT</th><th>Nội dung</th><th>Đơn vị tính</th><th>Kế hoạch 2024</th>"
      "<th>Thực hiện 6 tháng</th><th>Tỷ lệ (%)</th></tr>\n"
      "<tr><td>1</td><td>Kết nạp đảng viên mới</td><td>ĐV</td><td>1.200</td><td>791</td>"
      "<td>65,92</td></tr></table>\n";
  auto result = TheExtractor().Extract(html, "table.html");
  ASSERT_TRUE(result.ok());
  const auto& r = result.value().records;
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].text, "1.200");
  EXPECT_EQ(r[0].modality, Modality::kTarget);
  EXPECT_EQ(r[1].unit.value_or(""), "ĐV");
  EXPECT_EQ(r[2].kind, Kind::kAchievement);
  EXPECT_EQ(r[2].target.value_or(""), "Kế hoạch 2024");
  for (const Record& x : r) EXPECT_EQ(html.substr(x.span.start, x.span.size()), x.text);
}

TEST(Tables, LocateCellFindsTheCellOfAByte) {
  auto patterns = Patterns::Compile();
  const std::string text = "TT\tNỘI DUNG\tĐơn vị tính\tKết quả\n1\tKết nạp đảng viên mới\tĐV\t791\n";
  NormalizedText norm = Normalize(text);
  std::vector<Table> tables = FindTables(*patterns.value(), norm.text);
  ASSERT_EQ(tables.size(), 1u);
  auto cell = LocateCell(tables, norm.text.find("791"));
  ASSERT_TRUE(cell.has_value());
  EXPECT_EQ(cell->row, 1u);
  EXPECT_EQ(cell->column, 3u);
  EXPECT_FALSE(LocateCell(tables, norm.text.size() + 10).has_value());
}

}  // namespace
}  // namespace solieu
