// solieu: the command-line tool. Parses flags, reads files, calls the
// library, writes records. No extraction logic lives here.
#include <boost/program_options.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <cstdio>
#include <optional>
#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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

constexpr const char* kUsage = R"(solieu — every figure of a Vietnamese bulletin as a structured record

Usage:
  solieu extract [OPTIONS] FILE...   figures as JSON Lines (SCHEMA.md v1), CSV or TSV
  solieu text FILE                   the UTF-8 text that record offsets refer to
  solieu tables FILE                 the tables solieu recognised, as CSV, to check by eye
  solieu info FILE...                title, issuing body, issue, period and date, as JSON
  solieu eval [OPTIONS]              score extraction against the gold in corpus/gold
  solieu --version

Examples:
  solieu extract corpus/004_195a311180f3ecea.txt
  solieu extract --format csv --output figures.csv corpus/*.txt
  cat bulletin.txt | solieu extract -
  solieu text report-utf16.txt > report.txt
  solieu eval --errors 20

Exit codes:
  0  every input was processed
  1  some inputs failed (each is named on standard error); the others' records were written
  2  usage error
  3  the output could not be written, or solieu could not start

)";

struct Input {
  std::string name;
  std::string bytes;
};

// Reads a file (or standard input for "-"); an error names the file and says
// what to do. A file over `max_bytes` is refused before it is read.
std::optional<solieu::Error> ReadInput(const std::string& name, size_t max_bytes, Input* in) {
  in->name = name;
  auto fail = [&](std::string message, size_t offset = 0) {
    return solieu::Error{solieu::Error::Code::kIo, name, offset, std::move(message)};
  };
  int fd = name == "-" ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    switch (err) {
      case ENOENT: return fail("no such file (check the path)");
      case EACCES: return fail("permission denied (check the file's permissions)");
      case ELOOP: return fail("symbolic link loop (the link points back at itself)");
      default: return fail(std::string("cannot open: ") + std::strerror(err));
    }
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (fd != STDIN_FILENO) ::close(fd);
      return fail("is a directory, not a document (name the files in it)");
    }
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      if (fd != STDIN_FILENO) ::close(fd);
      return fail("document is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                  std::to_string(max_bytes) + " (raise it with --max-bytes)",
                  max_bytes);
    }
    if (S_ISREG(st.st_mode)) in->bytes.reserve(static_cast<size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      if (fd != STDIN_FILENO) ::close(fd);
      return fail(std::string("read error: ") + std::strerror(err), in->bytes.size());
    }
    in->bytes.append(buf, static_cast<size_t>(n));
    if (in->bytes.size() > max_bytes) {
      if (fd != STDIN_FILENO) ::close(fd);
      return fail("document is over the limit of " + std::to_string(max_bytes) +
                  " bytes (raise it with --max-bytes)", max_bytes);
    }
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return std::nullopt;
}

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

int Extract(const std::vector<std::string>& args) {
  po::options_description opts("solieu extract options");
  std::string format = "jsonl", output, strictness = "normal";
  size_t max_bytes = solieu::Options{}.max_bytes;
  std::vector<std::string> files;
  opts.add_options()
      ("help,h", "this help")
      ("format,f", po::value(&format)->default_value("jsonl"), "jsonl, csv or tsv")
      ("output,o", po::value(&output), "write to FILE (atomically) instead of standard output")
      ("lossy", "replace invalid UTF-8 by U+FFFD (with a warning) instead of refusing the file")
      ("max-bytes", po::value(&max_bytes)->default_value(max_bytes), "refuse documents larger than this")
      ("strictness", po::value(&strictness)->default_value("normal"),
       "lenient, normal or strict: how much evidence a figure needs")
      ("quiet,q", "no warnings or summary on standard error");
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
  if (files.empty()) {
    std::cerr << "solieu extract: no input files (give FILE... or - for standard input)\n";
    return kExitUsage;
  }
  solieu::Format fmt;
  if (format == "jsonl") fmt = solieu::Format::kJsonl;
  else if (format == "csv") fmt = solieu::Format::kCsv;
  else if (format == "tsv") fmt = solieu::Format::kTsv;
  else {
    std::cerr << "solieu extract: unknown --format '" << format << "' (jsonl, csv or tsv)\n";
    return kExitUsage;
  }
  solieu::Options options;
  options.lossy = vm.count("lossy") > 0;
  options.max_bytes = max_bytes;
  if (strictness == "lenient") options.strictness = solieu::Strictness::kLenient;
  else if (strictness == "normal") options.strictness = solieu::Strictness::kNormal;
  else if (strictness == "strict") options.strictness = solieu::Strictness::kStrict;
  else {
    std::cerr << "solieu extract: unknown --strictness '" << strictness << "'\n";
    return kExitUsage;
  }
  bool quiet = vm.count("quiet") > 0;

  auto extractor = solieu::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.error().ToString() << "\n";
    return kExitOutput;
  }
  AtomicOutput out(output);
  if (!out.ok()) {
    std::cerr << "solieu extract: cannot write " << output << "\n";
    return kExitOutput;
  }
  solieu::RecordWriter writer(out.stream(), fmt);
  writer.WriteHeader();
  std::vector<solieu::Error> failed;
  size_t records = 0;
  for (const std::string& file : files) {
    Input in;
    if (auto err = ReadInput(file, options.max_bytes, &in)) {
      std::cerr << err->ToString() << "\n";
      failed.push_back(*err);
      continue;
    }
    // Records are written as they are found: a document with a million
    // figures costs no more memory than its text.
    auto result = extractor.value().ExtractTo(in.bytes, in.name, [&](solieu::Record&& r) {
      writer.Write(r);
      ++records;
    });
    if (!result.ok()) {
      std::cerr << result.error().ToString() << "\n";
      failed.push_back(result.error());
      continue;
    }
    if (!quiet) {
      for (const auto& w : result.value())
        std::cerr << file << ":" << w.offset << ": warning: " << w.message << "\n";
    }
  }
  if (!out.Commit()) {
    std::cerr << "solieu extract: could not write the output" << (output.empty() ? "" : " " + output) << "\n";
    return kExitOutput;
  }
  if (!quiet || !failed.empty()) {
    std::cerr << "solieu: " << files.size() - failed.size() << " of " << files.size()
              << " files processed, " << records << " figures";
    if (!failed.empty()) {
      std::cerr << "; failed:";
      for (const auto& e : failed) std::cerr << "\n  " << e.ToString();
    }
    std::cerr << "\n";
  }
  return failed.empty() ? kExitOk : kExitSomeFailed;
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
  Input in;
  if (auto err = ReadInput(files[0], options.max_bytes, &in)) {
    std::cerr << err->ToString() << "\n";
    return kExitSomeFailed;
  }
  auto text = extractor.value().Text(in.bytes, in.name);
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
  Input in;
  if (auto err = ReadInput(args[0], solieu::Options{}.max_bytes, &in)) {
    std::cerr << err->ToString() << "\n";
    return kExitSomeFailed;
  }
  auto tables = extractor.value().Tables(in.bytes, in.name);
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
    Input in;
    auto err = ReadInput(name, solieu::Options{}.max_bytes, &in);
    auto info = err ? solieu::Result<solieu::DocumentInfo>(*err) : extractor.value().Info(in.bytes, in.name);
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
      Input in;
      if (auto err = ReadInput((fs::path(root) / doc).string(), solieu::Options{}.max_bytes, &in)) {
        std::cerr << err->ToString() << "\n";
        return kExitSomeFailed;
      }
      auto result = extractor.value().Extract(in.bytes, doc);
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
