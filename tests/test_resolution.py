"""Person resolution across reports: one official one node, namesakes apart, every join explained.

Reports are our own sentences, run through the real extraction pipeline; the resolver sees only what
the extractors give it, as in a build. The names are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Literal, URIRef

from kg.decisions import DecisionsFile
from kg.graph import build_dataset
from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report
from kg.persons import is_rare
from kg.resolve import resolve
from kg.vocab import KG


def report(rid: str, text: str, when: tuple[int, int, int] | None = (2016, 1, 1), publisher: str | None = None):
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(*when) if when else None,
               publisher=publisher)
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def people(exs, res, name: str) -> dict[str, str]:
    """report id -> IRI of the person called ``name`` in it."""
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.name == name}


CAREER = [
    report("a", "Sáng 3/3, đồng chí Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.", (2015, 3, 3)),
    report("b", "Thủ tướng bổ nhiệm ông Trần Văn Khải, nguyên Bí thư Tỉnh ủy Phú Yên, giữ chức Bộ trưởng "
                "Bộ Xây dựng.", (2017, 1, 5)),
    report("c", "Bộ trưởng Bộ Xây dựng Trần Văn Khải đã kiểm tra công trình.", (2018, 6, 1)),
]


def test_a_career_across_a_province_and_a_ministry_is_one_person():
    res = resolve(CAREER)
    assert len(set(people(CAREER, res, "Trần Văn Khải").values())) == 1


def test_every_join_is_recorded_with_its_evidence_in_the_graph():
    res = resolve(CAREER)
    g = build_dataset(CAREER, res).to_graph()
    links = list(g.subjects(RDF.type, KG.IdentityLink))
    assert len(links) == 2
    kinds = {str(g.value(link, KG.evidenceKind)) for link in links}
    assert kinds == {"post", "body"} or kinds == {"post"}
    reasons = sorted(str(g.value(link, KG.reason)) for link in links)
    assert any("Bí thư Tỉnh ủy Phú Yên" in r and "a and b" in r for r in reasons), reasons
    assert any("Bộ Xây dựng" in r and "b and c" in r for r in reasons), reasons
    person = next(iter(set(people(CAREER, res, "Trần Văn Khải").values())))
    assert {str(g.value(link, KG.linksPerson)) for link in links} == {person}
    assert all(0 < float(g.value(link, KG.confidence)) <= 1 for link in links)


def test_namesakes_in_different_bodies_of_different_provinces_stay_apart():
    exs = [report("e", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết."),
           report("f", "Ông Lê Hữu Phước, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lê Hữu Phước").values())) == 2


def test_title_words_before_a_bare_mention_join_the_one_holder_of_that_title():
    exs = [report("a", "Ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy Trần Văn Khải yêu cầu các sở làm rõ.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Trần Văn Khải").values())) == 1
    link = res.person_links[0]
    assert link.kind == "title" and "bí thư tỉnh" in link.reason


def test_a_title_that_two_namesakes_both_hold_joins_neither():
    # "a" writes the post as "Phó Chủ tịch" alone (the body is named before it), "b" in full: the bare
    # "Phó Chủ tịch" beside the name in "c" matches "a"'s post as written and "b"'s by the role alone
    exs = [report("a", "UBND tỉnh Cà Mau hiện có Chủ tịch là ông Trần Văn Hòa và Phó Chủ tịch là ông Lê Văn Tám."),
           report("b", "Ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh Lào Cai, cho biết."),
           report("c", "Ông Lê Văn Tám - Phó Chủ tịch cho biết tỉnh sẽ hoàn thành kế hoạch.")]
    res = resolve(exs)
    got = people(exs, res, "Lê Văn Tám")
    assert len({got["a"], got["b"], got["c"]}) == 3
    assert not [link for link in res.person_links if "c" in link.reports]


def test_a_bare_mention_of_a_common_name_stays_in_its_report():
    assert not is_rare("Trần Văn Khải")
    exs = [report("a", "Ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Ông Trần Văn Khải cho biết gia đình đã nhận được tiền hỗ trợ.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Trần Văn Khải").values())) == 2


def test_a_bare_mention_of_a_rare_name_joins_the_one_official_of_that_name_but_a_citizen_does_not():
    assert is_rare("Khổng Tử Duệ")
    exs = [report("a", "Ông Khổng Tử Duệ, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Ông Khổng Tử Duệ cho biết tỉnh sẽ rà soát lại dự án."),
           report("c", "Anh Khổng Tử Duệ, một người dân trong xã, kể lại.")]
    res = resolve(exs)
    iris = people(exs, res, "Khổng Tử Duệ")
    assert iris["a"] == iris["b"] != iris["c"]
    assert any(link.kind == "rare-name" for link in res.person_links)


def test_photo_credits_are_one_person_per_outlet():
    exs = [report("a", "Hội nghị diễn ra sáng nay.\nẢnh: Hoàng Trọng", publisher="Báo A"),
           report("b", "Đoàn công tác làm việc tại tỉnh.\nẢnh: Hoàng Trọng", publisher="Báo A"),
           report("c", "Lãnh đạo tỉnh tiếp đoàn.\nẢnh: Hoàng Trọng", publisher="Báo B")]
    res = resolve(exs)
    iris = people(exs, res, "Hoàng Trọng")
    assert len(iris) == 3, "the extractor reads each credit"
    assert iris["a"] == iris["b"] != iris["c"]


def test_a_decision_overrides_the_automatic_resolution(tmp_path: Path):
    exs = CAREER
    decisions = tmp_path / "decisions.tsv"
    decisions.write_text("# the Bí thư of report a is someone else\n"
                         "different\ta#Trần Văn Khải\tc#Trần Văn Khải\tchecked the biography\n", encoding="utf-8")
    res = resolve(exs, DecisionsFile.read(decisions))
    iris = people(exs, res, "Trần Văn Khải")
    assert iris["a"] != iris["c"]
    decisions.write_text(f"same\t{iris['a']}\t{iris['c']}\n", encoding="utf-8")
    res = resolve(exs, DecisionsFile.read(decisions))
    assert len(set(people(exs, res, "Trần Văn Khải").values())) == 1
    assert any(link.kind == "decision" for link in res.person_links)


def test_a_decision_that_names_no_person_is_reported_and_skipped(tmp_path: Path, capsys):
    decisions = tmp_path / "decisions.tsv"
    decisions.write_text("different\tz#Không Ai\ta#Trần Văn Khải\nmaybe\ta\tb\n", encoding="utf-8")
    res = resolve(CAREER, DecisionsFile.read(decisions))
    assert len(set(people(CAREER, res, "Trần Văn Khải").values())) == 1
    err = capsys.readouterr().err
    assert "decisions.tsv:2: not a decision" in err and "no person 'z#Không Ai'" in err


def test_adding_a_report_keeps_every_existing_person_iri():
    first = [report("e", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết."), *CAREER]
    before = resolve(first)
    more = [*first, report("x", "Ông Đặng Minh Quyết, Phó Chủ tịch UBND tỉnh Lào Cai, phát biểu.")]
    after = resolve(more)
    for name in ("Lê Hữu Phước", "Trần Văn Khải"):
        assert people(first, before, name) == {k: v for k, v in people(more, after, name).items() if k != "x"}


def test_an_iri_a_join_replaces_stays_resolvable_through_the_redirect_table():
    from kg.build import redirects_tsv

    alone = CAREER[:1]  # only the Bí thư of Phú Yên: the node is named after its province
    old = people(alone, resolve(alone), "Trần Văn Khải")["a"]
    res = resolve(CAREER)  # the minister's reports join it: the node is named after the national post
    new = people(CAREER, res, "Trần Văn Khải")["a"]
    assert old != new
    assert f"{old}\t{new}" in redirects_tsv(res).splitlines()


def test_a_post_held_by_two_people_over_time_gives_a_succession():
    exs = [report("e", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết.", (2016, 1, 1)),
           report("g", "Ông Đặng Minh Quyết được bầu giữ chức Chủ tịch UBND tỉnh Cà Mau thay ông Lê Hữu Phước "
                       "nghỉ hưu.", (2019, 5, 2))]
    res = resolve(exs)
    g = build_dataset(exs, res).to_graph()
    pairs = {(str(g.value(g.value(a, KG.holder), RDFS.label)), str(g.value(g.value(b, KG.holder), RDFS.label)))
             for a, b in g.subject_objects(KG.succeeds)}
    assert pairs == {("Đặng Minh Quyết", "Lê Hữu Phước")}


def test_an_undated_report_never_moves_a_tenure_s_dates():
    exs = [report("a", "Ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.", (2015, 3, 3)),
           report("b", "Ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, dự lễ khánh thành.", None)]
    res = resolve(exs)
    g = build_dataset(exs, res).to_graph()
    (tenure,) = set(g.subjects(RDF.type, KG.Tenure))
    assert g.value(tenure, KG.firstSeen) == g.value(tenure, KG.lastSeen) == Literal("2015-03-03", datatype=XSD.date)


@pytest.mark.parametrize("query", ["Trần Văn Khải", "tran van khai"])
def test_kg_explain_prints_the_evidence_of_each_join(tmp_path: Path, query: str, capsys):
    from kg.build import BuildResult, write_outputs
    from kg.cli import main

    res = resolve(CAREER)
    result = BuildResult([ex.report for ex in CAREER], CAREER, res, build_dataset(CAREER, res))
    write_outputs(result, tmp_path)
    assert main(["explain", str(tmp_path), query]) == 0
    out = capsys.readouterr().out
    assert "Trần Văn Khải" in out and "mentioned in 3 reports" in out
    assert "same post Bí thư Tỉnh ủy Phú Yên in a and b" in out
    assert "Bộ trưởng Bộ Xây dựng" in out
    assert main(["review", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("0.95") < out.index("0.97") if "0.95" in out else "0.97" in out
    assert "different\ta#Trần Văn Khải\tb#Trần Văn Khải" in out


def test_one_body_across_abbreviations_and_wordings_is_one_organization():
    from kg.model import Extraction, OrgMention, Span

    exs = []
    for i, written in enumerate(["Bộ KH-ĐT", "Bộ Kế hoạch Đầu tư", "Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch - đầu tư"]):
        text = f"Đại diện {written} dự họp."
        r = Report(id=f"r{i}", text=text, source_file=f"r{i}.txt")
        start = text.index(written)
        org = OrgMention(Span(start, start + len(written)), written, written)
        exs.append(Extraction(report=r, organizations=[org]))
    other = "Bộ Khoa học và Công nghệ"
    exs.append(Extraction(report=Report(id="x", text=other, source_file="x.txt"),
                          organizations=[OrgMention(Span(0, len(other)), other, other)]))
    res = resolve(exs)
    iris = [str(res.of(ex.organizations[0])) for ex in exs]
    assert len(set(iris[:4])) == 1 and iris[4] != iris[0]
    assert res.label(res.of(exs[0].organizations[0])) in {"Bộ KH-ĐT", "Bộ Kế hoạch Đầu tư", "Bộ Kế hoạch và Đầu tư",
                                                           "Bộ Kế hoạch - đầu tư"}


def test_a_term_written_in_digits_or_in_roman_numerals_is_one_term_of_one_body():
    """"Quốc hội khóa 14" in one report and "Quốc hội khoá XIV" in another are one post; another
    term of the same body is another post of the same body (tests/test_terms16.py)."""
    exs = [report("a", "Ông Lê Văn Hòa, đại biểu Quốc hội khóa 14, phát biểu tại hội trường."),
           report("b", "Bà Trần Thị Mai, đại biểu Quốc hội khoá XIV, chất vấn Bộ trưởng."),
           report("c", "Ông Phạm Văn Lâm, đại biểu Quốc hội khóa XIII, đã nghỉ hưu.")]
    res = resolve(exs)
    post_of = {ex.report.id: str(res.of(p)) for ex in exs for p in ex.posts if p.org and "kh" in p.org.name}
    body_of = {ex.report.id: str(res.of(p.org)) for ex in exs for p in ex.posts if p.org and "kh" in p.org.name}
    assert set(post_of) == {"a", "b", "c"}
    assert post_of["a"] == post_of["b"] != post_of["c"]
    assert body_of["a"] == body_of["b"] == body_of["c"]


def test_the_province_in_brackets_after_a_deputy_joins_the_deputy_of_that_province():
    exs = [report("a", "Ông Hà Quang Vịnh, Giám đốc Sở Tư pháp tỉnh Kon Tum, nói."),
           report("b", "ĐB Hà Quang Vịnh (Kon Tum) cũng đặt vấn đề về lãng phí."),
           report("c", "Theo ĐB Hà Quang Vịnh (Kon Tum), dự án cần được xem lại.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Hà Quang Vịnh").values())) == 1
    assert {link.kind for link in res.person_links} == {"delegation"}


def test_a_title_written_by_its_initials_joins_the_holder_of_that_title():
    exs = [report("a", "Ông Hà Quang Vịnh, đại biểu Quốc hội, nói."),
           report("b", "ĐB Hà Quang Vịnh cũng đặt vấn đề về lãng phí.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Hà Quang Vịnh").values())) == 1
    assert [link.kind for link in res.person_links] == ["title"]


def test_deputies_of_two_provinces_stay_apart():
    exs = [report("a", "ĐB Hà Quang Vịnh (Kon Tum) cũng đặt vấn đề về lãng phí."),
           report("b", "ĐB Hà Quang Vịnh (Cà Mau) cho rằng dự án cần được xem lại.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Hà Quang Vịnh").values())) == 2


def test_a_title_before_a_comma_belongs_to_someone_else():
    exs = [report("a", "Bộ trưởng Bộ Tài chính Lê Minh Sang trả lời chất vấn."),
           report("b", "Không đồng tình với trả lời của Bộ trưởng Bộ Tài chính, ông Lê Minh Sang, giáo viên, "
                       "nói tiếp.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lê Minh Sang").values())) == 2


def test_a_report_naming_many_provinces_is_not_about_one_of_them():
    listing = "; ".join(f"ông Đỗ Văn {n}, Bí thư Tỉnh ủy {p}" for n, p in
                        (("Ba", "Cà Mau"), ("Bốn", "Lào Cai"), ("Năm", "Phú Yên"), ("Sáu", "Kon Tum")))
    exs = [report("a", "Ông Nguyễn Văn Tâm, Giám đốc Sở Y tế tỉnh Cà Mau, cho biết."),
           report("b", f"Danh sách: {listing}; ông Nguyễn Văn Tâm.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Nguyễn Văn Tâm").values())) == 2


def _persons(exs, res) -> dict[tuple[str, str], str]:
    return {(ex.report.id, p.name): str(res.of(p)) for ex in exs for p in ex.persons}


def test_a_namesake_added_later_does_not_take_the_iri_of_the_person_named_first():
    first = [report("m", "Ông Nguyễn Văn Tâm, Thứ trưởng Bộ Công an, cho biết.")]
    later = [report("a", "Ông Nguyễn Văn Tâm, Bộ trưởng Bộ Y tế, cho biết."), *first]
    before = resolve(first)
    iri = _persons(first, before)[("m", "Nguyễn Văn Tâm")]
    assert _persons(later, resolve(later))[("m", "Nguyễn Văn Tâm")] != iri  # minted afresh: renamed
    after = _persons(later, resolve(later, registry=before.registry))
    assert after[("m", "Nguyễn Văn Tâm")] == iri
    assert after[("a", "Nguyễn Văn Tâm")] != iri


def test_an_iri_whose_mentions_join_another_person_redirects_to_it(tmp_path):
    exs = [report("b", "Phát biểu tại hội nghị, ông Nguyễn Văn Tâm cho biết."),
           report("c", "Ông Nguyễn Văn Tâm, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.")]
    before = resolve(exs)
    old = set(_persons(exs, before).values())
    assert len(old) == 2
    decisions = tmp_path / "decisions.tsv"
    decisions.write_text("same\tb#Nguyễn Văn Tâm\tc#Nguyễn Văn Tâm\n", encoding="utf-8")
    after = resolve(exs, DecisionsFile.read(decisions), registry=before.registry)
    now = set(_persons(exs, after).values())
    assert len(now) == 1 and now < old  # the person keeps one of its IRIs ...
    gone = next(iter(old - now))
    assert {str(t) for t in after.redirects[URIRef(gone)]} == now  # ... and the other redirects to it
    assert after.registry.merged == {gone: next(iter(now))}


def test_a_same_corpus_rebuild_with_its_registry_changes_nothing():
    exs = [*CAREER, report("d", "ĐB Trần Văn Khải (Phú Yên) phát biểu."),
           report("e", "Ông Trần Văn Khải, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết.")]
    first = resolve(exs)
    again = resolve(exs, registry=first.registry)
    assert _persons(exs, again) == _persons(exs, first)
    assert again.registry.text() == first.registry.text()
    assert dict(again.redirects) == dict(first.redirects)


def test_two_leadership_posts_under_an_uncommon_name_are_one_career():
    exs = [report("a", "Ông Vi Văn Thắm, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.", (2015, 3, 3)),
           report("c", "Bộ trưởng Bộ Xây dựng Vi Văn Thắm đã kiểm tra công trình.", (2019, 6, 1))]
    res = resolve(exs)
    assert len(set(people(exs, res, "Vi Văn Thắm").values())) == 1
    (link,) = res.person_links
    assert link.kind == "career"
    assert "Bí thư Tỉnh ủy Phú Yên in a" in link.reason and "Bộ trưởng Bộ Xây dựng in c" in link.reason


def test_leadership_posts_under_a_common_name_stay_apart():
    exs = [report("a", "Ông Nguyễn Văn Tâm, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.", (2015, 3, 3)),
           report("c", "Bộ trưởng Bộ Xây dựng Nguyễn Văn Tâm đã kiểm tra công trình.", (2019, 6, 1))]
    res = resolve(exs)
    assert len(set(people(exs, res, "Nguyễn Văn Tâm").values())) == 2


def test_a_post_below_the_leadership_tier_is_no_career_step():
    # an uncommon name, not a very rare one (below RARE_CAREER_NAME_LOG10 any two posts are a career)
    from kg.persons import CAREER_NAME_LOG10, RARE_CAREER_NAME_LOG10, name_rarity

    assert RARE_CAREER_NAME_LOG10 < name_rarity("Lê Văn Thắm") < CAREER_NAME_LOG10
    exs = [report("a", "Ông Lê Văn Thắm, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết.", (2015, 3, 3)),
           report("c", "Bộ trưởng Bộ Xây dựng Lê Văn Thắm đã kiểm tra công trình.", (2019, 6, 1))]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lê Văn Thắm").values())) == 2


def test_the_leadership_tier_is_a_province_s_own_bodies_not_a_district_s():
    from kg.model import OrgMention, PersonMention, PostMention, Span
    from kg.persons import leadership_post

    who = PersonMention(Span(0, 1), "Vi Văn Thắm")

    def post(role: str, org: str, kind: str) -> PostMention:
        return PostMention(Span(0, 1), who, role, org=OrgMention(Span(0, 1), org, org, kind=kind,
                                                                 province="Quảng Ninh", scope="province"))

    assert leadership_post(post("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh", "ubnd"))
    assert leadership_post(post("Bí thư", "Tỉnh ủy Quảng Ninh", "tinh_uy"))
    assert not leadership_post(post("Chủ tịch", "Ủy ban nhân dân thành phố Hạ Long Quảng Ninh", "ubnd"))
    assert not leadership_post(post("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh", "ubnd"))
    assert leadership_post(post("Phó Bí thư", "Tỉnh ủy Quảng Ninh", "tinh_uy"))  # the pool chairs come from
    assert not leadership_post(post("Phó Bí thư", "Huyện ủy Tiên Yên Quảng Ninh", "huyen_uy"))


def test_a_province_s_deputy_party_secretary_and_its_chair_under_an_uncommon_name_are_one_career():
    exs = [report("a", "Ông Vi Văn Thắm, Phó Bí thư Thành ủy Hà Nội, phát biểu.", (2003, 3, 3)),
           report("c", "Chủ tịch UBND thành phố Hà Nội Vi Văn Thắm đã kiểm tra công trình.", (2005, 6, 1))]
    res = resolve(exs)
    assert len(set(people(exs, res, "Vi Văn Thắm").values())) == 1
    assert [link.kind for link in res.person_links] == ["career"]


def _titled(rid: str, text: str, when: tuple[int, int, int]):
    """A report whose first line is its title (the extractor reads the title's provinces)."""
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(*when))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def test_a_body_written_without_its_province_in_a_report_about_several_joins_the_official_there():
    exs = [_titled("a", "Chủ tịch HĐND Cà Mau, Lào Cai được bầu\n\nSáng 30/6, HĐND tỉnh Cà Mau bầu các chức "
                        "danh. Ông Lò Văn Sáng, Bí thư Tỉnh ủy, được bầu giữ chức Chủ tịch HĐND tỉnh. Cùng ngày, "
                        "HĐND tỉnh Lào Cai bầu ông Vi Văn Thắm giữ chức Phó Chủ tịch UBND tỉnh.", (2016, 6, 30)),
           report("b", "Ông Vi Văn Thắm, Phó Chủ tịch UBND tỉnh Lào Cai, kiểm tra công trình.", (2017, 1, 1))]
    res = resolve(exs)
    iris = set(people(exs, res, "Vi Văn Thắm").values())
    assert len(iris) == 1
    assert "lao-cai" in next(iter(iris))  # named after the province the text writes, not a guessed one
    (link,) = res.person_links
    guessed = next(p for p in exs[0].posts if p.person.name == "Vi Văn Thắm").org
    if guessed.province != "Lào Cai":  # the extractor gave "UBND tỉnh" the report's first province
        assert link.kind == "report-province" and '"UBND tỉnh" in a names no province' in link.reason


