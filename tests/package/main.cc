// Links the installed solieu and extracts one ratio: exits 0 when
// "Kết nạp 791/1.200 đảng viên, đạt 65,92%" gives the ratio 791/1.200.
// 004: "toàn tỉnh kết nạp được 791/1.200 đảng viên²⁰, đạt 65,92% chỉ tiêu"
#include <solieu/solieu.h>

#include <iostream>
#include <string_view>

int main() {
  auto extractor = solieu::Extractor::Create({});
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return 1;
  }
  constexpr std::string_view kText = "Kết nạp 791/1.200 đảng viên, đạt 65,92%";
  auto doc = extractor.value().Extract(kText, "package-consumer");
  if (!doc.ok()) {
    std::cerr << doc.error().ToString() << "\n";
    return 1;
  }
  for (const solieu::Record& r : doc.value().records) {
    std::cout << solieu::ToJson(r) << "\n";
  }
  for (const solieu::Record& r : doc.value().records) {
    if (r.kind == solieu::Kind::kRatio && r.value == 791.0 && r.denominator == 1200.0 &&
        r.text == "791/1.200 đảng viên" &&
        kText.substr(r.span.start, r.span.size()) == r.text) {
      std::cout << "solieu " << solieu::Version() << ": found the ratio 791/1.200\n";
      return 0;
    }
  }
  std::cerr << "no ratio 791/1.200 among " << doc.value().records.size() << " records\n";
  return 1;
}
