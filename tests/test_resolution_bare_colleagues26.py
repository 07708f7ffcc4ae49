"""Bare mentions of an uncommon name beside one telling colleague in two reports are one person
(kg.persons._join_bare_colleagues, BARE_COLLEAGUE_WEIGHT): "ông X" with no post in a minister's
interview and in a later report on the same affair that names the minister again. Reports are our
own sentences; the names are made up."""

from __future__ import annotations

from kg.persons import BARE_COLLEAGUE_WEIGHT, CAREER_NAME_LOG10, RARE_NAME_LOG10, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report

FAMILY = ["Lò", "Vi", "Hứa", "Đàm", "Ma", "Nông", "Triệu", "Lục", "Sầm", "Quàng"]
GIVEN = ["Khởi", "Nhuận", "Thưởng", "Diệm", "Khuê", "Loan", "Ngạn", "Quỳ", "Sướng", "Tiếp"]


def _filler(n: int) -> list:
    """Reports of one other official each: the corpus against which a colleague's rarity in reports
    is weighed (log(reports / reports naming him))."""
    return [report(f"f{i}", f"Ông {FAMILY[i % 10]} Văn {GIVEN[i // 10]}, Giám đốc Sở Tài chính, dự họp.",
                   (2006, 1, 1)) for i in range(n)]


def _affair(name: str, minister: str = "Đàm Quang Nhuận") -> list:
    return [
        report("interview", f"Bộ trưởng Bộ Giao thông vận tải {minister} nói sai phạm của {name} là bài học "
                            "lớn cho cả ngành.", (2006, 4, 5)),
        report("comment", f"Thủ tướng yêu cầu Bộ trưởng {minister} làm rõ trách nhiệm trong vụ {name}.",
               (2006, 4, 20)),
    ]


def test_the_names_are_what_the_rule_reads():
    assert RARE_NAME_LOG10 < name_rarity("Trần Văn Khởi") < CAREER_NAME_LOG10  # uncommon, not rare
    assert name_rarity("Nguyễn Văn Hùng") > CAREER_NAME_LOG10  # common


def test_bare_mentions_beside_the_same_minister_in_two_reports_join():
    exs = _filler(70) + _affair("Trần Văn Khởi")
    res = resolve(exs)
    nodes = people(exs, res, "Trần Văn Khởi")
    assert nodes["interview"] == nodes["comment"]
    assert [link.kind for link in res.person_links if "tran-van-khoi" in link.person] == ["colleagues"]


def test_a_colleague_named_in_many_reports_tells_nothing():
    # the minister is named in 1 report of 3 as well: log(3) is far below the weight asked
    many = [report(f"m{i}", f"Bộ trưởng Đàm Quang Nhuận dự lễ khởi công dự án số {i}.", (2006, 2, 1))
            for i in range(20)]
    exs = _filler(40) + many + _affair("Trần Văn Khởi")
    nodes = people(exs, resolve(exs), "Trần Văn Khởi")
    assert nodes["interview"] != nodes["comment"]


def test_a_common_name_does_not_join_on_one_colleague():
    exs = _filler(70) + _affair("Nguyễn Văn Hùng")
    nodes = people(exs, resolve(exs), "Nguyễn Văn Hùng")
    assert nodes["interview"] != nodes["comment"]


def test_an_official_does_not_join_a_bare_mention_on_one_colleague():
    exs = _filler(70) + [
        report("interview", "Bộ trưởng Bộ Giao thông vận tải Đàm Quang Nhuận nói sai phạm của Trần Văn Khởi "
                            "là bài học lớn cho cả ngành.", (2006, 4, 5)),
        report("visit", "Bộ trưởng Đàm Quang Nhuận làm việc với ông Trần Văn Khởi, Chủ tịch UBND tỉnh Hà Giang.",
               (2006, 4, 20)),
    ]
    nodes = people(exs, resolve(exs), "Trần Văn Khởi")
    assert nodes["interview"] != nodes["visit"]


def test_the_weight_asked_is_a_colleague_in_one_report_of_thirty_three():
    assert 3.4 < BARE_COLLEAGUE_WEIGHT < 3.6


def _board_affair(name: str) -> list:
    return [
        report("audit", f"Kết quả thanh tra tại Tổng cục Đường bộ Việt Nam cho thấy {name} đã sử dụng "
                        "sai vốn vay.", (2006, 4, 5)),
        report("trial", f"Sai phạm ở Tổng cục Đường bộ Việt Nam không chỉ do một mình {name}.", (2006, 9, 20)),
    ]


def test_bare_mentions_in_two_reports_naming_the_same_rare_body_join():
    exs = _filler(70) + _board_affair("Trần Văn Khởi")
    res = resolve(exs)
    nodes = people(exs, res, "Trần Văn Khởi")
    assert nodes["audit"] == nodes["trial"]
    assert [link.kind for link in res.person_links if "tran-van-khoi" in link.person] == ["report-body"]


def test_a_common_name_does_not_join_on_one_body():
    exs = _filler(70) + _board_affair("Nguyễn Văn Hùng")
    nodes = people(exs, resolve(exs), "Nguyễn Văn Hùng")
    assert nodes["audit"] != nodes["trial"]
