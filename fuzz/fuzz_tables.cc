// The table reader on arbitrary text (tabs, newlines, <p> and digits mixed).
// Invariants: tables are in order and do not overlap; every cell lies in its
// table; LocateCell finds, for any byte, a cell that contains it or none.
#include <string>

#include "fuzz_check.h"
#include "normalize.h"
#include "patterns.h"
#include "tables.h"

using namespace solieu;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Patterns* patterns = Patterns::Compile().value().release();
  std::string raw(reinterpret_cast<const char*>(data), size);
  // Normalize needs valid UTF-8: keep ASCII only, which is what tables are made of.
  for (char& c : raw)
    if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
  NormalizedText norm = Normalize(raw);
  const std::string& text = norm.text;
  std::vector<Table> tables = FindTables(*patterns, text);
  size_t last_end = 0;
  for (const Table& t : tables) {
    FUZZ_CHECK(t.span.start >= last_end && t.span.start <= t.span.end && t.span.end <= text.size());
    last_end = t.span.end;
    for (const TableRow& row : t.rows) {
      FUZZ_CHECK(!row.cells.empty());
      for (Span c : row.cells) FUZZ_CHECK(c.start >= t.span.start && c.end <= t.span.end);
    }
  }
  for (size_t p = 0; p < text.size(); p += 3) {
    if (auto cell = LocateCell(tables, p)) {
      FUZZ_CHECK(cell->cell.start <= p && p <= cell->cell.end);
      FUZZ_CHECK(cell->row < cell->table->rows.size());
    }
  }
  return 0;
}