def test_an_iri_a_join_replaces_stays_in_the_graph_as_the_same_person_with_its_reason(tmp_path: Path, capsys):
    from rdflib import OWL

    from kg.build import BuildResult, write_outputs
    from kg.cli import main

    alone = CAREER[:1]
    old = URIRef(people(alone, resolve(alone), "Trần Văn Khải")["a"])
    res = resolve(CAREER)
    new = URIRef(people(CAREER, res, "Trần Văn Khải")["a"])
    g = build_dataset(CAREER, res).to_graph()
    assert set(g.objects(old, OWL.sameAs)) == {new}
    (why,) = g.objects(old, KG.sameAsReason)
    assert "mention in a" in str(why) and "post" in str(why)
    assert (new, OWL.sameAs, None) not in g  # the person itself is no older IRI
    result = BuildResult([ex.report for ex in CAREER], CAREER, res, build_dataset(CAREER, res))
    write_outputs(result, tmp_path)
    assert main(["explain", str(tmp_path), str(old)]) == 0  # an older IRI finds the person it now is
    out = capsys.readouterr().out
    assert f"<{new}>" in out and f"<{old}>: {why}" in out


def test_anh_with_an_office_in_brackets_is_no_private_person():
    exs = [report("a", "Ông Khổng Tử Duệ, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Bản tham luận của anh Khổng Tử Duệ (đoàn đại biểu Đảng bộ Khối cơ quan Trung ương) "
                       "được đánh giá cao."),
           report("c", "Anh Khổng Tử Duệ (xã Hòa Bình) kể lại.")]
    res = resolve(exs)
    iris = people(exs, res, "Khổng Tử Duệ")
    assert iris["a"] == iris["b"] != iris["c"]


