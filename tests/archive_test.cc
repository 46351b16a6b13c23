// Inputs: shards, globs, the directory walk, path lists, reading a document,
// SHA-256 and JSON Lines documents.
#include "archive.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "test_util.h"

namespace solieu {
namespace {

namespace fs = std::filesystem;

TEST(Archive, ParsesShardAndRefusesBadOnes) {
  auto s = ParseShard("2/8");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().index, 2u);
  EXPECT_EQ(s.value().count, 8u);
  for (const char* bad : {"0/3", "4/3", "3", "/3", "1/", "a/b", "1/3x", "-1/3", ""})
    EXPECT_FALSE(ParseShard(bad).ok()) << bad;
}

// FNV-1a 64 test vectors (Fowler/Noll/Vo): the hash must never change, or
// machines running different builds would split an archive differently.
TEST(Archive, PathHashIsFnv1a64) {
  EXPECT_EQ(PathHash(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(PathHash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(PathHash("foobar"), 0x85944171f73967e8ull);
}

TEST(Archive, ShardsPartitionThePaths) {
  std::vector<std::string> paths;
  for (int y = 2014; y < 2024; ++y)
    for (int m = 1; m <= 12; ++m)
      paths.push_back("archive/" + std::to_string(y) + "/bt-" + std::to_string(m) + ".txt");
  for (size_t n = 1; n <= 5; ++n) {
    std::vector<size_t> owners(paths.size(), 0);
    for (size_t k = 1; k <= n; ++k) {
      size_t mine = 0;
      for (size_t i = 0; i < paths.size(); ++i) {
        if (InShard(paths[i], Shard{k, n})) {
          ++owners[i];
          ++mine;
        }
      }
      EXPECT_GT(mine, 0u) << k << "/" << n;  // 120 paths: no shard is empty
    }
    for (size_t i = 0; i < paths.size(); ++i) EXPECT_EQ(owners[i], 1u) << paths[i] << " in N=" << n;
  }
}

TEST(Archive, GlobsMatchNameOrRelativePathIgnoringCase) {
  EXPECT_TRUE(GlobMatches({"*.txt"}, "BT-10-2023.TXT", "2023/BT-10-2023.TXT"));
  EXPECT_FALSE(GlobMatches({"*.txt"}, "notes.pdf", "notes.pdf"));
  EXPECT_TRUE(GlobMatches({"2023/*"}, "01.txt", "2023/01.txt"));
  EXPECT_FALSE(GlobMatches({"2023/*"}, "01.txt", "2024/01.txt"));
  EXPECT_FALSE(GlobMatches({}, "01.txt", "01.txt"));
}

class Tree : public ::testing::Test {
 protected:
  void SetUp() override { root_ = testing::ScratchDir("solieu-archive-test"); }
  void TearDown() override { fs::remove_all(root_); }
  void Write(const std::string& rel, const std::string& text) {
    fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }
  std::string Path(const std::string& rel) const { return (root_ / rel).string(); }
  fs::path root_;
};

TEST_F(Tree, WalksInNameOrderTakingTextFormatsAndEndingLinkLoops) {
  Write("2024/02.md", "Kết nạp 791 đảng viên");
  Write("2023/b.txt", "bb");
  Write("2023/a.txt", "a");
  Write("2023/A.HTML", "<p>x</p>");
  Write("notes.pdf", "%PDF");
  Write("z.text", "z");
  fs::create_directory_symlink("..", root_ / "2023" / "up");  // a loop back to the root
  fs::create_symlink("missing.txt", root_ / "broken.txt");     // taken: reading it says why
  ASSERT_EQ(::mkfifo(Path("pipe.txt").c_str(), 0600), 0);      // never a document

  InputList in = ExpandInputs({root_.string()}, {});
  std::vector<std::string> expected = {Path("2023/A.HTML"), Path("2023/a.txt"), Path("2023/b.txt"),
                                       Path("2024/02.md"), Path("broken.txt"), Path("z.text")};
  EXPECT_EQ(in.paths, expected);
  EXPECT_EQ(in.repeated_directories, 1u);  // 2023/up
  EXPECT_EQ(in.excluded, 2u);              // notes.pdf, pipe.txt
  EXPECT_EQ(in.bytes, 8u + 2 + 1 + std::string("Kết nạp 791 đảng viên").size() + 1);
  EXPECT_TRUE(in.errors.empty());
  auto broken = ReadDocument(Path("broken.txt"), 1 << 20);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().ToString(), Path("broken.txt") + ":0: no such file (check the path)");
}

TEST_F(Tree, IncludeExcludeAndExplicitFiles) {
  Write("2023/a.txt", "a");
  Write("2023/b.md", "b");
  Write("old/c.txt", "c");
  Write("notes.pdf", "%PDF");
  InputOptions only_md;
  only_md.include = {"*.md"};
  EXPECT_EQ(ExpandInputs({root_.string()}, only_md).paths, std::vector<std::string>{Path("2023/b.md")});

  InputOptions no_old;
  no_old.exclude = {"old"};  // a directory: not walked
  EXPECT_EQ(ExpandInputs({root_.string()}, no_old).paths,
            (std::vector<std::string>{Path("2023/a.txt"), Path("2023/b.md")}));

  InputOptions by_path;
  by_path.exclude = {"2023/*.md"};  // with '/': the path below the directory given
  EXPECT_EQ(ExpandInputs({root_.string()}, by_path).paths,
            (std::vector<std::string>{Path("2023/a.txt"), Path("old/c.txt")}));

  // Named explicitly: taken whatever --include says, in the order given; a
  // missing path and "-" are kept so that reading reports them.
  InputList explicit_files = ExpandInputs({Path("notes.pdf"), "-", Path("nope.txt"), Path("2023/a.txt")}, only_md);
  EXPECT_EQ(explicit_files.paths,
            (std::vector<std::string>{Path("notes.pdf"), "-", Path("nope.txt"), Path("2023/a.txt")}));
  // The same directory twice is walked once.
  EXPECT_EQ(ExpandInputs({Path("2023"), Path("2023") + "/"}, {}).paths,
            (std::vector<std::string>{Path("2023/a.txt"), Path("2023/b.md")}));
}

TEST_F(Tree, ShardKeepsItsShareAndCountsTheRest) {
  for (int i = 0; i < 40; ++i) Write("d/" + std::to_string(i) + ".txt", "x");
  InputList all = ExpandInputs({root_.string()}, {});
  ASSERT_EQ(all.paths.size(), 40u);
  std::set<std::string> seen;
  for (size_t k = 1; k <= 3; ++k) {
    InputOptions o;
    o.shard = Shard{k, 3};
    InputList part = ExpandInputs({root_.string()}, o);
    EXPECT_EQ(part.paths.size() + part.other_shards, 40u);
    EXPECT_EQ(part.bytes, part.paths.size());
    for (const std::string& p : part.paths) EXPECT_TRUE(seen.insert(p).second) << p << " in two shards";
  }
  EXPECT_EQ(seen.size(), 40u);
}

TEST(Archive, ReadsPathListsDroppingCrAndBlankLines) {
  std::istringstream in("a.txt\r\n\nb dir/c.md\n\r\nd.txt");
  EXPECT_EQ(ReadPathList(in), (std::vector<std::string>{"a.txt", "b dir/c.md", "d.txt"}));
}

TEST_F(Tree, ReadsDocumentsWithTheirModificationTime) {
  Write("a.txt", "Kết nạp 791 đảng viên");
  auto doc = ReadDocument(Path("a.txt"), 1 << 20);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value().bytes, "Kết nạp 791 đảng viên");
  EXPECT_EQ(doc.value().name, Path("a.txt"));
  struct stat st {};
  ASSERT_EQ(::stat(Path("a.txt").c_str(), &st), 0);
  EXPECT_EQ(doc.value().mtime, std::optional<int64_t>(st.st_mtim.tv_sec));

  auto dir = ReadDocument(root_.string(), 1 << 20);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.error().message.find("is a directory"), std::string::npos);
  auto big = ReadDocument(Path("a.txt"), 10);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, Error::Code::kIo);
  EXPECT_NE(big.error().message.find("over the limit of 10"), std::string::npos);
}

