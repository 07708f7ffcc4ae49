"""A career the texts never link, under a name so rare that two officials bearing it are unlikely
(twenty-second round, kg.persons.RARE_CAREER_NAME_LOG10). Every sentence is written for these
tests; the names are made up."""

from __future__ import annotations

from tests.test_persons17 import _iris, _report

_DIRECTOR = "Bà {name}, Giám đốc Sở Công Thương tỉnh Đồng Nai, cho biết sản lượng điện tăng 8%."
_CHAIR = "Bà {name}, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu khai mạc hội nghị."


def test_officials_of_a_very_rare_name_with_no_post_in_common_are_one_person():
    from kg.persons import RARE_CAREER_NAME_LOG10, name_rarity

    name = "Khổng Thị Mỹ Quyên"
    assert name_rarity(name) < RARE_CAREER_NAME_LOG10
    exs = [_report("a", _DIRECTOR.format(name=name), (2010, 5, 4)),
           _report("b", _CHAIR.format(name=name), (2024, 3, 1))]
    assert len(_iris(exs, name)) == 1


def test_officials_of_a_rare_but_not_very_rare_name_stay_two():
    from kg.persons import RARE_CAREER_NAME_LOG10, RARE_NAME_LOG10, name_rarity

    name = "Ngô Xuân Lộc"  # rare (a bare mention of it joins its one official), not very rare
    assert RARE_CAREER_NAME_LOG10 < name_rarity(name) < RARE_NAME_LOG10
    exs = [_report("a", _DIRECTOR.format(name=name).replace("Bà", "Ông"), (2010, 5, 4)),
           _report("b", _CHAIR.format(name=name).replace("Bà", "Ông"), (2024, 3, 1))]
    assert len(_iris(exs, name)) == 2


def test_officials_of_a_very_rare_name_in_two_provinces_stay_two():
    name = "Khổng Thị Mỹ Quyên"
    exs = [_report("a", _DIRECTOR.format(name=name), (2010, 5, 4)),
           _report("b", _DIRECTOR.format(name=name).replace("Đồng Nai", "Lạng Sơn"), (2011, 3, 1))]
    assert len(_iris(exs, name)) == 2
