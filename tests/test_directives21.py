"""Twenty-first round, directives: bare-number shapes. Our own sentences, in the shape of reports."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives
from tests.fixtures_directives import make_doc


def cited(text: str) -> dict[str, str | None]:
    """symbol -> type word of every document found by a number (documents named by a name left out)."""
    return {d.symbol: d.type_word for d in find_directives(make_doc(text, "2021-04-20").report) if d.symbol}


def test_a_number_and_an_issuer_code_end_a_sentence():
    """"… theo Nghị định số 64/CP. Vì vậy …": the full stop ends the sentence, not the code; a code that runs on
    past a dot ("5/TP.HCM") is no issuer code."""
    assert cited("Đất được giao theo Nghị định số 64/CP. Vì vậy, thành phố đã giao việc này.") == {"64/CP": "Nghị định"}
    assert cited("Theo Quyết định số 5/TP.HCM của sở.") == {}
