"""A body whose name holds a place word without naming a place ("Đảng ủy Khối các cơ quan Trung
ương", "Bộ Lao động - Thương binh và Xã hội") is no district's or commune's body, so a career through
it is weighed like any other (kg.persons._below_province, loaders/data/place_word_compounds.tsv).
Reports are our own sentences; the names are made up."""

from __future__ import annotations

from kg.persons import RARE_CAREER_NAME_LOG10, _below_province, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report


def test_a_place_word_inside_a_common_word_names_no_place_below_a_province():
    assert not _below_province("Đảng ủy Khối các cơ quan Trung ương")
    assert not _below_province("Bộ Lao động - Thương binh và Xã hội")
    assert not _below_province("Bộ Nông nghiệp và Phát triển nông thôn")
    assert not _below_province("Liên minh Hợp tác xã Việt Nam")
    assert not _below_province("Thông tấn xã Việt Nam")


def test_a_place_word_that_names_a_place_still_does():
    assert _below_province("Ủy ban nhân dân xã Quảng Thái")
    assert _below_province("Phòng Lao động - Thương binh và Xã hội huyện Đông Sơn")
    assert _below_province("Đảng ủy xã Cát Thịnh")
    assert _below_province("Chủ tịch UBND quận")


def test_a_very_rare_names_career_through_a_bloc_of_central_bodies_is_one_person():
    assert name_rarity("Sơn Khứ Thạch") < RARE_CAREER_NAME_LOG10
    exs = [
        report("a", "Đồng chí Sơn Khứ Thạch, Bí thư Đảng ủy Khối các cơ quan Trung ương, phát biểu.", (2017, 3, 3)),
        report("b", "Ông Sơn Khứ Thạch, Phó Chủ nhiệm Ủy ban Dân tộc, dự hội nghị.", (2015, 1, 5)),
    ]
    assert len(set(people(exs, resolve(exs), "Sơn Khứ Thạch").values())) == 1
