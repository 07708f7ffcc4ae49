"""A synthetic archive of N reports made from the real corpus: names, provinces and dates permuted.

usage: python bench/synth_corpus.py N OUT_DIR [--corpus DIR] [--seed S]

The 100k-report archive the scale benchmarks need does not exist, so it is made from the ~1k real
reports: copy ``k`` of real report ``r`` (``i = k * len(real) + r``) gets its own seeded permutation
of family names, of the last syllable of personal names, and of province names, and its years
shifted by up to ±5. Each copy keeps the real report's shape (length, mix of posts, directives and
events) while its people and places are new ones, so resolution sees an archive in which most
names recur a few times rather than 100 times. The text is only ever written to OUT_DIR (outside the
repository); the blind test reports of every tests/gold/split*.json are never read.

Not part of the test suite: ``bench/bench_scale.py`` and ``bench/bench_incremental.py`` use it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from corpus_io import split_test_stems

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DATA = REPO / "loaders" / "data"


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def surnames() -> list[str]:
    return sorted({ln.split("\t")[0] for ln in _lines(DATA / "surnames.txt")})


def provinces() -> list[str]:
    rows = [ln.split("\t") for ln in _lines(DATA / "provinces.tsv")]
    return sorted({r[1] for r in rows[1:] if len(r) > 3 and r[3] in ("pre2025", "both")})


def real_reports(corpus: Path) -> list[Path]:
    held_out = split_test_stems(REPO)
    return [p for p in sorted(corpus.rglob("*.txt")) if p.stem not in held_out]


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_CAP = r"[A-ZÀ-Ỹ][a-zà-ỹ]+"


class Permuter:
    """One copy's substitutions: family names, last syllables of names, provinces, a year shift."""

    def __init__(self, copy: int, seed: int, family: list[str], given: list[str], places: list[str]):
        rng = random.Random(f"{seed}-{copy}")
        self.copy = copy
        self.family = self._shuffle(rng, family) if copy else {}
        self.given = self._shuffle(rng, given) if copy else {}
        self.places = self._shuffle(rng, places) if copy else {}
        self.shift = rng.randint(-5, 5) if copy else 0
        fam = "|".join(re.escape(f) for f in sorted(family, key=len, reverse=True))
        self._name = re.compile(rf"\b({fam})((?:\s{_CAP}){{1,3}})")
        body = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
        self._place = re.compile(rf"(?<![^\W\d_])({body})(?![^\W\d_])")

    @staticmethod
    def _shuffle(rng: random.Random, items: list[str]) -> dict[str, str]:
        shuffled = items[:]
        rng.shuffle(shuffled)
        return dict(zip(items, shuffled, strict=True))

    def _person(self, m: re.Match[str]) -> str:
        rest = m.group(2).split(" ")
        rest[-1] = self.given.get(rest[-1], rest[-1])
        return self.family.get(m.group(1), m.group(1)) + " ".join(rest)

    def _year(self, m: re.Match[str]) -> str:
        return str(min(2026, int(m.group(1)) + self.shift))

    def text(self, text: str) -> str:
        if not self.copy:
            return text
        text = self._name.sub(self._person, text)
        text = self._place.sub(lambda m: self.places.get(m.group(1), m.group(1)), text)
        return _YEAR.sub(self._year, text)


def given_syllables(texts: list[str], family: list[str]) -> list[str]:
    """The last syllables of capitalised runs after a family name: the pool names are permuted within."""
    fam = "|".join(re.escape(f) for f in sorted(family, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{fam})(?:\s{_CAP}){{0,2}}\s({_CAP})")
    return sorted({m.group(1) for t in texts for m in pattern.finditer(t)})


def synthetic_corpus(size: int, work: Path) -> Path:
    """``work/syn-SIZE``, generated once: the benches that build synthetic archives of several sizes
    share it, so each size is written only the first time any of them asks for it."""
    import shutil

    path = work / f"syn-{size}"
    if not (path / f"syn-{size - 1:06d}.txt").exists():
        shutil.rmtree(path, ignore_errors=True)
        generate(size, path)
    return path


def generate(n: int, out: Path, corpus: Path = DEFAULT_CORPUS, seed: int = 11) -> int:
    """Write ``n`` reports (``syn-000000.txt`` + sidecar) into ``out``; returns how many were written."""
    sources = real_reports(corpus)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    metas = []
    for p in sources:
        side = p.with_suffix(".json")
        metas.append(json.loads(side.read_text(encoding="utf-8")) if side.exists() else {})
    family, places = surnames(), provinces()
    given = given_syllables(texts, family)
    out.mkdir(parents=True, exist_ok=True)
    perm: Permuter | None = None
    for i in range(n):
        copy, r = divmod(i, len(sources))
        if perm is None or perm.copy != copy:
            perm = Permuter(copy, seed, family, given, places)
        meta = {k: v for k, v in metas[r].items() if k in ("title", "date", "url", "publisher", "province")}
        for key in ("title", "date", "province"):
            if isinstance(meta.get(key), str):
                meta[key] = perm.text(meta[key])
        if meta.get("url"):
            meta["url"] = f"{meta['url']}#copy{copy}"
        (out / f"syn-{i:06d}.txt").write_text(perm.text(texts[r]), encoding="utf-8")
        (out / f"syn-{i:06d}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    print(f"wrote {generate(args.n, args.out, args.corpus, args.seed)} reports into {args.out}")


if __name__ == "__main__":
    main()
