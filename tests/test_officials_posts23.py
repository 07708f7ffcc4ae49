"""Posts of shapes read on reports nobody tuned for (issue 15, twenty-third round): a glossing
parenthesis inside a person's list of titles ("(UVBCT)", "(Bộ Công an)") does not end the list; a
qualifier written after a role stays in its label ("phó chủ tịch chuyên trách"); a commune civil
servant's title ("cán bộ tư pháp - hộ tịch xã X"); and a rotation told in the parenthesis after a
name, followed by what the person is now, gives the posts of the rotation as former.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_qualifier_after_the_role_stays_in_its_label():
    got = facts("Ông Lê Văn Tư, Phó Chủ tịch chuyên trách Hội Nông dân tỉnh Nghệ An, phát biểu.")
    assert got == {("Lê Văn Tư", "Phó Chủ tịch chuyên trách", "Hội Nông dân tỉnh Nghệ An", "holds")}
    got = facts("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam có hai phó chủ tịch chuyên trách là các ông "
                "Lê Văn Tư và Đỗ Duy Năm.")
    assert got == {
        ("Lê Văn Tư", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "holds"),
        ("Đỗ Duy Năm", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "holds"),
    }



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
