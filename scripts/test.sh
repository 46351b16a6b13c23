#!/bin/sh
# The test command of README.md: installs what is missing, builds, and runs the
# whole suite twice — a release build, then AddressSanitizer +
# UndefinedBehaviorSanitizer — and then each fuzz target for a short while.
# Stops at the first failure.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSOLIEU_SANITIZE=ON
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Each libFuzzer target for 15 s (about a minute in all); scripts/fuzz.sh runs them longer.
scripts/fuzz.sh 15
