"""A term written after a body ("Quốc hội khóa XIV", "HĐND tỉnh … khóa VII") is a period of that
body: one organization node across its terms, whose labels keep each written form, while each post
keeps its term, so a deputy's two terms stay two tenures, each with its own status.

Sentences are ours, in the shape of the reports'; the names are made up.
"""

from __future__ import annotations

from rdflib import RDF, RDFS

from kg.graph import build_dataset
from kg.resolve import body_key, body_term, resolve
from kg.vocab import KG
from tests.test_resolution import report

TWO_TERMS = [
    report("a", "Ông Phạm Văn Lâm, nguyên đại biểu Quốc hội khóa XIII, hiện là đại biểu Quốc hội khóa XIV, "
                "phát biểu tại hội trường."),
    report("b", "Bà Trần Thị Mai, đại biểu Quốc hội khoá 14, chất vấn Bộ trưởng. Quốc hội đã thông qua luật."),
    report("c", "Ông Võ Văn Tâm, đại biểu HĐND tỉnh Phú Yên khóa VII, dự kỳ họp."),
]


def test_the_term_is_read_off_the_end_of_the_name_in_either_numerals():
    assert body_term("Quốc hội khóa 14") == body_term("Quốc hội khoá XIV") == "XIV"
    assert body_term("Hội đồng nhân dân tỉnh Phú Yên khóa VII") == "VII"
    assert body_term("Quốc hội") == ""
    assert body_key("Quốc hội khóa XIII") == body_key("Quốc hội khoá 14") == body_key("Quốc hội")


def test_a_body_across_its_terms_is_one_organization_with_each_written_name_a_label():
    res = resolve(TWO_TERMS)
    iris = {o.name: res.of(o) for ex in TWO_TERMS for o in ex.organizations}
    assert iris["Quốc hội khóa XIII"] == iris["Quốc hội khóa XIV"] == iris["Quốc hội khóa 14"] == iris["Quốc hội"]
    assert iris["Hội đồng nhân dân tỉnh Phú Yên khóa VII"] != iris["Quốc hội"]
    assert {"Quốc hội", "Quốc hội khóa XIII", "Quốc hội khóa XIV"} <= set(res.labels[iris["Quốc hội"]])


def test_a_deputy_of_two_terms_holds_two_posts_each_tenure_with_its_own_status():
    res = resolve(TWO_TERMS)
    posts = {p.org.name: p for p in TWO_TERMS[0].posts if p.org is not None}
    older, newer = posts["Quốc hội khóa XIII"], posts["Quốc hội khóa XIV"]
    assert res.of(older) != res.of(newer)
    assert res.tenures[res.tenure_of_post(older)].status == "former"
    assert res.tenures[res.tenure_of_post(newer)].status == "holds"
    # "khóa 14" in another report is the same post as "khóa XIV" here
    mai = next(p for p in TWO_TERMS[1].posts if p.org is not None)
    assert res.of(mai) == res.of(newer)


def test_the_graph_keeps_one_body_node_and_two_posts_on_it():
    res = resolve(TWO_TERMS)
    g = build_dataset(TWO_TERMS, res).to_graph()
    assemblies = [o for o in g.subjects(RDF.type, KG.Organization)
                  if any(str(x).startswith("Quốc hội") for x in g.objects(o, RDFS.label))]
    assert len(assemblies) == 1
    tenures = [t for t in g.subjects(RDF.type, KG.Tenure)
               if any("Phạm Văn Lâm" in str(x) for x in g.objects(g.value(t, KG.holder), RDFS.label))]
    assert len(tenures) == 2


def test_the_body_is_labelled_by_its_name_without_a_term_where_a_report_writes_one():
    exs = [report("d", "Ông Võ Văn Tâm, đại biểu HĐND tỉnh Phú Yên khóa VII, và bà Lê Thị Hoa, đại biểu HĐND "
                       "tỉnh Phú Yên khóa VII, dự kỳ họp. HĐND tỉnh Phú Yên đã thông qua nghị quyết.")]
    res = resolve(exs)
    council = res.of(next(o for o in exs[0].organizations if o.name.endswith("khóa VII")))
    assert res.label(council) == "Hội đồng nhân dân tỉnh Phú Yên"


def test_a_party_organ_written_with_its_term_after_a_role_keeps_that_name_on_the_body_not_the_post():
    exs = [report("e", "Ông Đặng Văn Hùng, Ủy viên Bộ Chính trị khóa XII, Chủ nhiệm Ủy ban Kiểm tra Trung ương "
                       "khóa XII, phát biểu. Bộ Chính trị đã họp.")]
    res = resolve(exs)
    g = build_dataset(exs, res).to_graph()
    names = {o.name: res.of(o) for o in exs[0].organizations}
    assert "Bộ Chính trị khóa XII" in {str(x) for x in g.objects(names["Bộ Chính trị"], None)}
    posts = {(p.role, p.org.name) for p in exs[0].posts if p.org is not None}
    assert ("Ủy viên", "Bộ Chính trị") in posts
    assert ("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương") in posts
