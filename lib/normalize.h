// Stage 2: validated UTF-8 -> the normalised text the recognisers read, with
// an OffsetMap back to the original bytes.
//
// Takes the document's UTF-8 text and returns text that is NFC (utf8proc, only
// where combining marks occur), with NBSP and other spaces as ' ', curly
// quotes as '"' and '\'', dashes as '-', no Markdown emphasis, escapes or
// heading marks, no HTML tags (block tags become U+2029, so a table row with
// "<p>" cells stays one line; an HTML <table> becomes tab-separated lines),
// entities decoded, and
// superscript footnote markers removed and listed. Guarantees: for any span of
// the normalised text, OffsetMap gives the original span it came from, so a
// record's text is always original.substr(start, end - start).
// 004: "lên 18.406 đảng viên²⁰" -> "lên 18.406 đảng viên", marker 20 at its end.
#ifndef SOLIEU_LIB_NORMALIZE_H_
#define SOLIEU_LIB_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

// Maps byte offsets of the normalised text back to the original text. Built
// piece by piece while normalising: a verbatim piece maps byte for byte; a
// replaced piece (a tag turned into '\n', a composed letter) maps as a whole.
class OffsetMap {
 public:
  // norm[norm_start, norm_start + (orig_end - orig_start)) == orig[orig_start, orig_end)
  void AddVerbatim(size_t norm_start, size_t orig_start, size_t orig_end);
  // norm[norm_start, norm_end) stands for orig[orig_start, orig_end).
  void AddReplaced(size_t norm_start, size_t norm_end, size_t orig_start, size_t orig_end);

  size_t StartToOriginal(size_t norm_pos) const;
  size_t EndToOriginal(size_t norm_pos) const;
  Span ToOriginal(Span norm) const {
    return {StartToOriginal(norm.start), EndToOriginal(norm.end)};
  }

 private:
  struct Piece {
    size_t norm_start, norm_end, orig_start, orig_end;
    bool verbatim;
  };
  std::vector<Piece> pieces_;  // ordered, non-empty in the normalised text
};

// A superscript footnote marker removed from the text: "đảng viên²⁰".
struct FootnoteMarker {
  size_t norm_pos = 0;  // where it stood in the normalised text
  int number = 0;
  Span original;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;
  std::string_view original;  // the text normalised; the caller keeps it alive
  std::vector<FootnoteMarker> markers;
  // Starts (in the normalised text) of lines the markup set apart as headings:
  // a Markdown '#' line or a line wholly in bold ("**Ban Biên tập**"). In text order.
  std::vector<size_t> marked_heading_lines;
};

// `body_start` skips a UTF-8 BOM. `utf8` must be valid UTF-8.
NormalizedText Normalize(std::string_view utf8, size_t body_start = 0);

}  // namespace solieu

#endif  // SOLIEU_LIB_NORMALIZE_H_
