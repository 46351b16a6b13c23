#include "runner.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <iterator>
#include <mutex>
#include <thread>
#include <utility>

namespace solieu {
namespace {

// One document between the worker that extracts it and the calling thread,
// which delivers it. Guarded by Pipeline::mu_.
struct Slot {
  bool header_ready = false;   // `header` may be read: name, size, sha256 are known
  Document header;
  std::vector<Record> pending;  // extracted, not yet delivered
  bool finished = false;
  Document final;               // the document as delivered to OnDocument
};

class Pipeline {
 public:
  Pipeline(const Extractor& extractor, DocumentSource& source, const RunOptions& options,
           DocumentSink& sink)
      : extractor_(extractor), source_(source), options_(options), sink_(sink) {
    jobs_ = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    window_ = kDocumentsInFlightPerWorker * jobs_;
  }

  void Go() {
    alive_ = jobs_;
    std::vector<std::thread> workers;
    workers.reserve(jobs_);
    for (size_t i = 0; i < jobs_; ++i) workers.emplace_back([this] { Work(); });
    Deliver();
    for (std::thread& t : workers) t.join();
  }

 private:
  bool Stopping() const { return options_.stop && options_.stop(); }

  void Work() {
    for (;;) {
      std::string item;
      size_t index = 0;
      Slot* slot = nullptr;
      {
        // Taking an item and numbering it happen under source_mu_, so the
        // numbers follow the source's order; mu_ is not held while the source
        // reads (standard input may block).
        std::unique_lock source_lock(source_mu_);
        {
          std::unique_lock lock(mu_);
          while (!exhausted_ && !Stopping() && next_ >= head_ + window_)
            work_cv_.wait_for(lock, std::chrono::milliseconds(100));
          if (exhausted_ || Stopping()) break;
        }
        bool got = source_.Next(&item);
        std::lock_guard lock(mu_);
        if (!got) {
          exhausted_ = true;
          work_cv_.notify_all();
          break;
        }
        index = next_++;
        slots_.push_back(std::make_unique<Slot>());
        slot = slots_.back().get();
      }
      Process(std::move(item), index, slot);
    }
    std::lock_guard lock(mu_);
    --alive_;
    write_cv_.notify_all();
  }

  void Finish(Slot* slot, Document doc) {
    std::lock_guard lock(mu_);
    if (!slot->header_ready) slot->header = doc;
    slot->header_ready = true;
    slot->final = std::move(doc);
    slot->finished = true;
    write_cv_.notify_all();
  }

  void Process(std::string item, size_t index, Slot* slot) {
    Document doc;
    doc.index = index;
    auto file = source_.Load(std::move(item), index);
    if (!file.ok()) {
      doc.name = file.error().file;
      doc.status = DocumentStatus::kFailed;
      doc.error = file.error();
      Finish(slot, std::move(doc));
      return;
    }
    std::string bytes = std::move(file.value().bytes);
    doc.name = std::move(file.value().name);
    doc.mtime = file.value().mtime;
    doc.size = bytes.size();
    doc.sha256 = Sha256Hex(bytes);
    if (options_.skip_unchanged && options_.skip_unchanged(doc)) {
      doc.status = DocumentStatus::kUnchanged;
      Finish(slot, std::move(doc));
      return;
    }
    if (Stopping()) {
      doc.status = DocumentStatus::kCancelled;
      Finish(slot, std::move(doc));
      return;
    }
    {
      std::lock_guard lock(mu_);
      slot->header = doc;
      slot->header_ready = true;
    }
    // Records go to the slot in small batches: one lock per 64 records.
    std::vector<Record> batch;
    auto flush = [&] {
      std::lock_guard lock(mu_);
      bool was_empty = slot->pending.empty();
      slot->pending.insert(slot->pending.end(), std::make_move_iterator(batch.begin()),
                           std::make_move_iterator(batch.end()));
      batch.clear();
      if (was_empty) write_cv_.notify_all();
    };
    size_t count = 0;
    auto result = extractor_.ExtractTo(bytes, doc.name, [&](Record&& r) {
      batch.push_back(std::move(r));
      ++count;
      if (batch.size() >= 64) flush();
    });
    if (!batch.empty()) flush();
    if (result.ok() && options_.document_info) {
      auto info = extractor_.Info(bytes, doc.name);
      if (info.ok()) doc.info = std::move(info.value());
    }
    std::string().swap(bytes);
    if (result.ok()) {
      doc.warnings = std::move(result.value());
    } else {
      doc.status = DocumentStatus::kFailed;
      doc.error = result.error();
    }
    doc.records = count;
    Finish(slot, std::move(doc));
  }

  // On the calling thread: the document due next, record by record as its
  // worker produces them, then the one after it.
  void Deliver() {
    Document current;
    bool started = false;
    for (;;) {
      std::vector<Record> batch;
      std::optional<Document> done;
      {
        std::unique_lock lock(mu_);
        write_cv_.wait(lock, [&] {
          if (slots_.empty()) return alive_ == 0;
          const Slot& s = *slots_.front();
          return s.finished || !s.pending.empty();
        });
        if (slots_.empty()) return;
        Slot& s = *slots_.front();
        if (!started) {
          current = s.header;
          started = true;
        }
        batch.swap(s.pending);
        if (s.finished) {
          done = std::move(s.final);
          slots_.pop_front();
          ++head_;
          work_cv_.notify_all();
        }
      }
      for (Record& r : batch) {
        sink_.OnRecord(current, std::move(r));
        ++current.records;
      }
      if (done) {
        sink_.OnDocument(*done);
        started = false;
      }
    }
  }

