"""Hostile input, round 33: the organization finder's lookups cost the same for each body however long
the text is.

A bare body ("Tỉnh ủy", "UBND huyện", "Bí thư Đảng ủy") is read against the other names the report
writes: the one body of its row named with a place, the province its clause names, the longer name it
shortens. Those answers used to walk every name (and every province mark) of the report for each
body: linear per body, quadratic per report, and a text with no sentence end (one clause as long as
the text) paid it in full (2 MB: 10 s at ac991192). They are now read from indexes built once a
report. The tests count the Python calls the finder's code makes (not a timing): twice the text costs
twice the calls, and the answers are those the walks gave.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.loaders.build import build_report
from kg.loaders.extract import organizations
from kg.loaders.extract.pipeline import extract

_ORGS = Path(organizations.__file__).resolve()

# One clause of a round-up, written in the shape of the corpus's (people with their titles, provincial
# and district bodies bare and named, two provinces, companies, a semicolon), with no sentence end: the
# text repeats it with other people's names.
_FAMILY = ("Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
_GIVEN = ("Khải", "Minh", "Hùng", "Thắng", "Long", "Sơn", "Hải", "Dũng", "Quang", "Tâm", "Phúc")


def _clause(i: int) -> str:
    f, g = _FAMILY[i % len(_FAMILY)], _GIVEN[i // len(_FAMILY) % len(_GIVEN)]
    return (f"Ông {f} Văn {g}, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi cùng ông {g} Văn {f}, "
            "Bí thư Thành ủy Đà Nẵng làm việc với Công ty TNHH Xây dựng Miền Trung và lãnh đạo Huyện ủy, "
            f"UBND huyện Sơn Tịnh; bà {f} Thị {g}, Chủ tịch HĐND tỉnh, Bí thư Đảng ủy Công an tỉnh Quảng "
            "Ngãi và Công ty TNHH Xây dựng dự sau đó Ban Thường vụ Tỉnh ủy chỉ đạo UBND và HĐND thông "
            "qua, Đảng ủy và Huyện ủy cùng Công ty Xây dựng Miền Trung ký kết ")


def _endless(clauses: int) -> str:
    return "".join(_clause(i) for i in range(clauses))


def _calls_in_finder(text: str) -> tuple[int, list]:
    """The Python calls (functions, comprehensions, generator steps) made in organizations.py while
    ``text`` is extracted, and the organizations found."""
    report = build_report(report_id="h33", source_file="h33.txt", text=text, encoding="utf-8",
                          meta={"title": "Báo cáo"})
    calls: Counter[str] = Counter()

    def count(frame, event, arg):  # noqa: ANN001, ANN202
        if event == "call" and frame.f_code.co_filename == str(_ORGS):
            calls[frame.f_code.co_name] += 1

    sys.setprofile(count)
    try:
        ex = extract(report)
    finally:
        sys.setprofile(None)
    return sum(calls.values()), ex.organizations


def test_twice_an_endless_sentence_costs_the_finder_twice_the_calls():
    small, small_orgs = _calls_in_finder(_endless(40))
    big, big_orgs = _calls_in_finder(_endless(80))
    assert small_orgs and big_orgs  # the bodies are still read
    # at ac991192: 40 clauses 250 thousand calls, 80 clauses 821 thousand (3.3x: each bare body walked
    # every name and every province mark); now 88 and 169 thousand (1.9x); linear is 2x
    assert big / small < 2.4, f"twice the text made {big / small:.2f}x the calls ({small} -> {big})"


def _walk_between(marks: list[tuple[int, str]], lo: int, hi: int) -> str | None:
    names = [name for k, name in marks if lo <= k < hi]
    return None if not names else names[-1] if len(set(names)) == 1 else ""


def test_the_provinces_between_two_tokens_are_those_a_walk_over_the_marks_reads():
    from kg.loaders.extract.organizations import _MarkRuns

    marks = [(2, "Bình Định"), (5, "Bình Định"), (9, "Phú Yên"), (9, "Phú Yên"), (14, "Bình Định"),
             (20, "Gia Lai"), (21, "Gia Lai")]
    runs = _MarkRuns(marks)
    for lo in range(0, 24):
        for hi in range(lo, 25):
            assert runs.between(lo, hi) == _walk_between(marks, lo, hi), (lo, hi)
            for name in ("Bình Định", "Phú Yên", "Gia Lai", "Kon Tum"):
                assert runs.names_in(name, lo, hi) == any(lo <= k < hi and n == name for k, n in marks)
        before = [m for m in marks if m[0] < lo]
        assert runs.last_before(lo) == (before[-1] if before else None)
    assert runs.between(2, 9) == "Bình Định"  # one province: its name
    assert runs.between(5, 10) == ""  # two: none of them
    assert runs.between(10, 14) is None  # none written


def _orgs(text: str) -> list[str]:
    report = build_report(report_id="h33", source_file="h33.txt", text=text, encoding="utf-8",
                          meta={"title": "Báo cáo"})
    return sorted({o.name for o in extract(report).organizations})


def test_a_name_that_ends_the_text_after_a_longer_name_of_its_first_words_is_read_as_written():
    # the longer name ("Công ty TNHH Xây dựng Miền Trung") is looked up at its length past the text's
    # end: the words there are fewer, and must not be taken for the shorter name's
    text = ("Công ty TNHH Xây dựng Miền Trung ký hợp đồng với Công ty Hòa Bình, "
            "ông Lê Văn Tâm làm Giám đốc Công ty Hòa Bình")
    names = _orgs(text)
    assert "Công ty Hòa Bình" in names
    assert "Công ty TNHH Xây dựng Miền Trung" in names
