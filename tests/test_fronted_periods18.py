"""Career histories, eighteenth round (leg 2): a bracketed period closing a clause fronted before its
subject ("Trong thời gian giữ cương vị A, B (2011-2014), ông X ...") gives the clause's titles to
the subject and dates them all, as "từ năm ... đến năm ..., ông X" already does; a "trước khi" clause
whose title is followed by its date still closes before its pronoun subject.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_bracketed_period_closing_a_fronted_clause_dates_every_title_of_it():
    got = facts("Trong thời gian giữ cương vị Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định (2011-2014), "
                "ông Trần Văn Hòa đã chỉ đạo nhiều công trình.")
    assert got == {
        ("Trần Văn Hòa", "Phó Bí thư", "Tỉnh ủy", "former", "2011", "2014"),
        ("Trần Văn Hòa", "Chủ tịch", "UBND tỉnh Bình Định", "former", "2011", "2014"),
    }


def test_a_bracket_closing_a_fronted_clause_glued_to_the_sentence_before_dates_its_run_too():
    got = facts("Kỷ luật đồng chí Lê Thị Thu Hà, Thứ trưởng Bộ Xây dựng Trong thời gian giữ các chức vụ Bí thư "
                "Đảng ủy, Giám đốc Công ty Cơ khí Hòa Bình (2004-2010), đồng chí Lê Thị Thu Hà đã có vi phạm.")
    assert ("Lê Thị Thu Hà", "Bí thư", "Đảng ủy", "former", "2004", "2010") in got
    assert ("Lê Thị Thu Hà", "Giám đốc", "Công ty Cơ khí Hòa Bình", "former", "2004", "2010") in got


def test_a_bracketed_period_with_months_closing_a_fronted_clause_dates_its_whole_run():
    got = facts("Với cương vị Giám đốc Công ty Cơ khí Hòa Bình, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty cổ phần "
                "Xây lắp Hòa Bình (tháng 1/2004 - 5/2010), đồng chí Lê Thị Thu Hà đã có các vi phạm.")
    assert {(f[1], f[3], f[4], f[5]) for f in got} == {
        ("Giám đốc", "former", "2004-01", "2010-05"),
        ("Bí thư", "former", "2004-01", "2010-05"),
        ("Chủ tịch", "former", "2004-01", "2010-05"),
    }


def test_a_bracket_after_titles_given_to_the_name_before_them_stays_the_last_titles_own():
    got = facts("Ông Trần Văn Hòa từng làm Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định (2011-2014), "
                "sau đó được điều động về Bộ Nội vụ.")
    assert ("Trần Văn Hòa", "Chủ tịch", "UBND tỉnh Bình Định", "former", "2011", "2014") in got
    assert ("Trần Văn Hòa", "Phó Bí thư", "Tỉnh ủy", "former", "", "") in got


def test_a_dated_truoc_khi_clause_before_a_pronoun_gives_its_post_with_its_start():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Trước khi làm Bí thư Tỉnh ủy Phú Yên vào tháng 10/2015, ông từng "
                "trải qua các chức vụ: Chủ tịch UBND huyện Đồng Xuân, Giám đốc Sở Tài chính.")
    assert got == {
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy Phú Yên", "holds", "2015-10", ""),
        ("Lê Văn Tám", "Chủ tịch", "UBND huyện Đồng Xuân", "former", "", ""),
        ("Lê Văn Tám", "Giám đốc", "Sở Tài chính", "former", "", ""),
    }
