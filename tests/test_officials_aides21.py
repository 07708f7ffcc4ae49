"""The aide of a named leader (issue 15): "ông A, Thư ký giúp việc đồng chí B, ..." and "ông A, trợ lý
nguyên Tổng Bí thư B" give A the aide's post with no body (as the read gold sets write it: a
leader is a person, not a body) and leave the leader's titles to the leader; and a list of former holders
"nguyên Tổng Bí thư A, ông B" does not take in a name addressed as the first one was not; "đồng
thời là" carries a linked predicate on to a post held at the same time.

The sentences are our own, written in the shape of corpus appointment notices and memoirs.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_aide_and_the_aide_appointed_by_a_linking_verb():
    got = facts("Thủ tướng Chính phủ bổ nhiệm ông Lê Văn Hùng, Thư ký giúp việc đồng chí Trần Văn Nam, "
                "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, giữ chức vụ Trợ lý đồng chí Trần Văn Nam, "
                "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ.")
    assert got == {
        ("Lê Văn Hùng", "Thư ký", None, "holds"),
        ("Lê Văn Hùng", "Trợ lý", None, "appointed"),
        ("Trần Văn Nam", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn Nam", "Phó Thủ tướng", "Chính phủ", "holds"),
    }


def test_the_aide_of_a_former_leader_does_not_take_the_leaders_title():
    got = facts("Ông Đỗ Văn Kiên, trợ lý nguyên Tổng Bí thư Lê Văn Thành, kể lại chuyến công tác.")
    assert got == {
        ("Đỗ Văn Kiên", "trợ lý", None, "holds"),
        ("Lê Văn Thành", "Tổng Bí thư", None, "former"),
    }


def test_a_former_aide_with_the_linking_word_of():
    got = facts("Bà Phạm Thị Lan - nguyên thư ký riêng của Tổng Bí thư Lê Văn Thành - cho biết.")
    assert got == {
        ("Phạm Thị Lan", "thư ký riêng", None, "former"),
        ("Lê Văn Thành", "Tổng Bí thư", None, "holds"),
    }


def test_a_secretary_general_is_no_aide():
    got = facts("Ông Trần Văn Tư, Tổng Thư ký Quốc hội, phát biểu.")
    assert got == {("Trần Văn Tư", "Tổng Thư ký", "Quốc hội", "holds")}


def test_a_name_addressed_unlike_the_first_ends_a_list_of_former_holders():
    got = facts("Nhiều năm giúp việc cho nguyên Tổng Bí thư Lê Văn Thành, ông Đỗ Văn Kiên đã đi nhiều nơi.")
    assert got == {("Lê Văn Thành", "Tổng Bí thư", None, "former")}
    got = facts("Nguyên Phó Thủ tướng Vũ Văn Khoa, Trương Văn Trọng đã dự lễ.")
    assert got == {
        ("Vũ Văn Khoa", "Phó Thủ tướng", None, "former"),
        ("Trương Văn Trọng", "Phó Thủ tướng", None, "former"),
    }


def test_a_post_held_at_the_same_time_continues_a_linked_predicate():
    got = facts("Khi đó ông Lê Văn An làm Bí thư Tỉnh ủy Nghệ An đồng thời là Chủ tịch HĐND tỉnh Nghệ An.")
    assert got == {
        ("Lê Văn An", "Bí thư", "Tỉnh ủy Nghệ An", "holds"),
        ("Lê Văn An", "Chủ tịch", "HĐND tỉnh Nghệ An", "holds"),
    }



def test_the_aide_named_by_a_pronoun_is_the_pronouns_person():
    got = facts("Sau khi gặp ông Trần Văn An, ông Lê Văn Bình kể lại. Năm 1976, ông làm thư ký cho Tổng Bí thư "
                "Lê Văn Duẩn.")
    assert got == {
        ("Lê Văn Bình", "thư ký", None, "holds"),
        ("Lê Văn Duẩn", "Tổng Bí thư", None, "holds"),
    }
