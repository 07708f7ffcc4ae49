"""Bodies the rules read short or not at all before round 21: a province's government organisation
board ("Ban Tổ chức chính quyền tỉnh", the Sở Nội vụ before it), a commune's military command
written "BCH quân sự", the social policy bank and its abbreviation NHCSXH, the Inter-Parliamentary
Union (IPU), a foreign parliament's chamber written in full ("Hạ nghị viện"), a country named in its
state's full form after a foreign body ("Quốc hội Vương quốc ..."), funeral committees ("Ban Lễ tang
Nhà nước") and a ward or commune whose name ends with a capital letter ("phường Tân Hòa A").
Sentences written for these tests; the people and most places in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_province_s_government_organisation_board_in_either_case():
    assert org_names("Bà Thu, Phó trưởng ban tổ chức chính quyền tỉnh, phát biểu.") == {
        "Ban Tổ chức chính quyền tỉnh"}
    assert org_names("Ông Khánh là chuyên viên Ban Tổ chức chính quyền tỉnh Lạng Sơn.") == {
        "Ban Tổ chức chính quyền tỉnh Lạng Sơn"}


def test_bch_before_military_is_the_military_command_not_an_executive_committee():
    assert org_names("Ông Tài, Chỉ huy trưởng BCH quân sự xã Tân An, dự họp.") == {"Ban Chỉ huy quân sự xã Tân An"}


def test_the_social_policy_bank_written_in_full_or_abbreviated():
    assert org_names("Bà Hạnh, Giám đốc NHCSXH tỉnh Hà Nam, báo cáo.") == {"Ngân hàng Chính sách xã hội tỉnh Hà Nam"}
    assert org_names("Vốn được ủy thác qua Ngân hàng Chính sách xã hội Việt Nam.") == {"Ngân hàng Chính sách xã hội"}


def test_the_inter_parliamentary_union_by_its_name_or_acronym():
    assert org_names("Tổng thư ký IPU Mark Lennon phát biểu.") == {"Liên minh Nghị viện Thế giới"}
    assert org_names("Hội nghị do Liên minh Nghị viện thế giới tổ chức.") == {"Liên minh Nghị viện Thế giới"}


def test_a_foreign_chamber_written_in_full_keeps_its_country():
    assert org_names("Chủ tịch Hạ nghị viện Malaysia Tan Ah Kow dự họp.") == {"Hạ nghị viện Malaysia"}


def test_a_country_in_its_state_s_full_form_after_a_foreign_body():
    assert org_names("Chủ tịch Quốc hội Vương quốc Campuchia Chea Sim tiếp đoàn.") == {"Quốc hội Vương quốc Campuchia"}
    assert org_names("Chủ tịch Quốc hội Campuchia Chea Sim tiếp đoàn.") == {"Quốc hội Campuchia"}


def test_funeral_committees_are_bodies():
    assert org_names("Bộ Chính trị đã lập ban Lễ tang Nhà nước gồm 25 đồng chí.") >= {"Ban Lễ tang Nhà nước"}
    assert org_names("Trưởng Ban lễ tang là đồng chí Lê Văn Hòa.") == {"Ban Lễ tang"}


def test_a_local_place_s_closing_capital_letter_is_part_of_its_name():
    assert org_names("Bà Lụa là Chủ tịch UBND phường Tân Hòa Đông A, quận Bình Tân.") == {
        "Ủy ban nhân dân phường Tân Hòa Đông A"}
    assert org_names("Ông Hải, Bí thư Đảng ủy xã Vĩnh Phú B, phát biểu.") == {"Đảng ủy xã Vĩnh Phú B"}
    assert org_names("Ông Hải là Chủ tịch UBND xã Tân Thạnh Tây. Y tế xã báo cáo.") \
        == {"Ủy ban nhân dân xã Tân Thạnh Tây"}


def test_a_funeral_committee_keeps_the_person_it_mourns_in_its_name():
    assert org_names("Sáng 5/4, Ban lễ tang nguyên Chủ tịch nước Lê Văn Tâm đã họp.") == {
        "Ban Lễ tang nguyên Chủ tịch nước Lê Văn Tâm"}
    assert org_names("Ban Lễ tang đồng chí Trần Văn Lộc gồm 19 người.") == {"Ban Lễ tang đồng chí Trần Văn Lộc"}
    assert org_names("Phó Ban lễ tang là đồng chí Trần Văn Lộc.") == {"Ban Lễ tang"}


def test_a_front_working_committee_of_a_village_or_residential_area():
    assert org_names("Ông Tư, Trưởng ban công tác Mặt trận ấp Phú Hòa, phát biểu.") \
        == {"Ban Công tác Mặt trận ấp Phú Hòa"}
    assert org_names("Chi ủy giao Ban công tác Mặt trận vận động bà con.") == {"Ban Công tác Mặt trận"}
