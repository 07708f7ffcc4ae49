"""A parent the text does not write is a link, not a mention (issue 15).

"Bộ Tài chính" belongs to the Chính phủ by a data rule. A report that names only the ministry must
not assert a Chính phủ it never mentions; but once some report of the build names the Chính phủ,
the ministry is linked to it, wherever the ministry is named.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal

from kg.graph import build_dataset
from kg.resolve import report_iri, resolve
from kg.vocab import KG
from tests.test_org_changes import report


def _org(g, name: str):
    found = [o for o in g.subjects(RDF.type, KG.Organization) if g.value(o, RDFS.label) == Literal(name, lang="vi")]
    assert len(found) == 1, (name, found)
    return found[0]


def test_a_report_naming_only_the_ministry_asserts_no_government():
    g = build_dataset([ex := report("a", "Bộ Tài chính họp bàn về ngân sách.")], resolve([ex])).to_graph()
    assert {str(g.value(o, RDFS.label)) for o in g.subjects(RDF.type, KG.Organization)} == {"Bộ Tài chính"}
    assert list(g.triples((None, KG.subOrganizationOf, None))) == []


def test_the_ministry_is_linked_to_the_government_another_report_names():
    a = report("a", "Bộ Tài chính họp bàn về ngân sách.")
    b = report("b", "Chính phủ họp phiên thường kỳ.")
    bg = build_dataset([a, b], resolve([a, b]))
    g = bg.to_graph()
    ministry, government = _org(g, "Bộ Tài chính"), _org(g, "Chính phủ")
    assert (ministry, KG.subOrganizationOf, government) in g
    # the link is stated by the report that names the ministry; the government stays b's body only
    assert (ministry, KG.subOrganizationOf, government) in bg.graphs[report_iri("a")]
    assert set(g.objects(government, KG.mentionedIn)) == {report_iri("b")}


def test_adding_the_report_that_names_the_government_rewrites_the_ministry_s_stored_block(tmp_path):
    """The link depends on another report: a rebuild that adds it must not reuse the old block."""
    from kg.build import build

    corpus, out, clean = tmp_path / "in", tmp_path / "out", tmp_path / "clean"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bộ Tài chính họp bàn về ngân sách.\n", encoding="utf-8")
    build([str(corpus)], out, jobs=1, html=None)
    assert "subOrganizationOf" not in (out / "graph.ttl").read_text(encoding="utf-8")
    (corpus / "b.txt").write_text("Chính phủ họp phiên thường kỳ.\n", encoding="utf-8")
    build([str(corpus)], out, jobs=1, html=None)  # a's block comes from the store unless its answer changed
    build([str(corpus)], clean, jobs=1, html=None, use_store=False)
    for name in ("graph.ttl", "graph.trig"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert "subOrganizationOf" in (out / "graph.ttl").read_text(encoding="utf-8")
