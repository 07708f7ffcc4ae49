"""Rules that start only at a capital look their first words up among the capitalised tokens
(Tokens.where_capitalised, perf34: a speed change). find_names stops at a place's or a family
name's first word only where it is capitalised, and at an honorific or a credit label in any case;
the lower-case "hà", "cao", "lê" of a report are no longer stops it steps over. The names read
are the same, before and after."""

from __future__ import annotations

from kg.loaders.extract.names import find_names
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key

_TEXT = ("Sáng nay, ông Cao Văn Hà, Chủ tịch UBND huyện, cho biết mức thu cao nhất "
         "đạt 12 tỷ đồng; bà Lê Thị Lan (Hà Nội) đề nghị đào tạo thêm cán bộ. Ảnh: Trần Minh")


def _tokens(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_where_capitalised_gives_only_the_capitalised_tokens_of_the_words() -> None:
    toks = _tokens(_TEXT)
    words = frozenset({"cao", "hà", "lê", "đào"})
    assert [toks.t[i] for i in toks.where(words)] == ["Cao", "Hà", "cao", "Lê", "Hà", "đào"]
    assert [toks.t[i] for i in toks.where_capitalised(words)] == ["Cao", "Hà", "Lê", "Hà"]
    assert toks.where_capitalised(frozenset({"cao"})) == [toks.where(frozenset({"cao"}))[0]]
    assert toks.where_capitalised(frozenset({"đào"})) == []
    assert toks.where_capitalised({"lê": 1, "nội": 2}) == [i for i in toks.where({"lê", "nội"}) if toks.cap[i]]


def test_names_after_honorifics_and_credits_are_read_with_lower_case_namesakes_around() -> None:
    toks = _tokens(_TEXT)
    got = [(toks.surface(h.start, h.end), h.how) for h in find_names(toks, set())]
    assert got == [("Cao Văn Hà", "honorific"), ("Lê Thị Lan", "honorific"), ("Trần Minh", "credit")]
