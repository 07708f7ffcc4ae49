"""The dot of an abbreviation written before a name ("TP. HCM", "Q. 1", "PGS. TS Nguyễn Văn A")
ends no sentence when the next word goes on with the name; it may end one when it does not ("TP"
is also a word of its own: "... làm việc ở TP. Tôi nghĩ ..."). ``data/name_abbreviations.tsv``."""

from __future__ import annotations

import pytest

from kg.loaders.extract.tokens import Tokens, continues_name, ends_sentence, sentence_start
from kg.textkey import key


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def _sentences(text: str) -> list[str]:
    """The sentences of ``text`` as the rules see them (bounds from :func:`sentence_start`)."""
    toks = _toks(text)
    firsts = sorted({sentence_start(toks, i) for i in range(len(toks))})
    return [toks.surface(a, b) for a, b in zip(firsts, [*firsts[1:], len(toks)], strict=True)]


@pytest.mark.parametrize("text", [
    "Ông A được điều động từ Văn phòng UBND TP. HCM về làm Chủ tịch UBND quận 5.",
    "Bà B là Phó Chủ tịch UBND TP. Hồ Chí Minh từ năm 2016.",
    "Ông C làm Bí thư Thị ủy TX. Sơn Tây nhiều năm.",
    "Trụ sở ở P. 7, Q. 3 của thành phố.",
    "Ông D về làm Chủ tịch UBND Q. Thủ Đức năm 2010.",
    "Hội thảo do PGS. TS Nguyễn Văn E chủ trì.",
    "Hội thảo do GS.TS. Trần Văn G chủ trì.",
    "Phát biểu có Th.S. Lê Thị H, giảng viên.",
])
def test_the_dot_before_the_name_it_goes_on_with_ends_no_sentence(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "first"), [
    ("Cán bộ ai cũng muốn xây dựng TP. Tôi nghĩ vậy.", "Cán bộ ai cũng muốn xây dựng TP."),
    ("Ông A làm việc với lãnh đạo UBND TP. Ảnh: Thanh Hà", "Ông A làm việc với lãnh đạo UBND TP."),
    ("Bài: Nguyễn Q. Ông A cho biết.", "Bài: Nguyễn Q."),  # an initial ending a credit line
    ("Ông B được bầu khóa X. Ông C cũng vậy.", "Ông B được bầu khóa X."),  # no abbreviation of the table
    ("Nơi đây gần TP. hôm nay.", "Nơi đây gần TP."),  # a place abbreviation needs a capital after it
])
def test_the_dot_of_an_abbreviation_ends_a_sentence_the_next_word_begins(text, first):
    assert _sentences(text)[0] == first


def test_only_a_dot_written_right_after_the_abbreviation_and_before_a_space_counts():
    toks = _toks("UBNDTP. Huế và TP.HCM. Ông A")
    dots = [j for j in range(len(toks)) if toks.k[j] == "."]
    assert [continues_name(toks, j) for j in dots] == [False, False, False]
    assert [ends_sentence(toks, j) for j in dots] == [True, False, True]
