"""Hostile input, round 33 (second part): the directives and events components cost the same for each
document, event word, date or verb however long the sentence is.

Each document the text names by a known name ("Điều lệ Đảng", "Hiệp định …") was checked against every
organization and every symbol of the report (is it the end of a body's name, inside one, followed by a
number?), each verb's subject against every organization, each date and event word against every
document, each numbered session's body against every pair of bodies of its sentence and each attending
verb against every person of its sentence: linear per find, quadratic per report, and a text with no
sentence end (one sentence as long as the text) paid it in full. Those answers are now read from
indexes built once a report or a sentence. The tests count the Python calls the two components' code
makes (not a timing): twice the text costs about twice the calls, and the facts are still found.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

from kg.loaders.build import build_report
from kg.loaders.extract import directives, events
from kg.loaders.extract.pipeline import extract

_FILES = {str(Path(directives.__file__).resolve()): "directives", str(Path(events.__file__).resolve()): "events"}

_FAMILY = ("Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
_GIVEN = ("Khải", "Minh", "Hùng", "Thắng", "Long", "Sơn", "Hải", "Dũng", "Quang", "Tâm", "Phúc")


def _clause(i: int) -> str:
    """One clause in the shape of a provincial round-up (a session, a reception, documents named by their known
    names and by number, a signing verb after a body, dates), with no sentence end; ``i`` varies the names."""
    f, g = _FAMILY[i % len(_FAMILY)], _GIVEN[i // len(_FAMILY) % len(_GIVEN)]
    day = 1 + i % 28
    return (f"ngày {day}/3/2019 tại kỳ họp thứ {8 + i % 9} HĐND tỉnh Quảng Ngãi khóa XII, ông {f} Văn {g}, "
            f"Chủ tịch HĐND tỉnh chủ trì và phát biểu, bà {g} Thị {f} tham dự; Ban Thường vụ Tỉnh ủy ban hành "
            f"Quyết định số {100 + i}-QĐ/TU ngày {day}/4/2019 về thực hiện Điều lệ Đảng và Quy chế làm việc của "
            f"UBND tỉnh, Chủ tịch UBND tỉnh {f} Văn {g} đã tiếp Đại sứ {g} Văn {f} và ký Hiệp định Hợp tác "
            "kinh tế Việt Nam - Lào cùng Thỏa thuận hợp tác giáo dục của hai tỉnh, ")


def _endless(clauses: int) -> str:
    return "".join(_clause(i) for i in range(clauses))


def _calls(text: str) -> tuple[Counter[str], object]:
    """The Python calls (functions, comprehensions, generator steps) made in directives.py and in events.py
    while ``text`` is extracted, by module, and the extraction."""
    report = build_report(report_id="h33b", source_file="h33b.txt", text=text, encoding="utf-8",
                          meta={"title": "Báo cáo"})
    calls: Counter[str] = Counter()

    def count(frame, event, arg):  # noqa: ANN001, ANN202
        if event == "call" and (module := _FILES.get(frame.f_code.co_filename)) is not None:
            calls[module] += 1

    sys.setprofile(count)
    try:
        ex = extract(report)
    finally:
        sys.setprofile(None)
    return calls, ex


@cache
def _both() -> tuple[Counter[str], Counter[str], object, object]:
    small, small_ex = _calls(_endless(30))
    big, big_ex = _calls(_endless(60))
    return small, big, small_ex, big_ex


def _twice(module: str) -> float:
    small, big, small_ex, big_ex = _both()
    for ex in (small_ex, big_ex):  # the documents and events are still read
        assert any(d.name and d.name.startswith("Điều lệ") for d in ex.directives)
        assert any(d.symbol and d.symbol.endswith("-QĐ/TU") for d in ex.directives)
        assert any(d.name and d.name.startswith("Hiệp định") for d in ex.directives)
        assert any(e.participants for e in ex.events)
    return big[module] / small[module]


def test_twice_an_endless_sentence_costs_the_directives_twice_the_calls():
    # at 7f22025a: 30 clauses 30 thousand calls, 60 clauses 103 thousand (3.4x: each document named by its known
    # name walked every organization, each title every document, twice); now 7.4 and 12 thousand (1.6x)
    ratio = _twice("directives")
    assert ratio < 2.4, f"directives: twice the text made {ratio:.2f}x the calls"


def test_twice_an_endless_sentence_costs_the_events_twice_the_calls():
    # at 7f22025a: 30 clauses 20 thousand calls, 60 clauses 60 thousand (2.9x; 3.4x with the new directives: each
    # participant walked its sentence's event words and its event's participants, each date and event word every
    # document); now 10.6 and 19.0 thousand (1.8x)
    ratio = _twice("events")
    assert ratio < 2.4, f"events: twice the text made {ratio:.2f}x the calls"


def test_the_two_sides_of_a_reception_read_back_to_the_last_mark_give_what_the_whole_sentence_gives():
    from kg.loaders.extract.events import _HOST_STOP, _two_sides
    from kg.model import PersonMention, Span

    k = ("bà lê thị an dự họp; chủ tịch ubnd tỉnh trần văn bình, phó bí thư tỉnh ủy, đã tiếp đại sứ john carter "
         "tại trụ sở: ông ngô văn cường cũng vừa tiếp bà mary lee và ông phan văn dũng")
    names = ("lê thị an", "trần văn bình", "john carter", "ngô văn cường", "mary lee", "phan văn dũng")
    people = []
    for n in names:
        at = k.index(n)
        people.append((at, at + len(n), PersonMention(Span(at, at + len(n)), n.title())))
    starts = [s for s, _e, _p in people]
    stops = [m.start() for m in _HOST_STOP.finditer(k)]
    longest = max(e - s for s, e, _p in people)
    for word, host, guest in (("đã tiếp", "Trần Văn Bình", "John Carter"), ("vừa tiếp", "Ngô Văn Cường", "Mary Lee")):
        at = k.index(word) + len(word) - len("tiếp")
        fast = [p.name for p in _two_sides(k, at, people, starts, stops, longest)]
        assert fast == [p.name for p in _two_sides(k, at, people)] == [host, guest]
