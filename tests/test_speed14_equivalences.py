"""This round's faster ways must give what the plain ones give: a report's key split by words one
space apart and then written out word by word, exactly as the token pattern splits it; and
Tokens.where answered by a set intersection, exactly as a filter over every token answers it."""

from __future__ import annotations

from itertools import compress, count

import pytest

from kg.loaders.extract.tokens import _TOKEN_PARTS, Tokens, _token_parts
from kg.textkey import key

TEXTS = [
    "Chủ tịch UBND tỉnh Lâm Đồng, ông Phạm Văn Tư, đã ký Quyết định số 15/QĐ-UBND ngày 3/5/2023.",
    "Ban  Tổ chức   Trung ương\tđã họp;\n\nông A  -  Phó Trưởng ban (thường trực)",  # runs of spaces
    "  Hội đồng nhân dân huyện  ",  # spaces before the first word and after the last
    "m² a b ½ c",  # a letter that is no alphabetic character (the token pattern's letters)
    "Đoàn đại biểu 北京 thăm",  # a code point beyond the listed ones: the token pattern itself
    "Ủy ban℃nhân dân, nhiệt độ 30℃ và Ⅻ",  # ... glued inside a run of words, after digits, alone
    "a_b c\u00a0d",  # an underscore and a fixed space (a space in the key) between words
    "x",
    " ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_key_is_split_as_the_token_pattern_splits_it(text):
    k = key(text)
    assert _token_parts(k) == _TOKEN_PARTS.split(k)


def test_words_one_space_apart_are_tokens_with_a_space_between():  # (the key writes "uỷ")
    k = key("Ủy ban nhân dân (UBND) tỉnh")
    assert _token_parts(k) == ["", "uỷ", " ", "ban", " ", "nhân", " ", "dân", " ", "(", "", "ubnd", "", ")",
                               " ", "tỉnh", ""]


@pytest.mark.parametrize("words", [{"ông"}, frozenset({"ông", "ban", "-"}), {"ban": 1, "tỉnh": 2},
                                   ("ông", "ông", "a"), ["hội", "đồng"], set(), {"không"}])
def test_where_answers_as_a_filter_over_every_token(words):
    for text in TEXTS:
        toks = Tokens.of(text, key(text))
        assert toks.where(words) == list(compress(count(), (w in words for w in toks.k)))


@pytest.mark.parametrize("text", [*TEXTS, "\nA\n\n B  c\n", "A\nB\r\nC", "\n\n"])
def test_line_starts_kept_by_the_split_are_the_flagged_tokens_after_the_first(text):
    toks = Tokens.of(text, key(text))
    assert toks.line_starts() == [i for i in range(1, len(toks.brk)) if toks.brk[i]]
    fresh = Tokens(toks.text, toks.k, toks.t, toks.s, toks.e, toks.cap, toks.upper, toks.word, toks.brk, toks.gap)
    assert fresh.line_starts() == toks.line_starts()  # made from the flags when not kept
