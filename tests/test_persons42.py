"""Persons, round 31 (persons42): the reverent name "Bác Hồ" after a cue that names a thing after a
person ("thành phố mang tên ...") is the man himself when a word of reverence follows it
("... mang tên Bác Hồ kính yêu": loaders/data/person_reverence.tsv), as the gold convention of conv25
reads it; without such a word the city's name names no one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of


def test_a_revered_name_after_a_naming_cue_is_the_man():
    ex = officials("Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác Hồ kính yêu ngày càng văn minh.")
    assert persons_of(ex) == ["Bác Hồ"]


@pytest.mark.parametrize("text", [
    "Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác ngày càng văn minh.",
    "Cán bộ và nhân dân quyết tâm xây dựng thành phố mang tên Bác Hồ ngày càng văn minh.",
])
def test_a_city_named_after_the_man_without_reverence_names_no_one(text):
    assert persons_of(officials(text)) == []


def test_an_honour_after_the_revered_name_names_no_one():
    assert persons_of(officials("Các em học sinh phấn đấu trở thành cháu ngoan Bác Hồ kính yêu.")) == []


# --- a photographer's initials written as one word after "Ảnh:" ------------------------------------

@pytest.mark.parametrize("text", [
    "Ông Lạc Văn Hưng phát biểu tại hội nghị. Ảnh: KV Hội nghị kéo dài hai ngày.",  # the next sentence glued on
    "Ông Lạc Văn Hưng phát biểu tại hội nghị (Ảnh: KV). Hội nghị kéo dài hai ngày.",
    "Ông Lạc Văn Hưng phát biểu tại hội nghị - Ảnh: KV.",
])
def test_initials_in_one_word_after_a_photo_label_are_the_photographer(text):
    assert persons_of(officials(text)) == ["Lạc Văn Hưng", "KV"]


@pytest.mark.parametrize("text", [
    "Ông Lạc Văn Hưng phát biểu tại hội nghị. Ảnh: VGP Hội nghị kéo dài hai ngày.",  # a source
    "Ông Lạc Văn Hưng phát biểu tại hội nghị. Ảnh: CTV Hội nghị kéo dài hai ngày.",  # a contributor
])
def test_a_source_or_a_staff_role_names_no_one(text):
    assert persons_of(officials(text)) == ["Lạc Văn Hưng"]


def test_the_initials_of_a_writer_credited_in_the_report_are_that_writer():
    text = "Ông Lạc Văn Hưng phát biểu tại hội nghị. Ảnh: KV\nHội nghị kéo dài hai ngày.\nKiều Vy"
    assert persons_of(officials(text)) == ["Lạc Văn Hưng", "Kiều Vy"]


def test_a_graphic_signed_with_initials_names_no_one():
    text = "Ông Lạc Văn Hưng phát biểu tại hội nghị. Vốn đầu tư của ba khu kinh tế - Đồ họa: KV"
    assert persons_of(officials(text)) == ["Lạc Văn Hưng"]


# --- a credit signed short that another credit writes in full ---------------------------------------

def test_initials_and_a_given_name_are_the_credit_written_in_full():
    text = ("Người dân phản đối bãi rác - Ảnh: K.Vy Đơn kiến nghị được gửi đến ông Lạc Văn Hưng. "
            "Ông Hưng nói sẽ xem xét.\nKiều Vy")
    assert persons_of(officials(text)) == ["Lạc Văn Hưng", "Kiều Vy"]


def test_initials_of_a_name_told_in_the_text_stay_a_credit():
    text = "Ông Lạc Văn Hưng phát biểu tại hội nghị. Ảnh: L.Hưng\nHội nghị kéo dài hai ngày.\nKiều Vy"
    assert persons_of(officials(text)) == ["Lạc Văn Hưng", "L.Hưng", "Kiều Vy"]
