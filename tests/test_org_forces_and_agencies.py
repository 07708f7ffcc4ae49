"""Bodies the organization table did not know (issue 15, misses on blind8): the armed forces and the
police as bodies ("Công an nhân dân", "Quân đội nhân dân Việt Nam"), the police investigation
agency, publishing houses, a field written as an abbreviation ("Sở TDTT"); and a law named after a
body is no mention of that body. Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import officials, orgs_of, posts_of


def test_the_police_and_the_army_are_bodies():
    assert orgs_of("Buổi lễ tôn vinh lực lượng Công an nhân dân và Quân đội nhân dân Việt Nam.") == {
        ("Công an nhân dân", "Công an nhân dân"), ("Quân đội nhân dân Việt Nam", "Quân đội nhân dân")}


def test_another_country_s_army_is_that_country_s():
    assert orgs_of("Quân đội nhân dân Lào cử đoàn sang thăm.") == {
        ("Quân đội nhân dân Lào", "Quân đội nhân dân Lào")}


def test_the_armed_police_of_a_city_is_one_body_with_its_place():
    assert orgs_of("Công an nhân dân vũ trang TP Hải Phòng đón nhận huân chương.") == {
        ("Công an nhân dân vũ trang TP Hải Phòng", "Công an nhân dân vũ trang thành phố Hải Phòng")}


def test_a_force_at_the_end_of_a_department_s_name_is_part_of_the_name():
    """ "Tổng cục Chính trị Quân đội nhân dân Việt Nam" is one body, as the report writes it."""
    assert orgs_of("Ông Lê Văn Khải, Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, dự.") == {
        ("Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Tổng cục Chính trị Quân đội nhân dân Việt Nam")}


def test_a_delegation_of_the_police_names_no_bare_police_body():
    assert ("Công an", "Công an") not in orgs_of("Dự lễ có đoàn đại biểu Công an nhân dân do ông Lê Văn Khải dẫn đầu.")


def test_the_police_investigation_agency_and_its_parent():
    assert orgs_of("Cơ quan CSĐT Công an huyện Diễn Châu đã khởi tố vụ án.") == {
        ("Công an huyện Diễn Châu", "Công an huyện Diễn Châu"),
        ("Cơ quan CSĐT Công an huyện Diễn Châu", "Cơ quan Cảnh sát điều tra Công an huyện Diễn Châu")}
    assert orgs_of("Hôm qua, Cơ quan Cảnh sát điều tra đã bắt giữ hai người.") == {
        ("Cơ quan Cảnh sát điều tra", "Cơ quan Cảnh sát điều tra")}


def test_an_office_of_the_investigation_agency_holds_a_post():
    ex = officials("Ông Trần Văn Lộc, Chánh Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an, cho biết.")
    assert posts_of(ex) == {("Trần Văn Lộc", "Chánh",
                             "Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an")}


def test_a_publishing_house_by_its_name():
    assert orgs_of("Sách do Nhà xuất bản Tri thức ấn hành năm nay.") == {
        ("Nhà xuất bản Tri thức", "Nhà xuất bản Tri thức")}
    assert orgs_of("Ông Lê Văn Khải làm việc ở Nhà xuất bản Chính trị quốc gia Sự thật đến năm 2010.") == {
        ("Nhà xuất bản Chính trị quốc gia Sự thật", "Nhà xuất bản Chính trị quốc gia Sự thật")}


def test_a_department_s_field_written_as_an_abbreviation():
    assert orgs_of("Thanh tra kiến nghị kiểm điểm Sở TDTT thành phố.") >= {
        ("Sở TDTT thành phố", "Sở Thể dục Thể thao thành phố")}


def test_a_law_named_after_a_body_is_no_mention_of_it():
    assert orgs_of("Quốc hội thông qua Luật Công an nhân dân và Luật HĐND.") == {("Quốc hội", "Quốc hội")}
    # but a body after "kỷ luật" (discipline) is one
    assert ("Ban Thường vụ Tỉnh ủy Hà Giang", "Ban Thường vụ Tỉnh ủy Hà Giang") in orgs_of(
        "Ban Bí thư thi hành kỷ luật Ban Thường vụ Tỉnh ủy Hà Giang.")


def test_the_assembly_s_petition_committee_written_in_lower_case_after_its_head_s_title():
    ex = officials("Trưởng ban dân nguyện QH Trần Văn Lộc cho biết cử tri gửi nhiều kiến nghị.")
    assert posts_of(ex) == {("Trần Văn Lộc", "Trưởng", "ban dân nguyện QH")}
    assert {o.name for o in ex.organizations} == {"Ban Dân nguyện của Quốc hội", "Quốc hội"}
    assert {o.name for o in officials("Ban Dân nguyện của Ủy ban Thường vụ Quốc hội đã họp.").organizations} == {
        "Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"}
