"""The ontology keeps the public contract: names analysts' Cypher and SPARQL depend on."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Literal
from rdflib.namespace import SH

from kg.vocab import KG, load, markdown_reference, shapes_graph

CONTRACT_CLASSES = ["Report", "Person", "Organization", "Post", "Role", "Tenure", "Directive", "Event",
                    "Campaign", "Place", "Mention"]
CONTRACT_PROPERTIES = ["mentionedIn", "holds", "hasRole", "postIn", "subOrganizationOf", "jurisdiction",
                       "holder", "post", "status", "firstSeen", "lastSeen", "startDate", "endDate", "symbol",
                       "documentType", "issuedBy", "term", "title", "dateIssued", "date", "organizedBy",
                       "concerns", "attended", "published", "url", "publisher", "sourceFile", "inReport",
                       "start", "end", "quote", "supports"]
EXTERNAL = ("http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#", "http://data.europa.eu/eli/ontology#",
            "https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#")


def langs(g, node) -> set[str]:
    return {o.language for o in g.objects(node, RDFS.label) if isinstance(o, Literal)}


def test_every_contract_class_exists_with_labels_in_both_languages_and_an_alignment():
    v = load()
    g = v.graph
    for name in CONTRACT_CLASSES:
        c = KG[name]
        assert (c, RDF.type, OWL.Class) in g, name
        assert {"vi", "en"} <= langs(g, c), name
        assert g.value(c, RDFS.comment), name
        outside = [s for s in g.objects(c, RDFS.subClassOf) if str(s).startswith(EXTERNAL)]
        assert outside, f"{name} is aligned with no external vocabulary"


def test_every_contract_property_exists_with_labels():
    g = load().graph
    for name in CONTRACT_PROPERTIES:
        p = KG[name]
        assert (p, RDF.type, OWL.ObjectProperty) in g or (p, RDF.type, OWL.DatatypeProperty) in g, name
        assert {"vi", "en"} <= langs(g, p), name


def test_tenure_declares_the_holds_edge_it_collapses_into():
    (collapse,) = load().collapses
    assert (collapse.cls, collapse.source, collapse.target, collapse.edge) == (
        KG.Tenure, KG.holder, KG.post, KG.holds)


def test_organization_subclasses_inherit_and_are_neo4j_labels():
    v = load()
    party = v.cls("PartyOrganization")
    assert party.superclasses == ("Organization",) and party.neo4j_label


def test_shapes_target_the_core_classes():
    targets = set(shapes_graph().objects(None, SH.targetClass))
    assert {KG.Person, KG.Post, KG.Tenure, KG.Directive, KG.Mention} <= targets


def test_docs_ontology_md_is_generated_from_the_ontology():
    docs = Path(__file__).resolve().parent.parent / "docs" / "ontology.md"
    assert docs.read_text(encoding="utf-8") == markdown_reference(), "run: python -m kg.vocab > docs/ontology.md"


def test_the_kg_namespace_is_closed_over_the_ontology():
    """A term kg.ttl does not declare fails where it is written, not as a triple nobody queries."""
    import pytest

    from kg.vocab import UnknownTerm

    assert str(KG.Person).endswith("#Person") and str(KG["term"]).endswith("#term")
    with pytest.raises(UnknownTerm, match="kg:Persn is not declared in ontology/kg.ttl"):
        KG.Persn  # noqa: B018
    with pytest.raises(UnknownTerm):
        KG["holdz"]


def test_the_statuses_the_extractor_ranks_are_the_ontologys():
    """The officials extractor prefers one status over another when a report states a post twice;
    it ranks exactly the statuses kg:status allows, no more, no fewer."""
    from kg.loaders.extract import officials
    from kg.vocab import tenure_statuses

    assert set(officials._STATUS_RANK) == set(tenure_statuses())


def test_a_participation_role_the_ontology_does_not_declare_is_refused():
    import pytest

    from kg.model import Participation, PersonMention, Span

    person = PersonMention(Span(0, 3), "Lê Văn A")
    assert Participation(person, "chaired").role == "chaired"
    with pytest.raises(ValueError, match="not a participation role of the ontology: 'hosted'"):
        Participation(person, "hosted")
