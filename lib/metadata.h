// Stage 7c: what a document says about itself — title, issuing body, issue,
// date — read from its opening lines and from the cover notes of its
// appendices ("(kèm Báo cáo số 654-BC/TU ngày 08/7/2024 của Ban Thường vụ
// Tỉnh ủy)"). The period is the context stage's document period, so `solieu
// info` and the records' fallback agree.
// 002: "BAN TUYÊN GIÁO TỈNH ỦY BẾN TRE" / "THÔNG TIN SINH HOẠT NỘI BỘ (Phục vụ
// sinh hoạt chi bộ)" / "Số tháng 10/2023 - LHNB" -> issuer, title, issue.
#ifndef SOLIEU_LIB_METADATA_H_
#define SOLIEU_LIB_METADATA_H_

#include <optional>
#include <string>

#include "normalize.h"
#include "patterns.h"
#include "segment.h"
#include "solieu/solieu.h"

namespace solieu {

DocumentInfo ReadDocumentInfo(const Patterns& patterns, const NormalizedText& norm,
                              const LineIndex& lines, const std::optional<std::string>& period);

}  // namespace solieu

#endif  // SOLIEU_LIB_METADATA_H_