def _deputy_reports(name: str, seat_a: str = "") -> list:
    seat = f" ({seat_a})" if seat_a else ""
    return [report("a", f"Đại biểu {name}{seat} chất vấn Bộ trưởng về tiến độ dự án."),
            report("b", f"Tại phiên thảo luận, ý kiến của đại biểu ĐB {name} (Phú Yên) tại kỳ họp Quốc hội "
                        "được nhiều người đồng tình."),
            report("c", f"Đại biểu {name} cho rằng cần rà soát lại quy hoạch.")]


def test_a_deputy_written_by_role_alone_joins_the_one_deputy_of_that_name_in_a_body():
    exs = _deputy_reports("Khổng Tử Duệ")
    assert exs[0].posts[0].org is None and exs[1].posts[0].org is not None  # what the test is about
    res = resolve(exs)
    assert len(set(people(exs, res, "Khổng Tử Duệ").values())) == 1
    # "ĐB" and "Đại biểu" are one role (dai_bieu): the national post joins them, as it would the same words
    assert any(link.kind == "post" and "national post" in link.reason for link in res.person_links)


def test_a_role_alone_joins_no_deputy_of_another_seat_nor_a_provincial_council_deputy():
    exs = _deputy_reports("Khổng Tử Duệ", seat_a="Cà Mau")[:2]  # a deputy for Cà Mau, one for Phú Yên
    res = resolve(exs)
    assert len(set(people(exs, res, "Khổng Tử Duệ").values())) == 2
    exs = _deputy_reports("Khổng Tử Duệ")[:2] + [report("d", "Ông Khổng Tử Duệ, đại biểu HĐND tỉnh Cà Mau, cho biết.")]
    res = resolve(exs)
    iris = people(exs, res, "Khổng Tử Duệ")
    assert iris["a"] == iris["b"] != iris["d"]  # the bare national role is the assembly's, not the council's
    exs = _deputy_reports("Trần Văn Khải")[:2]  # a common name: the same national role, however abbreviated
    res = resolve(exs)
    assert len(set(people(exs, res, "Trần Văn Khải").values())) == 1


