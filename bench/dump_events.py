#!/usr/bin/env python3
"""Print the events kg finds in some corpus reports, with their dates and sentences, for judging by eye.

usage: dump_events.py CORPUS_DIR [--sample N] [--seed S] [STEM ...]

Per report: its date (from the sidecar or the text, and whether the year is only inferred from a
reviewed period), then every event kg makes (kind, date, organizer, the sentence of its first word),
then every other sentence that writes an anchored date or "sáng nay"/"hôm qua" (where a dated event
kg missed would be). Reports every split holds out (blind10 included) are left out, and so are the
reports a gold file covers: the sample is of reports nobody tuned on. Why not a build's graph
(scripts/sample_events.py): precision and recall are judged per report, so a report's whole output
and its dated sentences are read together.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, picked_files, read_report  # noqa: E402

from kg.loaders.dates import find_dates  # noqa: E402
from kg.loaders.extract.pipeline import extract  # noqa: E402
from kg.loaders.extract.sentences import sentences  # noqa: E402

_TODAY = re.compile(r"(?<![\w])(?:sáng|trưa|chiều|tối|hôm)\s+(?:hôm\s+)?(?:nay|qua)(?![\w])", re.I)


def _gold_stems() -> set[str]:
    gold = [*(ROOT / "tests" / "gold").glob("*/*.gold.json"), *(ROOT.parent / "shared" / "gold").glob("*/*.gold.json")]
    return {p.name.removesuffix(".gold.json") for p in gold if "blind10" not in p.parts}


def _cut(text: str, at: int, width: int = 420) -> str:
    """The sentence, cut to ``width`` characters around ``at``."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    s = max(0, min(at - width // 3, len(text) - width))
    return ("…" if s else "") + text[s : s + width] + "…"


def dump(path: Path) -> None:
    r = read_report(path)
    ex = extract(r)
    sents = sentences(r)
    pub = r.published
    src = r.extra.get("date_source", "-")
    pub_s = f"{pub.iso()}{' (year inferred)' if pub and pub.inferred_year else ''}" if pub else "none"
    print(f"\n=== {path.stem} | report date {pub_s} [{src}] | {len(r.text)} chars | {r.title or ''}"[:220])
    in_event: set[int] = set()
    for e in sorted(ex.events, key=lambda e: e.span.start):
        si = next((i for i, s in enumerate(sents) if s.start <= e.span.start < s.end), -1)
        in_event.add(si)
        sent = sents[si] if si >= 0 else e.span
        date = e.date.iso() if e.date else "-"
        mark = "E*" if e.date and e.date.year else "E "
        org = e.organizer.name if e.organizer else "-"
        cut = _cut(r.text[sent.start : sent.end], e.span.start - sent.start)
        print(f"  {mark} [{e.kind}] {date} org={org} s{si}\n      {cut}")
    year = pub.year if pub and not pub.inferred_year else None
    for d in find_dates(r.text, report_year=year):
        si = next((i for i, s in enumerate(sents) if s.start <= d.span.start < s.end), -1)
        if si in in_event or si < 0:
            continue
        in_event.add(si)
        s = sents[si]
        print(f"  D  {d.date.iso()} s{si}: {_cut(r.text[s.start:s.end], d.span.start - s.start, 300)}")
    for si, s in enumerate(sents):
        if si not in in_event and (m := _TODAY.search(r.text, s.start, s.end)):
            print(f"  T  s{si}: {_cut(r.text[s.start:s.end], m.start() - s.start, 300)}")


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    skip = held_out_stems() | _gold_stems()
    files = picked_files([f for f in sorted(corpus.glob("*/*.txt")) if f.stem not in skip], argv[1:])
    for f in files:
        dump(f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
