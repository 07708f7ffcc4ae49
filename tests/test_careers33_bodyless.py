"""A post one report writes with no body ("Bộ trưởng Lê Minh Quang") is the one bodied post of that
role its holder has in the build ("Bộ trưởng Bộ Xây dựng"), when that is safe: a career then has no
post written twice (kg.resolve._bodied_post_for). The sentences and names are our own."""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef

from kg.graph import build_dataset
from kg.model import PartialDate, Span
from kg.resolve import TenureRecord, resolve
from kg.vocab import KG
from tests.test_resolution import report

BODIED = report("a", "Sáng 5/6, ông Lê Minh Quang, Bộ trưởng Bộ Xây dựng, làm việc với tỉnh Đồng Tháp.", (2018, 6, 5))
BARE = report("b", "Phát biểu tại buổi làm việc, Bộ trưởng Lê Minh Quang đề nghị tỉnh đẩy nhanh tiến độ.", (2019, 4, 2))


def posts_of(exs, res, name: str) -> dict[str, tuple[str, str]]:
    """report id -> (post IRI, tenure IRI) of ``name``'s post mention there."""
    return {ex.report.id: (str(res.of(p)), str(res.tenure_of_post(p)))
            for ex in exs for p in ex.posts if p.person.name == name}


def test_a_bare_post_is_the_one_bodied_post_of_that_role_its_holder_has():
    exs = [BODIED, BARE]
    res = resolve(exs)
    got = posts_of(exs, res, "Lê Minh Quang")
    assert set(got) == {"a", "b"}
    assert got["a"] == got["b"]  # one Post, one Tenure
    assert res.label(URIRef(got["b"][0])) == "Bộ trưởng Bộ Xây dựng"
    assert res.folded == {"b": 1}


def test_the_folded_mention_keeps_its_sentence_on_the_tenure():
    exs = [BODIED, BARE]
    res = resolve(exs)
    graph = build_dataset(exs, res).to_graph()
    tenure = URIRef(posts_of(exs, res, "Lê Minh Quang")["b"][1])
    said = {str(graph.value(m, KG.sentence)) for m in graph.subjects(KG.supports, tenure)}
    assert any(s.startswith("Phát biểu tại buổi làm việc, Bộ trưởng Lê Minh Quang") for s in said)
    assert any(s.startswith("Sáng 5/6, ông Lê Minh Quang, Bộ trưởng Bộ Xây dựng") for s in said)
    posts = set(graph.objects(None, KG.holds))
    assert len(posts) == 1 and graph.value(next(iter(posts)), KG.postIn) is not None


def test_a_holder_of_the_role_in_two_bodies_keeps_the_bare_post_apart():
    second = report("c", "Ông Lê Minh Quang, Bộ trưởng Bộ Giao thông vận tải, kiểm tra dự án cao tốc.", (2021, 3, 1))
    exs = [BODIED, BARE, second]
    got = posts_of(exs, resolve(exs), "Lê Minh Quang")
    assert len({got["a"][0], got["b"][0], got["c"][0]}) == 3


def test_a_report_naming_another_body_of_the_role_keeps_the_bare_post_apart():
    """The bare mention's report names the Ministry of Finance, whose minister another report names:
    which ministry its "Bộ trưởng" is, the resolver does not guess."""
    bare = report("b", "Bộ trưởng Lê Minh Quang và lãnh đạo Bộ Tài chính thống nhất phương án vốn.", (2019, 4, 2))
    other = report("d", "Ông Đỗ Văn Hải, Bộ trưởng Bộ Tài chính, trình bày tờ trình.", (2019, 5, 1))
    exs = [BODIED, bare, other]
    got = posts_of(exs, resolve(exs), "Lê Minh Quang")
    assert got["a"][0] != got["b"][0]


def test_dates_that_conflict_keep_the_bare_post_apart():
    """A report of 2012 naming him by the role cannot mean a post whose stated start is 2016 (a
    nomination can); a bare post stated to start in 2010 is not one stated to start in 2016."""
    from kg.resolve import _dates_agree  # the rule's own function: absent before it

    rec = TenureRecord(URIRef("t"), URIRef("p"), URIRef("post"))
    rec.date_stated(PartialDate(2016, 4), None)

    class Said:
        def __init__(self, status: str, start: PartialDate | None = None) -> None:
            self.status, self.start, self.end = status, start, None

    assert not _dates_agree(rec, Said("holds"), PartialDate(2012, 1, 1))
    assert not _dates_agree(rec, Said("former"), PartialDate(2012, 1, 1))  # "nguyên" before it began
    assert _dates_agree(rec, Said("nominated"), PartialDate(2015, 12, 1))  # put forward before it began
    assert _dates_agree(rec, Said("holds"), PartialDate(2017, 1, 1))
    assert not _dates_agree(rec, Said("holds", PartialDate(2010)), PartialDate(2017, 1, 1))



def test_a_report_read_alone_keeps_a_title_it_writes_bare_and_with_its_body():
    """Within one report the fold has nothing another report says: when its extraction holds both
    "Bộ trưởng Bộ Xây dựng" and a bare "Bộ trưởng" for one person (the extractor mostly keeps one), they
    stay two posts, as the report writes them (kg eval builds each report alone)."""
    both = report("e", "Ông Lê Minh Quang, Bộ trưởng Bộ Xây dựng, đến Đồng Tháp. Tại buổi làm việc, "
                       "Bộ trưởng Lê Minh Quang đề nghị tỉnh đẩy nhanh tiến độ.", (2019, 4, 2))
    (bodied,) = both.posts
    at = both.report.text.index("Bộ trưởng Lê Minh Quang đề nghị")
    both.posts.append(replace(bodied, org=None, span=Span(at, at + len("Bộ trưởng"))))
    res = resolve([both])
    assert len({str(res.of(p)) for p in both.posts}) == 2 and res.folded == {}
    res = resolve([both, BODIED])  # another report states the bodied post: now one
    assert len({str(res.of(p)) for p in both.posts}) == 1 and res.folded == {"e": 1}


def test_a_title_written_in_another_case_is_the_same_role():
    """Roles are one IRI whatever their case ("Bộ trưởng", "bộ trưởng"), and so is the fold's reading."""
    lower = report("f", "Trả lời báo chí, bộ trưởng Lê Minh Quang cho biết sẽ rà soát các dự án.", (2019, 4, 2))
    exs = [BODIED, lower]
    got = posts_of(exs, resolve(exs), "Lê Minh Quang")
    assert got["a"] == got["f"]
