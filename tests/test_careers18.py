"""Career histories, eighteenth round: "đến <date>" after a title ends the post, opening a clause it
is when the next step came; the date of a "trước khi" clause dates that clause's post only.

The sentences are our own, written in the shape of corpus biographies.
"""

from __future__ import annotations

from kg.loaders.extract.careers import read_period
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def period(text: str, word: str) -> tuple[str, str, bool] | None:
    """(start, end, a step) of the time expression read from the first token ``word``."""
    toks = Tokens.of(text, key(text))
    i = next(x for x in range(len(toks.k)) if toks.t[x] == word)
    p = read_period(toks, i)
    return (p.start.iso() if p.start else "", p.end.iso() if p.end else "", p.step) if p else None


def test_until_a_date_right_after_a_title_is_the_end_of_the_post():
    assert period("Giám đốc Công ty Cơ khí Hòa Bình đến tháng 10/2003, sau đó", "đến") == ("", "2003-10", False)
    assert period("Chủ tịch HĐND huyện cho tới năm 2010.", "tới") == ("", "2010", False)
    assert period("Bí thư Huyện ủy đến cuối năm 2005.", "đến") == ("", "2005", False)


def test_until_a_date_opening_a_clause_is_when_the_next_step_came():
    assert period("ông làm Chánh Văn phòng; đến tháng 9/2017 được điều động", "đến") == ("2017-09", "", True)
    assert period("Phó Chủ tịch UBND huyện và đến tháng 7/2010 thì làm", "đến") == ("2010-07", "", True)


def test_until_a_bare_number_is_no_date():
    assert period("Giám đốc Sở Xây dựng đến 2005 người", "đến") is None


def test_a_career_run_held_until_a_date_ends_then_and_is_former():
    got = facts("Ông Lý Văn Cường từng làm Bí thư Đảng ủy, Tổng giám đốc Tổng công ty Xây dựng Hòa Bình "
                "đến tháng 10/2003, sau đó được điều về công tác tại Bộ Xây dựng.")
    assert got == {
        ("Lý Văn Cường", "Bí thư", "Đảng ủy", "former", "", "2003-10"),
        ("Lý Văn Cường", "Tổng giám đốc", "Tổng công ty Xây dựng Hòa Bình", "former", "", "2003-10"),
    }


def test_the_date_of_a_truoc_khi_clause_dates_its_own_post_not_the_career_after_it():
    got = facts("Trước khi giữ chức Chủ tịch UBND tỉnh Phú Yên từ 12/3/2016, ông Đỗ Minh Khang từng kinh "
                "qua các vị trí Chủ tịch UBND huyện Đồng Xuân, Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh.")
    assert ("Đỗ Minh Khang", "Giám đốc", "Sở Tài chính", "former", "", "") in got
    assert ("Đỗ Minh Khang", "Chủ tịch", "UBND huyện Đồng Xuân", "former", "", "") in got
    assert ("Đỗ Minh Khang", "Phó Chủ tịch", "UBND tỉnh", "former", "", "") in got
    assert not any(f[4] == "2016-03-12" and f[1] != "Chủ tịch" for f in got)


def test_a_later_clause_opened_by_until_a_date_gives_its_post_to_the_subject_from_then():
    got = facts("Tháng 10/2016, ông Võ Đình Luân làm Chánh Văn phòng Tỉnh ủy; đến tháng 9/2017 được điều "
                "động giữ chức Trưởng ban Dân vận Tỉnh ủy.")
    assert {(f[0], f[1], f[2], f[4]) for f in got} >= {
        ("Võ Đình Luân", "Chánh", "Văn phòng Tỉnh ủy", "2016-10"),
        ("Võ Đình Luân", "Trưởng", "ban Dân vận Tỉnh ủy", "2017-09"),
    }
