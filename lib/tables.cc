#include "tables.h"

#include <algorithm>

#include "patterns.h"
#include "utf8.h"

namespace solieu {
namespace {

std::string_view Cell(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

// The noun a "Số …" row counts, from the lexicon: "Số vụ" -> "vụ", "Số người
// chết" -> "người", "Số đảng viên mới" -> "đảng viên"; else empty.
std::string CountedByLabel(const Patterns& P, const std::string& label) {
  static constexpr std::string_view kNumberOf[] = {"Số ", "số "};
  for (std::string_view lead : kNumberOf) {
    if (!std::string_view(label).starts_with(lead)) continue;
    std::string_view rest = std::string_view(label).substr(lead.size());
    if (size_t n = P.MultiWordNounAt(rest)) return std::string(rest.substr(0, n));
    std::string_view first = rest.substr(0, rest.find(' '));
    if (P.IsOneSyllableNoun(first)) return std::string(first);
  }
  return "";
}

std::string Clean(std::string_view s) {
  size_t a = s.find_first_not_of(" \n");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \n");
  std::string out;
  bool space = false;
  for (char c : s.substr(a, b - a + 1)) {
    if (c == ' ' || c == '\n') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Clean(a) == Clean(b), without building either: the same words (runs of
// bytes other than ' ' and '\n') in the same order. A table's rows are each
// compared with its header rows, so this runs once per cell.
bool SameCleanText(std::string_view a, std::string_view b) {
  auto next_word = [](std::string_view s, size_t* pos) {
    size_t start = s.find_first_not_of(" \n", *pos);
    if (start == std::string_view::npos) {
      *pos = s.size();
      return std::string_view();
    }
    size_t end = s.find_first_of(" \n", start);
    if (end == std::string_view::npos) end = s.size();
    *pos = end;
    return s.substr(start, end - start);
  };
  size_t i = 0, j = 0;
  for (;;) {
    std::string_view x = next_word(a, &i), y = next_word(b, &j);
    if (x != y) return false;
    if (x.empty()) return true;
  }
}

struct Line {
  Span span;
  std::vector<Span> cells;
};

std::vector<Span> SplitCells(std::string_view text, Span line, char separator) {
  std::vector<Span> cells;
  size_t start = line.start, end = line.end;
  if (separator == '|') {
    // "| a | b |": the outer pipes open and close the row.
    while (start < end && text[start] == ' ') ++start;
    if (start < end && text[start] == '|') ++start;
    while (end > start && text[end - 1] == ' ') --end;
    if (end > start && text[end - 1] == '|') --end;
  }
  size_t cell = start;
  for (size_t i = start; i <= end; ++i) {
    if (i == end || text[i] == separator) {
      cells.push_back({cell, i});
      cell = i + 1;
    }
  }
  return cells;
}

// A Markdown pipe-table row: "| Kết nạp đảng viên mới | ĐV | 791 |".
bool IsPipeRow(std::string_view line) {
  size_t a = line.find_first_not_of(' ');
  return a != std::string_view::npos && line[a] == '|' && line.find('|', a + 1) != std::string_view::npos;
}

// "|---|:---:|": the line under a pipe table's header.
bool IsPipeSeparator(std::string_view line) {
  return IsPipeRow(line) && line.find_first_not_of(" |-:") == std::string_view::npos &&
         line.find("--") != std::string_view::npos;
}

// The title above a table: the nearest line before it, within a few, that is
// not blank and not wholly in brackets ("(6 tháng năm 2024)", "(kèm Báo cáo
// …)"). 004 PHỤ LỤC 4: "Tiến độ triển khai thực hiện các công trình, dự án
// trọng điểm của nhiệm kỳ".
std::string_view TitleAbove(std::string_view text, size_t table_start) {
  size_t next = table_start;  // the start of the line after the one read
  for (int lines = 0; lines < 8 && next > 0; ++lines) {
    size_t end = next - 1;  // its '\n'
    size_t start = text.substr(0, end).rfind('\n');
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view line = text.substr(start, end - start);
    size_t first = line.find_first_not_of(" *");
    if (first != std::string_view::npos && line[first] != '(') return line;
    next = start;
  }
  return {};
}

// Reads the header rows into column meanings. Two levels: an upper cell that
// is empty over a lower label inherits the nearest upper label to its left
// (a merged cell in the original).
void ReadColumns(const Patterns& P, std::string_view text, Table* t, size_t header_rows) {
  size_t ncols = 0;
  for (const TableRow& r : t->rows) ncols = std::max(ncols, r.cells.size());
  t->columns.assign(ncols, {});
  std::vector<std::string> inherited(header_rows);
  for (size_t c = 0; c < ncols; ++c) {
    std::vector<std::string> parts;
    for (size_t h = 0; h < header_rows; ++h) {
      const TableRow& row = t->rows[h];
      std::string cell = c < row.cells.size() ? Clean(Cell(text, row.cells[c])) : "";
      if (!cell.empty()) inherited[h] = cell;
      bool lower_below = false;
      for (size_t k = h + 1; k < header_rows; ++k) {
        const TableRow& below = t->rows[k];
        if (c < below.cells.size() && !Clean(Cell(text, below.cells[c])).empty()) lower_below = true;
      }
      if (!cell.empty()) parts.push_back(cell);
      else if (lower_below && !inherited[h].empty()) parts.push_back(inherited[h]);
    }
    ColumnMeaning& m = t->columns[c];
    if (parts.empty()) continue;
    m.own_label = parts.back();
    for (size_t k = 0; k < parts.size(); ++k) m.label += (k ? " / " : "") + parts[k];
    const std::string& own = m.own_label;
    m.is_row_number = RE2::FullMatch(own, P.column_row_number());
    m.is_unit = RE2::FullMatch(own, P.column_unit());
    m.is_row_label = !m.is_unit && RE2::FullMatch(own, P.column_row_label());
    m.achievement = RE2::FullMatch(own, P.column_achievement());
    m.in_percent = m.achievement || own.find('%') != std::string::npos;
    std::string baseline;
    if (RE2::FullMatch(own, P.column_comparison(), &baseline)) {
      m.baseline = baseline;
      m.in_percent = true;
    }
    if (RE2::PartialMatch(own, P.column_target())) m.modality = Modality::kTarget;
    else if (RE2::PartialMatch(own, P.column_estimate())) m.modality = Modality::kEstimate;
    // The period: the label less its head words ("Chỉ tiêu 2024" -> "2024"),
    // from the lowest level that has one.
    for (size_t k = parts.size(); k-- > 0;) {
      std::string period;
      if (RE2::FullMatch(parts[k], P.column_period(), &period)) {
        m.period = period;
        break;
      }
    }
  }
  // An achievement column measures against the nearest target column to its
  // left: "Tỷ lệ" against "Chỉ tiêu 2024".
  for (size_t c = 0; c < ncols; ++c) {
    ColumnMeaning& m = t->columns[c];
    if (!m.achievement) continue;
    for (size_t k = c; k-- > 0;) {
      if (t->columns[k].modality == Modality::kTarget) {
        m.target = t->columns[k].own_label;
        break;
      }
    }
  }
  // A comparison or achievement column without a period of its own shares
  // its neighbour's: "So với cùng kỳ" after "Kết quả thực hiện 6 tháng …".
  for (size_t c = 1; c < ncols; ++c) {
    ColumnMeaning& m = t->columns[c];
    if (!m.period && (m.baseline || m.achievement) && t->columns[c - 1].period)
      m.period = t->columns[c - 1].period;
  }
  // A progress table: the label column before "Tiến độ" lists the tasks,
  // pledged for the period that closes the title.
  for (size_t c = 1; c < ncols; ++c) {
    if (!RE2::PartialMatch(t->columns[c].own_label, P.column_progress())) continue;
    ColumnMeaning& tasks = t->columns[c - 1];
    if (!tasks.is_row_label) break;
    tasks.tasks = true;
    tasks.modality = Modality::kTarget;
    std::string period;
    if (RE2::PartialMatch(TitleAbove(text, t->span.start), P.title_closing_period(), &period))
      tasks.period = period;
    break;
  }
  bool unit_column = std::any_of(t->columns.begin(), t->columns.end(),
                                 [](const ColumnMeaning& m) { return m.is_unit; });
  bool label_column = std::any_of(t->columns.begin(), t->columns.end(),
                                  [](const ColumnMeaning& m) { return m.is_row_label; });
  t->indicator = label_column && (unit_column || std::any_of(t->columns.begin(), t->columns.end(),
                                                             [](const ColumnMeaning& m) {
                                                               return m.achievement || m.baseline;
                                                             }));
}

// Row labels, units and subjects ("parent / child" for sub-rows).
void ReadRows(const Patterns& P, std::string_view text, Table* t) {
  int label_col = -1, unit_col = -1, number_col = -1;
  for (size_t c = 0; c < t->columns.size(); ++c) {
    if (t->columns[c].is_row_label && label_col < 0) label_col = static_cast<int>(c);
    if (t->columns[c].is_unit && unit_col < 0) unit_col = static_cast<int>(c);
    if (t->columns[c].is_row_number && number_col < 0) number_col = static_cast<int>(c);
  }
  if (label_col < 0) return;
  std::string parent, sub_parent;
  TableRow* previous = nullptr;
  for (TableRow& row : t->rows) {
    if (row.header) continue;
    auto cell = [&](int c) {
      return c >= 0 && static_cast<size_t>(c) < row.cells.size() ? Clean(Cell(text, row.cells[c])) : "";
    };
    row.label = cell(label_col);
    // A label that runs onto the next line after a page break: 004 "… tổ chức
    // diễn tập khu vực phòng thủ cấp xã" / "diễn tập KVPT cấp xã (39)" — no
    // number, nothing else in the row, a lower-case start.
    bool only_label = true;
    for (size_t c = 0; c < row.cells.size(); ++c)
      if (static_cast<int>(c) != label_col && !Clean(Cell(text, row.cells[c])).empty()) only_label = false;
    if (previous && only_label && !row.label.empty() &&
        !IsUpperStart(row.label)) {
      previous->label += " " + row.label;
      previous->subject += " " + row.label;
      row.subject = previous->subject;
      row.continuation = true;
      continue;
    }
    // No label and no number: the previous row goes on after a page break
    // (004 PHỤ LỤC 3: "Ba Tri" then, past a repeated header, more of its cells).
    if (previous && row.label.empty() && cell(number_col).empty()) {
      row.label = previous->label;
      row.subject = previous->subject;
      std::string unit = cell(unit_col);
      row.unit = unit.empty() ? previous->unit : std::optional<std::string>(unit);
      continue;
    }
    previous = &row;
    std::string unit = cell(unit_col);
    std::string counted, per;
    if (!unit.empty()) {
      row.unit = unit;
      // A "Số …" row counts, whatever its unit cell says: 004 PHỤ LỤC 1 "+ |
      // Số vụ | <56 | % | 75 | …" (corpus/README.md: the unit the row means).
      if (unit == "%")
        if (std::string counted_noun = CountedByLabel(P, row.label); !counted_noun.empty()) row.unit = counted_noun;
    } else if (unit_col >= 0 && RE2::FullMatch(row.label, P.row_rate_label(), &counted, &per)) {
      row.unit = counted;
      row.per = per;
    }
    std::string number = cell(number_col);
    row.numbered = RE2::FullMatch(number, P.row_number());
    // A sub-row's label often opens with "Trong đó:", which the path says already.
    std::string child = row.label;
    re2::StringPiece lead;
    if (P.subject_lead_trim().Match(child, 0, child.size(), RE2::ANCHOR_START, &lead, 1) &&
        lead.size() < child.size())
      child = child.substr(lead.size());
    if (number == "+") {
      // The whole path: "Kiểm chế, kéo giảm tội phạm … / Kéo giảm tai nạn giao thông / Số vụ".
      row.subject = (sub_parent.empty() ? parent : parent + " / " + sub_parent) + " / " + child;
    } else if ((number == "-" || number.empty()) && !parent.empty()) {
      row.subject = parent + " / " + child;
      sub_parent = child;
    } else {
      row.subject = row.label;
      if (!row.label.empty() && RE2::FullMatch(number, P.row_number())) {
        parent = row.label;
        sub_parent.clear();
      }
    }
  }
}

// A row continued past a page break may come without its empty number cell:
// 004 PHỤ LỤC 2 "<p>vực và trong nội bộ ngành …" | "<p>đương tăng 26,87 triệu
// USD …" stand under "NỘI DUNG" and "TIẾN ĐỘ", not under "STT" and "NỘI
// DUNG". A number column never holds prose, so such a row gets its empty
// number cell back (an empty span where the row starts). Rows that lose
// trailing cells instead keep their leading empty ones (PHỤ LỤC 3).
void AlignRowsThatLostTheirNumberCell(const Patterns& P, std::string_view text, Table* t) {
  if (t->columns.empty() || !t->columns[0].is_row_number) return;
  for (TableRow& row : t->rows) {
    if (row.header || row.cells.empty() || row.cells.size() >= t->columns.size()) continue;
    std::string first = Clean(Cell(text, row.cells[0]));
    if (first.empty() || RE2::FullMatch(first, P.row_number()) || RE2::FullMatch(first, P.numeric_cell())) continue;
    row.cells.insert(row.cells.begin(), Span{row.cells[0].start, row.cells[0].start});
    row.realigned = true;
  }
}

// A cell's text without the spaces and paragraph marks around it.
std::string_view CellCore(std::string_view text, Span cell) {
  std::string_view s = Cell(text, cell);
  constexpr std::string_view kParagraph = "\xE2\x80\xA9";
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
    else if (s.starts_with(kParagraph)) s.remove_prefix(kParagraph.size());
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    else if (s.ends_with(kParagraph)) s.remove_suffix(kParagraph.size());
    else break;
  }
  return s;
}

bool EndsOpen(std::string_view cell) {
  return !cell.empty() && std::string_view(".!?:;\")'>]*").find(cell.back()) == std::string_view::npos;
}

// The first line of `gap` with text, if it has no tab: a cell's text that the
// export put on a line of its own (004 PHỤ LỤC 2 "… đạt 40,02%" / "---" /
// "dự toán Trung ương giao, đạt 39,72% …").
std::optional<Span> LoneLineIn(std::string_view text, Span gap) {
  size_t at = gap.start;
  while (at < gap.end) {
    size_t eol = std::min<size_t>(gap.end, text.find('\n', at));
    Span line{at, eol};
    if (!CellCore(text, line).empty()) {
      if (text.substr(at, eol - at).find('\t') != std::string_view::npos) return std::nullopt;
      return line;
    }
    at = eol + 1;
  }
  return std::nullopt;
}

// Finds the cells a page break cut: after a repeated header or blank lines, a
// row with no number and no label whose first written cell starts in lower
// case goes on with the row before the break, cell by cell, where that row's
// cell ends without closing punctuation. A line without tabs there goes on
// with the last written cell.
void LinkCellsBrokenByPageBreaks(std::string_view text, Table* t) {
  const TableRow* before = nullptr;
  bool page_break = false;
  size_t last_row_end = t->span.start;
  for (const TableRow& row : t->rows) {
    size_t row_start = row.cells.empty() ? last_row_end : row.cells.front().start;
    std::optional<Span> lone;
    if (before && row_start > last_row_end) lone = LoneLineIn(text, Span{last_row_end, row_start});
    if (lone && (page_break || std::count(text.begin() + last_row_end, text.begin() + lone->start, '\n') > 1)) {
      size_t last = before->cells.size();
      while (last > 0 && CellCore(text, before->cells[last - 1]).empty()) --last;
      if (last > 0 && IsLowerStart(CellCore(text, *lone)) &&
          EndsOpen(CellCore(text, before->cells[last - 1]))) {
        t->broken_cells.push_back({before->cells[last - 1], *lone});
        before = nullptr;
      }
    }
    if (!row.cells.empty()) last_row_end = row.cells.back().end;
    // A repeated header or a rule ("---", the export's page break) comes between.
    bool rule = std::all_of(row.cells.begin(), row.cells.end(), [&](Span c) {
      return CellCore(text, c).find_first_not_of('-') == std::string_view::npos;
    });
    if (row.header || rule) {
      page_break = true;
      continue;
    }
    if (before && !page_break) {
      size_t gap_from = before->cells.back().end, gap_to = row.cells.front().start;
      page_break = std::count(text.begin() + gap_from, text.begin() + gap_to, '\n') > 1;
    }
    if (before && page_break) {
      size_t first = 0;
      while (first < row.cells.size() && CellCore(text, row.cells[first]).empty()) ++first;
      bool goes_on = first < row.cells.size() && IsLowerStart(CellCore(text, row.cells[first]));
      for (size_t c = first; goes_on && c < std::min(row.cells.size(), before->cells.size()); ++c) {
        std::string_view after_text = CellCore(text, row.cells[c]), before_text = CellCore(text, before->cells[c]);
        if (after_text.empty() || before_text.empty() || !IsLowerStart(after_text)) continue;
        if (!EndsOpen(before_text)) continue;
        t->broken_cells.push_back({before->cells[c], row.cells[c]});
      }
    }
    before = &row;
    page_break = false;
  }
}

// Bytes. The longest header cell of the bulletins is about 110 ("Lũy kế thực
// hiện từ đầu nhiệm kỳ đến 6 tháng đầu năm 2024").
constexpr size_t kLongestHeaderCell = 200;

bool IsHeaderRow(const Patterns& P, std::string_view text, const std::vector<Span>& cells) {
  if (cells.empty()) return false;
  std::string first = Clean(Cell(text, cells[0]));
  if (!first.empty() && RE2::FullMatch(first, P.row_number()) && first != "TT") return false;
  for (Span c : cells) {
    // A header labels its column; a cell of running prose is a row continued
    // after a page break (004 PHỤ LỤC 2: "<p>Nhân dân, kịp thời xem xét, …").
    if (c.size() > kLongestHeaderCell) return false;
    if (RE2::FullMatch(Clean(Cell(text, c)), P.numeric_cell())) return false;
  }
  return true;
}

// Exports drop or add trailing empty cells, so those do not count.
size_t CellsUpToLastFilled(std::string_view text, const std::vector<Span>& cells) {
  size_t n = cells.size();
  while (n > 0 && Clean(Cell(text, cells[n - 1])).empty()) --n;
  return n;
}

bool SameCells(std::string_view text, const std::vector<Span>& a, const std::vector<Span>& b) {
  size_t n = CellsUpToLastFilled(text, a);
  if (n != CellsUpToLastFilled(text, b)) return false;
  for (size_t i = 0; i < n; ++i)
    if (!SameCleanText(Cell(text, a[i]), Cell(text, b[i]))) return false;
  return true;
}

}  // namespace

std::vector<Table> FindTables(const Patterns& P, std::string_view text) {
  // Lines with a tab, or Markdown pipe rows, grouped into runs; blank lines
  // and other lines end a run. A pipe run counts only with its "|---|" line.
  std::vector<std::vector<Line>> runs;
  std::vector<bool> run_is_pipe;
  std::vector<bool> run_has_separator;
  size_t pos = 0;
  bool in_run = false;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    bool pipe = IsPipeRow(line);
    bool tab = !pipe && line.find('\t') != std::string_view::npos;
    if (tab || pipe) {
      if (!in_run || run_is_pipe.back() != pipe) {
        runs.emplace_back();
        run_is_pipe.push_back(pipe);
        run_has_separator.push_back(false);
      }
      if (pipe && IsPipeSeparator(line)) {
        run_has_separator.back() = true;  // not a row
      } else {
        runs.back().push_back({{pos, end}, SplitCells(text, {pos, end}, pipe ? '|' : '\t')});
      }
      in_run = true;
    } else if (line.find_first_not_of(" ") != std::string_view::npos || !in_run) {
      in_run = false;
    }
    pos = end + 1;
  }
  for (size_t i = runs.size(); i-- > 0;) {
    if ((run_is_pipe[i] && !run_has_separator[i]) || runs[i].empty()) runs.erase(runs.begin() + static_cast<long>(i));
  }

  std::vector<Table> tables;
  std::vector<size_t> header_counts;
  for (auto& run : runs) {
    size_t headers = 0;
    while (headers < run.size() && headers < 3 && IsHeaderRow(P, text, run[headers].cells)) ++headers;
    if (headers == run.size()) headers = std::min<size_t>(headers, 1);
    // A header repeated after a page break continues the previous table; so
    // does a run with no header right after one.
    bool continues = false;
    if (!tables.empty()) {
      const Table& prev = tables.back();
      size_t prev_headers = header_counts.back();
      if (headers > 0 && prev_headers > 0 && SameCells(text, run[0].cells, prev.rows[0].cells))
        continues = true;
      // Exports drop trailing empty cells, so a continued row may be shorter.
      if (headers == 0 && prev_headers > 0 && run[0].cells.size() <= prev.rows[0].cells.size())
        continues = true;
    }
    if (continues) {
      Table& t = tables.back();
      for (size_t i = 0; i < run.size(); ++i) {
        TableRow row;
        row.cells = run[i].cells;
        row.header = i < headers;
        t.rows.push_back(std::move(row));
      }
      t.span.end = run.back().span.end;
      continue;
    }
    Table t;
    t.index = tables.size();
    t.span = {run.front().span.start, run.back().span.end};
    for (size_t i = 0; i < run.size(); ++i) {
      TableRow row;
      row.cells = run[i].cells;
      row.header = i < headers;
      t.rows.push_back(std::move(row));
    }
    tables.push_back(std::move(t));
    header_counts.push_back(headers);
  }
  for (size_t i = 0; i < tables.size(); ++i) {
    if (header_counts[i] == 0) continue;
    // A header repeated inside a run (after a page break whose blank line
    // kept its tabs) is a header too, not a row.
    Table& t = tables[i];
    for (size_t r = header_counts[i]; r < t.rows.size(); ++r) {
      for (size_t h = 0; h < header_counts[i] && !t.rows[r].header; ++h)
        if (SameCells(text, t.rows[r].cells, t.rows[h].cells)) t.rows[r].header = true;
    }
    ReadColumns(P, text, &tables[i], header_counts[i]);
    AlignRowsThatLostTheirNumberCell(P, text, &tables[i]);
    ReadRows(P, text, &tables[i]);
    LinkCellsBrokenByPageBreaks(text, &tables[i]);
  }
  return tables;
}

std::string CellText(std::string_view text, Span cell) {
  std::string raw(text.substr(cell.start, cell.size()));
  for (size_t k = raw.find("\xE2\x80\xA9"); k != std::string::npos; k = raw.find("\xE2\x80\xA9", k))
    raw.replace(k, 3, " ");
  return Clean(raw);
}

bool InsideTable(const std::vector<Table>& tables, size_t pos) {
  auto it = std::upper_bound(tables.begin(), tables.end(), pos,
                             [](size_t p, const Table& t) { return p < t.span.start; });
  return it != tables.begin() && pos <= std::prev(it)->span.end;
}

std::optional<CellRef> LocateCell(const std::vector<Table>& tables, size_t pos) {
  auto it = std::upper_bound(tables.begin(), tables.end(), pos,
                             [](size_t p, const Table& t) { return p < t.span.start; });
  if (it == tables.begin()) return std::nullopt;
  const Table& t = *std::prev(it);
  if (pos > t.span.end) return std::nullopt;
  // Rows are in order: the last one starting at or before `pos`.
  auto row = std::upper_bound(t.rows.begin(), t.rows.end(), pos, [](size_t p, const TableRow& r) {
    return p < r.cells.front().start;
  });
  if (row == t.rows.begin()) return std::nullopt;
  --row;
  const auto& cells = row->cells;
  if (pos > cells.back().end) return std::nullopt;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (cells[c].size() == 0 && c + 1 < cells.size() && cells[c + 1].start == cells[c].start) continue;  // restored
    if (pos >= cells[c].start && pos <= cells[c].end)
      return CellRef{&t, static_cast<size_t>(row - t.rows.begin()), c, cells[c]};
  }
  return std::nullopt;
}

}  // namespace solieu
