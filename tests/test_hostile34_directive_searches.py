"""Hostile input, round 34: on a text with no sentence end (one line, one sentence as long as the text), the
searches the directives component makes for a treaty's name and for a list of laws passed look at the name and at
the sentence's matches, not at everything written before them.

A treaty's name loses the joining words it ends with ("Hiệp định … Việt Nam - Lào về, …" is "… Việt Nam - Lào"):
that tail was searched from the start of the name's line, so every treaty named on a long line stepped through the
line before it. A law of a list passed ("Quốc hội đã thông qua 2 luật: Luật A và Luật B") looked for the count
("thông qua 2 luật:") from the sentence's start, once a law. The tests count the characters those searches are
given (not a timing): they stay the same for each name however much text comes before it, and the facts are the
same.
"""

from __future__ import annotations

import random
import re

from kg.loaders.extract import directives
from kg.loaders.extract.pipeline import extract
from kg.model import Report


def _clause(i: int) -> str:
    """A clause of a session round-up with no sentence end: a count of laws passed and their list, a treaty whose
    name is followed by "về," and an aside; ``i`` varies the session's number."""
    return (f"tại kỳ họp thứ {2 + i % 9}, Quốc hội đã thông qua 2 luật: Luật Thủy lợi và Luật Lâm nghiệp, đồng thời "
            "hai nước đã ký Hiệp định Hợp tác giáo dục Việt Nam - Campuchia về, theo đại diện của bộ, nhiều "
            "lĩnh vực, ")


def _facts(text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(Report(id="h34", text=text, source_file="h34"))
    return [(d.name, d.doc_type, d.issuer.name if d.issuer else None) for d in ex.directives]


_FACTS = [("Luật Thủy lợi", "LUAT", "Quốc hội"), ("Luật Lâm nghiệp", "LUAT", "Quốc hội"),
          ("Hiệp định Hợp tác giáo dục Việt Nam - Campuchia", "HIEPDINH", None)]


def test_the_laws_and_the_treaty_are_read_so_once_and_on_a_long_line() -> None:
    assert _facts(_clause(0)) == _FACTS
    assert _facts("".join(_clause(i) for i in range(60))) == _FACTS  # one document, named 60 times


class _Spy:
    """A compiled pattern, noting the [pos, endpos) of each search and finditer."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.windows = pattern, []

    def search(self, k: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.windows.append((pos, endpos))
        return self.pattern.search(k, pos, endpos)

    def finditer(self, k: str, pos: int, endpos: int):  # noqa: ANN201 - re's iterator
        self.windows.append((pos, endpos))
        return self.pattern.finditer(k, pos, endpos)


def _windows(monkeypatch, name: str, clauses: int) -> list[tuple[int, int]]:  # noqa: ANN001 - pytest's fixture
    spy = _Spy(getattr(directives, name))
    monkeypatch.setattr(directives, name, spy)
    _facts("".join(_clause(i) for i in range(clauses)))
    monkeypatch.undo()
    return spy.windows


def test_a_treaty_s_tail_is_looked_for_in_its_name(monkeypatch) -> None:
    # fails before hostile34: the search started at the line's start, 0 here, 8,000 characters before the last name
    windows = _windows(monkeypatch, "_TREATY_TAIL", 60)
    assert len(windows) == 60
    assert max(end - pos for pos, end in windows) < 60  # "Hợp tác giáo dục Việt Nam - Campuchia về" and its type word


def test_the_count_of_laws_passed_is_found_once_a_sentence(monkeypatch) -> None:
    # fails before hostile34: each of the 120 laws searched the sentence from its start to the law (~1 M characters)
    windows = _windows(monkeypatch, "_LAWS_PASSED", 60)
    text_len = len("".join(_clause(i) for i in range(60)))
    assert sum(end - pos for pos, end in windows) <= text_len


def test_the_tail_found_from_the_name_is_the_line_s() -> None:
    # every text of these words and breaks, every end and every place a name may start before it
    rng = random.Random(34)
    words, breaks = ("và", "về", "của", "năm", "-", "–", "định", "Hiệp", "x"), (" ", "  ", "\t", " \n", "\n", ", ")
    for _ in range(3000):
        k = "".join(rng.choice(words) + rng.choice(breaks) for _ in range(rng.randint(1, 7)))
        for end in range(1, len(k) + 1):
            line = directives._TREATY_TAIL.search(k, directives._line_start(k, end), end)
            for name_start in range(end):
                tail = directives._treaty_tail(k, name_start, end)
                assert (tail and tail.span()) == (line and line.span()), (k, name_start, end)

