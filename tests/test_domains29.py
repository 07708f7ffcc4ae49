"""Fields of ministries and departments, twenty-ninth round: the labour department's abbreviation
written with two hyphens ("Sở LĐ-TB-XH", 14 times in the corpus texts) is a field as "LĐ-TBXH" is;
without its row in ``domains.tsv`` the whole title was lost.

The sentence is our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_labour_department_written_with_two_hyphens_is_a_department():
    got = facts("Ông Trần Văn Bình, Giám đốc Sở LĐ-TB-XH tỉnh Nam Định, cho biết tỉnh đã chi trả đủ trợ cấp.")
    assert got == {("Trần Văn Bình", "Giám đốc", "Sở LĐ-TB-XH tỉnh Nam Định", "holds")}
