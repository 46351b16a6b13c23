// The runner: input order whatever the number of threads, failures and
// skipped documents in their place, stopping, the bound on documents in
// flight, and ExtractArchive's output and counts.
#include "runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <sstream>

#include "test_util.h"

namespace solieu {
namespace {

using testing::ReadFile;
using testing::TheExtractor;

// The paragraphs of a real bulletin, each a document.
std::vector<std::string> Paragraphs(const char* file) {
  std::string text = ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/" + file);
  std::vector<std::string> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    if (nl > at) out.push_back(text.substr(at, nl - at));
    at = nl + 1;
  }
  return out;
}

// Documents from memory; an index in `unreadable` fails to load.
class MemorySource final : public DocumentSource {
 public:
  explicit MemorySource(std::vector<std::string> texts, std::set<size_t> unreadable = {})
      : texts_(std::move(texts)), unreadable_(std::move(unreadable)) {}
  bool Next(std::string* item) override {
    if (next_ >= texts_.size()) return false;
    if (on_next) on_next(next_);
    *item = std::to_string(next_++);
    return true;
  }
  Result<DocumentFile> Load(std::string item, size_t index) const override {
    EXPECT_EQ(item, std::to_string(index));
    if (unreadable_.count(index)) return Error{Error::Code::kIo, "doc-" + item, 0, "read error: test"};
    return DocumentFile{"doc-" + item, texts_[index], std::nullopt};
  }
  std::function<void(size_t)> on_next;  // called under the runner's source lock

 private:
  std::vector<std::string> texts_;
  std::set<size_t> unreadable_;
  size_t next_ = 0;
};

// Every event the sink sees, as a line.
class Recorder final : public DocumentSink {
 public:
  void OnRecord(const Document& doc, Record&& r) override {
    EXPECT_EQ(doc.status, DocumentStatus::kOk);
    EXPECT_EQ(r.doc, doc.name);
    events.push_back("record " + std::to_string(doc.index) + " " + ToJson(r));
  }
  void OnDocument(const Document& doc) override {
    events.push_back("document " + std::to_string(doc.index) + " " + doc.name + " status " +
                     std::to_string(static_cast<int>(doc.status)) + " records " +
                     std::to_string(doc.records) + (doc.error ? " " + doc.error->ToString() : ""));
    if (after_document) after_document(doc);
    delivered.fetch_add(1);
  }
  std::vector<std::string> events;
  std::function<void(const Document&)> after_document;
  std::atomic<size_t> delivered{0};
};

std::vector<std::string> Events(const std::vector<std::string>& texts, size_t jobs,
                                std::set<size_t> unreadable = {}) {
  MemorySource source(texts, std::move(unreadable));
  Recorder sink;
  RunOptions options;
  options.jobs = jobs;
  RunInOrder(TheExtractor(), source, options, sink);
  return sink.events;
}

TEST(Runner, DeliversInInputOrderWhateverTheJobs) {
  std::vector<std::string> texts = Paragraphs("000_3aaedc7d7e7294aa.txt");
  ASSERT_GT(texts.size(), 50u);
  // What one document after the other gives, sequentially.
  std::vector<std::string> expected;
  for (size_t i = 0; i < texts.size(); ++i) {
    auto doc = TheExtractor().Extract(texts[i], "doc-" + std::to_string(i));
    ASSERT_TRUE(doc.ok());
    for (const Record& r : doc.value().records)
      expected.push_back("record " + std::to_string(i) + " " + ToJson(r));
    expected.push_back("document " + std::to_string(i) + " doc-" + std::to_string(i) +
                       " status 0 records " + std::to_string(doc.value().records.size()));
  }
  for (size_t jobs : {1, 2, 3, 8}) EXPECT_EQ(Events(texts, jobs), expected) << "jobs " << jobs;
}

TEST(Runner, FailedDocumentsKeepTheirPlace) {
  // 002: "Kết nạp 791 đảng viên" stands for any good paragraph.
  std::vector<std::string> texts = {"Kết nạp 791 đảng viên.", "Kết nạp \xC3 791 đảng viên",
                                    "Có 12 xã.", "Có 13 xã."};
  std::vector<std::string> events = Events(texts, 3, {2});
  ASSERT_EQ(events.size(), 6u);
  EXPECT_EQ(events[0].rfind("record 0 ", 0), 0u);
  EXPECT_EQ(events[1], "document 0 doc-0 status 0 records 1");
  std::string bad_at = std::to_string(std::string("Kết nạp ").size());
  EXPECT_EQ(events[2].rfind("document 1 doc-1 status 1 records 0 doc-1:" + bad_at + ": invalid UTF-8 byte 0xC3", 0), 0u)
      << events[2];
  EXPECT_EQ(events[3], "document 2 doc-2 status 1 records 0 doc-2:0: read error: test");
  EXPECT_EQ(events[4].rfind("record 3 ", 0), 0u);
  EXPECT_EQ(events[5], "document 3 doc-3 status 0 records 1");
}

TEST(Runner, SkipsWhatTheCallbackCallsUnchanged) {
  std::vector<std::string> texts = {"Có 12 xã.", "Có 13 xã.", "Có 14 xã."};
  MemorySource source(texts);
  Recorder sink;
  std::vector<Document> docs;
  sink.after_document = [&](const Document& d) { docs.push_back(d); };
  RunOptions options;
  options.jobs = 2;
  options.skip_unchanged = [](const Document& d) { return d.index != 1; };
  RunInOrder(TheExtractor(), source, options, sink);
  ASSERT_EQ(docs.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(docs[i].sha256, Sha256Hex(texts[i]));
    EXPECT_EQ(docs[i].size, texts[i].size());
    EXPECT_EQ(docs[i].status, i == 1 ? DocumentStatus::kOk : DocumentStatus::kUnchanged);
    EXPECT_EQ(docs[i].records, i == 1 ? 1u : 0u);
    EXPECT_FALSE(docs[i].info);  // not asked for
  }
  EXPECT_EQ(sink.events.size(), 4u);  // one record, three documents
}

TEST(Runner, StopsStartingDocumentsWhenAsked) {
  std::vector<std::string> texts = Paragraphs("001_b23e7dbb3e75446e.txt");
  ASSERT_GT(texts.size(), 60u);
  MemorySource source(texts);
  Recorder sink;
  std::atomic<bool> stop{false};
  std::vector<Document> docs;
  sink.after_document = [&](const Document& d) {
    docs.push_back(d);
    if (d.index == 5) stop = true;
  };
  RunOptions options;
  options.jobs = 2;
  options.stop = [&] { return stop.load(); };
  RunInOrder(TheExtractor(), source, options, sink);
  // Documents 0..k, none missing, and no more than the documents in flight
  // (2 per worker) after the stop.
  ASSERT_GE(docs.size(), 6u);
  EXPECT_LE(docs.size(), 6u + 2 * kDocumentsInFlightPerWorker);
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(docs[i].index, i);
    if (i <= 5) EXPECT_EQ(docs[i].status, DocumentStatus::kOk);
    else EXPECT_TRUE(docs[i].status == DocumentStatus::kOk || docs[i].status == DocumentStatus::kCancelled);
  }
}

