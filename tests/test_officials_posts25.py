"""Posts of shapes read on reports nobody tuned for (issue 15, twenty-fifth round of officials).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, persons_of

_CV = ("Hai nhân sự được giới thiệu là ông Trần Văn Nam và ông Lê Văn Bình.\n"
       "Ông Trần Văn Nam sinh năm 1965 tại tỉnh Long An.\n"
       "Ông hiện là Phó Giám đốc Công an TP. HCM.\n"
       "Từ tháng 3/1990 đến tháng 6/2001: Ông công tác tại Công an quận 5, TP. HCM lần lượt giữ các chức vụ "
       "Cán bộ Đội Cảnh sát Kinh tế, Phó Đội trưởng Đội Cảnh sát Kinh tế.\n"
       "Từ tháng 6/2001 đến tháng 5/2005: Ông là Trưởng Công an quận 5.\n"
       "Ông Lê Văn Bình sinh năm 1966.")


def test_a_body_the_finder_does_not_know_after_a_title_that_needs_one_is_no_name():
    # "Đội Cảnh sát Kinh tế" is the body of "Cán bộ", not a foreigner "Đội Cảnh"; the "Ông" of the
    # next line is still Trần Văn Nam
    ex = officials(_CV)
    assert "Đội Cảnh" not in persons_of(ex)
    got = facts(_CV)
    assert ("Trần Văn Nam", "Trưởng", "Công an quận 5", "former") in got
    assert not any(f[0].startswith("Đội") for f in got)


def test_a_head_of_government_needs_no_body_and_a_foreign_name_follows_it():
    got = facts("Thủ tướng Campuchia Xam Đéc Hun Xen một lần nữa cảm ơn Việt Nam.")
    assert any(f[0] == "Xam Đéc Hun Xen" and f[1] == "Thủ tướng" for f in got)
