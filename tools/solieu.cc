// solieu: the command-line tool. Parses flags, reads files, calls the
// library, writes records. No extraction logic lives here.
#include <boost/program_options.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "solieu/archive.h"
#include "solieu/eval.h"
#include "solieu/solieu.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

// Exit codes (also in --help and README.md).
constexpr int kExitOk = 0;          // every input was processed
constexpr int kExitSomeFailed = 1;  // some inputs failed; the others' records were written
constexpr int kExitUsage = 2;       // bad command line
constexpr int kExitOutput = 3;      // the output could not be written, or a startup failure
constexpr int kExitInterrupted = 4;  // SIGINT/SIGTERM: finished documents are stored, --output untouched

constexpr const char* kUsage = R"(solieu — every figure of a Vietnamese bulletin as a structured record

Usage:
  solieu extract [OPTIONS] FILE|DIR...  figures as JSON Lines (SCHEMA.md v1), CSV, TSV or SQLite
  solieu text FILE                   the UTF-8 text that record offsets refer to
  solieu tables FILE                 the tables solieu recognised, as CSV, to check by eye
  solieu info FILE...                title, issuing body, issue, period and date, as JSON
  solieu eval [OPTIONS]              score extraction against the gold in corpus/gold
  solieu --version

Examples:
  solieu extract corpus/004_195a311180f3ecea.txt
  solieu extract --format csv --output figures.csv corpus/*.txt
  cat bulletin.txt | solieu extract -
  solieu extract --db archive.db --format csv --bom --output figures.csv bulletins/
  solieu extract --shard 2/8 --output part-2.jsonl bulletins/
  solieu extract --stdin-docs < docs.jsonl > records.jsonl
  solieu text report-utf16.txt > report.txt
  solieu eval --errors 20

Exit codes:
  0  every input was processed
  1  some inputs failed (each is named on standard error); the others' records were written
  2  usage error
  3  the output or the database could not be written, or solieu could not start
  4  interrupted (Ctrl-C, SIGTERM): every finished document is in the database;
     --output is left as it was; run again to do the rest

)";

// Writes to a temporary file beside the target and renames it when complete,
// so a reader never sees half an output.
class AtomicOutput {
 public:
  explicit AtomicOutput(std::string path) : path_(std::move(path)) {
    if (path_.empty()) return;
    tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
    file_.open(tmp_, std::ios::binary | std::ios::trunc);
  }
  ~AtomicOutput() {
    if (!tmp_.empty() && !committed_) std::remove(tmp_.c_str());
  }
  bool ok() const { return path_.empty() || file_.good(); }
  std::ostream& stream() { return path_.empty() ? std::cout : file_; }
  bool Commit() {
    if (path_.empty()) {
      std::cout.flush();
      return std::cout.good();
    }
    file_.close();
    if (file_.fail()) return false;
    std::error_code ec;
    fs::rename(tmp_, path_, ec);
    committed_ = !ec;
    return committed_;
  }

 private:
  std::string path_, tmp_;
  std::ofstream file_;
  bool committed_ = false;
};

// Set by SIGINT/SIGTERM: finish the documents under way, then stop. The
// handler is reset by the first signal, so a second Ctrl-C ends solieu at once
// (the database stays consistent: every document is its own transaction).
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void OnInterrupt(int) { g_interrupted.store(true); }

void CatchInterrupts() {
  struct sigaction sa {};
  sa.sa_handler = OnInterrupt;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
}

int Extract(const std::vector<std::string>& args) {
  po::options_description opts("solieu extract options");
  std::string format = "jsonl", output, strictness = "normal", db_path, files_from, shard_spec;
  size_t max_bytes = solieu::Options{}.max_bytes;
  size_t jobs = 0;
  std::vector<std::string> files, includes, excludes;
  opts.add_options()
      ("help,h", "this help")
      ("format,f", po::value(&format)->default_value("jsonl"), "jsonl, csv or tsv")
      ("output,o", po::value(&output),
       "write the records to FILE (atomically: a temporary file renamed when complete); - for "
       "standard output, the default unless --db is given")
      ("bom", "begin CSV or TSV output with a UTF-8 byte order mark (for Excel)")
      ("db", po::value(&db_path),
       "store documents and figures in this SQLite database; documents it already holds "
       "unchanged (same SHA-256, same settings) are skipped")
      ("prune", "with --db, after a run that finished: remove the documents stored under the "
                "FILEs and DIRs given that are no longer on disk")
      ("jobs,j", po::value(&jobs)->default_value(0), "worker threads (0: one per core)")
      ("include", po::value(&includes)->composing(),
       "in directories, read only files matching this glob (repeatable; default: *.txt *.text "
       "*.md *.markdown *.htm *.html)")
      ("exclude", po::value(&excludes)->composing(),
       "leave out files and directories matching this glob (repeatable)")
      ("files-from", po::value(&files_from), "read input paths from FILE, one per line (- for standard input)")
      ("shard", po::value(&shard_spec), "K/N: take only this machine's share of the inputs (by path hash)")
      ("stdin-docs", "read documents as JSON Lines {\"doc\": NAME, \"text\": TEXT} on standard input")
      ("lossy", "replace invalid UTF-8 by U+FFFD (with a warning) instead of refusing the file")
      ("max-bytes", po::value(&max_bytes)->default_value(max_bytes), "refuse documents larger than this")
      ("strictness", po::value(&strictness)->default_value("normal"),
       "lenient, normal or strict: how much evidence a figure needs")
      ("quiet,q", "no progress, warnings or summary on standard error (failures are still named)");
  po::options_description hidden;
  hidden.add_options()("file", po::value(&files));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("file", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "solieu extract: " << e.what() << "\n(see solieu extract --help)\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << kUsage << opts << "\n";
    return kExitOk;
  }
  auto usage = [](const std::string& message) {
    std::cerr << "solieu extract: " << message << "\n(see solieu extract --help)\n";
    return kExitUsage;
  };
  const bool stdin_docs = vm.count("stdin-docs") > 0;
  if (stdin_docs && (!files.empty() || !files_from.empty()))
    return usage("--stdin-docs reads standard input only; give no FILE and no --files-from");
  if (stdin_docs && !shard_spec.empty())
    return usage("--shard splits paths; with --stdin-docs the framework splits the input");
  const bool prune = vm.count("prune") > 0;
  if (prune && db_path.empty()) return usage("--prune removes documents from a database: give --db");
  if (prune && stdin_docs) return usage("--prune needs paths on disk; --stdin-docs has none");
  if (!stdin_docs && files.empty() && files_from.empty())
    return usage("no input files (give FILE or DIR..., --files-from, - for standard input, or --stdin-docs)");
  if (files_from == "-" && std::find(files.begin(), files.end(), "-") != files.end())
    return usage("standard input cannot be both --files-from - and a document (-)");
  solieu::Format fmt;
  if (format == "jsonl") fmt = solieu::Format::kJsonl;
  else if (format == "csv") fmt = solieu::Format::kCsv;
  else if (format == "tsv") fmt = solieu::Format::kTsv;
  else return usage("unknown --format '" + format + "' (jsonl, csv or tsv)");
  const bool bom = vm.count("bom") > 0;
  if (bom && fmt == solieu::Format::kJsonl) return usage("--bom is for --format csv or tsv");
  solieu::Options options;
  options.lossy = vm.count("lossy") > 0;
  options.max_bytes = max_bytes;
  if (strictness == "lenient") options.strictness = solieu::Strictness::kLenient;
  else if (strictness == "normal") options.strictness = solieu::Strictness::kNormal;
  else if (strictness == "strict") options.strictness = solieu::Strictness::kStrict;
  else return usage("unknown --strictness '" + strictness + "'");
  solieu::InputOptions input_options;
  if (vm.count("include")) input_options.include = includes;
  input_options.exclude = excludes;
  if (!shard_spec.empty()) {
    auto shard = solieu::ParseShard(shard_spec);
    if (!shard.ok()) return usage(shard.error().message);
    input_options.shard = shard.value();
  }
  const bool quiet = vm.count("quiet") > 0;

  auto extractor = solieu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return kExitOutput;
  }
  solieu::InputList inputs;
  if (!stdin_docs) {
    std::vector<std::string> paths = files;
    if (!files_from.empty()) {
      std::ifstream list;
      if (files_from != "-") {
        list.open(files_from);
        if (!list) return usage("cannot read --files-from " + files_from);
      }
      for (std::string& p : solieu::ReadPathList(files_from == "-" ? std::cin : list))
        paths.push_back(std::move(p));
    }
    inputs = solieu::ExpandInputs(paths, input_options);
  }
  std::optional<solieu::Database> db;
  if (!db_path.empty()) {
    auto opened = solieu::Database::Open(db_path, options);
    if (!opened.ok()) {
      std::cerr << opened.error().ToString() << "\n";
      return kExitOutput;
    }
    db.emplace(std::move(opened).value());
  }
  // Records go to --output, or to standard output unless only --db was asked for.
  const bool write_records = !output.empty() || db_path.empty();
  AtomicOutput out(output == "-" ? "" : output);
  if (write_records && !out.ok()) {
    std::cerr << "solieu extract: cannot write " << output << "\n";
    return kExitOutput;
  }
  if (write_records) {
    if (bom) out.stream() << "\xEF\xBB\xBF";
    solieu::RecordWriter(out.stream(), fmt).WriteHeader();
  }

  CatchInterrupts();
  std::optional<solieu::ProgressMeter> progress;
  if (!quiet && ::isatty(STDERR_FILENO)) progress.emplace(std::cerr);
  std::optional<solieu::PathSource> paths;
  std::optional<solieu::JsonLinesSource> lines;
  solieu::DocumentSource* source = nullptr;
  if (stdin_docs) source = &lines.emplace(std::cin);
  else source = &paths.emplace(inputs.paths, options.max_bytes);

  solieu::ArchiveOptions archive;
  archive.run.jobs = jobs;
  archive.run.stop = [] { return g_interrupted.load(); };
  archive.out = write_records ? &out.stream() : nullptr;
  archive.format = fmt;
  archive.db = db ? &*db : nullptr;
  archive.log = &std::cerr;
  archive.quiet = quiet;
  archive.progress = progress ? &*progress : nullptr;
  archive.inputs = stdin_docs ? nullptr : &inputs;
  archive.prune = prune;
  solieu::ArchiveReport report = solieu::ExtractArchive(extractor.value(), *source, archive);
  if (progress) progress->Stop();

  // An interrupted or stopped run leaves --output as it was (the temporary
  // file is removed); the database holds every document finished.
  int code = report.failures.empty() ? kExitOk : kExitSomeFailed;
  if (report.write_error) code = kExitOutput;
  else if (report.interrupted) code = kExitInterrupted;
  else if (write_records && !out.Commit()) {
    std::cerr << "solieu extract: could not write the output" << (output.empty() ? "" : " " + output) << "\n";
    return kExitOutput;
  }
  if (!quiet || code != kExitOk) std::cerr << report.Summary();
  return code;
}

int Text(const std::vector<std::string>& args) {
  bool lossy = false;
  std::vector<std::string> files;
  for (const auto& a : args) {
    if (a == "--lossy") lossy = true;
    else if (a == "-h" || a == "--help") {
      std::cout << "usage: solieu text [--lossy] FILE\n"
                   "Prints the UTF-8 text that record offsets refer to (a UTF-16 file decoded).\n";
      return kExitOk;
    } else files.push_back(a);
  }
  if (files.size() != 1) {
    std::cerr << "usage: solieu text [--lossy] FILE\n";
    return kExitUsage;
  }
  solieu::Options options;
  options.lossy = lossy;
  auto extractor = solieu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return kExitOutput;
  }
  auto in = solieu::ReadDocument(files[0], options.max_bytes);
  if (!in.ok()) {
    std::cerr << in.error().ToString() << "\n";
    return kExitSomeFailed;
  }
  auto text = extractor.value().Text(in.value().bytes, in.value().name);
  if (!text.ok()) {
    std::cerr << text.error().ToString() << "\n";
    return kExitSomeFailed;
  }
  std::cout << text.value();
  return std::cout.good() ? kExitOk : kExitOutput;
}

// One CSV block per table: a line of column labels, then every row with its
// subject (row label, "parent / child" for sub-rows) and unit.
int Tables(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0] == "-h" || args[0] == "--help") {
    std::cerr << "usage: solieu tables FILE\nWrites the tables solieu recognised as CSV: per "
                 "table, its column labels, then each row with its subject and unit.\n";
    return args.size() == 1 ? kExitOk : kExitUsage;
  }
  auto extractor = solieu::Extractor::Create({});
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return kExitOutput;
  }
  auto in = solieu::ReadDocument(args[0], solieu::Options{}.max_bytes);
  if (!in.ok()) {
    std::cerr << in.error().ToString() << "\n";
    return kExitSomeFailed;
  }
  auto tables = extractor.value().Tables(in.value().bytes, in.value().name);
  if (!tables.ok()) {
    std::cerr << tables.error().ToString() << "\n";
    return kExitSomeFailed;
  }
  solieu::WriteTablesCsv(tables.value(), std::cout);
  std::cerr << "solieu: " << tables.value().size() << " tables in " << args[0] << "\n";
  return std::cout.good() ? kExitOk : kExitOutput;
}

int Info(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cerr << "usage: solieu info FILE...\nWrites each document's title, issuing body, issue, "
                 "period and date as one JSON object per line (null where the document does not say).\n";
    return args.empty() ? kExitUsage : kExitOk;
  }
  auto extractor = solieu::Extractor::Create({});
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return kExitOutput;
  }
  int failed = 0;
  for (const std::string& name : args) {
    auto in = solieu::ReadDocument(name, solieu::Options{}.max_bytes);
    auto info = in.ok() ? extractor.value().Info(in.value().bytes, in.value().name)
                        : solieu::Result<solieu::DocumentInfo>(in.error());
    if (!info.ok()) {
      std::cerr << info.error().ToString() << "\n";
      ++failed;
      continue;
    }
    std::cout << solieu::ToJson(info.value(), name) << "\n";
  }
  if (!std::cout.good()) return kExitOutput;
  return failed ? kExitSomeFailed : kExitOk;
}

std::vector<fs::path> GoldFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (e.is_regular_file() && n.size() > 6 && n.ends_with(".jsonl") && !n.ends_with(".nonfigures.jsonl"))
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int Eval(const std::vector<std::string>& args) {
  po::options_description opts("solieu eval options");
  std::string gold_dir = "corpus/gold", predictions, root = ".", source;
  size_t errors = 0;
  opts.add_options()
      ("help,h", "this help")
      ("gold", po::value(&gold_dir)->default_value(gold_dir), "directory of gold JSONL files")
      ("predictions,p", po::value(&predictions),
       "score this JSONL of records instead of running the extractor over the gold's documents")
      ("root", po::value(&root)->default_value(root), "where the gold's document paths are resolved")
      ("errors", po::value(&errors)->default_value(0), "list up to N errors of each sort")
      ("source", po::value(&source),
       "score only figures from this source (prose, table, footnote, heading) of gold and predictions")
      ("json", "print the report as one JSON object");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "solieu eval: " << e.what() << "\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << "usage: solieu eval [OPTIONS]\nScores records against gold annotations with "
                 "SCHEMA.md's rules.\n\n" << opts << "\n";
    return kExitOk;
  }
  std::vector<solieu::Record> gold, predicted;
  std::vector<fs::path> files = GoldFiles(gold_dir);
  if (files.empty()) {
    std::cerr << "solieu eval: no gold files in " << gold_dir << "\n";
    return kExitUsage;
  }
  for (const fs::path& f : files) {
    std::ifstream in(f);
    auto recs = solieu::ReadRecords(in, f.string());
    if (!recs.ok()) {
      std::cerr << recs.error().ToString() << "\n";
      return kExitSomeFailed;
    }
    gold.insert(gold.end(), recs.value().begin(), recs.value().end());
  }
  if (!predictions.empty()) {
    std::ifstream in(predictions);
    if (!in) {
      std::cerr << predictions << ":0: cannot open the predictions\n";
      return kExitUsage;
    }
    auto recs = solieu::ReadRecords(in, predictions);
    if (!recs.ok()) {
      std::cerr << recs.error().ToString() << "\n";
      return kExitSomeFailed;
    }
    predicted = std::move(recs).value();
  } else {
    auto extractor = solieu::Extractor::Create({});
    if (!extractor.ok()) {
      std::cerr << extractor.error().ToString() << "\n";
      return kExitOutput;
    }
    std::vector<std::string> docs;
    for (const auto& g : gold)
      if (std::find(docs.begin(), docs.end(), g.doc) == docs.end()) docs.push_back(g.doc);
    for (const std::string& doc : docs) {
      auto in = solieu::ReadDocument((fs::path(root) / doc).string(), solieu::Options{}.max_bytes);
      if (!in.ok()) {
        std::cerr << in.error().ToString() << "\n";
        return kExitSomeFailed;
      }
      auto result = extractor.value().Extract(in.value().bytes, doc);
      if (!result.ok()) {
        std::cerr << result.error().ToString() << "\n";
        return kExitSomeFailed;
      }
      for (auto& r : result.value().records) predicted.push_back(std::move(r));
    }
  }
  if (!source.empty()) {
    auto other = [&](const solieu::Record& r) { return std::string(solieu::Name(r.source)) != source; };
    std::erase_if(gold, other);
    std::erase_if(predicted, other);
  }
  solieu::EvalReport report = solieu::Evaluate(predicted, gold);
  using Json = nlohmann::ordered_json;
  auto counts_json = [](const solieu::Counts& c) {
    return Json{{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()},
                {"recall", c.recall()}, {"f1", c.f1()}};
  };
  if (vm.count("json")) {
    Json j;
    j["overall"] = counts_json(report.overall);
    for (const auto& [k, c] : report.by_kind) j["by_kind"][k] = counts_json(c);
    for (const auto& [k, c] : report.by_source) j["by_source"][k] = counts_json(c);
    for (const auto& [k, a] : report.attributes)
      j["attributes"][k] = Json{{"accuracy", a.rate()}, {"right", a.right}, {"total", a.total}};
    j["errors"] = Json::array();
    std::map<std::string, size_t> shown;
    for (const auto& e : report.errors) {
      if (shown[e.what]++ >= errors) continue;
      j["errors"].push_back(Json{{"what", e.what}, {"doc", e.doc}, {"start", e.start},
                                 {"text", e.text}, {"detail", e.detail}});
    }
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  auto row = [](const std::string& name, const solieu::Counts& c) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-12s %6zu %6zu %6zu %9.3f %7.3f %7.3f\n", name.c_str(),
                  c.tp + c.fn, c.tp + c.fp, c.tp, c.precision(), c.recall(), c.f1());
    return std::string(buf);
  };
  std::cout << "solieu eval: " << files.size() << " gold files, " << gold.size() << " gold figures, "
            << predicted.size() << " predicted\n\n";
  std::cout << "kind           gold   pred     tp precision  recall      F1\n";
  for (const auto& [k, c] : report.by_kind) std::cout << row(k, c);
  std::cout << row("overall", report.overall) << "\nby source (gold source for misses)\n";
  for (const auto& [k, c] : report.by_source) std::cout << row(k, c);
  std::cout << "\nattribute    accuracy   right/total (matched pairs)\n";
  for (const auto& [k, a] : report.attributes) {
    char buf[120];
    std::snprintf(buf, sizeof buf, "%-12s %8.3f   %zu/%zu\n", k.c_str(), a.rate(), a.right, a.total);
    std::cout << buf;
  }
  if (errors > 0) {
    std::map<std::string, size_t> shown;
    std::cout << "\nerrors (up to " << errors << " of each sort)\n";
    for (const auto& e : report.errors) {
      if (shown[e.what]++ >= errors) continue;
      std::cout << e.what << "\t" << e.doc << ":" << e.start << "\t" << e.text << "\t" << e.detail << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "solieu " << solieu::Version() << " (records: SCHEMA.md v" << solieu::kSchemaVersion
              << ")\n";
    return kExitOk;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "extract") return Extract(args);
  if (command == "text") return Text(args);
  if (command == "eval") return Eval(args);
  if (command == "tables") return Tables(args);
  if (command == "info") return Info(args);
  std::cerr << "solieu: unknown command '" << command << "'\n" << kUsage;
  return kExitUsage;
}
