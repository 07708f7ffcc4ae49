"""Organizations joined to the body the report means (orgs39).

A steering committee written bare ("Ban chỉ đạo đã đề nghị ...", "Kế hoạch của Ban Chỉ đạo") is the one committee
the report names in full: also where a title names it with its province ("Trưởng ban Chỉ đạo phòng chống thiên
tai tỉnh X"), and where the report writes its full name twice, with and without a comma ("phòng, chống" and
"phòng chống"): one name, not two committees.

A sub-commission of an intergovernmental committee named in lower case by its task and the two countries
("Chủ tịch Phân ban hợp tác Lào - Việt Nam") is read whole, the pair of countries with it.

The sentences are our own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> set[tuple[str, str, str]]:
    """(person, role, canonical body or "") of every post of ``text``, under a title line of ours."""
    report = build_report(report_id="r", source_file="r.txt", text=f"Lễ kỷ niệm ngày thành lập\n{text}",
                          encoding="utf-8")
    return {(p.person.name, p.role, p.org.name if p.org else "") for p in extract(report).posts}


def names(text: str) -> set[str]:
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8",
                          meta={"date": "2017-05-03"}, title_from_first_line=False)
    return {o.name for o in extract(report).organizations}


def test_a_bare_steering_committee_after_a_title_naming_it_with_its_province_is_that_committee():
    assert names("Ông Lê Văn Hà, Trưởng ban Chỉ đạo phòng chống thiên tai tỉnh Phú Yên, cho biết Ban chỉ đạo đã "
                 "yêu cầu các huyện báo cáo thiệt hại.") == {"Ban Chỉ đạo phòng chống thiên tai tỉnh Phú Yên"}


def test_a_bare_steering_committee_whose_full_name_is_written_with_and_without_a_comma():
    got = names("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ 12. Chương trình công tác của Ban "
                "Chỉ đạo Trung ương về phòng chống tham nhũng năm nay đã xong. Các cơ quan đề nghị Ban Chỉ đạo yêu "
                "cầu các tỉnh báo cáo.")
    assert "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng" in got
    assert "Ban Chỉ đạo" not in got


def test_a_sub_commission_named_in_lower_case_by_its_task_and_two_countries_is_read_whole():
    got = posts("Đoàn Chính phủ Lào do ông Bounmy Vongsa, Phó Thủ tướng - Chủ tịch Phân ban hợp tác Lào - Việt Nam, "
                "dẫn đầu. Phía Việt Nam có ông Trần Văn Lộc, Chủ tịch Phân ban hợp tác Việt Nam - Lào.")
    assert ("Bounmy Vongsa", "Chủ tịch", "Phân ban hợp tác Lào - Việt Nam") in got
    assert ("Trần Văn Lộc", "Chủ tịch", "Phân ban hợp tác Việt Nam - Lào") in got
