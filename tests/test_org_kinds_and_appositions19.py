"""Organizations, nineteenth round (issue 15): kinds of bodies that are no body, a department
written short for the one the report places, and where a name ends.

- A province's or a district's department written by its field with no place, then a level or a
  plural of places ("Sở Tư pháp cấp tỉnh", "Phòng Nội vụ cấp huyện", "Sở Y tế các tỉnh"), is the
  department of each, no organization; so is a council "cùng cấp" (of the same level), and a bare
  body listed before one the list's end makes a kind ("Thường trực HĐND, Chủ tịch UBND các cấp").
- A district's department written by its field alone ("Phòng Nội vụ") where the report places that
  department once ("Phòng Nội vụ huyện X") is that department.
- A state's full name after a spaced dash says where the body is ("Trường Đại học X – Cộng hòa
  Liên bang Đức"), not a word of its name; a dash between two places stays inside a friendship
  body's name.
- A place's one-syllable name after a head ends the name ("Đại học Huế thành ..."): the next
  lower-case syllable is the sentence's, not the name's.
- "và" then a document type and "của" ("Công điện của ...") starts another phrase.
- A level word alone before a list of levels ("Chi cục X quận, huyện") is no word of the name.

Sentences are ours, in the shape of the reports'; the names are made up.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import report


def names(text: str) -> set[str]:
    return {o.name for o in report("t", text).organizations}


def test_a_department_of_a_level_is_a_kind_of_department():
    got = names("Theo chỉ thị, Bộ Tư pháp, Sở Tư pháp cấp tỉnh, Phòng Tư pháp cấp huyện rà soát hồ sơ; "
                "Sở Y tế các tỉnh, thành phố báo cáo trước ngày 15/3.")
    assert got == {"Bộ Tư pháp"}


def test_a_council_of_the_same_level_is_a_kind_of_council():
    assert "Hội đồng nhân dân" not in names("Người được giới thiệu để Hội đồng nhân dân cùng cấp bầu làm thành "
                                            "viên đã được thẩm định.")


def test_a_bare_body_listed_before_a_kind_of_body_is_a_kind_too():
    assert names("Nhân sự ứng cử Thường trực Hội đồng nhân dân, Chủ tịch Ủy ban nhân dân các cấp "
                 "phải được thẩm định.") == set()


def test_a_district_department_written_short_is_the_one_the_report_places():
    ex = report("t", "Ông Trần Văn Bình, Trưởng Phòng Tư pháp huyện Krông Nô, cho biết Phòng Tư pháp "
                     "đã rà soát toàn bộ hồ sơ.")
    assert {o.name for o in ex.organizations} == {"Phòng Tư pháp huyện Krông Nô"}


def test_two_placed_departments_leave_the_short_one_alone():
    got = names("Phòng Tư pháp huyện Krông Nô và Phòng Tư pháp huyện Cư Jút đã ký kết. Phòng Tư pháp "
                "sẽ báo cáo kết quả.")
    assert {"Phòng Tư pháp huyện Krông Nô", "Phòng Tư pháp huyện Cư Jút"} <= got


def test_a_state_after_a_dash_says_where_the_body_is():
    got = names("Năm 1975, ông học tại Trường Đại học Bách khoa Dresden – Cộng hòa Dân chủ Đức.")
    assert "Trường Đại học Bách khoa Dresden" in got


def test_a_dash_between_two_places_stays_in_a_friendship_name():
    got = names("Ông là Chủ tịch Hội Hữu nghị Việt - Lào tỉnh Nghệ An.")
    assert any(n.startswith("Hội Hữu nghị Việt - Lào") for n in got)


def test_a_one_syllable_place_ends_the_name_after_a_head():
    got = names("Tỉnh đề nghị phát triển Đại học Vinh thành đại học trọng điểm giai đoạn 2021-2025.")
    assert got == {"Đại học Vinh"}


def test_a_name_first_syllable_still_takes_its_second():
    assert names("Bài viết đăng trên Tạp chí Cộng sản số ra tháng 3.") == {"Tạp chí Cộng sản"}


def test_and_then_a_document_of_a_body_ends_the_name():
    got = names("Thực hiện Công điện của Tổng cục Thuế và Công điện của Chủ tịch UBND tỉnh Đắk Nông, "
                "Cục tổ chức kiểm tra.")
    assert "Tổng cục Thuế" in got
    assert not any("Công điện" in n for n in got)


def test_a_level_word_before_a_list_of_levels_is_no_name_word():
    got = names("Cục họp với các Chi cục trưởng Chi cục Thuế quận, huyện, thị xã trực thuộc.")
    assert not any(n.startswith("Chi cục Thuế quận") for n in got)


def test_a_central_body_listed_before_a_kind_stays():
    got = names("Cử tri chuẩn bị bầu cử Quốc hội khóa XVI và Hội đồng nhân dân các cấp vào tháng 3.")
    assert any(n.startswith("Quốc hội") for n in got)
    assert "Hội đồng nhân dân" not in got


def test_and_a_count_of_others_ends_the_name():
    got = names("Dự hội nghị có ông Lê Văn Hòa, Giám đốc Công ty CP Giống cây trồng Hòa Bình và một số DN khác.")
    assert "Công ty cổ phần Giống cây trồng Hòa Bình" in got or "Công ty CP Giống cây trồng Hòa Bình" in got
    assert not any("DN" in n for n in got)


def test_a_board_of_several_named_parks():
    assert names("Hội nghị do Ban Quản lý các KCN Hải Dương tổ chức.") == {"Ban Quản lý các KCN Hải Dương"}


def test_a_district_department_of_two_fields_joined_by_a_dash():
    assert names("Tại Phòng Tài chính - Kế hoạch huyện Ba Bể, hồ sơ bị sửa.") == {
        "Phòng Tài chính - Kế hoạch huyện Ba Bể"}


def test_a_city_committee_written_with_its_level_word_is_one_committee():
    ex = report("t", "Ủy ban Kiểm tra yêu cầu Ban Thường vụ Thành ủy Buôn Ma Thuột kiểm điểm. Việc lãnh đạo của "
                     "Ban Thường vụ Thành ủy thành phố Buôn Ma Thuột còn hạn chế.")
    by_name = {o.name for o in ex.organizations if "Thường vụ" in o.name}
    assert by_name == {"Ban Thường vụ Thành ủy Buôn Ma Thuột"}


@pytest.mark.parametrize(("text", "name"), [
    # a bare body with a person's post in it, listed before a placed one, stays
    ("Ông Lê Văn Hòa, Chủ tịch HĐND, Chủ tịch UBND xã Tân Hòa, phát biểu.", "Ủy ban nhân dân xã Tân Hòa"),
    # the province's military Party committee (organizations.tsv), beside the central one
    ("Ông Trần Văn Hậu, Bí thư Đảng ủy Quân sự tỉnh Bạc Liêu, phát biểu.", "Đảng ủy Quân sự tỉnh Bạc Liêu"),
    # a steering committee's task ending in lower case before the verb
    ("Ông Lê Văn Hòa, Trưởng Ban Chỉ đạo Sắp xếp và Đổi mới doanh nghiệp chủ trì cuộc họp.",
     "Ban Chỉ đạo Sắp xếp và Đổi mới doanh nghiệp"),
    # a numbered district keeps its level word
    ("Ông Lê Văn Hòa, Bí thư Quận ủy quận 8, phát biểu.", "Quận ủy quận 8"),
])
def test_a_name_read_in_full(text, name):
    assert name in names(text)


def test_a_name_ends_before_on():
    assert names("Năm 1937, ông được kết nạp vào Đảng Cộng sản Đông Dương trên đất Campuchia.") == {
        "Đảng Cộng sản Đông Dương"}
