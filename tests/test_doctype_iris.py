"""Document types are nodes of their own: every type of ``document_types.tsv`` gets its own IRI, also
types whose ids differ by "Đ" alone ("ĐA" Đề án and "DA" Dự án, "HĐ" Hợp đồng and "HD" Hướng dẫn), and
each type node carries one Vietnamese label."""

from __future__ import annotations

from rdflib import RDF, SKOS, Literal

from kg.build import build_graph
from kg.graph import doctype_iri
from kg.loaders.extract.directives import document_types
from kg.vocab import KG


def test_every_document_type_has_its_own_iri():
    ids = [t.id for t in document_types()]
    iris = {doctype_iri(i) for i in ids}
    assert len(iris) == len(ids)


def test_a_scheme_and_a_project_are_two_types_each_with_one_vietnamese_label(tmp_path):
    report = tmp_path / "de-an.txt"
    report.write_text("UBND tỉnh Nam Định ban hành Đề án số 12/ĐA-UBND về phát triển giao thông nông thôn. "
                      "Sở Giao thông vận tải triển khai Dự án số 7/DA-SGTVT về nâng cấp quốc lộ 21.\n",
                      encoding="utf-8")
    g = build_graph([str(report)]).graph
    for t in (doctype_iri("ĐA"), doctype_iri("DA")):
        assert (t, RDF.type, KG.DocumentType) in g
        assert [o for o in g.objects(t, SKOS.prefLabel) if o.language == "vi"] in (
            [Literal("Đề án", lang="vi")], [Literal("Dự án", lang="vi")])
    assert doctype_iri("ĐA") != doctype_iri("DA")
