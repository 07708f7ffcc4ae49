"""Reading a build for the sync: per-report graphs, their hashes, and block-wise re-reading.
No Neo4j needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sync.source import DEFAULT_GRAPH, SourceError, read, split_blocks
from tests.fixtures_neo4j import REPORT_A, REPORT_B, write_build

ID = "https://w3id.org/vnkg/id/"


def test_kg_trig_splits_into_one_block_per_graph(tmp_path: Path):
    build = write_build(tmp_path / "b", REPORT_A, REPORT_B)
    header, blocks = split_blocks((build / "graph.trig").read_text(encoding="utf-8"))
    assert "@base <https://w3id.org/vnkg/id/> ." in header
    assert [k for k, _ in blocks] == ["", "<report/a>", "<report/b>"]



def test_a_block_ends_at_its_first_line_that_is_a_lone_closing_brace():
    head = "@prefix kg: <https://w3id.org/vnkg/ontology#> .\n"
    # an empty block, an indented or CR-ended brace inside a body, the last brace with no newline
    text = head + "<g/a> {\n}\n\n# note\n<g/b> {\n  }\nx\n}\r\n}"
    assert split_blocks(text) == (head.rstrip("\n"), [("<g/a>", ""), ("<g/b>", "  }\nx\n}\r")])
    assert split_blocks(text + "\n\n") == split_blocks(text)
    assert split_blocks(head + "<g/a> {\nx\n") is None  # never closed
    assert split_blocks(head + "<g/a> {") is None
    assert split_blocks(head + "<g/a> {\n}\nstray line\n") is None  # outside any block

def test_block_reading_gives_the_same_triples_as_a_whole_file_parse(tmp_path: Path):
    build = write_build(tmp_path / "b", REPORT_A, REPORT_B)
    by_block = read(build)
    as_graph = tmp_path / "g.trig"  # same data, a layout the splitter does not know
    as_graph.write_text((build / "graph.trig").read_text(encoding="utf-8")
                        .replace("<report/a> {", "GRAPH <report/a> {"), encoding="utf-8")
    whole = read(as_graph)
    assert whole.present_keys is None and by_block.present_keys == {"", "<report/a>", "<report/b>"}
    assert set(by_block.graphs) == set(whole.graphs) == {DEFAULT_GRAPH, ID + "report/a", ID + "report/b"}
    for g in by_block.graphs:
        assert sorted(by_block.graphs[g]) == sorted(whole.graphs[g])


TRIG_ABSOLUTE = """@prefix kg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

{
<https://w3id.org/vnkg/id/place/x> kg:name "Bình Định" .
}

<https://w3id.org/vnkg/id/report/a> {
<https://w3id.org/vnkg/id/person/p> kg:name "Nguyễn Văn \\"A\\"\\nhai dòng"@vi ;
    kg:nameEn "Nguyen Van A"@en ;
    kg:born "1960-01-02"^^xsd:date ;
    kg:note "plain" ;
    kg:seen [ kg:name "a blank node" ] ;
    kg:livesIn <https://w3id.org/vnkg/id/place/x> .
}

<https://w3id.org/vnkg/id/report/b> {
<https://w3id.org/vnkg/id/person/p> kg:name "Nguyễn Văn A"@vi .
}
"""


def test_blocks_named_by_absolute_iris_are_read_in_one_parse_with_the_same_result(tmp_path: Path):
    (tmp_path / "graph.trig").write_text(TRIG_ABSOLUTE, encoding="utf-8")
    at_once = read(tmp_path)
    assert at_once.present_keys == {"", "<https://w3id.org/vnkg/id/report/a>", "<https://w3id.org/vnkg/id/report/b>"}
    as_graph = tmp_path / "g.trig"  # same data, a layout the splitter does not know: read as a whole
    as_graph.write_text(TRIG_ABSOLUTE.replace("<https://w3id.org/vnkg/id/report/a> {", "GRAPH "
                                              "<https://w3id.org/vnkg/id/report/a> {"), encoding="utf-8")
    whole = read(as_graph)
    assert set(at_once.graphs) == set(whole.graphs) == {DEFAULT_GRAPH, ID + "report/a", ID + "report/b"}
    for g in whole.graphs:
        assert at_once.graphs[g] == whole.graphs[g]  # the same triples in the same order
    assert at_once.skipped_bnodes == whole.skipped_bnodes == 2
    person = [t for s, _, t in at_once.graphs[ID + "report/a"] if s == ID + "person/p"]
    assert ("literal", 'Nguyễn Văn "A"\nhai dòng', "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
            "vi") in person
    assert ("literal", "1960-01-02", "http://www.w3.org/2001/XMLSchema#date", None) in person
    assert ("literal", "plain", "http://www.w3.org/2001/XMLSchema#string", None) in person
    assert ("iri", ID + "place/x", None, None) in person
    assert at_once.keys[ID + "report/b"] == "<https://w3id.org/vnkg/id/report/b>"
    assert at_once.hashes[ID + "report/a"] != at_once.hashes[ID + "report/b"]


def test_known_unchanged_blocks_are_not_parsed(tmp_path: Path):
    build = write_build(tmp_path / "b", REPORT_A, REPORT_B)
    first = read(build)
    known = {first.keys[g]: first.hashes[g] for g in first.graphs}
    b2 = REPORT_B.replace('"b.txt"', '"b2.txt"')
    second = read(write_build(tmp_path / "b2", REPORT_A, b2), known)
    assert set(second.graphs) == {ID + "report/b"}
    assert second.hashes[ID + "report/b"] != first.hashes[ID + "report/b"]


def test_a_syntax_error_names_the_file(tmp_path: Path):
    bad = tmp_path / "graph.trig"
    bad.write_text("@prefix kg: <https://w3id.org/vnkg/ontology#> .\n<g> {\n<s> kg:p \"x .\n}\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"graph\.trig: cannot parse"):
        read(tmp_path)


@pytest.mark.parametrize("name", ["Nguyễn Chí Dũng", "Lê Thị Thủy", "Lê Thị Thuỷ", "Tỉnh uỷ Bình Định",
                                  "ĐẶNG XUÂN PHONG", "Hòa Bình", "Hoà Bình", "Bí thư Đảng ủy Khối"])
def test_search_keys_are_textkeys_ascii_form(name):
    from kg.sync.engine import search_key
    from kg.textkey import ascii_key

    assert search_key(name) == ascii_key(name)
