#!/bin/sh
# The benchmark of issue 8: builds a release build with the benchmarks
# (build-bench/), makes a synthetic archive out of the corpus bulletins, and
# reports
#   - the whole pipeline (`solieu extract`, JSON Lines to /dev/null) in MB/s
#     at -j 1 and -j 2, with peak RSS;
#   - linearity: -j 1 on a tenth of the archive against the whole, and one
#     document of 40 times the corpus against one of 4 times;
#   - per-stage throughput (bench/stages_bench, Google Benchmark).
#
#   bench/run.sh                       # 200 MB in 2,000 files, best of 3 runs
#   bench/run.sh --mb 20 --files 200   # a quicker look
#   bench/run.sh --runs 5 --keep       # keep the archive (its folder is printed)
#   bench/run.sh --solieu OLD/solieu   # time another build of the CLI (no stages)
#
# Without `-j` in `solieu extract --help`, -j 2 runs two solieu processes over
# the two halves of the file list at once (wall time of both; peak RSS is the
# sum of the two), and says so.
set -eu
cd "$(dirname "$0")/.."

mb=200
files=2000
runs=3
keep=0
stages=1
build=build-bench
solieu=""
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --solieu) solieu=$2; stages=0; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-stages) stages=0; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# The measuring wrapper always comes from this tree's build.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSOLIEU_BENCH=ON -DSOLIEU_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j 2 >/dev/null
[ -n "$solieu" ] || solieu="$build/solieu"
measure="$build/bench/solieu_measure"

work=$(mktemp -d "${TMPDIR:-/tmp}/solieu-bench.XXXXXX")
cleanup() { [ "$keep" = 1 ] && echo "archive kept in $work" || rm -rf "$work"; }
trap cleanup EXIT

