"""The year of a yearless day that the text itself fixes, in a report without a date (tests/gold/README, "Event
years": a year the text writes for the event counts, one guessed does not).

- An anniversary written with its span of years ("lễ kỷ niệm 120 năm thành lập tỉnh (1886-2006)", 2006 - 1886 =
  120) is held in the year the span ends in, never the year it remembers; the day its sentence tells is of that year
  for every event of the sentence, not only for the ceremony itself.
- A span of days written with its year ("thăm chính thức Việt Nam từ ngày 23 - 26/6/2017") holds the year of every
  yearless day inside it the text tells of later ("Chiều 24/6, … hội đàm …"); a day outside the span stays yearless.
"""

from __future__ import annotations

from tests.fixtures_directives import event_facts
from tests.fixtures_directives import run_events as run


def _dates(ex) -> dict[str, str | None]:
    return {kind: date for kind, date, _org in event_facts(ex)}


_CEREMONY = ("Sáng 12-9, lãnh đạo tỉnh Hòa Bình dâng hương tại đền thờ các anh hùng liệt sĩ rồi tổ chức lễ kỷ niệm "
             "120 năm thành lập tỉnh ({}-2006).")


def test_an_anniversary_with_its_span_of_years_dates_its_sentence(doc):
    """The offering of incense told with the ceremony is in 2006 too; a span its count does not match gives none."""
    assert _dates(run(doc(_CEREMONY.format(1886))))["Lễ dâng hương"] == "2006-09-12"
    assert _dates(run(doc(_CEREMONY.format(1896))))["Lễ dâng hương"] == "--09-12"


_VISIT = "Đoàn đại biểu Quốc hội Lào thăm chính thức Việt Nam từ ngày 23 - 26/6/2017. "


def test_a_day_inside_a_span_of_days_takes_its_year(doc):
    """The talks on the 24th are in 2017; talks on the 28th, after the visit, stay yearless."""
    ex = run(doc(_VISIT + "Chiều 24/6, Chủ tịch Quốc hội Lê Văn Tâm hội đàm với Đoàn.").person("Lê Văn Tâm"))
    assert _dates(ex)["Hội đàm"] == "2017-06-24"
    ex = run(doc(_VISIT + "Chiều 28/6, Chủ tịch Quốc hội Lê Văn Tâm hội đàm với Đoàn đại biểu Quốc hội Campuchia.")
             .person("Lê Văn Tâm"))
    assert _dates(ex)["Hội đàm"] == "--06-28"


def test_a_span_of_days_dates_a_day_only_in_the_news_s_years(doc):
    """A congress of 1986 the report remembers dates no conference of a report that writes 2019: "Sáng 16/12" stays
    yearless; the same span in a report of that year dates it."""
    text = ("Đại hội VI của Đảng họp từ ngày 15 đến 18/12/{}. Ngày 20/12/2019, ông Lê Văn Tâm dự hội thảo về "
            "Đổi mới. Sáng 16/12, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị quán triệt nghị quyết.")
    ex = run(doc(text.format(1986)).org("Tỉnh ủy Hà Tĩnh").person("Lê Văn Tâm"))
    assert _dates(ex)["Hội nghị"] == "--12-16"
    ex = run(doc(text.format(2019)).org("Tỉnh ủy Hà Tĩnh").person("Lê Văn Tâm"))
    assert _dates(ex)["Hội nghị"] == "2019-12-16"


def test_a_day_told_again_takes_the_year_the_text_fixed_for_it(doc):
    """"Sáng 3/7, … phiên họp thường kỳ tháng 6 năm 2017" dates the session 2017-07-03 (its own month names the
    year); "Trong ngày 3/7, Hội nghị …" later is the same day of the same report. A day whose year is written in full
    ("cuộc bầu cử ngày 22/5/2016") gives a yearless "ngày 22/5 tới đây" nothing: it may be another year's."""
    ex = run(doc("Sáng 3/7, Chính phủ họp phiên họp thường kỳ tháng 6 năm 2017 dưới sự chủ trì của Thủ tướng Lê Văn "
                 "Tâm. Các bộ báo cáo tình hình xuất khẩu. Trong ngày 3/7, Hội nghị bàn về tình hình kinh tế - xã hội.")
             .org("Chính phủ").person("Lê Văn Tâm"))
    assert [date for _kind, date, _org in event_facts(ex)] == ["2017-07-03", "2017-07-03"]
    ex = run(doc("Ông Lê Văn Tâm trúng cử trong cuộc bầu cử ngày 22/5/2016. Việc này sẽ được báo cáo tại kỳ họp của "
                 "Quốc hội diễn ra ngày 22/5 tới đây.").org("Quốc hội").person("Lê Văn Tâm"))
    assert ("Kỳ họp", "--05-22", "Quốc hội") in event_facts(ex)