  const Extractor& extractor_;
  DocumentSource& source_;
  const RunOptions& options_;
  DocumentSink& sink_;
  size_t jobs_ = 1;
  size_t window_ = 2;

  std::mutex source_mu_;  // one Next() at a time, numbered in order
  std::mutex mu_;         // everything below
  std::condition_variable work_cv_, write_cv_;
  std::deque<std::unique_ptr<Slot>> slots_;  // slots_[k] is document head_ + k
  size_t head_ = 0;   // the document due next
  size_t next_ = 0;   // the number the next item taken gets
  bool exhausted_ = false;
  size_t alive_ = 0;  // workers still running
};

// The sink of ExtractArchive: output, database, statistics, progress, log.
class ArchiveSink final : public DocumentSink {
 public:
  ArchiveSink(const ArchiveOptions& options, ArchiveReport* report, std::atomic<bool>* halted)
      : options_(options), report_(report), halted_(halted) {
    if (options.out) writer_.emplace(*options.out, options.format);
  }

  void OnRecord(const Document& doc, Record&& record) override {
    if (options_.db && !report_->write_error) {
      if (auto err = options_.db->AddRecord(doc, record)) Halt(*err);
    }
    if (writer_) writer_->Write(record);
    RunStats& s = report_->stats;
    ++s.figures;
    ++s.by_kind[static_cast<size_t>(record.kind)];
    if (options_.progress && (s.figures & 255) == 0) options_.progress->Update(s);
  }

  void OnDocument(const Document& doc) override {
    RunStats& s = report_->stats;
    s.bytes += doc.size;
    switch (doc.status) {
      case DocumentStatus::kOk:
        ++s.read;
        if (!options_.quiet) {
          for (const Warning& w : doc.warnings)
            Log(doc.name + ":" + std::to_string(w.offset) + ": warning: " + w.message);
        }
        break;
      case DocumentStatus::kFailed:
        ++s.failed;
        if (doc.error) {
          report_->failures.push_back(*doc.error);
          Log(doc.error->ToString());
        }
        break;
      case DocumentStatus::kUnchanged:
        ++s.unchanged;
        if (writer_ && options_.db) {
          auto err = options_.db->ForEachRecord(doc.name, [&](Record&& r) {
            writer_->Write(r);
            ++s.figures_from_db;
          });
          if (err) Halt(*err);
        }
        break;
      case DocumentStatus::kCancelled:
        ++s.cancelled;
        break;
    }
    if (options_.db && !report_->write_error) {
      if (auto err = options_.db->FinishDocument(doc)) Halt(*err);
    }
    if (options_.progress) options_.progress->Update(s);
  }

 private:
  void Log(const std::string& line) {
    if (options_.progress) options_.progress->Print(line);
    else if (options_.log) *options_.log << line << "\n";
  }

  void Halt(const Error& err) {
    if (report_->write_error) return;
    report_->write_error = err;
    Log(err.ToString());
    halted_->store(true);
  }

  const ArchiveOptions& options_;
  ArchiveReport* report_;
  std::atomic<bool>* halted_;
  std::optional<RecordWriter> writer_;
};

}  // namespace

void RunInOrder(const Extractor& extractor, DocumentSource& source, const RunOptions& options,
         DocumentSink& sink) {
  Pipeline(extractor, source, options, sink).Go();
}

ArchiveReport ExtractArchive(const Extractor& extractor, DocumentSource& source,
                             const ArchiveOptions& options) {
  ArchiveReport report;
  if (options.inputs) {
    report.stats.Add(*options.inputs);
    report.failures = options.inputs->errors;
    for (const Error& e : options.inputs->errors) {
      if (options.progress) options.progress->Print(e.ToString());
      else if (options.log) *options.log << e.ToString() << "\n";
    }
  }
  if (options.progress) options.progress->Update(report.stats);
  std::atomic<bool> halted{false};
  RunOptions run = options.run;
  run.stop = [&halted, user = options.run.stop] { return halted.load() || (user && user()); };
  if (options.db && !run.skip_unchanged)
    run.skip_unchanged = [db = options.db](const Document& d) { return db->Unchanged(d); };
  if (options.db) run.document_info = true;
  ArchiveSink sink(options, &report, &halted);
  auto start = std::chrono::steady_clock::now();
  RunInOrder(extractor, source, run, sink);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  report.interrupted = options.run.stop && options.run.stop();
  // Only a whole run knows what is gone: an interrupted one has not looked at everything.
  if (options.prune && options.db && options.inputs && !report.interrupted && !report.write_error) {
    auto pruned = options.db->Prune(options.inputs->roots, options.inputs->paths);
    if (!pruned.ok()) {
      report.write_error = pruned.error();
    } else {
      report.pruned = std::move(pruned).value();
      for (const std::string& path : report.pruned) {
        std::string line = path + ": removed from the database: no longer on disk";
        if (options.progress) options.progress->Print(line);
        else if (options.log && !options.quiet) *options.log << line << "\n";
      }
    }
  }
  if (options.progress) options.progress->Update(report.stats);
  return report;
}

}  // namespace solieu
