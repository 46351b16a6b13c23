// Throughput of each pipeline stage on the corpus bulletins, in MB of input
// text per second (Google Benchmark's bytes_per_second), so the stages can be
// compared with each other and with the whole pipeline: a stage at X MB/s
// costs 1/X seconds per MB of bulletins, and the costs add up.
//
// Each stage is fed what the stages before it produced, computed once before
// timing. bench/run.sh runs this; alone:
//   build-bench/bench/stages_bench --benchmark_min_time=1
// SOLIEU_CORPUS_DIR (environment) overrides the corpus folder.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "candidates.h"
#include "context.h"
#include "extractor.h"
#include "lex.h"
#include "normalize.h"
#include "patterns.h"
#include "segment.h"
#include "solieu/solieu.h"
#include "tables.h"
#include "utf8.h"
#include "validate.h"

namespace solieu {
namespace {

// What each stage made of one bulletin, kept for the stage after it.
struct Prepared {
  std::string name;
  std::string bytes;
  DecodedText decoded;
  NormalizedText norm;
  std::vector<Span> sentences;
  std::unique_ptr<LineIndex> lines;
  std::vector<Table> tables;
  std::vector<std::vector<FigureInContext>> figures;  // by sentence, before context
  std::vector<Record> records;
};

// Discards what is written, as /dev/null does, but without a system call.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

struct Corpus {
  std::unique_ptr<const Patterns> patterns;
  std::unique_ptr<Extractor> extractor;
  std::vector<std::unique_ptr<Prepared>> docs;
  int64_t bytes = 0;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* dir = std::getenv("SOLIEU_CORPUS_DIR");
    std::filesystem::path root = dir ? dir : SOLIEU_CORPUS_DIR;
    c->patterns = std::move(Patterns::Compile()).value();
    c->extractor = std::make_unique<Extractor>(std::move(Extractor::Create({})).value());
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(root))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) {
      std::cerr << "stages_bench: no .txt files in " << root << "\n";
      std::exit(2);
    }
    auto segmenter = std::move(Segmenter::Create(*c->patterns)).value();
    Validator validator(*c->patterns, Strictness::kNormal);
    for (const auto& path : paths) {
      auto d = std::make_unique<Prepared>();
      d->name = path.string();
      d->bytes = ReadFile(path);
      c->bytes += static_cast<int64_t>(d->bytes.size());
      d->decoded = std::move(DecodeToUtf8(d->bytes, d->name, false)).value();
      d->norm = Normalize(d->decoded.text, d->decoded.body_start);
      d->sentences = segmenter->Sentences(d->norm.text);
      d->lines = std::make_unique<LineIndex>(d->norm.text);
      d->tables = FindTables(*c->patterns, d->norm.text);
      for (Span s : d->sentences) {
        std::vector<FigureInContext> figures;
        bool truncated = false;
        FiguresOfSentence(*c->patterns, validator, d->norm.text, *d->lines, d->tables, s, &figures,
                          &truncated);
        d->figures.push_back(std::move(figures));
      }
      d->records = std::move(c->extractor->Extract(d->bytes, d->name)).value().records;
      c->docs.push_back(std::move(d));
    }
    return c;
  }();
  return *corpus;
}

// Every benchmark reports the corpus bytes it covered per iteration.
void Report(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * TheCorpus().bytes);
}

// Stage 1: bytes -> validated UTF-8.
void BM_Decode(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(DecodeToUtf8(d->bytes, d->name, false));
  Report(state);
}
BENCHMARK(BM_Decode);

// Stage 2: NFC, markup, spaces, footnote markers, with the offset map.
void BM_Normalize(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state)
    for (const auto& d : c.docs)
      benchmark::DoNotOptimize(Normalize(d->decoded.text, d->decoded.body_start));
  Report(state);
}
BENCHMARK(BM_Normalize);

// Stage 3: sentences (ICU over UTF-8, with solieu's break repairs).
void BM_Segment(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  auto segmenter = std::move(Segmenter::Create(*c.patterns)).value();
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(segmenter->Sentences(d->norm.text));
  Report(state);
}
BENCHMARK(BM_Segment);

// Stage 3b: the line index and the tables.
void BM_LinesAndTables(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& d : c.docs) {
      LineIndex lines(d->norm.text);
      benchmark::DoNotOptimize(lines);
      benchmark::DoNotOptimize(FindTables(*c.patterns, d->norm.text));
    }
  }
  Report(state);
}
BENCHMARK(BM_LinesAndTables);

