"""A synthetic build in the shape ``kg build`` writes, for benchmarks and the sync's stress tests.

``n_reports`` report graphs of about ``TRIPLES_PER_REPORT`` triples each: people holding posts in
organizations of a few dozen provinces, events about directives, mentions supporting facts.
People, posts, organizations and directives are drawn from pools, so most nodes are shared by
several reports, as in a real corpus. Deterministic for a given ``seed``; ``variant`` changes the
facts of chosen reports (a "rebuilt" report).
"""

from __future__ import annotations

import random
from pathlib import Path

HEAD = """@prefix kg: <https://w3id.org/vnkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/vnkg/id/> .
"""
TRIPLES_PER_REPORT = 185  # measured: 100 reports give 18,472 triples
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Quốc", "Chí", "Minh", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân"]
GIVEN = ["Dũng", "Hùng", "Lan", "Hà", "Thủy", "Hòa", "Tuấn", "Long", "Phương", "Sơn", "Hải", "Bình"]
ROLES = ["Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Ủy viên"]
ORG_KINDS = [("Tỉnh ủy", "PartyOrganization"), ("UBND tỉnh", "StateOrganization"),
             ("Ban Dân vận Tỉnh ủy", "PartyOrganization"), ("Ủy ban MTTQ tỉnh", "FrontOrganization")]


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _report(i: int, rng: random.Random, n_people: int, n_provinces: int, variant: int) -> list[str]:
    r = f"report/r{i:06d}"
    day = 1 + (i % 28)
    month = 1 + (i // 28) % 12
    out = [f'<{r}> a kg:Report ; rdfs:label "Bản tin số {i} ({variant})"@vi ; kg:sourceFile "r{i}.txt" ; '
           f'kg:published "2024-{month:02d}-{day:02d}"^^xsd:date .']
    prov = rng.randrange(n_provinces)
    ev = f"event/e{i:06d}"
    d = f"directive/d{rng.randrange(200):03d}"
    out.append(f'<{ev}> a kg:Event ; rdfs:label "Hội nghị {i}"@vi ; kg:kind "Hội nghị"@vi ; '
               f'kg:date "2024-{month:02d}-{day:02d}"^^xsd:date ; kg:concerns <{d}> ; kg:mentionedIn <{r}> .')
    out.append(f'<{d}> a kg:Directive ; rdfs:label "Nghị quyết {d[-3:]}-NQ/TW"@vi ; '
               f'kg:symbol "{d[-3:]}-NQ/TW" ; kg:term {11 + int(d[-3:]) % 3} ; '
               f'kg:documentType <doctype/nghi-quyet> ; kg:mentionedIn <{r}> .')
    for k in range(6):
        p = rng.randrange(n_people)
        name = f"{SURNAMES[p % 13]} {MIDDLE[(p // 13) % 10]} {GIVEN[(p // 130) % 12]} {p}"
        role = ROLES[(p + k) % len(ROLES)]
        okind, ocls = ORG_KINDS[p % len(ORG_KINDS)]
        org = f"org/o{prov:02d}-{p % len(ORG_KINDS)}"
        post = f"post/p{prov:02d}-{p % len(ORG_KINDS)}-{(p + k) % len(ROLES)}"
        ten = f"tenure/t{p}-{prov:02d}-{p % len(ORG_KINDS)}-{(p + k) % len(ROLES)}"
        status = "left" if (variant and k == 0) else "holds"
        out += [
            f'<person/x{p}> a kg:Person ; rdfs:label "{_esc(name)}"@vi ; kg:mentionedIn <{r}> ; '
            f'kg:holds <{post}> ; kg:attended <{ev}> .',
            f'<{post}> a kg:Post ; rdfs:label "{role} {okind} {prov}"@vi ; kg:postIn <{org}> ; '
            f'kg:hasRole <role/{(p + k) % len(ROLES)}> ; kg:mentionedIn <{r}> .',
            f'<role/{(p + k) % len(ROLES)}> a kg:Role ; rdfs:label "{role}"@vi .',
            f'<{org}> a kg:Organization , kg:{ocls} ; rdfs:label "{okind} {prov}"@vi ; '
            f'kg:jurisdiction <place/pv{prov:02d}> ; kg:mentionedIn <{r}> .',
            f'<{ten}> a kg:Tenure ; kg:holder <person/x{p}> ; kg:post <{post}> ; kg:status "{status}" ; '
            f'kg:mentionedIn <{r}> .',
            f'<{r}/m/{k * 50}-{k * 50 + 30}> a kg:Mention ; kg:inReport <{r}> ; kg:start {k * 50} ; '
            f'kg:end {k * 50 + 30} ; kg:quote "đồng chí {_esc(name)}, {role}" ; kg:supports <{ten}> .',
        ]
    return out


def write(out: Path, n_reports: int, seed: int = 1, changed: set[int] | None = None,
          n_people: int | None = None, n_provinces: int = 34) -> Path:
    """Write ``out/graph.trig``; reports whose number is in ``changed`` get a different variant."""
    out.mkdir(parents=True, exist_ok=True)
    n_people = n_people or max(50, n_reports * 2)
    changed = changed or set()
    with open(out / "graph.trig", "w", encoding="utf-8") as f:
        f.write(HEAD)
        f.write("\n{\n")
        for pv in range(n_provinces):
            f.write(f'<place/pv{pv:02d}> a kg:Place ; rdfs:label "Tỉnh {pv}"@vi .\n')
        f.write('<doctype/nghi-quyet> a kg:DocumentType ; rdfs:label "Nghị quyết"@vi , "Resolution"@en ; '
                'skos:inScheme kg:documentTypes .\n}\n')
        for i in range(n_reports):
            rng = random.Random(seed * 1_000_003 + i)
            lines = _report(i, rng, n_people, n_provinces, 1 if i in changed else 0)
            f.write(f"\n<report/r{i:06d}> {{\n" + "\n".join(lines) + "\n}\n")
    return out
