"""Posts of shapes read on reports nobody tuned for (issue 15, twenty-third round): a glossing
parenthesis inside a person's list of titles ("(UVBCT)", "(Bộ Công an)") does not end the list; a
qualifier written after a role stays in its label ("phó chủ tịch chuyên trách"); a commune civil
servant's title ("cán bộ tư pháp - hộ tịch xã X"); and a rotation told in the parenthesis after a
name, followed by what the person is now, gives the posts of the rotation as former.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_an_abbreviation_in_brackets_does_not_end_the_list_of_titles():
    got = facts("Đồng chí Trần Văn An, Ủy viên Bộ Chính trị (UVBCT), Thường trực Ban Bí thư, "
                "Trưởng Ban Tổ chức Trung ương đã đọc lời khai mạc.")
    assert got == {
        ("Trần Văn An", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn An", "Thường trực", "Ban Bí thư", "holds"),
        ("Trần Văn An", "Trưởng", "Ban Tổ chức Trung ương", "holds"),
    }


def test_a_parent_body_in_brackets_does_not_end_the_list_of_titles():
    got = facts("Ủy ban quyết định khiển trách ông Lê Minh Tâm, Phó Cục trưởng Cục Chính trị, Tổng cục Hậu cần "
                "(Bộ Công an), nguyên Phó Bí thư Đảng ủy, nguyên Phó Giám đốc Công an tỉnh Nghệ An.")
    assert got == {
        ("Lê Minh Tâm", "Phó Cục trưởng", "Cục Chính trị", "holds"),
        ("Lê Minh Tâm", "Phó Bí thư", "Đảng ủy", "former"),
        ("Lê Minh Tâm", "Phó Giám đốc", "Công an tỉnh Nghệ An", "former"),
    }
    # the parent's name read only in part: its lower-case end, then the parenthesis
    got = facts("Ủy ban khiển trách ông Lê Minh Tâm, Phó Cục trưởng Cục Chính trị, Tổng cục Cảnh sát Thi hành án "
                "và hỗ trợ tư pháp (Bộ Công an), nguyên Phó Giám đốc Công an tỉnh Nghệ An.")
    assert ("Lê Minh Tâm", "Phó Giám đốc", "Công an tỉnh Nghệ An", "former") in got


def test_a_place_in_brackets_does_not_end_the_list_of_titles():
    got = facts("Ông Hà Văn Sơn, Chủ tịch UBND huyện Yên Thành (tỉnh Nghệ An), Phó Bí thư Huyện ủy, phát biểu.")
    assert ("Hà Văn Sơn", "Phó Bí thư", "Huyện ủy", "holds") in got


def test_a_sentence_in_brackets_still_ends_the_list():
    got = facts("Ông Hà Văn Sơn, Chủ tịch UBND huyện Yên Thành (ông đã ký quyết định), Giám đốc Sở Tài chính "
                "Lê Văn Bình cũng có mặt.")
    assert ("Hà Văn Sơn", "Giám đốc", "Sở Tài chính", "holds") not in got


def test_a_qualifier_after_the_role_stays_in_its_label():
    got = facts("Ông Lê Văn Tư, Phó Chủ tịch chuyên trách Hội Nông dân tỉnh Nghệ An, phát biểu.")
    assert got == {("Lê Văn Tư", "Phó Chủ tịch chuyên trách", "Hội Nông dân tỉnh Nghệ An", "holds")}
    got = facts("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam có hai phó chủ tịch chuyên trách là các ông "
                "Lê Văn Tư và Đỗ Duy Năm.")
    assert got == {
        ("Lê Văn Tư", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "holds"),
        ("Đỗ Duy Năm", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "holds"),
    }


def test_a_commune_civil_servant():
    got = facts("Bí thư chỉ đạo xác minh việc cán bộ tư pháp-hộ tịch xã Hòa Bình Trần Thị Mai làm khó dân.")
    assert got == {("Trần Thị Mai", "cán bộ tư pháp-hộ tịch", "xã Hòa Bình", "holds")}
    got = facts("Bà Trần Thị Mai, cán bộ địa chính xã, không tiếp nhận hồ sơ.")
    assert got == {("Trần Thị Mai", "cán bộ địa chính xã", None, "holds")}


def test_a_rotation_in_brackets_then_the_post_held_now():
    got = facts("Ông Hoàng Văn Hà (Thứ trưởng Bộ Tài chính, luân chuyển làm Phó Bí thư Tỉnh ủy Nghệ An), "
                "hiện giữ chức Bí thư Tỉnh ủy Hà Tĩnh.")
    assert got == {
        ("Hoàng Văn Hà", "Thứ trưởng", "Bộ Tài chính", "former"),
        ("Hoàng Văn Hà", "Phó Bí thư", "Tỉnh ủy Nghệ An", "former"),
        ("Hoàng Văn Hà", "Bí thư", "Tỉnh ủy Hà Tĩnh", "holds"),
    }


def test_a_rotation_back_to_the_post_held_before():
    # the post rotated from is the one held now: it stays held
    got = facts("Ông Hoàng Văn Hà (Phó Tổng Thanh tra Chính phủ, luân chuyển làm Phó Bí thư Tỉnh ủy Nghệ An), "
                "hiện tiếp tục giữ chức Phó Tổng Thanh tra Chính phủ.")
    assert ("Hoàng Văn Hà", "Phó Bí thư", "Tỉnh ủy Nghệ An", "former") in got
    assert ("Hoàng Văn Hà", "Phó Tổng Thanh tra", "Chính phủ", "holds") in got
    # no post written after "hiện": back where the person was, the post rotated from is left as read
    got = facts("Ông Hoàng Văn Hà (Thứ trưởng Bộ Tài chính, luân chuyển làm Phó Bí thư Tỉnh ủy Nghệ An), "
                "hiện quay về vị trí công tác cũ ở Bộ Tài chính.")
    assert got == {
        ("Hoàng Văn Hà", "Thứ trưởng", "Bộ Tài chính", "holds"),
        ("Hoàng Văn Hà", "Phó Bí thư", "Tỉnh ủy Nghệ An", "former"),
    }


def test_a_rotation_with_no_now_after_it_is_left_as_read():
    got = facts("Ông Hoàng Văn Hà (Thứ trưởng Bộ Tài chính, luân chuyển làm Phó Bí thư Tỉnh ủy Nghệ An) "
                "phát biểu tại hội nghị.")
    assert ("Hoàng Văn Hà", "Phó Bí thư", "Tỉnh ủy Nghệ An", "former") not in got


def test_a_body_joined_with_its_period_does_not_end_a_career_list():
    got = facts("Ông Nguyễn Văn Trọng là Uỷ viên Bộ Chính trị các khoá VIII, IX; tham gia Thường trực Bộ Chính trị "
                "(8/1999-4/2001); đại biểu Quốc hội các khoá XI, XII.")
    assert ("Nguyễn Văn Trọng", "đại biểu", "Quốc hội", "holds") in got
    assert not any(f[2] == "Thường trực Bộ Chính trị" for f in got)  # joined, no role written: no post
    # anything else after "tham gia" still ends the list
    got = facts("Ông Nguyễn Văn Trọng là Uỷ viên Bộ Chính trị; tham gia nhiều hoạt động; đại biểu Quốc hội khoá XI.")
    assert ("Nguyễn Văn Trọng", "đại biểu", "Quốc hội khoá XI", "holds") not in got


def test_a_role_without_its_body_closes_a_list_of_titles():
    got = facts("Kỷ luật các đồng chí Trung tướng Nguyễn Văn Sơn, nguyên Uỷ viên Ban Thường vụ Đảng uỷ, "
                "Phó Tổng cục trưởng; Trung tướng Lê Văn Ba, Uỷ viên Ban Thường vụ Đảng uỷ, Phó Tổng cục trưởng.")
    assert ("Nguyễn Văn Sơn", "Phó Tổng cục trưởng", None, "former") in got
    assert ("Lê Văn Ba", "Phó Tổng cục trưởng", None, "holds") in got
    # a word after the role: a body we do not read, or another clause: no post of the role alone
    got = facts("Bà Cao Thị Xuân, Phó Chủ tịch Hội đồng Dân tộc, Chủ tịch nhóm nghị sĩ hữu nghị Việt Nam - Romania.")
    assert not any(f[1] == "Chủ tịch" and f[2] is None for f in got)
    got = facts("Ông Lê Văn Tư, Ủy viên Trung ương Đảng, Phó trưởng ban Thường trực; ông Ngô Văn Hải.")
    assert not any(f[2] is None for f in got)
    # its own "nguyên" would change how the titles before it read: left alone
    got = facts("Cảnh cáo ông Lê Văn Khánh, nguyên Bí thư Đảng uỷ, Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí, "
                "nguyên Phó tổng giám đốc.")
    assert ("Lê Văn Khánh", "Chủ tịch", "Hội đồng thành viên Tập đoàn Dầu khí", "former") in got
    assert not any(f[2] is None for f in got)
