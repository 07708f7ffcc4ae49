"""Career histories, eighteenth round (leg 2): a post dated from a step and said held is former when
the same report goes on to a later dated step of the same person's career; a post held "đến nay"
and a seat held beside other posts (a membership) stay as they are.

The sentences are our own, written in the shape of corpus biographies.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_a_dated_step_followed_by_a_later_dated_step_is_a_former_post():
    got = facts("Tháng 10/2016, ông Võ Đình Luân làm Chánh Văn phòng Tỉnh ủy Nghệ An. Tháng 9/2017, ông Võ Đình "
                "Luân được điều động giữ chức Trưởng ban Dân vận Tỉnh ủy Nghệ An.")
    assert got == {
        ("Võ Đình Luân", "Chánh", "Văn phòng Tỉnh ủy Nghệ An", "former", "2016-10", ""),
        ("Võ Đình Luân", "Trưởng", "ban Dân vận Tỉnh ủy Nghệ An", "appointed", "2017-09", ""),
    }


def test_a_post_held_until_now_stays_held_after_a_later_step():
    got = facts("Từ năm 2015 đến nay, ông Võ Đình Luân là Bí thư Tỉnh ủy Nghệ An. Tháng 9/2017, ông Võ Đình Luân "
                "được giao giữ chức Trưởng ban Chỉ đạo phòng chống thiên tai tỉnh Nghệ An.")
    assert ("Võ Đình Luân", "Bí thư", "Tỉnh ủy Nghệ An", "holds", "2015", "") in got


def test_a_later_membership_does_not_end_an_earlier_post():
    got = facts("Tháng 6/2011, ông Võ Đình Luân làm Bí thư Tỉnh ủy Nghệ An. Tháng 1/2016, ông Võ Đình Luân được "
                "bầu làm Ủy viên Ban Chấp hành Trung ương Đảng.")
    assert ("Võ Đình Luân", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "appointed", "2016-01", "") in got
    assert not any(f[1] == "Bí thư" and f[3] == "former" for f in got)


def test_a_start_before_a_run_climbing_within_one_body_dates_only_the_first_step():
    got = facts("Ông Lê Minh Quang sinh năm 1960. Từ tháng 5/2008, ông làm Phó Bí thư Tỉnh ủy Quảng Ngãi, "
                "Bí thư Tỉnh ủy Quảng Ngãi.")
    assert ("Lê Minh Quang", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi", "former", "2008-05", "") in got
    assert ("Lê Minh Quang", "Bí thư", "Tỉnh ủy Quảng Ngãi", "former", "", "") in got


def test_the_later_step_of_a_climbing_run_is_still_closed_by_a_later_dated_step():
    got = facts("Ông Lê Minh Quang sinh năm 1960. Tháng 9/2010, ông Quang làm Phó Bí thư Đảng ủy Khối Doanh "
                "nghiệp Trung ương, Bí thư Đảng ủy Khối Doanh nghiệp Trung ương. Tháng 6/2012, ông Quang làm "
                "Bí thư Tỉnh ủy Sơn La.")
    assert ("Lê Minh Quang", "Bí thư", "Đảng ủy Khối Doanh nghiệp Trung ương", "former", "", "") in got
    assert ("Lê Minh Quang", "Bí thư", "Tỉnh ủy Sơn La", "holds", "2012-06", "") in got


def test_a_start_before_titles_of_two_bodies_dates_them_all():
    got = facts("Ông Lê Minh Quang sinh năm 1960. Tháng 5/2008, ông làm Bí thư Huyện ủy Sơn Tịnh, Chủ tịch "
                "HĐND huyện Sơn Tịnh. Tháng 6/2012, ông làm Bí thư Tỉnh ủy Sơn La.")
    assert {(f[1], f[4]) for f in got} >= {("Bí thư", "2008-05"), ("Chủ tịch", "2008-05")}
