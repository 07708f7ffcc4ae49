"""Posts told in a relative clause right after the name (issue 15, random reads of the seventeenth
round): "ông X, người vừa được điều động giữ chức ...", "ông X - người đã bị cách chức ...". The
clause opened by "người" (the one who) is the name's own predicate.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_move_told_in_a_relative_clause_after_the_name_replaced():
    got = facts("Hội nghị bầu Bí thư Tỉnh ủy thay cho ông Trần Văn Nam, người vừa được Bộ Chính trị điều "
                "động ra giữ chức Phó trưởng ban Dân vận Trung ương.")
    assert ("Trần Văn Nam", "Phó trưởng", "ban Dân vận Trung ương", "appointed") in got


def test_a_dismissal_told_in_a_relative_clause_after_a_dash():
    got = facts("Ông Lê Văn Bình - người đã bị cách chức Bí thư Thành ủy Hải Dương, Ủy viên Ban Thường vụ "
                "Tỉnh ủy, đã nghỉ hưu.")
    assert got == {
        ("Lê Văn Bình", "Bí thư", "Thành ủy Hải Dương", "left"),
        ("Lê Văn Bình", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "left"),
    }


def test_a_post_once_held_told_in_a_relative_clause():
    got = facts("Ông Trần Văn Nam, người từng có nhiều năm giữ chức vụ Giám đốc Sở Tài chính tỉnh Nam Định.")
    assert got == {("Trần Văn Nam", "Giám đốc", "Sở Tài chính tỉnh Nam Định", "former")}


def test_a_relative_clause_without_a_post_gives_none():
    got = facts("Ông Trần Văn Nam, người có mặt từ sớm, cho biết Chủ tịch UBND tỉnh đã về dự.")
    assert got == set()


# A level of government written in place of the body, then the officer's own name: "Phó chủ tịch
# xã Nguyễn Văn A" is the post "Phó chủ tịch xã" (no body named), not a body "xã Nguyễn Văn A".

def test_a_level_then_the_officers_name():
    assert facts("Chủ tịch xã Trần Văn Nam phát biểu tại buổi làm việc.") == {
        ("Trần Văn Nam", "Chủ tịch xã", None, "holds"),
    }


def test_a_plural_level_role_then_two_names():
    got = facts("Hai phó chủ tịch huyện Lê Văn Bình, Trần Văn Nam bị khiển trách.")
    assert got == {
        ("Lê Văn Bình", "phó chủ tịch huyện", None, "holds"),
        ("Trần Văn Nam", "phó chủ tịch huyện", None, "holds"),
    }


def test_a_district_named_after_a_person_stays_the_body():
    assert facts("Chủ tịch huyện Trần Văn Thời Lê Văn Bình phát biểu.") == {
        ("Lê Văn Bình", "Chủ tịch", "huyện Trần Văn Thời", "holds"),
    }


def test_the_city_level_alone_and_before_a_name():
    assert facts("Ông Lê Văn Bình, Phó chủ tịch thành phố, đã ký văn bản.") == {
        ("Lê Văn Bình", "Phó chủ tịch thành phố", None, "holds"),
    }
    assert facts("Chủ tịch thành phố Trần Văn Nam phát biểu.") == {
        ("Trần Văn Nam", "Chủ tịch thành phố", None, "holds"),
    }


def test_a_city_named_after_the_level_stays_the_body():
    assert facts("Ông Lê Văn Bình, Bí thư thành phố Nam Định, phát biểu.") == {
        ("Lê Văn Bình", "Bí thư", "thành phố Nam Định", "holds"),
    }


# A country's name before a foreign name: "... Trung Quốc Vương X" holds no "Quốc vương" (king).

def test_no_king_inside_a_country_name():
    got = facts("Tại buổi tiếp Phó Chủ tịch Hội nghị Hiệp thương toàn quốc Trung Quốc Vương Gia Minh vào "
                "chiều 11/5, Chủ tịch nước bày tỏ vui mừng.")
    assert all(role.lower() != "quốc vương" for _, role, _, _ in got)


def test_a_king_before_his_country_is_kept():
    assert facts("Quốc vương Campuchia Norodom Sihamoni đã tiếp đoàn.") == {
        ("Norodom Sihamoni", "Quốc vương", None, "holds"),
    }
