// The database: its layout, every field stored and read back, unchanged
// documents, replaced facts, failed documents, no half-written document, and
// readers during a write (WAL).
#include "database.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "output.h"
#include "test_util.h"

namespace solieu {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TheExtractor;

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::ScratchDir("solieu-db-test");
    path_ = (dir_ / "figures.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  Database Open(const Options& options = {}) {
    auto db = Database::Open(path_, options);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().ToString());
    return std::move(db).value();
  }

  // Stores `text` as document `name` the way the runner delivers it.
  Document Store(Database& db, const std::string& name, const std::string& text, size_t index = 0) {
    Document doc;
    doc.index = index;
    doc.name = name;
    doc.size = text.size();
    doc.mtime = 1719446400;  // 2024-06-27
    doc.sha256 = Sha256Hex(text);
    auto result = TheExtractor().ExtractTo(text, name, [&](Record&& r) {
      EXPECT_FALSE(db.AddRecord(doc, r));
      ++doc.records;
    });
    EXPECT_TRUE(result.ok());
    auto info = TheExtractor().Info(text, name);
    if (info.ok()) doc.info = info.value();
    EXPECT_FALSE(db.FinishDocument(doc));
    return doc;
  }

  // Begins document `name` with one figure (004: "49 xã") and does not finish it.
  Document Begin(Database& db, const std::string& name, size_t index) {
    Document doc;
    doc.index = index;
    doc.name = name;
    doc.sha256 = Sha256Hex(name + std::to_string(index));
    Record r;
    r.doc = name;
    r.text = "49 xã";
    r.span = {0, 6};
    r.value = 49;
    EXPECT_FALSE(db.AddRecord(doc, r));
    ++doc.records;
    return doc;
  }

  // One value of a query on a connection of our own.
  std::string Query(const std::string& sql) {
    sqlite3* c = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path_.c_str(), &c, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(c, sql.c_str(), -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(c);
    std::string out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      if (!out.empty()) out += "\n";
      for (int i = 0; i < sqlite3_column_count(s); ++i) {
        const unsigned char* t = sqlite3_column_text(s, i);
        out += (i ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
      }
    }
    EXPECT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(c);
    sqlite3_finalize(s);
    sqlite3_close(c);
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(DatabaseTest, CreatesTablesIndexesAndViewInWalMode) {
  Database db = Open();
  EXPECT_EQ(Query("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Query("PRAGMA user_version"), std::to_string(kDatabaseVersion));
  EXPECT_EQ(Query("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"),
            "table documents\ntable facts\nindex facts_document\nindex facts_kind\n"
            "index facts_period\nindex facts_subject\nview figures");
  // facts: an id, the document, then every SCHEMA.md field (and pattern).
  std::string expected = "id\ndocument_id";
  for (const std::string& c : TabularColumns()) expected += "\n" + c;
  EXPECT_EQ(Query("SELECT name FROM pragma_table_info('facts')"), expected);
  EXPECT_EQ(Query("SELECT group_concat(name, ',') FROM pragma_table_info('documents')"),
            "id,path,size,mtime,sha256,title,issuer,issue,period,period_start,period_end,date,"
            "status,error,warnings,figures,solieu_version,settings,processed_at");
}

// 004 has tables, footnotes, sections, ranges and ratios: every field of every
// record must come back as it went in.
TEST_F(DatabaseTest, StoresAndReadsBackEveryField) {
  Database db = Open();
  for (const char* file : {"004_195a311180f3ecea.txt", "001_b23e7dbb3e75446e.txt"}) {
    std::string name = std::string("corpus/") + file;
    std::string text = ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/" + file);
    Document doc = Store(db, name, text);
    auto original = TheExtractor().Extract(text, name);
    ASSERT_TRUE(original.ok());
    std::vector<std::string> back;
    EXPECT_FALSE(db.ForEachRecord(name, [&](Record&& r) { back.push_back(ToJson(r)); }));
    ASSERT_EQ(back.size(), original.value().records.size());
    for (size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i], ToJson(original.value().records[i]));
    EXPECT_EQ(Query("SELECT size, mtime, sha256, status, figures, error IS NULL, solieu_version, settings "
                    "FROM documents WHERE path = '" + name + "'"),
              std::to_string(text.size()) + "|2024-06-27T00:00:00Z|" + Sha256Hex(text) + "|ok|" +
                  std::to_string(doc.records) + "|1|" + Version() + "|" + ExtractionSettings({}));
  }
  // What 004 says about itself (its masthead), as `solieu info` gives it.
  EXPECT_EQ(Query("SELECT title, issuer, issue, period, period_start, period_end, date FROM documents "
                  "WHERE path = 'corpus/004_195a311180f3ecea.txt'"),
            "BÁO CÁO tình hình, kết quả thực hiện Nghị quyết Tỉnh ủy 6 tháng đầu năm và phương hướng "
            "nhiệm vụ, giải pháp 6 tháng cuối năm 2024|Ban Thường vụ Tỉnh ủy|654-BC/TU|"
            "6 tháng đầu năm 2024|2024-01-01|2024-06-30|2024-07-08");
  EXPECT_EQ(Query("SELECT DISTINCT document_date FROM figures WHERE path = 'corpus/004_195a311180f3ecea.txt'"),
            "2024-07-08");
  // Table cells keep their place as JSON that SQLite can read.
  EXPECT_NE(Query("SELECT count(*) FROM facts WHERE source = 'table' AND "
                  "json_extract(\"table\", '$.row_label') != ''"),
            "0");
}

TEST_F(DatabaseTest, UnchangedNeedsSameBytesSameSettingsAndSuccess) {
  std::string text = "Tổng thu ngân sách đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ.";
  Document doc;
  {
    Database db = Open();
    doc = Store(db, "bt-1.txt", text);
    EXPECT_TRUE(db.Unchanged(doc));
    Document other = doc;
    other.sha256 = Sha256Hex(text + " ");
    EXPECT_FALSE(db.Unchanged(other));
    other = doc;
    other.name = "bt-2.txt";
    EXPECT_FALSE(db.Unchanged(other));
  }
  Options strict;
  strict.strictness = Strictness::kStrict;
  EXPECT_FALSE(Open(strict).Unchanged(doc));  // other settings: extract again
  Database db = Open();
  Document failed = doc;
  failed.status = DocumentStatus::kFailed;
  failed.error = Error{Error::Code::kIo, "bt-1.txt", 0, "read error: test"};
  failed.records = 0;
  EXPECT_FALSE(db.FinishDocument(failed));
  EXPECT_FALSE(db.Unchanged(doc));  // a failed document is tried again
}

TEST_F(DatabaseTest, ReplacesTheFactsOfAChangedDocument) {
  Database db = Open();
  // 000: "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và 31,5% dự toán địa phương phấn đấu."
  Document first = Store(db, "bt.txt", "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao và 31,5% dự toán địa phương phấn đấu.");
  ASSERT_EQ(first.records, 3u);
  std::string id = Query("SELECT id FROM documents");
  Document second = Store(db, "bt.txt", "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ.", 1);
  ASSERT_EQ(second.records, 1u);
  EXPECT_EQ(Query("SELECT count(*), min(document_id), max(document_id) FROM facts"), "1|" + id + "|" + id);
  EXPECT_EQ(Query("SELECT count(*), figures, sha256 FROM documents"), "1|1|" + second.sha256);
  EXPECT_EQ(Query("SELECT text FROM facts"), "tăng 0,1% so cùng kỳ");
}

TEST_F(DatabaseTest, StoresFailedDocumentsWithTheirErrorAndNoFacts) {
  Database db = Open();
  Store(db, "bt.txt", "Có 12 xã.");
  Document failed;
  failed.index = 1;
  failed.name = "bt.txt";
  failed.status = DocumentStatus::kFailed;
  failed.error = Error{Error::Code::kInvalidUtf8, "bt.txt", 12, "invalid UTF-8 byte 0xC3"};
  EXPECT_FALSE(db.FinishDocument(failed));
  EXPECT_EQ(Query("SELECT status, error, figures, size IS NULL, sha256 IS NULL FROM documents"),
            "failed|bt.txt:12: invalid UTF-8 byte 0xC3|0|1|1");
  EXPECT_EQ(Query("SELECT count(*) FROM facts"), "0");
  // Unchanged and cancelled documents leave the database as it was.
  Document skipped = failed;
  skipped.index = 2;
  skipped.status = DocumentStatus::kCancelled;
  EXPECT_FALSE(db.FinishDocument(skipped));
  skipped.status = DocumentStatus::kUnchanged;
  EXPECT_FALSE(db.FinishDocument(skipped));
  EXPECT_EQ(Query("SELECT status FROM documents"), "failed");
}

TEST_F(DatabaseTest, AnUnfinishedDocumentLeavesNoTrace) {
  std::string first = "Kết nạp 791 đảng viên. Có 12 xã.";
  std::string sha = Sha256Hex(first);
  {
    Database db = Open();
    Store(db, "a.txt", first);
    Begin(db, "b.txt", 1);  // a new document, and the run dies before it is finished
  }
  {
    Database db = Open();
    Begin(db, "a.txt", 2);  // a new version of a.txt: its old facts are deleted, not yet committed
  }
  EXPECT_EQ(Query("SELECT group_concat(path), sum(figures), sha256 FROM documents"), "a.txt|2|" + sha);
  EXPECT_EQ(Query("SELECT group_concat(text, ';') FROM facts"), "791 đảng viên;12 xã");
  EXPECT_EQ(Query("PRAGMA integrity_check"), "ok");
}

TEST_F(DatabaseTest, ReadersQueryWhileADocumentIsBeingWritten) {
  Database db = Open();
  Store(db, "a.txt", "Có 12 xã.");
  Document b = Begin(db, "b.txt", 1);  // b's write transaction is open
  sqlite3* reader = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_busy_timeout(reader, 0);  // a reader that had to wait would fail at once
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(reader, "SELECT count(*) FROM figures", -1, &s, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW) << sqlite3_errmsg(reader);
  EXPECT_EQ(sqlite3_column_int(s, 0), 1);  // the committed state only
  sqlite3_reset(s);
  ASSERT_FALSE(db.FinishDocument(b));
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW) << sqlite3_errmsg(reader);
  EXPECT_EQ(sqlite3_column_int(s, 0), 2);
  sqlite3_finalize(s);
  sqlite3_close(reader);
}

TEST_F(DatabaseTest, TheFiguresViewAnswersATimeSeriesQuery) {
  Database db = Open();
  for (const char* file : {"000_3aaedc7d7e7294aa.txt", "002_eb57067bc9b22e32.txt"}) {
    Store(db, std::string("corpus/") + file, ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/" + file));
  }
  // 000: "Ước thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao …"
  std::string rows = Query(
      "SELECT path, kind, value FROM figures WHERE subject LIKE '%thu ngân sách trên địa bàn%' "
      "AND kind = 'achievement' ORDER BY path, start");
  EXPECT_NE(rows.find("corpus/000_3aaedc7d7e7294aa.txt|achievement|32.6"), std::string::npos) << rows;
}

TEST_F(DatabaseTest, PruneRemovesOnlyDocumentsGoneFromDiskUnderTheRootsOfTheRun) {
  // An archive of two years; 2023/b.txt is deleted, 2023/c.txt is excluded
  // from this run but still there, and other/d.txt lies outside the roots.
  const std::string text = ReadFile(std::string(SOLIEU_CORPUS_DIR) + "/000_3aaedc7d7e7294aa.txt");
  const fs::path root = dir_ / "bulletins";
  fs::create_directories(root / "2023");
  fs::create_directories(dir_ / "other");
  for (const char* name : {"2023/a.txt", "2023/b.txt", "2023/c.txt"})
    std::ofstream(root / name) << "x";
  const std::string a = (root / "2023/a.txt").string(), b = (root / "2023/b.txt").string(),
                    c = (root / "2023/c.txt").string(), d = (dir_ / "other/d.txt").string();
  Database db = Open();
  size_t index = 0;
  for (const std::string& name : {a, b, c, d}) Store(db, name, text, index++);
  const std::string facts_of_b = Query("SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id "
                                       "WHERE d.path = '" + b + "'");
  ASSERT_NE(facts_of_b, "0");
  fs::remove(root / "2023/b.txt");

  auto pruned = db.Prune({root.string() + "/"}, {a});
  ASSERT_TRUE(pruned.ok()) << pruned.error().ToString();
  EXPECT_EQ(pruned.value(), std::vector<std::string>{b});
  EXPECT_EQ(Query("SELECT path FROM documents ORDER BY path"), a + "\n" + c + "\n" + d);
  EXPECT_EQ(Query("SELECT count(*) FROM facts f LEFT JOIN documents d ON d.id = f.document_id "
                  "WHERE d.id IS NULL"),
            "0");
  // d is gone too, but no run named its directory: it stays.
  auto again = db.Prune({root.string()}, {a});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.value().empty());
  // The database goes on taking documents after a prune.
  Store(db, b, text, index++);
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), "4");
}

TEST_F(DatabaseTest, RefusesADatabaseThatIsNotSolieus) {
  sqlite3* c = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &c), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(c, "CREATE TABLE budget(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(c);
  auto db = Database::Open(path_, {});
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.error().message.find("not a solieu database"), std::string::npos) << db.error().message;
}

}  // namespace
}  // namespace solieu
