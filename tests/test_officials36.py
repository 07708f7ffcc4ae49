"""Officials, thirty-sixth round: a post by itself written after a titled name's comma and followed by
its verb is the subject of the main clause, not the name's second title; "Chủ tịch tỉnh" written
without its province does not take the province of a report on a city; the level of political theory
written among the degrees after "là" does not cut the titles after it from the person; a run of posts
by themselves between two names ("..., Tổng Bí thư, Chủ tịch nước B") is the second name's; the title
that "Theo" opens a clause with is the source's, not that of the name the reported clause is about.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_sole_title_after_a_titled_name_that_ends_a_fronted_clause_is_the_next_clause_subject():
    got = facts("Vui mừng gặp lại Bí thư Tỉnh ủy Lào Cai Vương Văn Hải, Thủ tướng nhấn mạnh, hai bên cần "
                "hợp tác chặt chẽ.")
    assert got == {("Vương Văn Hải", "Bí thư", "Tỉnh ủy Lào Cai", "holds")}


def test_the_same_after_a_titled_object_of_a_fronted_time_clause():
    got = facts("Sau khi Quốc hội miễn nhiệm Tổng thanh tra Chính phủ Trần Văn Sơn, Thủ tướng sẽ trình "
                "phương án nhân sự mới.")
    assert not any(r == "Thủ tướng" for _, r, _, _ in got)
    assert any(p == "Trần Văn Sơn" and r == "Tổng thanh tra" for p, r, _, _ in got)


def test_a_title_with_its_body_after_a_titled_name_stays_the_names():
    got = facts("Bí thư Tỉnh ủy Hà Nam Lê Văn Hùng, Chủ tịch HĐND tỉnh phát biểu tại hội nghị.")
    assert ("Lê Văn Hùng", "Chủ tịch", "HĐND tỉnh", "holds") in got


def test_a_sole_title_after_an_untitled_name_stays_its_apposition():
    got = facts("Ông Trần Minh Quang, Phó Thủ tướng cho biết, Chính phủ sẽ báo cáo Quốc hội.")
    assert ("Trần Minh Quang", "Phó Thủ tướng", None, "holds") in got


def test_a_provincial_chair_written_with_its_level_word_takes_no_city_of_the_report():
    # a round-up whose bodies name TP HCM most: "Phó chủ tịch tỉnh" of another province is not the
    # UBND of TP HCM; the body stays without a province
    ex = officials("HĐND TP HCM bầu ông Lê Văn An giữ chức Chủ tịch UBND thành phố. Tại TP HCM, ông Trần "
                   "Văn Bảo, Giám đốc Sở Tài chính TP HCM được bầu làm Phó chủ tịch UBND TP HCM. Tại tỉnh "
                   "Bình Dương, ông Đặng Minh Quân, Phó ban Tổ chức Tỉnh uỷ được bầu giữ chức Phó chủ tịch tỉnh.")
    got = {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in ex.posts}
    assert ("Đặng Minh Quân", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "appointed") in got
    assert ("Trần Văn Bảo", "Phó chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh", "appointed") in got


def test_a_provincial_chair_in_a_report_on_a_province_keeps_it():
    ex = officials("Kỳ họp HĐND tỉnh Lào Cai đã bầu ông Hà Văn Tâm, Phó bí thư Tỉnh ủy Lào Cai làm Chủ tịch UBND "
                   "tỉnh Lào Cai. Ông Vũ Quang Huy, Giám đốc Sở Tài chính tỉnh Lào Cai được bầu giữ chức Phó "
                   "chủ tịch tỉnh.")
    got = {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts}
    assert ("Vũ Quang Huy", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai") in got


def test_the_level_of_political_theory_among_the_degrees_after_la_leaves_the_titles_linked():
    got = facts("Bà Trần Thị Hạnh sinh năm 1970 tại Thái Bình, là thạc sĩ Luật; lý luận chính trị cao cấp, Ủy viên "
                "Trung ương Đảng khóa 12, Đại biểu Quốc hội khóa 14.")
    assert ("Trần Thị Hạnh", "Ủy viên", "Trung ương Đảng", "holds") in got
    assert ("Trần Thị Hạnh", "Đại biểu", "Quốc hội khóa 14", "holds") in got


def test_degrees_closed_by_a_semicolon_then_the_political_theory_level():
    got = facts("Ông Đỗ Văn Long là tiến sĩ kinh tế, thạc sĩ quản lý công; cao cấp lý luận chính trị, Phó Bí thư "
                "Tỉnh ủy Thái Bình.")
    assert got == {("Đỗ Văn Long", "Phó Bí thư", "Tỉnh ủy Thái Bình", "holds")}


def test_a_run_of_posts_by_themselves_before_a_name_is_that_names_not_the_one_before_the_comma():
    got = facts("Bày tỏ đánh giá cao những ý kiến của ông Lê Văn Trung, Tổng Bí thư, Chủ tịch nước Lý Minh Khang "
                "nhấn mạnh quan hệ hai nước có truyền thống lâu đời.")
    assert got == {("Lý Minh Khang", "Tổng Bí thư", None, "holds"), ("Lý Minh Khang", "Chủ tịch nước", None, "holds")}


def test_a_run_with_a_body_or_a_deputy_is_still_split_before_its_last_title():
    got = facts("Đại tướng Lê Văn Trung, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, Thủ tướng Trần Văn Nam "
                "cũng hoan nghênh.")
    assert ("Lê Văn Trung", "Bộ trưởng", "Bộ Quốc phòng", "holds") in got
    assert ("Trần Văn Nam", "Thủ tướng", None, "holds") in got
    got = facts("Ông Lê Văn Trung, Phó Thủ tướng, Thủ tướng Lý Minh Khang cùng dự.")
    assert ("Lê Văn Trung", "Phó Thủ tướng", None, "holds") in got


def test_the_title_an_attribution_opens_with_is_the_sources_not_the_reported_subjects():
    got = facts("Theo Chủ tịch Quốc hội, ông Lê Văn Cường đã bị cách hết các chức vụ trước đó.")
    assert not any(p == "Lê Văn Cường" for p, _, _, _ in got)


def test_a_name_set_off_after_the_attributed_title_is_the_source_and_keeps_it():
    got = facts("Theo Giám đốc Sở Y tế, ông Lê Văn Cường, các bệnh viện đã sẵn sàng tiếp nhận bệnh nhân.")
    assert ("Lê Văn Cường", "Giám đốc", "Sở Y tế", "holds") in got
    got = facts("Chủ tịch UBND tỉnh, ông Lê Văn Cường cho biết tỉnh sẽ kiểm tra.")
    assert ("Lê Văn Cường", "Chủ tịch", "UBND tỉnh", "holds") in got


def test_a_sole_title_after_the_object_of_doi_voi_is_the_next_clause_subject():
    got = facts("Về vụ việc xử lý đối với ông Trần Văn Lực, Tổng Bí thư gửi lời cảm ơn các cử tri đã đồng tình.")
    assert not any(p == "Trần Văn Lực" for p, _, _, _ in got)
    got = facts("Theo đề nghị của ông Trần Văn Lực, Thủ tướng đã ký quyết định thành lập.")
    assert not any(p == "Trần Văn Lực" for p, _, _, _ in got)
