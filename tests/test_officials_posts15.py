"""Posts on reports nobody tuned for (issue 15), fifteenth round: shapes read in mid14's misses.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# a unit's title, the body the unit belongs to, then the name (no mark between)

def test_a_department_written_with_its_ministry_before_the_name():
    got = facts("Tại buổi lễ, Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ Lò Văn Tám đọc quyết định.")
    assert got == {("Lò Văn Tám", "Vụ trưởng", "Vụ Tổ chức cán bộ Bộ Nội vụ", "holds")}


def test_a_deputy_head_of_a_department_of_a_ministry_written_short():
    got = facts("Phó Cục trưởng Cục Thuế Bộ Tài chính Hà Văn Khải cho biết số thu đã vượt dự toán.")
    assert got == {("Hà Văn Khải", "Phó Cục trưởng", "Cục Thuế Bộ Tài chính", "holds")}


def test_a_body_of_another_branch_after_the_title_is_not_its_parent():
    # the Central Committee of a mass association is no unit of the Party's
    got = facts("Chủ tịch BCH T.Ư Hội Nông dân Việt Nam Lò Văn Tám phát biểu.")
    assert not any(f[2] is not None and "Hội Nông dân" in f[2] and f[2].startswith("BCH") for f in got)
    assert ("Lò Văn Tám", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds") not in got


# a career list whose item names its department after a comma, then ";"

def test_a_career_item_closed_by_its_department_does_not_end_the_list():
    got = facts("Ông Lò Văn Tám từng giữ các chức vụ: chuyên viên, trưởng phòng Kế hoạch, Sở Tài chính "
                "Lai Châu; Phó giám đốc Sở Tài chính Lai Châu; Bí thư Huyện ủy Tam Đường.")
    assert ("Lò Văn Tám", "Phó giám đốc", "Sở Tài chính Lai Châu", "former") in got
    assert ("Lò Văn Tám", "Bí thư", "Huyện ủy Tam Đường", "former") in got


def test_a_body_alone_before_another_persons_title_ends_the_list():
    got = facts("Dự có ông Lò Văn Tám, Giám đốc Sở Tài chính, Công an tỉnh Lai Châu; "
                "Phó Chủ tịch UBND huyện Nguyễn Văn Hùng.")
    assert ("Nguyễn Văn Hùng", "Phó Chủ tịch", "UBND huyện", "holds") in got
    assert not any(f[0] == "Lò Văn Tám" and f[1] == "Phó Chủ tịch" for f in got)


# a parenthesis telling when a title was held

def test_a_title_held_at_the_time_the_parenthesis_tells():
    got = facts("Ông Lò Văn Tám, Chủ tịch UBND xã Tân Lập (thời điểm cấp đất là Phó Chủ tịch UBND xã) "
                "được cấp 3 thửa đất.")
    assert got == {("Lò Văn Tám", "Chủ tịch", "UBND xã Tân Lập", "holds"),
                   ("Lò Văn Tám", "Phó Chủ tịch", "UBND xã Tân Lập", "former")}  # the commune named once


def test_titles_held_when_a_person_was_moved():
    got = facts("Ông Hà Văn Khải (thời điểm luân chuyển là Ủy viên dự khuyết Trung ương Đảng, "
                "Thứ trưởng Bộ Xây dựng) nay là Bí thư Tỉnh ủy Lai Châu.")
    assert ("Hà Văn Khải", "Thứ trưởng", "Bộ Xây dựng", "former") in got
    assert ("Hà Văn Khải", "Ủy viên dự khuyết", "Trung ương Đảng", "former") in got


def test_a_title_held_when_something_was_done():
    got = facts("Đơn thư tố cáo bà Lò Thị Mai (khi làm Phó Chủ tịch UBND tỉnh Lai Châu) đã giúp sức "
                "cho công ty của chồng.")
    assert got == {("Lò Thị Mai", "Phó Chủ tịch", "UBND tỉnh Lai Châu", "former")}


def test_a_time_in_parentheses_without_a_title_gives_nothing():
    assert facts("Ông Lò Văn Tám (lúc 8 giờ sáng) làm việc với lãnh đạo huyện.") == set()


# the standing deputy of a Ban written "Phó ban Thường trực Ban X"

def test_a_standing_deputy_head_written_with_the_short_noun():
    got = facts("Ông Hà Văn Khải, Phó ban Thường trực Ban Dân vận Trung ương, dự hội nghị.")
    assert got == {("Hà Văn Khải", "Phó ban Thường trực", "Ban Dân vận Trung ương", "holds")}


def test_a_deputy_head_of_a_ban_without_the_qualifier_is_left_as_it_was():
    got = facts("Ông Hà Văn Khải, Phó ban Tuyên giáo Tỉnh ủy, dự hội nghị.")
    assert got == {("Hà Văn Khải", "Phó", "ban Tuyên giáo Tỉnh ủy", "holds")}


# a province written as an item of its own between the titles and the name

def test_a_province_after_a_fronted_title_does_not_part_it_from_the_name():
    got = facts("Trong thời gian giữ chức vụ Trưởng Công an huyện Tam Đường, tỉnh Lai Châu, "
                "đồng chí Lò Văn Tám đã thiếu trách nhiệm trong quản lý.")
    assert got == {("Lò Văn Tám", "Trưởng", "Công an huyện Tam Đường", "former")}


def test_a_province_between_a_title_and_a_name_in_a_list_of_guests():
    got = facts("Dự hội nghị có Chủ tịch UBND huyện Tam Đường, tỉnh Lai Châu, ông Lò Văn Tám.")
    assert got == {("Lò Văn Tám", "Chủ tịch", "UBND huyện Tam Đường", "holds")}


def test_places_visited_before_a_name_give_no_title():
    assert facts("Đoàn đã đến thăm xã Bản Bo, huyện Tam Đường, tỉnh Lai Châu, ông Lò Văn Tám cho biết.") == set()


# respective pairs: two names, one verb, two titles joined by "và"

def test_the_same_role_in_two_bodies_goes_one_to_each_name():
    got = facts("Ông Lò Văn Tám và ông Hà Văn Khải được bầu giữ chức Chủ tịch HĐND tỉnh và "
                "Chủ tịch UBND tỉnh Lai Châu nhiệm kỳ 2021 - 2026.")
    assert {(f[0], f[1], f[2]) for f in got} == {("Lò Văn Tám", "Chủ tịch", "HĐND tỉnh"),
                                                 ("Hà Văn Khải", "Chủ tịch", "UBND tỉnh Lai Châu")}


def test_respectively_pairs_two_roles_in_order():
    got = facts("Bà Lò Thị Mai và ông Hà Văn Khải lần lượt được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh.")
    assert got == {("Lò Thị Mai", "Chủ tịch", "HĐND tỉnh", "appointed"),
                   ("Hà Văn Khải", "Phó Chủ tịch", "HĐND tỉnh", "appointed")}


def test_two_different_roles_without_respectively_are_both_names():
    got = facts("Bà Lò Thị Mai và ông Hà Văn Khải được bầu làm Ủy viên Ban Thường vụ và Phó Chủ tịch HĐND tỉnh.")
    assert ("Lò Thị Mai", "Phó Chủ tịch", "HĐND tỉnh", "appointed") in got
    assert ("Hà Văn Khải", "Phó Chủ tịch", "HĐND tỉnh", "appointed") in got


# "vào chức danh" / "vào chức vụ": the title after it is the one the person is elected to

def test_elected_into_a_title_named_with_chuc_danh():
    got = facts("Hội nghị bầu bổ sung bà Lò Thị Mai, ủy viên Thường vụ Tỉnh ủy, vào chức danh "
                "Phó Bí thư Tỉnh ủy Lai Châu.")
    assert ("Lò Thị Mai", "Phó Bí thư", "Tỉnh ủy Lai Châu", "appointed") in got


def test_elected_into_a_title_named_with_chuc_vu():
    got = facts("HĐND tỉnh đã bầu ông Hà Văn Khải vào chức vụ Chủ tịch UBND tỉnh Lai Châu.")
    assert got == {("Hà Văn Khải", "Chủ tịch", "UBND tỉnh Lai Châu", "appointed")}
