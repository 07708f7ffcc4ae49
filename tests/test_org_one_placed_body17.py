"""A council, a people's committee or a district Party committee written bare ("Chủ tịch HĐND",
"Bí thư Huyện ủy") is the one body of its kind the report names with a place's name; with two
named, none, or listed with another bare body ("HĐND và UBND": kinds of bodies), it stays bare.
Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def _names(text: str, province: str | None = None) -> set[str]:
    return {name for _, name in orgs_of(text, province)}


def test_a_bare_council_is_the_one_council_the_report_names():
    text = ("Sáng 3/7, HĐND tỉnh Quảng Trị khai mạc kỳ họp thứ hai. "
            "Ông Hồ Văn Lộc tiếp tục giữ chức Chủ tịch HĐND với số phiếu tuyệt đối.")
    assert _names(text) == {"Hội đồng nhân dân tỉnh Quảng Trị"}


def test_a_bare_district_committee_and_its_standing_board_are_the_named_district_s():
    text = ("Ban Thường vụ Huyện ủy Cam Lộ đã kiểm điểm. "
            "Ông Lê Văn Khải, Phó Bí thư Huyện ủy, nhận khuyết điểm của Ban Thường vụ Huyện ủy.")
    assert _names(text) == {"Huyện ủy Cam Lộ", "Ban Thường vụ Huyện ủy Cam Lộ"}


def test_two_councils_named_leave_a_bare_one_to_neither():
    text = ("HĐND tỉnh Quảng Trị và HĐND huyện Cam Lộ cùng họp. "
            "Ông Hồ Văn Lộc được bầu làm Chủ tịch HĐND.")
    assert "Hội đồng nhân dân" in _names(text)


def test_a_bare_council_listed_with_a_bare_committee_names_kinds_of_bodies():
    text = ("UBND tỉnh Quảng Trị đã trình dự thảo. "
            "Dự thảo quy định lại quyền hạn của HĐND và UBND.")
    assert _names(text) == {"Ủy ban nhân dân tỉnh Quảng Trị", "Hội đồng nhân dân", "Ủy ban nhân dân"}


def test_a_bare_council_after_a_party_title_is_the_council_not_its_term():
    text = ("HĐND tỉnh Quảng Trị khóa VIII họp phiên đầu. "
            "Ông Hồ Văn Lộc (Bí thư Tỉnh ủy) kiêm nhiệm chức Chủ tịch HĐND.")
    assert "Hội đồng nhân dân tỉnh Quảng Trị" in _names(text, "Quảng Trị")
    assert "Hội đồng nhân dân" not in _names(text, "Quảng Trị")
