// Stage 3: normalised text -> sentences (ICU), and syllable tokens.
//
// Takes the normalised text and returns its sentences as byte spans, in order,
// covering every non-blank stretch. ICU's sentence iterator (locale "vi") runs
// on the UTF-8 through UText, with no UTF-16 copy. Its breaks after an
// abbreviation ("TP. Bến Tre", "tr.279", "QL.57") or a list number at the
// start of a line ("1.2. Nâng cao …") are dropped; numbers like "1.200" and
// "65,92" never split. A line break always ends a sentence (page-break repairs
// come later, in the context stage).
// 000: "… nhiệm kỳ 2020-2025. Đại hội cấp cơ sở …" -> two sentences.
#ifndef SOLIEU_LIB_SEGMENT_H_
#define SOLIEU_LIB_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

class Patterns;

// A sentence longer than this is cut at its last clause break (";", ",", or a
// space) before the limit: run-on text and hostile input stay cheap, and no
// figure is lost for it.
inline constexpr size_t kMaxSentenceBytes = 4096;

// Where lines and paragraphs start, found once so that the line of any byte
// costs O(log n): hostile input with one 100 MB line must not make the later
// stages quadratic. A paragraph ends at '\n' or at U+2029 (a block tag).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  size_t LineStart(size_t pos) const;       // just after the '\n' before `pos`
  size_t LineEnd(size_t pos) const;         // the '\n' at or after `pos`, or the end
  size_t ParagraphStart(size_t pos) const;  // just after the '\n' or U+2029 before `pos`
  bool LineHasTab(size_t pos) const;        // a table row

 private:
  std::vector<size_t> line_starts_;       // 0 and every byte after a '\n'
  std::vector<size_t> paragraph_starts_;  // and after every U+2029
  std::vector<bool> line_has_tab_;        // by line
  size_t size_;
};

// One per thread: ICU iterators are stateful. Cheap to create from the
// compiled prototype the Extractor holds.
class Segmenter {
 public:
  // Fails only when ICU has no sentence or word rules (a broken install).
  static Result<std::unique_ptr<Segmenter>> Create(const Patterns& patterns);
  ~Segmenter();

  std::vector<Span> Sentences(std::string_view text);

  // Word tokens (letters/digits runs; no spaces or punctuation) inside `span`
  // of `text`: "đạt 2.763 tỷ đồng" -> "đạt", "2.763", "tỷ", "đồng".
  std::vector<Span> Words(std::string_view text, Span span);

  std::unique_ptr<Segmenter> Clone() const;

 private:
  struct Icu;
  Segmenter(const Patterns& patterns, std::unique_ptr<Icu> icu);
  const Patterns& patterns_;
  std::unique_ptr<Icu> icu_;
};

}  // namespace solieu

#endif  // SOLIEU_LIB_SEGMENT_H_
