// Stage 6b: document structure — which lines are headings, how deep each one
// sits, and the heading path ("section") every later line belongs to.
//
// Takes lines of the normalised text in order and keeps the outline. Levels
// are not fixed per numbering style: a bulletin may put "I." over "1." over
// "a)" or start straight at "1."; the first style met is the outermost, a
// style met again closes everything opened under it — unless its numbering
// starts over: 000 "6. Tình hình, kết quả thực hiện Nghị quyết quí I năm
// 2020" / "1. Về xây dựng Đảng" / "2. Về kinh tế …" nests the list under "6.",
// and a later "7." closes it. So
//   004: "I. KẾT QUẢ" / "1. Về chủ đề năm 2024" / "a) Kinh tế"
// gives the path ["I. KẾT QUẢ", "1. Về chủ đề năm 2024", "a) Kinh tế"], and a
// later "2. …" gives ["I. KẾT QUẢ", "2. …"].
#ifndef SOLIEU_LIB_STRUCTURE_H_
#define SOLIEU_LIB_STRUCTURE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize.h"
#include "segment.h"
#include "tables.h"

namespace solieu {

// How a heading line marks itself. Numbered styles come first: a number says
// more about depth than bold or capitals do.
enum class HeadingStyle {
  kAppendix,      // "PHỤ LỤC 1"
  kRoman,         // "I. KINH TẾ", "II."
  kArabic,        // "1. Một số thông tin định hướng"
  kArabic2,       // "1.1 Một số nội dung chỉ đạo …", "1.1."
  kArabic3,       // "1.1.1."
  kLetter,        // "a) Về kinh tế", "b."
  kCapitals,      // "BÁO CÁO", "THÔNG TIN SINH HOẠT NỘI BỘ"
  kMarked,        // a Markdown '#' line or a wholly bold line, not numbered
};

// The style of `line` if it is a heading: a short line with no closing full
// stop, comma or semicolon, that is numbered, in capitals, or set apart by
// markup (`marked`). A table row (tab) or a long paragraph is never one.
std::optional<HeadingStyle> HeadingStyleOf(std::string_view line, bool marked);

// The heading path, updated heading by heading.
class Outline {
 public:
  // A heading of `style` with the (trimmed) `text` starts here; `period` is
  // the period it names, if any ("4. Kết quả thực hiện Nghị quyết Tỉnh ủy năm 2023").
  void Enter(HeadingStyle style, std::string text, std::optional<std::string> period = {});

  // Outermost first; empty before the first heading.
  std::vector<std::string> Path() const;

  // The period of the innermost heading on the path that names one: a
  // sub-heading without a period ("Bên cạnh kết quả …") keeps its parent's.
  const std::optional<std::string>& Period() const;

 private:
  struct Level {
    HeadingStyle style;
    std::string text;
    std::optional<std::string> period;
    int ordinal;  // "6." -> 6, "II." -> 2, "b)" -> 2; 0 when unnumbered
  };
  std::vector<Level> levels_;
};

// Whether a footnote marker opens its line, making the line a footnote body.
bool MarkerOpensLine(const NormalizedText& norm, const LineIndex& lines, const FootnoteMarker& m);

// Starts of the lines that are footnote bodies: lines that open with a
// superscript marker ("³² *Chuỗi dừa:* Có 32 THT, …"), in text order.
std::vector<size_t> FootnoteBodyLines(const NormalizedText& norm, const LineIndex& lines);

// Sentences as the author wrote them, across page breaks. A DOCX export cuts
// a sentence where the page ended: 002 "… các giải pháp trước mắt và lâu" /
// (blank line) / "dài trong quản lý, xử lý rác thải …"; 004 even puts the
// page's footnote bodies between the halves. A sentence that ends a line
// without closing punctuation, followed (past blank lines, footnote bodies
// and page numbers) by a line that starts in lower case, continues there.
// Returns, for each of `sentences`, the span of the whole sentence it belongs
// to (itself when nothing was broken) and, for a part that continues one, the
// part before the break. Offsets do not move: a repaired span simply reaches
// over what the page break put in between.
struct RepairedSentence {
  Span whole;
  std::optional<Span> before_break;
};
std::vector<RepairedSentence> RepairPageBreaks(std::string_view text, const LineIndex& lines,
                                   const std::vector<Span>& sentences,
                                   const std::vector<size_t>& footnote_lines);

// The same repair inside tables: a cell cut by a page break (`BrokenCell`)
// ends a sentence whose rest opens the cell it goes on in. Updates `repaired`
// (one per sentence) as RepairPageBreaks does; the part before the break is
// kept within its cell.
void RepairBrokenCells(const std::vector<Table>& tables, const std::vector<Span>& sentences,
                       std::vector<RepairedSentence>* repaired);

}  // namespace solieu

#endif  // SOLIEU_LIB_STRUCTURE_H_
