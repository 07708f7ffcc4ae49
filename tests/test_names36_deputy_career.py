"""A career through the deputies of the tier's central bodies is one person under a rare enough name
(kg.persons._join_deputy_career, DEPUTY_CAREER_NAME_LOG10; loaders/data/leadership_posts.tsv, level
deputy): a general who is deputy head of the army's political department, later a vice chairman of
the National Assembly; a deputy head of a central commission, later a deputy chair of an Assembly
committee. Reports are our own sentences; the names are made up."""

from __future__ import annotations

import kg.persons
from kg.persons import CAREER_NAME_LOG10, RARE_NAME_LOG10, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report

NAME = "Trần Văn Khải"  # log10 share -4.8: not rare, rarer than the deputies' step asks
LESS_RARE = "Nguyễn Quốc Cường"  # -4.4: uncommon (the tier's own step), not rare enough for deputies


def _general_then_assembly(name: str) -> list:
    return [
        report("army", f"Thượng tướng {name}, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, "
                       "dự hội thảo tại Đồng Nai.", (2021, 4, 28)),
        report("assembly", f"Phó Chủ tịch Quốc hội {name} phát biểu kết luận phiên họp.", (2025, 3, 3)),
    ]


def test_the_names_are_what_the_rule_reads():
    assert RARE_NAME_LOG10 < name_rarity(NAME) < getattr(kg.persons, "DEPUTY_CAREER_NAME_LOG10", -99.0)
    assert getattr(kg.persons, "DEPUTY_CAREER_NAME_LOG10", 0.0) < name_rarity(LESS_RARE) < CAREER_NAME_LOG10


def test_a_deputy_of_a_central_body_later_in_the_tier_is_one_person():
    exs = _general_then_assembly(NAME)
    res = resolve(exs)
    nodes = people(exs, res, NAME)
    assert nodes["army"] == nodes["assembly"]
    assert [link.kind for link in res.person_links if "tran-van-khai" in link.person] == ["career"]


def test_two_deputies_posts_of_central_bodies_are_one_person():
    exs = [
        report("commission", f"Ông {NAME}, Phó Trưởng ban Tổ chức Trung ương, trao quyết định của Ban Bí thư.",
               (2004, 5, 1)),
        report("committee", f"Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội {NAME} trình bày báo cáo "
                            "thẩm tra.", (2006, 6, 1)),
    ]
    nodes = people(exs, resolve(exs), NAME)
    assert nodes["commission"] == nodes["committee"]


def test_a_less_rare_name_stays_apart():
    exs = _general_then_assembly(LESS_RARE)
    nodes = people(exs, resolve(exs), LESS_RARE)
    assert nodes["army"] != nodes["assembly"]


def test_a_deputy_and_a_provincial_department_head_stay_apart():
    exs = [
        report("ministry", f"Thứ trưởng Bộ Tài chính {NAME} làm việc với Kho bạc Nhà nước.", (2018, 3, 1)),
        report("province", f"Ông {NAME}, Giám đốc Sở Y tế tỉnh Bình Định, cho biết số ca bệnh đã giảm.",
               (2018, 9, 1)),
    ]
    nodes = people(exs, resolve(exs), NAME)
    assert nodes["ministry"] != nodes["province"]
