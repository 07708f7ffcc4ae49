"""Fixtures for the Neo4j tests: the real local server, a clean database, small hand-made builds.

The tests talk to the server that ``make neo4j-start`` runs (port ``KG_NEO4J_PORT``, default 7687),
never to ``NEO4J_URI``: they delete everything in the database. When the server is not there they
FAIL saying so; deselect them explicitly with ``-m "not neo4j"``.

The builds are TriG written by hand in the shape ``kg build`` writes (``kg/graph.py``): a named
graph per report, the default graph for places, document types and tenure aggregates.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.sync.connection import DEFAULT_PASSWORD, DEFAULT_USER, Neo4jUnavailable, Settings, connect

PREFIXES = """\
@prefix kg: <https://w3id.org/vnkg/ontology#> .
@base <https://w3id.org/vnkg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

SHARED = """\
{
<place/binh-dinh> a kg:Place ; rdfs:label "Bình Định"@vi ; kg:placeType "tỉnh"@vi ;
    kg:validUntil "2025-06-30"^^xsd:date .
<doctype/ket-luan> a kg:DocumentType ; rdfs:label "Kết luận"@vi ; kg:labelEn "Conclusion"@en ;
    skos:prefLabel "Kết luận"@vi , "Conclusion"@en ; skos:notation "KL" ; skos:inScheme kg:documentTypes .
<tenure/ho-quoc-dung--bi-thu> kg:status "holds" ; kg:firstSeen "2024-03-15"^^xsd:date ;
    kg:lastSeen "2024-05-02"^^xsd:date .
<tenure/nguyen-chi-dung--pbttt> kg:status "holds" ; kg:firstSeen "2024-05"^^xsd:gYearMonth ;
    kg:lastSeen "2024-05-02"^^xsd:date .
}
"""

REPORT_A = """\
<report/a> {
<report/a> a kg:Report ; rdfs:label "Tỉnh ủy Bình Định sơ kết Kết luận 62"@vi ;
    kg:title "Tỉnh ủy Bình Định sơ kết Kết luận 62"@vi ; kg:published "2024-03-16"^^xsd:date ;
    kg:url "https://example.org/a"^^xsd:anyURI ; kg:sourceFile "a.txt" .
<person/ho-quoc-dung> a kg:Person ; rdfs:label "Hồ Quốc Dũng"@vi ; kg:mentionedIn <report/a> ;
    kg:holds <post/bi-thu-tinh-uy-binh-dinh> ; kg:attended <event/so-ket-62> ; kg:chaired <event/so-ket-62> .
<post/bi-thu-tinh-uy-binh-dinh> a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Bình Định"@vi ;
    kg:mentionedIn <report/a> ; kg:hasRole <role/bi-thu> ; kg:postIn <org/tinh-uy-binh-dinh> .
<role/bi-thu> a kg:Role ; rdfs:label "Bí thư"@vi ; kg:labelEn "Secretary"@en ; kg:mentionedIn <report/a> .
<org/tinh-uy-binh-dinh> a kg:Organization , kg:PartyOrganization ; rdfs:label "Tỉnh ủy Bình Định"@vi ;
    kg:labelEn "Binh Dinh Provincial Party Committee"@en ; skos:altLabel "Tỉnh uỷ Bình Định"@vi ;
    kg:jurisdiction <place/binh-dinh> ; kg:mentionedIn <report/a> .
<tenure/ho-quoc-dung--bi-thu> a kg:Tenure ; rdfs:label "Hồ Quốc Dũng — Bí thư Tỉnh ủy Bình Định"@vi ;
    kg:holder <person/ho-quoc-dung> ; kg:post <post/bi-thu-tinh-uy-binh-dinh> ; kg:mentionedIn <report/a> .
<directive/62-kl-tw> a kg:Directive ; rdfs:label "Kết luận 62-KL/TW"@vi ; kg:symbol "62-KL/TW" ;
    kg:documentType <doctype/ket-luan> ; kg:issuedBy <org/bo-chinh-tri> ; kg:term 12 ;
    kg:dateIssued "--12-08"^^xsd:gMonthDay ; kg:mentionedIn <report/a> .
<org/bo-chinh-tri> a kg:Organization , kg:PartyOrganization ; rdfs:label "Bộ Chính trị"@vi ;
    kg:mentionedIn <report/a> .
<event/so-ket-62> a kg:Event ; rdfs:label "Hội nghị sơ kết 3 năm thực hiện Kết luận 62"@vi ;
    kg:kind "Hội nghị"@vi ; kg:date "2024-03-15"^^xsd:date ; kg:organizedBy <org/tinh-uy-binh-dinh> ;
    kg:concerns <directive/62-kl-tw> ; kg:mentionedIn <report/a> .
<report/a/m/0-52> a kg:Mention ; kg:inReport <report/a> ; kg:start 0 ; kg:end 52 ;
    kg:quote "đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định" ;
    kg:sentence "Dự hội nghị có đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định, chủ trì." ;
    kg:supports <tenure/ho-quoc-dung--bi-thu> .
}
"""

