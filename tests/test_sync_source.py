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
