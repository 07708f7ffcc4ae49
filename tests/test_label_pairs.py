"""scripts/label_pairs.py sorts a body's alternative labels by what the label leaves out of its name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import label_pairs  # noqa: E402


def test_a_short_reference_completed_from_context_is_a_prefix():
    name = "Ủy ban nhân dân phường Phố Hiến"
    assert label_pairs.label_class("Ủy ban nhân dân", name) == "prefix"
    assert label_pairs.label_class("UBND phường", name) == "prefix"


def test_an_abbreviation_the_scorer_expands_is_the_same_label():
    assert label_pairs.label_class("UBND phường Phố Hiến", "Ủy ban nhân dân phường Phố Hiến") == "same"


def test_a_bracket_and_an_abbreviation_the_scorer_keeps():
    veterans = "Hội Cựu chiến binh huyện Hòa An"
    assert label_pairs.label_class("Hội Cựu chiến binh (CCB) huyện Hòa An", veterans) == "bracket"
    assert label_pairs.label_class("Bộ GTVT", "Bộ Giao thông vận tải") == "other"


def test_a_held_out_set_is_refused():
    assert label_pairs.main(["tests/heldout/written36"]) == 2
