"""Statuses and posts, thirty-fifth careers round (b): a commander whose post the report gives to another leaves
it; a predecessor the act replaces, named as having already retired or moved on, left before the act ("former");
the post a removed official holds now, told after the move that is the reason of the removal (", do ông vừa
chuyển công tác ..., nay là <post>"); a list of assignments going on over a full stop ("Các đồng chí A và B giữ chức
...").

The sentences are our own, written in the shape of wtune35 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_predecessor_who_had_already_moved_on_is_former():
    got = pipeline_posts("Bà Đinh Thị Thu, Giám đốc Sở Tư pháp, được bầu làm Ủy viên UBND tỉnh, "
                         "thay bà Lò Thị Mai đã chuyển công tác.", "Kỳ họp HĐND tỉnh")
    assert ("Lò Thị Mai", "Ủy viên", "UBND tỉnh", "former") in got
    assert ("Đinh Thị Thu", "Ủy viên", "UBND tỉnh", "appointed") in got


def test_a_predecessor_who_had_already_retired_under_the_rules_is_former():
    got = pipeline_posts("Ông Trần Minh Phúc được bầu làm Chủ tịch Hội Cựu chiến binh huyện Yên Lập thay ông "
                         "Hà Văn Sinh đã nghỉ theo chế độ.", "Đại hội Hội Cựu chiến binh")
    assert ("Hà Văn Sinh", "Chủ tịch", "Hội Cựu chiến binh huyện Yên Lập", "former") in got



def test_the_post_held_now_after_the_move_that_is_the_reason_of_a_removal():
    got = pipeline_posts("Kỳ họp đã miễn nhiệm ông Bế Văn Khải khỏi chức vụ Phó Chủ tịch UBND tỉnh, do ông vừa chuyển "
                         "công tác theo sự điều động của Bộ Chính trị, nay là Phó Bí thư Tỉnh ủy Lạng Sơn.",
                         "Kỳ họp HĐND tỉnh")
    assert ("Bế Văn Khải", "Phó Bí thư", "Tỉnh ủy Lạng Sơn", "holds") in got
    assert ("Bế Văn Khải", "Phó Chủ tịch", "UBND tỉnh", "left") in got


def test_a_commander_whose_post_the_report_gives_to_another_leaves_it():
    got = pipeline_posts("Theo đó, Đại tá Nguyễn Văn Hải, Phó Tham mưu trưởng Quân khu 7, được bổ nhiệm giữ chức Chỉ "
                         "huy trưởng Bộ CHQS tỉnh Bình Phước; Đại tá Lê Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh, thôi "
                         "giữ chức vụ để nghỉ hưu kể từ ngày 1/11/2025.", "Bàn giao chức trách Chỉ huy trưởng")
    assert ("Nguyễn Văn Hải", "Chỉ huy trưởng", "Bộ CHQS tỉnh Bình Phước", "appointed") in got
    assert ("Lê Văn Nam", "Chỉ huy trưởng", "Bộ CHQS tỉnh", "left") in got


def test_a_predecessor_named_in_the_next_sentence_with_a_bare_role_leaves_the_replacers_post():
    got = pipeline_posts("Theo quyết định, ông Lê Đình Khoa, Phó Giám đốc Sở Tư pháp tỉnh Hà Nam, được bổ nhiệm giữ "
                         "chức Giám đốc Sở Tư pháp tỉnh Hà Nam. Ông Khoa thay ông Đỗ Văn Tín, Giám đốc, nghỉ hưu từ "
                         "ngày 1/5/2019.", "Bổ nhiệm Giám đốc Sở Tư pháp")
    assert ("Lê Đình Khoa", "Giám đốc", "Sở Tư pháp tỉnh Hà Nam", "appointed") in got
    assert ("Đỗ Văn Tín", "Giám đốc", "Sở Tư pháp tỉnh Hà Nam", "left") in got


def test_a_predecessor_of_a_bare_role_takes_the_body_of_the_replacers_appointment_told_before():
    got = pipeline_posts("Ông Trần Minh Phúc được bầu giữ chức Chủ tịch Hội Cựu chiến binh huyện Yên Lập khóa mới. "
                         "Ông Trần Minh Phúc, Phó Chủ tịch Hội khóa V, được bầu làm Chủ tịch thay ông Hà Văn Sinh đã "
                         "nghỉ theo chế độ.", "Đại hội Hội Cựu chiến binh huyện Yên Lập")
    assert ("Hà Văn Sinh", "Chủ tịch", "Hội Cựu chiến binh huyện Yên Lập", "former") in got


def test_a_list_of_assignments_goes_on_over_a_full_stop_in_its_paragraph():
    got = pipeline_posts("Thường trực HĐND tỉnh trao các quyết định chỉ định đồng chí Lê Thị Hằng giữ chức Chủ tịch "
                         "HĐND phường Tân An; đồng chí Vũ Văn Hùng giữ chức Chủ tịch UBND phường Tân An. Các đồng chí "
                         "Đào Văn Toản và Hoàng Thị Hoà giữ chức Phó Chủ tịch UBND phường Tân An.",
                         "Trao quyết định nhân sự")
    assert ("Đào Văn Toản", "Phó Chủ tịch", "UBND phường Tân An", "appointed") in got
    assert ("Hoàng Thị Hoà", "Phó Chủ tịch", "UBND phường Tân An", "appointed") in got


def test_a_removal_told_in_the_paragraph_of_an_earlier_act_with_no_time_of_its_own_is_former():
    got = pipeline_posts("Ngày 11/3, Ban Bí thư đã họp xử lý kỷ luật một số cán bộ. Trước đó, ngày 20/2, Ủy ban Kiểm "
                         "tra Tỉnh ủy đã thi hành kỷ luật cảnh cáo bà Lò Thị Hạnh, Phó Giám đốc Sở Y tế. Ông Vi Văn "
                         "Tình, Phó Giám đốc Bệnh viện tỉnh, bị cách chức Bí thư Chi bộ.", "Kỷ luật cán bộ")
    assert ("Vi Văn Tình", "Bí thư", "Chi bộ", "former") in got
