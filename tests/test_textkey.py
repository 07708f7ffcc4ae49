"""The matching key: one form for both tone-mark styles, case, dashes and quotes, same length as the text."""

from __future__ import annotations

import re

import pytest

from kg.textkey import _lower_keep_length_slow, ascii_key, compact, fold_syllable, key


@pytest.mark.parametrize(("old_style", "new_style"), [
    ("Tỉnh ủy", "Tỉnh uỷ"), ("Hòa Bình", "Hoà Bình"), ("khóa XII", "khoá XII"), ("Thủy lợi", "Thuỷ lợi"),
    ("Khánh Hòa", "Khánh Hoà"), ("khỏe", "khoẻ"), ("ỦY BAN", "UỶ BAN"),
])
def test_both_tone_styles_give_one_key(old_style, new_style):
    assert key(old_style) == key(new_style)


@pytest.mark.parametrize("closed", ["hoàn", "toàn", "khoảng", "Quỳnh", "ngoài", "khuya", "thuở"])
def test_closed_syllables_and_other_vowels_are_not_touched(closed):
    assert key(closed) == closed.lower()


def test_key_keeps_the_length_so_offsets_carry_over():
    text = "Phó Bí thư Thường trực Tỉnh uỷ – “Ngày vì người nghèo” İ"
    assert len(key(text)) == len(text)
    assert key("18 – NQ/TW") == "18 - nq/tw"
    assert key("“Ngày”") == '"ngày"'


def test_ascii_key_drops_every_diacritic_including_d_bar():
    assert ascii_key("Nguyễn Chí Dũng") == "nguyen chi dung"
    assert ascii_key("ĐÀ NẴNG Ðà") == "da nang da"


def test_compact_squeezes_space_and_punctuation_for_identity():
    assert compact("  Ban  Dân vận, Tỉnh uỷ ") == compact("ban dân vận tỉnh ủy") == "ban dân vận tỉnh uỷ"


def test_the_fast_key_equals_the_syllable_rule_on_every_corpus_word(corpus_dir):
    """The table-driven key must agree with the per-syllable rule it replaced, on real text."""
    words = set()
    for f in sorted(corpus_dir.glob("*/*.txt")):
        words |= set(re.findall(r"[^\W\d_]+", f.read_text(encoding="utf-8")))
    assert len(words) > 5_000
    for w in words:
        assert key(w) == fold_syllable(_lower_keep_length_slow(w)), w
