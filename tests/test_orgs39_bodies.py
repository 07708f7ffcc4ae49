"""Organizations joined to the body the report means (orgs39).

A steering committee written bare ("Ban chỉ đạo đã đề nghị ...", "Kế hoạch của Ban Chỉ đạo") is the one committee
the report names in full: also where a title names it with its province ("Trưởng ban Chỉ đạo phòng chống thiên
tai tỉnh X"), and where the report writes its full name twice, with and without a comma ("phòng, chống" and
"phòng chống"): one name, not two committees.

A sub-commission of an intergovernmental committee named in lower case by its task and the two countries
("Chủ tịch Phân ban hợp tác Lào - Việt Nam") is read whole, the pair of countries with it.

A bare title of a centrally run city ("Bí thư Thành ủy", "Chủ tịch UBND thành phố") in a report that writes two
such cities is the city its paragraph names last before it, else the first it names after it, where it names
that city as a city ("TP X", "thành phố X", a body's name), not by its bare name, and its sentence names no
other: a report on one city's ceremony that turns to another's in a paragraph of its own gives that paragraph's
bare titles to the other city, not to the city the report's bodies name.

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


_TWO_CITIES = (
    "Sáng 3/5, Thành ủy, UBND TP Hải Phòng tổ chức lễ kỷ niệm. Dự lễ có Bí thư Thành ủy Hải Phòng Trần Văn Lộc.\n"
    "Cùng ngày, tại TP Cần Thơ cũng diễn ra lễ kỷ niệm. Ủy viên Trung ương Đảng, Bí thư Thành ủy Lê Văn Hà "
    "và các đồng chí lãnh đạo thành phố đã dự.\n"
    "Phát biểu tại buổi lễ, Chủ tịch UBND thành phố Phạm Văn Tư nhấn mạnh truyền thống của nhân dân thành phố "
    "Cần Thơ.\n")


def test_a_bare_city_title_in_a_paragraph_on_another_city_is_that_city():
    got = posts(_TWO_CITIES)
    assert ("Trần Văn Lộc", "Bí thư", "Thành ủy Hải Phòng") in got
    assert ("Lê Văn Hà", "Bí thư", "Thành ủy Cần Thơ") in got  # the city its paragraph names before it
    assert ("Phạm Văn Tư", "Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ") in got  # the city named after it
    # a paragraph that names no city leaves the bare title to the city the report's bodies name
    got = posts("Sáng 3/5, Thành ủy, UBND TP Hải Phòng tổ chức lễ kỷ niệm; đoàn đại biểu TP Cần Thơ đến dự.\n"
                "Phát biểu tại buổi lễ, Chủ tịch UBND thành phố Phạm Văn Tư nhấn mạnh truyền thống cách mạng.\n")
    assert ("Phạm Văn Tư", "Chủ tịch", "Ủy ban nhân dân thành phố Hải Phòng") in got
    # nor does a city's bare name: where someone went, or a city set beside the report's
    got = posts("Sáng 3/5, Thành ủy, UBND TP Hải Phòng tổ chức lễ kỷ niệm, như TP Cần Thơ đã làm tháng trước.\n"
                "Những ngày đó, nhiều cán bộ có mặt ở Cần Thơ, Bí thư Thành ủy Trần Văn Lộc chủ trì các cuộc họp.\n")
    assert ("Trần Văn Lộc", "Bí thư", "Thành ủy Hải Phòng") in got
