"""Documents cited by a bare number, without a symbol. Our own sentences, in the shape of reports."""

from __future__ import annotations

from kg.loaders.extract.directives import directive_key, find_directives
from tests.fixtures_directives import make_doc


def cited(text: str) -> dict[str, str | None]:
    """symbol -> type word of every document found by a number (documents named by a name left out)."""
    return {d.symbol: d.type_word for d in find_directives(make_doc(text, "2017-05-02").report) if d.symbol}


def test_a_number_after_so_is_a_document_of_that_type():
    got = cited("UBND tỉnh ban hành Quyết định số 512 và văn bản số 88 ngày 18/9/2016 về việc này.")
    assert got == {"512": "Quyết định", "88": "văn bản"}


def test_strong_types_without_so():
    assert cited("Vi phạm nghị quyết 54 của Quốc hội và Chỉ thị 07 của Thủ tướng.") == {
        "54": "nghị quyết", "07": "Chỉ thị"}


def test_counts_years_and_full_symbols_are_not_bare_documents():
    got = cited("Kế hoạch 5 năm được lập; Nghị quyết 3 điểm; Hiến pháp 2013; tỷ lệ 45%. Tạm dừng Nghị định "
                "số 46 và Nghị định số 46/2026/NĐ-CP ngày 26/01/2026.")
    assert got == {"46/2026/NĐ-CP": "Nghị định"}


def test_a_bare_number_is_not_identified_across_reports():
    (d,) = find_directives(make_doc("Quyết định số 512 của UBND tỉnh.", "2017-05-02").report)
    assert d.doc_type == "QĐ" and directive_key(d) is None
