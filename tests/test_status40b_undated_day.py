"""Tenure dates, fortieth round (status40b): in a report with no date of its own, a day written without its year
("Trước đó ngày 6/10, ...") is of the report's own time, which is on or after the latest full date its text
writes. It does not take the year of an event of the same day told years before ("... bầu giữ chức Bí thư Tỉnh ủy
ngày 6/10/2015" in a report that also writes 16/6/2016): a removal so told ends its post on no date, not on the
day of an old election.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates

FILL = ("Chương trình được truyền hình trực tiếp. Cử tri nêu nhiều ý kiến. Ông Lò Văn Hải điều hành chương trình. "
        "Các ý kiến được ghi nhận. Buổi tiếp xúc kết thúc lúc 11 giờ. ")
ELECTED = "Ông Hà Văn Quý được Ban Chấp hành Đảng bộ tỉnh Lạng Sơn bầu giữ chức Bí thư Tỉnh ủy ngày 6/10/2015. "
REMOVED = ("Trước đó ngày 6/10, Ban Chấp hành Trung ương Đảng đã kỷ luật ông Hà Văn Quý bằng hình thức cách chức Bí "
           "thư Tỉnh ủy Lạng Sơn; và cho thôi chức Ủy viên Ban Chấp hành Trung ương Đảng khóa XII. ")
EVENT = "Sáng 14/11, ông Hà Văn Quý, Chủ tịch HĐND tỉnh Lạng Sơn, vắng mặt tại buổi tiếp xúc cử tri. "
CC = "Hà Văn Quý: Ủy viên Ban Chấp hành Trung ương Đảng"


def test_a_yearless_day_takes_no_year_older_than_the_latest_full_date():
    got = post_dates(EVENT + FILL + REMOVED + ELECTED + "Ngày 16/6/2016, HĐND tỉnh Lạng Sơn bầu ông Hà Văn Quý làm "
                     "Chủ tịch HĐND tỉnh Lạng Sơn.")
    assert got[CC] == ("2016", None, "former")


def test_a_yearless_day_keeps_the_year_of_its_event_when_that_is_the_latest():
    got = post_dates(EVENT + FILL + REMOVED + ELECTED)
    assert got[CC][1] == "2015-10-06"
