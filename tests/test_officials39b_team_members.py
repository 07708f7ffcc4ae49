"""Officials, thirty-ninth round (second wave): the members of an inspection team listed with their
titles set off by dashes. A civil-service grade written first ("Thanh tra viên cao cấp",
``grade_words.tsv``) is no post and closes with the mark it opened with, so the titles after it are
still the member's; a run that a glossing bracket ends ("Vụ trưởng Vụ X (Bộ Y) - Trưởng đoàn ...")
goes on after the dash with the member's place on the team.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_grade_set_off_by_dashes_leaves_the_titles_after_it_to_the_member():
    got = facts("Đoàn kiểm tra có ông Lê Minh Khang - Thanh tra viên chính - Phó Vụ trưởng Vụ Pháp chế "
                "– Phó Trưởng đoàn kiểm tra. Đoàn làm việc trong 30 ngày.")
    assert got == {("Lê Minh Khang", "Phó Vụ trưởng", "Vụ Pháp chế", "holds"),
                   ("Lê Minh Khang", "Phó Trưởng", "đoàn kiểm tra", "holds")}


def test_a_grade_set_off_by_commas_leaves_the_titles_after_it_to_the_member():
    got = facts("Ông Trần Văn Lực, Kiểm toán viên cao cấp, Vụ trưởng Vụ Pháp chế cho biết sẽ báo cáo.")
    assert got == {("Trần Văn Lực", "Vụ trưởng", "Vụ Pháp chế", "holds")}


def test_a_bracketed_parent_body_before_a_dash_leaves_the_team_title_to_the_same_member():
    got = facts("Đoàn kiểm tra gồm ông Trần Văn Lực - Vụ trưởng Vụ Pháp chế (Bộ Tư pháp) - Trưởng đoàn "
                "kiểm tra. Đoàn làm việc trong 30 ngày.")
    assert got == {("Trần Văn Lực", "Vụ trưởng", "Vụ Pháp chế", "holds"),
                   ("Trần Văn Lực", "Trưởng", "đoàn kiểm tra", "holds")}


def test_a_grade_with_another_mark_after_it_is_not_passed_over():
    got = facts("Ông Trần Văn Lực - Thanh tra viên chính, ông Lê Minh Khang - Vụ trưởng Vụ Pháp chế cho biết.")
    assert ("Trần Văn Lực", "Vụ trưởng", "Vụ Pháp chế", "holds") not in got
