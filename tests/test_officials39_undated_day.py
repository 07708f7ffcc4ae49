"""Officials, thirty-ninth round: an undated report (no date in its metadata, none in its lead) is written
on or after the latest date its text writes in full ("Ngày 14/7/2018, HĐND tỉnh bầu ..."), so a step the
text dates to an earlier month is one it looks back on: an appointment so dated is held, a removal former.
The step is dated in its own sentence before the title, by "vào ngày D" after it, or, in a sentence opening
with "Theo đó", by the opening clause of the sentence before. The latest full date's own act stays the
report's event, and a date that may lie ahead ("từ ngày", "đến ngày") moves the report's day nowhere.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates

# Four sentences with no date: the report takes none from its lead.
LEAD = "Tỉnh Lạng Sơn kiện toàn bộ máy chính quyền. Nhiều cán bộ được luân chuyển. Công tác cán bộ được chú trọng. "
EVENT = "Ngày 14/7/2018, HĐND tỉnh Lạng Sơn bầu ông Hà Văn Quý làm Chủ tịch UBND tỉnh Lạng Sơn. "
QUY = "Hà Văn Quý: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"
TOAN = "Vi Đức Toàn: Giám đốc Sở Xây dựng tỉnh Lạng Sơn"
DECISION = "Ngày 2/4/2018, Ban Thường vụ Tỉnh ủy Lạng Sơn công bố quyết định điều động ông Vi Đức Toàn. "


def test_an_appointment_told_by_theo_do_after_an_earlier_full_date_is_held():
    got = post_dates(LEAD + DECISION + "Theo đó, ông Vi Đức Toàn được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh "
                     "Lạng Sơn. " + EVENT)
    assert got == {TOAN: ("2018-04-02", None, "holds"), QUY: ("2018-07-14", None, "appointed")}


def test_a_removal_told_by_theo_do_after_an_earlier_full_date_is_former():
    got = post_dates(LEAD + DECISION + "Theo đó, ông Vi Đức Toàn thôi giữ chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn để "
                     "nhận nhiệm vụ mới. " + EVENT)
    assert got == {TOAN: (None, "2018-04-02", "former"), QUY: ("2018-07-14", None, "appointed")}


def test_an_appointment_dated_vao_ngay_after_its_title_before_the_latest_full_date_is_held():
    got = post_dates(LEAD + EVENT + "Ông Vi Đức Toàn được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn vào "
                     "ngày 9/3/2018.")
    assert got == {TOAN: ("2018-03-09", None, "holds"), QUY: ("2018-07-14", None, "appointed")}


def test_a_date_that_may_lie_ahead_leaves_the_report_in_the_month_of_its_event():
    got = post_dates(LEAD + EVENT + "Ông Vi Đức Toàn được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Lạng Sơn vào "
                     "ngày 9/3/2018. Ông Lò Văn Hải nhận nhiệm vụ Giám đốc Sở Tài chính tỉnh Lạng Sơn từ ngày "
                     "1/9/2018.")
    assert got[TOAN] == ("2018-03-09", None, "holds")
    assert got[QUY] == ("2018-07-14", None, "appointed")

