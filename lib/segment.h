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
