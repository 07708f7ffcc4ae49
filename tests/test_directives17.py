"""Seventeenth round, directives: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives


def symbols(doc, text):
    t = doc(text)
    return [d.symbol for d in find_directives(t.report, t.extraction)]


def test_a_document_written_with_and_without_leading_zeros_is_one_symbol_as_the_number_reads(doc):
    """"Kế hoạch số 07-KH/TW" and later "Kế hoạch số 7-KH/TW": one document; written only padded, it stays so."""
    assert symbols(doc, "Tỉnh ủy quán triệt Kế hoạch số 07-KH/TW của Bộ Chính trị. Tỉnh ủy thực hiện 9 nhiệm vụ theo "
                        "Kế hoạch số 7-KH/TW ngày 2/3/2017 của Bộ Chính trị.") == ["7-KH/TW"]
    assert symbols(doc, "Tỉnh ủy quán triệt Kế hoạch số 07-KH/TW của Bộ Chính trị.") == ["07-KH/TW"]
