"""Posts on reports nobody tuned for (issue 15), sixteenth round: shapes read in mid15's misses.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

# a list of guests, each "title name, titles" and closed by ";"


def test_titles_after_a_titled_name_stop_at_the_semicolon():
    got = facts("Dự có Bộ trưởng Bộ Y tế Hà Văn Khải, Ủy viên Bộ Chính trị; Thứ trưởng Bộ Y tế Lò Văn Tám.")
    assert got == {("Hà Văn Khải", "Bộ trưởng", "Bộ Y tế", "holds"),
                   ("Hà Văn Khải", "Ủy viên", "Bộ Chính trị", "holds"),
                   ("Lò Văn Tám", "Thứ trưởng", "Bộ Y tế", "holds")}


def test_each_guest_of_a_semicolon_list_keeps_the_titles_after_the_name():
    got = facts("Dự hội nghị có các đồng chí: Chủ tịch nước Hà Văn Khải, Ủy viên Bộ Chính trị, Ủy viên "
                "Ban Thường vụ Đảng ủy Quân sự Trung ương; Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn "
                "Hùng, Bí thư Trung ương Đảng.")
    assert ("Hà Văn Khải", "Ủy viên", "Bộ Chính trị", "holds") in got
    assert ("Hà Văn Khải", "Ủy viên", "Ban Thường vụ Đảng ủy Quân sự Trung ương", "holds") in got
    assert not any(f[0] == "Nguyễn Văn Hùng" and f[1] == "Ủy viên" for f in got)


# an election's second object, counted and joined by "và": elected too


def test_counted_deputies_joined_to_an_elected_object_are_elected():
    got = facts("Ban Thường vụ Tỉnh ủy đã bầu ông Lò Văn Tám - Ủy viên Ban Chấp hành Trung ương Đảng làm "
                "Phó Bí thư thường trực Tỉnh ủy Lai Châu nhiệm kỳ 2020-2025 và hai Phó Bí thư là: ông Hà "
                "Văn Khải - Ủy viên Ban Chấp hành Trung ương Đảng; bà Lò Thị Mai - Trưởng ban Dân vận Tỉnh ủy.")
    assert ("Hà Văn Khải", "Phó Bí thư", "Tỉnh ủy Lai Châu", "appointed") in got
    assert ("Lò Thị Mai", "Phó Bí thư", "Tỉnh ủy Lai Châu", "appointed") in got
    assert ("Hà Văn Khải", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds") in got


def test_a_verb_before_a_comma_gives_no_status_to_the_counted_title():
    got = facts("Sau khi ông Lò Văn Tám bị cách chức, lãnh đạo Tỉnh ủy Lai Châu gồm Bí thư Hà Văn Khải "
                "và hai Phó Bí thư Lò Thị Mai, Nguyễn Văn Hùng.")
    assert not any(f[0] in ("Lò Thị Mai", "Nguyễn Văn Hùng") and f[3] != "holds" for f in got)


# "BODY có Chủ tịch là A và một Phó Chủ tịch là B": the count "một" like "hai", "ba"


def test_one_deputy_of_a_bodys_list_has_the_body():
    got = facts("Hiện nay, HĐND tỉnh có Chủ tịch là bà Lò Thị Mai và một Phó Chủ tịch là ông Hà Văn Khải.")
    assert got == {("Lò Thị Mai", "Chủ tịch", "HĐND tỉnh", "holds"),
                   ("Hà Văn Khải", "Phó Chủ tịch", "HĐND tỉnh", "holds")}


# the voters as the agent of an election: "được cử tri ... bầu làm ..."


def test_voters_written_between_passive_and_verb_do_not_hide_the_post():
    got = facts("Ngày 22/5/2016, ông Lò Văn Tám được cử tri thị xã Mường Lay, huyện Tam Đường và huyện "
                "Sìn Hồ, tỉnh Lai Châu bầu làm đại biểu Quốc hội khoá 14 với 80% số phiếu hợp lệ.")
    assert got == {("Lò Văn Tám", "đại biểu", "Quốc hội khoá 14", "appointed")}


def test_people_trusting_and_electing_a_village_head():
    got = facts("Năm 2015, ông Hà Văn Khải được nhân dân tín nhiệm bầu làm trưởng thôn Bản Giang.")
    # the role keeps the village's noun, written again in its body (wtune35's gold; round 35)
    assert ("Hà Văn Khải", "trưởng thôn", "thôn Bản Giang", "appointed") in got


def test_sent_by_passive_is_still_an_appointment():
    got = facts("Ông Lò Văn Tám được cử làm Phó Giám đốc Sở Y tế.")
    assert got == {("Lò Văn Tám", "Phó Giám đốc", "Sở Y tế", "appointed")}


# a discipline that names the posts it includes: "..., bao gồm cách chức cả các chức vụ A, B, C"


def test_posts_a_dismissal_includes_after_two_terms():
    got = facts("Ban Bí thư quyết định kỷ luật ông Lò Văn Tám, cách chức Ủy viên Ban Thường vụ Tỉnh ủy "
                "nhiệm kỳ 2005 - 2010 và 2010 - 2015, bao gồm cách chức cả các chức vụ Bí thư Ban cán sự "
                "đảng UBND tỉnh, Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Lai Châu.")
    assert {(f[1], f[2]) for f in got} == {("Ủy viên", "Ban Thường vụ Tỉnh ủy"),
                                          ("Bí thư", "Ban cán sự đảng UBND tỉnh"),
                                          ("Phó Bí thư", "Tỉnh ủy"), ("Bí thư", "Tỉnh ủy Lai Châu")}
    assert {f[3] for f in got} == {"former"}  # the terms named ended long before (see _past_terms)


# an age and a long home town in parentheses between the name and its titles


def test_a_long_home_town_in_the_parenthesis_does_not_hide_the_titles():
    got = facts("Theo đó, ông Lò Văn Tám (53 tuổi, quê quán phường Tân Phong, quận Cẩm Lệ, Đà Nẵng), "
                "Trưởng Ban Tuyên giáo Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố, phát biểu.")
    assert got == {("Lò Văn Tám", "Trưởng", "Ban Tuyên giáo Thành ủy", "holds"),
                   ("Lò Văn Tám", "Trưởng", "đoàn đại biểu Quốc hội thành phố", "holds")}


# a title with its own titled subject before ", NAME": the subject's, not the name's


def test_a_post_a_titled_subject_holds_is_not_the_next_names():
    got = facts("Trả lời câu hỏi Trung ương có tiếp tục giới thiệu Tổng Bí thư giữ chức Chủ tịch nước, "
                "ông Lò Văn Tám cho rằng cần nhìn rộng ra thế giới.")
    assert not any(f[0] == "Lò Văn Tám" for f in got)


def test_a_fronted_clause_without_a_subject_still_gives_its_post():
    got = facts("Trước khi được bầu làm Bí thư Tỉnh ủy Lai Châu, ông Lò Văn Tám là Chủ tịch UBND tỉnh.")
    assert ("Lò Văn Tám", "Bí thư", "Tỉnh ủy Lai Châu", "appointed") in got


# a former post in parentheses after the titles of an apposition; "UV BCT" written apart


def test_a_former_post_in_parentheses_after_the_titles():
    got = facts("Dự có ông Lò Văn Tám, UV BCT, Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình); "
                "ông Hà Văn Khải, Bí thư Trung ương Đảng.")
    assert ("Lò Văn Tám", "Ủy viên", "Bộ Chính trị", "holds") in got
    assert ("Lò Văn Tám", "Bí thư", "Thành ủy Hà Nội", "holds") in got
    assert ("Lò Văn Tám", "Bí thư", "Tỉnh ủy Ninh Bình", "former") in got
    assert not any(f[0] == "Hà Văn Khải" and f[2] == "Tỉnh ủy Ninh Bình" for f in got)


# the post a person leaves others for: "thôi chức A ... để chuyển chức vụ B"


def test_the_post_left_for_after_chuyen_chuc_vu():
    got = facts("Bộ Chính trị quyết định ông Lò Văn Tám thôi chức Bí thư Tỉnh ủy Lai Châu, thôi chức Chủ tịch "
                "HĐND tỉnh Lai Châu để chuyển chức vụ Phó Chánh Văn phòng Trung ương Đảng.")
    assert got == {("Lò Văn Tám", "Bí thư", "Tỉnh ủy Lai Châu", "left"),
                   ("Lò Văn Tám", "Chủ tịch", "HĐND tỉnh Lai Châu", "left"),
                   ("Lò Văn Tám", "Phó Chánh", "Văn phòng Trung ương Đảng", "appointed")}
