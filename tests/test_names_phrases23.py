"""A pronoun read from a phrase after a bare "Ông" (pronoun_next.tsv), and a name whose last syllable
is also a word that opens sentences (sentence_starts.tsv) before a verb of saying. Sentences written
for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def _persons(text: str) -> list[str]:
    return [p.name for p in officials(text).persons]


def test_a_profile_phrase_after_a_bare_ong_makes_it_the_pronoun_of_the_person_last_named():
    text = "Ông Trần Văn Nam sinh năm 1962, quê Nghệ An. Ông có học vị tiến sĩ, là Ủy viên Trung ương Đảng."
    assert facts(text) == {("Trần Văn Nam", "Ủy viên", "Trung ương Đảng", "holds")}
    assert facts("Bà Lê Thị Hoa sinh năm 1970. Bà có trình độ cử nhân luật, là Ủy viên Trung ương Đảng.") == {
        ("Lê Thị Hoa", "Ủy viên", "Trung ương Đảng", "holds")}


def test_co_alone_after_a_bare_ong_is_a_question_put_to_him_and_gives_him_nothing():
    assert facts("Ông Trần Văn Nam sinh năm 1962. Ông có thể cho biết về Ban Tuyên giáo Trung ương?") == set()
    assert facts("Ông Trần Văn Nam sinh năm 1962. Ông có nghĩ Ủy viên Trung ương Đảng phải gương mẫu?") == set()


def test_a_sentence_start_word_before_a_verb_of_saying_ends_the_speakers_name():
    # the last syllable written without its tone mark, "Trong" for "Trọng"
    assert facts("Tổng Bí thư Nguyễn Phú Trong cho biết: Hội nghị đã thống nhất cao.") == {
        ("Nguyễn Phú Trong", "Tổng Bí thư", None, "holds")}
    assert _persons("Ông Lê Văn Tại phát biểu tại buổi lễ.") == ["Lê Văn Tại"]


def test_a_sentence_start_word_before_its_object_still_begins_the_next_sentence():
    assert _persons("Chủ tịch Quốc hội Lào Pany Yathotou Tại buổi tiếp, hai bên trao đổi.") == ["Pany Yathotou"]
    assert _persons("Ảnh: Hồng Đào Trong dịp Tết, ông Lê Văn Nam đi thăm.") == ["Hồng Đào", "Lê Văn Nam"]
