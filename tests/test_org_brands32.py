"""Firms, chambers and an outlet the reports name by a brand or an acronym alone, or by a name written
in lower case or several ways (orgs32, audit25 rows: PTSC, SAWACO, ACV, EuroCham, AmCham, VN Pharma,
Infonet; Formosa and PVC, each in many corpus reports): one body each, from organizations.tsv. The
sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def orgs(text: str) -> list[tuple[str, str]]:
    return pipeline_orgs(text, date="2017-05-03")


def names(text: str) -> list[str]:
    return [name for name, _ in orgs(text)]


def test_a_firm_named_in_lower_case_with_its_acronym_and_later_by_the_acronym():
    assert names("Bộ cho phép Tổng công ty xây lắp dầu khí (PVC) vay vốn. Sau đó Tổng công ty PVC thua lỗ.") == [
        "Tổng công ty Cổ phần Xây lắp Dầu khí Việt Nam"] * 3


def test_an_acronym_alone_as_the_speaker():
    assert names('"Sẽ giải phóng mặt bằng đúng tiến độ" - ACV cho hay.') == ["Tổng công ty Cảng hàng không Việt Nam"]


def test_a_chamber_named_with_its_place_and_acronym():
    assert names("Bà Lan, đại diện Hiệp hội Thương mại Hoa Kỳ tại Việt Nam (AmCham), kiến nghị bỏ quy định.") == [
        "Phòng Thương mại Hoa Kỳ tại Việt Nam"] * 2


def test_the_steel_maker_by_its_brand_and_the_outlet_by_its_name():
    assert names("Theo Infonet, tỉnh đã cho Formosa tự giải phóng mặt bằng.") == [
        "Infonet", "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh"]


def test_the_party_committee_abroad_and_its_standing_board():
    assert names("Ông Lê Văn Hà (nguyên Bí thư Đảng uỷ Ngoài nước) chịu trách nhiệm. Ban Thường vụ Đảng uỷ "
                 "Ngoài nước đã để xảy ra mất đoàn kết.") == [
        "Đảng ủy Ngoài nước", "Đảng ủy Ngoài nước", "Ban Thường vụ Đảng ủy Ngoài nước"]


def test_the_national_airline_by_its_brand_inside_a_board_s_name():
    assert names("Ông từng là Chủ tịch Hội đồng thành viên Vietnam Airlines.") == [
        "Tổng công ty Hàng không Việt Nam", "Hội đồng thành viên Tổng công ty Hàng không Việt Nam"]
