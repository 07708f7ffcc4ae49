#!/usr/bin/env python3
"""Print the documents kg names without a symbol in some corpus reports, one row each with its sentence.

usage: dump_directives.py CORPUS_DIR [--skip-file FILE] [--sample N] [--seed S] [STEM ...]
       dump_directives.py CORPUS_DIR --rows K --seed S [--skip-file FILE]

Each row: the report, the document's name as kg writes it, its type, issuer, term and title, then
the sentence of its first mention (cut to 400 characters around it). Named directives are the part
of the directives score ("named directives" in ``kg eval``) judged by name, so a reader judges each
row against its sentence: right, not a document, title cut, title run on, a duplicate of another row,
wrong type, wrong issuer. ``--rows K --seed S`` prints K rows drawn at random from all the rows
(the draw a judgement records). Every split's held-out reports are left out
(``corpus_io.held_out_stems``), and so are the stems listed in ``--skip-file`` (one or more a line:
a round's audit sample, whose output nobody reads).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import held_out_stems, picked_files, read_report  # noqa: E402

from kg.loaders.extract.pipeline import extract  # noqa: E402
from kg.loaders.extract.sentences import sentences  # noqa: E402


def _cut(text: str, at: int, width: int = 400) -> str:
    """The sentence on one line, cut to ``width`` characters around ``at``."""
    before = " ".join(text[:at].split())
    flat = " ".join(text.split())
    at = len(before)
    if len(flat) <= width:
        return flat
    s = max(0, min(at - width // 3, len(flat) - width))
    return ("…" if s else "") + flat[s : s + width] + "…"


def directive_rows(path: Path) -> list[str]:
    """One line per document without a symbol the extraction of the report names."""
    r = read_report(path)
    ex = extract(r)
    sents = sentences(r)
    rows = []
    for d in sorted(ex.directives, key=lambda d: d.span.start):
        if d.symbol:
            continue
        s = next((s for s in sents if s.start <= d.span.start < s.end), d.span)
        issuer = d.issuer.name if d.issuer else "-"
        term = f"{d.term}{'?' if d.term_inferred else ''}" if d.term else "-"
        head = (f"{path.stem} | {d.name or d.written} | type={d.type_word or d.doc_type} | issuer={issuer}"
                f" | term={term} | title={d.title or '-'}")
        rows.append(f"{head}\n      {_cut(r.text[s.start:s.end], d.span.start - s.start)}")
    return rows


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    skip = held_out_stems()
    if "--skip-file" in argv:
        skip |= set(Path(argv[argv.index("--skip-file") + 1]).read_text(encoding="utf-8").split())
    readable = [f for f in sorted(corpus.glob("*/*.txt")) if f.stem not in skip]
    if "--rows" in argv:
        k = int(argv[argv.index("--rows") + 1])
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 4
        rows = [row for f in readable for row in directive_rows(f)]
        for i, row in enumerate(random.Random(seed).sample(rows, min(k, len(rows))), 1):
            print(f"{i:3} {row}")
        return 0
    args = [a for i, a in enumerate(argv[1:], 1) if argv[i - 1] != "--skip-file" and a != "--skip-file"]
    for f in picked_files(readable, args):
        for row in directive_rows(f):
            print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
