// Document layer: decode (lossy), normalise, and the offset map.
// Invariants: the decoded and normalised texts are valid UTF-8; every
// normalised span maps to an original span inside the text, in order.
#include <string_view>

#include "fuzz_check.h"
#include "normalize.h"
#include "utf8.h"

using namespace solieu;

static bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = DecodeToUtf8(bytes, "fuzz", /*lossy=*/true);
  if (!decoded.ok()) {
    FUZZ_CHECK(decoded.error().code == Error::Code::kBinary);
    FUZZ_CHECK(decoded.error().offset < size);
    return 0;
  }
  const std::string& text = decoded.value().text;
  FUZZ_CHECK(ValidUtf8(text));
  NormalizedText norm = Normalize(text, decoded.value().body_start);
  FUZZ_CHECK(ValidUtf8(norm.text));
  size_t last_start = 0, last_end = 0;
  for (size_t p = 0; p <= norm.text.size(); ++p) {
    size_t s = norm.map.StartToOriginal(p), e = norm.map.EndToOriginal(p);
    FUZZ_CHECK(s <= text.size() && e <= text.size());
    FUZZ_CHECK(s >= last_start && e >= last_end);
    last_start = s;
    last_end = e;
  }
  for (size_t a = 0; a + 1 <= norm.text.size(); a += 7) {
    Span o = norm.map.ToOriginal({a, a + 1});
    FUZZ_CHECK(o.start <= o.end && o.end <= text.size());
  }
  for (const FootnoteMarker& m : norm.markers) {
    FUZZ_CHECK(m.norm_pos <= norm.text.size());
    FUZZ_CHECK(m.original.start <= m.original.end && m.original.end <= text.size());
  }
  return 0;
}
