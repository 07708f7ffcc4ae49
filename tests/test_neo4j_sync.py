"""kg sync against the real local Neo4j: the mapping, idempotence, incremental updates, round trip.

Each test starts from an empty database and syncs hand-made builds (tests/fixtures_neo4j.py): two
reports, A and B, that share a person, a post, an organization and a directive.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j.time import Date
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg.sync.engine import Syncer
from kg.sync.reader import read_graph
from tests.fixtures_neo4j import REPORT_A, REPORT_B, write_build

pytestmark = pytest.mark.neo4j

ID = "https://w3id.org/vnkg/id/"
A, B = ID + "report/a", ID + "report/b"


def sync(driver, path: Path, **kw):
    return Syncer(driver, "neo4j").sync(path, **kw)


def q(driver, query: str, **params) -> list[dict]:
    records, _, _ = driver.execute_query(query, params, database_="neo4j")
    return [r.data() for r in records]


def one(driver, query: str, **params):
    rows = q(driver, query, **params)
    assert len(rows) == 1, rows
    return rows[0]


def snapshot(driver) -> tuple[list, list]:
    """Every synced node and relationship with all its properties, in a comparable order."""
    nodes = q(driver, "MATCH (n:Resource) RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS props "
                      "ORDER BY iri")
    for n in nodes:
        n["labels"] = sorted(n["labels"])
    rels = q(driver, "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.iri AS s, type(r) AS t, b.iri AS o, "
                     "properties(r) AS props ORDER BY s, t, o")
    return nodes, rels


def counts(driver) -> tuple[int, int]:
    row = one(driver, "CALL () { MATCH (n:Resource) RETURN count(n) AS n } "
                      "CALL () { MATCH (:Resource)-[r]->(:Resource) RETURN count(r) AS r } RETURN n, r")
    return row["n"], row["r"]


def test_labels_types_and_properties_follow_the_ontology(neo4j_db, build_ab):
    sync(neo4j_db, build_ab)
    org = one(neo4j_db, "MATCH (o {iri: $iri}) RETURN labels(o) AS l, o.name AS name, o.nameEn AS en, "
                        "o.altNames AS alt", iri=ID + "org/tinh-uy-binh-dinh")
    assert sorted(org["l"]) == ["Organization", "PartyOrganization", "Resource"]
    assert (org["name"], org["en"], org["alt"]) == (
        "Tỉnh ủy Bình Định", "Binh Dinh Provincial Party Committee", ["Tỉnh uỷ Bình Định"])
    d = one(neo4j_db, "MATCH (d:Directive {symbol: '62-KL/TW'})-[:ISSUED_BY]->(o:Organization) "
                      "RETURN d.term AS term, d.dateIssued AS issued, o.name AS issuer")
    assert d == {"term": 12, "issued": "--12-08", "issuer": "Bộ Chính trị"}  # yearless date stays a string
    e = one(neo4j_db, "MATCH (e:Event)-[:CONCERNS]->(:Directive) WHERE e.date = date('2024-03-15') "
                      "RETURN e.name AS name, e.kind AS kind")
    assert e == {"name": "Hội nghị sơ kết 3 năm thực hiện Kết luận 62", "kind": "Hội nghị"}
    r = one(neo4j_db, "MATCH (r:Report {iri: $a}) RETURN r.published AS p, r.url AS url", a=A)
    assert r == {"p": Date(2024, 3, 16), "url": "https://example.org/a"}


def test_tenure_is_a_node_and_decorates_holds(neo4j_db, build_ab):
    sync(neo4j_db, build_ab)
    rows = q(neo4j_db, "MATCH (p:Person)-[h:HOLDS]->(:Post)-[:POST_IN]->(o:Organization) "
                       "RETURN p.name AS person, o.name AS org, h.status AS status, h.firstSeen AS first, "
                       "h.lastSeen AS last, h.sources AS sources ORDER BY person")
    assert rows == [
        {"person": "Hồ Quốc Dũng", "org": "Tỉnh ủy Bình Định", "status": "holds", "first": Date(2024, 3, 15),
         "last": Date(2024, 5, 2), "sources": [A, B]},
        {"person": "Nguyễn Chí Dũng", "org": "Tỉnh ủy Bình Định", "status": "holds", "first": "2024-05",
         "last": Date(2024, 5, 2), "sources": [B]},
    ]
    t = one(neo4j_db, "MATCH (t:Tenure)-[:HOLDER]->(p:Person {name: 'Hồ Quốc Dũng'}) MATCH (t)-[:POST]->(post) "
                      "RETURN t.status AS status, post.name AS post")
    assert t == {"status": "holds", "post": "Bí thư Tỉnh ủy Bình Định"}


# One person and post linked by three tenure records: one last seen on a full date, one in a later
# month only (a string that sorts after the date's text), one never dated.
REPORT_D = """\
<report/d> {
<report/d> a kg:Report ; rdfs:label "Ba bản ghi nhiệm kỳ"@vi ; kg:sourceFile "d.txt" .
<person/tran-van-x> a kg:Person ; rdfs:label "Trần Văn X"@vi ; kg:holds <post/chanh-van-phong> .
<post/chanh-van-phong> a kg:Post ; rdfs:label "Chánh Văn phòng"@vi .
<tenure/x-1> a kg:Tenure ; kg:holder <person/tran-van-x> ; kg:post <post/chanh-van-phong> ;
    kg:status "holds" ; kg:firstSeen "2024-01-05"^^xsd:date ; kg:lastSeen "2024-05-02"^^xsd:date .
<tenure/x-2> a kg:Tenure ; kg:holder <person/tran-van-x> ; kg:post <post/chanh-van-phong> ;
    kg:status "former" ; kg:lastSeen "2024-06"^^xsd:gYearMonth ; kg:endDate "2024-06"^^xsd:gYearMonth .
<tenure/x-3> a kg:Tenure ; kg:holder <person/tran-van-x> ; kg:post <post/chanh-van-phong> ;
    kg:status "appointed" .
}
"""


def test_a_first_sync_writes_holds_as_the_server_side_decoration_does(neo4j_db, tmp_path):
    """Into an empty database the HOLDS edges get their tenure's literals in their CREATE, computed in
    Python; a forced re-sync and an incremental sync decorate them on the server: same database."""
    full = write_build(tmp_path / "full", REPORT_A, REPORT_D)
    sync(neo4j_db, full)
    first = snapshot(neo4j_db)
    h = one(neo4j_db, "MATCH (:Person {name: 'Trần Văn X'})-[h:HOLDS]->(:Post) RETURN properties(h) AS p")["p"]
    assert h == {"sources": [ID + "report/d"], "status": "former", "lastSeen": "2024-06", "endDate": "2024-06",
                 "tenure": ID + "tenure/x-2"}  # the latest lastSeen wins; x-2 has no firstSeen
    sync(neo4j_db, full, force=True)
    assert snapshot(neo4j_db) == first
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    sync(neo4j_db, write_build(tmp_path / "a", REPORT_A))
    sync(neo4j_db, full)  # the database holds nodes: the server-side path
    assert snapshot(neo4j_db) == first


def test_provenance_on_nodes_and_relationships(neo4j_db, build_ab):
    sync(neo4j_db, build_ab)
    assert one(neo4j_db, "MATCH (p:Person {name: 'Hồ Quốc Dũng'}) RETURN p.sources AS s")["s"] == [A, B]
    assert one(neo4j_db, "MATCH (:Person)-[r:CHAIRED]->(:Event) RETURN r.sources AS s")["s"] == [A]
    place = one(neo4j_db, "MATCH (p:Place) RETURN p.sources AS s, p.shared AS shared")
    # reference data from the default graph, and pointed at by report A (jurisdiction of its Tỉnh ủy)
    assert place == {"s": [A], "shared": True}
    m = one(neo4j_db, "MATCH (m:Mention)-[:SUPPORTS]->(t:Tenure)-[:HOLDER]->(p:Person) "
                      "MATCH (m)-[:IN_REPORT]->(r:Report) RETURN m.sentence AS sentence, p.name AS p, r.iri AS r")
    assert m == {"sentence": "Dự hội nghị có đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định, chủ trì.",
                 "p": "Hồ Quốc Dũng", "r": A}


def test_schema_constraints_and_indexes(neo4j_db, build_ab):
    sync(neo4j_db, build_ab)
    constraints = {(tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in q(
        neo4j_db, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
                  "RETURN labelsOrTypes, properties")}
    for label in ("Resource", "Person", "Organization", "PartyOrganization", "Post", "Tenure", "Mention"):
        assert ((label,), ("iri",)) in constraints
    indexes = {(tuple(r["labelsOrTypes"] or ()), tuple(r["properties"] or ())) for r in q(
        neo4j_db, "SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes, properties")}
    assert {(("Person",), ("name",)), (("Directive",), ("symbol",)), (("Event",), ("date",))} <= indexes


@pytest.mark.parametrize("typed, expected", [
    ("nguyen chi dung", "Nguyễn Chí Dũng"),
    ("Nguyễn Chí Dũng", "Nguyễn Chí Dũng"),
    ("NGUYỄN CHÍ DŨNG", "Nguyễn Chí Dũng"),
    ("Lê Thị Thuỷ", "Lê Thị Thủy"),  # the other tone style
    ("le thi thuy", "Lê Thị Thủy"),
])
def test_full_text_index_finds_names_however_typed(neo4j_db, build_ab, typed, expected):
    sync(neo4j_db, build_ab)
    rows = q(neo4j_db, "CALL db.index.fulltext.queryNodes('kgNames', $q) YIELD node, score "
                       "WHERE node:Person RETURN node.name AS name ORDER BY score DESC LIMIT 1", q=typed)
    assert rows == [{"name": expected}]


def test_sync_twice_changes_nothing(neo4j_db, build_ab):
    first = sync(neo4j_db, build_ab)
    before = snapshot(neo4j_db)
    again = sync(neo4j_db, build_ab)
    assert again.unchanged and again.elements == 0
    forced = sync(neo4j_db, build_ab, force=True)
    assert forced.changed == first.changed == 3
    assert snapshot(neo4j_db) == before
    dupes = q(neo4j_db, "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN t")
    assert dupes == []


def test_a_rebuilt_report_replaces_its_own_facts(neo4j_db, tmp_path):
    sync(neo4j_db, write_build(tmp_path / "v1", REPORT_A, REPORT_B))
    a2 = (REPORT_A.replace(' ; kg:chaired <event/so-ket-62>', '')
          .replace('"2024-03-15"^^xsd:date', '"2024-03-14"^^xsd:date'))
    v2 = write_build(tmp_path / "v2", a2, REPORT_B)
    res = sync(neo4j_db, v2)
    assert (res.changed, res.removed) == (1, 0)
    assert q(neo4j_db, "MATCH ()-[r:CHAIRED]->() RETURN r") == []
    assert one(neo4j_db, "MATCH (e:Event {iri: $e}) RETURN e.date AS d", e=ID + "event/so-ket-62")["d"] == \
        Date(2024, 3, 14)
    incremental = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    sync(neo4j_db, v2)
    assert snapshot(neo4j_db) == incremental  # the same graph as a clean sync of the new build


def test_facts_of_a_removed_report_go_and_shared_facts_stay(neo4j_db, tmp_path):
    sync(neo4j_db, write_build(tmp_path / "ab", REPORT_A, REPORT_B))
    only_b = write_build(tmp_path / "b", REPORT_B)
    res = sync(neo4j_db, only_b)
    assert (res.changed, res.removed) == (0, 1)
    assert q(neo4j_db, "MATCH (n {iri: $i}) RETURN n", i=ID + "role/bi-thu") == []  # only A said it
    assert q(neo4j_db, "MATCH (m:Mention)-[:IN_REPORT]->(:Report {iri: $a}) RETURN m", a=A) == []
    h = one(neo4j_db, "MATCH (:Person {name: 'Hồ Quốc Dũng'})-[h:HOLDS]->(p:Post) RETURN h.sources AS s")
    assert h["s"] == [B]  # B states it too: it stays, with B as its only source
    d = one(neo4j_db, "MATCH (d:Directive) RETURN d.symbol AS symbol, d.term AS term, d.sources AS s")
    assert d == {"symbol": "62-KL/TW", "term": None, "s": [B]}  # the term came from A only
    o = one(neo4j_db, "MATCH (o:Organization {name: 'Tỉnh ủy Bình Định'}) RETURN o.altNames AS alt, "
                      "o.nameEn AS en")
    assert o == {"alt": None, "en": None}
    incremental = snapshot(neo4j_db)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    sync(neo4j_db, only_b)
    assert snapshot(neo4j_db) == incremental


def test_a_value_the_node_holds_is_not_stored_twice_and_comes_back_when_a_report_goes(neo4j_db, tmp_path):
    sync(neo4j_db, write_build(tmp_path / "ab", REPORT_A, REPORT_B))
    person = one(neo4j_db, "MATCH (p:Person {name: 'Hồ Quốc Dũng'}) RETURN p._facts AS f, p.sources AS s")
    assert person["s"] == [A, B] and "Hồ Quốc Dũng" not in person["f"]  # both reports' name is a null
    sync(neo4j_db, write_build(tmp_path / "b", REPORT_B))
    # A's facts are dropped; B's name is read back from the property and stays
    assert one(neo4j_db, "MATCH (p:Person {name: 'Hồ Quốc Dũng'}) RETURN p.sources AS s")["s"] == [B]


def test_unchanged_reports_are_not_rewritten(neo4j_db, tmp_path):
    sync(neo4j_db, write_build(tmp_path / "v1", REPORT_A, REPORT_B))
    b2 = REPORT_B.replace('kg:sourceFile "b.txt"', 'kg:sourceFile "b2.txt"')
    v2 = write_build(tmp_path / "v2", REPORT_A, b2)
    res = sync(neo4j_db, v2)
    assert (res.changed, res.removed) == (1, 0)
    # only B's block of graph.trig is parsed, and only B's report node says something new
    ds = Dataset()
    ds.parse(v2 / "graph.trig", format="trig")
    assert res.triples == len(ds.graph(URIRef(B)))
    assert (res.nodes_written, res.rels_written, res.nodes_deleted, res.rels_deleted) == (1, 0, 0, 0)


def _assert_isomorphic(expected: Graph, got: Graph) -> None:
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    assert (sorted(only_expected), sorted(only_got)) == ([], [])


def test_round_trip_from_neo4j_is_isomorphic_to_the_build(neo4j_db, build_ab, tmp_path):
    sync(neo4j_db, build_ab)
    expected = Graph().parse(build_ab / "graph.ttl")
    got = read_graph(neo4j_db, "neo4j")
    assert len(got) == len(expected) > 100
    _assert_isomorphic(expected, got)
    # and after an incremental change, it is the new build that comes back
    only_b = write_build(tmp_path / "b", REPORT_B)
    sync(neo4j_db, only_b)
    _assert_isomorphic(Graph().parse(only_b / "graph.ttl"), read_graph(neo4j_db, "neo4j"))


class _CutAfterFirstBatch:
    """A driver whose sessions die after the first statement: a clear cut short by a server crash."""

    def __init__(self, driver) -> None:
        self.driver, self.calls = driver, 0

    def session(self, **kw):
        self.calls += 1
        if self.calls > 1:
            raise ConnectionError("the server went away")
        return self.driver.session(**kw)


def test_a_clear_cut_short_leaves_a_database_the_next_sync_rewrites_in_full(neo4j_db, build_ab):
    """The long hostile suite killed the server between a clear's batches: the nodes were gone but
    the sync's state still said every graph was synced, so the next sync wrote nothing."""
    from kg.sync.engine import clear

    sync(neo4j_db, build_ab)
    clean = snapshot(neo4j_db)
    with pytest.raises(ConnectionError):
        clear(_CutAfterFirstBatch(neo4j_db), "neo4j")
    again = sync(neo4j_db, build_ab)
    assert not again.unchanged
    assert snapshot(neo4j_db) == clean
