"""Facts the shapes allow once per entity stay single when reports disagree on them.

An organization resolved across the 2025 reorganisation, and a document two reports type
differently, used to get two values in the union graph (a SHACL maxCount violation on the corpus).
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.graph import doctype_iri, place_iri
from kg.loaders.extract.directives import directive_key
from kg.model import DirectiveMention, Extraction, Report, Span
from kg.resolve import report_iri
from kg.vocab import KG
from tests.test_graph import build, extraction


def test_an_organization_seen_before_and_after_the_merger_has_one_jurisdiction_the_latest():
    before = extraction("r2024", "Gia Lai", year=2024)
    after = extraction("r2026", "Gia Lai", year=2026)
    ds, g = build(before, after)
    orgs = set(g.subjects(KG.jurisdiction, None))
    assert len(orgs) == 1, "one Tỉnh ủy Gia Lai"
    (org,) = orgs
    assert set(g.objects(org, KG.jurisdiction)) == {place_iri("gia-lai-2025")}
    for rid in ("r2024", "r2026"):  # each report's own graph says the same
        assert set(ds.graph(report_iri(rid)).objects(org, KG.jurisdiction)) == {place_iri("gia-lai-2025")}
    assert g.value(place_iri("gia-lai"), KG.mergedInto) == place_iri("gia-lai-2025"), "the old unit reaches it"


def test_an_organization_seen_only_before_the_merger_keeps_the_old_province():
    _, g = build(extraction("r2019", "Gia Lai", year=2019), extraction("r2020", "Gia Lai", year=2020))
    assert set(g.objects(None, KG.jurisdiction)) == {place_iri("gia-lai")}


def _directive_report(rid: str, type_word: str, type_id: str) -> Extraction:
    text = f"Hội tiếp tục thực hiện {type_word} số 50-TB/TW của Ban Bí thư khóa XII."
    start = text.index(type_word)
    report = Report(id=rid, text=text, source_file=f"{rid}.txt", sentences=[Span(0, len(text))])
    d = DirectiveMention(Span(start, text.index(" của")), "50-TB/TW", doc_type=type_id, type_word=type_word,
                         symbol_type="TB", term=12)  # the extractor reads TB off the symbol
    d.identity = directive_key(d)  # as the directives extractor stamps it
    return Extraction(report=report, directives=[d])


def _types(g: Graph) -> dict[URIRef, set]:
    return {d: set(g.objects(d, KG.documentType)) for d in g.subjects(KG.documentType, None)}


def test_a_document_typed_two_ways_gets_the_type_its_symbol_names_on_a_tie():
    ds, g = build(_directive_report("a", "Kết luận", "KL"), _directive_report("b", "Thông báo", "TB"))
    assert list(_types(g).values()) == [{doctype_iri("TB")}]
    for rid in ("a", "b"):
        assert list(_types(ds.graph(report_iri(rid))).values()) == [{doctype_iri("TB")}]


def test_a_document_typed_two_ways_gets_the_type_most_reports_give():
    reports = [_directive_report(f"k{i}", "Kết luận", "KL") for i in range(2)] + [
        _directive_report("t", "Thông báo", "TB")]
    _, g = build(*reports)
    assert list(_types(g).values()) == [{doctype_iri("KL")}]
    _, g = build(*reversed(reports))
    assert list(_types(g).values()) == [{doctype_iri("KL")}], "the order of the reports does not matter"


def test_the_extractor_carries_the_type_the_symbol_names_and_not_the_word():
    """The tie-break reads the extractor's parse of the symbol; the graph holds no symbol grammar."""
    from kg.loaders.extract.directives import find_directives

    text = "Thực hiện Kết luận số 50-TB/TW và Nghị định số 100/2019/NĐ-CP, Quyết định số 512 của tỉnh."
    report = Report(id="r", text=text, source_file="r.txt", sentences=[Span(0, len(text))])
    found = {d.symbol: d for d in find_directives(report)}
    assert (found["50-TB/TW"].doc_type, found["50-TB/TW"].symbol_type) == ("KL", "TB")
    assert (found["100/2019/NĐ-CP"].doc_type, found["100/2019/NĐ-CP"].symbol_type) == ("NĐ", "NĐ")
    assert found["512"].symbol_type is None  # a bare number names no type of its own
