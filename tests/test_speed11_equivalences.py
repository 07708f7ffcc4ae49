"""The faster ways of this round must give exactly what the plain ones give: the tokenizer's
split by code-point ranges against the Unicode classes, the word-start alternation against a
look-behind before it, and the rules reworked around them on sentences written for the test."""

from __future__ import annotations

import re

import pytest

from kg.loaders.extract.doc_tables import alternation
from kg.loaders.extract.names import find_names
from kg.loaders.extract.tokens import (
    _LISTED,
    _TOKEN_PARTS,
    PhraseIndex,
    Tokens,
    _token_parts,
    _token_parts_listed,
    phrase_tokens,
)
from kg.textkey import key
from tests.fixtures_officials import officials, persons_of


def test_the_listed_split_agrees_with_the_unicode_classes_at_every_listed_code_point():
    # each code point between a letter and a digit, alone, doubled and glued to both: a class
    # written as ranges that missed or added one code point would part or join them differently
    listed = _token_parts_listed()
    for cp in range(_LISTED):
        c = chr(cp)
        for probe in (f"a{c}1", f"{c}{c} x", f"1{c}a"):
            assert listed.split(probe) == _TOKEN_PARTS.split(probe), hex(cp)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, dự hội nghị ngày 12/3/2024.",
    "Diện tích 25m² và 3_000 người… (năm 2024)",
    "Đoàn công tác → xã Tân Lập",  # an arrow (U+2192) is past the listed code points
    "Hội nghị 北京 khai mạc",  # CJK letters
    "",
])
def test_a_key_is_split_as_the_unicode_classes_split_it(text):
    k = key(text)
    assert _token_parts(k) == _TOKEN_PARTS.split(k)


def test_tokens_past_the_listed_code_points_are_words_as_before():
    toks = Tokens.of("Đoàn → Tân Lập 北京", key("Đoàn → Tân Lập 北京"))
    assert toks.t == ["Đoàn", "→", "Tân", "Lập", "北京"]
    assert toks.word == [True, False, True, True, True]


@pytest.mark.parametrize("words", [["phong trào", "cuộc vận động", "vận động"], ["hội nghị", "hội", "kỳ họp", "-x"]])
def test_a_word_start_alternation_matches_where_a_look_behind_before_it_does(words):
    text = "phong trào, xphong trào, cuộc vận động: hội nghị hội, thội, kỳ họp;a-x -x 1-x"
    plain = re.compile(rf"(?<![\w])(?:{alternation(words)})")
    started = re.compile(alternation(words, word_start=True))
    found = [m.span() for m in started.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found  # the probe text holds some of the words


def test_a_phrase_index_asked_past_the_last_token_finds_nothing():
    idx = PhraseIndex()
    idx.add(phrase_tokens("Bí thư"), "role")
    toks = Tokens.of("ông Bí thư", key("ông Bí thư"))
    assert idx.longest(toks, 1) == (2, "role") and idx.match(toks, 1) == [(2, "role")]
    assert idx.longest(toks, 3) is None and idx.match(toks, 3) == []
    assert idx.longest(toks, 7) is None and idx.match(toks, 7) == []


def test_a_text_of_one_line_has_no_line_of_names_and_reads_its_names():
    # no line break at all: the lines of writers' names are looked for without failing
    text = "Ông Trần Văn Bình phát biểu tại hội nghị."
    toks = Tokens.of(text, key(text))
    hits = find_names(toks, set())
    assert [(" ".join(toks.t[h.start:h.end]), h.how) for h in hits] == [("Trần Văn Bình", "honorific")]


def test_a_line_holding_only_a_name_is_the_writer_and_the_last_line_too():
    text = "Hội nghị diễn ra sáng nay.\nMinh Khôi\nThu Hà"
    assert {"Minh Khôi", "Thu Hà"} <= set(persons_of(officials(text)))


def test_a_line_of_capitalised_common_words_written_in_lower_case_elsewhere_is_no_writer(monkeypatch):
    text = "Hội nghị bàn về quyết sách mới cho vùng cao.\nQuyết Sách\nMinh Khôi"
    assert "Quyết Sách" not in persons_of(officials(text))
    assert "Minh Khôi" in persons_of(officials(text))


@pytest.mark.parametrize("short", ["Ủy ban Nhân dân", "ĐẢNG ỦY – Hòa Bình", "Thủy lợi “Khỏe”"])
def test_the_key_of_a_short_text_is_the_key_of_the_same_text_inside_a_long_one(short):
    long = short + " " + "x" * 100
    assert key(short) == key(long)[: len(short)] and key(short) == key(short)