def test_two_deputies_of_one_name_for_two_provinces_stay_two_though_both_hold_the_assembly_post():
    exs = [report("a", "Tại phiên họp, đại biểu ĐB Khổng Tử Duệ (Phú Yên) tại kỳ họp Quốc hội phát biểu."),
           report("b", "Tại phiên họp, đại biểu ĐB Khổng Tử Duệ (Cà Mau) tại kỳ họp Quốc hội phát biểu.")]
    assert all(ex.posts and ex.posts[0].org is not None for ex in exs)  # both hold the assembly's post
    res = resolve(exs)
    assert len(set(people(exs, res, "Khổng Tử Duệ").values())) == 2


def test_a_deputy_written_by_role_alone_joins_the_one_provincial_council_deputy_of_a_rare_name():
    exs = [report("a", "Đại biểu Khổng Tử Duệ chất vấn Giám đốc Sở về tiến độ dự án."),
           report("d", "Ông Khổng Tử Duệ, đại biểu HĐND tỉnh Cà Mau, cho biết.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Khổng Tử Duệ").values())) == 1
    assert [link.kind for link in res.person_links] == ["role"]  # step 2 reaches national posts only


def test_a_provincial_post_the_report_places_nowhere_joins_the_one_holder_of_that_post_in_a_province():
    exs = [
        report("u1", "Sáng 3/3, ông Nguyễn Văn Thành, Bí thư Tỉnh ủy Quảng Bình, chủ trì hội nghị."),
        report("u2", "Hội nghị đã bầu ông Nguyễn Văn Thành, 52 tuổi, giữ chức Bí thư Tỉnh ủy nhiệm kỳ mới."),
        report("u3", "Ông Nguyễn Văn Thành, Phó Bí thư Tỉnh ủy, phát biểu tại hội nghị."),
    ]
    res = resolve(exs)
    iris = people(exs, res, "Nguyễn Văn Thành")
    assert iris["u1"] == iris["u2"]
    assert iris["u3"] != iris["u1"]  # a deputy secretary is another post: nothing says it is him
    assert [link.kind for link in res.person_links] == ["unplaced"]
    assert "names no province" in res.person_links[0].reason