TEST(Runner, KeepsAtMostTwoDocumentsPerWorkerInFlight) {
  std::vector<std::string> texts = Paragraphs("003_4accc1bacc6ce9c7.txt");
  for (size_t jobs : {1, 2, 4}) {
    MemorySource source(texts);
    Recorder sink;
    size_t most = 0;
    // When item i is taken, documents 0..i-1 are taken; at most `delivered`
    // of them are done, and the one being delivered may not be counted yet.
    source.on_next = [&](size_t i) { most = std::max(most, i - std::min(i, sink.delivered.load())); };
    RunOptions options;
    options.jobs = jobs;
    RunInOrder(TheExtractor(), source, options, sink);
    EXPECT_EQ(sink.delivered.load(), texts.size());
    EXPECT_LE(most, kDocumentsInFlightPerWorker * jobs + 1) << "jobs " << jobs;
  }
}

TEST(Runner, ExtractArchiveWritesRecordsCountsKindsAndListsFailures) {
  std::vector<std::string> texts = Paragraphs("004_195a311180f3ecea.txt");
  std::ostringstream expected;
  size_t figures = 0;
  std::array<size_t, 6> by_kind{};
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i == 7) continue;  // unreadable below
    auto doc = TheExtractor().Extract(texts[i], "doc-" + std::to_string(i));
    ASSERT_TRUE(doc.ok());
    for (const Record& r : doc.value().records) {
      expected << ToJson(r) << "\n";
      ++figures;
      ++by_kind[static_cast<size_t>(r.kind)];
    }
  }
  for (size_t jobs : {1, 2}) {
    MemorySource source(texts, {7});
    std::ostringstream out, log;
    ArchiveOptions options;
    options.run.jobs = jobs;
    options.out = &out;
    options.log = &log;
    ArchiveReport report = ExtractArchive(TheExtractor(), source, options);
    EXPECT_EQ(out.str(), expected.str());
    EXPECT_EQ(report.stats.read, texts.size() - 1);
    EXPECT_EQ(report.stats.failed, 1u);
    EXPECT_EQ(report.stats.figures, figures);
    EXPECT_EQ(report.stats.by_kind, by_kind);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].ToString(), "doc-7:0: read error: test");
    EXPECT_EQ(log.str(), "doc-7:0: read error: test\n");
    EXPECT_FALSE(report.interrupted);
    EXPECT_NE(report.Summary().find("failed:\n  doc-7:0: read error: test\n"), std::string::npos)
        << report.Summary();
  }
}

}  // namespace
}  // namespace solieu
