"""A Party committee written only inside its member's title "Tỉnh ủy viên" (orgs32, from mid25's misses;
the gold of blind5, blind8 and mid20 lists no committee there either), and a body of "tỉnh, thành" (the
provinces and cities in general): no organization of the report. The sentences are our own; the names
are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text, date="2017-05-03")]


def test_a_provincial_committee_member_s_title_names_no_committee():
    assert names("HĐND tỉnh Gia Lai bầu ông Đỗ Văn Đông, Tỉnh uỷ viên, Giám đốc Sở Xây dựng.") == [
        "Hội đồng nhân dân tỉnh Gia Lai", "Sở Xây dựng tỉnh Gia Lai"]


def test_a_city_committee_member_s_title_names_no_committee():
    assert "Thành ủy Hải Phòng" not in names("Ông Minh là Thành ủy viên, Bí thư Quận ủy Lê Chân (Hải Phòng).")


def test_the_committee_named_as_a_body_still_is_one():
    assert names("Bà Lan, Ủy viên Ban Thường vụ Tỉnh ủy Gia Lai, dự họp.") == [
        "Tỉnh ủy Gia Lai", "Ban Thường vụ Tỉnh ủy Gia Lai"]


def test_provinces_and_cities_in_general_are_no_body():
    """"UBND tỉnh, thành": "thành" short for "thành phố", the provinces and cities in general (audit25b)."""
    assert names("Cả nước có 19 người giữ chức Phó chủ tịch UBND tỉnh, thành. Hằng năm HĐND tỉnh, thành ra "
                 "nghị quyết về biên chế.") == []


def test_a_member_after_the_province_s_body_is_no_city():
    assert names("Ông Nam, Chủ tịch UBND tỉnh, thành viên Ban Chỉ đạo, phát biểu.")[0] == "Ủy ban nhân dân tỉnh"
