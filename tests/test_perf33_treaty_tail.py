"""A treaty's name loses the joining words it ends with ("… Toàn diện về, theo …" is "Hiệp định Đối tác Toàn
diện"): directives._treaty_end looks for that tail from the start of the name's line, not from the report's
start (perf33: a speed change; the search stepped through every space of the report before the name), and since
hostile34 from the start of the name's words (an endless line stepped through its start for every name on it). The
names read are the same, before and after."""

from __future__ import annotations

import re

from kg.loaders.extract import directives
from kg.loaders.extract.pipeline import extract
from kg.model import Report

_TEXT = ("Bộ Ngoại giao tổ chức họp báo thường kỳ.\n"
         "Người phát ngôn cho biết nhiều nội dung hợp tác đã được trao đổi trong tuần.\n"
         "Hai nước đã ký Hiệp định Đối tác Toàn diện về, theo người phát ngôn, nhiều lĩnh vực. "
         "Hiệp định Thương mại tự do năm 2019 vẫn được thực hiện.")


def _names(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    ex = extract(Report(id="perf33", text=text, source_file="perf33"))
    return [(d.name, d.doc_type, (d.spans[0].start, d.spans[0].end)) for d in ex.directives]


def test_the_treaties_names_are_read_so() -> None:
    assert _names(_TEXT) == [("Hiệp định Đối tác Toàn diện", "HIEPDINH", (133, 160)),
                             ("Hiệp định Thương mại tự do năm 2019", "HIEPDINH", (203, 238))]


class _Searches:
    """_TREATY_TAIL, noting where each search starts."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.starts = pattern, []

    def search(self, k: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.starts.append(pos)
        return self.pattern.search(k, pos, endpos)


def test_the_tail_is_looked_for_on_the_name_s_line_only(monkeypatch) -> None:
    # fails before perf33: every search started at 0, the report's start. Since hostile34 the search starts closer
    # still, where the name's words start after its type word (directives._treaty_tail, which steps back a word at
    # a time, to the line's start at most, only while the tail found starts where it looked)
    spy = _Searches(directives._TREATY_TAIL)
    monkeypatch.setattr(directives, "_TREATY_TAIL", spy)
    assert [n for n, _t, _s in _names(_TEXT)] == ["Hiệp định Đối tác Toàn diện", "Hiệp định Thương mại tự do năm 2019"]
    line = _TEXT.rindex("\n") + 1
    assert spy.starts and all(s >= line for s in spy.starts)
    assert spy.starts == [_TEXT.index(" Đối tác"), _TEXT.index(" Thương mại")]


def test_the_line_start_holds_every_tail() -> None:
    k = "a và\n\nb của về\nc"
    for end in range(len(k) + 1):
        whole = directives._TREATY_TAIL.search(k, 0, end)
        line = directives._TREATY_TAIL.search(k, directives._line_start(k, end), end)
        assert (whole and whole.span()) == (line and line.span()), end
