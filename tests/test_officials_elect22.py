"""Elections, twenty-second helper round: a nominee whose nomination is only planned ("được dự kiến
giới thiệu để bầu giữ chức ...", "dự kiến được giới thiệu ...") is nominated to the post, as one
already put forward is. Our own sentences, in the shape of corpus reports; the names are made up."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_planned_nomination_written_between_the_subject_and_the_verb_is_nominated():
    assert facts("Ông Lê Văn Tâm, Phó Bí thư Huyện ủy, Phó Chủ tịch UBND huyện Thanh Liêm được dự kiến "
                 "giới thiệu để bầu giữ chức vụ Chủ tịch UBND huyện Thanh Liêm.") == {
        ("Lê Văn Tâm", "Phó Bí thư", "Huyện ủy", "holds"),
        ("Lê Văn Tâm", "Phó Chủ tịch", "UBND huyện Thanh Liêm", "holds"),
        ("Lê Văn Tâm", "Chủ tịch", "UBND huyện Thanh Liêm", "nominated"),
    }


def test_the_plan_may_stand_before_the_passive():
    assert facts("Bà Trần Thị Hoa, Giám đốc Sở Tư pháp tỉnh Hà Nam dự kiến được giới thiệu để bầu giữ "
                 "chức Phó Chủ tịch UBND tỉnh Hà Nam.") == {
        ("Trần Thị Hoa", "Giám đốc", "Sở Tư pháp tỉnh Hà Nam", "holds"),
        ("Trần Thị Hoa", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "nominated"),
    }


def test_a_candidate_standing_at_a_place_is_nominated_to_the_seat_of_the_election_the_report_names():
    assert facts("Hội đồng bầu cử công bố danh sách 860 người ứng cử đại biểu Quốc hội khóa XV. Bà Trần "
                 "Thị Hoa, Giám đốc Công ty TNHH Hoa Sen, tự ứng cử tại Nam Định. Tỉnh Bắc Kạn có một người "
                 "tự ứng cử là ông Lê Văn Hùng, Viện trưởng Viện Kinh tế số.") == {
        ("Trần Thị Hoa", "Giám đốc", "Công ty TNHH Hoa Sen", "holds"),
        ("Trần Thị Hoa", "đại biểu", "Quốc hội khóa XV", "nominated"),
        ("Lê Văn Hùng", "Viện trưởng", "Viện Kinh tế số", "holds"),
        ("Lê Văn Hùng", "đại biểu", "Quốc hội khóa XV", "nominated"),
    }


def test_a_fronted_election_gives_each_candidate_of_the_clause_the_seat_nominated_not_held():
    assert facts("Trong đợt bầu cử đại biểu Quốc hội khóa XV, Bí thư Tỉnh ủy Nguyễn Văn An ứng cử ở Hà "
                 "Nam; Chủ tịch UBND tỉnh Lê Văn Bình ứng cử tại Nam Định.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy", "holds"),
        ("Nguyễn Văn An", "đại biểu", "Quốc hội khóa XV", "nominated"),
        ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Văn Bình", "đại biểu", "Quốc hội khóa XV", "nominated"),
    }


def test_no_election_named_no_seat_and_a_named_seat_self_nominated():
    assert facts("Bà Trần Thị Hoa, Giám đốc Công ty TNHH Hoa Sen, tự ứng cử tại Nam Định.") == {
        ("Trần Thị Hoa", "Giám đốc", "Công ty TNHH Hoa Sen", "holds"),
    }
    assert facts("Ông Nguyễn Văn An tự ứng cử đại biểu Quốc hội khóa XV.") == {
        ("Nguyễn Văn An", "đại biểu", "Quốc hội khóa XV", "nominated"),
    }


def test_an_election_result_listed_one_person_a_line_gives_each_the_seat():
    got = facts("Tại Đại hội XII, có 3 cán bộ trúng cử Ủy viên Trung ương Đảng tại Đại hội XII là:\n"
                "Ông Nguyễn Văn An (Thứ trưởng Bộ Xây dựng), hiện giữ chức Bí thư Tỉnh ủy Kiên Giang;\n"
                "Thiếu tướng Lê Văn Bình, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tài chính;\n"
                "Bà Trần Thị Hoa, Phó chủ tịch UBND tỉnh Hà Nam.\n"
                "Ông Phạm Văn Cường dự hội nghị.")
    elected = {(name, status) for name, role, org, status in got if (role, org) == ("Ủy viên", "Trung ương Đảng")}
    assert elected == {("Nguyễn Văn An", "appointed"), ("Lê Văn Bình", "appointed"), ("Trần Thị Hoa", "appointed")}


def test_a_detail_line_opens_the_list_of_the_election_told_on_the_line_before():
    got = facts("Có 2 cán bộ luân chuyển trúng cử Ủy viên Trung ương Đảng, hiện cả hai giữ vị trí cấp trưởng.\n"
                "Cụ thể:\n"
                "Ông Nguyễn Văn An, hiện giữ chức Bí thư Tỉnh ủy Kiên Giang;\n"
                "Bà Trần Thị Hoa, hiện giữ chức Bí thư Tỉnh ủy Hà Nam.")
    assert ("Nguyễn Văn An", "Ủy viên", "Trung ương Đảng", "appointed") in got
    assert ("Trần Thị Hoa", "Ủy viên", "Trung ương Đảng", "appointed") in got


def test_lines_of_prose_after_an_election_sentence_without_a_colon_are_no_list():
    got = facts("Ông Nguyễn Văn An trúng cử Ủy viên Trung ương Đảng tại Đại hội XII.\n"
                "Ông Lê Văn Bình, Bí thư Tỉnh ủy Hà Nam, dự đại hội.\n"
                "Bà Trần Thị Hoa, Phó chủ tịch UBND tỉnh Hà Nam, phát biểu.")
    assert not any(name != "Nguyễn Văn An" and role == "Ủy viên" for name, role, _org, _st in got)


def test_trung_alone_is_short_for_trung_cu():
    got = facts("Cũng tại Đại hội XII, có 2 cán bộ trúng Ủy viên dự khuyết Trung ương Đảng, gồm:\n"
                "Ông Nguyễn Văn An, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tài chính;\n"
                "Ông Lê Văn Bình, Viện trưởng Viện Kinh tế Việt Nam.")
    assert ("Nguyễn Văn An", "Ủy viên dự khuyết", "Trung ương Đảng", "appointed") in got
    assert ("Lê Văn Bình", "Ủy viên dự khuyết", "Trung ương Đảng", "appointed") in got
