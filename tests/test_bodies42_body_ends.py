"""Bodies, forty-second round: where a body's name ends (class A of the round-42 error classes on written34/35).

- Two acts a unit is named for, joined by a comma ("Cục Quản lý khám, chữa bệnh", "Vụ Giải quyết khiếu nại,
  tố cáo"), stay in its name (name_joins.tsv), as "phòng, chống" does.
- "dự phòng" (preventive) is a noun of a name, not the verb "dự" (attends) that ends one (name_words.tsv).
- A numbered region ("khu vực II") closes the name of the body it is one of ("Chi cục Hải quan khu vực II").
- The superior people's courts and procuracies are named by the city they sit in ("Tòa án nhân dân cấp cao
  tại Đà Nẵng", one of three): organizations.tsv rows with the flag "at", read with no name of their own.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_unit_named_for_two_acts_joined_by_a_comma_keeps_both():
    assert facts("Ông Lê Văn An, Cục trưởng Cục Quản lý khám, chữa bệnh, Bộ Y tế, phát biểu.") == {
        ("Lê Văn An", "Cục trưởng", "Cục Quản lý khám, chữa bệnh", "holds")}
    assert facts("Ông Lê Văn An, Vụ trưởng Vụ Giải quyết khiếu nại, tố cáo, phát biểu.") == {
        ("Lê Văn An", "Vụ trưởng", "Vụ Giải quyết khiếu nại, tố cáo", "holds")}


def test_preventive_is_part_of_a_health_centre_s_name():
    assert facts("Ông Lê Văn An, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh Hải Dương, phát biểu.") == {
        ("Lê Văn An", "Phó Giám đốc", "Trung tâm Y tế dự phòng tỉnh Hải Dương", "holds")}


def test_a_superior_court_is_named_by_its_city():
    assert facts("Ông Lê Văn An, Phó Chánh án TAND cấp cao tại Đà Nẵng, phát biểu.") == {
        ("Lê Văn An", "Phó Chánh án", "TAND cấp cao tại Đà Nẵng", "holds")}
    assert orgs_of("Hôm qua, Viện kiểm sát nhân dân cấp cao tại Hà Nội đã kháng nghị.") == {
        ("Viện kiểm sát nhân dân cấp cao tại Hà Nội", "Viện kiểm sát nhân dân cấp cao tại Hà Nội")}
    assert orgs_of("Viện kiểm sát nhân dân cấp cao tại Đà Nẵng cử Kiểm sát viên Lê Thị Hà tham gia phiên tòa.") == {
        ("Viện kiểm sát nhân dân cấp cao tại Đà Nẵng", "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng")}


def test_a_numbered_region_is_part_of_the_body_s_name():
    assert facts("Ông Lê Văn An, Chi cục trưởng Chi cục Hải quan khu vực II, phát biểu.") == {
        ("Lê Văn An", "Chi cục trưởng", "Chi cục Hải quan khu vực II", "holds")}
    assert orgs_of("Cục Xuất nhập khẩu gửi văn bản tới Chi cục Thuế khu vực 1 và Chi cục Thuế khu vực 3.") >= {
        ("Chi cục Thuế khu vực 1", "Chi cục Thuế khu vực 1"), ("Chi cục Thuế khu vực 3", "Chi cục Thuế khu vực 3")}
