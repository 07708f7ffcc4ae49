"""Synthetic graphs in the kg ontology, of any size, for benchmarks and the large-graph tests.

The shape imitates a corpus of provincial reports: each province has a Party committee, a People's
Committee and a few departments; officials hold posts in them (a Tenure with status and dates,
a Mention quoting the sentence); events are organized by a committee, attended by officials and
review a directive issued by a central body. Names are generated from Vietnamese syllables so the
text folding and the search see realistic strings. Nothing here is read from the corpus.
"""

from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.vocab import ID, KG, PREFIXES

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
_MIDDLE = ["Văn", "Thị", "Đức", "Chí", "Minh", "Hữu", "Quốc", "Thanh", "Ngọc", "Xuân"]
_GIVEN = ["Dũng", "Thanh", "Hòa", "Thủy", "Tuấn", "Hùng", "Lan", "Khoa", "Quý", "Huy", "Nam", "Bình", "Thuỷ"]
_PROVINCES = ["Bình Định", "Quảng Ngãi", "Ninh Thuận", "Khánh Hòa", "Nghệ An", "Thanh Hóa", "Lâm Đồng",
              "Đắk Lắk", "Cà Mau", "Sóc Trăng", "Hà Giang", "Lào Cai", "Yên Bái", "Phú Yên"]
_ORGS = [("Tỉnh ủy {p}", "PartyOrganization"), ("UBND tỉnh {p}", "StateOrganization"),
         ("Ủy ban MTTQ tỉnh {p}", "FrontOrganization"), ("Sở Tài chính tỉnh {p}", "StateOrganization"),
         ("Ban Dân vận Tỉnh ủy {p}", "PartyOrganization")]
_ROLES = ["Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Trưởng ban", "Ủy viên"]
_STATUS = ["holds", "appointed", "former", "nominated", "left"]


def synthetic_graph(n_nodes: int, *, seed: int = 0) -> Graph:
    """An RDF graph whose projection has about ``n_nodes`` entity nodes."""
    rnd = random.Random(seed)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    add = g.add
    count = 0

    def entity(kind: str, i: int | str, cls: str, label: str, report: URIRef) -> URIRef:
        nonlocal count
        iri = ID[f"{kind}/{i}"]
        if (iri, RDF.type, KG[cls]) not in g:
            count += 1
            add((iri, RDF.type, KG[cls]))
            add((iri, RDFS.label, Literal(label, lang="vi")))
        add((iri, KG.mentionedIn, report))
        return iri

    def mention(report: URIRef, n: int, quote: str, supports: URIRef) -> None:
        m = URIRef(f"{report}/m/{n}")
        add((m, RDF.type, KG.Mention))
        add((m, KG.inReport, report))
        add((m, KG.quote, Literal(quote)))
        add((m, KG.sentence, Literal(quote + ".")))
        add((m, KG.supports, supports))

    central = ID["org/bo-chinh-tri"]
    n_prov = max(1, min(len(_PROVINCES) * 40, n_nodes // 60))
    r = 0
    while count < n_nodes:
        r += 1
        report = ID[f"report/r{r}"]
        year = 2010 + rnd.randrange(15)
        add((report, RDF.type, KG.Report))
        add((report, KG["title"], Literal(f"Hội nghị sơ kết số {r}", lang="vi")))
        add((report, RDFS.label, Literal(f"Hội nghị sơ kết số {r}", lang="vi")))
        add((report, KG.url, Literal(f"https://example.org/tin/{r}", datatype=XSD.anyURI)))
        add((report, KG.published, Literal(f"{year}-0{1 + rnd.randrange(9)}-1{rnd.randrange(9)}",
                                           datatype=XSD.date)))
        pi = rnd.randrange(n_prov)
        pname = _PROVINCES[pi % len(_PROVINCES)] + ("" if pi < len(_PROVINCES) else f" {pi // len(_PROVINCES)}")
        place = entity("place", pi, "Place", pname, report)
        party = entity("org", f"{pi}-0", "PartyOrganization", _ORGS[0][0].format(p=pname), report)
        add((party, RDF.type, KG.Organization))
        add((party, KG.jurisdiction, place))
        cen = entity("org", "central", "PartyOrganization", "Bộ Chính trị", report)
        add((cen, RDF.type, KG.Organization))
        directive = entity("directive", rnd.randrange(max(1, n_prov // 2)), "Directive", "", report)
        if (directive, KG.symbol, None) not in g:
            num = str(directive).rsplit("/", 1)[1]
            g.set((directive, RDFS.label, Literal(f"Kết luận số {num}-KL/TW", lang="vi")))
            add((directive, KG.symbol, Literal(f"{num}-KL/TW")))
            add((directive, KG.issuedBy, central))
        event = entity("event", r, "Event", f"Hội nghị sơ kết {r} tại {pname}", report)
        add((event, KG.date, Literal(f"{year}-12-18", datatype=XSD.date)))
        add((event, KG.organizedBy, party))
        add((event, KG.concerns, directive))
        mention(report, 0, f"Hội nghị sơ kết {r}", event)
        for j in range(3):
            oi = rnd.randrange(len(_ORGS))
            oname, ocls = _ORGS[oi]
            org = entity("org", f"{pi}-{oi}", ocls, oname.format(p=pname), report)
            add((org, RDF.type, KG.Organization))
            if oi:
                add((org, KG.subOrganizationOf if oi == 4 else KG.jurisdiction, party if oi == 4 else place))
            name = f"{rnd.choice(_FAMILY)} {rnd.choice(_MIDDLE)} {rnd.choice(_GIVEN)}"
            person = entity("person", f"{pi}-{rnd.randrange(60)}", "Person", name, report)
            ri = rnd.randrange(len(_ROLES))
            role = _ROLES[ri]
            post = entity("post", f"{pi}-{oi}-{ri}", "Post", f"{role} {oname.format(p=pname)}", report)
            add((post, KG.postIn, org))
            add((person, KG.holds, post))
            tenure = ID[f"tenure/{pi}-{oi}-{ri}-{str(person).rsplit('/', 1)[1]}"]
            add((tenure, RDF.type, KG.Tenure))
            add((tenure, KG.holder, person))
            add((tenure, KG.post, post))
            add((tenure, KG.status, Literal(rnd.choice(_STATUS))))
            add((tenure, KG.firstSeen, Literal(f"{year}-01-01", datatype=XSD.date)))
            add((tenure, KG.lastSeen, Literal(f"{year + rnd.randrange(3)}-06-30", datatype=XSD.date)))
            add((tenure, KG.mentionedIn, report))
            mention(report, j + 1, f"{name}, {role} {oname.format(p=pname)}", tenure)
            add((person, KG.attended if j else KG.chaired, event))
    return g
