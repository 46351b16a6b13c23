#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a while,
# seeded from the corpus bulletins. Any crash or broken invariant fails.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: fuzz_normalize fuzz_lex fuzz_extract fuzz_tables (default: all).
# Crashing inputs are kept in build-fuzz/findings/<target>/. The per-input timeout is
# generous (60 s for at most 16 KB) so that a loaded machine does not pass for a hang.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_normalize fuzz_lex fuzz_extract fuzz_tables"}
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSOLIEU_FUZZ=ON -DSOLIEU_BUILD_TESTS=OFF -DSOLIEU_BUILD_TOOLS=OFF >/dev/null
cmake --build build-fuzz -j "$jobs" --target $targets

for t in $targets; do
  work=build-fuzz/work/$t
  findings=build-fuzz/findings/$t
  mkdir -p "$work" "$findings"
  cp corpus/*.txt "$work"/ 2>/dev/null || true
  echo "fuzz: $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    build-fuzz/fuzz/$t "$work" -max_total_time="$seconds" -max_len=16384 -timeout=60 \
      -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 2>&1 |
    grep -E "^#[0-9]+ *DONE|stat::number_of_executed_units|ERROR|invariant|SUMMARY" || true
  if ls "$findings"/crash-* "$findings"/timeout-* "$findings"/oom-* >/dev/null 2>&1; then
    echo "fuzz: $t found failing inputs in $findings" >&2
    exit 1
  fi
done