REPORT_B = """\
<report/b> {
<report/b> a kg:Report ; rdfs:label "b" ; kg:sourceFile "b.txt" ; kg:published "2024-05-02"^^xsd:date .
<person/ho-quoc-dung> a kg:Person ; rdfs:label "Hồ Quốc Dũng"@vi ; kg:mentionedIn <report/b> ;
    kg:holds <post/bi-thu-tinh-uy-binh-dinh> ; kg:attended <event/hop-ban-thuong-vu> .
<post/bi-thu-tinh-uy-binh-dinh> a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Bình Định"@vi ;
    kg:mentionedIn <report/b> ; kg:postIn <org/tinh-uy-binh-dinh> .
<person/nguyen-chi-dung> a kg:Person ; rdfs:label "Nguyễn Chí Dũng"@vi ; kg:mentionedIn <report/b> ;
    kg:holds <post/pbttt-tinh-uy-binh-dinh> ; kg:attended <event/hop-ban-thuong-vu> .
<post/pbttt-tinh-uy-binh-dinh> a kg:Post ; rdfs:label "Phó Bí thư Thường trực Tỉnh ủy Bình Định"@vi ;
    kg:mentionedIn <report/b> ; kg:postIn <org/tinh-uy-binh-dinh> .
<org/tinh-uy-binh-dinh> a kg:Organization , kg:PartyOrganization ; rdfs:label "Tỉnh ủy Bình Định"@vi ;
    kg:mentionedIn <report/b> .
<tenure/nguyen-chi-dung--pbttt> a kg:Tenure ;
    rdfs:label "Nguyễn Chí Dũng — Phó Bí thư Thường trực Tỉnh ủy Bình Định"@vi ;
    kg:holder <person/nguyen-chi-dung> ; kg:post <post/pbttt-tinh-uy-binh-dinh> ; kg:mentionedIn <report/b> .
<event/hop-ban-thuong-vu> a kg:Event ; rdfs:label "Hội nghị Ban Thường vụ Tỉnh ủy"@vi ;
    kg:kind "Hội nghị"@vi ; kg:date "2024-05-02"^^xsd:date ; kg:concerns <directive/62-kl-tw> ;
    kg:mentionedIn <report/b> .
<directive/62-kl-tw> a kg:Directive ; rdfs:label "Kết luận 62-KL/TW"@vi ; kg:symbol "62-KL/TW" ;
    kg:mentionedIn <report/b> .
<person/le-thi-thuy> a kg:Person ; rdfs:label "Lê Thị Thủy"@vi ; kg:mentionedIn <report/b> ;
    kg:attended <event/hop-ban-thuong-vu> .
<report/b/m/10-40> a kg:Mention ; kg:inReport <report/b> ; kg:start 10 ; kg:end 40 ;
    kg:quote "đồng chí Nguyễn Chí Dũng" ; kg:supports <person/nguyen-chi-dung> .
}
"""


