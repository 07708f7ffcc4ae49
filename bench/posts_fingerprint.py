"""One sha256 over every post kg extracts from a corpus: person, role, body, status, start, end.

usage: python bench/posts_fingerprint.py [CORPUS]   (default ../shared/corpus)

Why: a refactor or speed change of the extractors must leave every post as it was; a whole build
takes minutes and compares files, this compares the posts alone in one extraction pass (~10-20 s).
Run it with PYTHONPATH set to a source snapshot (kg, with loaders/ontology/viz moved under kg/) for
the code before, and without for the checkout, and compare the two lines. Prints only the hash, so
no report text (held-out reports included) is shown.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_io import read_report  # noqa: E402

from kg.loaders.extract.pipeline import extract  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*/*.txt")):
        try:
            report = read_report(str(path))
        except Exception as exc:  # a report the loaders refuse is left out, as a build leaves it
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        for pm in extract(report).posts:
            fact = (pm.person.name, pm.role, pm.org.name if pm.org else None, pm.status, pm.start, pm.end)
            digest.update(repr(fact).encode())
    print(digest.hexdigest())


if __name__ == "__main__":
    main()
