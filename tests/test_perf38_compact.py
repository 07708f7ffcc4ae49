"""``compact`` (a role's or body's identity: its key with white space and punctuation squeezed) of
a short text is remembered, as a short text's key is: the extractors ask it for the same names
again and again. The answer is the same, remembered or not, short text or long."""

from __future__ import annotations

from kg import textkey
from kg.textkey import compact


def test_compact_squeezes_spacing_and_punctuation_and_folds_case_and_tone_style():
    assert compact("  Ban  Dân vận, Tỉnh uỷ ") == compact("ban dân vận tỉnh ủy") == "ban dân vận tỉnh uỷ"
    assert compact("Phó Chủ tịch UBND - tỉnh Hòa Bình") == "phó chủ tịch ubnd tỉnh hoà bình"
    assert compact("") == ""


def test_a_short_name_asked_again_is_remembered_and_a_long_text_is_not():
    name = "Bí thư Đảng ủy Khối các cơ quan Trung ương (perf38)"
    first = compact(name)
    hits = textkey._short_compact.cache_info().hits
    assert compact(name) == first
    assert textkey._short_compact.cache_info().hits == hits + 1
    long_text = "; ".join([name] * 4)
    size = textkey._short_compact.cache_info().currsize
    assert compact(long_text) == " ".join([first] * 4)
    assert textkey._short_compact.cache_info().currsize == size
