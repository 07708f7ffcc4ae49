"""The Neo4j model answers queries directly: one value per key, places told apart, levels stated."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.sync.engine import Syncer
from kg.sync.mapping import admin_level
from kg.sync.reader import read_graph
from tests.fixtures_cookbook import shared_with_merger
from tests.fixtures_neo4j import write_build

# Two reports that spell a directive's name differently and date it differently: one gives the
# full date, the other only the day and month.
REPORT_X = """\
<report/x> {
<report/x> a kg:Report ; rdfs:label "Báo cáo X"@vi .
<directive/kl-9> a kg:Directive ; rdfs:label "Kết luận 9-KL/TW"@vi ; kg:symbol "9-KL/TW" ;
    kg:dateIssued "2021-12-08"^^xsd:date ; kg:mentionedIn <report/x> .
<organization/huyen-uy-tuy-phuoc> a kg:Organization ; rdfs:label "Huyện ủy Tuy Phước"@vi ;
    kg:jurisdiction <place/binh-dinh> .
}
"""
REPORT_Y = """\
<report/y> {
<report/y> a kg:Report ; rdfs:label "Báo cáo Y"@vi .
<directive/kl-9> a kg:Directive ; rdfs:label "Kết luận số 9-KL/TW"@vi ; kg:symbol "9-KL/TW" ;
    kg:dateIssued "--12-08"^^xsd:gMonthDay ; kg:mentionedIn <report/y> .
}
"""
REPORT_Z = """\
<report/z> {
<report/z> a kg:Report ; rdfs:label "Báo cáo Z"@vi .
<directive/kl-9> a kg:Directive ; rdfs:label "Kết luận số 9-KL/TW"@vi ; kg:mentionedIn <report/z> .
}
"""

pytestmark = pytest.mark.neo4j


@pytest.fixture
def synced(neo4j_db, tmp_path):
    build = write_build(tmp_path / "b", REPORT_X, REPORT_Y, REPORT_Z, shared=shared_with_merger())
    Syncer(neo4j_db, "neo4j").sync(build)
    return neo4j_db, build


def _one(driver, query: str) -> dict:
    records, _, _ = driver.execute_query(query, database_="neo4j")
    assert len(records) == 1
    return records[0].data()


def test_a_name_reports_disagree_on_is_one_value_and_the_others_are_alt_names(synced):
    driver, _ = synced
    d = _one(driver, "MATCH (d:Directive) RETURN d.name AS name, d.altNames AS alt, d.dateIssued AS date")
    assert d["name"] == "Kết luận số 9-KL/TW"  # two reports of three
    assert d["alt"] == ["Kết luận 9-KL/TW"]
    assert d["date"].iso_format() == "2021-12-08"  # a full date wins over "--12-08"
    assert _one(driver, "MATCH (d:Directive {name: 'Kết luận số 9-KL/TW'}) RETURN count(d) AS n")["n"] == 1


def test_the_other_values_come_back_in_the_export(synced):
    driver, build = synced
    got = {(str(p).rsplit("#", 1)[-1], str(o)) for s, p, o in read_graph(driver, "neo4j")
           if str(s).endswith("directive/kl-9")}
    want = {(str(p).rsplit("#", 1)[-1], str(o)) for s, p, o in Graph().parse(build / "graph.ttl")
            if str(s).endswith("directive/kl-9")}
    assert got == want
    assert ("label", "Kết luận 9-KL/TW") in got and ("altLabel", "Kết luận 9-KL/TW") not in got


def test_places_before_and_after_the_merger_have_their_own_display_names(synced):
    driver, _ = synced
    records, _, _ = driver.execute_query(
        "MATCH (p:Place {name: 'Gia Lai'}) RETURN p.displayName AS d, p.level AS level",
        database_="neo4j")
    assert {(r["d"], r["level"]) for r in records} == {("Gia Lai (đến 30/6/2025)", "province"),
                                                       ("Gia Lai (từ 1/7/2025)", "province")}
    current = _one(driver, "MATCH (p:Place {name: 'Gia Lai'}) WHERE p.validUntil IS NULL RETURN p.iri AS iri")
    assert current["iri"].endswith("place/gia-lai-2025")


def test_an_organization_carries_the_level_its_name_states(synced):
    driver, _ = synced
    assert _one(driver, "MATCH (o:Organization) RETURN o.level AS level")["level"] == "district"


@pytest.mark.parametrize("name, level", [
    ("Tỉnh ủy Bình Định", "province"),
    ("Ban Dân vận Huyện ủy Tuy Phước", "district"),
    ("Đảng ủy xã Phước Sơn", "commune"),
    ("Ủy ban nhân dân thành phố Quy Nhơn", "district"),  # a city inside a province
    ("Ủy ban nhân dân thành phố Đà Nẵng", "province"),
    ("Bộ Chính trị", "central"),
    ("Ban Tuyên giáo", None),
])
def test_admin_level_of_a_name(name, level):
    assert admin_level(name) == level
