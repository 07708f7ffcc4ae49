"""The 2025 mergers of bodies are dated successor relations, not renames (loaders/data/org_changes.tsv).

Reports are our own sentences, run through the real pipeline; the names are made up.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Literal

from kg.graph import build_dataset, org_changes
from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report
from kg.resolve import resolve
from kg.vocab import KG


def report(rid: str, text: str, when=(2016, 1, 1), province: str | None = None):
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(*when), province=province)
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def graph(*exs):
    return build_dataset(exs, resolve(list(exs))).to_graph()


def label(g, node) -> str:
    return str(g.value(node, RDFS.label))


def test_the_table_reads_as_an_analyst_wrote_it():
    rows = {ch.resulting: ch for ch in org_changes()}
    central = rows["Ban Tuyên giáo và Dân vận Trung ương"]
    assert central.original == ("Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương")
    assert (central.date, central.scope) == (PartialDate(2025, 2, 3), "national")
    assert rows["Ban Tuyên giáo và Dân vận Tỉnh ủy"].date == PartialDate(2025)
    assert all(ch.decision for ch in org_changes())


def test_a_central_merger_links_the_old_bodies_to_the_new_one_with_its_date():
    g = graph(report("a", "Ông Lê Văn Nam, Trưởng Ban Dân vận Trung ương, dự hội nghị."),
              report("b", "Ông Trần Văn Hòa, Trưởng Ban Tuyên giáo và Dân vận Trung ương, phát biểu.", (2025, 5, 1)))
    (change,) = [c for c in g.subjects(RDF.type, KG.OrganizationChange)
                 if label(g, g.value(c, KG.resultingOrganization)) == "Ban Tuyên giáo và Dân vận Trung ương"]
    assert g.value(change, KG.changeDate) == Literal("2025-02-03", datatype=XSD.date)
    assert sorted(label(g, o) for o in g.objects(change, KG.originalOrganization)) == [
        "Ban Dân vận Trung ương", "Ban Tuyên giáo Trung ương"]
    result = g.value(change, KG.resultingOrganization)
    # the new body the report names is the node the change points to: one node, its reports kept
    assert (result, KG.mentionedIn, None) in g and (result, KG.resultedFrom, change) in g
    old = next(o for o in g.objects(change, KG.originalOrganization) if label(g, o) == "Ban Dân vận Trung ương")
    assert (old, KG.changedBy, change) in g and (old, KG.mentionedIn, None) in g
    assert old != result and (old, KG.mergedInto, result) in g  # a successor, not a rename


def test_a_provincial_merger_is_written_for_the_province_whose_body_a_report_names():
    g = graph(report("a", "Bà Nguyễn Thị Lan, Trưởng Ban Dân vận Tỉnh ủy Phú Yên, dự họp.", province="Phú Yên"))
    changes = list(g.subjects(RDF.type, KG.OrganizationChange))
    assert [label(g, g.value(c, KG.resultingOrganization)) for c in changes] == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Yên"]
    assert g.value(changes[0], KG.changeDate) == Literal("2025", datatype=XSD.gYear)


def test_a_body_no_report_names_is_a_w3c_organization_not_one_read_from_a_report():
    from rdflib import Namespace

    g = graph(report("a", "Ông Lê Văn Nam, Trưởng Ban Dân vận Trung ương, dự hội nghị."))
    (change,) = [c for c in g.subjects(RDF.type, KG.OrganizationChange)
                 if "Dân vận" in label(g, c)]
    result = g.value(change, KG.resultingOrganization)
    assert label(g, result) == "Ban Tuyên giáo và Dân vận Trung ương"
    assert (result, RDF.type, Namespace("http://www.w3.org/ns/org#").Organization) in g
    assert (result, RDF.type, KG.Organization) not in g and (result, KG.mentionedIn, None) not in g


def test_no_change_is_written_when_no_report_names_its_bodies():
    g = graph(report("a", "Ông Lê Văn Nam, Bí thư Tỉnh ủy Phú Yên, dự họp.", province="Phú Yên"))
    assert not list(g.subjects(RDF.type, KG.OrganizationChange))


def test_the_changes_conform_to_the_shapes():
    from pyshacl import validate

    from kg.vocab import shapes_graph

    g = graph(report("a", "Ông Lê Văn Nam, Trưởng Ban Dân vận Trung ương, dự hội nghị."),
              report("b", "Bà Nguyễn Thị Lan, Trưởng Ban Dân vận Tỉnh ủy Phú Yên, dự họp.", province="Phú Yên"))
    conforms, _, text = validate(g, shacl_graph=shapes_graph(), inference="none")
    assert conforms, text
