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
