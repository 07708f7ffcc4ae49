"""A bare number right after an event word and before "năm" or "tháng" counts years or months, not the event's
number in its series.

"Lễ kỷ niệm 15 năm ngày thành lập …" is a ceremony remembering fifteen years, not the 15th ceremony; "tổ chức sơ
kết 5 năm thực hiện …" reviews five years. Read as a series number, it made the ceremony "one of its own time", and
the day a report's lead opens with ("Ngày 12/3/2018 tại …") was not given to it. A year or a month's number after
the unit ("Hội nghị Trung ương 4 năm 2016") leaves the number the event's.
"""

from __future__ import annotations

from tests.fixtures_directives import event_facts
from tests.fixtures_directives import run_events as run

_TITLE = "Lễ kỷ niệm 15 năm ngày thành lập Hội Nông dân huyện Yên Lạc và tổng kết phong trào thi đua.\n\n"


def test_the_lead_day_dates_an_anniversary_named_in_the_title(doc):
    text = (_TITLE + "Ngày 12/3/2018 tại thị trấn Yên Lạc, tỉnh Vĩnh Phúc. Hội Nông dân huyện Yên Lạc tổ chức Lễ kỷ "
            "niệm 15 năm ngày thành lập Hội (12/3/2003 – 12/3/2018). Nhiều hội viên tới dự.")
    ex = run(doc(text).org("Hội Nông dân huyện Yên Lạc"))
    assert event_facts(ex) == [("Lễ kỷ niệm", "2018-03-12", "Hội Nông dân huyện Yên Lạc")]


def test_a_numbered_plenum_written_with_its_year_keeps_its_number():
    from kg.loaders.extract.events import _number
    from kg.model import Span

    k = "hội nghị trung ương 4 năm 2016 đã thông qua nghị quyết"
    assert _number(k, Span(0, 8), Span(0, len(k))) == "4"
    k = "lễ kỷ niệm 15 năm ngày thành lập hội"
    assert _number(k, Span(0, 10), Span(0, len(k))) is None