def write_build(out: Path, *reports: str, shared: str = SHARED) -> Path:
    """A build folder holding ``graph.trig`` with the given report graphs (and ``graph.ttl``)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.trig").write_text(PREFIXES + "\n" + shared + "\n" + "\n".join(reports), encoding="utf-8")
    from rdflib import Dataset, Graph

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    g.serialize(out / "graph.ttl", format="turtle")
    return out


def local_settings() -> Settings:
    port = os.environ.get("KG_NEO4J_PORT", "7687")
    return Settings(uri=f"bolt://127.0.0.1:{port}", user=DEFAULT_USER,
                    password=os.environ.get("KG_NEO4J_PASSWORD", DEFAULT_PASSWORD), database="neo4j")


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    return local_settings()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Settings):
    try:
        driver = connect(neo4j_settings)
    except Neo4jUnavailable as exc:
        pytest.fail(f"{exc}. The Neo4j tests need the real local server: run `make neo4j-start` "
                    "first, or deselect them with -m 'not neo4j'", pytrace=False)
    yield driver
    driver.close()


@pytest.fixture
def neo4j_db(neo4j_driver, neo4j_settings: Settings):
    """The driver, on an empty database (everything kg synced before is deleted)."""
    from kg.sync.engine import clear

    clear(neo4j_driver, neo4j_settings.database)  # in batches: the database may hold a big sync
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.database)
    return neo4j_driver


@pytest.fixture
def build_ab(tmp_path: Path) -> Path:
    return write_build(tmp_path / "build", REPORT_A, REPORT_B)


# A third report and its aggregates, for the cookbook's questions about time: a successor in the
# Phó Bí thư Thường trực post, and a career with stated start and end dates.
REPORT_C = """\
<report/c> {
<report/c> a kg:Report ; rdfs:label "Tỉnh ủy Bình Định kiện toàn nhân sự"@vi ; kg:sourceFile "c.txt" ;
    kg:published "2025-01-10"^^xsd:date .
<person/pham-anh-tuan> a kg:Person ; rdfs:label "Phạm Anh Tuấn"@vi ; kg:mentionedIn <report/c> ;
    kg:holds <post/pbttt-tinh-uy-binh-dinh> , <post/chu-tich-ubnd-binh-dinh> .
<post/pbttt-tinh-uy-binh-dinh> a kg:Post ; rdfs:label "Phó Bí thư Thường trực Tỉnh ủy Bình Định"@vi ;
    kg:mentionedIn <report/c> ; kg:postIn <org/tinh-uy-binh-dinh> .
<post/chu-tich-ubnd-binh-dinh> a kg:Post ; rdfs:label "Chủ tịch Ủy ban nhân dân tỉnh Bình Định"@vi ;
    kg:mentionedIn <report/c> ; kg:postIn <org/ubnd-binh-dinh> .
<org/ubnd-binh-dinh> a kg:Organization , kg:StateOrganization ; rdfs:label "Ủy ban nhân dân tỉnh Bình Định"@vi ;
    kg:jurisdiction <place/binh-dinh> ; kg:mentionedIn <report/c> .
<tenure/pham-anh-tuan--pbttt> a kg:Tenure ;
    rdfs:label "Phạm Anh Tuấn — Phó Bí thư Thường trực Tỉnh ủy Bình Định"@vi ;
    kg:holder <person/pham-anh-tuan> ; kg:post <post/pbttt-tinh-uy-binh-dinh> ; kg:mentionedIn <report/c> .
<tenure/pham-anh-tuan--ct-ubnd> a kg:Tenure ;
    rdfs:label "Phạm Anh Tuấn — Chủ tịch Ủy ban nhân dân tỉnh Bình Định"@vi ;
    kg:holder <person/pham-anh-tuan> ; kg:post <post/chu-tich-ubnd-binh-dinh> ; kg:mentionedIn <report/c> .
}
"""

SHARED_C = SHARED.rstrip().removesuffix("}") + """\
<tenure/pham-anh-tuan--pbttt> kg:status "appointed" ; kg:firstSeen "2025-01-10"^^xsd:date ;
    kg:lastSeen "2025-01-10"^^xsd:date ; kg:startDate "2025-01-10"^^xsd:date ;
    kg:succeeds <tenure/nguyen-chi-dung--pbttt> .
<tenure/pham-anh-tuan--ct-ubnd> kg:status "former" ; kg:firstSeen "2025-01-10"^^xsd:date ;
    kg:lastSeen "2025-01-10"^^xsd:date ; kg:startDate "2021-06"^^xsd:gYearMonth ; kg:endDate "2024-12"^^xsd:gYearMonth .
}
"""
