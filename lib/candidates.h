// Stage 5: find the spans that may be figures, broadly and cheaply.
//
// Takes a sentence of the normalised text and returns every number group in
// it (one number, a slash group "791/1.200", or a range "4.500-5.000"), in
// order, with no judgement: validate.cc decides what each one is. At most
// kMaxCandidatesPerSentence per sentence (a sentence is at most
// kMaxSentenceBytes), so hostile input cannot blow up the run time; a sentence
// that has more says so (`truncated`) and the extractor warns.
// 004: "Kết nạp 791/1.200 đảng viên, đạt 65,92%" -> "791/1.200", "65,92".
#ifndef SOLIEU_LIB_CANDIDATES_H_
#define SOLIEU_LIB_CANDIDATES_H_

#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

class Patterns;

inline constexpr size_t kMaxCandidatesPerSentence = 1000;

struct Candidate {
  Span group;                 // the whole number group
  std::vector<Span> numbers;  // each number in it, in order
  bool slash = false;         // "791/1.200", "4.869/(4.500 - 5.000)"
  bool range = false;         // "4.500-5.000", "6,5% đến 7%"
};

std::vector<Candidate> FindCandidates(const Patterns& patterns, std::string_view text, Span sentence,
                                      bool* truncated = nullptr);

}  // namespace solieu

#endif  // SOLIEU_LIB_CANDIDATES_H_
