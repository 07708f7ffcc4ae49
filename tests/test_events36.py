"""Twenty-eighth round (events36), events. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run

# A report whose dateline writes no year ("Chiều 20/4") and whose year only a list of related links at its end
# writes ("(20/04/2011)"): kg.loaders.build dates it 2011-04-20 from its text (date_source "text").
_NO_YEAR_DATELINE = ("Chiều 20/4, các đại biểu tiếp tục cho ý kiến về dự án Luật Thủ đô. Trong buổi thảo luận hôm "
                     "nay, ông Lê Văn An, Chủ tịch Quốc hội, đề nghị các đại biểu phát biểu ngắn gọn.\n"
                     "Nhiều ý kiến về dự án Luật Thủ đô(20/04/2011)")


def _report(doc, text: str, source: str | None):
    d = doc(text, date="2011-04-20").org("Quốc hội").person("Lê Văn An")
    if source is not None:
        d.report.extra["date_source"] = source
    return d


def test_today_in_a_report_whose_dateline_writes_no_year_dates_nothing(doc):
    """"Trong buổi thảo luận hôm nay" in a report the text dates only through a year written far from its dateline:
    the report's date is the day of the news, not the day "hôm nay" counts from (relative_days.tsv: a report dated
    to the day by its sidecar or by a dateline written with its year), so the sitting takes no date from it."""
    assert dated(run(_report(doc, _NO_YEAR_DATELINE, "text"))) == [("Phiên thảo luận", None, None)]


def test_today_in_a_report_whose_dateline_writes_its_year_is_that_day(doc):
    """The same report with its dateline written with its year ("Chiều 20/4/2011"): "hôm nay" is that day."""
    text = _NO_YEAR_DATELINE.replace("Chiều 20/4,", "Chiều 20/4/2011,")
    assert dated(run(_report(doc, text, "text"))) == [("Phiên thảo luận", "2011-04-20", None)]


def test_today_in_a_report_its_sidecar_dates_is_that_day(doc):
    """A sidecar's date is the day the report was written on: "hôm nay" is that day, whatever its dateline."""
    assert dated(run(_report(doc, _NO_YEAR_DATELINE, "metadata"))) == [("Phiên thảo luận", "2011-04-20", None)]
    assert dated(run(_report(doc, _NO_YEAR_DATELINE, None))) == [("Phiên thảo luận", "2011-04-20", None)]
