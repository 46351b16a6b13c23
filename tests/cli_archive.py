#!/usr/bin/env python3
"""The archive workflow through the command line, on a folder tree made of the
corpus bulletins (whole, and cut into paragraphs of about 8 KB):

  walk order, link loop and non-matching files; --include/--exclude;
  --files-from; -j 1/2/4 byte-identical; the union of --shard K/3 equals the
  single-machine output with no overlap; --bom; --db re-runs (all skipped,
  then only the changed and the added document, facts replaced); --prune
  (a deleted document goes, an excluded one stays); --stdin-docs
  equals per-file output; kill -9 mid-run, then a re-run equals a clean run;
  a reader queries while a run writes (WAL); SIGINT exits 4 leaving --output
  untouched; the progress line only on a terminal; usage errors.

usage: cli_archive.py SOLIEU CORPUS_DIR WORK_DIR
"""
import glob
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

solieu, corpus, work = (os.path.abspath(a) for a in sys.argv[1:4])
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what, flush=True)
    if not ok:
        failures.append(what)


def run(args, stdin=None, expect=None):
    """solieu ARGS; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run([solieu] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode("utf-8", "replace")
    if expect is not None and p.returncode != expect:
        print(f"solieu {' '.join(args)}: exit {p.returncode}, expected {expect}\n{err}", flush=True)
    return p.returncode, p.stdout, err


def lines_of(data):
    """JSON Lines, split at line feeds only (str.splitlines would also split at U+2028)."""
    return data.decode("utf-8").split("\n")[:-1]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
os.chdir(work)

bulletins = sorted(glob.glob(os.path.join(corpus, "*.txt")))
texts = [open(p, encoding="utf-8").read() for p in bulletins]
chunks = []  # the bulletins cut at line ends into pieces of about 8 KB
for t in texts:
    cur = []
    for line in t.split("\n"):
        cur.append(line)
        if sum(len(x.encode()) + 1 for x in cur) >= 8000:
            chunks.append("\n".join(cur) + "\n")
            cur = []
    if cur:
        chunks.append("\n".join(cur) + "\n")

# archive/2023: the five bulletins; archive/2024/qN: 40 pieces as Markdown;
# archive/old: one more; a PDF that is no document; a link back up the tree.
expected = []
for p, t in zip(bulletins, texts):
    path = "archive/2023/" + os.path.basename(p)
    write(path, t)
    expected.append(path)
for i in range(40):
    path = f"archive/2024/q{i // 10 + 1}/{i:02d}.md"
    write(path, chunks[i * 2])
    expected.append(path)
write("archive/old/x.txt", chunks[1])
expected.append("archive/old/x.txt")
write("archive/notes.pdf", "%PDF-1.4")
os.symlink("..", "archive/2024/loop")
expected.sort()

# --- the walk -------------------------------------------------------------
_, reference, _ = run(["extract", "-j", "1", "--quiet"] + expected, expect=0)
code, walked, err = run(["extract", "-j", "2", "archive"], expect=0)
check(code == 0 and walked == reference and len(reference) > 0,
      "a directory gives the records of its text files in name order, the loop walked once")
check("1 file not matching --include/--exclude" in err and "1 directory reached again" in err,
      "the summary says what the walk left out")

md_not_q2 = [p for p in expected if p.endswith(".md") and "/q2/" not in p]
_, want, _ = run(["extract", "-j", "1", "--quiet"] + md_not_q2, expect=0)
_, got, _ = run(["extract", "--quiet", "--include", "*.md", "--exclude", "q2", "archive"], expect=0)
check(got == want, "--include '*.md' --exclude q2")

listed = list(reversed(expected))
with open("list.txt", "w") as f:
    f.write("\r\n".join(listed[:10]) + "\r\n\n" + "\n".join(listed[10:]) + "\n")
_, want, _ = run(["extract", "-j", "1", "--quiet"] + listed, expect=0)
_, got, _ = run(["extract", "--quiet", "--files-from", "list.txt"], expect=0)
check(got == want and got != reference, "--files-from FILE keeps the list's order")
_, got, _ = run(["extract", "--quiet", "--files-from", "-"], stdin="\n".join(listed).encode(), expect=0)
check(got == want, "--files-from - reads the list on standard input")

# --- determinism ------------------------------------------------------------
for fmt, jobs in (("jsonl", ["1", "2", "4"]), ("csv", ["1", "2"])):
    outs = [run(["extract", "--quiet", "-j", j, "--format", fmt, "archive"], expect=0)[1] for j in jobs]
    check(all(o == outs[0] for o in outs) and len(outs[0]) > 1000,
          f"-j {', '.join(jobs)} write the same {fmt} bytes")

# --- shards -----------------------------------------------------------------
single = lines_of(reference)
parts, docs_of = [], []
for k in range(1, 4):
    code, out, _ = run(["extract", "--quiet", "-j", "2", "--shard", f"{k}/3", "archive"], expect=0)
    lines = lines_of(out)
    parts += lines
    docs_of.append({json.loads(l)["doc"] for l in lines})
check(sorted(parts) == sorted(single), "the union of --shard 1/3, 2/3, 3/3 is the single-machine output")
check(all(docs_of[a].isdisjoint(docs_of[b]) for a in range(3) for b in range(a + 1, 3)) and all(docs_of),
      "no document is in two shards, and none is empty")

# --- CSV for Excel ----------------------------------------------------------
run(["extract", "--quiet", "--format", "csv", "--bom", "--output", "bom.csv", "archive"], expect=0)
run(["extract", "--quiet", "--format", "csv", "--output", "plain.csv", "archive"], expect=0)
bom, plain = open("bom.csv", "rb").read(), open("plain.csv", "rb").read()
check(bom[:3] == b"\xef\xbb\xbf" and bom[3:] == plain and plain.startswith(b"doc,kind,text,start,end,value"),
      "--bom puts a UTF-8 byte order mark before the CSV header, and nothing else changes")
check(not glob.glob("*.tmp-*"), "no temporary output file is left")

# --- the database: re-runs ----------------------------------------------------
def rows(db, sql, params=()):
    c = sqlite3.connect(db)
    try:
        return c.execute(sql, params).fetchall()
    finally:
        c.close()


# The database keeps text as JSON Lines does (a string that is not UTF-8 gets
# U+FFFD), while CSV writes a string's bytes as they are: records copied from
# the database are compared in JSON Lines.
code, _, err1 = run(["extract", "-j", "2", "--db", "a.db", "--output", "run1.jsonl", "archive"], expect=0)
check(open("run1.jsonl", "rb").read() == reference, "--db with --output writes the same records")
docs1 = rows("a.db", "SELECT id, path, sha256, processed_at FROM documents ORDER BY id")
facts1 = rows("a.db", "SELECT id, document_id, doc, kind, start FROM facts ORDER BY id")
check([d[1] for d in docs1] == expected and len(facts1) == len(single),
      "the database holds every document, in input order, and every figure")
check(rows("a.db", "PRAGMA journal_mode") == [("wal",)], "the database is in WAL mode")
fields = ["title", "issuer", "issue", "period", "period_start", "period_end", "date"]
_, info, _ = run(["info"] + expected, expect=0)
said = {j["doc"]: tuple(j.get(k) for k in fields) for j in map(json.loads, lines_of(info))}
stored = {r[0]: tuple(r[1:]) for r in rows("a.db", f"SELECT path, {', '.join(fields)} FROM documents")}
check(stored == said and stored[expected[4]][0], "documents hold what `solieu info` reads from each (004's title: %s)"
      % stored[expected[4]][0])
time.sleep(1.1)  # a rewrite would show in processed_at
code, _, err2 = run(["extract", "-j", "2", "--db", "a.db", "--output", "run2.jsonl", "archive"], expect=0)
check(f"0 read, 0 failed, {len(expected)} skipped" in err2, "a second run skips every document: " + err2.splitlines()[0])
check(rows("a.db", "SELECT id, path, sha256, processed_at FROM documents ORDER BY id") == docs1
      and rows("a.db", "SELECT id, document_id, doc, kind, start FROM facts ORDER BY id") == facts1,
      "and writes nothing to the database")
check(open("run2.jsonl", "rb").read() == reference, "and still writes every record (from the database)")

changed = expected[0]
with open(changed, "a", encoding="utf-8") as f:
    # 000: a sentence of the same bulletin, repeated: two more figures.
    f.write("\nƯớc thu ngân sách trên địa bàn tăng 0,1% so cùng kỳ, đạt 32,6% dự toán Trung ương giao.\n")
added = "archive/2024/q4/99.md"
write(added, chunks[3])
code, _, err3 = run(["extract", "-j", "2", "--db", "a.db", "archive"], expect=0)
check(f"2 read, 0 failed, {len(expected) - 1} skipped" in err3,
      "after changing one file and adding one, only those two are read: " + err3.splitlines()[0])
_, fresh, _ = run(["extract", "--quiet", changed], expect=0)
docs3 = dict((p, (i, s, n)) for i, p, s, n in rows("a.db", "SELECT id, path, sha256, figures FROM documents"))
check(len(docs3) == len(expected) + 1 and added in docs3, "the new document is added")
n_changed = rows("a.db", f"SELECT count(*) FROM facts WHERE doc = '{changed}'")[0][0]
check(n_changed == len(lines_of(fresh)) == docs3[changed][2],
      "the changed document's facts are replaced, not duplicated")
kept = [f for f in facts1 if f[2] != changed]
check(rows("a.db", f"SELECT id, document_id, doc, kind, start FROM facts WHERE doc != '{changed}' "
                   f"AND doc != '{added}' ORDER BY id") == kept,
      "the other documents' facts are untouched")
check(rows("a.db", "SELECT count(*) FROM facts")[0][0] == sum(v[2] for v in docs3.values()),
      "facts add up to the documents' figure counts")
_, all_now, _ = run(["extract", "--quiet", "archive"], expect=0)
_, from_db, _ = run(["extract", "--quiet", "--db", "a.db", "--output", "-", "archive"], expect=0)
check(from_db == all_now, "output from the database equals a fresh extraction")

# --- --prune ----------------------------------------------------------------
os.remove(added)
code, _, err = run(["extract", "--db", "a.db", "--prune", "--exclude", "q1", "archive"], expect=0)
paths_now = {r[0] for r in rows("a.db", "SELECT path FROM documents")}
check(added not in paths_now and f"{added}: removed from the database: no longer on disk" in err
      and "1 document no longer on disk removed from the database" in err,
      "--prune removes a deleted document and says so: " + err.splitlines()[-1])
check(all(p in paths_now for p in expected), "and keeps the ones left out by --exclude but still on disk")
check(rows("a.db", "SELECT count(*) FROM facts WHERE doc = ?", (added,))[0][0] == 0,
      "its facts go with it")
code, _, err = run(["extract", "--db", "a.db", "--prune", "archive/2023"], expect=0)
check("removed" not in err, "a second prune removes nothing: " + err.splitlines()[-1])

# --- --stdin-docs -----------------------------------------------------------
with open(changed, "w", encoding="utf-8") as f:  # back to the original text
    f.write(texts[0])
docs_jsonl = "".join(json.dumps({"doc": p, "text": open(p, encoding="utf-8").read()}, ensure_ascii=False) + "\n"
                     for p in expected)
_, got, _ = run(["extract", "--stdin-docs", "--quiet", "-j", "2"], stdin=docs_jsonl.encode(), expect=0)
check(got == reference, "--stdin-docs gives the records of the same texts read as files")
half = docs_jsonl.splitlines(True)
bad = "".join(half[:3]) + "{not json\n" + "".join(half[3:])
code, got, err = run(["extract", "--stdin-docs", "-j", "2"], stdin=bad.encode())
check(code == 1 and got == reference and "line 4: not JSON" in err,
      "a bad line fails alone, named by its line number; the run goes on")

# --- kill -9 and a reader during the write ----------------------------------
BIG = 300  # small enough for the sanitizer build, enough to stop a run mid-way
for i in range(BIG):
    write(f"big/{i // 100}/{i:03d}.txt", chunks[i % len(chunks)])
code, _, _ = run(["extract", "--quiet", "-j", "2", "--db", "clean.db", "big"], expect=0)


def dump(db):
    return (rows(db, "SELECT path, sha256, status, figures FROM documents ORDER BY path"),
            rows(db, 'SELECT doc, kind, text, start, "end", value, unit, range, baseline, target, subject, '
                     'period, section, "table", pattern FROM facts ORDER BY doc, id'))


def count_documents(db):
    """documents in the database, read with no waiting; None if not there yet."""
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            return "locked"
        return None


def start_and_wait(db, args, until):
    p = subprocess.Popen([solieu, "extract", "-j", "2", "--db", db] + args + ["big"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, locked = [], 0
    while p.poll() is None:
        n = count_documents(db)
        if n == "locked":
            locked += 1 if seen else 0  # creating the database (switching to WAL) locks it briefly
        elif n is not None:
            seen.append(n)
            if n >= until:
                return p, seen, locked
        time.sleep(0.005)
    return p, seen, locked


clean = dump("clean.db")
p, seen, locked = start_and_wait("k.db", [], 20)
alive = p.poll() is None
p.kill()
p.wait()
check(alive, "the run was killed mid-way (after %s documents)" % (seen[-1] if seen else "no"))
check(locked == 0 and any(0 < n < BIG for n in seen),
      f"a reader queried while the run wrote, never locked out ({len(seen)} reads, {locked} locked: {seen[:30]})")
check(rows("k.db", "PRAGMA integrity_check") == [("ok",)], "the killed run's database is intact")
check(rows("k.db", "SELECT count(*) FROM documents d WHERE figures != "
                   "(SELECT count(*) FROM facts f WHERE f.document_id = d.id)") == [(0,)],
      "and holds no half-written document")
finished = rows("k.db", "SELECT count(*) FROM documents")[0][0]
code, _, err = run(["extract", "-j", "2", "--db", "k.db", "big"], expect=0)
check(f"{finished} skipped" in err, f"the next run skips the {finished} finished documents")
check(dump("k.db") == clean, "and then the database equals a clean run's")

# --- SIGINT -----------------------------------------------------------------
# All the records, from the clean run's database (equal to a fresh extraction, as checked above).
_, big_records, _ = run(["extract", "--quiet", "--db", "clean.db", "--output", "-", "big"], expect=0)
with open("s.jsonl", "wb") as f:
    f.write(b"an earlier output\n")
p, seen, _ = start_and_wait("s.db", ["--output", "s.jsonl"], 20)
p.send_signal(signal.SIGINT)
_, err = p.communicate()
err = err.decode()
check(p.returncode == 4 and "interrupted" in err, f"SIGINT: exit 4 and the summary says so (exit {p.returncode})")
check(open("s.jsonl", "rb").read() == b"an earlier output\n" and not glob.glob("s.jsonl.tmp-*"),
      "an interrupted run leaves --output as it was, and no temporary file")
check(rows("s.db", "SELECT count(*) FROM documents d WHERE figures != "
                   "(SELECT count(*) FROM facts f WHERE f.document_id = d.id)") == [(0,)]
      and 0 < rows("s.db", "SELECT count(*) FROM documents")[0][0] < BIG,
      "the interrupted run stored whole documents only")
code, _, _ = run(["extract", "--quiet", "-j", "2", "--db", "s.db", "--output", "s.jsonl", "big"], expect=0)
check(open("s.jsonl", "rb").read() == big_records and dump("s.db") == clean, "a re-run completes both")

# --- progress ---------------------------------------------------------------
def stderr_on_terminal(args):
    master, slave = os.openpty()
    p = subprocess.Popen([solieu] + args, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    p.wait()
    os.close(master)
    return out.decode("utf-8", "replace")


tty = stderr_on_terminal(["extract", "-j", "2", "big"])
check("\r" in tty and f"/{BIG} files, " in tty and " MB/s, ETA " in tty and f"{BIG} files: {BIG} read" in tty,
      "on a terminal: a progress line (files, MB, figures, rate, ETA), then the summary")
_, _, piped = run(["extract", "-j", "2", "big/0"], expect=0)
check("\r" not in piped and "ETA" not in piped and "100 files: 100 read" in piped,
      "standard error not a terminal: the summary only")
check(stderr_on_terminal(["extract", "--quiet", "big/0"]) == "", "--quiet: nothing on standard error")

# --- usage ------------------------------------------------------------------
for args in (["--stdin-docs", "archive"], ["--shard", "0/3", "archive"], ["--shard", "1/2", "--stdin-docs"],
             ["--bom", "archive"], ["--prune", "archive"], ["--prune", "--db", "x.db", "--stdin-docs"], []):
    check(run(["extract"] + args)[0] == 2, "usage error (exit 2): extract " + " ".join(args))

print(f"{len(failures)} failed" if failures else "all passed", flush=True)
sys.exit(1 if failures else 0)
