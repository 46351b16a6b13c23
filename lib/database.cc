#include "database.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>
#include <mutex>
#include <set>
#include <system_error>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "output.h"
#include "solieu/eval.h"

namespace solieu {
namespace {

using Json = nlohmann::ordered_json;

// facts columns that hold JSON text (SCHEMA.md arrays and objects).
const std::set<std::string>& JsonColumns() {
  static const std::set<std::string> kColumns = {"range", "denominator_range", "section", "table"};
  return kColumns;
}

std::string SqlType(const std::string& column) {
  static const std::set<std::string> kIntegers = {"start", "end", "sentence_start", "sentence_end",
                                                  "footnote"};
  static const std::set<std::string> kReals = {"value", "denominator"};
  if (kIntegers.count(column)) return "INTEGER";
  if (kReals.count(column)) return "REAL";
  return "TEXT";
}

// Column names are quoted: "end" and "table" are SQL keywords.
std::string Quoted(const std::string& name) { return "\"" + name + "\""; }

std::string FactColumnList() {
  std::string out;
  for (const std::string& c : TabularColumns()) out += (out.empty() ? "" : ", ") + Quoted(c);
  return out;
}

std::string Schema() {
  std::string facts;
  for (const std::string& c : TabularColumns()) facts += ",\n  " + Quoted(c) + " " + SqlType(c);
  return R"(
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER,
  mtime TEXT,
  sha256 TEXT,
  title TEXT,
  issuer TEXT,
  issue TEXT,
  period TEXT,
  period_start TEXT,
  period_end TEXT,
  date TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error TEXT,
  warnings TEXT,
  figures INTEGER NOT NULL DEFAULT 0,
  solieu_version TEXT NOT NULL,
  settings TEXT NOT NULL,
  processed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE)" +
         facts + R"(
);
CREATE INDEX IF NOT EXISTS facts_document ON facts(document_id);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
CREATE INDEX IF NOT EXISTS facts_subject ON facts(subject);
CREATE INDEX IF NOT EXISTS facts_period ON facts(period);
CREATE VIEW IF NOT EXISTS figures AS
  SELECT d.path AS path, d.mtime AS mtime, d.sha256 AS sha256, d.title AS title,
         d.issuer AS issuer, d.issue AS issue, d.period AS document_period,
         d.period_start AS document_period_start, d.period_end AS document_period_end,
         d.date AS document_date, f.*
  FROM facts f JOIN documents d ON d.id = f.document_id;
)";
}

