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


def test_a_board_written_alone_holds_the_conference_its_full_name_holds(doc):
    """"Hội nghị Ban Thường vụ tập trung vào công tác cán bộ" then "Hội nghị Ban Thường vụ Tỉnh ủy Bình An lần thứ 12
    sẽ cho ý kiến …": a standing board is always some body's (event_organizer_heads.tsv), so the board written
    alone is the one named in full after it; one conference, not two."""
    ex = run(doc("Chủ tịch Lê Văn An cho biết, Hội nghị Ban Thường vụ tập trung vào công tác cán bộ. Phát biểu tại "
                 "hội nghị, ông An cho biết, Hội nghị Ban Thường vụ Tỉnh ủy Bình An lần thứ 12 sẽ cho ý kiến vào hai "
                 "nội dung.").org("Ban Thường vụ Tỉnh ủy Bình An").org("Ban Thường vụ", nth=0)
             .person("Lê Văn An", "ông An"))
    assert dated(ex) == [("Hội nghị", None, "Ban Thường vụ")]


def test_a_caption_names_the_steering_committee_of_the_dated_conference_shorter(doc):
    """A caption "Toàn cảnh hội nghị do Ban Chỉ đạo tổ chức" after the conference "Ban Chỉ đạo thực hiện quy chế
    dân chủ tỉnh" held on 16/7: the same conference, dated."""
    ex = run(doc("Sáng 16/7, Ban Chỉ đạo thực hiện quy chế dân chủ tỉnh tổ chức hội nghị tổng kết. Toàn cảnh hội "
                 "nghị do Ban Chỉ đạo tổ chức.", date="2019-07-16")
             .org("Ban Chỉ đạo thực hiện quy chế dân chủ tỉnh").org("Ban Chỉ đạo", nth=1))
    assert dated(ex) == [("Hội nghị", "2019-07-16", "Ban Chỉ đạo thực hiện quy chế dân chủ tỉnh")]


def test_a_whole_name_is_no_board_of_a_longer_one(doc):
    """"Quốc hội" and "Quốc hội Lào" are two bodies: their sessions on one day stay two events."""
    ex = run(doc("Sáng 5/6, Quốc hội họp phiên toàn thể. Cùng ngày, Quốc hội Lào họp phiên toàn thể.",
                 date="2019-06-05").org("Quốc hội", nth=0).org("Quốc hội Lào"))
    assert dated(ex) == [("Phiên họp", "2019-06-05", "Quốc hội"), ("Phiên họp", "2019-06-05", "Quốc hội Lào")]


def test_an_election_named_without_its_day_or_council_is_no_event(doc):
    """"Trong đợt bầu cử đại biểu Quốc hội khóa XV, ông A ứng cử ở Hà Nội": an election named with neither its
    polling day nor the council running it is not listed (tests/gold/README, conv25), though a candidate stands in
    it; told with its day, it is ("Ngày 22/5/2016, khi bầu cử đại biểu Quốc hội, …")."""
    ex = run(doc("Cụ thể, trong đợt bầu cử đại biểu Quốc hội khóa XV, ông Lê Văn An ứng cử ở Hà Nội; ông Trần Văn "
                 "Bình ứng cử ở Hải Phòng.", date="2021-04-27").person("Lê Văn An").person("Trần Văn Bình"))
    assert dated(ex) == []
    ex = run(doc("Ngày 22/5/2016, khi bầu cử đại biểu Quốc hội, ông Lê Văn An đã trúng cử với 75% số phiếu.")
             .person("Lê Văn An"))
    assert dated(ex) == [("Bầu cử", "2016-05-22", None)]
