#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>

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

// Spaces, tabs, line breaks and U+2029 (a block tag's paragraph end).
bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n') {
    *len = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE2\x80\xA9") {
    *len = 3;
    return true;
  }
  return false;
}

bool IsBlank(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += n)
    if (!IsSpaceAt(s, i, &n)) return false;
  return true;
}

}  // namespace

namespace {
// The bytes LineIndex stops at: a tab, a line break, the lead byte of U+2029.
constexpr auto kLineByte = [] {
  std::array<bool, 256> stop{};
  stop['\t'] = stop['\n'] = stop[0xE2] = true;
  return stop;
}();
}  // namespace

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
  line_starts_.push_back(0);
  paragraph_starts_.push_back(0);
  line_has_tab_.push_back(false);
  for (size_t i = 0; i < text.size(); ++i) {
    // Most bytes are none of the three: pass them in a tight loop.
    while (i < text.size() && !kLineByte[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    if (text[i] == '\t') {
      line_has_tab_.back() = true;
    } else if (text[i] == '\n') {
      line_has_tab_.push_back(false);
      line_starts_.push_back(i + 1);
      paragraph_starts_.push_back(i + 1);
    } else if (text[i] == '\xE2' && text.substr(i, 3) == "\xE2\x80\xA9") {
      paragraph_starts_.push_back(i + 3);
    }
  }
}

namespace {
size_t LastAtOrBefore(const std::vector<size_t>& v, size_t pos) {
  return *std::prev(std::upper_bound(v.begin(), v.end(), pos));
}
}  // namespace

size_t LineIndex::LineStart(size_t pos) const { return LastAtOrBefore(line_starts_, pos); }

size_t LineIndex::LineEnd(size_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return it == line_starts_.end() ? size_ : *it - 1;
}

bool LineIndex::LineHasTab(size_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return line_has_tab_[static_cast<size_t>(it - line_starts_.begin()) - 1];
}

size_t LineIndex::ParagraphStart(size_t pos) const { return LastAtOrBefore(paragraph_starts_, pos); }

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

namespace {

// Cuts `s` into pieces of at most kMaxSentenceBytes at clause breaks.
void SplitLong(Span s, std::string_view text, std::vector<Span>* out) {
  while (s.size() > kMaxSentenceBytes) {
    size_t limit = s.start + kMaxSentenceBytes;
    size_t cut = std::string_view::npos;
    for (char mark : {';', ',', ' '}) {
      size_t k = text.substr(s.start, limit - s.start).rfind(mark);
      if (k != std::string_view::npos && k > kMaxSentenceBytes / 2) {
        cut = s.start + k + 1;
        break;
      }
    }
    if (cut == std::string_view::npos) {
      cut = limit;  // no break at all: cut on a character boundary
      while (cut > s.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    out->push_back({s.start, cut});
    s.start = cut;
    while (s.start < s.end && text[s.start] == ' ') ++s.start;
  }
  if (s.size() > 0) out->push_back(s);
}

}  // namespace

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
      size_t s = start, e = pos, n = 0;
      while (s < e && IsSpaceAt(text, s, &n)) s += n;
      while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' ||
                       (e - s >= 3 && text.substr(e - 3, 3) == "\xE2\x80\xA9")))
        e -= text[e - 1] == '\xA9' ? 3 : 1;
      SplitLong({s, e}, text, &out);
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
