#!/bin/sh
# One run given a good bulletin together with every kind of bad input ends
# normally (exit 1: some inputs failed), writes all of the good bulletin's
# records, and names every bad file on standard error with its reason.
#
#   tests/cli_bad_inputs.sh SOLIEU CORPUS_DIR WORK_DIR
set -eu
solieu=$1
corpus=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
cd "$work"
good="$corpus/002_eb57067bc9b22e32.txt"

fail() { echo "FAIL: $*" >&2; exit 1; }

# The bad inputs.
printf 'Kết nạp \303 791 đảng viên\n' > invalid-utf8.txt              # a lone lead byte
printf 'Kết nạp 791\000 đảng viên\n' > nul.txt                          # a NUL byte
printf 'PK\003\004\024\000\006\000binary' > archive.txt                 # a ZIP with a .txt name
: > empty.txt                                                           # empty: no records, no error
mkdir a-directory                                                       # walked: holds no document
ln -s loop-b loop-a && ln -s loop-a loop-b                              # a symlink loop
head -c 3000 "$good" > over-limit.txt                                   # over --max-bytes below
truncate -s 300M huge.txt                                               # 300 MB, sparse: over the default limit
python3 - <<'EOF'
# Deeply nested and unclosed HTML, and pathological runs of digits,
# slashes, brackets and dots: must be read, not crash or hang.
with open("nested.html.txt", "w") as f:
    f.write("<div>" * 200000 + "Kết nạp 791 đảng viên" + "<p" * 50000)
with open("digits.txt", "w") as f:
    f.write("1" * 1000000 + " " + "1/" * 200000 + " " + "(" * 100000 + " " + "1." * 200000)
# 8 MB on one line with no newline, and a document of 100,000 figures.
with open("one-line.txt", "w") as f:
    f.write("Tổng thu ngân sách đạt 2.763 tỷ đồng, tăng 77,34% so cùng kỳ; " * 100000)
with open("many-figures.txt", "w") as f:
    f.write("Có 12 xã. " * 100000)
EOF
# An unreadable file: one without read permission, or (as root, who may read
# anything) a file whose reads fail, /proc/self/mem.
if [ "$(id -u)" -ne 0 ]; then
  printf 'Kết nạp 791 đảng viên\n' > unreadable.txt
  chmod 000 unreadable.txt
  unreadable=unreadable.txt
  unreadable_reason="permission denied"
else
  unreadable=/proc/self/mem
  unreadable_reason="read error"
fi

# The good bulletin alone, for comparison.
"$solieu" extract --quiet "$good" > alone.jsonl || fail "the good bulletin alone failed"
alone=$(wc -l < alone.jsonl)
[ "$alone" -gt 100 ] || fail "only $alone records from the good bulletin"

set +e
"$solieu" extract --max-bytes 268435456 "$good" invalid-utf8.txt nul.txt archive.txt empty.txt \
  a-directory missing.txt loop-a over-limit.txt nested.html.txt digits.txt $unreadable \
  huge.txt \
  > all.jsonl 2> errors.txt
code=$?
set -e
cat errors.txt
[ "$code" -eq 1 ] || fail "exit code $code, expected 1 (some inputs failed)"
together=$(grep -c '"doc":"[^"]*002_eb57067bc9b22e32.txt"' all.jsonl || true)
[ "$together" -eq "$alone" ] || fail "$together records of the good bulletin, expected $alone"

expect() {  # FILE REASON: the file is named on standard error with the reason
  grep -F "$1:" errors.txt | grep -qF "$2" || fail "no '$2' for $1 on standard error"
}
expect invalid-utf8.txt "invalid UTF-8 byte 0xC3"
expect nul.txt "NUL byte"
expect archive.txt "ZIP archive"
grep -F "a-directory" errors.txt && fail "an empty directory was reported as failed"
expect missing.txt "no such file"
expect loop-a "symbolic link loop"
expect "$unreadable" "$unreadable_reason"
expect huge.txt "over the limit of 268435456"

# Long lines and many figures are read in full: every figure is there.
"$solieu" extract --quiet one-line.txt > one-line.jsonl || fail "one-line.txt failed"
[ "$(wc -l < one-line.jsonl)" -eq 200000 ] || fail "$(wc -l < one-line.jsonl) records from one-line.txt, expected 200000"
"$solieu" extract --quiet many-figures.txt > many.jsonl || fail "many-figures.txt failed"
[ "$(wc -l < many.jsonl)" -eq 100000 ] || fail "$(wc -l < many.jsonl) records from many-figures.txt, expected 100000"

# --output is written whole or not at all, with no temporary file left.
"$solieu" extract --quiet --output out.jsonl "$good" || fail "--output failed"
[ "$(wc -l < out.jsonl)" -eq "$alone" ] || fail "--output wrote $(wc -l < out.jsonl) records"
ls out.jsonl.tmp-* >/dev/null 2>&1 && fail "a temporary output file was left behind"

# Over the limit, refused with the limit in the message.
"$solieu" extract --max-bytes 1000 over-limit.txt > /dev/null 2> limit.txt && fail "over-limit accepted"
grep -qF "over the limit of 1000" limit.txt || fail "no limit message: $(cat limit.txt)"

# The summary lists the failed files; the empty file failed nothing.
grep -qF "failed:" errors.txt || fail "no summary of failed files"
grep -F "empty.txt" errors.txt && fail "empty.txt was reported as failed"
# Invalid UTF-8 is accepted with --lossy, with a warning naming the place.
"$solieu" extract --lossy invalid-utf8.txt > lossy.jsonl 2> lossy.txt || fail "--lossy failed"
grep -qF "invalid-utf8.txt:" lossy.txt || fail "no warning for --lossy"
# Usage errors exit 2.
set +e
"$solieu" extract --format xml "$good" > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown format is not a usage error (2)"
set -e
echo "ok: $alone records of the good bulletin kept among $(echo "$code") failures reported"
