"""The resolver and the RDF writer, on extractions built by hand (independent of the extractors)."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, XSD, Literal

from kg.graph import build_dataset, place_iri
from kg.model import (
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    PartialDate,
    Participation,
    PersonMention,
    PostMention,
    Report,
    Span,
)
from kg.resolve import report_iri, resolve
from kg.vocab import KG

TEXT = "Tham dự có đồng chí Trần Văn Khải, Bí thư Tỉnh ủy; đồng chí Lê Thị Nhung, Phó Bí thư Tỉnh uỷ."


def span_of(text: str, part: str, start: int = 0) -> Span:
    i = text.index(part, start)
    return Span(i, i + len(part))


def extraction(report_id: str, province: str | None, text: str = TEXT, year: int | None = 2015) -> Extraction:
    """Two officials of one Tỉnh ủy, written in the two tone-mark styles."""
    report = Report(id=report_id, text=text, source_file=f"{report_id}.txt", title="Hội nghị",
                    province=province, published=PartialDate(year, 3, 14) if year else None,
                    sentences=[Span(0, len(text))])
    scope = "province" if province else "report"
    name = f"Tỉnh ủy {province}" if province else "Tỉnh ủy"
    org1 = OrgMention(span_of(text, "Tỉnh ủy"), "Tỉnh ủy", name, kind="tinh_uy", province=province,
                      scope=scope, name_en="Provincial Party Committee")
    org2 = OrgMention(span_of(text, "Tỉnh uỷ"), "Tỉnh uỷ", name, kind="tinh_uy", province=province, scope=scope)
    khai = PersonMention(span_of(text, "Trần Văn Khải"), "Trần Văn Khải")
    nhung = PersonMention(span_of(text, "Lê Thị Nhung"), "Lê Thị Nhung")
    posts = [
        PostMention(span_of(text, "Bí thư Tỉnh ủy"), khai, "Bí thư", role_en="Secretary", org=org1),
        PostMention(span_of(text, "Phó Bí thư Tỉnh uỷ"), nhung, "Phó Bí thư", deputy=True, org=org2),
    ]
    return Extraction(report=report, persons=[khai, nhung], organizations=[org1, org2], posts=posts)


def build(*extractions: Extraction):
    res = resolve(extractions)
    bg = build_dataset(extractions, res)
    return bg.to_dataset(), bg.to_graph()


def names_of(g, cls) -> set[str]:
    return {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, cls)}


def test_two_tone_styles_of_one_body_are_one_organization():
    _, g = build(extraction("r1", "Bình Định"))
    orgs = list(g.subjects(RDF.type, KG.Organization))
    assert len(orgs) == 1
    assert Literal("Tỉnh ủy Bình Định", lang="vi") in set(g.objects(orgs[0], RDFS.label))
    assert set(g.objects(orgs[0], RDFS.label)) == {Literal("Tỉnh ủy Bình Định", lang="vi")}, "one display label"
    assert g.value(orgs[0], KG.labelEn) == Literal("Provincial Party Committee", lang="en")
    assert Literal("Tỉnh uỷ", lang="vi") in set(g.objects(orgs[0], SKOS.altLabel))


def test_person_holds_post_in_organization_with_role_and_tenure():
    _, g = build(extraction("r1", "Bình Định"))
    q = """SELECT ?name ?role ?org ?status WHERE {
        ?p a kg:Person ; rdfs:label ?name ; kg:holds ?post .
        ?post kg:hasRole/rdfs:label ?role ; kg:postIn/rdfs:label ?org .
        ?t kg:holder ?p ; kg:post ?post ; kg:status ?status .
        FILTER(lang(?role) = "vi" && lang(?org) = "vi") }"""
    rows = {tuple(map(str, r)) for r in g.query(q, initNs={"kg": KG, "rdfs": RDFS})}
    assert rows == {
        ("Trần Văn Khải", "Bí thư", "Tỉnh ủy Bình Định", "holds"),
        ("Lê Thị Nhung", "Phó Bí thư", "Tỉnh ủy Bình Định", "holds"),
    }


def test_every_fact_points_to_its_sentence():
    _, g = build(extraction("r1", "Bình Định"))
    khai = next(s for s in g.subjects(RDF.type, KG.Person) if str(g.value(s, RDFS.label)) == "Trần Văn Khải")
    mentions = list(g.subjects(KG.supports, khai))
    assert len(mentions) == 1
    m = mentions[0]
    assert str(g.value(m, KG.quote)) == "Trần Văn Khải"
    assert TEXT[int(g.value(m, KG.start)) : int(g.value(m, KG.end))] == "Trần Văn Khải"
    assert str(g.value(m, KG.sentence)) == TEXT
    assert g.value(m, KG.inReport) == report_iri("r1")


def test_facts_sit_in_the_named_graph_of_their_report():
    ds, _ = build(extraction("r1", "Bình Định"), extraction("r2", "Bình Định"))
    g1 = ds.graph(report_iri("r1"))
    g2 = ds.graph(report_iri("r2"))
    people1 = set(g1.subjects(RDF.type, KG.Person))
    assert people1 == set(g2.subjects(RDF.type, KG.Person)), "same people, same province: one entity each"
    assert (None, KG.mentionedIn, report_iri("r2")) not in g1


def test_same_body_without_a_province_stays_in_its_report():
    _, g = build(extraction("r1", None), extraction("r2", None))
    assert len(set(g.subjects(RDF.type, KG.Organization))) == 2
    # The people are joined across the two reports, not by the body (each report's own) but by the
    # title written after each name ("Trần Văn Khải, Bí thư Tỉnh ủy"), and the graph says so.
    assert len(set(g.subjects(RDF.type, KG.Person))) == 2
    assert {str(o) for o in g.objects(None, KG.evidenceKind)} == {"title"}


def test_same_name_in_two_provinces_is_two_people():
    _, g = build(extraction("r1", "Bình Định"), extraction("r2", "Ninh Thuận"))
    assert len(set(g.subjects(RDF.type, KG.Person))) == 4


def test_tenure_aggregates_first_and_last_seen_and_latest_status():
    early = extraction("r1", "Bình Định", year=2015)
    late = extraction("r2", "Bình Định", year=2019)
    late.posts[0].status = "left"
    ds, g = build(early, late)
    khai_tenure = next(t for t in g.subjects(RDF.type, KG.Tenure)
                       if str(g.value(g.value(t, KG.holder), RDFS.label)) == "Trần Văn Khải")
    assert str(g.value(khai_tenure, KG.status)) == "left"
    assert g.value(khai_tenure, KG.firstSeen) == Literal("2015-03-14", datatype=XSD.date)
    assert g.value(khai_tenure, KG.lastSeen) == Literal("2019-03-14", datatype=XSD.date)
    assert (khai_tenure, KG.status, None) in ds.default_graph


def test_directive_event_and_attendance():
    ex = extraction("r1", "Bình Định")
    text = ex.report.text
    d = DirectiveMention(Span(0, 4), "62-KL/TW", doc_type="KL", type_word="Kết luận", term=10)
    ev = EventMention(Span(0, 8), "Hội nghị", date=PartialDate(None, 12, 18), organizer=ex.organizations[0],
                      concerns=[d], participants=[Participation(ex.persons[0], "chaired")])
    assert text
    ex.directives.append(d)
    ex.events.append(ev)
    _, g = build(ex)
    event = next(g.subjects(RDF.type, KG.Event))
    assert g.value(event, KG.date) == Literal("--12-18", datatype=XSD.gMonthDay)
    directive = g.value(event, KG.concerns)
    assert str(g.value(directive, KG.symbol)) == "62-KL/TW"
    assert g.value(directive, KG["term"]) == Literal(10, datatype=XSD.integer)
    chair = next(g.subjects(KG.chaired, event))
    assert (chair, KG.attended, event) in g, "chairing implies attending, stated for readers without inference"


def test_building_twice_gives_identical_turtle():
    from kg.graph import serialize_turtle

    _, g1 = build(extraction("r1", "Bình Định"), extraction("r2", None))
    _, g2 = build(extraction("r1", "Bình Định"), extraction("r2", None))
    assert serialize_turtle(g1) == serialize_turtle(g2)


def test_a_party_number_without_term_or_date_is_not_merged_across_reports():
    """18-NQ/TW exists in several terms; with no term and no date, two reports may mean two documents."""
    from kg.loaders.extract.pipeline import extract

    text = "Tỉnh ủy quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương."
    undated = [Report(id=f"r{i}", text=text, source_file=f"r{i}.txt", sentences=[Span(0, len(text))])
               for i in (1, 2)]
    _, g = build(*(extract(r) for r in undated))
    assert len(set(g.subjects(RDF.type, KG.Directive))) == 2

    termed = text.replace("Trung ương.", "Trung ương khóa XII.")
    dated = [Report(id=f"d{i}", text=termed, source_file=f"d{i}.txt", sentences=[Span(0, len(termed))])
             for i in (1, 2)]
    _, g = build(*(extract(r) for r in dated))
    assert len(set(g.subjects(RDF.type, KG.Directive))) == 1, "the same symbol in the same term is one document"


def test_a_2012_ninh_thuan_body_stays_ninh_thuan_and_is_found_under_todays_khanh_hoa():
    from kg.loaders.extract.pipeline import extract

    def report(rid: str, text: str, year: int) -> Report:
        return Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(year, 3, 1),
                      sentences=[Span(0, len(text))])

    old = report("r2012", "Đồng chí Lê Văn Bình, Bí thư Tỉnh ủy Ninh Thuận, phát biểu tại hội nghị.", 2012)
    new = report("r2026", "Đồng chí Trần Quốc Nam, Bí thư Tỉnh ủy Khánh Hòa, phát biểu tại hội nghị.", 2026)
    _, g = build(extract(old), extract(new))
    q = """SELECT ?org ?place WHERE {
        ?org a kg:Organization ; kg:jurisdiction ?place .
        { ?place rdfs:label "Khánh Hòa"@vi ; kg:validFrom ?from }
        UNION { ?place kg:mergedInto/rdfs:label "Khánh Hòa"@vi } }"""
    found = g.query(q, initNs={"kg": KG, "rdfs": RDFS})
    rows = {(str(g.value(o, RDFS.label)), str(g.value(p, RDFS.label))) for o, p in found}
    assert rows == {("Tỉnh ủy Ninh Thuận", "Ninh Thuận"), ("Tỉnh ủy Khánh Hòa", "Khánh Hòa")}

    places = {str(g.value(o, RDFS.label)): p for o, p in g.subject_objects(KG.jurisdiction)}
    assert places["Tỉnh ủy Khánh Hòa"] == place_iri("khanh-hoa-2025"), "a 2026 report means the merged province"
    assert places["Tỉnh ủy Ninh Thuận"] == place_iri("ninh-thuan")


def test_one_english_name_per_organization_the_most_specific():
    ex = extraction("r1", "Bình Định")
    ex.organizations[1].name_en = "Bình Định Provincial Party Committee"
    _, g = build(ex)
    (org,) = set(g.subjects(RDF.type, KG.Organization))
    assert list(g.objects(org, KG.labelEn)) == [Literal("Bình Định Provincial Party Committee", lang="en")]
