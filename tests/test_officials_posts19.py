"""Posts, nineteenth round: a career list after "kinh qua nhiều vị trí tại PLACE như", seats written
before a main title after "của", and a bracketed period between two titles of one apposition. Our
own sentences, in the shape of corpus reports; the names are made up."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_career_list_after_a_shared_place_written_short_with_an_unread_first_item():
    assert facts("Ông Nguyễn Văn An từng kinh qua nhiều vị trí công tác tại TP.HCM như cán bộ giảng dạy Trường "
                 "Đại học Kinh tế TP.HCM; Phó Bí thư Thành đoàn TP.HCM; Giám đốc Sở Tài chính TP.HCM và "
                 "Phó Chủ tịch UBND TP.HCM.") == {
        ("Nguyễn Văn An", "Phó Bí thư", "Thành đoàn TP.HCM", "former"),
        ("Nguyễn Văn An", "Giám đốc", "Sở Tài chính TP.HCM", "former"),
        ("Nguyễn Văn An", "Phó Chủ tịch", "UBND TP.HCM", "former"),
    }


def test_a_dot_that_ends_a_sentence_still_ends_the_shared_place():
    assert facts("Ông Nguyễn Văn An từng kinh qua nhiều vị trí công tác tại Hà Nội. Như vậy, Phó Chủ tịch "
                 "UBND tỉnh Lê Văn Bình cho biết.") == {
        ("Lê Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_after_of_a_seat_before_the_main_title_is_the_named_persons_too():
    assert facts("Đó là phát biểu của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Thị Bình tại hội nghị.") == {
        ("Nguyễn Thị Bình", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Nguyễn Thị Bình", "Chủ tịch", "Quốc hội", "holds"),
    }


def test_after_of_a_main_title_before_another_names_someone_else():
    assert facts("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Nguyễn Văn An trao huân chương.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy", "holds"),
    }


def test_a_bracketed_period_after_a_term_does_not_end_the_apposition():
    assert facts("Ông Trần Văn Cường - Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 (đến tháng 2/2015), Chủ tịch HĐND "
                 "tỉnh nhiệm kỳ 2011-2016, chịu trách nhiệm chính.") == {
        ("Trần Văn Cường", "Bí thư", "Tỉnh ủy", "former"),
        ("Trần Văn Cường", "Chủ tịch", "HĐND tỉnh", "holds"),
    }


def test_a_district_after_a_comma_does_not_end_a_predicate_that_goes_on_with_a_verb():
    assert facts("Bà Lê Thị Hoa giữ chức Chủ tịch UBND phường Tân Định, quận Bình Tân và được bầu làm Bí thư "
                 "Đảng ủy phường.") == {
        ("Lê Thị Hoa", "Chủ tịch", "UBND phường Tân Định", "holds"),
        ("Lê Thị Hoa", "Bí thư", "Đảng ủy phường", "appointed"),
    }


def test_after_of_a_bare_word_before_a_title_is_no_seat_of_the_named_person():
    assert facts("Trả lời câu hỏi của đại biểu, Bộ trưởng Tài chính Nguyễn Văn An đã giải trình.") == {
        ("Nguyễn Văn An", "Bộ trưởng", "Tài chính", "holds"),
    }


def test_a_later_steps_start_is_unstated_and_leaves_no_floor_mark_on_the_posts():
    ex = officials("Ông Nguyễn Văn An sinh năm 1960. Tháng 5/2008, ông làm Phó Bí thư, Bí thư Tỉnh ủy Hà Tĩnh.")
    got = {(p.role, p.status, p.start.year if p.start else None) for p in ex.posts}
    assert got == {("Phó Bí thư", "former", 2008), ("Bí thư", "holds", None)}
    assert not any(p.start_floor for p in ex.posts)


def test_the_central_committee_written_as_one_glued_abbreviation_bchtu():
    assert facts("Nhiều gương mặt mới trúng cử vào BCHTƯ khóa X, đáng chú ý có Bí thư Tỉnh ủy Trần Văn An, "
                 "Chủ tịch UBND tỉnh Lê Văn Bình.") == {
        ("Trần Văn An", "Bí thư", "Tỉnh ủy", "holds"),
        ("Trần Văn An", "Ủy viên", "BCHTƯ", "appointed"),
        ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Văn Bình", "Ủy viên", "BCHTƯ", "appointed"),
    }
