#!/usr/bin/env python3
"""Where a report's text may say when a tenure began or ended and kg leaves the post undated, by shape.

Reads every corpus report but the held-out ones, runs the whole extraction, and takes each post with no
start and no end whose sentence writes a year. It classes the sentence by a rough shape (a term, a birth
year, a yearless day, an act with a date …) and prints the counts per shape and status; ``--show SHAPE``
prints the sentences of one shape, ``--sample N [--seed S]`` a seeded sample of all, for reading by eye.
The shapes are a reader's first sort, not kg's rules: only reading a sentence tells if its date is the
tenure's.

    python bench/tenure_date_gaps.py ../shared/corpus [--sample 60 --seed 21] [--show "act with a date"]
"""

from __future__ import annotations

import random
import re
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, read_report  # noqa: E402

from kg.loaders.extract.pipeline import extract  # noqa: E402
from kg.loaders.extract.sentences import sentences  # noqa: E402

_Y = r"(?:19[4-9]\d|20[0-3]\d)"
_YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")
_ACT = re.compile(r"bổ nhiệm|bầu|điều động|chỉ định|phân công|luân chuyển|giao quyền|trúng cử|đắc cử|"
                  r"thôi giữ|miễn nhiệm|cách chức|nghỉ hưu|từ trần|qua đời", re.I)
# (shape, where to look, pattern): the first that matches names the sentence's shape
_SHAPES: list[tuple[str, str, re.Pattern[str]]] = [
    ("period in brackets after the title", "after",
     re.compile(rf"^[^,;.()]{{0,25}}?\(\s*(?:từ\s+)?(?:[\d/.\s-]*|tháng\s+\d+\s*[/-]\s*){_Y}\s*(?:[-–]|đến)", re.I)),
    ("title from a date", "after", re.compile(rf"^[^,;.]{{0,40}}?\btừ\s+(?:ngày\s+|tháng\s+|năm\s+)?[\d/]*{_Y}", re.I)),
    ("term after the title", "after", re.compile(r"^\s*,?\s*\(?\s*(?:nhiệm kỳ|nhiệm kì|khóa|khoá|giai đoạn)", re.I)),
    ("period opening the sentence", "sentence",
     re.compile(rf"^\W*(?:từ|trong|giai đoạn)\s+(?:tháng|năm)?\s*[\d/]*{_Y}\s*(?:[-–]|đến|tới)", re.I)),
    ("act with a date", "before", re.compile(rf"(?:\d{{1,2}}[/-]\d{{1,2}}[/-]|tháng\s+\d{{1,2}}\s*[/-]\s*){_Y}", re.I)),
    ("act with a yearless day", "before",
     re.compile(r"(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?!\s*[/-]\s*\d)", re.I)),
    ("birth year", "sentence", re.compile(rf"sinh\s+(?:năm|ngày)|\(\s*(?:sinh\s+)?{_Y}\s*\)", re.I)),
    ("term only", "sentence", re.compile(rf"(?:nhiệm kỳ|nhiệm kì)\s*{_Y}", re.I)),
]


def shape(sent: str, start: int, end: int) -> str:
    """The first shape of :data:`_SHAPES` the sentence (title at ``start:end``) has; acts need a verb."""
    parts = {"after": sent[end:], "sentence": sent, "before": sent[:start]}
    for name, where, pattern in _SHAPES:
        if name.startswith("act") and not _ACT.search(sent[max(0, start - 160) : start]):
            continue
        if pattern.search(parts[where]):
            return name
    return "year elsewhere (an event, a report, figures)"


def gaps(corpus: Path) -> list[tuple[str, str, str, str]]:
    """(shape, status, report stem, sentence with the title marked) of each undated post."""
    held_out = held_out_stems()
    out = []
    for f in sorted(corpus.glob("*/*.txt")):
        if f.stem in held_out:
            continue
        report = read_report(f)
        ex = extract(report)
        sents = sentences(report)
        starts = [s.start for s in sents]
        for pm in ex.posts:
            i = bisect_right(starts, pm.span.start) - 1
            if pm.start is not None or pm.end is not None or pm.status == "nominated" or i < 0:
                continue
            s = sents[i]
            text = report.text[s.start : s.end]
            if not _YEAR.search(text):
                continue
            a, b = pm.span.start - s.start, pm.span.end - s.start
            marked = f"{text[:a]}⟦{text[a:b]}⟧{text[b:]}".replace("\n", " ")
            out.append((shape(text, a, b), pm.status, f.stem, marked))
    return out


def main(argv: list[str]) -> int:
    rows = gaps(Path(argv[0]))
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for _shape, status, stem, marked in rows:
            if _shape == want:
                print(f"{stem} [{status}] {marked}")
        return 0
    if "--sample" in argv:
        k = int(argv[argv.index("--sample") + 1])
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 21
        for _shape, status, stem, marked in random.Random(seed).sample(rows, min(k, len(rows))):
            print(f"{_shape} | {stem} [{status}] {marked}")
        return 0
    by_shape = Counter(r[0] for r in rows)
    for name, n in by_shape.most_common():
        statuses = Counter(r[1] for r in rows if r[0] == name)
        print(f"{n:5d}  {name}  ({', '.join(f'{s} {c}' for s, c in statuses.most_common())})")
    print(f"{len(rows):5d}  undated posts whose sentence writes a year")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
