"""``kg export --format neo4j-admin``: CSV files that ``neo4j-admin database import full`` loads.

The offline bulk load for graphs too large to sync: the importer writes the store files directly,
with no transactions. What it loads is what ``kg sync`` would have written, because the rows are
computed by the sync's own code (``kg.sync.engine``): the same facts mapping (``map_graphs``),
the same node state (labels, property keys and values, ``sources``, ``shared``, ``_facts``,
``searchKeys``), the same relationship ``sources``, the HOLDS edges carrying their tenure's
literals, and the sync's bookkeeping nodes (``_KgGraph`` per report, ``_KgSync`` with the key map
and the file hash). So after an import, ``kg sync DIR`` finds nothing to do, and a later build
syncs incrementally on top of it.

Layout of the folder:

- ``nodes-NNN.csv`` / ``rels-NNN.csv``: one file per *column signature*. A Neo4j property may be a
  string on one node and a list on another, but a CSV column has one type; grouping rows by the
  exact (key, type) set they carry keeps every value's type and leaves absent keys absent.
- ``import.args``: the importer's arguments, one per line, file names relative to the folder
  (``cd FOLDER && neo4j-admin database import full [DATABASE] @import.args``; DATABASE comes
  first, as ``--nodes`` takes a list and would take it for a file), with the delimiters used
  here: ``,`` between fields, U+001F between array elements (``;`` occurs in report text),
  multi-line fields allowed (sentences).
- ``after-import.cypher``: what the importer cannot do, run once on the imported database: the
  constraints and indexes ``kg sync`` creates, and the empty ``sources`` lists (of reference data
  only the default graph states) that a CSV field cannot express (an empty field is no value).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from kg.sync.engine import MODEL_VERSION, Syncer, collapse_decorations, map_graphs, rel_sources
from kg.sync.mapping import BASE_LABEL, KeyMap
from kg.sync.source import read

ARRAY_DELIMITER = "\x1f"
ID_SPACE = BASE_LABEL


class Neo4jAdminError(ValueError):
    """A value cannot be written in the importer's CSV (names the node and key)."""


def _csv_type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if hasattr(value, "iso_format"):
        return "date"
    raise Neo4jAdminError(f"no CSV type for {type(value).__name__}")


def _column_type(value) -> str:
    if isinstance(value, list):
        if not value:
            return "string[]"  # an empty list (``sources`` of a node only the default graph states)
        types = {_csv_type(v) for v in value}
        if len(types) != 1:
            raise Neo4jAdminError(f"a list of mixed types {sorted(types)}")
        return types.pop() + "[]"
    return _csv_type(value)


def _cell(value) -> str:
    if isinstance(value, list):
        parts = [_cell(v) for v in value]
        if any(ARRAY_DELIMITER in p for p in parts):
            raise Neo4jAdminError("a list element holds the array delimiter U+001F")
        return ARRAY_DELIMITER.join(parts)
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


@dataclass
class _Group:
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class AdminExport:
    folder: Path
    nodes: int = 0
    relationships: int = 0
    files: list[Path] = field(default_factory=list)


