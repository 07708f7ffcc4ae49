"""The family name "Ông" written after an honorific ("ông Ông Văn Thành"), thirty-eighth titles round: no one
is called "ông ông", so the second "Ông" begins the name (names.family_after_honorific) instead of being
skipped as one more honorific, both where a name is found and where a list of persons skips the honorifics
before each name (lists.skip_honorifics).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts


def test_the_family_name_ong_after_ong_is_kept():
    got = pipeline_posts("Chiều 5/4, HĐND tỉnh Hòa Bình đã bầu ông Ông Văn Thành giữ chức Phó Chủ tịch UBND tỉnh.",
                         "Kiện toàn nhân sự tỉnh Hòa Bình")
    assert ("Ông Văn Thành", "Phó Chủ tịch", "UBND tỉnh", "appointed") in got
    assert all(p[0] != "Văn Thành" for p in got)


def test_the_family_name_ong_after_dong_chi_is_kept():
    got = pipeline_posts("Dự buổi làm việc có đồng chí Ông Văn Thành, Bí thư Huyện ủy Tân Phú.", "Tin địa phương")
    assert ("Ông Văn Thành", "Bí thư", "Huyện ủy Tân Phú", "holds") in got


def test_a_list_of_deputy_ministers_keeps_ong_in_its_middle():
    got = pipeline_posts("Thủ tướng đã ký quyết định bổ nhiệm 4 Thứ trưởng Bộ Công Thương. Danh sách gồm: ông Lê Văn "
                         "Ba, nguyên Thứ trưởng Bộ Xây dựng; ông Hà Văn Tư, ông Ông Văn Thành, nguyên Thứ trưởng Bộ "
                         "Nội vụ; bà Trần Thị Hoa, nguyên Thứ trưởng Bộ Y tế.", "Bổ nhiệm Thứ trưởng")
    names = {p[0] for p in got}
    assert "Ông Văn Thành" in names
    assert "Văn Thành" not in names
    assert ("Ông Văn Thành", "Thứ trưởng", "Bộ Nội vụ", "former") in got
    # the list goes on past him: each of the four is appointed to the ministry the sentence before names
    assert {p[0] for p in got if p[3] == "appointed" and p[2] == "Bộ Công Thương"} == {
        "Lê Văn Ba", "Hà Văn Tư", "Ông Văn Thành", "Trần Thị Hoa"}
