"""Organization names read at their full length, seventeenth round (issue 15). Sentences written
for these tests, in the shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_verb_syllable_inside_a_noun_of_the_name_does_not_end_it():
    # "ký" (signs) ends a name, but not inside "đăng ký"; "dự" (attends) not inside "dự án"
    assert orgs_of("Ông Lê Văn Tám làm Cục trưởng Cục Quản lý đăng ký đất đai, rồi nghỉ hưu.") == {
        ("Cục Quản lý đăng ký đất đai", "Cục Quản lý đăng ký đất đai")}
    assert orgs_of("Theo Ban Quản lý dự án đường sắt phía Bắc để bàn giao mặt bằng.") == {
        ("Ban Quản lý dự án đường sắt phía Bắc", "Ban Quản lý dự án đường sắt phía Bắc")}


def test_the_verb_itself_still_ends_the_name():
    assert orgs_of("Viện Kinh tế dự lễ khánh thành.") == {
        ("Viện Kinh tế", "Viện Kinh tế")}
    assert orgs_of("Bộ Tài chính ký kết văn bản với tỉnh.") == {("Bộ Tài chính", "Bộ Tài chính")}


def test_a_steering_committee_s_lower_case_name_runs_to_the_predicate():
    assert orgs_of("Trưởng Ban chỉ đạo sắp xếp và đổi mới doanh nghiệp đã yêu cầu các bộ báo cáo.") == {
        ("Ban chỉ đạo sắp xếp và đổi mới doanh nghiệp",
         "Ban Chỉ đạo sắp xếp và đổi mới doanh nghiệp")}
    # a verb right after the committee is its predicate, not its name
    assert orgs_of("Ban chỉ đạo gợi ý nêu đề xuất quanh ba nhóm vấn đề.") == {("Ban chỉ đạo", "Ban Chỉ đạo")}


def test_only_a_steering_committee_s_task_runs_past_four_lower_case_syllables():
    # "Hội" + "nhập ..." is the word "hội nhập" (to integrate), no association of eight syllables
    assert orgs_of("Hội nhập kinh tế khu vực đạt hiệu quả chưa cao.") == set()


def test_a_committee_s_subject_after_về_is_no_bill():
    assert not any("dự án" in name for name, _ in orgs_of(
        "Quốc hội nghe báo cáo của Ủy ban Pháp luật về dự án Luật đất đai."))


def test_a_reporter_s_note_after_a_dash_is_no_part_of_the_name():
    assert orgs_of("Bộ quản lý nhiều Cienco (Tổng công ty Xây dựng cầu đường - PV) rất lớn.") == {
        ("Tổng công ty Xây dựng cầu đường", "Tổng công ty Xây dựng cầu đường")}


def test_a_role_s_head_inside_the_word_cán_bộ_is_no_ministry():
    assert orgs_of("Tỉnh đã đào tạo 40 cán bộ Lào và cán bộ Tư pháp các huyện.") == set()


def test_an_occasion_after_a_name_ends_it():
    assert orgs_of("Đoàn thăm Trung tâm Điều dưỡng thương binh Kim Bảng nhân dịp Tết.") == {
        ("Trung tâm Điều dưỡng thương binh Kim Bảng", "Trung tâm Điều dưỡng thương binh Kim Bảng")}


def test_a_body_named_by_the_acronym_the_report_gave_it_is_that_body():
    text = ("Ông Lê Văn Tám từng là Chủ tịch Tổng công ty Khoáng sản miền Trung (KSMT). "
            "Năm nay, Tổng công ty KSMT nộp ngân sách 200 tỷ đồng.")
    assert {name for _, name in orgs_of(text)} == {"Tổng công ty Khoáng sản miền Trung"}


def test_an_acronym_inside_a_longer_name_defines_no_short_name():
    # the name goes on after the parenthesis: the acronym is of its first words only, so the short
    # name is not read as the words before it; since round 26 the place after it is the body's
    # ("Name (ABBR) Place", tests/test_org_names_and_common_nouns26.py), and the report's one
    # "Lực lượng CHĐB" is that body
    text = ("Lực lượng Cứu hộ Đặc biệt (CHĐB) Hà Nam tổ chức lễ kỷ niệm. "
            "Lực lượng CHĐB có 300 đội viên.")
    assert {name for _, name in orgs_of(text)} == {"Lực lượng Cứu hộ Đặc biệt Hà Nam"}
    assert "Lực lượng Cứu hộ Đặc biệt" not in {name for _, name in orgs_of(text)}


def test_a_bare_body_in_a_clause_naming_two_other_provinces_stays_bare():
    # the report is on Bình Định; the clause names Gia Lai's and Phú Yên's committees only
    assert ("Sở Y tế", "Sở Y tế") in orgs_of(
        "Tỉnh ủy Gia Lai và Tỉnh ủy Phú Yên ký kết, Sở Y tế cùng tham gia.", "Bình Định")
    # one of the two is the report's own: the report's, as before
    assert ("Sở Y tế", "Sở Y tế tỉnh Bình Định") in orgs_of(
        "Tỉnh ủy Bình Định và Tỉnh ủy Phú Yên ký kết, Sở Y tế cùng tham gia.", "Bình Định")
