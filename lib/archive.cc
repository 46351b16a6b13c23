#include "archive.h"

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

namespace solieu {

const std::vector<std::string>& DefaultIncludes() {
  static const std::vector<std::string> kIncludes = {"*.txt", "*.text", "*.md",
                                                     "*.markdown", "*.htm", "*.html"};
  return kIncludes;
}

Result<Shard> ParseShard(std::string_view spec) {
  auto fail = [&] {
    return Error{Error::Code::kInternal, "", 0,
                 "bad shard '" + std::string(spec) + "': give K/N with 1 <= K <= N, e.g. 2/8"};
  };
  size_t slash = spec.find('/');
  if (slash == std::string_view::npos) return fail();
  Shard s;
  auto read = [](std::string_view digits, size_t* out) {
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    return ec == std::errc() && end == digits.data() + digits.size() && !digits.empty();
  };
  if (!read(spec.substr(0, slash), &s.index) || !read(spec.substr(slash + 1), &s.count) ||
      s.index < 1 || s.index > s.count)
    return fail();
  return s;
}

uint64_t PathHash(std::string_view path) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (unsigned char c : path) {
    h ^= c;
    h *= 1099511628211ull;  // FNV 64 prime
  }
  return h;
}

bool InShard(std::string_view path, const Shard& shard) {
  return shard.count <= 1 || PathHash(path) % shard.count == shard.index - 1;
}

bool GlobMatches(const std::vector<std::string>& globs, const std::string& name,
                 const std::string& relative) {
  for (const std::string& g : globs) {
    const std::string& subject = g.find('/') == std::string::npos ? name : relative;
    if (::fnmatch(g.c_str(), subject.c_str(), FNM_CASEFOLD) == 0) return true;
  }
  return false;
}

namespace {

std::string BaseName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t k = p.find_last_of('/');
  return k == std::string::npos ? p : p.substr(k + 1);
}

std::string Join(const std::string& dir, const std::string& name) {
  return !dir.empty() && dir.back() == '/' ? dir + name : dir + "/" + name;
}

class Walker {
 public:
  Walker(const InputOptions& options, InputList* out) : options_(options), out_(out) {}

  void Argument(const std::string& arg) {
    struct stat st {};
    bool known = arg != "-" && ::stat(arg.c_str(), &st) == 0;
    if (known && S_ISDIR(st.st_mode)) {
      if (!visited_.insert({st.st_dev, st.st_ino}).second) {
        ++out_->repeated_directories;
        return;
      }
      Walk(arg, "");
      return;
    }
    // A file, "-", or a path that cannot be stat'ed: reading it says why.
    if (arg != "-" && GlobMatches(options_.exclude, BaseName(arg), arg)) {
      ++out_->excluded;
      return;
    }
    Take(arg, known && S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0);
  }

  std::vector<uint64_t> sizes;

 private:
  void Take(const std::string& path, uint64_t size) {
    out_->paths.push_back(path);
    sizes.push_back(size);
  }

  void Walk(const std::string& dir, const std::string& relative) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      out_->errors.push_back(Error{Error::Code::kIo, dir, 0,
                                   std::string("cannot read the directory: ") + std::strerror(errno)});
      return;
    }
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(std::move(n));
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());  // byte order: the same on every machine
    for (const std::string& name : names) {
      std::string path = Join(dir, name);
      std::string rel = relative.empty() ? name : relative + "/" + name;
      struct stat st {};
      bool known = ::stat(path.c_str(), &st) == 0;  // follows symbolic links
      if (known && S_ISDIR(st.st_mode)) {
        if (GlobMatches(options_.exclude, name, rel)) continue;
        if (!visited_.insert({st.st_dev, st.st_ino}).second) {
          ++out_->repeated_directories;  // a link back up the tree, or to a tree already walked
          continue;
        }
        Walk(path, rel);
        continue;
      }
      // Devices, FIFOs and sockets are no documents (a FIFO would block the run).
      if (known && !S_ISREG(st.st_mode)) {
        ++out_->excluded;
        continue;
      }
      // A regular file, or a broken link or link loop: taken when its name
      // matches, so that reading it reports the problem.
      if (!GlobMatches(options_.include, name, rel) || GlobMatches(options_.exclude, name, rel)) {
        ++out_->excluded;
        continue;
      }
      Take(path, known ? static_cast<uint64_t>(st.st_size) : 0);
    }
  }

  const InputOptions& options_;
  InputList* out_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& args, const InputOptions& options) {
  InputList all;
  Walker walker(options, &all);
  for (const std::string& arg : args) walker.Argument(arg);
  InputList out;
  out.roots = args;
  out.errors = std::move(all.errors);
  out.excluded = all.excluded;
  out.repeated_directories = all.repeated_directories;
  for (size_t i = 0; i < all.paths.size(); ++i) {
    if (!InShard(all.paths[i], options.shard)) {
      ++out.other_shards;
      continue;
    }
    out.paths.push_back(std::move(all.paths[i]));
    out.bytes += walker.sizes[i];
  }
  return out;
}

