"""Bodies the rules read short or not at all before round 20: another country's provincial Party
committee ("Tỉnh ủy" + a foreign place), a company written by its brand after a lower-case head and
trade ("công ty nhựa ..."), ministries or departments listed with their head written once ("Bộ
Công nghiệp, Thủy sản", "các bộ: Y tế, Tài chính"), standing councils and boards named by their
task in lower case ("Hội đồng thẩm định", "Ban chấm thi"), a military group by its number ("Đoàn
559") and an outlet named as a source ("Tuổi Trẻ Online", ".../VOV.VN"). Sentences written for
these tests; the people and most places in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_provincial_committee_of_a_foreign_province_keeps_that_province():
    assert org_names("Ông Kim Chol Su, Bí thư Tỉnh ủy Hamgyong, dự tiệc chiêu đãi.") == {"Tỉnh ủy Hamgyong"}
    assert org_names("Năm 2001, ông làm Bí thư Thứ nhất Tỉnh ủy Santa Rosa.") == {"Tỉnh ủy Santa Rosa"}


def test_a_vietnamese_place_or_person_after_the_committee_is_read_as_before():
    assert org_names("Ông Hòa là Bí thư Tỉnh ủy Gia Lai.") == {"Tỉnh ủy Gia Lai"}
    assert "Thành ủy Pleiku" not in org_names("Ông Thuân là Bí thư Thành ủy Pleiku.") - {"Thành ủy Pleiku"}
    assert org_names("Phó Bí thư Tỉnh ủy Trần Văn Hòa phát biểu.") == {"Tỉnh ủy"}


def test_a_company_s_head_and_trade_in_lower_case_before_its_brand():
    assert org_names("Đoàn đã thăm công ty nhựa Minh Phát ở Hải Dương.") == {"Công ty nhựa Minh Phát"}
    assert org_names("Ông Lâm làm việc với ban lãnh đạo tập đoàn Hưng Long.") == {"Tập đoàn Hưng Long"}
    assert org_names("Khu vực công ty cổ phần Sông Đà Mới bị ô nhiễm.") == {"Công ty cổ phần Sông Đà Mới"}


def test_a_lower_case_company_head_before_anything_but_a_trade_and_a_name_is_no_company():
    assert org_names("Một công ty tại Hà Nội và một tập đoàn Nhật Bản góp vốn.") == set()
    assert org_names("Anh Sơn là thợ giỏi của công ty Điện lực Phú Mỹ.") == {"Công ty Điện lực Phú Mỹ"}


def test_fields_listed_after_a_head_written_once_are_bodies_of_that_head():
    # the bare fields are read as that head's bodies (not words of the first name), but since round 26
    # they are no organizations of the report by themselves (tests/gold/README.md: bare fields in a list)
    assert org_names("Ông Khải, Bộ trưởng Bộ Công nghiệp, Thủy sản, Giao thông vận tải, phát biểu.") == {
        "Bộ Công nghiệp"}
    assert org_names("Dự họp có lãnh đạo Sở Y tế, Giáo dục và Đào tạo.") == {"Sở Y tế"}


def test_a_field_that_is_a_body_itself_or_one_department_of_two_fields_is_not_split():
    assert "Bộ Công an" not in org_names("Dự họp có Sở Tài chính, Công an tỉnh, Sở Nội vụ.")
    assert org_names("Bà Hoa là Giám đốc Sở Thương mại và Du lịch tỉnh.") == {"Sở Thương mại - Du lịch tỉnh"}
    assert org_names("Ông Lâm, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, phát biểu.") == {
        "Bộ Văn hóa, Thể thao và Du lịch"}


def test_a_colon_after_a_plural_head_opens_a_list_of_its_fields():
    # its fields are that head's bodies, but bare fields in a list are no organizations of the report
    # (tests/gold/README.md, round 26): nothing is listed, and no field is read as another body
    assert org_names("Sẽ trả lời chất vấn các bộ trưởng các bộ: Công nghiệp, Y tế; Tài chính.") == set()
    assert org_names("Các Bộ: Xây dựng, NN&MT đã góp ý.") == set()
    assert org_names("Các sở: ông Hòa nói thêm.") == set()


def test_standing_councils_and_boards_named_by_their_task():
    assert org_names("Hội đồng thẩm định (Bộ Xây dựng) đã yêu cầu sửa hồ sơ.") == {"Hội đồng thẩm định", "Bộ Xây dựng"}
    assert org_names("Ông Bình là Thư ký Hội đồng thi, Thư ký Ban coi thi và Ban chấm thi.") == {
        "Hội đồng thi", "Ban coi thi", "Ban chấm thi"}
    assert org_names("Ông Tâm, Chủ tịch Hội đồng thi tuyển công chức tỉnh Bắc Kạn, ký quyết định.") == {
        "Hội đồng thi tuyển công chức tỉnh Bắc Kạn"}


def test_a_military_group_by_its_number_but_not_a_delegation_or_a_family_name():
    assert org_names("Ông Quang từng là Chính ủy Đoàn 612 trong kháng chiến.") == {"Đoàn 612"}
    assert org_names("Đoàn Văn Hậu về quê. Đoàn 30 người đã đến thăm.") == set()


def test_an_outlet_named_as_a_source():
    assert org_names("Nguồn tin Tuổi Trẻ Online cho biết Ban Bí thư đã họp.") == {"Báo Tuổi Trẻ", "Ban Bí thư"}
    assert org_names("Ông Hòa được bầu làm Bí thư. Minh An/VOV.VN") == {"Đài Tiếng nói Việt Nam"}


def test_a_company_written_with_its_trade_is_the_one_written_with_its_legal_form():
    text = "Khu vực công ty cổ phần Sông Đà Mới bị ô nhiễm. Công ty thép Sông Đà Mới hứa khắc phục."
    assert org_names(text) == {"Công ty cổ phần Sông Đà Mới"}


def test_the_lao_party_written_with_its_initials_is_the_lao_party():
    assert org_names("Đại hội VIII Đảng NDCM Lào đã thành công.") == {"Đảng Nhân dân Cách mạng Lào"}


def test_a_place_after_bodies_listed_with_dashes_is_each_body_s_place():
    text = "Sáng 27-4, Thành ủy - HĐND - UBND - Ủy ban MTTQ TP Cần Thơ đã tổ chức mít tinh."
    assert org_names(text) == {"Thành ủy Cần Thơ", "Hội đồng nhân dân thành phố Cần Thơ",
                            "Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"}
