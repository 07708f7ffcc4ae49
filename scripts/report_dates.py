"""How many corpus reports without a metadata date get one from their text, and a sample to read.

    .venv/bin/python scripts/report_dates.py ../shared/corpus            # counts by date source
    .venv/bin/python scripts/report_dates.py ../shared/corpus --sample 20 --seed 99

The reports every blind split holds out (``bench.corpus_io.held_out_stems``) are left out. With
``--sample`` it prints, for N random text-dated reports, the date and the dateline it was read from,
for a person to judge (the share that is right is the figure docs/loaders.md reports).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus_io import held_out_stems  # noqa: E402
from kg.loaders import iter_load  # noqa: E402
from kg.loaders.build import LEAD_SENTENCES, _is_cited, date_key  # noqa: E402
from kg.loaders.dates import find_dates  # noqa: E402
from kg.model import Report  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args(argv)
    held = held_out_stems()
    sources: Counter[str] = Counter()
    dated: list[Report] = []
    for r in iter_load([str(args.corpus)]):
        if not isinstance(r, Report) or r.id in held:
            continue
        source = r.extra.get("date_source", "none")
        sources[source] += 1
        if source == "text":
            dated.append(r)
    print(f"{sum(sources.values())} reports (blind splits' test reports left out): "
          f"{sources['metadata']} dated by metadata, {sources['text']} by their text, {sources['none']} undated")
    rng = random.Random(args.seed)
    for r in rng.sample(dated, min(args.sample, len(dated))):
        end = r.sentences[min(len(r.sentences), LEAD_SENTENCES) - 1].end
        key = date_key(r.text[:end])
        m = next(d for d in find_dates(r.text[:end], key=key) if not _is_cited(key, d.span.start, d.span.end))
        print(f"\n{r.id} -> {r.published.iso()}\n  {r.text[max(0, m.span.start - 80):m.span.end + 60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
