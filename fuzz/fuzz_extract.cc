// The whole extraction of one document.
// Invariants: every record's span lies in the text and its `text` is exactly
// those bytes; values and ranges are finite; a change has a direction and a
// magnitude; the JSON of every record parses.
#include <cmath>
#include <nlohmann/json.hpp>

#include "fuzz_check.h"
#include "solieu/solieu.h"

using namespace solieu;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Extractor* extractor = new Extractor(std::move(Extractor::Create({.lossy = true})).value());
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto result = extractor->Extract(bytes, "fuzz");
  if (!result.ok()) {
    FUZZ_CHECK(!result.error().ToString().empty());
    return 0;
  }
  const std::string& text = result.value().text;
  for (const Record& r : result.value().records) {
    FUZZ_CHECK(r.span.start <= r.span.end && r.span.end <= text.size());
    FUZZ_CHECK(text.compare(r.span.start, r.span.size(), r.text) == 0);
    FUZZ_CHECK(r.value.has_value() || r.range.has_value());
    if (r.value) FUZZ_CHECK(std::isfinite(*r.value));
    if (r.range) FUZZ_CHECK(std::isfinite(r.range->lo) && std::isfinite(r.range->hi));
    if (r.denominator) FUZZ_CHECK(std::isfinite(*r.denominator));
    if (r.kind == Kind::kChange) {
      FUZZ_CHECK(r.direction != Direction::kNone);
      if (r.value) FUZZ_CHECK(*r.value >= 0);
    }
    if (r.sentence) FUZZ_CHECK(r.sentence->start <= r.span.start && r.span.end <= r.sentence->end);
    auto j = nlohmann::json::parse(ToJson(r), nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!j.is_discarded());
  }
  return 0;
}
