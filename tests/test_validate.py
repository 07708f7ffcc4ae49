"""``kg validate``: SHACL on a build, with each violation's node, rule and reports in words.

The fast engine is checked against pySHACL on a graph written to break every kind of rule the
shapes use; the whole corpus build is validated so a violation cannot come back unnoticed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.export.shacl import UnsupportedShapes, compile_shapes, shacl_constraints, validate_file, validate_with_pyshacl
from tests.conftest import EXAMPLES, REPO

BROKEN = """\
@prefix kg: <https://w3id.org/vnkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

{
  id:place\\/a a kg:Place ; rdfs:label "Tỉnh Một"@vi .
  id:place\\/b a kg:Place ; rdfs:label "Tỉnh Hai"@vi .
  kg:PartyOrganization rdfs:subClassOf kg:Organization .
}

id:report\\/r1 {
  id:report\\/r1 a kg:Report ; kg:sourceFile "r1.txt" .
  id:org\\/x a kg:Organization ; rdfs:label "Tỉnh ủy Một"@vi ; kg:mentionedIn id:report\\/r1 ;
      kg:jurisdiction id:place\\/a .
  id:org\\/y a kg:PartyOrganization ; rdfs:label "Đảng ủy Khối"@vi ; kg:mentionedIn id:report\\/r1 ;
      kg:jurisdiction "Tỉnh Một" .
  id:person\\/p a kg:Person ; rdfs:label "Người Không Dấu" ; kg:mentionedIn id:report\\/r1 ; kg:holds id:place\\/a .
  id:post\\/q a kg:Post ; rdfs:label "Bí thư"@vi ; kg:mentionedIn id:report\\/r1 .
  id:tenure\\/t a kg:Tenure ; kg:holder id:person\\/p ; kg:post id:post\\/q ; kg:status "acting" .
  id:directive\\/d a kg:Directive ; rdfs:label "Kết luận 1-KL/TW"@vi ; kg:mentionedIn id:report\\/r1 ;
      kg:symbol "1-KL/TW"@vi ; kg:term "mười hai" .
  id:mention\\/m a kg:Mention ; kg:inReport id:report\\/r1 ; kg:start 5 ; kg:end 9 ; kg:supports id:org\\/x .
}

id:report\\/r2 {
  id:report\\/r2 a kg:Report ; kg:sourceFile "r2.txt" .
  id:org\\/x kg:mentionedIn id:report\\/r2 ; kg:jurisdiction id:place\\/b .
}
"""

ID = "https://w3id.org/vnkg/id/"
KG = "https://w3id.org/vnkg/ontology#"


@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    f = tmp_path / "graph.trig"
    f.write_text(BROKEN, encoding="utf-8")
    return f


def _keys(violations) -> set[tuple]:
    return {(v.constraint.shape, v.constraint.path, v.constraint.kind, v.focus, v.value) for v in violations}


def test_the_fast_engine_finds_exactly_what_pyshacl_finds(broken: Path):
    fast = validate_file(broken, shacl_constraints())
    reference = validate_with_pyshacl(broken)
    assert _keys(fast) == _keys(reference)
    kinds = {(v.constraint.path.rsplit("#", 1)[-1], v.constraint.kind) for v in fast}
    assert kinds == {
        ("jurisdiction", "maxCount"),  # org x: Tỉnh Một in r1, Tỉnh Hai in r2
        ("jurisdiction", "class"),  # org y (a PartyOrganization, so an Organization): a string
        ("label", "languageIn"),  # the person's name has no language tag
        ("holds", "class"),  # the person holds a Place
        ("hasRole", "minCount"),  # the post has no role
        ("status", "in"),  # "acting" is not a status
        ("symbol", "datatype"),  # a tagged symbol is not an xsd:string
        ("term", "datatype"),  # a term in words
        ("quote", "minCount"),  # the mention quotes nothing
    }


def test_a_violation_names_the_node_the_rule_and_the_reports(broken: Path):
    (v,) = [v for v in validate_file(broken, shacl_constraints()) if v.constraint.kind == "maxCount"]
    assert v.words() == (f"Tỉnh ủy Một <{ID}org/x> has 2 values of kg:jurisdiction, but the rule "
                         "kg:OrganizationShape (sh:maxCount): at most 1 value of kg:jurisdiction; "
                         "from reports r1, r2")
    (v,) = [v for v in validate_file(broken, shacl_constraints()) if v.constraint.kind == "in"]
    assert v.words() == (f"<{ID}tenure/t> has kg:status \"acting\", but the rule kg:TenureShape (sh:in): "
                         "every kg:status is one of \"holds\", \"appointed\", \"nominated\", \"former\", \"left\"; "
                         "from report r1")


def test_kg_validate_exits_1_and_prints_one_line_per_violation(broken: Path, capsys):
    assert main(["validate", str(broken.parent)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 9
    assert "9 violations of 9 rules" in err
    assert main(["validate", str(broken), "--format", "json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["constraint"] for r in rows} == {"sh:maxCount", "sh:class", "sh:languageIn", "sh:minCount",
                                              "sh:in", "sh:datatype"}
    assert next(r for r in rows if r["constraint"] == "sh:maxCount")["reports"] == ["r1", "r2"]


def test_kg_validate_says_what_is_wrong_with_a_folder_that_is_no_build(tmp_path: Path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "no graph.trig or graph.ttl" in capsys.readouterr().err
    (tmp_path / "graph.trig").write_text("<a> <b> .", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    assert str(tmp_path) in capsys.readouterr().err


def test_shapes_the_fast_engine_cannot_check_are_refused_not_half_checked():
    g = Graph().parse(data=f"""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <{KG}S> a sh:NodeShape ; sh:targetClass <{KG}Person> ;
            sh:property [ sh:path <{KG}name> ; sh:pattern "^[A-Z]" ] .""", format="turtle")
    with pytest.raises(UnsupportedShapes, match="sh:pattern"):
        compile_shapes(g)


def test_kg_build_validate_checks_what_it_wrote(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--out", str(tmp_path),
                           "--no-html", "--validate"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "conforms to the shapes" in done.stderr


@pytest.mark.corpus
def test_the_whole_corpus_build_conforms_to_the_shapes(corpus_dir: Path, tmp_path: Path):
    # A full build (~20-40 s on an idle machine) plus validation (~8 s); bench/bench_export.py times both.
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus_dir), "--out", str(tmp_path),
                           "--no-html", "--quiet", "--validate"], capture_output=True, text=True, cwd=REPO)
    assert "conforms to the shapes" in done.stderr, done.stdout[-3000:] + done.stderr[-3000:]
