// The pipeline: decode -> normalise -> sentences -> candidates -> validate ->
// context -> records with original offsets. One function per stage, in order.
#include <algorithm>
#include <optional>

#include "extractor.h"

#include "candidates.h"
#include "context.h"
#include "metadata.h"
#include "normalize.h"
#include "patterns.h"
#include "segment.h"
#include "tables.h"
#include "solieu/solieu.h"
#include "utf8.h"
#include "validate.h"

namespace solieu {

const char* Version() { return SOLIEU_VERSION; }

std::string Error::ToString() const {
  std::string out = file.empty() ? "solieu" : file;
  out.append(":").append(std::to_string(offset)).append(": ").append(message);
  return out;
}

class Extractor::Impl {
 public:
  Options options;
  std::unique_ptr<const Patterns> patterns;
  std::unique_ptr<Segmenter> segmenter_prototype;  // cloned per call
};

Extractor::Extractor(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Options& Extractor::options() const { return impl_->options; }

Result<Extractor> Extractor::Create(const Options& options) {
  auto impl = std::make_shared<Impl>();
  impl->options = options;
  auto patterns = Patterns::Compile();
  if (!patterns.ok()) return patterns.error();
  impl->patterns = std::move(patterns).value();
  auto segmenter = Segmenter::Create(*impl->patterns);
  if (!segmenter.ok()) return segmenter.error();
  impl->segmenter_prototype = std::move(segmenter).value();
  return Extractor(std::move(impl));
}

namespace {

Result<DecodedText> Decode(std::string_view bytes, std::string_view name, const Options& options) {
  if (bytes.size() > options.max_bytes) {
    return Error{Error::Code::kTooLarge, std::string(name), options.max_bytes,
                 "document is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                     std::to_string(options.max_bytes) + " (raise it with --max-bytes)"};
  }
  return DecodeToUtf8(bytes, name, options.lossy);
}

}  // namespace

void FiguresOfSentence(const Patterns& patterns, const Validator& validator,
                       std::string_view text, const LineIndex& lines,
                       const std::vector<Table>& tables, Span sentence,
                       std::vector<FigureInContext>* out, bool* truncated) {
  std::vector<Candidate> candidates = FindCandidates(patterns, text, sentence, truncated);
  std::optional<size_t> previous;  // index in *out: it may reallocate
  size_t covered_to = 0;
  for (const Candidate& c : candidates) {
    if (c.group.start < covered_to) continue;
    bool tabbed = lines.LineHasTab(c.group.start);
    std::optional<CellRef> cell = LocateCell(tables, c.group.start);  // tab, pipe or HTML table
    // Numbering is judged from the start of the paragraph (a "<p>" in a cell).
    CandidateContext ctx{text, sentence, lines.ParagraphStart(c.group.start),
                         tabbed || cell.has_value(), previous ? &(*out)[*previous].figure : nullptr,
                         cell ? &*cell : nullptr};
    Verdict v = validator.Classify(c, ctx);
    if (!v.figure) continue;
    FigureInContext f;
    f.figure = *v.figure;
    f.sentence = sentence;
    f.cell = cell;
    f.inside_table = cell.has_value() || InsideTable(tables, c.group.start);
    out->push_back(std::move(f));
    previous = out->size() - 1;
    covered_to = out->back().figure.span.end;
  }
}

Record ToRecord(const FigureInContext& f, const NormalizedText& norm, std::string_view original,
                std::string_view name) {
  Record r;
  r.doc = std::string(name);
  const Figure& fig = f.figure;
  r.kind = fig.kind;
  r.span = norm.map.ToOriginal(fig.span);
  r.text = std::string(original.substr(r.span.start, r.span.size()));
  r.value = fig.value;
  r.range = fig.range;
  r.unit = fig.unit;
  r.denominator = fig.denominator;
  r.denominator_range = fig.denominator_range;
  r.direction = fig.direction;
  r.baseline = fig.baseline;
  r.target = fig.target;
  r.comparator = fig.comparator;
  r.per = fig.per;
  r.modality = f.modality;
  r.subject = f.subject;
  r.period = f.period;
  r.period_start = f.period_dates.start;
  r.period_end = f.period_dates.end;
  r.section = f.section;
  r.sentence = norm.map.ToOriginal(f.sentence);
  r.source = f.source;
  r.footnote = f.footnote;
  if (f.cell) {
    const Table& t = *f.cell->table;
    const TableRow& row = t.rows[f.cell->row];
    r.table = TablePlace{t.index, f.cell->row, f.cell->column, row.subject,
                         f.cell->column < t.columns.size() ? t.columns[f.cell->column].label : ""};
  }
  r.pattern = fig.pattern;
  return r;
}

Result<std::string> Extractor::Text(std::string_view bytes, std::string_view name) const {
  auto decoded = Decode(bytes, name, impl_->options);
  if (!decoded.ok()) return decoded.error();
  return std::move(decoded.value().text);
}

Result<DocumentInfo> Extractor::Info(std::string_view bytes, std::string_view name) const {
  auto decoded = Decode(bytes, name, impl_->options);
  if (!decoded.ok()) return decoded.error();
  NormalizedText norm = Normalize(decoded.value().text, decoded.value().body_start);
  LineIndex lines(norm.text);
  ContextResolver context(*impl_->patterns, norm, lines, FootnoteBodyLines(norm, lines));
  return ReadDocumentInfo(*impl_->patterns, norm, lines, context.DocumentPeriod(norm.text));
}

Result<std::vector<TableView>> Extractor::Tables(std::string_view bytes, std::string_view name) const {
  auto decoded = Decode(bytes, name, impl_->options);
  if (!decoded.ok()) return decoded.error();
  NormalizedText norm = Normalize(decoded.value().text, decoded.value().body_start);
  std::vector<TableView> out;
  for (const Table& t : FindTables(*impl_->patterns, norm.text)) {
    TableView v;
    v.index = t.index;
    v.span = norm.map.ToOriginal(t.span);
    v.indicator = t.indicator;
    for (const ColumnMeaning& c : t.columns) v.column_labels.push_back(c.label);
    for (const TableRow& r : t.rows) {
      TableView::Row row;
      row.header = r.header;
      row.subject = r.subject;
      row.unit = r.unit;
      for (Span c : r.cells) row.cells.push_back(CellText(norm.text, c));
      v.rows.push_back(std::move(row));
    }
    out.push_back(std::move(v));
  }
  return out;
}

namespace {

// Stages 2 to 8 over one decoded document; records go to `sink` sentence by
// sentence, warnings to `warnings`.
void Run(const Patterns& patterns, const Segmenter& prototype, Strictness strictness,
         const DecodedText& decoded, std::string_view name, const Extractor::RecordSink& sink,
         std::vector<Warning>* warnings) {
  NormalizedText norm = Normalize(decoded.text, decoded.body_start);
  std::vector<Span> sentences = prototype.Clone()->Sentences(norm.text);
  LineIndex lines(norm.text);
  std::vector<Table> tables = FindTables(patterns, norm.text);
  Validator validator(patterns, strictness);
  const std::vector<size_t> footnote_lines = FootnoteBodyLines(norm, lines);
  ContextResolver context(patterns, norm, lines, footnote_lines);
  std::vector<RepairedSentence> repaired = RepairPageBreaks(norm.text, lines, sentences, footnote_lines);
  RepairBrokenCells(tables, sentences, &repaired);
  std::vector<FigureInContext> figures;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Span s = sentences[k];
    figures.clear();
    bool truncated = false;
    FiguresOfSentence(patterns, validator, norm.text, lines, tables, s, &figures, &truncated);
    for (FigureInContext& f : figures) {
      f.sentence = repaired[k].whole;
      f.part_start = s.start;
      f.before_break = repaired[k].before_break;
    }
    if (truncated) {
      warnings->push_back({norm.map.StartToOriginal(s.start),
                           "more than " + std::to_string(kMaxCandidatesPerSentence) +
                               " numbers in one sentence; the rest of it was skipped"});
    }
    if (figures.empty()) continue;
    context.ResolveSentence(&figures);
    for (const FigureInContext& f : figures) sink(ToRecord(f, norm, decoded.text, name));
  }
}

}  // namespace

Result<std::vector<Warning>> Extractor::ExtractTo(std::string_view bytes, std::string_view name,
                                                  const RecordSink& sink) const {
  auto decoded = Decode(bytes, name, impl_->options);
  if (!decoded.ok()) return decoded.error();
  std::vector<Warning> warnings = std::move(decoded.value().warnings);
  Run(*impl_->patterns, *impl_->segmenter_prototype, impl_->options.strictness, decoded.value(), name,
      sink, &warnings);
  return warnings;
}

Result<Extraction> Extractor::Extract(std::string_view bytes, std::string_view name) const {
  auto decoded = Decode(bytes, name, impl_->options);
  if (!decoded.ok()) return decoded.error();
  Extraction out;
  out.warnings = std::move(decoded.value().warnings);
  Run(*impl_->patterns, *impl_->segmenter_prototype, impl_->options.strictness, decoded.value(), name,
      [&](Record&& r) { out.records.push_back(std::move(r)); }, &out.warnings);
  out.text = std::move(decoded.value().text);
  return out;
}

}  // namespace solieu
