"""Twenty-fourth round (events26), events: the year a sentence summing up the news gives its yearless days, today
named by the text in a report dated only by its crawl. Sentences we write, in the shape of reports'; the exact
facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_span_in_the_sentence_summing_up_the_news_gives_its_month_a_year(doc):
    """Undated report: "Ngày 12/4, Ban X tổ chức hội nghị triển khai quyết định … điều động ông A" then "Như vậy, ông A
    đã giữ chức Bí thư Tỉnh ủy từ tháng 3/2015 đến tháng 4/2018": the tenure ends with the news, so the 12th of
    April is in 2018."""
    text = ("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định điều động ông Trần Văn A. "
            "Như vậy, ông Trần Văn A đã giữ chức Bí thư Tỉnh ủy B trong 3 năm, từ tháng 3/2015 đến tháng 4/2018.")
    ex = run(doc(text).org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "2018-04-12", "Ban Tổ chức Trung ương")]


def test_a_span_of_another_month_or_outside_a_summing_up_gives_no_year(doc):
    """The span's end is of March, the day of April: no year. A career line "Từ tháng 3/2015 đến tháng 4/2018, ông
    …" tells a past step, not the news: no year either."""
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Như vậy, ông Trần Văn A "
                 "làm Bí thư từ 3/2015-3/2018.").org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "--04-12", "Ban Tổ chức Trung ương")]
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Từ tháng 3/2015 "
                 "đến tháng 4/2018, ông Trần Văn A làm Bí thư.").org("Ban Tổ chức Trung ương"))
    assert dated(ex) == [("Hội nghị", "--04-12", "Ban Tổ chức Trung ương")]


def test_a_summing_up_span_older_than_a_date_the_text_states_gives_no_year(doc):
    """"Ngày 5/6/2019, …" written in the text: a span ending in 4/2018 is no time of the news."""
    ex = run(doc("Ngày 12/4, Ban Tổ chức Trung ương đã tổ chức hội nghị triển khai quyết định. Như vậy, ông A "
                 "làm Bí thư từ tháng 3/2015 đến tháng 4/2018. Ngày 5/6/2019, ông A nghỉ hưu.")
             .org("Ban Tổ chức Trung ương"))
    assert [day for _k, day, _o in dated(ex)] == ["--04-12"]


def test_today_named_by_the_text_is_the_day_of_its_sayings_of_today(doc):
    """The sidecar dates the report 7/2, the text names its today "Hôm nay (30/1)": "Chiều nay, hội nghị toàn quốc …
    tiếp tục diễn ra" is of the 30th of January, not of the 7th of February."""
    text = ("Chiều nay, hội nghị toàn quốc quán triệt Nghị quyết tiếp tục diễn ra. Hôm nay (30/1), Tổng Bí thư ký "
            "quyết định phân công nhiệm vụ.")
    assert [day for _k, day, _o in dated(run(doc(text, "2026-02-07")))] == ["2026-01-30"]
    # without the text's own today, "nay" is the report's date
    text = "Chiều nay, hội nghị toàn quốc quán triệt Nghị quyết tiếp tục diễn ra."
    assert [day for _k, day, _o in dated(run(doc(text, "2026-02-07")))] == ["2026-02-07"]
