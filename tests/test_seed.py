"""The seed report, end to end: kg build, then the gold set's own scorer on graph.ttl (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys

from rdflib import RDFS, XSD, Graph, Literal

from kg.vocab import KG
from tests.conftest import REPO


def test_seed_scores_f1_1_with_the_gold_scorer_and_states_the_directive(corpus_dir, gold_dir, tmp_path):
    out = tmp_path / "seed"
    build = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus_dir / "seed"), "--out", str(out),
                            "--no-html"], capture_output=True, text=True, cwd=REPO)
    assert build.returncode == 0, build.stderr
    score = subprocess.run([sys.executable, str(gold_dir.parent / "score.py"),
                            str(gold_dir / "seed-tinhuy-62kl.gold.json"), str(out / "graph.ttl"), "--json"],
                           capture_output=True, text=True, check=True)
    counts = json.loads(score.stdout)
    for kind in ("persons", "posts", "directives"):
        c = counts[kind]
        assert c["tp_gold"] == c["gold"] and c["tp_pred"] == c["pred"], (kind, c)

    g = Graph().parse(out / "graph.ttl")
    q = """SELECT ?type ?issuer ?term ?title WHERE {
        ?d a kg:Directive ; kg:symbol "62-KL/TW" ; kg:documentType/rdfs:label ?type ;
           kg:issuedBy/rdfs:label ?issuer ; kg:term ?term ; kg:title ?title .
        FILTER(lang(?type) = "vi") }"""
    rows = list(g.query(q, initNs={"kg": KG, "rdfs": RDFS}))
    assert len(rows) == 1
    doc_type, issuer, term, title = rows[0]
    assert (str(doc_type), str(issuer), term.toPython()) == ("Kết luận", "Bộ Chính trị", 10)
    assert str(title).startswith("Về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc")
    # The report gives no year, so the conference is dated without one, never with today's year.
    assert set(g.objects(None, KG.date)) == {Literal("--12-18", datatype=XSD.gMonthDay)}
