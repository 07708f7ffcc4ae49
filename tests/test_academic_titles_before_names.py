"""An academic title written between a post and the name ("Bộ trưởng Bộ Y tế, tiến sĩ X"): the
degree is an honorific before the name (honorifics.txt), as "giáo sư" and "TS" are, so the post
before it is the named person's. Sentences written for these tests; the people in them are
fictional."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_post_then_tien_si_and_the_name_is_the_named_persons_post():
    assert facts("Bộ trưởng Bộ Y tế, tiến sĩ Lê Hồng Sơn cho biết.") == {
        ("Lê Hồng Sơn", "Bộ trưởng", "Bộ Y tế", "holds")}
    assert facts("Phó Chủ tịch UBND tỉnh Nghệ An, Tiến sĩ Trần Văn Nam cho biết.") == {
        ("Trần Văn Nam", "Phó Chủ tịch", "UBND tỉnh Nghệ An", "holds")}


def test_tien_si_is_no_part_of_the_name():
    assert [p.name for p in officials("Tiến sĩ Lê Văn Hòa cho biết.").persons] == ["Lê Văn Hòa"]


def test_a_degree_with_its_field_after_the_name_is_no_person():
    assert [p.name for p in officials("Ông Trần Văn Nam 53 tuổi, tiến sĩ Kinh tế, quê tỉnh Bến Tre.").persons] \
        == ["Trần Văn Nam"]
    assert facts("Ông Trần Văn Nam, tiến sĩ kinh tế, Phó Chủ tịch UBND tỉnh Nghệ An cho biết.") == {
        ("Trần Văn Nam", "Phó Chủ tịch", "UBND tỉnh Nghệ An", "holds")}
