"""Statuses, thirty-fifth careers round: an act a report looks back on is not its event. A post gained in an
act dated (by a year, a month of a year or a congress's term) before the report's own date, or in an act its
sentence goes on to follow with what the person holds now ("..., hiện giữ chức ..."), is held or former, not
appointed (the gold's "appointed" is a post given in this report's event).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def _posts(text: str, date: str | None) -> set[tuple[str, str, str, str]]:
    """(person, role, body as written or "", status) of every post of ``text``, in a report of ``date``."""
    report = build_report(report_id="r", source_file="r.txt", text=f"Chân dung\n{text}", encoding="utf-8",
                          meta={"date": date} if date else {})
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status) for p in extract(report).posts}


_CONGRESS = ("Ông Nguyễn Văn Hùng sinh năm 1965. Tại Đại hội XII (năm 2016), ông được bầu vào Ban Chấp hành Trung "
             "ương Đảng. Ông hiện là Bí thư Tỉnh ủy Hà Nam.")


def test_a_seat_won_at_a_congress_before_the_reports_year_is_held_not_in_the_congress_year_nor_undated():
    assert ("Nguyễn Văn Hùng", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds") in _posts(_CONGRESS, "2017-05-03")
    assert ("Nguyễn Văn Hùng", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "appointed") in _posts(_CONGRESS,
                                                                                                  "2016-01-28")
    assert ("Nguyễn Văn Hùng", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "appointed") in _posts(_CONGRESS, None)


def test_a_move_dated_by_the_year_its_sentence_opens_with_is_held_but_this_years_act_with_its_day_appointed():
    got = _posts("Năm 2014, khi đang là Thứ trưởng Bộ Xây dựng, ông Trần Minh Quân được điều động giữ chức Phó Bí thư "
                 "Tỉnh ủy Ninh Bình. Sáng 5/3, ông Trần Minh Quân được bầu giữ chức Chủ tịch UBND tỉnh Ninh Bình.",
                 "2017-05-03")
    assert ("Trần Minh Quân", "Phó Bí thư", "Tỉnh ủy Ninh Bình", "holds") in got
    assert ("Trần Minh Quân", "Chủ tịch", "UBND tỉnh Ninh Bình", "appointed") in got


def test_a_move_followed_by_the_post_held_now_is_a_past_step():
    got = _posts("Ông Lý Văn Tài, Vụ trưởng Vụ Tổng hợp, Bộ Tài chính, được luân chuyển làm Phó Chủ tịch UBND tỉnh "
                 "Hà Giang, hiện giữ chức Phó Chủ tịch Viện Hàn lâm Khoa học Xã hội Việt Nam.", None)
    assert ("Lý Văn Tài", "Phó Chủ tịch", "UBND tỉnh Hà Giang", "former") in got


def test_seats_won_before_a_count_of_those_holding_posts_now_are_held():
    got = _posts("Tại Đại hội XII, có 2 cán bộ luân chuyển trúng cử Ủy viên Trung ương Đảng, hiện 2 người giữ vị trí "
                 "cấp trưởng nơi công tác.\nCụ thể:\nÔng Lý Văn Tài (Thứ trưởng Bộ Tài chính, luân chuyển làm "
                 "Phó Bí thư Tỉnh ủy Hà Giang), hiện giữ chức Bí thư Tỉnh ủy Hà Giang;\nÔng Đào Minh Sơn (Thứ trưởng "
                 "Bộ Công Thương, luân chuyển làm Phó Bí thư Tỉnh ủy Cao Bằng), hiện giữ chức Bí thư Tỉnh ủy "
                 "Cao Bằng.", None)
    assert ("Lý Văn Tài", "Ủy viên", "Trung ương Đảng", "holds") in got
    assert ("Đào Minh Sơn", "Ủy viên", "Trung ương Đảng", "holds") in got
