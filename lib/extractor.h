// The pipeline's glue (lib/extractor.cc): the steps between the stages that
// solieu::Extractor runs in order, exposed so that bench/stages_bench.cc can
// time the recognition of a sentence and the making of a record on their own.
//
// 004: "Kết nạp 791/1.200 đảng viên, đạt 65,92%" -> FiguresOfSentence gives a
// ratio and an achievement; ToRecord maps each back to the original bytes.
#ifndef SOLIEU_LIB_EXTRACTOR_H_
#define SOLIEU_LIB_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "context.h"
#include "normalize.h"
#include "patterns.h"
#include "segment.h"
#include "solieu/solieu.h"
#include "tables.h"
#include "validate.h"

namespace solieu {

// Figures of one sentence, in order; a candidate inside an accepted figure
// (the "375" of "1 tỷ 375 triệu USD") is skipped. Appends to `out`.
void FiguresOfSentence(const Patterns& patterns, const Validator& validator,
                       std::string_view text, const LineIndex& lines,
                       const std::vector<Table>& tables, Span sentence,
                       std::vector<FigureInContext>* out, bool* truncated);

// A resolved figure as the record SCHEMA.md describes, in original offsets.
Record ToRecord(const FigureInContext& f, const NormalizedText& norm, std::string_view original,
                std::string_view name);

}  // namespace solieu

#endif  // SOLIEU_LIB_EXTRACTOR_H_
