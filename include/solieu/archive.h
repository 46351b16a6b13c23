// solieu/archive.h: a whole archive of bulletins at once.
//
// Takes files and directories (or a list of paths, or documents as JSON Lines),
// extracts them on worker threads that share one Extractor, and hands each
// document's records on in the order of the inputs, whatever the number of
// threads, so that the output of `-j 1` and `-j 8` is byte for byte the same.
// Memory stays bounded by the largest document and the number of workers: a
// document's records stream on as soon as it is the next one due, and at most
// two documents per worker are in flight. A Database stores the records in
// SQLite, one transaction per document, and skips documents whose bytes it has
// already extracted with the same settings.
//
//   auto extractor = solieu::Extractor::Create({});
//   solieu::InputList inputs = solieu::ExpandInputs({"bulletins/"}, {});
//   auto db = solieu::Database::Open("figures.db", extractor.value().options());
//   solieu::PathSource source(inputs.paths, extractor.value().options().max_bytes);
//   solieu::ArchiveOptions archive;
//   archive.db = &db.value();
//   solieu::ArchiveReport report = solieu::ExtractArchive(extractor.value(), source, archive);
//   std::cerr << report.Summary();
//
// Includes only standard headers: no SQLite, OpenSSL or Boost types.
#ifndef SOLIEU_ARCHIVE_H_
#define SOLIEU_ARCHIVE_H_

#include <array>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

// ---------------------------------------------------------------- inputs

// The file names a directory walk takes by default: the text formats solieu
// reads. "*.txt", "*.text", "*.md", "*.markdown", "*.htm", "*.html".
const std::vector<std::string>& DefaultIncludes();

// One machine's share of an archive split over `count` machines: the paths
// whose PathHash() % count == index - 1. `index` counts from 1, as in
// `--shard 2/8`. Shards 1..N of the same inputs are disjoint and cover them.
struct Shard {
  size_t index = 1;
  size_t count = 1;
};

// "K/N" with 1 <= K <= N.
Result<Shard> ParseShard(std::string_view spec);

// 64-bit FNV-1a of the path's bytes, exactly as given ("archive/2020/01.txt"
// and "./archive/2020/01.txt" differ): the same on every machine and build.
uint64_t PathHash(std::string_view path);

bool InShard(std::string_view path, const Shard& shard);

struct InputOptions {
  // include (DefaultIncludes()) a file found by walking a directory is taken
  // when one of these globs matches it; files named explicitly are always taken.
  // A glob with no '/' matches the file name, one with '/' the path below the
  // directory given ("2023/*.txt"); matching ignores case (fnmatch FNM_CASEFOLD).
  std::vector<std::string> include = DefaultIncludes();
  // exclude (none) a file or directory matching one of these is left out,
  // named explicitly or found by a walk; an excluded directory is not walked.
  std::vector<std::string> exclude;
  // shard (1/1) keep only this share of the documents (after include/exclude).
  Shard shard;
};

// What ExpandInputs found.
struct InputList {
  std::vector<std::string> roots;  // the arguments expanded, as given
  std::vector<std::string> paths;  // the documents, in input order
  uint64_t bytes = 0;              // their total size, where known (for progress)
  std::vector<Error> errors;       // directories that could not be read
  size_t excluded = 0;             // files left out by include/exclude, or not regular files
  size_t other_shards = 0;         // documents that belong to another shard
  size_t repeated_directories = 0;  // reached again through a symbolic link: not walked twice
};

// Expands arguments into documents, in order: a file (or "-") as given; a
// directory walked depth first, entries in byte order of their names, symbolic
// links followed but no directory walked twice (so a link loop ends). A path
// that does not exist is kept, so that reading it reports the error.
InputList ExpandInputs(const std::vector<std::string>& args, const InputOptions& options);

// A list of paths, one per line (`--files-from`): a CR before the line feed is
// dropped, blank lines are skipped; nothing else is interpreted.
std::vector<std::string> ReadPathList(std::istream& in);

// ---------------------------------------------------------------- one document

// One document's bytes, as read.
struct DocumentFile {
  std::string name;               // the path as given, or "-" for standard input
  std::string bytes;
  std::optional<int64_t> mtime;   // modification time, seconds since 1970 (UTC); none for a stream
};

// Reads a file, or standard input for "-". A file larger than `max_bytes` is
// refused before it is read. Errors name the file and say what to do:
// "a.txt:0: no such file (check the path)", "d:0: is a directory, not a document".
Result<DocumentFile> ReadDocument(const std::string& path, size_t max_bytes);

// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

// ---------------------------------------------------------------- many documents

// Where documents come from. Next() fixes the input order: the runner calls it
// under its lock, one call at a time. Load() runs on worker threads, several
// at once, so it must not touch shared state.
class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // The next item (a path, a line of JSON); false at the end.
  virtual bool Next(std::string* item) = 0;
  // The document an item stands for; `index` is its place in the input order.
  virtual Result<DocumentFile> Load(std::string item, size_t index) const = 0;
};

