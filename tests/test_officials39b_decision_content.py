"""Officials, thirty-ninth round (second wave): the posts a decision gives, told after it. A sentence
that opens with "Theo đó," right after a sentence that signs or announces a decision
(``decision_content_cues.tsv``) tells the decision's content: "ông A làm / giữ chức / giữ vị trí X" in it
is the appointment, and so is each line after it that is only such a link ("Ông B làm Y; bà C giữ
chức Z."), up to the first line of another shape.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

_DECISION = "Ngày 3/5, Ban Thường vụ Tỉnh ủy ký quyết định về việc phân công công tác cán bộ.\n"


def test_a_link_told_after_a_signed_decision_is_the_appointment():
    got = facts(_DECISION + "Theo đó, ông Lê Văn Ba giữ vị trí Trưởng ban Dân vận Tỉnh ủy Nam Định.")
    assert got == {("Lê Văn Ba", "Trưởng", "ban Dân vận Tỉnh ủy Nam Định", "appointed")}


def test_the_lines_that_go_on_with_links_are_the_same_decision():
    got = facts(_DECISION + "Theo đó, ông Lê Văn Ba giữ vị trí Trưởng ban Dân vận Tỉnh ủy Nam Định.\n"
                "Ông Hà Văn Nam làm Trưởng ban Tuyên giáo Tỉnh ủy Nam Định; bà Đỗ Thị Hoa giữ chức "
                "Chánh Văn phòng Tỉnh ủy Nam Định.\nCác lãnh đạo đã nhận nhiệm vụ. Ông Trần Văn Tư làm "
                "Bí thư Huyện ủy Ý Yên từ năm 2010.")
    assert ("Lê Văn Ba", "Trưởng", "ban Dân vận Tỉnh ủy Nam Định", "appointed") in got
    assert ("Hà Văn Nam", "Trưởng", "ban Tuyên giáo Tỉnh ủy Nam Định", "appointed") in got
    assert ("Đỗ Thị Hoa", "Chánh", "Văn phòng Tỉnh ủy Nam Định", "appointed") in got
    assert ("Trần Văn Tư", "Bí thư", "Huyện ủy Ý Yên", "appointed") not in got


def test_a_link_after_theo_do_with_no_decision_before_it_is_held():
    got = facts("Tỉnh ủy Nam Định vừa họp bàn công tác cán bộ.\n"
                "Theo đó, ông Lê Văn Ba giữ vị trí Trưởng ban Dân vận Tỉnh ủy Nam Định.")
    assert got == {("Lê Văn Ba", "Trưởng", "ban Dân vận Tỉnh ủy Nam Định", "holds")}