def test_a_post_placed_nowhere_joins_no_one_when_two_provinces_have_such_a_holder():
    exs = [
        report("u1", "Sáng 3/3, ông Nguyễn Văn Thành, Bí thư Tỉnh ủy Quảng Bình, chủ trì hội nghị."),
        report("u4", "Chiều 5/3, ông Nguyễn Văn Thành, Bí thư Tỉnh ủy Cà Mau, tiếp đoàn công tác."),
        report("u2", "Hội nghị đã bầu ông Nguyễn Văn Thành, 52 tuổi, giữ chức Bí thư Tỉnh ủy nhiệm kỳ mới."),
    ]
    assert len(set(people(exs, resolve(exs), "Nguyễn Văn Thành").values())) == 3


def test_each_title_of_a_list_beside_the_name_is_read():
    exs = [
        report("l1", "Ông Nguyễn Văn Thành, Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng Thư ký Hội Nhà văn Việt Nam, "
                     "dự lễ."),
        report("l2", "Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng Thư ký Hội Nhà văn Việt Nam Nguyễn Văn Thành chủ trì "
                     "hội nghị."),
    ]
    res = resolve(exs)
    assert len(set(people(exs, res, "Nguyễn Văn Thành").values())) == 1
    assert [link.reason for link in res.person_links] == [
        'the same title "phó bí thư đảng đoàn" beside the name in l1 and l2']


