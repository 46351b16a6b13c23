#include "report.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace solieu {
namespace {

std::string Mb(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
  return buf;
}

std::string Rate(uint64_t bytes, double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f MB/s",
                seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
  return buf;
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string FormatDuration(double seconds) {
  long s = seconds > 0 ? static_cast<long>(seconds + 0.5) : 0;
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

void RunStats::Add(const InputList& inputs) {
  total_files = inputs.paths.size();
  total_bytes = inputs.bytes;
  excluded = inputs.excluded;
  other_shards = inputs.other_shards;
  repeated_directories = inputs.repeated_directories;
}

std::string ProgressLine(const RunStats& s, double seconds) {
  std::string line = "solieu: " + std::to_string(s.done());
  if (s.total_files) line.append("/").append(std::to_string(s.total_files)).append(" files, ");
  else line.append(" documents, ");
  line += Mb(s.bytes);
  if (s.total_bytes) line.append("/").append(Mb(s.total_bytes));
  line += " MB, " + std::to_string(s.figures + s.figures_from_db) + " figures, " +
          Rate(s.bytes, seconds);
  // The ETA follows the bytes where their total is known (one 30 MB file
  // weighs more than a hundred small ones), else the files.
  double eta = -1;
  if (s.total_bytes && s.bytes && s.total_bytes >= s.bytes) {
    eta = seconds * static_cast<double>(s.total_bytes - s.bytes) / static_cast<double>(s.bytes);
  } else if (s.total_files && s.done() && s.total_files >= s.done()) {
    eta = seconds * static_cast<double>(s.total_files - s.done()) / static_cast<double>(s.done());
  }
  if (eta >= 0) line += ", ETA " + FormatDuration(eta);
  return line;
}

std::string ArchiveReport::Summary() const {
  const RunStats& s = stats;
  size_t finished = s.read + s.failed + s.unchanged;
  std::string out = "solieu: " +
                    (s.total_files ? Plural(finished, "file", "files")
                                   : Plural(finished, "document", "documents")) + ": " +
                    std::to_string(s.read) + " read, " + std::to_string(s.failed) + " failed, " +
                    std::to_string(s.unchanged) + " skipped" +
                    (s.unchanged ? " (unchanged in the database)" : "") + "; " +
                    Plural(s.figures, "figure", "figures");
  static constexpr Kind kKinds[] = {Kind::kQuantity, Kind::kPercent, Kind::kRatio,
                                    Kind::kChange, Kind::kAchievement, Kind::kRank};
  if (s.figures) {
    out += " (";
    for (size_t k = 0; k < std::size(kKinds); ++k) {
      out += (k ? ", " : "") + std::string(Name(kKinds[k])) + " " +
             std::to_string(s.by_kind[static_cast<size_t>(kKinds[k])]);
    }
    out += ")";
  }
  if (s.figures_from_db)
    out += ", and " + std::to_string(s.figures_from_db) + " of the unchanged ones copied from the database";
  if (!pruned.empty())
    out += "; " + Plural(pruned.size(), "document", "documents") + " no longer on disk removed from the database";
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.2f", seconds);
  out += "; " + Mb(s.bytes) + " MB in " + secs + " s, " + Rate(s.bytes, seconds) + "\n";

  std::vector<std::string> left_out;
  if (s.excluded) left_out.push_back(Plural(s.excluded, "file", "files") + " not matching --include/--exclude");
  if (s.other_shards) left_out.push_back(std::to_string(s.other_shards) + " in other shards");
  if (s.repeated_directories)
    left_out.push_back(Plural(s.repeated_directories, "directory", "directories") +
                       " reached again through a symbolic link (walked once)");
  if (!left_out.empty()) {
    out += "solieu: left out: ";
    for (size_t i = 0; i < left_out.size(); ++i) out += (i ? ", " : "") + left_out[i];
    out += "\n";
  }
  if (interrupted) {
    size_t not_done = s.total_files > finished ? s.total_files - finished : s.cancelled;
    out += "solieu: interrupted: " + Plural(not_done, "document", "documents") +
           " not done; every finished one is stored (run again to do the rest)\n";
  }
  if (write_error) out += "solieu: stopped: " + write_error->ToString() + "\n";
  if (!failures.empty()) {
    out += "failed:\n";
    for (const Error& e : failures) out += "  " + e.ToString() + "\n";
  }
  return out;
}

class ProgressMeter::Impl {
 public:
  explicit Impl(std::ostream& out) : out_(out), start_(std::chrono::steady_clock::now()) {
    thread_ = std::thread([this] { Loop(); });
  }

  void Update(const RunStats& stats) {
    std::lock_guard lock(mu_);
    stats_ = stats;
  }

  void Print(const std::string& line) {
    std::lock_guard lock(mu_);
    out_ << "\r\x1b[K" << line << "\n";
    Draw();
  }

  void Stop() {
    {
      std::lock_guard lock(mu_);
      if (stopped_) return;
      stopped_ = true;
    }
    cv_.notify_all();
    thread_.join();
    out_ << "\r\x1b[K" << std::flush;
  }

 private:
  void Draw() {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    out_ << "\r" << ProgressLine(stats_, seconds) << "\x1b[K" << std::flush;
  }

  void Loop() {
    std::unique_lock lock(mu_);
    while (!stopped_) {
      Draw();
      cv_.wait_for(lock, std::chrono::milliseconds(250));
    }
  }

  std::ostream& out_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mu_;
  std::condition_variable cv_;
  RunStats stats_;
  bool stopped_ = false;
  std::thread thread_;
};

ProgressMeter::ProgressMeter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {}
ProgressMeter::~ProgressMeter() { Stop(); }
void ProgressMeter::Update(const RunStats& stats) { impl_->Update(stats); }
void ProgressMeter::Print(const std::string& line) { impl_->Print(line); }
void ProgressMeter::Stop() { impl_->Stop(); }

}  // namespace solieu