// Files by path, read with ReadDocument.
class PathSource final : public DocumentSource {
 public:
  PathSource(std::vector<std::string> paths, size_t max_bytes);
  bool Next(std::string* item) override;
  Result<DocumentFile> Load(std::string item, size_t index) const override;

 private:
  std::vector<std::string> paths_;
  size_t next_ = 0;
  size_t max_bytes_;
};

// Documents as JSON Lines, one object per line: {"doc": NAME, "text": STRING}
// (a Hadoop Streaming mapper's or a Spark RDD.pipe() stage's input). Other
// fields are ignored; blank lines are skipped; a text over Options::max_bytes
// is refused like a file. A bad line fails on its own, as
// "-:OFFSET: line N: …" (OFFSET: the line's first byte in the stream), and the
// run goes on.
class JsonLinesSource final : public DocumentSource {
 public:
  explicit JsonLinesSource(std::istream& in);
  bool Next(std::string* item) override;
  Result<DocumentFile> Load(std::string item, size_t index) const override;

 private:
  std::istream& in_;
  size_t line_ = 0;       // lines read so far
  uint64_t offset_ = 0;   // bytes read so far
};

enum class DocumentStatus {
  kOk,         // extracted
  kFailed,     // could not be read or decoded: see `error`
  kUnchanged,  // skipped: the database holds these very bytes, extracted the same way
  kCancelled,  // not started: the run was stopped first
};

// One document of a run, as the sink sees it.
struct Document {
  size_t index = 0;               // its place in the input order, from 0
  std::string name;               // the path, or the "doc" of a JSON line
  uint64_t size = 0;              // bytes (0 when it could not be read)
  std::optional<int64_t> mtime;   // seconds since 1970 (UTC), for files
  std::string sha256;             // of its bytes; empty when it could not be read
  DocumentStatus status = DocumentStatus::kOk;
  std::optional<Error> error;     // for kFailed
  std::vector<Warning> warnings;  // complete only in OnDocument
  size_t records = 0;             // records delivered so far (all of them, in OnDocument)
  std::optional<DocumentInfo> info;  // title, issuer, issue, period, date (Extractor::Info),
                                     // in OnDocument, with RunOptions::document_info
};

// Receives a run's results on the thread that called RunInOrder(), in input order:
// every record of document i, then OnDocument(i), then document i + 1.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // One record of `doc` (whose status is kOk), in text order.
  virtual void OnRecord(const Document& doc, Record&& record) = 0;
  // `doc` is complete, whatever its status.
  virtual void OnDocument(const Document& doc) = 0;
};

struct RunOptions {
  // jobs (0) worker threads; 0 means one per core.
  size_t jobs = 0;
  // stop (none) asked on worker threads, e.g. [&] { return interrupted.load(); }:
  // once it answers true, no further document is started; documents already
  // being extracted are finished and delivered, those read but not yet started
  // are delivered as kCancelled. RunInOrder() then returns. Must be thread-safe.
  std::function<bool()> stop;
  // skip_unchanged (none) asked on a worker thread once a document is read and
  // hashed: true makes it kUnchanged, not extracted. Must be thread-safe.
  std::function<bool(const Document&)> skip_unchanged;
  // document_info (false) also read what each extracted document says about
  // itself (Extractor::Info) into Document::info; costs a second normalisation.
  bool document_info = false;
};

// Extracts every document of `source` with `jobs` threads sharing `extractor`
// and delivers them to `sink` in input order. A document's records go to the
// sink as it extracts them once it is the next one due; a document further
// ahead waits in memory until then, and a worker starts no document more than
// 2 × jobs places ahead of the one being delivered.
void RunInOrder(const Extractor& extractor, DocumentSource& source, const RunOptions& options,
                DocumentSink& sink);

// ---------------------------------------------------------------- the database

// A SQLite database of documents and their figures (schema version 1):
//
//   documents  id, path (unique), size, mtime (ISO 8601 UTC), sha256, then
//              what the document says about itself (DocumentInfo, NULL where
//              it does not say): title, issuer, issue, period, period_start,
//              period_end, date; then status ('ok' | 'failed'), error,
//              warnings (JSON), figures, solieu_version, settings,
//              processed_at (ISO 8601 UTC)
//   facts      id, document_id → documents.id, then one column per SCHEMA.md
//              field in TabularColumns order (doc, kind, text, start, "end",
//              value, unit, range, …, source, footnote, "table", pattern);
//              arrays and objects as JSON text
//   figures    a view: every fact with its document's path, mtime, sha256,
//              title, issuer, issue, and period, period_start, period_end
//              and date as document_period, document_period_start,
//              document_period_end, document_date
//
// with indexes on facts(kind), facts(subject), facts(period) and
// facts(document_id). WAL mode: readers query while a run writes. Each
// document is one transaction, so a crash or a kill leaves every finished
// document whole and no half-written one. Not thread-safe, except
// Unchanged(), which worker threads may call at any time.
class Database {
 public:
  // Opens or creates `path`. `options` are the extraction settings recorded
  // with each document: one extracted with other settings (or by another
  // solieu version) is not unchanged.
  static Result<Database> Open(const std::string& path, const Options& options);

