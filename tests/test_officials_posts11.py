"""Posts the attachment, career and list passes dropped (eleventh round, issue 15): each sentence is
written for the test in a shape read in the corpus, and the exact posts come out."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, posts_of


def test_titles_after_a_term_of_office_stay_in_the_apposition():
    # the title grammar ends a run at "nhiệm kỳ 2010-2015": the titles after its comma are still A's
    got = facts("Ban Bí thư xem xét kỷ luật đối với ông Lê Văn Hùng - Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, "
                "Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2011-2016.")
    assert {(p, r, o) for p, r, o, _ in got} == {
        ("Lê Văn Hùng", "Bí thư", "Tỉnh ủy"),
        ("Lê Văn Hùng", "Bí thư", "Ban cán sự đảng"),
        ("Lê Văn Hùng", "Chủ tịch", "UBND tỉnh Nghệ An"),
    }


def test_a_former_prefix_carries_past_the_term():
    got = facts("Ủy ban Kiểm tra kết luận vi phạm của ông Trần Quốc Bảo (nguyên Ủy viên Trung ương Đảng, "
                "Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, Chủ tịch HĐND tỉnh Phú Yên nhiệm kỳ 2011-2016) là nghiêm trọng.")
    assert ("Trần Quốc Bảo", "Chủ tịch", "HĐND tỉnh Phú Yên", "former") in got
    assert ("Trần Quốc Bảo", "Bí thư", "Tỉnh ủy", "former") in got


def test_a_title_before_the_next_name_is_not_carried_over():
    ex = officials("Dự họp có ông Lê Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015-2020, "
                   "Trưởng ban Dân vận Tỉnh ủy Trần Văn Nam.")
    assert posts_of(ex) == {
        ("Lê Văn Hùng", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
        ("Trần Văn Nam", "Trưởng", "ban Dân vận Tỉnh ủy"),  # as written: "Trưởng ban"
    }


def test_introduced_to_be_elected_with_the_electing_body_unsaid():
    got = facts("Bộ Chính trị đã điều động và giới thiệu ông Phan Văn Lộc "
                "để bầu giữ chức Chủ tịch UBND tỉnh Quảng Bình.")
    assert got == {("Phan Văn Lộc", "Chủ tịch", "UBND tỉnh Quảng Bình", "nominated")}


def test_the_purpose_after_the_object_of_cho_is_the_subjects():
    ex = officials("Bộ trưởng Bộ Xây dựng Lê Quang Huy giao việc điều hành công tác của Bộ cho Thứ trưởng "
                   "Đỗ Văn Tài để nhận nhiệm vụ Bí thư Tỉnh ủy Quảng Trị.")
    assert posts_of(ex) == {("Lê Quang Huy", "Bộ trưởng", "Bộ Xây dựng"), ("Đỗ Văn Tài", "Thứ trưởng", "Bộ Xây dựng")}


def test_each_move_of_a_list_of_moves_is_its_own_subjects():
    # the post a move leads to, right before ", ông B", is A's new post, not B's title written before his name
    ex = officials("UBND tỉnh điều động ông Đinh Quang Hải từ Phó Giám đốc Sở Tài chính làm Giám đốc Trung tâm "
                   "Phát triển quỹ đất, ông Võ Minh Tâm từ Phó Giám đốc Sở Nội vụ làm Phó Chủ tịch "
                   "UBND huyện Tuy Phước.")
    assert posts_of(ex) == {
        ("Đinh Quang Hải", "Phó Giám đốc", "Sở Tài chính"),
        ("Đinh Quang Hải", "Giám đốc", "Trung tâm Phát triển quỹ đất"),
        ("Võ Minh Tâm", "Phó Giám đốc", "Sở Nội vụ"),
        ("Võ Minh Tâm", "Phó Chủ tịch", "UBND huyện Tuy Phước"),
    }


def test_a_past_clause_inside_the_sentence_makes_its_titles_former():
    # "trong thời gian giữ ..." after "vì" (not after a comma) still says the posts were held then
    got = facts("Ủy ban Kiểm tra kết luận bà Lê Thị Thu Hà vi phạm, vì trong thời gian giữ các cương vị Tỉnh ủy viên, "
                "Giám đốc Sở Tài chính, bà Lê Thị Thu Hà đã tham gia điều hành công ty của gia đình.")
    assert got == {("Lê Thị Thu Hà", "Tỉnh ủy viên", None, "former"),
                   ("Lê Thị Thu Hà", "Giám đốc", "Sở Tài chính", "former")}


def test_after_taking_office_says_nothing_of_its_own():
    got = facts("Ngay sau khi nhậm chức Bí thư Tỉnh ủy Bến Tre, ông Phan Văn Mãi đã đến thăm các xã ven biển.")
    assert {s for *_, s in got} != {"former"}


def test_an_obituary_makes_every_post_of_the_dead_former():
    # "là" alone would read as held at the time of the report
    got = facts("Đồng chí Trần Văn Khoa đã từ trần ngày 3/5/2018 tại Hà Nội. "
                "Đồng chí Trần Văn Khoa là Chủ tịch UBND tỉnh Phú Yên.")
    assert got == {("Trần Văn Khoa", "Chủ tịch", "UBND tỉnh Phú Yên", "former")}


def test_losing_a_post_is_no_death():
    got = facts("Ông Lê Quang Vinh mất chức Bí thư Đảng ủy Sở Y tế tỉnh Sơn La. "
                "Ông Lê Quang Vinh hiện là Giám đốc Sở Y tế.")
    assert ("Lê Quang Vinh", "Giám đốc", "Sở Y tế", "holds") in got


def test_a_deputy_post_passed_on_the_way_to_the_head_post_is_former():
    got = facts("Năm 2011, ông Lê Văn Cảnh giữ chức Phó Bí thư Thành đoàn Đà Nẵng. Năm 2012, ông Lê Văn Cảnh "
                "giữ chức Bí thư Thành đoàn Đà Nẵng. Từ năm 2015, ông Lê Văn Cảnh là Phó trưởng Ban Dân vận Thành ủy.")
    assert ("Lê Văn Cảnh", "Phó Bí thư", "Thành đoàn Đà Nẵng", "former") in got


def test_a_deputy_promoted_in_the_reports_own_event_still_holds_the_deputy_post():
    got = facts("Hội nghị đã bầu ông Phạm Minh Tuấn, Phó Bí thư Tỉnh ủy Ninh Bình, giữ chức Bí thư Tỉnh ủy Ninh Bình.")
    assert ("Phạm Minh Tuấn", "Phó Bí thư", "Tỉnh ủy Ninh Bình", "holds") in got
    assert ("Phạm Minh Tuấn", "Bí thư", "Tỉnh ủy Ninh Bình", "appointed") in got


def test_a_start_written_after_the_last_title_dates_that_title_only():
    ex = officials("Bà Trần Thị Lan từng kinh qua các vị trí: Giám đốc Sở Tài chính tỉnh Bến Tre, Thứ trưởng "
                   "Bộ Tài chính; Phó Chủ tịch UBND tỉnh Bến Tre từ năm 2011.")
    dates = {p.role: (p.start.iso() if p.start else None) for p in ex.posts}
    assert dates == {"Giám đốc": None, "Thứ trưởng": None, "Phó Chủ tịch": "2011"}
