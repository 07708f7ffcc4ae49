"""Role words added to roles.tsv in the tenth round (read missing in random corpus samples): each is a
post only with the body written after it."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_deputy_director_of_a_ministry_department():
    ex = officials("Ông Trần Văn Hùng, Vụ phó Vụ Pháp chế Bộ Tư pháp, cho biết dự thảo đã được lấy ý kiến.")
    # the ministry is the department's parent, read as Vụ trưởng's body is ("Vụ Pháp chế")
    assert posts_of(ex) == {("Trần Văn Hùng", "Vụ phó", "Vụ Pháp chế")}


def test_the_head_of_an_investigation_agency():
    ex = officials("Đại tá Lê Minh Tâm, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh, đã ký quyết định.")
    assert ("Lê Minh Tâm", "Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh") in posts_of(ex)


def test_a_chief_of_staff_of_a_military_region():
    ex = officials("Thiếu tướng Phạm Quốc Bảo, Tham mưu trưởng Quân khu 4, phát biểu tại buổi lễ.")
    assert posts_of(ex) == {("Phạm Quốc Bảo", "Tham mưu trưởng", "Quân khu 4")}


def test_a_party_committee_member_keeps_the_titles_after_it():
    ex = officials("Ông Nguyễn Hữu Lộc, Đảng ủy viên Đảng ủy Khối doanh nghiệp tỉnh, Giám đốc Sở Công Thương, dự họp.")
    assert posts_of(ex) == {
        ("Nguyễn Hữu Lộc", "Đảng ủy viên", "Đảng ủy Khối doanh nghiệp tỉnh"),
        ("Nguyễn Hữu Lộc", "Giám đốc", "Sở Công Thương"),
    }


def test_a_bare_role_word_is_no_post():
    assert posts_of(officials("Ông Trần Văn Hùng là thủ trưởng đơn vị.")) == set()
