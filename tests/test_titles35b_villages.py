"""Village heads and judicial roles, thirty-fifth titles round: "Trưởng thôn" (also "Trưởng bản", "Trưởng
ấp") is a role of its own. Written before the village's name, the village is its body with the level noun
read twice ("Trưởng thôn Khuổi Lừa" -> Trưởng thôn @ thôn Khuổi Lừa); written bare it is a post with no
body. "Chấp hành viên" and "Kiểm sát viên" are roles; a procurator before a name takes the procuracy its
sentence names.

The sentences are our own, written in the shape of grassroots and court reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_village_head_after_the_name_takes_the_village_as_body():
    got = pipeline_posts("Ông Lò Văn Páo, Trưởng thôn Khuổi Lừa, cho biết năm nay dân bản trồng thêm 5 ha chè.",
                         "Thôn vùng cao đổi mới")
    assert ("Lò Văn Páo", "Trưởng thôn", "thôn Khuổi Lừa", "holds") in got
    assert not any(r == "Trưởng" for _, r, _, _ in got)


def test_a_village_head_before_the_name_and_a_hamlet_head():
    got = pipeline_posts("Trưởng bản Pá Khoang Lò Văn Tủa cho biết bản có 80 hộ. Bà Thạch Thị Mai, trưởng ấp "
                         "Phước Hòa, cũng có mặt.", "Bản vùng cao")
    assert ("Lò Văn Tủa", "Trưởng bản", "bản Pá Khoang", "holds") in got
    assert ("Thạch Thị Mai", "trưởng ấp", "ấp Phước Hòa", "holds") in got


def test_a_bare_deputy_village_head_is_a_post_without_body():
    got = pipeline_posts("Ông Vàng A Sử, Phó Trưởng thôn, phát biểu tại buổi họp dân.", "Họp dân")
    assert ("Vàng A Sử", "Phó Trưởng thôn", "", "holds") in got


def test_an_enforcement_officer_of_a_sub_department():
    got = pipeline_posts("Ông Đinh Văn Khoa, Chấp hành viên Chi cục Thi hành án dân sự huyện Na Rì, cho biết "
                         "đã thi hành xong 40 việc.", "Thi hành án")
    assert ("Đinh Văn Khoa", "Chấp hành viên", "Chi cục Thi hành án dân sự huyện Na Rì", "holds") in got


def test_a_bare_village_head_in_lower_case_is_a_post_unless_it_opens_someone_elses_titles():
    got = pipeline_posts("Ông Lê Văn Tý làm trưởng thôn từ năm 2008.", "Thôn bầu trưởng thôn mới")
    assert ("Lê Văn Tý", "trưởng thôn", "", "holds") in got
    got = pipeline_posts("Bàn về việc nâng tỷ lệ đảng viên là trưởng thôn, Bí thư Huyện ủy Yên Lạc Trần Văn Nam "
                         "cho biết.", "Đảng viên làm trưởng thôn")
    assert got == {("Trần Văn Nam", "Bí thư", "Huyện ủy Yên Lạc", "holds")}


def test_a_procurator_before_a_name_takes_the_procuracy_the_sentence_names():
    got = pipeline_posts("Đại diện VKSND tỉnh Bắc Kạn thực hành quyền công tố tại tòa là Kiểm sát viên cao cấp Nông "
                         "Thị Mai và Kiểm sát viên Hoàng Văn Tình.", "Xét xử vụ án")
    assert ("Nông Thị Mai", "Kiểm sát viên cao cấp", "VKSND tỉnh Bắc Kạn", "holds") in got
    assert ("Hoàng Văn Tình", "Kiểm sát viên", "VKSND tỉnh Bắc Kạn", "holds") in got
