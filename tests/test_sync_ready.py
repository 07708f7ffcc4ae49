"""graph.sync.jsonl (kg.syncready): the build's triples per TriG block, which ``kg sync`` reads instead
of parsing graph.trig.

The bar is equality: read through the file, a build gives exactly what a parse of its graph.trig
gives (the triples and their order, hashes, keys, skipped blank-node triples), so the sync computes
and writes the same rows; and a block whose text does not match its entry is parsed from the TriG.
The Neo4j tests compare what a sync writes with and without the file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kg import syncready
from kg.blocks import _key
from kg.build import build
from kg.graph import _OxTerms, _prefix_header, _turtle_body
from kg.sync import source
from kg.sync.engine import Syncer, map_graphs
from kg.sync.mapping import KeyMap
from tests.conftest import EXAMPLES, REPO

ID = "https://w3id.org/vnkg/id/"
KG = "https://w3id.org/vnkg/ontology#"
LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


class XSD:
    date, integer, decimal, gMonthDay, string = (URIRef("http://www.w3.org/2001/XMLSchema#" + t) for t in
                                                 ("date", "integer", "decimal", "gMonthDay", "string"))


def u(local: str) -> URIRef:
    return URIRef(ID + local)


def p(local: str) -> URIRef:
    return URIRef(KG + local)


# Made-up people and places; every literal shape a build may write, and some it should not.
PERSON, PLACE, ORG = u("person/tran-van-muoi"), u("place/xã-an-hòa"), u("org/ubnd-xa-an-hoa")
DEFAULT = {
    (PLACE, TYPE, p("Place")), (PLACE, LABEL, Literal("Xã An Hòa", lang="vi")),
    (PLACE, p("placeType"), Literal("xã", lang="vi")),
    (PLACE, p("validFrom"), Literal("2025-07-01", datatype=XSD.date)),
    (u("place/p%C3%A0-c%C3%B2"), LABEL, Literal("Pà Cò")),
}
REPORT_1 = {
    (u("report/r1"), TYPE, p("Report")),
    (u("report/r1"), p("title"), Literal('Ông "Mười" nhận\nquyết định\tmới \\ hôm nay 😀', lang="vi")),
    (PERSON, TYPE, p("Person")), (PERSON, LABEL, Literal("Trần Văn Mười", lang="vi")),
    (PERSON, p("labelEn"), Literal("Tran Van Muoi", lang="en-GB")),  # written in lower case by pyoxigraph
    (PERSON, p("born"), Literal("1971-02-03", datatype=XSD.date)),
    (PERSON, p("bornIn"), PLACE), (PERSON, p("mentionedIn"), u("report/r1")),
    (ORG, TYPE, p("Organization")), (ORG, LABEL, Literal("UBND xã An Hòa", lang="vi")),
    (ORG, p("jurisdiction"), PLACE), (ORG, p("term"), Literal("7", datatype=XSD.integer)),
    (ORG, p("share"), Literal("1.50", datatype=XSD.decimal)),
    (ORG, p("founded"), Literal("--12-08", datatype=XSD.gMonthDay)),
    (ORG, p("code"), Literal("007", datatype=XSD.string)),
    (ORG, p("note"), Literal("không ngôn ngữ")),
    (ORG, p("odd"), Literal("x y", datatype=URIRef("https://example.org/datatype#odd"))),
    (PERSON, p("seen"), BNode("seen1")), (BNode("seen1"), LABEL, Literal("a blank node")),
}
REPORT_2 = {
    (PERSON, LABEL, Literal("Trần Văn Mười", lang="vi")), (PERSON, p("mentionedIn"), u("report/r2")),
    (u("report/r2"), TYPE, p("Report")), (PERSON, p("memberOf"), ORG),
}
ONLY_BLANK = {(BNode("b2"), LABEL, Literal("nothing but a blank node"))}


def write_like_the_build(out: Path, default: set, graphs: dict[str, set]) -> Path:
    """graph.trig and graph.sync.jsonl as ``kg.blocks.write_streamed`` writes them: each block's
    Turtle from ``kg.graph._turtle_body``, its sort keys from ``kg.blocks._key``, the writer's calls
    in the build's order."""
    out.mkdir(parents=True)
    trig, intern = out / "graph.trig", {}
    with syncready.Writer(out / syncready.FILE_NAME, syncready.header_of(_prefix_header())) as ready:
        blocks = []
        for name in sorted(graphs):
            block = f"\n<{name}> {{\n{_turtle_body(graphs[name], _OxTerms())}\n}}\n".encode()
            ready.block(name, block, sorted(_key(t, intern) for t in graphs[name]))
            blocks.append(block)
        list(ready.default(iter(sorted(_key(t, intern) for t in default))))  # as the serializer takes them
        trig.write_text(_prefix_header() + "\n{\n" + _turtle_body(default, _OxTerms()) + "\n}\n", encoding="utf-8")
        ready.default_done(trig)
        with trig.open("ab") as f:
            f.write(b"".join(blocks))
    return out


