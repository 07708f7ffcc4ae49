"""Colleagues named beside two namesakes weigh what they say: a co-mention in a long list (a Central
Committee of ~180 names names each member beside every other) says less about a pair than one in
the report of a meeting (kg.persons.colleague_weight, COLLEAGUE_LIST_NAMES). Reports are our own
sentences; the names are made up."""

from __future__ import annotations

import math

from kg.persons import COLLEAGUE_LIST_NAMES, colleague_weight, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report

FAMILY = ["Lò", "Vi", "Hứa", "Đàm", "Ma", "Nông", "Triệu", "Lục", "Sầm", "Quàng"]
GIVEN = ["Khởi", "Nhuận", "Thưởng", "Diệm", "Khuê", "Loan", "Ngạn", "Quỳ", "Sướng", "Tiếp"]


def _filler(n: int) -> list:
    """Reports of one other official each: the corpus against which a name's rarity in reports is
    weighed (log(reports / reports naming him))."""
    return [report(f"f{i}", f"Ông {FAMILY[i % 10]} Văn {GIVEN[i // 10]}, Giám đốc Sở Tài chính, dự họp.",
                   (2016, 1, 1)) for i in range(n)]


def _list_of(n: int) -> str:
    """A list of the Central Committee: ``n`` numbered names with their posts."""
    names = [f"{FAMILY[i % 10]} Thị {GIVEN[i // 10 % 10]}" for i in range(n - 3)]
    items = [f"{i + 1}. {name}, Phó Giám đốc Sở Nội vụ tỉnh Hà Giang" for i, name in enumerate(names)]
    items += [f"{n - 2}. Trần Đại Nghĩa, Bộ trưởng Bộ Công an",
              f"{n - 1}. Lê Khả Phiêu, Bộ trưởng Bộ Ngoại giao",
              f"{n}. Nguyễn Văn Hùng, Trưởng Ban Tài chính Quản trị Trung ương"]
    return "Danh sách Ban Chấp hành Trung ương Đảng khóa X: " + " ".join(items)


def test_a_co_mention_weighs_less_in_a_long_list():
    assert colleague_weight(4.0, 12) == 4.0
    assert colleague_weight(4.0, COLLEAGUE_LIST_NAMES) == 4.0
    assert math.isclose(colleague_weight(4.0, 6 * COLLEAGUE_LIST_NAMES), 4.0 - math.log(6))
    assert colleague_weight(1.0, 6 * COLLEAGUE_LIST_NAMES) == 0.0


def test_namesakes_named_beside_the_same_two_leaders_in_a_long_list_stay_apart():
    assert name_rarity("Nguyễn Văn Hùng") > -4.0  # a common name: no rarity joins it
    exs = _filler(40) + [
        report("list", _list_of(60), (2006, 4, 25)),
        report("visit", "Tham gia đoàn có Bộ trưởng Bộ Công an Trần Đại Nghĩa, Bộ trưởng Bộ Ngoại giao Lê Khả "
                        "Phiêu và Đại sứ Việt Nam tại Nhật Bản Nguyễn Văn Hùng.", (2017, 6, 4)),
    ]
    nodes = people(exs, resolve(exs), "Nguyễn Văn Hùng")
    assert nodes["list"] != nodes["visit"]


def test_the_same_two_leaders_beside_the_name_in_the_report_of_a_meeting_still_join():
    exs = _filler(40) + [
        report("meeting", "Dự hội nghị có Bộ trưởng Bộ Công an Trần Đại Nghĩa, Bộ trưởng Bộ Ngoại giao Lê Khả "
                          "Phiêu và ông Nguyễn Văn Hùng, Trưởng Ban Tài chính Quản trị Trung ương.", (2016, 4, 25)),
        report("visit", "Tham gia đoàn có Bộ trưởng Bộ Công an Trần Đại Nghĩa, Bộ trưởng Bộ Ngoại giao Lê Khả "
                        "Phiêu và Đại sứ Việt Nam tại Nhật Bản Nguyễn Văn Hùng.", (2017, 6, 4)),
    ]
    res = resolve(exs)
    nodes = people(exs, res, "Nguyễn Văn Hùng")
    assert nodes["meeting"] == nodes["visit"]
    assert [link.kind for link in res.person_links if "nguyen-van-hung" in link.person] == ["colleagues"]
