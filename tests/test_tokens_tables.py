"""Tokens.where, the sentence tables and the title entry point on made-up text: the indexes and
sentence bounds the rules read, written out by hand (the faster ways of computing them must give
exactly these)."""

from __future__ import annotations

from kg.loaders.extract.organizations import OrgFinder
from kg.loaders.extract.titles import bare_title, parse_run, parse_title
from kg.loaders.extract.tokens import Tokens, sentence_end, sentence_start
from kg.textkey import key

TEXT = "Ông Lê Văn A có mặt. Bà Trần Thị B có con\nông C có nhà TP.HCM có."


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_where_gives_the_indexes_of_its_words_in_order_once_each():
    toks = _toks(TEXT)
    assert len(toks) == 22 and toks.k[4] == toks.k[20] == "có" and toks.k[13] == "ông"
    assert toks.where({"có"}) == [4, 11, 15, 20]
    assert toks.where(frozenset({"có", "ông"})) == [0, 4, 11, 13, 15, 20]
    assert toks.where({"ông": None, "bà": None}) == [0, 7, 13]  # an index's firsts
    assert toks.where(("có", "có")) == [4, 11, 15, 20]  # a tuple that repeats a word
    assert toks.where(set()) == [] and toks.where({"không"}) == []


def test_sentence_bounds_come_from_stops_and_line_breaks():
    toks = _toks(TEXT)
    # sentences: tokens 0-6 (the "." at 6 ends it), 7-12 (a line break before 13), 13-21 (the "." of
    # "TP.HCM", 18, is no stop; the last "." is)
    assert [sentence_start(toks, i) for i in (0, 6, 7, 12, 13, 18, 21)] == [0, 0, 7, 7, 13, 13, 13]
    assert [sentence_end(toks, i) for i in (0, 6, 7, 12, 13, 14, 19, 21)] == [6, 6, 13, 13, 13, 21, 21, 21]
    assert sentence_end(toks, len(toks)) == len(toks)


def test_a_title_is_read_only_where_a_title_word_begins():
    text = "Ông A có Phó Chủ tịch UBND tỉnh Quảng Nam, Bí thư Tỉnh ủy Quảng Nam Nguyễn Văn B"
    toks = _toks(text)
    finder = OrgFinder(toks, None)
    finder.scan()
    assert parse_title(toks, 2, finder) is None  # "có"
    assert bare_title(toks, 2, set()) is None
    assert parse_title(toks, len(toks), finder) is None
    run = parse_run(toks, 3, finder)
    assert [(t.role, t.org.name if t.org else None) for t in run] == [
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam"), ("Bí thư", "Tỉnh ủy Quảng Nam")]
