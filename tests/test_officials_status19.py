"""Status, nineteenth round (the transfer rule changed in round 26, after the gold's conv25 convention
"a transfer does not itself end the title it is told with"): a transfer ("điều động") leaves the posts
written to identify the person it moves held, as an appointment does; the text tells an end apart.
Our own sentences, in the shape of corpus reports; the names are made up."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_transfer_leaves_the_post_the_person_is_moved_from_held():
    assert facts("Ban Thường vụ Thành ủy công bố quyết định điều động ông Nguyễn Văn An (Ủy viên Ban Thường "
                 "vụ Thành ủy, Phó Chủ tịch UBND thành phố) đến giữ chức Trưởng ban Tuyên giáo Thành ủy.") == {
        ("Nguyễn Văn An", "Ủy viên", "Ban Thường vụ Thành ủy", "holds"),
        ("Nguyễn Văn An", "Phó Chủ tịch", "UBND thành phố", "holds"),
        ("Nguyễn Văn An", "Trưởng", "ban Tuyên giáo Thành ủy", "appointed"),
    }


def test_a_transfer_written_after_the_name_and_its_titles():
    assert facts("Ông Trần Văn Bình, Tỉnh ủy viên, Bí thư Huyện ủy Phú Quốc, được điều động giữ chức "
                 "Giám đốc Sở Nội vụ tỉnh Kiên Giang.") == {
        ("Trần Văn Bình", "Tỉnh ủy viên", None, "holds"),
        ("Trần Văn Bình", "Bí thư", "Huyện ủy Phú Quốc", "holds"),
        ("Trần Văn Bình", "Giám đốc", "Sở Nội vụ tỉnh Kiên Giang", "appointed"),
    }


def test_an_appointment_without_a_transfer_leaves_the_identifying_post_held():
    assert facts("Thủ tướng vừa bổ nhiệm ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Thanh Hóa giữ chức "
                 "Thứ trưởng Bộ Xây dựng.") == {
        ("Nguyễn Văn An", "Phó Chủ tịch", "UBND tỉnh Thanh Hóa", "holds"),
        ("Nguyễn Văn An", "Thứ trưởng", "Bộ Xây dựng", "appointed"),
    }


def test_a_transfer_ends_neither_the_moved_person_s_title_nor_the_next_person_s():
    got = facts("Bộ Chính trị quyết định điều động ông Nguyễn Văn An, Bí thư Tỉnh ủy, giữ chức Phó Trưởng "
                "ban Tổ chức Trung ương và chuẩn y ông Lê Văn Bình, Chủ tịch UBND tỉnh Quảng Ninh giữ chức "
                "Bí thư Tỉnh ủy Quảng Ninh.")
    assert ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy", "holds") in got
    assert ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh Quảng Ninh", "holds") in got


def test_a_written_former_keeps_its_word():
    assert ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Hà Giang", "former") in facts(
        "Bộ Chính trị điều động ông Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Hà Giang giữ chức Phó Trưởng ban "
        "Kinh tế Trung ương.")


def test_a_former_does_not_carry_onto_a_seat_written_with_its_term():
    assert facts("Ông Nguyễn Văn An, nguyên Bộ trưởng Bộ Công Thương, đại biểu Quốc hội khóa XIV đã phát biểu.") == {
        ("Nguyễn Văn An", "Bộ trưởng", "Bộ Công Thương", "former"),
        ("Nguyễn Văn An", "đại biểu", "Quốc hội khóa XIV", "holds"),
    }


def test_a_former_still_carries_onto_a_title_without_a_term():
    assert facts("Ông Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Nghệ An, Chủ tịch UBND tỉnh Nghệ An phát biểu.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Nghệ An", "former"),
        ("Nguyễn Văn An", "Chủ tịch", "UBND tỉnh Nghệ An", "former"),
    }


def test_a_list_heading_that_nominates_gives_each_items_new_post_its_status():
    assert facts("Hai nhân sự được giới thiệu vào các chức danh của Quốc hội gồm: ông Nguyễn Văn An, Phó Bí thư "
                 "Tỉnh ủy Quảng Ninh giữ chức Chủ nhiệm Ủy ban Kinh tế; ông Lê Văn Bình, Giám đốc Sở Tài chính "
                 "giữ chức Chủ nhiệm Ủy ban Pháp luật.") == {
        ("Nguyễn Văn An", "Phó Bí thư", "Tỉnh ủy Quảng Ninh", "holds"),
        ("Nguyễn Văn An", "Chủ nhiệm", "Ủy ban Kinh tế", "nominated"),
        ("Lê Văn Bình", "Giám đốc", "Sở Tài chính", "holds"),
        ("Lê Văn Bình", "Chủ nhiệm", "Ủy ban Pháp luật", "nominated"),
    }


def test_a_list_heading_without_a_cue_leaves_the_items_posts_held():
    assert facts("Tham dự hội nghị có: ông Nguyễn Văn An, Bí thư Tỉnh ủy; ông Lê Văn Bình giữ chức Chủ tịch "
                 "UBND tỉnh.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy", "holds"),
        ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_heading_that_nominates_members_to_go_on_in_their_posts_gives_their_titles_that_status():
    assert facts("Nhân sự được giới thiệu để bầu tiếp tục đảm nhiệm vị trí chủ nhiệm ủy ban gồm: bà Nguyễn Thị "
                 "An, Chủ nhiệm Ủy ban Tư pháp; ông Lê Văn Bình, Chủ nhiệm Ủy ban Kinh tế.") == {
        ("Nguyễn Thị An", "Chủ nhiệm", "Ủy ban Tư pháp", "nominated"),
        ("Lê Văn Bình", "Chủ nhiệm", "Ủy ban Kinh tế", "nominated"),
    }


def test_a_heading_that_nominates_without_going_on_leaves_the_members_titles_held():
    assert facts("Nhân sự được giới thiệu để bầu gồm: bà Nguyễn Thị An, Chủ nhiệm Ủy ban Tư pháp; ông Lê Văn "
                 "Bình, Chủ nhiệm Ủy ban Kinh tế.") == {
        ("Nguyễn Thị An", "Chủ nhiệm", "Ủy ban Tư pháp", "holds"),
        ("Lê Văn Bình", "Chủ nhiệm", "Ủy ban Kinh tế", "holds"),
    }
