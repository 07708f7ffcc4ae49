"""Organizations, thirty-sixth round (b): "Hội" inside a village's or a commune's name is a syllable of
the place; a company's brand that looks like a two-syllable name closes the company's name; a unit's field
runs to its own code in brackets, through a comma list after "về"; a neighbouring country's province after
"tỉnh" closes the body; a time word ("năm xưa") ends a body's name.

The sentences are our own, written in the shape of wtune36 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_hoi_inside_a_village_name_is_part_of_the_place():
    got = pipeline_posts("Ông Chu Văn Lý, Trưởng thôn Đông Hội, phát biểu.", "Họp dân")
    assert ("Chu Văn Lý", "Trưởng thôn", "thôn Đông Hội", "holds") in got


def test_hoi_inside_a_commune_name_is_no_association():
    got = pipeline_orgs("Ông Lò Văn Tú, Chủ tịch UBND xã Tân Hội Trung, phát biểu. Ông sinh tại xã Mỹ Hội Đông.")
    assert got == [("Ủy ban nhân dân xã Tân Hội Trung", "UBND xã Tân Hội Trung")]


def test_an_association_named_after_a_commune_with_hoi_in_its_name_is_still_read():
    got = pipeline_orgs("Ông Lò Văn Tú, Chủ tịch Hội Nông dân xã Vĩnh Hội, phát biểu.")
    assert got == [("Hội Nông dân xã Vĩnh Hội", "Hội Nông dân xã Vĩnh Hội")]


def test_a_company_brand_that_looks_like_a_name_closes_the_company_name_a_holder_after_it_does_not():
    got = pipeline_posts("Ông Trần Quốc Khánh, Giám đốc Công ty TNHH Thiết bị Khoa học Phạm Gia, bị bắt.", "Khởi tố")
    assert got == {("Trần Quốc Khánh", "Giám đốc", "Công ty TNHH Thiết bị Khoa học Phạm Gia", "holds")}
    got = pipeline_posts("Giám đốc Công ty TNHH Thương mại Dịch vụ Tân Quang Lê Hải đã về dự.", "Hội nghị")
    assert ("Lê Hải", "Giám đốc", "Công ty TNHH Thương mại Dịch vụ Tân Quang", "holds") in got


def test_a_unit_field_runs_to_its_own_code_in_brackets():
    got = pipeline_posts("Đại tá Vũ Văn Lâm, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma tuý (C04), Bộ Công an, "
                         "cho biết.", "Tin an ninh")
    assert ("Vũ Văn Lâm", "Cục trưởng", "Cục Cảnh sát điều tra tội phạm về ma tuý", "holds") in got


def test_a_unit_field_runs_through_a_comma_list_after_ve_to_its_code():
    got = pipeline_orgs("Đại tá Vũ Văn Lâm, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn "
                        "lậu (C03), Bộ Công an, cho biết.")
    assert got[0][1] == "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"


def test_a_neighbouring_province_after_a_body_is_its_place_not_a_person():
    got = pipeline_posts("Ông Thạch Sô Phon, Trưởng Ty Công an tỉnh Kampong Cham, dự hội nghị.", "Giao lưu")
    assert got == {("Thạch Sô Phon", "Trưởng", "Ty Công an tỉnh Kampong Cham", "holds")}


def test_a_time_word_after_a_body_is_no_part_of_its_name():
    assert pipeline_orgs("Nhiều cựu cán bộ Ty Thủy lợi năm xưa tỉnh Thái Bình về dự.")[0][1] == "Ty Thủy lợi"


def test_a_numbered_ward_keeps_its_number_a_count_after_a_commune_does_not():
    got = pipeline_posts("Ông Đỗ Minh Hải, Chủ tịch UBND phường Mỹ Đình 2, phát biểu.", "Hội nghị")
    assert got == {("Đỗ Minh Hải", "Chủ tịch", "UBND phường Mỹ Đình 2", "holds")}
    got = pipeline_posts("Ông Lò Văn Tú làm Chủ tịch UBND xã Tân Lập 5 năm.", "Hội nghị")
    assert ("Lò Văn Tú", "Chủ tịch", "UBND xã Tân Lập", "holds") in got


def test_a_bank_board_written_with_the_brand_the_report_defines_in_brackets_is_one_board():
    got = pipeline_orgs("Ông Trần Minh Bình, Chủ tịch Hội đồng quản trị Ngân hàng TMCP Công Thương Việt Nam "
                        "(VietinBank), phát biểu. Hội đồng quản trị VietinBank đã bổ nhiệm ông Nguyễn Văn Hùng.")
    assert {name for name, _ in got} == {"Ngân hàng TMCP Công Thương Việt Nam",
                                         "Hội đồng quản trị Ngân hàng TMCP Công Thương Việt Nam"}