def test_a_rare_name_s_post_in_a_body_placed_nowhere_joins_its_one_placed_official_but_not_a_district_s():
    exs = [
        report("r1", "Bộ trưởng Bộ Xây dựng Khổng Minh Trạch kiểm tra công trình."),
        report("r2", "Ông Khổng Minh Trạch, Trưởng Ban Chỉ đạo phòng chống lụt bão, cho biết mưa lớn."),
        report("r3", "Ông Khổng Minh Trạch, nguyên Chủ tịch UBND quận, cho biết dự án chậm."),
    ]
    assert is_rare("Khổng Minh Trạch")
    iris = people(exs, resolve(exs), "Khổng Minh Trạch")
    assert iris["r1"] == iris["r2"]
    assert iris["r3"] != iris["r1"]  # an official of a district, not the minister on a rare name alone


def test_reports_that_leave_and_come_back_give_their_person_the_iri_it_had():
    """A folder built with a report, then without it, then with it again: the person the report
    bridged keeps the IRI it had (as a first build of the same reports names it), and the IRI the
    middle build gave the part that was apart redirects to it. Before, the middle build forgot what
    the person's IRI named in the report that left, and a tie made the returning person take the
    IRI minted while the report was away."""
    name = "Nguyễn Văn Tâm"
    a = report("a", "Ông Nguyễn Văn Tâm, Giám đốc Sở Y tế tỉnh Yên Bái, cho biết tỉnh đã đủ thuốc.")
    b = report("b", "Ông Nguyễn Văn Tâm, Thứ trưởng Bộ Y tế, kiểm tra bệnh viện.")
    h = report("h", "Ông Nguyễn Văn Tâm, nguyên Giám đốc Sở Y tế tỉnh Yên Bái, được bổ nhiệm giữ chức "
                    "Thứ trưởng Bộ Y tế.")
    first = resolve([a, b, h])
    (person,) = set(people([a, b, h], first, name).values())
    away = resolve([a, b], registry=first.registry)
    apart = set(people([a, b], away, name).values())
    assert len(apart) == 2 and person in apart  # without the bridge: two nodes, one keeps the IRI
    back = resolve([a, b, h], registry=away.registry)
    assert set(people([a, b, h], back, name).values()) == {person}
    (minted,) = apart - {person}
    assert back.redirects[URIRef(minted)] == {URIRef(person)}
    assert back.registry.merged == {minted: person}


