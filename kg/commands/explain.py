"""``kg explain DIR PERSON``: why kg took the mentions of a name to be one person (or several).

For every Person node of the build in DIR whose name matches PERSON (typed with or without accents,
in any case) or whose IRI is PERSON (also an old IRI listed in ``redirects.tsv``): its reports, its
posts in time, and each identity link that joined two of its mentions, with the evidence and how
sure it is. The least certain links come first, as in ``kg review``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "show why the mentions of a person were joined (evidence, reports, posts) in a build"

PREFIXES = """PREFIX kg: <https://w3id.org/vnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=Path, help="a build folder (kg build --out DIR)")
    p.add_argument("person", help="a name (accents optional) or a person IRI")


def load_store(build_dir: Path):
    """The build's graph.ttl in a pyoxigraph store (parsing the corpus graph takes a few seconds)."""
    import pyoxigraph as ox

    ttl = build_dir / "graph.ttl"
    if not ttl.exists():
        raise FileNotFoundError(f"{ttl}: no graph here (run kg build --out {build_dir} first)")
    store = ox.Store()
    with open(ttl, "rb") as f:
        store.bulk_load(f, format=ox.RdfFormat.TURTLE)
    return store


def read_redirects(build_dir: Path) -> dict[str, str]:
    path = build_dir / "redirects.tsv"
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                old, new = line.split("\t", 1)
                out[old] = new
    return out


def _value(term) -> str:
    return term.value if term is not None else ""


def find_persons(store, query: str, redirects: dict[str, str]) -> list[tuple[str, str]]:
    """(IRI, name) of the persons matching a name or an IRI."""
    from kg.textkey import ascii_key

    rows = [(_value(r["p"]), _value(r["name"])) for r in store.query(
        PREFIXES + "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name }")]
    if query.startswith("http") or query.startswith("person:"):
        iri = query if query.startswith("http") else "https://w3id.org/vnkg/id/person/" + query.split(":", 1)[1]
        iri = redirects.get(iri, iri)
        return sorted({r for r in rows if r[0] == iri})
    want = " ".join(ascii_key(query).split())
    return sorted({r for r in rows if " ".join(ascii_key(r[1]).split()) == want})


def explain(store, iri: str, name: str, redirects: dict[str, str]) -> list[str]:
    lines = [f"{name}  <{iri}>"]
    reports = [(_value(r["r"]), _value(r["date"])) for r in store.query(
        PREFIXES + f"SELECT ?r ?date WHERE {{ <{iri}> kg:mentionedIn ?r . OPTIONAL {{ ?r kg:published ?date }} }}")]
    lines.append(f"  mentioned in {len(reports)} reports: " + ", ".join(
        sorted(r.rsplit("/", 1)[-1] + (f" ({d})" if d else "") for r, d in reports)[:40])
        + (" ..." if len(reports) > 40 else ""))
    posts = store.query(PREFIXES + f"""SELECT ?post ?status ?first ?last ?start ?end WHERE {{
        ?t kg:holder <{iri}> ; kg:post ?p ; kg:status ?status . ?p rdfs:label ?post .
        OPTIONAL {{ ?t kg:firstSeen ?first }} OPTIONAL {{ ?t kg:lastSeen ?last }}
        OPTIONAL {{ ?t kg:startDate ?start }} OPTIONAL {{ ?t kg:endDate ?end }} }}""")
    rows = sorted((_value(r["start"]) or _value(r["first"]), _value(r["post"]), _value(r["status"]),
                   _value(r["first"]), _value(r["last"]), _value(r["end"])) for r in posts)
    if rows:
        lines.append("  posts (in time):")
        for begin, post, status, first, last, end in rows:
            when = f"{begin or '?'} – {end or last or '?'}"
            lines.append(f"    {post}: {status}, {when}" + (f" (seen {first} – {last})" if first else ""))
    links = store.query(PREFIXES + f"""SELECT ?l ?kind ?reason ?conf WHERE {{
        ?l kg:linksPerson <{iri}> ; kg:evidenceKind ?kind ; kg:reason ?reason ; kg:confidence ?conf }}""")
    links = sorted((float(_value(r["conf"])), _value(r["kind"]), _value(r["reason"])) for r in links)
    if links:
        lines.append(f"  joined by {len(links)} links (least certain first):")
        for conf, kind, reason in links:
            lines.append(f"    {conf:.2f} {kind}: {reason}")
    else:
        lines.append("  no link: every mention of this node is in one report (or a decision kept it apart)")
    olds = sorted(old for old, new in redirects.items() if new == iri)
    if olds:
        lines.append(f"  {len(olds)} older IRIs redirect here (redirects.tsv)")
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        store = load_store(args.dir)
    except FileNotFoundError as exc:
        print(f"kg explain: {exc}", file=sys.stderr)
        return 2
    redirects = read_redirects(args.dir)
    found = find_persons(store, args.person, redirects)
    if not found:
        print(f"kg explain: no person {args.person!r} in {args.dir}", file=sys.stderr)
        return 1
    if len(found) > 1:
        print(f"{len(found)} people are named {found[0][1]} in this build (namesakes kept apart, or mentions "
              "with no evidence to join them):\n")
    for iri, name in found:
        print("\n".join(explain(store, iri, name, redirects)))
        print()
    return 0
