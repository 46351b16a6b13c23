// Invariant checks shared by the fuzz targets: a failed check aborts, so
// libFuzzer reports the input that broke it.
#ifndef SOLIEU_FUZZ_FUZZ_CHECK_H_
#define SOLIEU_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                          \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

#endif  // SOLIEU_FUZZ_FUZZ_CHECK_H_