def test_a_title_linked_to_the_name_by_a_verb_or_a_status_after_it_is_read():
    exs = [
        report("k1", "Ông Nguyễn Văn Tâm, đại biểu Quốc hội, nguyên Chủ tịch Hội đồng thành viên Tập đoàn Than "
                     "Khoáng sản Việt Nam, phát biểu."),
        report("k2", "Thủ tướng quyết định ông Nguyễn Văn Tâm thôi giữ chức vụ Chủ tịch Hội đồng thành viên Tập "
                     "đoàn Than Khoáng sản để nghỉ hưu."),
        report("k3", "Hội nghị kỷ luật cảnh cáo ông Nguyễn Văn Tâm nguyên Chủ tịch Hội đồng thành viên Tập đoàn Than "
                     "Khoáng sản Việt Nam."),
        report("k4", "Ông Nguyễn Văn Tâm làm việc với đoàn công tác của tỉnh."),
    ]
    res = resolve(exs)
    iris = people(exs, res, "Nguyễn Văn Tâm")
    assert iris["k1"] == iris["k2"] == iris["k3"]
    assert iris["k4"] != iris["k1"]  # "làm việc với" links no title: nothing says who this is
    assert sorted(link.reason.split(" beside the name in ")[1].split(" ")[0] for link in res.person_links) == [
        "k2", "k3"]


def test_a_name_ending_in_anh_before_a_comma_makes_the_next_name_no_private_person():
    exs = [report("a", "Ông Khổng Tử Duệ, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Ban Chấp hành Trung ương đã kỷ luật các ông Lưu Văn Anh, Khổng Tử Duệ và Hà Minh Tâm.")]
    res = resolve(exs)
    iris = people(exs, res, "Khổng Tử Duệ")
    assert iris["a"] == iris["b"]


def test_a_bare_mention_in_a_report_naming_a_telling_body_joins_the_one_official_of_that_body():
    fillers = [report(f"n{i}", f"Sáng {i + 1}/3, Bộ Y tế và bà Hà Thị Lan bàn về phòng chống dịch.") for i in range(14)]
    exs = [report("a", "Ông Trần Văn Khải, Phó Chủ nhiệm Văn phòng Quốc hội, cho biết kỳ họp sẽ kéo dài 20 ngày."),
           report("b", "Văn phòng Quốc hội vừa công bố kết quả thăm dò. Ông Trần Văn Khải trả lời báo chí về kết quả."),
           report("c", "Ông Trần Văn Khải, Thứ trưởng Bộ Y tế, phát biểu."),
           report("d", "Bộ Y tế tổ chức hội nghị. Ông Trần Văn Khải cho biết gia đình đã nhận tiền hỗ trợ."),
           *fillers]
    res = resolve(exs)
    iris = people(exs, res, "Trần Văn Khải")
    assert iris["a"] == iris["b"]
    assert len({iris["a"], iris["c"], iris["d"]}) == 3  # Bộ Y tế is named in most reports: it tells nothing
    assert [link.kind for link in res.person_links if "Khải" in link.person or "khai" in link.person] == ["report-body"]


def test_a_voter_or_a_man_with_a_home_address_is_a_private_person():
    assert is_rare("Khổng Tử Duệ")
    exs = [report("a", "Ông Khổng Tử Duệ, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị."),
           report("b", "Ông Khổng Tử Duệ cho biết tỉnh sẽ rà soát lại dự án."),
           report("c", "Tại buổi tiếp xúc, cử tri Khổng Tử Duệ nêu ý kiến về giá điện."),
           report("d", "Ông Khổng Tử Duệ (SN 1960, ngụ huyện Tuy An) cho biết gia đình chưa nhận tiền."),
           report("e", "Bà con kể rằng ông Khổng Tử Duệ, thường trú tại thôn 3, đã gửi đơn nhiều lần.")]
    res = resolve(exs)
    iris = people(exs, res, "Khổng Tử Duệ")
    assert iris["a"] == iris["b"]
    assert iris["a"] not in {iris["c"], iris["d"], iris["e"]}


def test_every_kind_of_evidence_is_one_the_shapes_allow():
    from rdflib import Graph
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.persons import CONFIDENCE

    shapes = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl")
    prop = next(p for p in shapes.subjects(SH.path, KG.evidenceKind))
    allowed = {str(v) for v in Collection(shapes, shapes.value(prop, SH["in"]))}
    assert set(CONFIDENCE) <= allowed


def test_the_province_in_a_deputy_s_title_is_the_seat_that_keeps_deputies_of_two_provinces_apart():
    exs = [report("v1", "Ông Lê Văn Hưng, Bí thư Tỉnh ủy Nghệ An, phát biểu."),
           report("v2", "Ông Đào Văn Lộc, Chủ tịch UBND tỉnh Thái Bình, phát biểu."),
           report("a", "Ông Nguyễn Văn Tâm, đại biểu Quốc hội tỉnh Nghệ An, cho rằng cần làm rõ."),
           report("b", "Ông Nguyễn Văn Tâm, đại biểu Quốc hội tỉnh Thái Bình, nhận xét dự án."),
           report("c", "Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An Nguyễn Văn Tâm đã chủ trì buổi tiếp xúc.")]
    res = resolve(exs)
    iris = people(exs, res, "Nguyễn Văn Tâm")
    assert iris["a"] == iris["c"] != iris["b"]


