"""A name written with no title in a report of the assembly's debate is the deputy of that name
(kg.persons._join_session_deputy): around him the deputies taking the floor are titled ("ĐB X (Kon
Tum)", "đại biểu Y"), and he is one more of them ("ông X ghi nhận: ...", "ông X không thỏa mãn với
câu trả lời của Bộ trưởng ..."). Reports are our own sentences; the names are made up."""

from __future__ import annotations

import kg.persons
from kg.persons import CAREER_NAME_LOG10, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report

NAME = "Nguyễn Văn Hùng"  # a common name: no rare-name or colleague step joins it

DEPUTY = report("seat", f"Thảo luận tại hội trường Quốc hội, đại biểu {NAME} (Kon Tum) đề nghị Chính phủ làm rõ trách "
                        "nhiệm của các bộ trong việc chậm giải ngân vốn đầu tư.", (2005, 6, 1))

DEBATE = report("debate", "Nhiều đại biểu Quốc hội đánh giá cao phần trả lời chất vấn. Đại biểu Lò Văn Khởi "
                          "(Sơn La) cho rằng Bộ trưởng đã nhận trách nhiệm. Đại biểu Đàm Thị Loan (Cao Bằng) cũng đồng "
                          f"tình. Trái với ý kiến trên, ông {NAME} nhận xét: \"Câu trả lời chưa đi vào "
                          "thực chất.\"", (2005, 6, 3))

VILLAGE = report("village", f"Tại thôn Nội Trung, ông {NAME} nói gia đình đã trồng 3 ha keo trên đất "
                            "được giao.", (2005, 6, 3))


def test_the_name_is_common_and_a_debate_names_two_deputies():
    assert name_rarity(NAME) > CAREER_NAME_LOG10
    assert getattr(kg.persons, "SESSION_DEPUTIES", None) == 2


def test_a_bare_name_in_the_assemblys_debate_is_the_one_deputy_of_that_name():
    exs = [DEPUTY, DEBATE]
    res = resolve(exs)
    nodes = people(exs, res, NAME)
    assert nodes["seat"] == nodes["debate"]
    assert [link.kind for link in res.person_links if "nguyen-van-hung" in link.person] == ["report-body"]


def test_a_bare_name_in_a_report_naming_no_deputy_stays_apart():
    exs = [DEPUTY, VILLAGE]
    nodes = people(exs, resolve(exs), NAME)
    assert nodes["seat"] != nodes["village"]


def test_two_deputies_of_the_name_for_two_provinces_leave_it_apart_from_both():
    other = report("seat2", f"Tại phiên họp của Quốc hội, đại biểu {NAME} (Gia Lai) chất vấn Bộ trưởng "
                            "Bộ Giáo dục về học phí.", (2005, 6, 2))
    exs = [DEPUTY, other, DEBATE]
    nodes = people(exs, resolve(exs), NAME)
    assert nodes["seat"] != nodes["seat2"]
    assert nodes["debate"] not in (nodes["seat"], nodes["seat2"])
