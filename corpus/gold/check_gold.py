#!/usr/bin/env python3
"""Check gold annotations for one bulletin.

usage: check_gold.py DOC FIGURES.jsonl NONFIGURES.jsonl [--from BYTE] [--to BYTE]

Checks: required fields and enums; `text` equals the bytes at [start, end);
values (range, denominator) are numbers written in the span; every ` / ` part
of a subject is a phrase written in the bulletin (case, spacing, NFC and
Markdown/HTML emphasis aside) and no subject holds its own figure; no two spans
(figures and non-figures) overlap; every digit of DOC in [from, to) lies inside
a figure or a listed non-figure. Prints each problem with its line and context.
Exit 0 when clean, 1 otherwise.
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import Doc, digit_positions, numbers_in, close, read_jsonl, NONFIGURE_REASONS  # noqa: E402

KINDS = {"quantity", "percent", "ratio", "change", "achievement", "rank"}
ENUMS = {
    "comparator": {"gt", "ge", "lt", "le", "approx"},
    "modality": {"actual", "estimate", "target", "forecast"},
    "direction": {"increase", "decrease"},
    "source": {"prose", "table", "footnote", "heading"},
}


def main(argv):
    args = list(argv)
    lo, hi = 0, None
    for flag in ("--from", "--to"):
        if flag in args:
            i = args.index(flag)
            val = int(args[i + 1])
            del args[i:i + 2]
            if flag == "--from":
                lo = val
            else:
                hi = val
    if len(args) != 3:
        print(__doc__)
        return 2
    doc = Doc(args[0])
    figs = read_jsonl(args[1]) if os.path.exists(args[1]) else []
    nons = read_jsonl(args[2]) if os.path.exists(args[2]) else []
    hi = len(doc.raw) if hi is None else hi
    problems = []

    def bad(what, r):
        problems.append(f"{what}: line {doc.line_of(r.get('start', 0))} "
                        f"[{r.get('start')},{r.get('end')}) {r.get('text')!r} :: "
                        f"{doc.context(r.get('start', 0), r.get('end', 0))}")

    def folded(text):
        text = re.sub(r"</?i>|\*", "", unicodedata.normalize("NFC", text))
        return " ".join(text.casefold().split())

    written = folded(doc.raw.decode("utf-8"))
    spans = []
    for r in figs:
        subject = r.get("subject")
        if subject:
            for part in subject.split(" / "):
                if folded(part) not in written:
                    bad(f"subject part {part!r} is not written in the bulletin", r)
            if folded(r["text"]) in folded(subject):
                bad(f"subject {subject!r} holds the figure itself", r)
        for f in ("doc", "kind", "text", "start", "end"):
            if f not in r:
                bad(f"figure missing {f}", r)
        if r.get("kind") not in KINDS:
            bad(f"bad kind {r.get('kind')!r}", r)
        for f, allowed in ENUMS.items():
            if r.get(f) is not None and r[f] not in allowed:
                bad(f"bad {f} {r[f]!r}", r)
        if doc.raw[r["start"]:r["end"]] != r["text"].encode("utf-8"):
            bad("text is not the bytes at [start,end)", r)
            continue
        nums = numbers_in(r["text"])
        wanted = []
        if r.get("value") is not None:
            wanted.append(r["value"])
        elif not r.get("range"):
            bad("value null and no range", r)
        wanted += list(r.get("range") or []) + list(r.get("denominator_range") or [])
        if r.get("denominator") is not None:
            wanted.append(r["denominator"])
        for v in wanted:
            if not any(close(v, n) for n in nums):
                bad(f"value {v} is not a number written in the span", r)
        if r.get("kind") == "change" and r.get("direction") not in ("increase", "decrease"):
            bad("change without direction", r)
        spans.append((r["start"], r["end"], r))
    for r in nons:
        if r.get("reason") not in NONFIGURE_REASONS:
            bad(f"bad non-figure reason {r.get('reason')!r}", r)
        if doc.raw[r["start"]:r["end"]] != r["text"].encode("utf-8"):
            bad("non-figure text is not the bytes at [start,end)", r)
            continue
        spans.append((r["start"], r["end"], r))
    spans.sort(key=lambda s: (s[0], s[1]))
    for (a0, a1, ra), (b0, b1, rb) in zip(spans, spans[1:]):
        if b0 < a1:
            bad(f"overlaps {ra['text']!r} at [{a0},{a1})", rb)
    covered = bytearray(len(doc.raw) + 1)
    for s, e, _ in spans:
        for k in range(s, e):
            covered[k] = 1
    missing = [p for p in digit_positions(doc.raw) if lo <= p < hi and not covered[p]]
    # report one line per uncovered run
    last = -10
    for p in missing:
        if p > last + 4:
            problems.append(f"uncovered digit: line {doc.line_of(p)} byte {p} :: {doc.context(p, p + 1)}")
        last = p
    for line in problems:
        print(line)
    print(f"{len(figs)} figures, {len(nons)} non-figures, {len(missing)} uncovered digits, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
