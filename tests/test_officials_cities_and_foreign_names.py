"""A city of one syllable after "thành phố", a foreign head of state with the country between title and
name, and one foreign name written with and without its accents (issue 15; blind7's misses, read after
its first score). Our own sentences: the exact posts and persons out."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_city_of_one_syllable_after_thanh_pho_is_the_bodys_place_not_the_start_of_a_name():
    assert facts("Chủ tịch UBND thành phố Vinh Trần Ngọc Tú phát biểu. "
                 "Bí thư Thành ủy, Chủ tịch HĐND thành phố Pleiku Lê Văn Hòa dự họp.") == {
        ("Trần Ngọc Tú", "Chủ tịch", "UBND thành phố Vinh", "holds"),
        ("Lê Văn Hòa", "Bí thư", "Thành ủy", "holds"),
        ("Lê Văn Hòa", "Chủ tịch", "HĐND thành phố Pleiku", "holds"),
    }


def test_a_country_between_a_role_and_a_foreign_name_keeps_the_role_with_the_name():
    assert facts("Tại buổi tiếp, Chủ tịch Trung Quốc Tập Cận Bình cho biết hai nước sẽ hợp tác.") == {
        ("Tập Cận Bình", "Chủ tịch", None, "holds"),
    }


def test_a_foreign_name_written_with_and_without_its_accents_is_one_person():
    ex = officials("Ông José Martínez Ruiz phát biểu tại hội nghị. Chủ tịch Quốc hội Cuba José Martinez Ruiz "
                   "cảm ơn Việt Nam.")
    assert [p.name for p in ex.persons] == ["José Martínez Ruiz"]


def test_vietnamese_names_differing_by_a_tone_stay_two_persons():
    ex = officials("Ông Nguyễn Văn Hùng phát biểu. Ông Nguyễn Văn Hưng cũng phát biểu.")
    assert sorted(p.name for p in ex.persons) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"]
