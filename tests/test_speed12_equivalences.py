"""This round's faster ways must give what the plain ones give: token texts sliced when asked,
the capitals and line breaks of a token stream read without a step at every token, and the
collector paused around one report's extraction and left as it was found."""

from __future__ import annotations

import gc

import pytest

from kg.loaders.extract.pipeline import collector_paused, extract
from kg.loaders.extract.tokens import Tokens
from kg.model import Report
from kg.textkey import key

SENTENCES = [
    "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, dự hội nghị ngày 12/3/2024.",
    "\n\nUBND TỈNH BÌNH ĐỊNH\n\n  thông báo:\nChủ tịch Trần Thị Bé (ông A) phát biểu.\n",
    "ÔngTrần Văn Hùng đến xã Êban; ĐẮK LẮK 3.288 người – Đoàn → Tân Lập 北京",
    "a\u00a0B\u2003C",  # fixed spaces: the gaps are read off the text
    "İstanbul ǅ Ⅻ x",  # letters whose lower case is longer, a title-case letter, a numeral letter
    "X",
    "",
]


def _plain(toks: Tokens) -> tuple[list[str], list[bool], list[bool], list[bool]]:
    """The token texts, capitals, all-capitals and line breaks, computed token by token as before."""
    t = [toks.text[a:b] for a, b in zip(toks.s, toks.e, strict=True)]
    return t, [x[0].isupper() for x in t], [x.isupper() for x in t], ["\n" in g for g in toks.gap]


@pytest.mark.parametrize("text", SENTENCES)
def test_token_arrays_equal_the_token_by_token_definitions(text):
    toks = Tokens.of(text, key(text))
    t, cap, upper, brk = _plain(toks)
    assert list(toks.t) == t and toks.t == t and len(toks.t) == len(t)
    assert [toks.t[i] for i in range(len(t))] == t
    assert (toks.cap, toks.upper, toks.brk) == (cap, upper, brk)


def test_token_texts_read_like_a_list():
    text = "Phó Chủ tịch UBND tỉnh\nông Lê Văn Tám"
    t = Tokens.of(text, key(text)).t
    assert t[0] == "Phó" and t[-1] == "Tám" and t[3] == "UBND"
    assert t[1:3] == ["Chủ", "tịch"] and t[-2:] == ["Văn", "Tám"] and t[:0] == []
    assert t == ["Phó", "Chủ", "tịch", "UBND", "tỉnh", "ông", "Lê", "Văn", "Tám"]
    assert t != ["Phó"] and t != "Phó"
    with pytest.raises(IndexError):
        t[9]


def test_line_breaks_mark_the_token_after_them_only():
    text = "\nA\n\n B  c\n"
    toks = Tokens.of(text, key(text))
    assert toks.t == ["A", "B", "c"]
    assert toks.brk == [True, True, False]


def test_the_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner pause does not end the outer one
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failing component")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extract_leaves_the_collector_on():
    report = Report(id="t1", text="Ông Nguyễn Văn An, Bí thư Tỉnh ủy Bình Định, dự họp.", source_file="t1.txt")
    ex = extract(report)
    assert gc.isenabled()
    assert [p.name for p in ex.persons] == ["Nguyễn Văn An"]
