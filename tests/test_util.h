// Helpers shared by the tests: reading corpus files and one Extractor built
// once per test binary (it is immutable, so sharing it is what users do too).
#ifndef SOLIEU_TESTS_TEST_UTIL_H_
#define SOLIEU_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "solieu/solieu.h"

namespace solieu::testing {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh, empty directory for the running test, named after it and the process.
inline std::filesystem::path ScratchDir(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              (prefix + "-" + std::to_string(::getpid()) + "-" +
                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline const Extractor& TheExtractor() {
  static const Extractor* extractor = new Extractor(std::move(Extractor::Create({})).value());
  return *extractor;
}

}  // namespace solieu::testing

#endif  // SOLIEU_TESTS_TEST_UTIL_H_
