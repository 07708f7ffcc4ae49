"""``kg diff OLD NEW``: facts added and removed between two builds, per kind and per report."""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main
from tests.test_sparql import TRIG

# The second build: report r2 no longer names the deputy's post; a new report r3 names a new person.
R2_BEFORE = """\
  id:person\\/lan a kg:Person ; rdfs:label "Trần Thị Lan"@vi ; kg:holds id:post\\/bi-thu , id:post\\/dai-bieu .
  id:post\\/bi-thu a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Một"@vi .
  id:post\\/dai-bieu a kg:Post ; rdfs:label "Đại biểu Quốc hội"@vi .
"""
R2_AFTER = """\
  id:person\\/lan a kg:Person ; rdfs:label "Trần Thị Lan"@vi ; kg:holds id:post\\/bi-thu .
  id:post\\/bi-thu a kg:Post ; rdfs:label "Bí thư Tỉnh ủy Một"@vi .
"""
R3 = """
id:report\\/r3 {
  id:person\\/hai a kg:Person ; rdfs:label "Vũ Văn Hải"@vi .
}
"""


def builds(tmp_path: Path) -> tuple[Path, Path]:
    assert R2_BEFORE in TRIG
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "graph.trig").write_text(TRIG, encoding="utf-8")
    (new / "graph.trig").write_text(TRIG.replace(R2_BEFORE, R2_AFTER) + R3, encoding="utf-8")
    return old, new


def test_the_diff_counts_facts_per_kind_and_per_report(tmp_path: Path, capsys):
    old, new = builds(tmp_path)
    assert main(["diff", str(old), str(new)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "kind      added  removed",
        "Person        2        1",
        "Post          0        2",
        "",
        "new reports (1): r3",
        "r2: +0 -3 (Person +0 -1, Post +0 -2)",
        "r3: +2 -0 (Person +2 -0)",
    ]


def test_the_facts_themselves_and_json(tmp_path: Path, capsys):
    old, new = builds(tmp_path)
    assert main(["diff", str(old), str(new), "--facts", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    r2 = next(r for r in doc["reports"] if r["report"] == "r2")
    assert "<https://w3id.org/vnkg/id/person/lan> <https://w3id.org/vnkg/ontology#holds> " \
           "<https://w3id.org/vnkg/id/post/dai-bieu> ." in r2["facts"]["removed"]
    assert doc["kinds"]["Post"] == {"added": 0, "removed": 2}
    assert doc["addedReports"] == ["r3"] and doc["removedReports"] == []


def test_a_build_against_itself_is_no_change(tmp_path: Path, capsys):
    old, _ = builds(tmp_path)
    assert main(["diff", str(old), str(old)]) == 0
    assert "the same facts" in capsys.readouterr().err


def test_a_report_gone_is_named_and_its_facts_counted(tmp_path: Path, capsys):
    old, new = builds(tmp_path)
    assert main(["diff", str(new), str(old)]) == 1
    out = capsys.readouterr().out
    assert "reports gone (1): r3" in out and "r3: +0 -2 (Person +0 -2)" in out


def test_two_kg_builds_are_compared_block_by_block(tmp_path: Path, capsys):
    from kg.build import build_graph, write_outputs
    from tests.conftest import EXAMPLES

    reports = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    write_outputs(build_graph(reports), tmp_path / "all")
    write_outputs(build_graph(reports[1:]), tmp_path / "fewer")
    assert main(["diff", str(tmp_path / "all"), str(tmp_path / "fewer")]) == 1
    out = capsys.readouterr().out
    gone = Path(reports[0]).stem
    assert f"reports gone (1): {gone}" in out
    assert f"\n{gone}: +0 -" in out
