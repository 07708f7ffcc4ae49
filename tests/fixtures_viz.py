"""Small RDF graphs in the kg ontology, written by hand, for the view, export and analytics tests.

``seedlike_graph`` follows the shape of what ``kg build`` writes for a provincial conference report
(Person holds Post postIn Organization, a Tenure with status and dates, Mentions with quotes in a
Report with title and URL, an Event that concerns a Directive and that people attended); the
sentences are our own, in the corpus style. ``hostile_graph`` is the same with attacker-controlled
names, quotes, titles and URLs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import rdflib
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.vocab import ID, KG, PREFIXES

# (rdflib.XSD is used through the module: pytest inspects a plugin's globals, and XSD warns on that.)

REPORT_URL = "https://baotinh.example.vn/tin/so-ket-62"
SENTENCE = ("Dự hội nghị có đồng chí Nguyễn Chí Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
            "Lê Văn Hòa, Chủ tịch UBND tỉnh.")


@dataclass
class GraphBuilder:
    """Adds kg entities, tenures and mentions to an rdflib graph, the way the build writes them."""

    g: Graph
    report: URIRef
    n: int = 0

    @classmethod
    def new(cls, *, title: str, url: str | None = REPORT_URL, published: str | None = "2024-12-18") -> GraphBuilder:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        report = ID["report/r1"]
        g.add((report, RDF.type, KG.Report))
        g.add((report, KG["title"], Literal(title, lang="vi")))
        g.add((report, RDFS.label, Literal(title, lang="vi")))
        if url:
            g.add((report, KG.url, Literal(url, datatype=rdflib.XSD.anyURI)))
        if published:
            g.add((report, KG.published, Literal(published, datatype=rdflib.XSD.date)))
        return cls(g, report)

    def entity(self, kind: str, slug: str, cls: URIRef, label: str, *extra: URIRef, en: str = "") -> URIRef:
        iri = ID[f"{kind}/{slug}"]
        self.g.add((iri, RDF.type, cls))
        for c in extra:
            self.g.add((iri, RDF.type, c))
        self.g.add((iri, RDFS.label, Literal(label, lang="vi")))
        if en:
            self.g.add((iri, RDFS.label, Literal(en, lang="en")))
        self.g.add((iri, KG.mentionedIn, self.report))
        return iri

    def mention(self, quote: str, supports: URIRef, sentence: str = SENTENCE) -> URIRef:
        self.n += 1
        m = URIRef(f"{self.report}/m/{self.n}")
        g = self.g
        g.add((m, RDF.type, KG.Mention))
        g.add((m, KG.inReport, self.report))
        g.add((m, KG.start, Literal(self.n * 10)))
        g.add((m, KG.end, Literal(self.n * 10 + len(quote))))
        g.add((m, KG.quote, Literal(quote)))
        g.add((m, KG.sentence, Literal(sentence)))
        g.add((m, KG.supports, supports))
        return m

    def tenure(self, person: URIRef, post: URIRef, status: str, quote: str, **dates: str) -> URIRef:
        g = self.g
        t = ID[f"tenure/{str(person).rsplit('/', 1)[1]}--{str(post).rsplit('/', 1)[1]}"]
        g.add((person, KG.holds, post))
        g.add((t, RDF.type, KG.Tenure))
        g.add((t, KG.holder, person))
        g.add((t, KG.post, post))
        g.add((t, KG.status, Literal(status)))
        for name, value in dates.items():
            g.add((t, KG[name], Literal(value, datatype=rdflib.XSD.date)))
        g.add((t, KG.mentionedIn, self.report))
        self.mention(quote, t)
        return t


def build_seedlike(*, person_name: str = "Nguyễn Chí Dũng", quote: str = "Nguyễn Chí Dũng, Ủy viên Trung ương "
                   "Đảng, Bí thư Tỉnh ủy", title: str = "Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 62-KL/TW",
                   url: str | None = REPORT_URL) -> Graph:
    b = GraphBuilder.new(title=title, url=url)
    g = b.g
    place = b.entity("place", "binh-dinh", KG.Place, "Bình Định")
    tinhuy = b.entity("org", "tinh-uy", KG.Organization, "Tỉnh ủy Bình Định", KG.PartyOrganization,
                      en="Binh Dinh Provincial Party Committee")
    g.add((tinhuy, KG.jurisdiction, place))
    ubnd = b.entity("org", "ubnd", KG.Organization, "UBND tỉnh Bình Định", KG.StateOrganization)
    g.add((ubnd, KG.jurisdiction, place))
    bct = b.entity("org", "bct", KG.Organization, "Bộ Chính trị", KG.PartyOrganization, en="Politburo")
    role = b.entity("role", "bi-thu", KG.Role, "Bí thư")

    dung = b.entity("person", "ncd", KG.Person, person_name)
    b.mention(quote, dung)
    bithu = b.entity("post", "bi-thu-tinh-uy", KG.Post, "Bí thư Tỉnh ủy Bình Định")
    g.add((bithu, KG.postIn, tinhuy))
    g.add((bithu, KG.hasRole, role))
    b.tenure(dung, bithu, "holds", quote, firstSeen="2024-12-18", lastSeen="2024-12-18")

    hoa = b.entity("person", "lvh", KG.Person, "Lê Văn Hòa")
    b.mention("Lê Văn Hòa, Chủ tịch UBND tỉnh", hoa)
    chutich = b.entity("post", "chu-tich-ubnd", KG.Post, "Chủ tịch UBND tỉnh Bình Định")
    g.add((chutich, KG.postIn, ubnd))
    b.tenure(hoa, chutich, "former", "Lê Văn Hòa, nguyên Chủ tịch UBND tỉnh", firstSeen="2020-03-01",
             lastSeen="2024-12-18", endDate="2024-06-30")

    kl = b.entity("directive", "62-kl-tw", KG.Directive, "Kết luận số 62-KL/TW")
    g.add((kl, KG.symbol, Literal("62-KL/TW")))
    g.add((kl, KG.issuedBy, bct))
    g.add((kl, KG["term"], Literal(10, datatype=rdflib.XSD.integer)))
    b.mention("Kết luận số 62-KL/TW của Bộ Chính trị (khoá X)", kl)
    ev = b.entity("event", "so-ket", KG.Event, "Hội nghị sơ kết 3 năm thực hiện Kết luận 62")
    g.add((ev, KG.date, Literal("2024-12-18", datatype=rdflib.XSD.date)))
    g.add((ev, KG.organizedBy, tinhuy))
    g.add((ev, KG.concerns, kl))
    g.add((dung, KG.attended, ev))
    g.add((dung, KG.chaired, ev))
    g.add((hoa, KG.attended, ev))
    # A province nobody mentions: the build writes all 97; the view leaves them out.
    g.add((ID["place/ca-mau"], RDF.type, KG.Place))
    g.add((ID["place/ca-mau"], RDFS.label, Literal("Cà Mau", lang="vi")))
    return g


XSS_NAME = '<img src=x onerror="window.__pwned=1">"href"</script><script>window.__pwned=2</script>'
XSS_QUOTE = '<script>window.__pwned=3</script> <a href="javascript:window.__pwned=4">"href"</a>'
XSS_TITLE = '</title><script>window.__pwned=5</script><b onmouseover="window.__pwned=6">href</b>'
XSS_URL = "javascript:window.__pwned=7"


def build_hostile() -> Graph:
    """The seed-like graph with every report string an attack: name, quote, report title and URL."""
    return build_seedlike(person_name=XSS_NAME, quote=XSS_QUOTE, title=XSS_TITLE, url=XSS_URL)


@pytest.fixture
def seedlike_graph() -> Graph:
    return build_seedlike()


@pytest.fixture
def hostile_graph() -> Graph:
    return build_hostile()
