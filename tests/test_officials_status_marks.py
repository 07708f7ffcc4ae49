"""Statuses and attachments read from how the writer marks each title (issue 15): a "nguyên" the
writer repeats marks each former title, so an unmarked one among them is held; a retirement after
the comma that closes an apposition ends the posts in it; "đảm trách", "khỏi chức vụ" and "thôi"
link a name to its post; a ";" between two guests' titles ends the first guest's; a delegate to a
congress is no deputy of the Quốc hội; a grade written as a bare role ("Thẩm phán trung cấp") does
not cut the name off from the titles after it; a role word inside a body's name ("Ban Bí thư",
"Đoàn Chủ tịch") is no title.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_title_without_the_repeated_nguyen_is_held():
    got = facts("Dự lễ có ông Trần Văn Lâm, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Cần Thơ, "
                "Trưởng đoàn Đại biểu Quốc hội thành phố Cần Thơ.")
    assert got == {
        ("Trần Văn Lâm", "Ủy viên", "Bộ Chính trị", "former"),
        ("Trần Văn Lâm", "Bí thư", "Thành ủy Cần Thơ", "former"),
        ("Trần Văn Lâm", "Trưởng", "đoàn Đại biểu Quốc hội thành phố Cần Thơ", "holds"),
    }


def test_titles_between_two_marked_ones_are_held():
    got = facts("Cơ quan điều tra khởi tố ông Trần Văn Lâm - nguyên Chủ tịch Hội đồng thành viên Tập đoàn "
                "Than, Phó trưởng Ban Kinh tế Trung ương, nguyên Ủy viên Bộ Chính trị, đại biểu Quốc hội khóa XIV.")
    assert ("Trần Văn Lâm", "Phó trưởng", "Ban Kinh tế Trung ương", "holds") in got
    assert ("Trần Văn Lâm", "đại biểu", "Quốc hội khóa XIV", "holds") in got
    assert ("Trần Văn Lâm", "Ủy viên", "Bộ Chính trị", "former") in got


def test_a_single_nguyen_still_carries_over_the_titles_after_it():
    got = facts("Ủy ban Kiểm tra kỷ luật ông Trần Văn Lâm - Phó Bí thư Tỉnh ủy Gia Lai, nguyên Bí thư "
                "Đảng ủy, Cục trưởng Cục Hậu cần.")
    assert got == {
        ("Trần Văn Lâm", "Phó Bí thư", "Tỉnh ủy Gia Lai", "holds"),
        ("Trần Văn Lâm", "Bí thư", "Đảng ủy", "former"),
        ("Trần Văn Lâm", "Cục trưởng", "Cục Hậu cần", "former"),
    }


def test_lists_joined_by_semicolons_are_counted_apart():
    got = facts("Ông Trần Văn Lâm, nguyên Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an; "
                "nguyên Phó Chủ tịch Ủy ban Quốc phòng và An ninh của Quốc hội.")
    assert ("Trần Văn Lâm", "Bộ trưởng", "Bộ Công an", "former") in got


def test_retiring_after_the_apposition_leaves_its_posts():
    got = facts("Sở Nội vụ nay còn hai phó giám đốc do ông Trần Văn Lâm, Phó Giám đốc Sở Nội vụ kiêm "
                "Trưởng ban Thi đua - Khen thưởng tỉnh, đã nghỉ hưu theo chế độ.")
    assert got == {
        ("Trần Văn Lâm", "Phó Giám đốc", "Sở Nội vụ", "left"),
        ("Trần Văn Lâm", "Trưởng", "ban Thi đua - Khen thưởng tỉnh", "left"),
    }


def test_a_retirement_to_come_leaves_the_post_held():
    got = facts("Ông Trần Văn Lâm, Giám đốc Sở Xây dựng, sẽ nghỉ hưu theo chế độ từ tháng sau.")
    assert got == {("Trần Văn Lâm", "Giám đốc", "Sở Xây dựng", "holds")}


def test_another_cue_after_the_closing_comma_opens_its_own_clause():
    got = facts("Ông Trần Văn Lâm, Giám đốc Sở Xây dựng, khi đó đã ký văn bản.")
    assert got == {("Trần Văn Lâm", "Giám đốc", "Sở Xây dựng", "holds")}


def test_dam_trach_links_a_name_to_its_post():
    got = facts("Cùng ngày, Bộ Chính trị phân công ông Trần Văn Lâm đảm trách chức vụ Trưởng Ban Nội chính "
                "Trung ương.")
    assert got == {("Trần Văn Lâm", "Trưởng", "Ban Nội chính Trung ương", "appointed")}


def test_removed_from_a_post_by_khoi_chuc_vu():
    got = facts("Hội đồng nhân dân tỉnh đã miễn nhiệm ông Trần Văn Lâm khỏi chức vụ Phó Chủ tịch UBND "
                "tỉnh Bình Định.")
    assert got == {("Trần Văn Lâm", "Phó Chủ tịch", "UBND tỉnh Bình Định", "left")}


def test_a_guest_list_splits_at_the_semicolon_before_the_next_guest():
    got = facts("Dự lễ có đồng chí Hà Văn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng; Phó Bí thư "
                "Tỉnh ủy Cao Bằng Nông Thị Hiền; Phó Chủ tịch HĐND tỉnh Cao Bằng Lục Văn Tài.")
    assert got == {
        ("Hà Văn Lộc", "Phó Bí thư", "Tỉnh ủy", "holds"),
        ("Hà Văn Lộc", "Chủ tịch", "UBND tỉnh Cao Bằng", "holds"),
        ("Nông Thị Hiền", "Phó Bí thư", "Tỉnh ủy Cao Bằng", "holds"),
        ("Lục Văn Tài", "Phó Chủ tịch", "HĐND tỉnh Cao Bằng", "holds"),
    }


def test_thoi_right_before_a_title_leaves_it_and_ve_lam_gains_the_next():
    got = facts("Cử tri hỏi vì sao chỉ cho ông Trần Văn Lâm thôi Ủy viên Bộ Chính trị, thôi chức Bí thư "
                "Thành ủy Hải Phòng rồi về làm Phó trưởng Ban Kinh tế Trung ương.")
    assert got == {
        ("Trần Văn Lâm", "Ủy viên", "Bộ Chính trị", "left"),
        ("Trần Văn Lâm", "Bí thư", "Thành ủy Hải Phòng", "left"),
        ("Trần Văn Lâm", "Phó trưởng", "Ban Kinh tế Trung ương", "appointed"),
    }


def test_a_delegate_to_a_party_congress_is_no_deputy_of_the_assembly():
    text = ("Chiều 19/4, Đại hội làm việc tại hội trường. Đồng chí Trần Văn Lâm, Ủy viên Bộ Chính trị, "
            "Chủ tịch Quốc hội, điều hành phiên họp. Đại hội đã nghe 10 tham luận. (Tham luận của đại biểu "
            "Hà Văn Lộc, Đoàn đại biểu khối các cơ quan Trung ương.) Đại hội tiếp tục làm việc đến ngày 25/4.")
    got = facts(text)
    assert not any(name == "Hà Văn Lộc" for name, *_ in got)
    assert ("Trần Văn Lâm", "Chủ tịch", "Quốc hội", "holds") in got


def test_a_deputy_in_a_session_report_is_still_the_assembly_s():
    text = ("Sáng 2/11, Quốc hội thảo luận tại hội trường. Tại phiên chất vấn, đại biểu Hà Văn Lộc hỏi "
            "Bộ trưởng Bộ Y tế về giá thuốc. Quốc hội sẽ bế mạc kỳ họp vào cuối tháng.")
    assert ("Hà Văn Lộc", "Đại biểu", "Quốc hội", "holds") in facts(text)


def test_a_grade_written_as_a_bare_role_before_the_titles_is_passed():
    got = facts("Ông Hà Văn Lộc, sinh năm 1968, Thẩm phán trung cấp, Chánh án Tòa án nhân dân huyện Cầu Ngang "
                "đã xét xử hàng trăm vụ án.")
    assert got == {("Hà Văn Lộc", "Chánh án", "Tòa án nhân dân huyện Cầu Ngang", "holds")}


def test_the_post_a_post_is_left_for_after_de_is_gained():
    got = facts("Ông Hà Văn Lộc thôi giữ chức Bí thư Tỉnh ủy Cao Bằng để giữ chức Phó trưởng Ban Nội chính "
                "Trung ương.")
    assert got == {
        ("Hà Văn Lộc", "Bí thư", "Tỉnh ủy Cao Bằng", "left"),
        ("Hà Văn Lộc", "Phó trưởng", "Ban Nội chính Trung ương", "appointed"),
    }


def test_bodies_left_with_their_term_before_de_and_the_one_replaced():
    got = facts("Bộ Chính trị điều động ông Hà Văn Lộc thôi chức Bí thư Tỉnh ủy, thôi tham gia Ban Thường vụ "
                "Tỉnh ủy Cao Bằng nhiệm kỳ 2015-2020 để giữ chức Bí thư Đảng đoàn Hội Nông dân Việt Nam "
                "thay ông Lục Văn Tài.")
    assert ("Hà Văn Lộc", "Bí thư", "Đảng đoàn Hội Nông dân Việt Nam", "appointed") in got
    assert ("Lục Văn Tài", "Bí thư", "Đảng đoàn Hội Nông dân Việt Nam", "left") in got


def test_a_role_word_inside_a_body_s_name_is_no_title():
    got = facts("Sau khi bị kỷ luật theo thông báo của Ban Bí thư Trung ương, ông Hà Văn Lộc đã có đơn xin "
                "thôi nhiệm vụ. Cơ bản tán thành với báo cáo của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, "
                "Phó Chủ tịch Quốc hội Lục Văn Tài nêu ý kiến.")
    assert got == {("Lục Văn Tài", "Phó Chủ tịch", "Quốc hội", "holds")}
