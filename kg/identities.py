"""Reading a build's person resolution back: who a person is, which links joined their mentions.

``kg explain`` and ``kg review`` ask these questions of a finished build (its ``graph.ttl`` and
``redirects.tsv``), not of the resolver, so they answer for any build folder, old or new.
"""

from __future__ import annotations

from pathlib import Path

PREFIXES = """PREFIX kg: <https://w3id.org/vnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

MAX_OLD_IRIS = 10
"""How many older IRIs ``kg explain`` prints with their reasons (the rest are counted)."""


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


def value(term) -> str:
    return term.value if term is not None else ""


def find_persons(store, query: str, redirects: dict[str, str]) -> list[tuple[str, str]]:
    """(IRI, name) of the persons matching a name or an IRI."""
    from kg.textkey import ascii_key

    rows = [(value(r["p"]), value(r["name"])) for r in store.query(
        PREFIXES + "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name }")]
    if query.startswith("http") or query.startswith("person:"):
        iri = query if query.startswith("http") else "https://w3id.org/vnkg/id/person/" + query.split(":", 1)[1]
        if iri in redirects:
            iri = redirects[iri]
        else:  # an older IRI the graph keeps: owl:sameAs to the person it now is
            same = [value(r["p"]) for r in store.query(PREFIXES + f"SELECT ?p WHERE {{ <{iri}> owl:sameAs ?p }}")]
            iri = same[0] if len(same) == 1 else iri
        return sorted({r for r in rows if r[0] == iri})
    want = " ".join(ascii_key(query).split())
    return sorted({r for r in rows if " ".join(ascii_key(r[1]).split()) == want})


def explain_lines(store, iri: str, name: str, redirects: dict[str, str]) -> list[str]:
    lines = [f"{name}  <{iri}>"]
    reports = [(value(r["r"]), value(r["date"])) for r in store.query(
        PREFIXES + f"SELECT ?r ?date WHERE {{ <{iri}> kg:mentionedIn ?r . OPTIONAL {{ ?r kg:published ?date }} }}")]
    lines.append(f"  mentioned in {len(reports)} reports: " + ", ".join(
        sorted(r.rsplit("/", 1)[-1] + (f" ({d})" if d else "") for r, d in reports)[:40])
        + (" ..." if len(reports) > 40 else ""))
    posts = store.query(PREFIXES + f"""SELECT ?post ?status ?first ?last ?start ?end WHERE {{
        ?t kg:holder <{iri}> ; kg:post ?p ; kg:status ?status . ?p rdfs:label ?post .
        OPTIONAL {{ ?t kg:firstSeen ?first }} OPTIONAL {{ ?t kg:lastSeen ?last }}
        OPTIONAL {{ ?t kg:startDate ?start }} OPTIONAL {{ ?t kg:endDate ?end }} }}""")
    rows = sorted((value(r["start"]) or value(r["first"]), value(r["post"]), value(r["status"]),
                   value(r["first"]), value(r["last"]), value(r["end"])) for r in posts)
    if rows:
        lines.append("  posts (in time):")
        for begin, post, status, first, last, end in rows:
            when = f"{begin or '?'} – {end or last or '?'}"
            lines.append(f"    {post}: {status}, {when}" + (f" (seen {first} – {last})" if first else ""))
    links = store.query(PREFIXES + f"""SELECT ?l ?kind ?reason ?conf WHERE {{
        ?l kg:linksPerson <{iri}> ; kg:evidenceKind ?kind ; kg:reason ?reason ; kg:confidence ?conf }}""")
    links = sorted((float(value(r["conf"])), value(r["kind"]), value(r["reason"])) for r in links)
    if links:
        lines.append(f"  joined by {len(links)} links (least certain first):")
        for conf, kind, reason in links:
            lines.append(f"    {conf:.2f} {kind}: {reason}")
    else:
        lines.append("  no link: every mention of this node is in one report (or a decision kept it apart)")
    same = sorted((value(r["old"]), value(r["why"])) for r in store.query(PREFIXES + f"""SELECT ?old ?why WHERE {{
        ?old owl:sameAs <{iri}> . OPTIONAL {{ ?old kg:sameAsReason ?why }} }}"""))
    if same:
        lines.append(f"  {len(same)} older IRIs are this person (owl:sameAs in the graph):")
        for old, why in same[:MAX_OLD_IRIS]:
            lines.append(f"    <{old}>: {why}")
        if len(same) > MAX_OLD_IRIS:
            lines.append(f"    ... and {len(same) - MAX_OLD_IRIS} more (redirects.tsv lists them all)")
    olds = sorted(old for old, new in redirects.items() if new == iri and old not in dict(same))
    if olds:
        lines.append(f"  {len(olds)} older IRIs redirect here (redirects.tsv)")
    return lines



def review_rows(store) -> list[tuple[float, str, str, str, str, list[str]]]:
    """(confidence, kind, person name, person IRI, reason, the two reports) of every link, least sure first."""
    rows: dict[str, tuple] = {}
    for r in store.query(PREFIXES + """SELECT ?l ?p ?name ?kind ?reason ?conf ?rep WHERE {
            ?l a kg:IdentityLink ; kg:linksPerson ?p ; kg:evidenceKind ?kind ; kg:reason ?reason ;
               kg:confidence ?conf ; kg:linksReport ?rep . ?p rdfs:label ?name }"""):
        key = value(r["l"])
        rep = value(r["rep"]).rsplit("/", 1)[-1]
        if key in rows:
            rows[key][5].append(rep)
        else:
            rows[key] = (float(value(r["conf"])), value(r["kind"]), value(r["name"]), value(r["p"]),
                         value(r["reason"]), [rep])
    return sorted(rows.values(), key=lambda t: (t[0], t[2], t[3], t[4]))