// Stages 4-5: number groups of every sentence, and the value of each number.
void BM_Candidates(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& d : c.docs) {
      for (Span s : d->sentences) {
        for (const Candidate& cand : FindCandidates(*c.patterns, d->norm.text, s)) {
          for (Span n : cand.numbers)
            benchmark::DoNotOptimize(ParseNumber(d->norm.text.substr(n.start, n.size())));
        }
      }
    }
  }
  Report(state);
}
BENCHMARK(BM_Candidates);

// Stage 6: the candidates of every sentence judged (includes finding them,
// BM_Candidates, once more).
void BM_Validate(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  Validator validator(*c.patterns, Strictness::kNormal);
  std::vector<FigureInContext> figures;
  for (auto _ : state) {
    for (const auto& d : c.docs) {
      for (Span s : d->sentences) {
        figures.clear();
        bool truncated = false;
        FiguresOfSentence(*c.patterns, validator, d->norm.text, *d->lines, d->tables, s, &figures,
                          &truncated);
        benchmark::DoNotOptimize(figures.data());
      }
    }
  }
  Report(state);
}
BENCHMARK(BM_Validate);

// Stage 7: modality, subject, period, section of every figure (includes
// copying each sentence's figures, which the resolver fills in place).
void BM_Context(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<FigureInContext> figures;
  for (auto _ : state) {
    for (const auto& d : c.docs) {
      ContextResolver context(*c.patterns, d->norm, *d->lines, FootnoteBodyLines(d->norm, *d->lines));
      for (const auto& sentence : d->figures) {
        if (sentence.empty()) continue;
        figures = sentence;
        context.ResolveSentence(&figures);
        benchmark::DoNotOptimize(figures.data());
      }
    }
  }
  Report(state);
}
BENCHMARK(BM_Context);

// Resolved figures -> Records in original offsets (the copies into the API type).
void BM_Records(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<std::vector<FigureInContext>> resolved;
  for (const auto& d : c.docs) {
    ContextResolver context(*c.patterns, d->norm, *d->lines, FootnoteBodyLines(d->norm, *d->lines));
    for (auto figures : d->figures) {
      if (figures.empty()) continue;
      context.ResolveSentence(&figures);
      resolved.push_back(std::move(figures));
    }
  }
  for (auto _ : state) {
    size_t k = 0;
    for (const auto& d : c.docs) {
      for (const auto& sentence : d->figures) {
        if (sentence.empty()) continue;
        for (const FigureInContext& f : resolved[k])
          benchmark::DoNotOptimize(ToRecord(f, d->norm, d->decoded.text, d->name));
        ++k;
      }
    }
  }
  Report(state);
}
BENCHMARK(BM_Records);

// Stage 8: the records written, in each format.
void Output(benchmark::State& state, Format format) {
  const Corpus& c = TheCorpus();
  NullBuffer null;
  std::ostream out(&null);
  for (auto _ : state) {
    RecordWriter writer(out, format);
    writer.WriteHeader();
    for (const auto& d : c.docs)
      for (const Record& r : d->records) writer.Write(r);
  }
  Report(state);
}
void BM_OutputJsonl(benchmark::State& state) { Output(state, Format::kJsonl); }
void BM_OutputCsv(benchmark::State& state) { Output(state, Format::kCsv); }
BENCHMARK(BM_OutputJsonl);
BENCHMARK(BM_OutputCsv);

// All of it: what `solieu extract` does per file, less reading it.
void Pipeline(benchmark::State& state, const Extractor& extractor) {
  const Corpus& c = TheCorpus();
  NullBuffer null;
  std::ostream out(&null);
  RecordWriter writer(out, Format::kJsonl);
  for (auto _ : state) {
    for (const auto& d : c.docs) {
      auto warnings = extractor.ExtractTo(d->bytes, d->name, [&](Record&& r) { writer.Write(r); });
      benchmark::DoNotOptimize(warnings);
    }
  }
  Report(state);
}
// One thread; with Threads(2), two threads sharing one Extractor (and so
// its RE2 objects and their DFA caches), as a `-j 2` that shares one would.
void BM_Pipeline(benchmark::State& state) { Pipeline(state, *TheCorpus().extractor); }
BENCHMARK(BM_Pipeline);
BENCHMARK(BM_Pipeline)->Threads(2)->UseRealTime();
// Two threads, each with an Extractor of its own.
void BM_PipelineOwnExtractor(benchmark::State& state) {
  TheCorpus();  // built before the timing, by whichever thread gets here first
  Extractor own = std::move(Extractor::Create({})).value();
  Pipeline(state, own);
}
BENCHMARK(BM_PipelineOwnExtractor)->Threads(2)->UseRealTime();

// The fixed cost of a run: compiling the pattern catalogue.
void BM_Startup(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Extractor::Create({}));
}
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace solieu

BENCHMARK_MAIN();
