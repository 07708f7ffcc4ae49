"""A role's identifier is its label in ASCII, words joined by "_"; it is asked for every title of
every person and there are a few hundred labels, so each label's is made once (perf41: a speed
change, the identifiers the same before and after)."""

from __future__ import annotations

from kg.loaders.extract.officials import _role_id


def test_a_role_id_is_its_label_in_ascii_words_joined_by_underscores() -> None:
    assert _role_id("Phó Chủ tịch") == "pho_chu_tich"
    assert _role_id("Bí thư Tỉnh ủy") == "bi_thu_tinh_uy"
    assert _role_id("Đại biểu Quốc hội") == "dai_bieu_quoc_hoi"


def test_a_label_asked_again_is_not_made_again() -> None:
    _role_id.cache_clear()
    _role_id("Phó Giám đốc")
    _role_id("Phó Giám đốc")
    assert _role_id.cache_info().hits == 1
    assert _role_id.cache_info().misses == 1