std::string Iso8601(int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm {};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

struct StmtDeleter {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

void BindText(sqlite3_stmt* s, int i, const std::string& text) {
  sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void BindJson(sqlite3_stmt* s, int i, const Json& v) {
  if (v.is_null()) sqlite3_bind_null(s, i);
  else if (v.is_boolean()) sqlite3_bind_int(s, i, v.get<bool>() ? 1 : 0);
  else if (v.is_number_unsigned()) sqlite3_bind_int64(s, i, static_cast<sqlite3_int64>(v.get<uint64_t>()));
  else if (v.is_number_integer()) sqlite3_bind_int64(s, i, v.get<int64_t>());
  else if (v.is_number_float()) sqlite3_bind_double(s, i, v.get<double>());
  else if (v.is_string()) BindText(s, i, v.get_ref<const std::string&>());
  else BindText(s, i, v.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// A column read back as the JSON value ToJson() gave it.
Json ColumnJson(sqlite3_stmt* s, int i, const std::string& column) {
  switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER: {
      sqlite3_int64 v = sqlite3_column_int64(s, i);
      return v >= 0 ? Json(static_cast<uint64_t>(v)) : Json(static_cast<int64_t>(v));
    }
    case SQLITE_FLOAT: return Json(sqlite3_column_double(s, i));
    case SQLITE_TEXT: {
      std::string text(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                       static_cast<size_t>(sqlite3_column_bytes(s, i)));
      if (JsonColumns().count(column)) return Json::parse(text, nullptr, false);
      return Json(std::move(text));
    }
    default: return Json(nullptr);
  }
}

}  // namespace

std::string ExtractionSettings(const Options& options) {
  static constexpr const char* kStrictness[] = {"lenient", "normal", "strict"};
  return std::string("solieu ") + Version() + "; records v" + std::to_string(kSchemaVersion) +
         "; strictness " + kStrictness[static_cast<int>(options.strictness)] + "; lossy " +
         (options.lossy ? "yes" : "no");
}

class Database::Impl {
 public:
  ~Impl() {
    if (open_) Exec("ROLLBACK");
    for (Stmt* s : {&upsert_, &delete_facts_, &insert_fact_, &update_, &select_facts_, &unchanged_})
      s->reset();
    sqlite3_close(reader_);
    sqlite3_close(db_);
  }

  Error Fail(sqlite3* db, const std::string& what) const {
    return Error{Error::Code::kIo, path_, 0,
                 "database: " + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
  }

  std::optional<Error> Exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return std::nullopt;
    Error e{Error::Code::kIo, path_, 0, "database: " + std::string(message ? message : "error")};
    sqlite3_free(message);
    return e;
  }

  std::optional<Error> Prepare(sqlite3* db, const std::string& sql, Stmt* out) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      return Fail(db, "cannot prepare " + sql.substr(0, 40));
    out->reset(s);
    return std::nullopt;
  }

  std::optional<Error> Open(const std::string& path, const Options& options) {
    path_ = path;
    settings_ = ExtractionSettings(options);
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
      return Fail(db_, "cannot open");
    sqlite3_busy_timeout(db_, 10000);
    // WAL: readers go on while a run writes. synchronous=NORMAL: a commit
    // survives a crash or kill of solieu; only a power cut may lose the last
    // few, and never leaves a half-written document.
    if (auto e = Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON"))
      return e;
    if (auto e = Exec("BEGIN IMMEDIATE")) return e;
    auto rollback = [&](Error e) {
      Exec("ROLLBACK");
      return e;
    };
    Stmt version;
    if (auto e = Prepare(db_, "PRAGMA user_version", &version)) return rollback(*e);
    int v = sqlite3_step(version.get()) == SQLITE_ROW ? sqlite3_column_int(version.get(), 0) : -1;
    version.reset();
    if (v == 0) {
      Stmt tables;
      if (auto e = Prepare(db_, "SELECT count(*) FROM sqlite_master", &tables)) return rollback(*e);
      int n = sqlite3_step(tables.get()) == SQLITE_ROW ? sqlite3_column_int(tables.get(), 0) : -1;
      tables.reset();
      if (n != 0)
        return rollback(Error{Error::Code::kIo, path, 0,
                              "database: not a solieu database (it has tables of its own); give a new file"});
      if (auto e = Exec(Schema() + "PRAGMA user_version=" + std::to_string(kDatabaseVersion)))
        return rollback(*e);
    } else if (v != kDatabaseVersion) {
      return rollback(Error{Error::Code::kIo, path, 0,
                            "database: layout version " + std::to_string(v) + ", this solieu writes " +
                                std::to_string(kDatabaseVersion) + "; give a new file"});
    }
    if (auto e = Exec("COMMIT")) return e;

    const std::string cols = FactColumnList();
    std::string params;
    for (size_t i = 0; i < TabularColumns().size(); ++i) params += ", ?" + std::to_string(i + 2);
    if (auto e = Prepare(db_,
                         "INSERT INTO documents (path, size, mtime, sha256, status, figures, "
                         "solieu_version, settings, processed_at) "
                         "VALUES (?1, ?2, ?3, ?4, 'ok', 0, ?5, ?6, ?7) "
                         "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, "
                         "sha256 = excluded.sha256, title = NULL, issuer = NULL, issue = NULL, period = NULL, "
                         "period_start = NULL, period_end = NULL, date = NULL, status = 'ok', "
                         "error = NULL, warnings = NULL, figures = 0, "
                         "solieu_version = excluded.solieu_version, settings = excluded.settings, "
                         "processed_at = excluded.processed_at "
                         "RETURNING id",
                         &upsert_))
      return e;
    if (auto e = Prepare(db_, "DELETE FROM facts WHERE document_id = ?1", &delete_facts_)) return e;
    if (auto e = Prepare(db_, "INSERT INTO facts (document_id, " + cols + ") VALUES (?1" + params + ")",
                         &insert_fact_))
      return e;
    if (auto e = Prepare(db_,
                         "UPDATE documents SET status = ?2, error = ?3, warnings = ?4, figures = ?5, "
                         "title = ?6, issuer = ?7, issue = ?8, period = ?9, period_start = ?10, "
                         "period_end = ?11, date = ?12 WHERE id = ?1",
                         &update_))
      return e;
    if (auto e = Prepare(db_,
                         "SELECT " + cols + " FROM facts WHERE document_id = "
                         "(SELECT id FROM documents WHERE path = ?1) ORDER BY id",
                         &select_facts_))
      return e;
    if (sqlite3_open_v2(path.c_str(), &reader_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      return Fail(reader_, "cannot open for reading");
    sqlite3_busy_timeout(reader_, 10000);
    return Prepare(reader_,
                   "SELECT 1 FROM documents WHERE path = ?1 AND sha256 = ?2 AND settings = ?3 "
                   "AND status = 'ok'",
                   &unchanged_);
  }

  bool Unchanged(const Document& doc) const {
    if (doc.sha256.empty()) return false;
    std::lock_guard lock(reader_mu_);
    sqlite3_stmt* s = unchanged_.get();
    sqlite3_reset(s);
    BindText(s, 1, doc.name);
    BindText(s, 2, doc.sha256);
    BindText(s, 3, settings_);
    bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_reset(s);
    return found;
  }

  // Opens the transaction of `doc`: its row (provisionally ok) and no facts.
  std::optional<Error> Begin(const Document& doc) {
    if (open_) Exec("ROLLBACK");  // a document left open: never stored half
    open_ = false;
    if (auto e = Exec("BEGIN IMMEDIATE")) return e;
    open_ = true;
    open_index_ = doc.index;
    sqlite3_stmt* s = upsert_.get();
    sqlite3_reset(s);
    BindText(s, 1, doc.name);
    if (doc.sha256.empty()) {
      sqlite3_bind_null(s, 2);
      sqlite3_bind_null(s, 4);
    } else {
      sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(doc.size));
      BindText(s, 4, doc.sha256);
    }
    if (doc.mtime) BindText(s, 3, Iso8601(*doc.mtime));
    else sqlite3_bind_null(s, 3);
    BindText(s, 5, Version());
    BindText(s, 6, settings_);
    BindText(s, 7, Iso8601(static_cast<int64_t>(std::time(nullptr))));
    if (sqlite3_step(s) != SQLITE_ROW) return Abort("cannot write document " + doc.name);
    open_id_ = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_stmt* d = delete_facts_.get();
    sqlite3_reset(d);
    sqlite3_bind_int64(d, 1, open_id_);
    if (sqlite3_step(d) != SQLITE_DONE) return Abort("cannot delete the old facts of " + doc.name);
    sqlite3_reset(d);
    return std::nullopt;
  }

  std::optional<Error> AddRecord(const Document& doc, const Record& record) {
    if (!open_ || open_index_ != doc.index) {
      if (auto e = Begin(doc)) return e;
    }
    sqlite3_stmt* s = insert_fact_.get();
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, open_id_);
    // Through the record's JSON, so that each column holds what JSON Lines and
    // CSV say, and ParseRecord() reads it back.
    Json j = Json::parse(ToJson(record), nullptr, /*allow_exceptions=*/false);
    const auto& cols = TabularColumns();
    for (size_t i = 0; i < cols.size(); ++i) {
      auto it = j.find(cols[i]);
      if (it != j.end()) BindJson(s, static_cast<int>(i + 2), *it);
    }
    if (sqlite3_step(s) != SQLITE_DONE) return Abort("cannot write a fact of " + doc.name);
    sqlite3_reset(s);
    return std::nullopt;
  }

  std::optional<Error> Finish(const Document& doc) {
    if (doc.status != DocumentStatus::kOk && doc.status != DocumentStatus::kFailed) {
      if (open_) Exec("ROLLBACK");
      open_ = false;
      return std::nullopt;
    }
    if (!open_ || open_index_ != doc.index) {
      if (auto e = Begin(doc)) return e;
    }
    sqlite3_stmt* s = update_.get();
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, open_id_);
    BindText(s, 2, doc.status == DocumentStatus::kOk ? "ok" : "failed");
    if (doc.error) BindText(s, 3, doc.error->ToString());
    else sqlite3_bind_null(s, 3);
    if (doc.warnings.empty()) {
      sqlite3_bind_null(s, 4);
    } else {
      Json w = Json::array();
      for (const Warning& x : doc.warnings) w.push_back(Json{{"offset", x.offset}, {"message", x.message}});
      BindText(s, 4, w.dump(-1, ' ', false, Json::error_handler_t::replace));
    }
    sqlite3_bind_int64(s, 5, doc.status == DocumentStatus::kOk ? static_cast<sqlite3_int64>(doc.records) : 0);
    if (doc.info) {
      const DocumentInfo& i = *doc.info;
      int k = 6;
      for (const std::optional<std::string>* v :
           {&i.title, &i.issuer, &i.issue, &i.period, &i.period_start, &i.period_end, &i.date}) {
        if (*v) BindText(s, k, **v);
        else sqlite3_bind_null(s, k);
        ++k;
      }
    } else {
      for (int k = 6; k <= 12; ++k) sqlite3_bind_null(s, k);
    }
    if (sqlite3_step(s) != SQLITE_DONE) return Abort("cannot write document " + doc.name);
    sqlite3_reset(s);
    if (auto e = Exec("COMMIT")) {
      Exec("ROLLBACK");
      open_ = false;
      return e;
    }
    open_ = false;
    return std::nullopt;
  }

  std::optional<Error> ForEachRecord(const std::string& path,
                                     const std::function<void(Record&&)>& sink) const {
    sqlite3_stmt* s = select_facts_.get();
    sqlite3_reset(s);
    BindText(s, 1, path);
    const auto& cols = TabularColumns();
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      Json j = Json::object();
      for (size_t i = 0; i < cols.size(); ++i) {
        Json v = ColumnJson(s, static_cast<int>(i), cols[i]);
        if (!v.is_null() && !v.is_discarded()) j[cols[i]] = std::move(v);
      }
      auto r = ParseRecord(j.dump(-1, ' ', false, Json::error_handler_t::replace));
      if (!r.ok()) {
        sqlite3_reset(s);
        return Error{Error::Code::kIo, path_, 0,
                     "database: a stored fact of " + path + " is unreadable: " + r.error().message};
      }
      sink(std::move(r).value());
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) return Fail(db_, "cannot read the facts of " + path);
    return std::nullopt;
  }

  Result<std::vector<std::string>> Prune(const std::vector<std::string>& roots,
                                         const std::vector<std::string>& found) {
    if (open_) Exec("ROLLBACK");
    open_ = false;
    const std::unordered_set<std::string> seen(found.begin(), found.end());
    auto under_a_root = [&](const std::string& path) {
      for (const std::string& root : roots) {
        if (root.empty() || root == "-") continue;
        if (path == root) return true;
        std::string dir = root.back() == '/' ? root : root + "/";
        if (path.compare(0, dir.size(), dir) == 0) return true;
      }
      return false;
    };
    auto gone = [](const std::string& path) {
      std::error_code ec;
      bool exists = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
      return !exists && (!ec || ec == std::errc::no_such_file_or_directory);
    };
    Stmt paths;
    if (auto e = Prepare(db_, "SELECT path FROM documents ORDER BY path", &paths)) return *e;
    std::vector<std::string> removed;
    int rc;
    while ((rc = sqlite3_step(paths.get())) == SQLITE_ROW) {
      std::string path(reinterpret_cast<const char*>(sqlite3_column_text(paths.get(), 0)),
                       static_cast<size_t>(sqlite3_column_bytes(paths.get(), 0)));
      if (under_a_root(path) && !seen.count(path) && gone(path)) removed.push_back(std::move(path));
    }
    if (rc != SQLITE_DONE) return Fail(db_, "cannot list the documents");
    paths.reset();
    if (removed.empty()) return removed;
    // facts go with their document (ON DELETE CASCADE).
    Stmt erase;
    if (auto e = Prepare(db_, "DELETE FROM documents WHERE path = ?1", &erase)) return *e;
    if (auto e = Exec("BEGIN IMMEDIATE")) return *e;
    for (const std::string& path : removed) {
      sqlite3_reset(erase.get());
      BindText(erase.get(), 1, path);
      if (sqlite3_step(erase.get()) != SQLITE_DONE) {
        Error e = Fail(db_, "cannot remove " + path);
        erase.reset();
        Exec("ROLLBACK");
        return e;
      }
    }
    erase.reset();
    if (auto e = Exec("COMMIT")) {
      Exec("ROLLBACK");
      return *e;
    }
    return removed;
  }

 private:
  Error Abort(const std::string& what) {
    Error e = Fail(db_, what);
    for (Stmt* s : {&upsert_, &delete_facts_, &insert_fact_, &update_}) sqlite3_reset(s->get());
    Exec("ROLLBACK");
    open_ = false;
    return e;
  }

  std::string path_, settings_;
  sqlite3* db_ = nullptr;      // writes, and reads on the thread that writes
  sqlite3* reader_ = nullptr;  // Unchanged(), from worker threads
  mutable std::mutex reader_mu_;
  Stmt upsert_, delete_facts_, insert_fact_, update_, select_facts_, unchanged_;
  bool open_ = false;  // a document's transaction is open
  size_t open_index_ = 0;
  sqlite3_int64 open_id_ = 0;
};

Result<Database> Database::Open(const std::string& path, const Options& options) {
  auto impl = std::make_unique<Impl>();
  if (auto e = impl->Open(path, options)) return *e;
  return Database(std::move(impl));
}

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

bool Database::Unchanged(const Document& doc) const { return impl_->Unchanged(doc); }

std::optional<Error> Database::AddRecord(const Document& doc, const Record& record) {
  return impl_->AddRecord(doc, record);
}

std::optional<Error> Database::FinishDocument(const Document& doc) { return impl_->Finish(doc); }

std::optional<Error> Database::ForEachRecord(const std::string& path,
                                             const std::function<void(Record&&)>& sink) const {
  return impl_->ForEachRecord(path, sink);
}

Result<std::vector<std::string>> Database::Prune(const std::vector<std::string>& roots,
                                                 const std::vector<std::string>& found) {
  return impl_->Prune(roots, found);
}

}  // namespace solieu
