// Stage 7: context for every figure — modality, shared baselines, subject,
// period, source, footnote and section.
//
// Takes the normalised text, its sentences and the figures found in each, and
// fills what a figure's own span cannot tell: who it is about and when.
// 000: "Tổng thu ngân sách đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ" -> both
// figures get subject "Tổng thu ngân sách"; "Ước …" makes its clause an
// estimate; "quý I/2020" earlier in the sentence is the period.
#ifndef SOLIEU_LIB_CONTEXT_H_
#define SOLIEU_LIB_CONTEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalize.h"
#include "period.h"
#include "patterns.h"
#include "segment.h"
#include "structure.h"
#include "tables.h"
#include "validate.h"

namespace solieu {

// A figure with the context the record needs (normalised-text coordinates).
struct FigureInContext {
  Figure figure;
  Span sentence;                    // the whole sentence, across a page break
  size_t part_start = 0;            // where this part of it starts
  std::optional<Span> before_break;  // the part before the page break, if this continues one
  Modality modality = Modality::kActual;
  std::optional<std::string> subject;
  // For a count, the subject its clause names before the verb, which the
  // figures coordinated after it share; else they share `subject`.
  std::optional<std::string> lead_subject;
  std::optional<std::string> period;
  PeriodDates period_dates;
  std::vector<std::string> section;
  Source source = Source::kProse;
  std::optional<int> footnote;
  std::optional<CellRef> cell;  // for a figure in a table cell
  bool inside_table = false;     // or on a line a page break cut off from its cell
};

// Resolves context sentence by sentence, in text order, so figures can be
// written as they are found: what it keeps between sentences is the heading
// path and its period, and the document's own period.
class ContextResolver {
 public:
  // `footnote_body_lines`: FootnoteBodyLines(norm, lines).
  ContextResolver(const Patterns& patterns, const NormalizedText& norm, const LineIndex& lines,
                  const std::vector<size_t>& footnote_body_lines);

  // The figures of one sentence, in order. Sentences must come in text order.
  void ResolveSentence(std::vector<FigureInContext>* figures);

  // The first period phrase in the document's opening lines (title, issue
  // line): "Số tháng 10/2023", "6 tháng đầu năm 2024".
  std::optional<std::string> DocumentPeriod(std::string_view text) const;

 private:
  // `owned_years`: also take a year that follows a resolution, plan or
  // comparison ("chỉ tiêu Nghị quyết năm 2024"), which in running text names
  // that target rather than the figure's period. `before_end`: where the phrase
  // returned ends when it stands before `near`, else npos.
  std::optional<std::string> PeriodIn(std::string_view text, size_t from, size_t to,
                                      size_t near, bool owned_years = false,
                                      size_t* before_end = nullptr) const;
  // Whether the phrase ending at `phrase_end` opens an enumeration ("đến nay có
  // 02/24 …; 10/24 …") whose item, the one holding `near`, is a bare figure.
  bool OpensEnumerationOf(std::string_view text, size_t phrase_end, size_t near) const;
  // A period phrase that opens an earlier sentence of the paragraph ("Năm 2023,
  // …. Chỉ số PCI xếp …"), which frames the sentence at `sentence_start`.
  std::optional<std::string> FramingPeriodBefore(std::string_view text, size_t para,
                                                 size_t sentence_start) const;
  std::optional<std::string> SubjectFor(std::string_view text, const FigureInContext& f,
                                        size_t clause_start) const;
  std::optional<std::string> SubjectOfClause(std::string_view clause) const;
  // The words after a figure that say what it counts or measures: "49 xã «đạt
  // chuẩn xã nông thôn mới»", "127,5 ha «đất sản xuất»".
  std::string_view QualifiersAfter(std::string_view text, const FigureInContext& f) const;
  // `noun`: the counted noun, which ends the figure's span ("đảng viên", or
  // "người" of "triệu người").
  std::optional<std::string> CountedSubject(std::string_view text, const FigureInContext& f,
                                            std::string_view noun) const;
  // A piece of the normalised text as the bulletin writes it (curly quotes,
  // en dashes), where only such marks differ; else the piece itself.
  std::string AsWritten(std::string_view piece) const;
  bool IsMarkedHeading(size_t line_start) const;
  PeriodDates DatesOf(const std::optional<std::string>& period) const;
  const Patterns& patterns_;
  const NormalizedText& norm_;
  const LineIndex& lines_;
  std::optional<std::string> doc_period_;
  std::optional<std::string> issued_;  // the document's date of issue, ISO
  std::optional<std::string> heading_period_;
  // Where each heading met so far starts, with the period in force after it:
  // a note printed under a later heading is dated by the one it is cited under.
  std::vector<std::pair<size_t, std::optional<std::string>>> heading_periods_;
  const std::optional<std::string>& HeadingPeriodAt(size_t pos) const;
  // The list lead-ins of the last table cell met: where each ends, and whether
  // it opens pledges ("… các nội dung thi đua sau:") or results ("Kết quả …:").
  size_t leads_cell_start_ = static_cast<size_t>(-1);
  std::vector<std::pair<size_t, bool>> cell_leads_;
  Outline outline_;
  std::vector<std::string> section_;
  size_t scanned_to_ = 0;             // headings are tracked line by line up to here
  struct FootnoteBody {
    size_t line_start;
    int number;
    std::optional<size_t> cited_at;  // the marker in the running text that cites it
  };
  const FootnoteBody* FootnoteAt(size_t line_start) const;
  std::vector<FootnoteBody> footnote_lines_;  // in text order
  // The subject of each figure a footnote marker is glued to, by the marker's
  // place: the indicator its note breaks down.
  std::unordered_map<size_t, std::string> cited_subjects_;
  // The last figure of the sentence part resolved before: a sentence a page
  // break cut comes in two calls, and its figures still run on.
  std::optional<FigureInContext> last_figure_;
};

}  // namespace solieu

#endif  // SOLIEU_LIB_CONTEXT_H_
