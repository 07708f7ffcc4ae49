"""A fronted capacity clause ("trên cương vị A, B, ông ...", "trong thời gian giữ các cương vị A, B, bà
...") gives its titles to the subject after its comma also when a conjunction opens the sentence before
the cue ("Nhưng trên cương vị ..."), or when the clause is opened by a dash or a colon in a longer
sentence ("... kỷ luật đồng chí A, Phó Bí thư Tỉnh ủy - Trong thời gian giữ các cương vị ...",
"UBKT xác định: Trong thời gian ..."). Corpus: 7 reports write a fronted cue so."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_conjunction_before_the_capacity_clause_of_a_pronoun_subject() -> None:
    got = facts("Ông Lê Văn Khang có những đóng góp cho ngành. Nhưng trên cương vị Bí thư Đảng ủy, "
                "Chủ tịch Hội đồng thành viên Tổng công ty Thép, ông đã để xảy ra nhiều sai phạm.")
    assert ("Lê Văn Khang", "Bí thư", "Đảng ủy", "holds") in got
    assert ("Lê Văn Khang", "Chủ tịch", "Hội đồng thành viên Tổng công ty Thép", "holds") in got


def test_a_conjunction_before_a_while_held_clause_makes_it_former() -> None:
    got = facts("Bà Trịnh Thị Lan được khen thưởng nhiều lần. Song trong thời gian giữ chức Giám đốc "
                "Sở Tài chính, bà đã ký nhiều văn bản trái quy định.")
    assert got == {("Trịnh Thị Lan", "Giám đốc", "Sở Tài chính", "former")}


def test_a_clause_after_a_colon() -> None:
    got = facts("Với bà Đỗ Thị Hằng, Thứ trưởng Bộ Xây dựng, Ủy ban Kiểm tra kết luận: Trong thời gian "
                "giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty Xi măng Hòa Bình, bà Hằng đã vi phạm.")
    assert ("Đỗ Thị Hằng", "Thứ trưởng", "Bộ Xây dựng", "holds") in got
    assert ("Đỗ Thị Hằng", "Giám đốc", "Công ty Xi măng Hòa Bình", "former") in got
    assert ("Đỗ Thị Hằng", "Bí thư", "Đảng ủy", "former") in got


def test_a_clause_after_a_dash_in_a_numbered_item() -> None:
    got = facts("1- Thi hành kỷ luật đồng chí Vũ Minh Tâm, Phó Bí thư Tỉnh ủy - Trong thời gian giữ các "
                "cương vị Giám đốc Sở Xây dựng, Bí thư Huyện ủy Tân Phú, đồng chí Vũ Minh Tâm đã vi phạm.")
    assert ("Vũ Minh Tâm", "Phó Bí thư", "Tỉnh ủy", "holds") in got
    assert ("Vũ Minh Tâm", "Giám đốc", "Sở Xây dựng", "former") in got
    assert ("Vũ Minh Tâm", "Bí thư", "Huyện ủy Tân Phú", "former") in got


def test_a_lower_case_word_after_a_dash_opens_no_clause() -> None:
    # a guard: a dash inside a title list, then a lower-case cue, is an aside of the first name's
    got = facts("Ông Hà Văn Lực - khi còn là Giám đốc Sở Y tế, ông Ngô Đức Bình làm Phó Giám đốc.")
    assert ("Ngô Đức Bình", "Giám đốc", "Sở Y tế", "former") not in got
