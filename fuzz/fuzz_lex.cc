// Number lexing and candidate finding on arbitrary text.
// Invariants: a parsed value is finite and not negative; candidates lie in
// the sentence, in order, and each number lies in its group.
#include <cmath>
#include <memory>
#include <string>

#include "candidates.h"
#include "fuzz_check.h"
#include "lex.h"
#include "patterns.h"

using namespace solieu;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Patterns* patterns = Patterns::Compile().value().release();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (auto v = ParseNumber(text)) FUZZ_CHECK(std::isfinite(*v) && *v >= 0);
  std::vector<Candidate> cands = FindCandidates(*patterns, text, Span{0, text.size()});
  size_t last = 0;
  for (const Candidate& c : cands) {
    FUZZ_CHECK(c.group.start >= last && c.group.start < c.group.end && c.group.end <= text.size());
    for (Span n : c.numbers) FUZZ_CHECK(n.start >= c.group.start && n.end <= c.group.end);
    last = c.group.end;
  }
  FUZZ_CHECK(cands.size() <= kMaxCandidatesPerSentence);
  return 0;
}
