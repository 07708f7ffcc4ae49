"""Parameters for docs/cypher.md's recipes on the real corpus, chosen by the data, not by name.

Each finder is a query that picks a typical value for one parameter (the person with the most posts,
the province with the most current post holders, ...), never from the held-out test reports of
``tests/gold/split.json``. ``tests/test_neo4j_cookbook.py`` runs every recipe with them and
``scripts/cookbook_corpus.py`` prints the rows shown in the doc.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.textkey import ascii_key

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = ROOT / "docs" / "cypher.md"
BLOCK = re.compile(r"^## (?P<title>.+?)$|^```cypher\n(?P<body>.*?)^```", re.S | re.M)
REPORT_NS = "https://w3id.org/vnkg/id/report/"


def cookbook() -> list[tuple[str, str, dict]]:
    """(section title, query, fixture parameters) of every ```cypher block of docs/cypher.md."""
    out, title = [], ""
    for m in BLOCK.finditer(COOKBOOK.read_text(encoding="utf-8")):
        if m.group("title"):
            title = m.group("title").strip()
            continue
        body = m.group("body")
        first = body.splitlines()[0]
        params = json.loads(first.split("params:", 1)[1]) if first.startswith("// params:") else {}
        out.append((title, body, params))
    return out


def held_out() -> list[str]:
    split = json.loads((ROOT / "tests" / "gold" / "split.json").read_text(encoding="utf-8"))
    return [REPORT_NS + r for r in split["test"]]


_CLEAN = "none(s IN coalesce({x}.sources, []) WHERE s IN $held_out)"

FINDERS: dict[str, str] = {
    "person": "MATCH (p:Person)-[h:HOLDS]->(:Post) WHERE " + _CLEAN.format(x="p") + " "
              "WITH p, count(h) AS n RETURN p.name AS v ORDER BY n DESC, size(p.sources) DESC, v LIMIT 1",
    "province": "MATCH (pl:Place)<-[:JURISDICTION]-(:Organization)<-[:SUB_ORGANIZATION_OF*0..3]-(o:Organization) "
                "MATCH (p:Person)-[h:HOLDS]->(:Post)-[:POST_IN]->(o) WHERE h.status IN ['holds', 'appointed'] "
                "AND " + _CLEAN.format(x="h") + " "
                "WITH pl.name AS v, count(DISTINCT p) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    "symbol": "MATCH (d:Directive)<-[:CONCERNS]-(e:Event)<-[:ATTENDED]-(p:Person) "
              "WHERE d.symbol IS NOT NULL AND " + _CLEAN.format(x="e") + " "
              "WITH d.symbol AS v, count(DISTINCT p) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    "issuer": "MATCH (d:Directive)-[:ISSUED_BY]->(o:Organization) WHERE d.term IS NOT NULL "
              "WITH o.name AS v, count(d) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    "term": "MATCH (d:Directive)-[:ISSUED_BY]->(o:Organization) WHERE d.term IS NOT NULL "
            "WITH d.term AS v, count(d) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    "post": "MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE " + _CLEAN.format(x="h") + " "
            "WITH post.name AS v, count(p) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
}
PAIR = ("MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b:Person) "
        "WHERE a.name < b.name AND " + _CLEAN.format(x="e") + " "
        "WITH a.name AS a, b.name AS b, count(DISTINCT e) AS n RETURN a, b ORDER BY n DESC, a, b LIMIT 1")


# Finders for one recipe's parameter, where the general one would pick a value it cannot answer for.
RECIPE_FINDERS: dict[tuple[str, str], str] = {
    ("What a body became, and when", "organization"):
        "MATCH (:OrganizationChange)-[:ORIGINAL_ORGANIZATION]->(o:Organization) RETURN o.name AS v ORDER BY v LIMIT 1",
    ("Older IRIs of a person", "person"):
        "MATCH (:Resource)-[:SAME_AS]->(p:Person) WHERE " + _CLEAN.format(x="p") + " "
        "WITH p.name AS v, count(*) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
    ("Who succeeded whom in a post", "post"):
        "MATCH (later:Tenure)-[:SUCCEEDS]->(:Tenure), (later)-[:POST]->(post:Post) "
        "WITH post.name AS v, count(*) AS n RETURN v ORDER BY n DESC, v LIMIT 1",
}


def corpus_params(driver, query_params: dict, database: str = "neo4j", title: str = "") -> dict | None:
    """The corpus value of each parameter a recipe takes, or None when one has no finder or the
    corpus has nothing for it (then the recipe is run without expecting rows)."""
    out: dict = {}

    def one(q: str) -> dict:
        records, _, _ = driver.execute_query(q, {"held_out": held_out()}, database_=database)
        return records[0].data() if records else {}

    for name in query_params:
        if (title, name) in RECIPE_FINDERS:
            out[name] = one(RECIPE_FINDERS[(title, name)]).get("v")
        elif name in ("a", "b"):
            out.update(one(PAIR))
        elif name == "q":
            person = one(FINDERS["person"]).get("v")
            out["q"] = ascii_key(person) if person else None
        elif name in FINDERS:
            out[name] = one(FINDERS[name]).get("v")
        else:
            return None
    out = {k: v for k, v in out.items() if k in query_params}
    return None if any(v is None for v in out.values()) else out


FINDERS["level"] = "RETURN 'province' AS v"


def shared_with_merger(base: str | None = None) -> str:
    """``base`` (default ``tests.fixtures_neo4j.SHARED``) plus the 2025 merger of Bình Định into the new Gia Lai."""
    from tests.fixtures_neo4j import SHARED

    merger = """\
<place/binh-dinh> kg:mergedInto <place/gia-lai-2025> .
<place/gia-lai> a kg:Place ; rdfs:label "Gia Lai"@vi ; kg:placeType "tỉnh"@vi ;
    kg:validUntil "2025-06-30"^^xsd:date ; kg:mergedInto <place/gia-lai-2025> .
<place/gia-lai-2025> a kg:Place ; rdfs:label "Gia Lai"@vi ; kg:placeType "tỉnh"@vi ;
    kg:validFrom "2025-07-01"^^xsd:date .
}
"""
    return (base or SHARED).rstrip().removesuffix("}") + merger


def shared_with_org_change(base: str) -> str:
    """``base`` plus one 2025 merger of bodies: Ban Tuyên giáo TW + Ban Dân vận TW into Ban Tuyên giáo
    và Dân vận TW, the new body named by no report (an org:Organization only)."""
    change = """\
<org/ban-dan-van-tw> a kg:Organization , kg:PartyOrganization ; rdfs:label "Ban Dân vận Trung ương"@vi ;
    kg:changedBy <change/btgdv-tw> ; kg:mergedInto <org/ban-tuyen-giao-dan-van-tw> .
<org/ban-tuyen-giao-tw> a kg:Organization , kg:PartyOrganization ; rdfs:label "Ban Tuyên giáo Trung ương"@vi ;
    kg:changedBy <change/btgdv-tw> .
<org/ban-tuyen-giao-dan-van-tw> a <http://www.w3.org/ns/org#Organization> ;
    rdfs:label "Ban Tuyên giáo và Dân vận Trung ương"@vi ; kg:resultedFrom <change/btgdv-tw> .
<change/btgdv-tw> a kg:OrganizationChange ;
    rdfs:label "Ban Tuyên giáo Trung ương, Ban Dân vận Trung ương → Ban Tuyên giáo và Dân vận Trung ương"@vi ;
    kg:originalOrganization <org/ban-tuyen-giao-tw> , <org/ban-dan-van-tw> ;
    kg:resultingOrganization <org/ban-tuyen-giao-dan-van-tw> ; kg:changeDate "2025-02-03"^^xsd:date ;
    kg:decision "Quyết định của Bộ Chính trị, công bố ngày 3/2/2025"@vi .
}
"""
    return base.rstrip().removesuffix("}") + change


def shared_with_same_as(base: str) -> str:
    """``base`` plus an older IRI of Hồ Quốc Dũng kept in the graph (owl:sameAs, as kg build writes it)."""
    same = """\
<person/ho-quoc-dung-report-a> <http://www.w3.org/2002/07/owl#sameAs> <person/ho-quoc-dung> ;
    kg:sameAsReason "the IRI of 'Hồ Quốc Dũng|report a' on its own (the mention in a), joined by post evidence" .
}
"""
    return base.rstrip().removesuffix("}") + same