# An archive of about MB megabytes in FILES files, in DIR: the bulletins
# concatenated (in a rotated order each round, so neighbouring files differ)
# until big enough, then cut into FILES pieces at line ends.
make_archive() {
  dir=$1 want=$(($2 * 1000000)) n=$3
  mkdir -p "$dir"
  set -- corpus/*.txt
  have=0 round=0
  : >"$dir/all"
  while [ "$have" -lt "$want" ]; do
    k=0
    for f in "$@"; do
      [ "$k" -ge $((round % $#)) ] && cat "$f" >>"$dir/all"
      k=$((k + 1))
    done
    k=0
    for f in "$@"; do
      [ "$k" -lt $((round % $#)) ] && cat "$f" >>"$dir/all"
      k=$((k + 1))
    done
    have=$(wc -c <"$dir/all")
    round=$((round + 1))
  done
  # Whole lines only: a cut inside a UTF-8 sequence would be refused.
  head -c "$want" "$dir/all" | sed '$d' >"$dir/cut"
  rm "$dir/all"
  (cd "$dir" && split -n "l/$n" -d -a 5 --additional-suffix=.txt cut doc- && rm cut)
}

bytes_of() { cat "$@" | wc -c; }

# Runs "$@" RUNS times; sets `best` to the best wall time and `rss` to the
# peak RSS (KiB) of that run. A failing run stops the benchmark.
best_of() {
  best="" rss=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    "$measure" "$@" >/dev/null 2>"$work/m" || { echo "bench/run.sh: failed: $*" >&2; cat "$work/m" >&2; exit 1; }
    line=$(grep '^measure:' "$work/m")
    t=$(echo "$line" | sed 's/^measure: \([0-9.]*\) s, \([0-9]*\) KiB$/\1/')
    r=$(echo "$line" | sed 's/^measure: \([0-9.]*\) s, \([0-9]*\) KiB$/\2/')
    if [ -z "$best" ] || [ "$(calc "$t < $best")" = 1 ]; then best=$t rss=$r; fi
    i=$((i + 1))
  done
}

# Two processes at once over the halves of the file list: `best` wall time of
# RUNS tries, and `rss` the sum of the two peak RSS of that try.
best_of_halves() {
  best="" rss=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s.%N)
    "$measure" "$solieu" extract -q $1 >/dev/null 2>"$work/m1" &
    "$measure" "$solieu" extract -q $2 >/dev/null 2>"$work/m2" &
    wait
    end=$(date +%s.%N)
    t=$(calc "$end - $start" %.3f)
    r1=$(sed -n 's/^measure: .* s, \([0-9]*\) KiB$/\1/p' "$work/m1")
    r2=$(sed -n 's/^measure: .* s, \([0-9]*\) KiB$/\1/p' "$work/m2")
    if [ -z "$best" ] || [ "$(calc "$t < $best")" = 1 ]; then best=$t rss=$((r1 + r2)); fi
    i=$((i + 1))
  done
}

# calc EXPR [FORMAT]: arithmetic on decimals (awk, so no bc is needed).
calc() { awk "BEGIN { printf \"${2:-%g}\n\", $1 }"; }
mbps() { calc "$1 / 1000000 / $2" %.1f; }

# The whole pipeline over DIR at -j 1 and -j 2.
pipeline() {
  dir=$1 label=$2
  list=$(ls "$dir"/doc-*.txt)
  total=$(bytes_of $list)
  best_of "$solieu" extract -q $list
  t1=$best rss1=$rss
  echo "$label, -j 1: $(mbps "$total" "$t1") MB/s ($total bytes in $t1 s), peak RSS $((rss1 / 1024)) MiB"
  if "$solieu" extract --help 2>&1 | grep -Eq '(^|[ ,])-j[ ,]|--jobs'; then
    best_of "$solieu" extract -q -j 2 $list
    how="-j 2"
  else
    n=$(echo "$list" | wc -l)
    half1=$(echo "$list" | head -n $((n / 2)))
    half2=$(echo "$list" | tail -n +$((n / 2 + 1)))
    best_of_halves "$half1" "$half2"
    how="2 processes over the halves (this solieu has no -j)"
  fi
  t2=$best rss2=$rss
  echo "$label, $how: $(mbps "$total" "$t2") MB/s ($t2 s, $(calc "$t1 / $t2" %.2f)x -j 1), peak RSS $((rss2 / 1024)) MiB"
  last_t1=$t1
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "solieu: $solieu (tree $(git rev-parse --short HEAD 2>/dev/null || echo '?')), best of $runs runs each"
echo

make_archive "$work/full" "$mb" "$files"
pipeline "$work/full" "archive $mb MB in $files files"
full_t=$last_t1

small_mb=$((mb / 10))
[ "$small_mb" -lt 1 ] && small_mb=1
make_archive "$work/tenth" "$small_mb" $((files / 10 > 0 ? files / 10 : 1))
list=$(ls "$work"/tenth/doc-*.txt)
best_of "$solieu" extract -q $list
echo "linearity, archive: $small_mb MB in $best s, $mb MB in $full_t s: $(calc "$full_t / $best" %.2f)x the time for $(calc "$mb / $small_mb" %.1f)x the input"

# One document ten times as long (the corpus 4 times, then 40 times): the cost
# per byte must not grow with a document.
mkdir -p "$work/doc"
for i in 1 2 3 4; do cat corpus/*.txt; done >"$work/doc/one.txt"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$work/doc/one.txt"; done >"$work/doc/ten.txt"
best_of "$solieu" extract -q "$work/doc/one.txt"
one_t=$best
best_of "$solieu" extract -q "$work/doc/ten.txt"
ten_t=$best
: >"$work/doc/empty.txt"
best_of "$solieu" extract -q "$work/doc/empty.txt"
start_t=$best
echo "linearity, one document: corpus x4 in $one_t s, x40 in $ten_t s: $(calc "$ten_t / $one_t" %.2f)x (startup alone: $start_t s; without it $(calc "($ten_t - $start_t) / ($one_t - $start_t)" %.2f)x)"

if [ "$stages" = 1 ]; then
  echo
  if [ -x "$build/bench/stages_bench" ]; then
    "$build/bench/stages_bench" --benchmark_min_time=1 2>&1 | grep -v 'Library was built as DEBUG'
  else
    echo "stages_bench not built: install Google Benchmark (apt-get install libbenchmark-dev)"
  fi
fi