TEST(Archive, Sha256MatchesTheStandardVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Archive, JsonLinesSourceReadsDocumentsAndNamesBadLines) {
  std::istringstream in(
      "{\"doc\": \"bt-1.txt\", \"text\": \"Kết nạp 791 đảng viên\", \"lang\": \"vi\"}\n"
      "\n"
      "not json\n"
      "{\"doc\": \"bt-3.txt\"}\n");
  JsonLinesSource source(in);
  std::vector<std::string> items;
  std::string item;
  while (source.Next(&item)) items.push_back(item);
  ASSERT_EQ(items.size(), 3u);  // the blank line is skipped
  auto first = source.Load(items[0], 0);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.value().name, "bt-1.txt");
  EXPECT_EQ(first.value().bytes, "Kết nạp 791 đảng viên");
  EXPECT_FALSE(first.value().mtime);
  auto bad = source.Load(items[1], 1);
  ASSERT_FALSE(bad.ok());
  // Line 3 starts after the first line and the blank one.
  size_t offset = std::string("{\"doc\": \"bt-1.txt\", \"text\": \"Kết nạp 791 đảng viên\", \"lang\": \"vi\"}\n\n").size();
  EXPECT_EQ(bad.error().file, "-");
  EXPECT_EQ(bad.error().offset, offset);
  EXPECT_EQ(bad.error().message.rfind("line 3: not JSON", 0), 0u) << bad.error().message;
  auto no_text = source.Load(items[2], 2);
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.error().message, "line 4: needs a string \"doc\" and a string \"text\"");
}

}  // namespace
}  // namespace solieu