# A career that continues in one province: posts in different bodies of the province, no body in common.
PROVINCE_CAREER = [
    report("a", "Hiện UBND thành phố Hải Phòng có 4 Phó chủ tịch gồm các ông: Phạm Quang Lộc; Vũ Đình Khang; "
                "Hoàng Minh Sáng và Phan Ngọc Bảo.", (2014, 5, 2)),
    report("b", "Ông Phạm Quang Lộc, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Hải Phòng, phát biểu bế mạc "
                "kỳ họp.", (2019, 12, 9)),
    report("c", "Phó Chủ tịch Thường trực HĐND TP Phạm Quang Lộc dự buổi làm việc với Thành ủy Hải Phòng.",
           (2017, 7, 12)),
]


def test_posts_in_different_bodies_of_one_province_under_an_uncommon_name_are_one_career():
    # a deputy chairman of the city's People's Committee, later the chairman of its Council: no body is
    # shared, the province is (a's People's Committee, the Council of b and c); "HĐND TP" in a report
    # naming Hải Phòng alone is Hải Phòng's Council, the one b names in full, so b and c share it
    res = resolve(PROVINCE_CAREER)
    assert set(people(PROVINCE_CAREER, res, "Phạm Quang Lộc")) == {"a", "b", "c"}
    assert len(set(people(PROVINCE_CAREER, res, "Phạm Quang Lộc").values())) == 1
    kinds = sorted(link.kind for link in res.person_links
                   if "Phạm Quang Lộc" in link.reason or "Hải Phòng" in link.reason)
    assert kinds == ["post", "province-career"]
    # "Phó Chủ tịch Thường trực HĐND TP" does not extend the "Phó chủ tịch" the list wrote (a role alone)
    assert not any(link.kind == "title" for link in res.person_links)


def test_a_common_name_in_two_bodies_of_one_province_stays_two_people():
    exs = [report("a", "Ông Nguyễn Văn Dũng, Phó Chủ tịch UBND thành phố Hải Phòng, cho biết."),
           report("b", "Ông Nguyễn Văn Dũng, Bí thư Thành ủy Hải Phòng, chủ trì hội nghị.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Nguyễn Văn Dũng").values())) == 2


def test_a_district_post_and_a_province_post_under_a_name_that_is_not_rare_stay_two_people():
    # "Lê Văn Hòa" is uncommon, not rare: a district's deputy chairman and a provincial director are
    # two officials until a report links them
    exs = [report("a", "Ông Lê Văn Hòa, Phó Chủ tịch UBND huyện Ba Vì, thành phố Hà Nội, cho biết."),
           report("b", "Ông Lê Văn Hòa, Giám đốc Sở Y tế thành phố Hà Nội, cho biết.")]
    res = resolve(exs)
    assert not is_rare("Lê Văn Hòa")
    assert len(set(people(exs, res, "Lê Văn Hòa").values())) == 2


def test_a_role_with_no_body_in_a_report_about_a_province_joins_the_one_official_of_the_name_there():
    # "nguyên Bí thư X" with no body, in a report about Đồng Nai alone, says no more about where X
    # belongs than a bare "ông X" does; elsewhere "Bí thư Tỉnh ủy Đồng Nai X"
    exs = [report("a", "Ông Trần Văn Khải, Bí thư Tỉnh ủy Đồng Nai, chủ trì hội nghị."),
           report("b", "Chiều 30/9, Đại hội Đảng bộ tỉnh Đồng Nai bầu ông Đặng Văn Thịnh làm Bí thư Tỉnh ủy. "
                       "Nguyên Bí thư Trần Văn Khải thôi tham gia Ban Chấp hành khóa mới.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Trần Văn Khải").values())) == 1
    assert [link.kind for link in res.person_links] == ["report-province"]


def test_a_central_role_with_no_body_is_not_placed_by_the_report_s_province():
    # "Thủ tướng X" is a national post written alone: a namesake official of the report's province is
    # someone else
    exs = [report("a", "Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Đồng Nai, cho biết."),
           report("b", "Thủ tướng Lê Văn Hòa làm việc với UBND tỉnh Đồng Nai về dự án sân bay Long Thành.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lê Văn Hòa").values())) == 2


def test_a_rare_name_s_district_post_in_a_list_joins_the_province_s_leader_of_that_name():
    # a list naming several provinces: the district's province is the extractor's, not written before
    # the body; a rare name takes it, and a district post, as a step of one career in the province
    exs = [report("a", "Danh sách Ban Chấp hành: Vũ Đình Khang, Bí thư Tỉnh ủy Cao Bằng; Hoàng Minh Sáng, Phó Bí "
                       "thư Huyện ủy, Chủ tịch UBND huyện Yên Minh, Hà Giang; Phan Ngọc Bảo, Bí thư Tỉnh ủy Lào Cai."),
           report("b", "Ông Hoàng Minh Sáng, Bí thư Tỉnh ủy Hà Giang, chủ trì hội nghị.")]
    res = resolve(exs)
    assert is_rare("Hoàng Minh Sáng")
    assert len(set(people(exs, res, "Hoàng Minh Sáng").values())) == 1
    assert [link.kind for link in res.person_links] == ["province-career"]
