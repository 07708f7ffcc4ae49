"""Organizations at full length (orgs37): a department named by a one-syllable word and a two-syllable
one in lower case ("Chống" + "tham nhũng") keeps that word's second syllable when a verb of
name_stops.tsv follows it. The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text)]


def test_a_department_against_corruption_then_the_verb_of_the_sentence():
    assert names("Ông Hào, Cục trưởng Cục Chống tham nhũng khẳng định sẽ làm rõ.") == [
        "Cục Chống tham nhũng"]


def test_a_department_against_smuggling_that_chairs_an_inspection():
    assert names("Ông Tâm, Cục trưởng Cục Chống buôn lậu chủ trì cuộc kiểm tra.") == ["Cục Chống buôn lậu"]


def test_a_time_word_after_a_two_syllable_field_is_no_part_of_the_name():
    assert names("Cục Quản lý hôm nay khẳng định sẽ kiểm tra lại.") == ["Cục Quản lý"]
