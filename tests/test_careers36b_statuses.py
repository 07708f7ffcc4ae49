"""Statuses, thirty-sixth careers round (b): an act that goes on with "cũng" after a sentence told as before the
event; a removal dated by a year before the report's date; an elected roster item's own narrower title.

The sentences are our own, written in the shape of wtune36 reports.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_an_act_told_with_cung_after_a_sentence_told_as_before_the_event_is_held():
    got = pipeline_posts("Trước đó, ngày 3/9, Ban Thường vụ Tỉnh ủy đã họp, thống nhất phân công đồng chí Đinh Văn "
                         "Khương làm Bí thư Huyện ủy. Ban Thường vụ cũng quyết định điều động đồng chí Mạc Thị Loan, "
                         "Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.", "Trao quyết định")
    assert ("Mạc Thị Loan", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh", "holds") in got
    # in the sentence opening with "Trước đó" itself, "cũng" joins the act to this event's
    got = pipeline_posts("Trước đó, Ban Thường vụ Tỉnh ủy cũng đã có quyết định điều động ông Đinh Văn Khương giữ "
                         "chức Bí thư Huyện ủy.", "Trao quyết định")
    assert ("Đinh Văn Khương", "Bí thư", "Huyện ủy", "appointed") in got


def test_an_elected_roster_items_narrower_title_is_the_post_elected():
    got = pipeline_posts("Các Phó Chủ tịch UBND tỉnh được bầu gồm: ông Lục Văn Thành, Phó Chủ tịch Thường trực; ông "
                         "Nông Văn Dũng; bà Hoàng Thị Mai.", "Kỳ họp HĐND tỉnh")
    assert ("Lục Văn Thành", "Phó Chủ tịch Thường trực", "UBND tỉnh", "appointed") in got
    assert ("Nông Văn Dũng", "Phó Chủ tịch", "UBND tỉnh", "appointed") in got


def _posts_dated(text: str, date: str | None) -> set[tuple[str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", text=f"Xét xử\n{text}", encoding="utf-8",
                          meta={"date": date})
    return {(p.person.name, p.role, p.status) for p in extract(report).posts}


def test_a_removal_dated_by_a_year_before_the_reports_is_former():
    text = ("Được biết, trước khi bị khởi tố, năm 2020 ông Cao Văn Định đã bị Ban Thường vụ Tỉnh ủy kỷ luật và bị "
            "cách chức Phó Giám đốc Sở Giao thông vận tải.")
    assert ("Cao Văn Định", "Phó Giám đốc", "former") in _posts_dated(text, "2023-04-12")
    assert ("Cao Văn Định", "Phó Giám đốc", "former") in _posts_dated(text, None)  # no year of its own
    text = "Năm 2023, ông Cao Văn Định bị cách chức Phó Giám đốc Sở Giao thông vận tải."
    assert ("Cao Văn Định", "Phó Giám đốc", "left") in _posts_dated(text, "2023-04-12")
