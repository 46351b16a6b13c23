#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "patterns.h"

namespace solieu {

struct Segmenter::Icu {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

namespace {

// Opens `text` as a UText over the UTF-8 bytes (no copy) and hands it to `it`.
bool SetUtf8Text(icu::BreakIterator& it, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return false;
  it.setText(ut, status);  // keeps its own shallow clone
  utext_close(ut);
  return U_SUCCESS(status);
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\n") == std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const Patterns& patterns) {
  UErrorCode status = U_ZERO_ERROR;
  auto icu = std::make_unique<Icu>();
  icu->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status) || !icu->sentences) {
    return Error{Error::Code::kInternal, "", 0,
                 std::string("ICU sentence iterator unavailable: ") + u_errorName(status)};
  }
  icu->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status) || !icu->words) {
    return Error{Error::Code::kInternal, "", 0,
                 std::string("ICU word iterator unavailable: ") + u_errorName(status)};
  }
  return std::unique_ptr<Segmenter>(new Segmenter(patterns, std::move(icu)));
}

Segmenter::Segmenter(const Patterns& patterns, std::unique_ptr<Icu> icu)
    : patterns_(patterns), icu_(std::move(icu)) {}

Segmenter::~Segmenter() = default;

std::unique_ptr<Segmenter> Segmenter::Clone() const {
  auto icu = std::make_unique<Icu>();
  icu->sentences.reset(icu_->sentences->clone());
  icu->words.reset(icu_->words->clone());
  return std::unique_ptr<Segmenter>(new Segmenter(patterns_, std::move(icu)));
}

std::vector<Span> Segmenter::Sentences(std::string_view text) {
  std::vector<Span> out;
  if (text.empty() || !SetUtf8Text(*icu_->sentences, text)) return out;
  icu::BreakIterator& it = *icu_->sentences;
  size_t start = 0;
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    size_t pos = static_cast<size_t>(b);
    // Keep going through a break that follows an abbreviation or a list
    // number, unless the break is a line break.
    if (pos < text.size() && text[pos - 1] != '\n' &&
        patterns_.SuppressesSentenceBreak(text, start, pos)) {
      continue;
    }
    if (!IsBlank(text.substr(start, pos - start))) {
      // Trim surrounding white space so spans start and end on text.
      size_t s = start, e = pos;
      while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t')) ++s;
      while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
      out.push_back({s, e});
    }
    start = pos;
  }
  return out;
}

std::vector<Span> Segmenter::Words(std::string_view text, Span span) {
  std::vector<Span> out;
  std::string_view window = text.substr(span.start, span.end - span.start);
  if (window.empty() || !SetUtf8Text(*icu_->words, window)) return out;
  icu::BreakIterator& it = *icu_->words;
  int32_t prev = it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; prev = b, b = it.next()) {
    if (it.getRuleStatus() == UBRK_WORD_NONE) continue;  // spaces, punctuation
    out.push_back({span.start + static_cast<size_t>(prev), span.start + static_cast<size_t>(b)});
  }
  return out;
}

}  // namespace solieu
