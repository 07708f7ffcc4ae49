"""Career steps no earlier pass of :mod:`.officials` gives anyone (issue 15, "Career histories").

A biography may write a former post before naming whose it is: "Từng là Trưởng ban X, từ năm 2006,
ông A làm ..."; "Tháng 3/2015, từ vị trí Bí thư Tỉnh ủy X, ông được điều động ...". The sentence
opens (after a time expression and a comma, if any) with a cue of ``chronicle_cues.tsv`` and goes
straight on with titles; they are the former posts of the first person named after them in the
same sentence (a pronoun for one already named counts), written after a comma that closes the cue's
clause. The subject chooser of :func:`.officials._careers` only looks before a cue, so it leaves
these runs unclaimed; only unclaimed runs are read here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Protocol

from kg.loaders.extract.careers import read_period
from kg.loaders.extract.lexicon import phrase_table
from kg.loaders.extract.names import NameHit
from kg.loaders.extract.titles import Title
from kg.loaders.extract.tokens import Tokens, sentence_start


class _Holder(Protocol):
    """A person of :mod:`.officials`: the titles given to it, with their status."""

    titles: list[tuple[Title, str]]


def _fronted_run(toks: Tokens, first: int, runs: dict[int, list[Title]]) -> int | None:
    """The run of titles right after a cue opening the sentence at ``first`` ("Từng là", "Tháng
    3/2015, từ vị trí"), else None."""
    k = first
    p = read_period(toks, k)
    if p is not None and k + p.length < len(toks.k) and toks.k[k + p.length] == ",":
        k += p.length + 1
    if k >= len(toks.k) or (k > first and toks.brk[k]):
        return None
    cue = phrase_table("chronicle_cues.tsv").longest(toks, k)
    if cue is None or k + cue[0] not in runs or toks.brk[k + cue[0]]:
        return None
    return k + cue[0]


def chronicle(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit],
              hit_person: dict[int, _Holder], claimed: set[int]) -> None:
    """Give the former posts written before their subject to that subject (see the module docstring)."""
    starts = [h.start for h in hits]
    for first in sorted({sentence_start(toks, r) for r in runs}):
        r = _fronted_run(toks, first, runs)
        if r is None or r in claimed:
            continue
        end = runs[r][-1].end
        if end >= len(toks.k) or toks.k[end] != ",":
            continue  # the cue's clause must close before its subject
        x = bisect_right(starts, end - 1)
        while x < len(hits) and hits[x].how == "credit":
            x += 1
        if x >= len(hits) or x not in hit_person or sentence_start(toks, hits[x].start) != first:
            continue
        claimed.add(r)
        # copies: the periods of the sentence ("từ năm 2006", "Tháng 3/2015") date the subject's
        # next step, not these former posts, and the dating pass finds a run's titles by identity
        hit_person[x].titles.extend((replace(t), t.prefix or "former") for t in runs[r])
