"""Steps of a career told without the report's act: a sentence opening with "Sau đó" after a
sentence of the same person's past posts, bare year steps with no subject ("Năm 2008 làm Giám đốc
..."), and "chuyển sang" reaching a title in a later year clause. The sentences are our own,
written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_then_step_after_a_career_list_is_a_past_step_not_the_reports_act():
    got = facts("Ông Trần Văn Nam từng làm các chức vụ Chủ tịch UBND quận 3, Bí thư Quận ủy quận 3. Sau đó, "
                "ông Nam được điều động sang làm Chánh Văn phòng Tỉnh ủy Hoà Bình. Năm 2015, ông Nam giữ chức "
                "Phó Bí thư Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "former") in got


def test_a_then_step_told_last_is_held():
    got = facts("Ông Trần Văn Nam từng làm các chức vụ Chủ tịch UBND quận 3, Bí thư Quận ủy quận 3. Sau đó, "
                "ông Nam được điều động sang làm Chánh Văn phòng Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "holds") in got


def test_a_then_step_with_no_career_told_before_keeps_its_appointment():
    got = facts("Hội nghị đã bầu ông Lê Văn Tám làm Phó Chủ tịch UBND tỉnh Hoà Bình. Sau đó, ông Trần Văn Nam "
                "được bổ nhiệm làm Chánh Văn phòng Tỉnh ủy Hoà Bình.")
    assert ("Trần Văn Nam", "Chánh", "Văn phòng Tỉnh ủy Hoà Bình", "appointed") in got


def test_bare_year_steps_after_a_named_step_are_that_persons_career():
    got = facts("Tại buổi làm việc, ông Lê Văn Tám phát biểu. Năm 2005 ông Trần Văn Nam được chuyển sang làm "
                "Phó giám đốc Trung tâm Dịch vụ tỉnh Hoà Bình. “Năm 2009 làm Giám đốc Trung tâm Dịch vụ tỉnh "
                "Hoà Bình. Đến năm 2014 được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Hoà Bình”.")
    assert ("Trần Văn Nam", "Giám đốc", "Trung tâm Dịch vụ tỉnh Hoà Bình", "former") in got
    assert ("Trần Văn Nam", "Giám đốc", "Sở Xây dựng tỉnh Hoà Bình", "holds") in got
    assert not any(f[0] == "Lê Văn Tám" for f in got)


def test_a_bare_year_step_after_a_sentence_naming_two_persons_is_nobodys():
    got = facts("Năm 2005 ông Trần Văn Nam và ông Lê Văn Tám cùng về công tác tại tỉnh. Năm 2009 làm Giám đốc "
                "Sở Xây dựng tỉnh Hoà Bình.")
    assert not any(f[2] == "Sở Xây dựng tỉnh Hoà Bình" for f in got)


def test_chuyen_sang_in_a_later_year_clause_reaches_the_title():
    got = facts("Năm 1996 ông Trần Văn Nam về Phòng Thống kê và năm 1997 chuyển sang Phó giám đốc Trung tâm "
                "Dịch vụ tỉnh Hoà Bình. Năm 2005 ông Nam làm Giám đốc Sở Xây dựng tỉnh Hoà Bình.")
    assert ("Trần Văn Nam", "Phó giám đốc", "Trung tâm Dịch vụ tỉnh Hoà Bình", "former") in got
