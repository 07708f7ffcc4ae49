"""What happens to a post, read from the words around its title (kg:status of the Tenure).

Cues come from ``status_cues.tsv``. A "prefix" cue counts only when it is written right before the
role ("nguyên Bí thư", "tân Chủ tịch"); a "clause" cue counts anywhere in the clause that leads to
the title ("bầu ông X giữ chức ...", "miễn nhiệm ... đối với ông X"), the last one before the title
winning ("Từ tháng 11/2013 đến nay, bà là ..." holds); an "after" cue right after a title set off
by commas ("ông X, Bí thư Tỉnh ủy nghỉ hưu"). Titles written as an
apposition ("ông X, Bí thư Tỉnh ủy") hold at the time of the report unless a prefix says otherwise.
"""

from __future__ import annotations

from typing import Protocol

from kg.loaders.extract.lexicon import lexicon
from kg.loaders.extract.tokens import Tokens

_CLAUSE_END = frozenset({".", ";", "!", "?", ":"})


def prefix_status(toks: Tokens, i: int) -> tuple[str, int] | None:
    """(status, length) of a prefix cue at token i ("nguyên", "cựu", "tân")."""
    for m, (status, scope) in lexicon().status_cues.match(toks, i):  # type: ignore[misc]
        if scope == "prefix":
            return status, m
    return None


def clause_start(toks: Tokens, i: int) -> int:
    """First token of the clause containing token i."""
    j = i
    while j > 0 and not toks.brk[j] and toks.k[j - 1] not in _CLAUSE_END:
        j -= 1
    return j


def clause_status(toks: Tokens, a: int, b: int) -> str | None:
    """Status of the last clause cue in tokens [a, b), if any."""
    lex = lexicon()
    found = None
    i = a
    cues, k, n = lex.status_cues, toks.k, len(toks.k)
    while i < b:
        hit = cues.longest(toks, i) if i < n and k[i] in cues.firsts else None  # most words start no cue
        if hit:
            m, (status, scope) = hit  # type: ignore[misc]
            if i + m <= b and scope == "clause":
                found = status
            i += m
            continue
        i += 1
    return found


class _Prefixed(Protocol):
    start: int  # first token, a written prefix included
    role_start: int  # first token after the prefix
    prefix: str | None


def own_prefixes_only(run: list[_Prefixed], seps: list[str]) -> None:
    """A writer who repeats "nguyên" marks each former title of a list, so a title written without
    it among them is held: "ông A, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy, Trưởng
    đoàn ĐBQH" heads the delegation now. A single "nguyên" still carries over the titles after it
    ("Phó Bí thư Tỉnh ủy, nguyên Bí thư Đảng ủy, Cục trưởng Cục X": both former; see
    ``titles.parse_run``). Lists joined by ";" are counted apart (``seps``: the token before each
    title). Only a carried prefix is dropped, never one the text writes."""
    part: list[_Prefixed] = []
    for t, sep in zip([*run, None], [*seps, ";"], strict=True):
        if t is None or sep == ";":
            if sum(1 for x in part if x.prefix == "former" and x.start < x.role_start) >= 2:
                for x in part:
                    if x.prefix == "former" and x.start == x.role_start:
                        x.prefix = None
            part = []
        if t is not None:
            part.append(t)