def parsed(build_dir: Path) -> source.Source:
    """What the sync reads without the file (moved aside for the read)."""
    f = build_dir / syncready.FILE_NAME
    aside = build_dir / "aside.jsonl"
    f.rename(aside)
    try:
        return source.read(build_dir)
    finally:
        aside.rename(f)


def assert_same(a: source.Source, b: source.Source) -> None:
    assert list(a.graphs) == list(b.graphs)
    for g in a.graphs:
        assert a.graphs[g] == b.graphs[g], g  # the same triples in the same order
    assert list(a.hashes.items()) == list(b.hashes.items())
    assert list(a.keys.items()) == list(b.keys.items())
    assert (a.skipped_bnodes, a.present_keys, a.blocks, a.file_hash) == \
        (b.skipped_bnodes, b.present_keys, b.blocks, b.file_hash)


def rows(src: source.Source) -> tuple[dict, dict, str]:
    """The node rows, relationship sources and key map a first sync computes from ``src``."""
    keymap = KeyMap()
    facts, rels, _ = map_graphs(src, set(src.graphs), keymap)
    syncer = Syncer(None, "neo4j")
    nodes = {iri: syncer._node_state(iri, f, keymap) for iri, f in facts.items()}
    return nodes, {k: sorted(v) for k, v in rels.items()}, keymap.to_json()


@pytest.fixture
def no_parse(monkeypatch):
    """Fails a read that parses any TriG (everything had to come from graph.sync.jsonl)."""
    def refuse(*_a, **_k):
        raise AssertionError("a block was parsed from the TriG")
    monkeypatch.setattr(source, "_read_oxigraph", refuse)


@pytest.fixture
def hand_made(tmp_path: Path) -> Path:
    return write_like_the_build(tmp_path / "b", DEFAULT, {ID + "report/r1": REPORT_1, ID + "report/r2": REPORT_2,
                                                          ID + "report/r3": ONLY_BLANK})


def test_a_hand_made_graph_reads_the_same_from_the_file_as_from_the_trig(hand_made, monkeypatch):
    want = parsed(hand_made)
    assert want.skipped_bnodes == 3 and ID + "report/r3" not in want.graphs  # a graph of blank nodes only
    terms = [t[2] for t in want.graphs[ID + "report/r1"]]
    assert ("literal", "Tran Van Muoi", syncready.RDF_LANGSTRING, "en-gb") in terms
    with monkeypatch.context() as m:
        m.setattr(source, "_read_oxigraph", lambda *a, **k: pytest.fail("a block was parsed"))
        got = source.read(hand_made)
    assert_same(got, want)
    assert rows(got) == rows(want)


def test_a_re_sync_reads_only_the_changed_blocks_from_the_file(hand_made, no_parse):
    full = source.read(hand_made)
    known = {full.keys[g]: full.hashes[g] for g in full.graphs if g != ID + "report/r2"}
    again = source.read(hand_made, known)
    assert list(again.graphs) == [ID + "report/r2"]
    assert again.graphs[ID + "report/r2"] == full.graphs[ID + "report/r2"]


def test_a_block_whose_text_changed_is_parsed_from_the_trig(hand_made):
    trig = hand_made / "graph.trig"
    trig.write_text(trig.read_text(encoding="utf-8").replace('"UBND xã An Hòa"@vi', '"UBND xã An Hòa mới"@vi'),
                    encoding="utf-8")
    got = source.read(hand_made)
    assert_same(got, parsed(hand_made))
    assert (ID + "org/ubnd-xa-an-hoa", str(LABEL), ("literal", "UBND xã An Hòa mới", syncready.RDF_LANGSTRING, "vi")) \
        in got.graphs[ID + "report/r1"]