  // True when `doc.name` is stored with status ok, the same sha256 and the
  // same settings. Thread-safe (its own read connection).
  bool Unchanged(const Document& doc) const;

  // One record of `doc`: at its first record the document's transaction
  // begins and its previous facts are deleted.
  std::optional<Error> AddRecord(const Document& doc, const Record& record);

  // `doc` is complete: its row (status, error, warnings, figures) is written
  // and the transaction committed. A failed document is stored with no facts.
  // kUnchanged and kCancelled documents leave the database as it was.
  std::optional<Error> FinishDocument(const Document& doc);

  // The records stored for document `path`, in the order they were extracted.
  std::optional<Error> ForEachRecord(const std::string& path,
                                     const std::function<void(Record&&)>& sink) const;

  // Removes, with their facts, the documents a run over `roots` no longer
  // finds: stored under one of `roots` (the paths as given to ExpandInputs: a
  // file itself, or anything below a directory), not in `found`, and no longer
  // on disk. A path that exists but was left out (--exclude, another shard)
  // stays, and so does one outside the roots, so a relative path read from
  // another directory is never taken for gone. One transaction; returns the
  // paths removed, in byte order.
  Result<std::vector<std::string>> Prune(const std::vector<std::string>& roots,
                                         const std::vector<std::string>& found);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  class Impl;

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- a whole run

// Counts of a run, for the progress line and the summary.
struct RunStats {
  size_t total_files = 0;   // documents to do, when known up front (0: a stream)
  uint64_t total_bytes = 0;
  size_t read = 0;          // extracted
  size_t failed = 0;
  size_t unchanged = 0;     // skipped: unchanged in the database
  size_t cancelled = 0;     // not started: interrupted
  uint64_t bytes = 0;       // of the documents done, whatever their status
  size_t figures = 0;       // extracted in this run
  std::array<size_t, 6> by_kind{};  // figures by Kind
  size_t figures_from_db = 0;       // of unchanged documents, copied from the database
  size_t excluded = 0, other_shards = 0, repeated_directories = 0;  // from InputList

  size_t done() const { return read + failed + unchanged + cancelled; }
  void Add(const InputList& inputs);
};

// "solieu: 120/5000 files, 3.1/95.2 MB, 10234 figures, 1.6 MB/s, ETA 0:58".
std::string ProgressLine(const RunStats& stats, double seconds);

// Rewrites a progress line on a terminal a few times a second, from a thread
// of its own, until Stop() (or destruction) erases it. Print() writes a whole
// line above it.
class ProgressMeter {
 public:
  explicit ProgressMeter(std::ostream& out);
  ~ProgressMeter();
  void Update(const RunStats& stats);
  void Print(const std::string& line);
  void Stop();

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

struct ArchiveOptions {
  // run (RunOptions{}) threads and stop; skip_unchanged defaults to db->Unchanged.
  RunOptions run;
  // out (none) the records, in `format` (header written by the caller); the
  // records of unchanged documents are copied from the database, so the output
  // is the same whether a document was extracted now or in an earlier run.
  std::ostream* out = nullptr;
  // format (kJsonl) of `out`.
  Format format = Format::kJsonl;
  // db (none) store every document, what it says about itself, and its
  // records; with it, unchanged documents are skipped.
  Database* db = nullptr;
  // log (none) each failure as it happens, and each warning unless `quiet`.
  std::ostream* log = nullptr;
  // quiet (false) no warnings in `log`; failures are still logged.
  bool quiet = false;
  // progress (none) kept up to date as documents are done.
  ProgressMeter* progress = nullptr;
  // inputs (none) what ExpandInputs found: totals and what it left out.
  const InputList* inputs = nullptr;
  // prune (false) with `db` and `inputs`, after a run that was neither
  // interrupted nor stopped: Database::Prune(inputs->roots, inputs->paths),
  // each path removed named in `log`.
  bool prune = false;
};

struct ArchiveReport {
  RunStats stats;
  double seconds = 0;
  std::vector<Error> failures;        // each failed document, in input order
  std::optional<Error> write_error;   // the database could not be written: the run stopped
  bool interrupted = false;           // RunOptions::stop answered true
  std::vector<std::string> pruned;    // removed from the database: gone from disk (ArchiveOptions::prune)

  // "solieu: 5 files: 5 read, 0 failed, 0 skipped; 2558 figures (quantity …);
  // 0.74 MB in 0.41 s, 1.80 MB/s", then what was left out and each failure.
  std::string Summary() const;
};

// RunInOrder() with the sink the command line uses: records to `out` and `db`,
// counts, progress and failures. Stops early, with `write_error`, if the
// database cannot be written.
ArchiveReport ExtractArchive(const Extractor& extractor, DocumentSource& source,
                             const ArchiveOptions& options);

}  // namespace solieu

#endif  // SOLIEU_ARCHIVE_H_