std::vector<std::string> ReadPathList(std::istream& in) {
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(std::move(line));
  }
  return out;
}

Result<DocumentFile> ReadDocument(const std::string& path, size_t max_bytes) {
  DocumentFile doc;
  doc.name = path;
  auto fail = [&](std::string message, size_t offset = 0) {
    return Error{Error::Code::kIo, path, offset, std::move(message)};
  };
  const bool stdin = path == "-";
  int fd = stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    switch (err) {
      case ENOENT: return fail("no such file (check the path)");
      case EACCES: return fail("permission denied (check the file's permissions)");
      case ELOOP: return fail("symbolic link loop (the link points back at itself)");
      default: return fail(std::string("cannot open: ") + std::strerror(err));
    }
  }
  auto close = [&] {
    if (!stdin) ::close(fd);
  };
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      close();
      return fail("is a directory, not a document (name the files in it)");
    }
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      close();
      return fail("document is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                      std::to_string(max_bytes) + " (raise it with --max-bytes)",
                  max_bytes);
    }
    if (S_ISREG(st.st_mode)) {
      doc.bytes.reserve(static_cast<size_t>(st.st_size));
      if (!stdin) doc.mtime = static_cast<int64_t>(st.st_mtim.tv_sec);
    }
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close();
      return fail(std::string("read error: ") + std::strerror(err), doc.bytes.size());
    }
    doc.bytes.append(buf, static_cast<size_t>(n));
    if (doc.bytes.size() > max_bytes) {
      close();
      return fail("document is over the limit of " + std::to_string(max_bytes) +
                      " bytes (raise it with --max-bytes)",
                  max_bytes);
    }
  }
  close();
  return doc;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &n, EVP_sha256(), nullptr) != 1) return "";
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (unsigned int i = 0; i < n; ++i) {
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 15];
  }
  return out;
}

PathSource::PathSource(std::vector<std::string> paths, size_t max_bytes)
    : paths_(std::move(paths)), max_bytes_(max_bytes) {}

bool PathSource::Next(std::string* item) {
  if (next_ >= paths_.size()) return false;
  *item = std::move(paths_[next_++]);
  return true;
}

Result<DocumentFile> PathSource::Load(std::string item, size_t) const {
  return ReadDocument(item, max_bytes_);
}

JsonLinesSource::JsonLinesSource(std::istream& in) : in_(in) {}

// An item is "LINE OFFSET\n" followed by the line itself, so that Load(),
// which runs unlocked on a worker, can name where a bad line stands.
bool JsonLinesSource::Next(std::string* item) {
  std::string line;
  while (std::getline(in_, line)) {
    uint64_t offset = offset_;
    offset_ += line.size() + 1;
    ++line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    *item = std::to_string(line_) + " " + std::to_string(offset) + "\n" + line;
    return true;
  }
  return false;
}

Result<DocumentFile> JsonLinesSource::Load(std::string item, size_t) const {
  size_t header_end = item.find('\n');
  std::string header = item.substr(0, header_end);
  size_t space = header.find(' ');
  std::string line = header.substr(0, space);
  size_t offset = std::stoull(header.substr(space + 1));
  auto fail = [&](const std::string& why) {
    return Error{Error::Code::kIo, "-", offset, "line " + line + ": " + why};
  };
  auto j = nlohmann::json::parse(std::string_view(item).substr(header_end + 1), nullptr,
                                 /*allow_exceptions=*/false);
  if (j.is_discarded()) return fail("not JSON (each line must be {\"doc\": NAME, \"text\": TEXT})");
  auto doc = j.is_object() ? j.find("doc") : j.end();
  auto text = j.is_object() ? j.find("text") : j.end();
  if (doc == j.end() || !doc->is_string() || text == j.end() || !text->is_string())
    return fail("needs a string \"doc\" and a string \"text\"");
  DocumentFile out;
  out.name = doc->get<std::string>();
  out.bytes = std::move(text->get_ref<std::string&>());
  return out;
}

}  // namespace solieu
