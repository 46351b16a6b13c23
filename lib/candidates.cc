#include "candidates.h"

#include "lex.h"
#include "patterns.h"

namespace solieu {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The numbers inside a group: digit runs joined by '.' or ','.
std::vector<Span> NumbersIn(std::string_view text, Span group) {
  std::vector<Span> out;
  size_t i = group.start;
  while (i < group.end) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t s = i;
    while (i < group.end &&
           (IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < group.end &&
                                 IsDigit(text[i + 1]))))
      ++i;
    out.push_back({s, i});
  }
  return out;
}

// Whether a letter follows the number ending at `end`, past spaces: the noun
// of "0,95 thuê bao/100 dân".
bool IsLetterAfter(std::string_view text, size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  return end < text.size() && !IsDigit(text[end]) && text[end] != '/' && text[end] != '%' && text[end] != '(';
}

bool Descends(std::string_view text, Span a, Span b) {
  std::optional<double> x = ParseNumber(text.substr(a.start, a.size()));
  std::optional<double> y = ParseNumber(text.substr(b.start, b.size()));
  return x && y && *x > *y;
}

}  // namespace

std::vector<Candidate> FindCandidates(const Patterns& patterns, std::string_view text,
                                      Span sentence, bool* truncated) {
  std::vector<Candidate> out;
  std::string_view input = text.substr(0, sentence.end);
  size_t pos = sentence.start;
  re2::StringPiece match;
  while (pos < sentence.end && out.size() < kMaxCandidatesPerSentence) {
    // Jump to the next digit first: most of a sentence is words.
    while (pos < sentence.end && !IsDigit(text[pos])) ++pos;
    if (pos >= sentence.end) break;
    // A digit glued after another digit run's separator ("1.2.3") is part of
    // the previous token; the pattern is anchored here.
    if (!patterns.number_group().Match(input, pos, sentence.end, RE2::ANCHOR_START, &match, 1)) {
      ++pos;
      continue;
    }
    Candidate c;
    c.group = {pos, pos + match.size()};
    c.numbers = NumbersIn(text, c.group);
    std::string_view g = match;
    c.slash = g.find('/') != std::string_view::npos;
    c.range = !c.slash && c.numbers.size() > 1;
    pos = c.group.end;
    // A density over a round number of people is one number and its rate, not
    // a ratio: 004 "0,95 thuê bao/100 dân" (SCHEMA.md convention 10).
    if (c.slash && c.numbers.size() == 2 && IsLetterAfter(text, c.numbers[0].end) &&
        patterns.per_people().Match(input, c.numbers[1].start, sentence.end, RE2::ANCHOR_START, nullptr, 0)) {
      c.group.end = c.numbers[0].end;
      c.numbers.pop_back();
      c.slash = false;
      pos = c.group.end;
    }
    if (c.range && c.numbers.size() == 2 && Descends(text, c.numbers[0], c.numbers[1])) {
      // A range climbs: "108,2%- 97,38%" (004, against the target 4.500-5.000)
      // is two values side by side, not a range.
      Candidate second{{c.numbers[1].start, c.group.end}, {c.numbers[1]}, false, false};
      c.group.end = c.numbers[0].end;
      c.numbers.pop_back();
      c.range = false;
      out.push_back(std::move(c));
      if (out.size() < kMaxCandidatesPerSentence) out.push_back(std::move(second));
      continue;
    }
    out.push_back(std::move(c));
  }
  if (truncated) {
    *truncated = false;
    for (size_t k = pos; k < sentence.end && out.size() >= kMaxCandidatesPerSentence; ++k)
      if (IsDigit(text[k])) {
        *truncated = true;
        break;
      }
  }
  return out;
}

}  // namespace solieu
