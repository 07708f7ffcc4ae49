"""Looking back for a phrase that ends at a token (a title right before a name, a cue before a
word) first asks whether the word before that token ends any phrase of the index at all
(``PhraseIndex.lasts``): most words end none, and then no start is tried. These tests say what
the lookups answer; the answers are those of the walks without the test (a speed change).
"""

from __future__ import annotations

from kg.loaders.extract.lexicon import lexicon
from kg.loaders.extract.names import _abbreviation_ends, _title_ends, _titled_thing
from kg.loaders.extract.tokens import Tokens, phrase_index
from kg.textkey import key


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_an_index_knows_the_last_word_of_each_of_its_phrases():
    idx = phrase_index(["chủ tịch", "phó chủ tịch nước", "bí thư", "Bí thư"])
    assert idx.lasts == {"tịch", "nước", "thư"}


def test_ending_at_finds_the_longest_phrase_before_a_token_and_none_after_other_words():
    idx = phrase_index(["chủ tịch", "phó chủ tịch nước", "bí thư"])
    toks = _toks("Phó Chủ tịch nước Võ Văn An gặp Bí thư Lê Bình")
    assert idx.ending_at(toks, toks.k.index("võ")) == 4
    assert idx.ending_at(toks, toks.k.index("lê")) == 2
    assert idx.ending_at(toks, toks.k.index("gặp")) == 0
    assert idx.ending_at(toks, 0) == 0
    assert idx.ending_at(toks, len(toks.k) + 1) == 0


def test_a_title_ends_before_a_name_or_an_abbreviation():
    lex = lexicon()
    toks = _toks("Chủ tịch CPP Hun Sen phát biểu tại cuộc gặp.")
    assert _title_ends(toks, toks.k.index("cpp"), lex)
    assert not _title_ends(toks, toks.k.index("phát"), lex)
    assert not _title_ends(toks, 0, lex)
    assert _abbreviation_ends(toks, toks.capitalised()[0], lex) == {toks.k.index("hun")}
    plain = _toks("Việc CPH Cảng Quy Nhơn đã hoàn tất.")
    assert _abbreviation_ends(plain, plain.capitalised()[0], lex) == set()


def test_a_thing_named_after_a_titled_person():
    lex = lexicon()
    toks = _toks("Đoàn dâng hoa tại tượng đài Chủ tịch Hồ Chí Minh ở công viên.")
    assert _titled_thing(toks, toks.k.index("hồ"), lex)
    other = _toks("Chủ tịch Hồ Văn Bình dâng hoa tại tượng đài.")
    assert not _titled_thing(other, other.k.index("hồ"), lex)
    assert not _titled_thing(other, 0, lex)


def test_a_name_after_a_cue_a_place_word_a_role_or_a_body_that_takes_a_name():
    from kg.loaders.extract.names import _after_named_body, _after_named_cue, _titled_name, after_place_word

    lex = lexicon()
    toks = _toks("Đoàn gặp ông Trần Văn Ơn, thăm tượng đài Lê Văn Tám và thành phố mang tên Bác.")
    assert _after_named_cue(toks, toks.k.index("bác"))
    assert _after_named_cue(toks, toks.k.index("lê"))
    assert not _after_named_cue(toks, toks.k.index("trần"))
    assert not _after_named_cue(toks, 0)
    place = _toks("Đồng chí về công tác ở tỉnh Bác Thái, rồi gặp Bác.")
    assert after_place_word(place, place.k.index("bác"), lex)
    assert not after_place_word(place, len(place.k) - 2, lex)
    assert not after_place_word(place, 0, lex)
    cuba = _toks("Bí thư Thứ nhất Tỉnh ủy Villa Clara tiếp đoàn.")
    assert _after_named_body(cuba, cuba.k.index("villa"), lex)
    assert not _after_named_body(cuba, cuba.k.index("tiếp"), lex)
    city = _toks("Chủ tịch Hồ Chí Minh và lăng Chủ tịch Hồ Chí Minh.")
    first, second = [i for i, k in enumerate(city.k) if k == "hồ"]
    assert _titled_name(city, first, 3, lex)
    assert not _titled_name(city, second, 3, lex)
