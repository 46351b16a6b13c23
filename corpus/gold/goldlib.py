"""Helpers for writing and checking the hand-made gold annotations.

The bulletins mix precomposed letters and combining tone marks, NBSP and plain
spaces, so a phrase typed by an annotator often differs in bytes from the file.
`Doc.find` searches an NFC, space-folded view of the file and returns the span
in the file's original bytes, so `text == bytes[start:end]` always holds.

Used by annotators (one builder script per bulletin) and by check_gold.py.
"""
import json
import re
import unicodedata

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NONFIGURE_REASONS = {
    "date", "month", "quarter", "year", "term", "period", "duration", "anniversary",
    "time", "document_reference", "numbering", "citation", "ordinal", "footnote_marker",
    "identifier", "name", "map_scale", "page_chrome", "phone", "class_label", "other",
}


def _fold(ch):
    if ch in "\u00a0\u2007\u202f\t":
        return " "
    return ch


class Doc:
    def __init__(self, path):
        self.path = path
        self.raw = open(path, "rb").read()
        text = self.raw.decode("utf-8")
        # Cluster = a base char with its combining marks; NFC each cluster and
        # remember the byte range it came from.
        view, starts, ends = [], [], []
        byte = 0
        i = 0
        while i < len(text):
            j = i + 1
            while j < len(text) and unicodedata.combining(text[j]):
                j += 1
            cluster = text[i:j]
            nbytes = len(cluster.encode("utf-8"))
            for ch in unicodedata.normalize("NFC", cluster):
                view.append(_fold(ch))
                starts.append(byte)
                ends.append(byte + nbytes)
            byte += nbytes
            i = j
        self.view = "".join(view)
        self._starts, self._ends = starts, ends
        self._byte_to_view = {}
        for k, s in enumerate(starts):
            self._byte_to_view.setdefault(s, k)

    def _view_index(self, byte_offset):
        # first view index whose byte start is >= byte_offset
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._starts[mid] < byte_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def find(self, needle, anchor=None, after=0, nth=0):
        """Span of `needle` in original bytes.

        anchor: a longer phrase that contains the needle and is unique enough;
        the needle is searched from the anchor's start. after: a byte offset to
        start searching from. nth: take the n-th match (0-based).
        Returns dict(text, start, end). Raises ValueError when not found.
        """
        needle_v = "".join(_fold(c) for c in unicodedata.normalize("NFC", needle))
        pos = self._view_index(after)
        if anchor is not None:
            anchor_v = "".join(_fold(c) for c in unicodedata.normalize("NFC", anchor))
            a = self.view.find(anchor_v, pos)
            if a < 0:
                raise ValueError(f"anchor not found after byte {after}: {anchor!r}")
            if needle_v not in anchor_v:
                raise ValueError(f"needle {needle!r} is not inside anchor {anchor!r}")
            pos = a
        k = -1
        for _ in range(nth + 1):
            k = self.view.find(needle_v, k + 1 if k >= 0 else pos)
            if k < 0:
                raise ValueError(f"needle not found: {needle!r} (anchor {anchor!r}, after {after})")
        start = self._starts[k]
        end = self._ends[k + len(needle_v) - 1]
        return {"text": self.raw[start:end].decode("utf-8"), "start": start, "end": end}

    def line_of(self, byte_offset):
        return self.raw.count(b"\n", 0, byte_offset) + 1

    def context(self, start, end, width=60):
        a = max(0, start - width)
        b = min(len(self.raw), end + width)
        return self.raw[a:b].decode("utf-8", "replace").replace("\n", " ⏎ ")


def digit_positions(raw):
    """Byte offsets of every decimal digit (ASCII, superscript, other Nd)."""
    text = raw.decode("utf-8")
    out, byte = [], 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        if ch.isdigit() or ch in SUPERSCRIPT_DIGITS:
            out.append(byte)
        byte += n
    return out


_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text):
    """Every number a span can mean, read the Vietnamese way (SCHEMA.md #12),
    plus sums of scale-word compounds like `1 tỷ 375 triệu` (-> 1375)."""
    vals = set()
    toks = _NUM.findall(unicodedata.normalize("NFC", text))
    for t in toks:
        vals.update(_readings(t))
    # `1 tỷ 375 triệu` style compounds
    for m in re.finditer(r"(\d+(?:,\d+)?)\s*(tỷ|tỉ)\s+(\d+(?:,\d+)?)\s*triệu", unicodedata.normalize("NFC", text)):
        a = float(m.group(1).replace(",", "."))
        b = float(m.group(3).replace(",", "."))
        vals.add(a * 1000 + b)
    for m in re.finditer(r"(\d+)\s*triệu\s+(\d+)\s*(nghìn|ngàn)", unicodedata.normalize("NFC", text)):
        vals.add(float(m.group(1)) * 1000 + float(m.group(2)))
    return vals


def _readings(tok):
    out = set()
    # Vietnamese: dots group thousands, comma is the decimal mark
    if "," in tok:
        ip, _, fp = tok.rpartition(",")
        if re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+", ip):
            out.add(float(ip.replace(".", "") + "." + fp))
    else:
        parts = tok.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            out.add(float(tok.replace(".", "")))
        if len(parts) == 2:
            out.add(float(tok))  # English decimal point: 9.5%/năm
    return out


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
