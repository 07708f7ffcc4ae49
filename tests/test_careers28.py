"""Career histories, twenty-eighth round: the earlier posts of a person told in a background
paragraph. A "khi"/"lúc" clause whose subject is written ("Khi ông A còn làm lãnh đạo tỉnh X, ở vị
trí ...", "ông A khi đang giữ chức X thì được phân công ..."), posts no longer held ("ông A không còn
là X"), and a move between "từng" and the title ("từng luân chuyển đi làm X").

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_when_clause_with_its_subject_gives_the_titles_after_o_vi_tri_as_former():
    got = facts("Ông Lê Văn Tâm nói, khi ông Trần Văn Bình còn làm lãnh đạo tại tỉnh Long An, ở vị trí Phó "
                "Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh, Bí thư Tỉnh ủy, thời kỳ đó rất khó khăn.")
    assert got == {
        ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
        ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "former", "", ""),
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy", "former", "", ""),
    }


def test_a_post_held_while_a_move_came_is_former_and_the_move_is_not():
    got = facts("Ông Lê Văn Tâm khi đang giữ chức Chủ tịch Hội Nông dân Việt Nam thì được phân công về làm "
                "Bí thư Tỉnh ủy Long An.")
    assert ("Lê Văn Tâm", "Chủ tịch", "Hội Nông dân Việt Nam", "former", "", "") in got
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "appointed", "", "") in got


def test_a_named_subject_right_before_khi_con_la_takes_the_post_as_former():
    got = facts("Đồng chí Lê Văn Tâm khi còn là Chủ tịch HĐQT Tập đoàn Dầu khí có trách nhiệm.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "HĐQT Tập đoàn Dầu khí", "former", "", "")}


def test_con_la_without_a_when_clause_is_a_post_held_too():
    got = facts("Ông Lê Văn Tâm còn là Chủ tịch Hội Nông dân Việt Nam.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "Hội Nông dân Việt Nam", "holds", "", "")}


def test_a_when_clause_with_no_subject_of_its_own_gives_nothing_to_the_person_named_before():
    # the post is the subject's after the comma ("ông Trần Văn Bình"), never the speaker's
    got = facts("Ông Lê Văn Tâm cho biết, khi còn làm Bí thư Huyện ủy Cần Đước, ông Trần Văn Bình rất sâu sát.")
    assert not any(f[0] == "Lê Văn Tâm" and f[1] == "Bí thư" for f in got)


def test_a_when_clause_with_a_pronoun_alone_names_nobody():
    got = facts("Ông Lê Văn Tâm là Chủ tịch UBND tỉnh. Khi ông còn làm Bí thư Huyện ủy Cần Đước, cũng đã từng "
                "có một Ban chống tham nhũng.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh", "holds", "", "")}


def test_posts_no_longer_held_are_former():
    got = facts("Sau khi bị kỷ luật, ông Lê Văn Tâm không còn là Bí thư Tỉnh ủy Long An, tức cũng không còn "
                "làm Trưởng đoàn ĐBQH tỉnh Long An.")
    assert got == {
        ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "former", "", ""),
        ("Lê Văn Tâm", "Trưởng", "đoàn ĐBQH tỉnh Long An", "former", "", ""),
    }


def test_khong_con_la_before_no_title_gives_nothing():
    got = facts("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, nói việc này không còn là chuyện mới.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh", "holds", "", "")}


def test_a_move_between_tung_and_the_title_keeps_the_career_step_and_its_period():
    got = facts("Ông Lê Văn Tâm trong giai đoạn 2008-2010 từng luân chuyển đi làm Phó bí thư Tỉnh ủy Long An "
                "nên am hiểu địa phương.")
    assert got == {("Lê Văn Tâm", "Phó bí thư", "Tỉnh ủy Long An", "former", "2008", "2010")}


def test_posts_held_during_the_faults_after_the_subject_and_its_titles_are_former():
    got = facts("Quyết định kỷ luật là để xử lý khuyết điểm của ông Lê Văn Tâm, Ủy viên Bộ Chính trị, Bí thư "
                "Thành ủy TP.HCM trong giai đoạn giữ chức vụ Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn PVN.")
    assert ("Lê Văn Tâm", "Bí thư", "Đảng ủy", "former", "", "") in got
    assert ("Lê Văn Tâm", "Chủ tịch", "HĐTV Tập đoàn PVN", "former", "", "") in got
    assert ("Lê Văn Tâm", "Bí thư", "Thành ủy TP.HCM", "holds", "", "") in got


def test_a_during_clause_after_anything_but_its_subject_is_not_the_person_named_before():
    got = facts("Cử tri đánh giá cao ông Lê Văn Tâm trong thời gian làm việc tại huyện, Chủ tịch UBND huyện "
                "Trần Văn Bình cho biết.")
    assert got == {("Trần Văn Bình", "Chủ tịch", "UBND huyện", "holds", "", "")}


def test_a_during_cue_that_does_not_open_a_list_leaves_the_cue_inside_it_to_do_so():
    got = facts("Với bà Lê Thị Tâm, Thứ trưởng Bộ Công Thương, UBKT Trung ương xác định: Trong thời gian giữ các "
                "chức vụ bí thư Đảng ủy, giám đốc Công ty Bóng đèn Điện Quang (2004-2010), bà đã vi phạm.")
    assert ("Lê Thị Tâm", "giám đốc", "Công ty Bóng đèn Điện Quang", "former", "2004", "2010") in got


def test_a_move_from_a_post_after_dieu_dong_bo_nhiem_gives_both_posts():
    got = facts("Trước đó, ông Lê Văn Tâm được Ban Thường vụ Tỉnh uỷ Kiên Giang điều động bổ nhiệm từ Bí thư "
                "huyện uỷ Châu Thành sang giữ chức Giám đốc Sở Nội vụ tỉnh Kiên Giang.")
    assert got == {
        ("Lê Văn Tâm", "Bí thư", "huyện uỷ Châu Thành", "former", "", ""),
        ("Lê Văn Tâm", "Giám đốc", "Sở Nội vụ tỉnh Kiên Giang", "appointed", "", ""),
    }


def test_a_post_never_held_is_no_career_step():
    got = facts("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Long An, chưa từng làm Chủ tịch UBND tỉnh bao giờ.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "holds", "", "")}
    got = facts("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Long An, chưa bao giờ từng làm Chủ tịch UBND tỉnh.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "holds", "", "")}
