"""Officials, twenty-ninth round: a step dated by a part of its month ("vào cuối tháng 2/2016") is a
dated step, a level of government pointing back ("cán bộ địa chính xã này") names no post of its own,
and low-rank posts the gold writes ("Nhân viên lưu trữ", "tùy viên giáo dục", "Luật sư điều hành").

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from kg.loaders.extract.careers import read_period
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def _period(text: str) -> tuple[str, str, int] | None:
    p = read_period(Tokens.of(text, key(text)), 0)
    return None if p is None else (p.start.iso(), p.end.iso() if p.end else "", p.length)


def test_a_part_of_the_month_before_its_unit_dates_the_step_by_that_month():
    assert _period("vào cuối tháng 2/2016.") == ("2016-02", "", 6)
    assert _period("đầu năm 2011, ông") == ("2011", "", 3)
    assert _period("giữa tháng 6 năm 2013") == ("2013-06", "", 5)


def test_a_part_word_with_no_unit_after_it_is_no_date():
    assert _period("cuối 2016") is None


def test_a_later_step_dated_by_the_end_of_a_month_ends_the_deputy_post_told_after_it():
    got = facts("Ông Lê Văn Tâm được phân công giữ chức Trưởng ban Nội chính Trung ương vào cuối tháng 2/2016. "
                "Từ tháng 1/2013, ông được điều động làm Phó ban Nội chính Trung ương.")
    assert ("Lê Văn Tâm", "Phó", "ban Nội chính Trung ương", "former", "2013-01", "") in got
    head = [f for f in got if f[1] == "Trưởng"]
    assert head and head[0][4] == "2016-02"


def test_a_level_pointing_back_to_a_named_commune_leaves_the_role_alone():
    got = facts("Ông Lê Văn Tâm, Phó Bí thư Đảng ủy xã Hòa Phong (thời điểm đó, ông Tâm là cán bộ địa chính "
                "xã này).")
    assert ("Lê Văn Tâm", "cán bộ địa chính", None, "former", "", "") in got
    assert not any(f[1] == "cán bộ địa chính xã" for f in got)


def test_a_level_alone_still_keeps_the_level_in_the_role():
    got = facts("Ông Lê Văn Tâm, nguyên chủ tịch xã, cho biết.")
    assert got == {("Lê Văn Tâm", "chủ tịch xã", None, "former", "", "")}


def test_low_rank_posts_of_a_career_list_are_posts():
    got = facts("Từ tháng 11/1983 đến tháng 4/1997, ông Lê Văn Tâm giữ các chức vụ: Nhân viên lưu trữ Ban "
                "Tuyên giáo huyện ủy, Phó Trưởng phòng Văn hoá Thông tin.")
    assert ("Lê Văn Tâm", "Nhân viên lưu trữ", "Ban Tuyên giáo huyện ủy", "former", "1983-11", "1997-04") in got


def test_an_education_attache_of_an_embassy_is_a_post():
    got = facts("Ông Lê Văn Tâm từng là tùy viên giáo dục Đại sứ quán Việt Nam tại Cộng hòa Pháp.")
    assert got == {("Lê Văn Tâm", "tùy viên giáo dục", "Đại sứ quán Việt Nam tại Cộng hòa Pháp", "former", "", "")}


def test_a_managing_lawyer_of_a_law_firm_is_a_post():
    got = facts("Ông Lê Văn Tâm, Luật sư điều hành Công ty Luật TNHH Hòa Phong, cho biết.")
    assert got == {("Lê Văn Tâm", "Luật sư điều hành", "Công ty Luật TNHH Hòa Phong", "holds", "", "")}


def test_bo_sung_dong_chi_gives_the_post_after_his_titles_as_appointed():
    got = facts("Đồng thời, bổ sung đồng chí Lê Văn Tâm, Ủy viên Ban Thường vụ Tỉnh ủy Long An giữ chức Phó "
                "Chủ tịch Hội Nông dân Việt Nam.")
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "Hội Nông dân Việt Nam", "appointed", "", "") in got
    assert ("Lê Văn Tâm", "Ủy viên", "Ban Thường vụ Tỉnh ủy Long An", "holds", "", "") in got


def test_bo_sung_of_a_law_gives_no_appointment():
    got = facts("Quốc hội sửa đổi, bổ sung Luật Đất đai; ông Lê Văn Tâm, Chủ tịch Hội Nông dân Việt Nam phát biểu.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "Hội Nông dân Việt Nam", "holds", "", "")}


def test_di_lam_right_after_the_titles_reaches_the_post_moved_to():
    got = facts("Ông Lê Văn Tâm - nguyên Bộ trưởng Xây dựng đi làm Bí thư Tỉnh ủy Long An, tuy quê ở Bến Tre.")
    assert ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "holds", "", "") in got
    assert ("Lê Văn Tâm", "Bộ trưởng", "Xây dựng", "former", "", "") in got


def test_di_after_another_word_links_nothing():
    got = facts("Ông Lê Văn Tâm, Chủ tịch Hội Nông dân Việt Nam, hôm qua đi thăm Bí thư Tỉnh ủy Long An.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "Hội Nông dân Việt Nam", "holds", "", "")}


def test_a_title_held_at_a_time_told_before_the_subject_is_former():
    got = facts("Bà Lê Thị Dục là chị của ông Lê Văn Tâm, Phó Bí thư Đảng ủy xã Hòa Phong (thời điểm cấp đất, ông "
                "Tâm là cán bộ địa chính xã này).")
    assert ("Lê Văn Tâm", "cán bộ địa chính", None, "former", "", "") in got
    assert ("Lê Văn Tâm", "Phó Bí thư", "Đảng ủy xã Hòa Phong", "holds", "", "") in got


def test_thoi_diem_nay_is_now():
    assert facts("Thời điểm này, bà Lê Thị Dục làm Chủ tịch UBND tỉnh Long An.") == {
        ("Lê Thị Dục", "Chủ tịch", "UBND tỉnh Long An", "holds", "", "")}
    assert facts("Thời điểm đó, bà Lê Thị Dục làm Chủ tịch UBND tỉnh Long An.") == {
        ("Lê Thị Dục", "Chủ tịch", "UBND tỉnh Long An", "former", "", "")}
