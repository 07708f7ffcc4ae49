"""Titles of foreign leaders in Vietnamese reports (issue 15, wrong attachments): a country written
in full between a title and its holder ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa X") keeps the
title with X, so a guest's titles are not given to the host named before them.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_country_written_in_full_between_a_title_and_its_holder():
    # the guest's titles are the guest's, not those of the host named before them
    got = facts("Nhận lời mời của Tổng Bí thư Nông Đức Mạnh và Chủ tịch nước Trần Đức Lương, Tổng Bí thư Ban "
                "Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Hồ Cẩm "
                "Đào đã thăm Việt Nam.")
    assert ("Hồ Cẩm Đào", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "holds") in got
    assert not any(p[0] == "Trần Đức Lương" and "Trung Quốc" in (p[2] or "") for p in got)


def test_a_foreign_ministry_is_not_lent_to_a_bare_minister():
    got = facts("Bộ trưởng Bộ Quốc phòng Trung Quốc Ngụy Phượng Hòa cảm ơn Bộ trưởng Phan Văn Giang dành thời "
                "gian đón tiếp.")
    assert ("Ngụy Phượng Hòa", "Bộ trưởng", "Bộ Quốc phòng Trung Quốc", "holds") in got
    assert not any(p[0] == "Phan Văn Giang" and p[2] and "Trung Quốc" in p[2] for p in got)
    # the report's own ministry is still lent
    got = facts("Bộ Nội vụ vừa có báo cáo. Theo Bộ trưởng Lê Vĩnh Tân, việc tinh giản đã đạt kết quả.")
    assert got == {("Lê Vĩnh Tân", "Bộ trưởng", "Bộ Nội vụ", "holds")}


def test_a_state_written_with_its_form_between_a_title_and_its_holder():
    # "Liên bang Nga", "Cộng hòa Pháp": the state's words and the country stand between title and name
    assert facts("Chủ tịch nước đón Tổng thống Liên bang Nga Boris Petrov tại sân bay.") == {
        ("Boris Petrov", "Tổng thống", None, "holds")}
    assert facts("Thủ tướng hội đàm với Tổng thống Cộng hòa Pháp Jean Moreau tại Hà Nội.") == {
        ("Jean Moreau", "Tổng thống", None, "holds")}


def test_a_posting_abroad_between_a_title_and_its_holder():
    # "Đại sứ Việt Nam tại X", "Tổng Lãnh sự X tại TPHCM": the role alone; a foreign ambassador's post
    # takes the sending country ("Đại sứ X tại Việt Nam": the read sets' convention since round 35)
    got = facts("Dự lễ có Đại sứ Lào tại Việt Nam Somchai Vongsa; Đại sứ Việt Nam tại Nhật Bản Trần "
                "Quang Vinh.")
    assert ("Somchai Vongsa", "Đại sứ", "Lào", "holds") in got
    assert ("Trần Quang Vinh", "Đại sứ", None, "holds") in got
    assert facts("Bí thư Thành ủy tiếp Tổng Lãnh sự Hungary tại TPHCM Kovács Péter.") == {
        ("Kovács Péter", "Tổng Lãnh sự", None, "holds")}
    assert facts("Sau đó, Đại sứ đặc mệnh toàn quyền Việt Nam tại Liên bang Nga Đỗ Minh Hải trình quốc thư.") == {
        ("Đỗ Minh Hải", "Đại sứ đặc mệnh toàn quyền", None, "holds")}
    # a place after "tại" that ends a clause is no posting
    assert facts("Ông Trần Văn Tú dự lễ khai mạc tại Lào Lê Văn Hùng phát biểu.") == set()