def test_other_prefix_lines_or_a_broken_entry_and_the_blocks_are_parsed(hand_made):
    ready = hand_made / syncready.FILE_NAME
    lines = ready.read_text(encoding="utf-8").splitlines(keepends=True)
    want = parsed(hand_made)
    at = {json.loads(line)[1]: i for i, line in enumerate(lines[1:], start=1)}
    # an entry cut short, one whose count does not add up, and one with an index out of range
    r1, r2, default = at[f"<{ID}report/r1>"], at[f"<{ID}report/r2>"], at[""]
    lines[r1] = lines[r1][: len(lines[r1]) // 2] + "\n"
    entry = json.loads(lines[r2])
    entry[2] += 1
    lines[r2] = json.dumps(entry, ensure_ascii=False) + "\n"
    entry = json.loads(lines[default])
    entry[5][0] = len(entry[4]) + 5
    lines[default] = json.dumps(entry, ensure_ascii=False) + "\n"
    ready.write_text("".join(lines), encoding="utf-8")
    assert_same(source.read(hand_made), want)
    head = json.loads(lines[0])
    head["header"] = head["header"].replace("@prefix kg:", "@prefix kgx:")
    ready.write_text(json.dumps(head) + "\n" + "".join(lines[1:]), encoding="utf-8")
    intact = json.loads(lines[at[f"<{ID}report/r3>"]])
    assert syncready.read(ready, syncready.header_of(_prefix_header()), {intact[0]: intact[1]}) == {}
    assert_same(source.read(hand_made), want)


@pytest.fixture(scope="module")
def corpus_sample(shared: Path, tmp_path_factory) -> Path:
    """Every 40th corpus report that no blind split holds out, copied with its sidecar."""
    from bench.corpus_io import held_out_stems

    held_out = held_out_stems(REPO)
    reports = [r for r in sorted((shared / "corpus").rglob("*.txt")) if r.stem not in held_out][::40]
    out = tmp_path_factory.mktemp("sample")
    for r in reports:
        shutil.copy(r, out / r.name)
        if r.with_suffix(".json").exists():
            shutil.copy(r.with_suffix(".json"), out / r.with_suffix(".json").name)
    return out


def test_a_corpus_sample_build_and_its_rebuilds_read_the_same_from_the_file(corpus_sample, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_sample, corpus)
    out = tmp_path / "out"
    build([str(corpus)], out)
    want = parsed(out)
    assert len(want.graphs) > 10
    with monkeypatch.context() as m:
        m.setattr(source, "_read_oxigraph", lambda *a, **k: pytest.fail("a block was parsed"))
        got = source.read(out)
    assert_same(got, want)
    assert rows(got) == rows(want)
    # a rebuild that patches graph.ttl takes the unchanged blocks' entries from the last file
    (corpus / "kg-added-report.txt").write_text(
        "Bổ nhiệm Phó Giám đốc Sở Xây dựng\n\nNgày 4/4/2024, Chủ tịch UBND tỉnh Lạng Sơn đã trao quyết định "
        "bổ nhiệm bà Lê Thị Tám giữ chức Phó Giám đốc Sở Xây dựng tỉnh Lạng Sơn.\n", encoding="utf-8")
    added = build([str(corpus)], out)
    assert added.patched and added.reused > 0
    with monkeypatch.context() as m:
        m.setattr(source, "_read_oxigraph", lambda *a, **k: pytest.fail("a block was parsed"))
        got = source.read(out)
    assert_same(got, parsed(out))


# -- the rows written to Neo4j -----------------------------------------------------------------------

def _sync_snapshot(driver, build_dir: Path) -> tuple[list, list]:
    from kg.sync.engine import clear
    from tests.test_neo4j_sync import snapshot

    clear(driver, "neo4j")
    Syncer(driver, "neo4j").sync(build_dir)
    return snapshot(driver)


@pytest.mark.neo4j
@pytest.mark.parametrize("which", ["hand-made", "examples"])
def test_neo4j_holds_the_same_after_a_sync_with_or_without_the_file(neo4j_db, hand_made, tmp_path, which):
    if which == "examples":
        build_dir = tmp_path / "examples"
        build([str(EXAMPLES)], build_dir)
    else:
        build_dir = hand_made
    with_file = _sync_snapshot(neo4j_db, build_dir)
    (build_dir / syncready.FILE_NAME).unlink()
    without = _sync_snapshot(neo4j_db, build_dir)
    assert with_file == without
    assert len(with_file[0]) > 5 and len(with_file[1]) > 3
