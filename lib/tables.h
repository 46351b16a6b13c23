// Stage 3b: tables — runs of tab-separated lines, with the meaning of their
// rows and columns.
//
// Takes the normalised text and returns its tables: each row's cells as byte
// spans, the header rows (two levels: "Kết quả thực hiện 6 tháng đầu năm
// 2024" over "Kết quả" | "Tỷ lệ"), a header repeated after a page break
// folded into one table, and for indicator tables what each column means
// (the label column, the unit column "Đơn vị tính", a target column "Chỉ
// tiêu 2024", an achievement column "Tỷ lệ", a comparison "So với cùng kỳ
// (…)") and each row's label, with its parent's for sub-rows ("-", "+"):
// 004: "Thu ngân sách nhà nước / Trung ương giao".
#ifndef SOLIEU_LIB_TABLES_H_
#define SOLIEU_LIB_TABLES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

class Patterns;

// What a value column holds, read from its header.
struct ColumnMeaning {
  std::string label;        // "Kết quả thực hiện 6 tháng đầu năm 2024 / Tỷ lệ"
  std::string own_label;    // the lowest header cell: "Tỷ lệ"
  bool is_row_number = false;  // "TT", "STT"
  bool is_row_label = false;   // "NỘI DUNG", "Nội dung", "Tên dự án", "Đơn vị"
  bool is_unit = false;        // "Đơn vị tính", "ĐVT"
  bool achievement = false;    // "Tỷ lệ", "So sánh (%)"
  bool in_percent = false;     // "Tỷ lệ", "So với cùng kỳ", "(%)"
  std::optional<std::string> target;    // achievement: the target column's label
  std::optional<std::string> baseline;  // "So với cùng kỳ (…)" -> "cùng kỳ (…)"
  std::optional<std::string> period;    // "Chỉ tiêu 2024" -> "2024"
  Modality modality = Modality::kActual;
  // A progress table's task column ("Tên dự án" before "Tiến độ"): targets,
  // for the period that closes the table's title.
  bool tasks = false;
};

struct TableRow {
  std::vector<Span> cells;  // normalised text, tabs excluded
  bool header = false;
  bool continuation = false;  // the rest of the row above's label, after a page break
  bool numbered = false;      // has its own row number ("1", "I.2.", "-")
  bool realigned = false;     // came without its empty number cell, given back
  std::string label;    // the row label cell
  std::string subject;  // label, with the parent's for a sub-row
  std::optional<std::string> unit;  // the unit column's cell
  // A rate row with no unit cell, "Số giường bệnh/vạn dân": what it counts
  // ("giường bệnh") is the unit, per "vạn dân".
  std::optional<std::string> per;
};

// A cell's text cut by a page break and carried on, past the repeated header,
// in the same column of the next row: 004 PHỤ LỤC 3 "… nâng tổng số đến" /
// (header) / "nay có 37/55 trường đạt chuẩn quốc gia".
struct BrokenCell {
  Span before;  // the cell the text began in
  Span after;   // the cell it goes on in
};

struct Table {
  size_t index = 0;  // 0-based, in document order
  Span span;
  std::vector<TableRow> rows;
  std::vector<ColumnMeaning> columns;
  bool indicator = false;  // has a unit column or value columns we understand
  std::vector<BrokenCell> broken_cells;  // in text order
};

// A cell of a table, for the figures found in it.
struct CellRef {
  const Table* table = nullptr;
  size_t row = 0, column = 0;
  Span cell;
};

std::vector<Table> FindTables(const Patterns& patterns, std::string_view text);

// A cell's text with white space (and U+2029) folded to single spaces.
std::string CellText(std::string_view text, Span cell);

// The cell that holds byte `pos`, if any. `tables` are in text order.
std::optional<CellRef> LocateCell(const std::vector<Table>& tables, size_t pos);

// Whether byte `pos` lies between a table's first and last rows: a line there
// without tabs is a cell's text broken off by a page break (004 PHỤ LỤC 2).
bool InsideTable(const std::vector<Table>& tables, size_t pos);

}  // namespace solieu

#endif  // SOLIEU_LIB_TABLES_H_
