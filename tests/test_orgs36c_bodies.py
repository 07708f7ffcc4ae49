"""Organizations, thirty-sixth round (c): a bank's division named by its work in lower case ("Khối Quản lý
rủi ro"); the 2025 commune Party board "Ban Xây dựng Đảng" of its "Đảng ủy xã"; the commune Youth Union
written "Đoàn xã X" (but "Đoàn Hà Nội" is a delegation); an advisory group "Tổ tư vấn" named like a working group.

The sentences are our own, written in the shape of wtune36 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_a_bank_division_named_in_lower_case_keeps_its_name_and_the_appointment_after_it():
    got = pipeline_posts("Hội đồng quản trị bổ nhiệm bà Đào Thị Mến, Giám đốc Khối Thẩm định tín dụng, làm Phó Tổng "
                         "Giám đốc Ngân hàng TMCP Quân đội.", "Bổ nhiệm nhân sự")
    assert got == {("Đào Thị Mến", "Giám đốc", "Khối Thẩm định tín dụng", "holds"),
                   ("Đào Thị Mến", "Phó Tổng Giám đốc", "Ngân hàng TMCP Quân đội", "appointed")}


def test_the_party_building_board_of_a_commune_party_committee():
    got = pipeline_posts("Ông Phan Văn Hữu, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mường Lát, phát biểu.", "Hội nghị")
    assert got == {("Phan Văn Hữu", "Trưởng", "Ban Xây dựng Đảng Đảng ủy xã Mường Lát", "holds")}
    assert {name for name, _ in pipeline_orgs("Ông Phan Văn Hữu, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mường Lát, "
                                              "phát biểu.")} == {"Ban Xây dựng Đảng Đảng ủy xã Mường Lát",
                                                                 "Đảng ủy xã Mường Lát"}


def test_the_youth_union_of_a_commune_written_doan_xa():
    got = pipeline_posts("Ông Lý Văn Quý, Bí thư Đoàn xã Hòa Bình, phát biểu.", "Hội nghị")
    assert got == {("Lý Văn Quý", "Bí thư", "Đoàn xã Hòa Bình", "holds")}
    # but before a province or an unnamed commune "Đoàn" is a delegation or a common word
    assert pipeline_orgs("Đoàn Hà Nội giành 5 huy chương. Đoàn tỉnh Bắc Giang do ông Lê Văn Hải dẫn đầu. "
                         "Đoàn xã viên đến dự.") == []


def test_an_advisory_group_is_named_like_a_working_group():
    assert pipeline_orgs("Tổ tư vấn đặc biệt hỗ trợ doanh nghiệp Nhật Bản làm việc với tỉnh.") == [
        ("Tổ tư vấn đặc biệt hỗ trợ doanh nghiệp Nhật Bản", "Tổ tư vấn đặc biệt hỗ trợ doanh nghiệp Nhật Bản")]

