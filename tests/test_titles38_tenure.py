"""A tenure in brackets after a title ("Phó giám đốc (từ 3/2012 đến 5/2014) và Giám đốc Sở X (từ 6/2014 đến nay)"),
thirty-eighth titles round: a bracket that opens with "từ", holds a number and is followed by ",", ";" or "và" is
passed, so that the list of one career goes on behind it. The deputy shares the body of the title after the list
word and both are dated from their own brackets; a bracket of another kind ("(nhiệm kỳ ...)") still ends the list.

The sentences are our own.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_deputy_with_its_tenure_shares_the_body_after_va():
    got = facts("Ông Lê Văn Ba có nhiều năm gắn bó với ngành xây dựng, với cương vị Phó giám đốc (từ 3/2012 đến "
                "5/2014) và Giám đốc Sở Xây dựng (từ 6/2014 đến nay).")
    assert ("Lê Văn Ba", "Phó giám đốc", "Sở Xây dựng", "former", "2012-03", "2014-05") in got
    assert ("Lê Văn Ba", "Giám đốc", "Sở Xây dựng", "holds", "2014-06", "") in got


def test_a_deputy_with_its_tenure_shares_the_body_after_a_comma_but_not_past_a_term():
    got = facts("Ông Lê Văn Ba, Phó Chủ tịch (từ tháng 1/2015 đến tháng 6/2018), Chủ tịch UBND huyện Tân Phú (từ "
                "tháng 7/2018), vừa được điều động. Bà Trần Thị Hoa, Phó Chủ tịch (nhiệm kỳ 2015-2020), Chủ tịch "
                "UBND huyện Đồng Phú, phát biểu.")
    assert ("Lê Văn Ba", "Phó Chủ tịch", "UBND huyện Tân Phú", "former", "2015-01", "2018-06") in got
    assert ("Lê Văn Ba", "Chủ tịch", "UBND huyện Tân Phú", "holds", "2018-07", "") in got
    assert not any(p[0] == "Trần Thị Hoa" and p[1] == "Phó Chủ tịch" for p in got)  # "(nhiệm kỳ ...)" ends the list