def export_neo4j_admin(path: Path, folder: Path) -> AdminExport:
    """Write the import files for the build at ``path`` into ``folder``."""
    from kg.sync import schema

    folder.mkdir(parents=True, exist_ok=True)
    src = read(path, {})
    keymap = KeyMap()
    graphs = sorted(src.graphs)
    facts, rels, graph_iris = map_graphs(src, graphs, keymap)
    syncer = Syncer(None, "neo4j")
    node_props: dict[str, dict] = {}
    node_labels: dict[str, tuple[str, ...]] = {}
    for iri in sorted(facts):
        labels, props = syncer._node_state(iri, facts[iri], keymap)
        node_props[iri], node_labels[iri] = props, labels
    decorations = collapse_decorations(syncer.collapses, keymap, rels, node_props, node_labels)

    result = AdminExport(folder)
    node_groups: dict[tuple, _Group] = {}
    for iri, props in node_props.items():
        keys = sorted(k for k in props if k != "iri")
        try:
            sig = tuple((k, _column_type(props[k])) for k in keys)
        except Neo4jAdminError as exc:
            raise Neo4jAdminError(f"{iri}: {exc}") from None
        g = node_groups.get(sig)
        if g is None:
            g = node_groups[sig] = _Group([f"iri:ID({ID_SPACE})", ":LABEL", *[f"{k}:{t}" for k, t in sig]])
        g.rows.append([iri, ARRAY_DELIMITER.join((BASE_LABEL, *node_labels[iri])),
                       *[_cell(props[k]) for k in keys]])
        result.nodes += 1
    rel_groups: dict[tuple, _Group] = {}
    for (s, typ, o), after in sorted(rels.items()):
        srcs, shared = rel_sources(after)
        props = {"sources": srcs, **({"shared": True} if shared else {}), **decorations.get((s, typ, o), {})}
        keys = sorted(props)
        sig = tuple((k, _column_type(props[k])) for k in keys)
        g = rel_groups.get(sig)
        if g is None:
            g = rel_groups[sig] = _Group([f":START_ID({ID_SPACE})", f":END_ID({ID_SPACE})", ":TYPE",
                                          *[f"{k}:{t}" for k, t in sig]])
        g.rows.append([s, o, typ, *[_cell(props[k]) for k in keys]])
        result.relationships += 1

    # The sync's bookkeeping, as a first sync leaves it.
    keyed = _Group(["name:string", "hash:string", "key:string", "iris:string[]", "pending:boolean", ":LABEL"])
    unkeyed = _Group(["name:string", "hash:string", "iris:string[]", "pending:boolean", ":LABEL"])
    for g in sorted(src.hashes):
        key = src.keys.get(g)
        iris = ARRAY_DELIMITER.join(sorted(graph_iris.get(g, ())))
        if key is None:  # a file not in kg's block layout: the sync stores no key
            unkeyed.rows.append([g, src.hashes[g], iris, "false", "_KgGraph"])
        else:
            keyed.rows.append([g, src.hashes[g], key, iris, "false", "_KgGraph"])
    meta = _Group(["id:string", "fileHash:string", "keymap:string", "model:long", ":LABEL"],
                  [["meta", src.file_hash, keymap.to_json(), str(MODEL_VERSION), "_KgSync"]])

    args = ["--array-delimiter=U+001F", "--multiline-fields=true", "--overwrite-destination=true"]
    for i, (_, g) in enumerate(sorted(node_groups.items(), key=lambda kv: kv[1].header)):
        args.append(f"--nodes={_write(folder / f'nodes-{i:03d}.csv', g, result)}")
    for name, group in (("nodes-kggraph.csv", keyed), ("nodes-kggraph-unkeyed.csv", unkeyed)):
        if group.rows:
            args.append(f"--nodes={_write(folder / name, group, result)}")
    args.append(f"--nodes={_write(folder / 'nodes-kgsync.csv', meta, result)}")
    for i, (_, g) in enumerate(sorted(rel_groups.items(), key=lambda kv: kv[1].header)):
        args.append(f"--relationships={_write(folder / f'rels-{i:03d}.csv', g, result)}")
    (folder / "import.args").write_text("\n".join(args) + "\n", encoding="utf-8")
    after = [*schema.statements(syncer.labels),
             f"MATCH (n:{BASE_LABEL}) WHERE n.sources IS NULL SET n.sources = []",
             f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) WHERE r.sources IS NULL SET r.sources = []"]
    (folder / "after-import.cypher").write_text(";\n".join(after) + ";\n", encoding="utf-8")
    return result


def _write(f: Path, g: _Group, result: AdminExport) -> str:
    with open(f, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(g.header)
        w.writerows(g.rows)
    result.files.append(f)
    return f.name  # import.args names the files relative to the folder: run the importer from there
