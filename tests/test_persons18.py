"""Bylines and photo credits across reports that name no publisher (issue 15, eighteenth round).

A report of a crawl whose sidecar names no outlet still names the crawl (``source.dataset``): its
writers sign under one name each, so a credit of one name in two reports of one crawl is one
person. Letters alone ("Ảnh: Q.P") are signatures many writers share; they join only within a
named publisher. Credits never join by the people their reports name. Sentences and names are our
own.
"""

from __future__ import annotations

from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report, credit_outlet
from kg.resolution_inputs import compact
from kg.resolve import resolve


def report(rid: str, text: str, *, publisher: str | None = None, dataset: str | None = None):
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(2018, 5, 2),
               publisher=publisher, extra={"source.dataset": dataset} if dataset else {})
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def iris_of(exs, res, name: str) -> dict[str, str]:
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.name == name and p.credit}


def test_a_credit_of_one_crawl_is_one_person_across_its_reports():
    exs = [report("a", "Ủy ban thường vụ Quốc hội họp phiên thứ tư.\nẢnh: Lạc Thành", dataset="Crawl X"),
           report("b", "Hội đồng nhân dân thành phố khai mạc kỳ họp.\nLạc Thành", dataset="Crawl X"),
           report("c", "Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\nẢnh: Lạc Thành", dataset="Crawl Y"),
           report("d", "Đoàn công tác làm việc với huyện.\nẢnh: Lạc Thành")]
    res = resolve(exs)
    iris = iris_of(exs, res, "Lạc Thành")
    assert sorted(iris) == ["a", "b", "c", "d"], "the extractor reads each credit"
    assert iris["a"] == iris["b"]
    assert len({iris["a"], iris["c"], iris["d"]}) == 3, "another crawl, or no crawl at all, is someone else"
    assert any(link.kind == "credit" for link in res.person_links)


def test_initials_of_a_crawl_stay_in_their_report_and_join_within_a_publisher():
    exs = [report("a", "Ủy ban thường vụ Quốc hội họp phiên thứ tư.\nẢnh: Q.P", dataset="Crawl X"),
           report("b", "Hội đồng nhân dân thành phố khai mạc kỳ họp.\nẢnh: Q.P", dataset="Crawl X"),
           report("c", "Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\nẢnh: Q.P", publisher="Báo A"),
           report("e", "Đoàn công tác làm việc với huyện.\nẢnh: Q.P", publisher="Báo A")]
    res = resolve(exs)
    iris = iris_of(exs, res, "Q.P")
    assert sorted(iris) == ["a", "b", "c", "e"], "the extractor reads each credit"
    assert iris["a"] != iris["b"]
    assert iris["c"] == iris["e"] not in (iris["a"], iris["b"])


def test_credits_do_not_join_by_the_officials_their_reports_name():
    text = ("Ông Hà Văn Thuyên, Chủ tịch UBND tỉnh Kon Tum, ông Lò Minh Khiêm, Bí thư Tỉnh ủy Kon Tum, và "
            "ông Vi Đức Quảng, Giám đốc Sở Nội vụ tỉnh Kon Tum, dự hội nghị.\nẢnh: T.H")
    given = "An Bình Cường Dũng Giang Hải Khánh Lâm Minh Nam Phong Quân Sơn Tâm Vinh Yên".split()
    others = [report(f"x{i}", f"Ông Đào Quang {g}, Chủ tịch UBND huyện, khai mạc kỳ họp.") for i, g in enumerate(given)]
    exs = [report("a", text), report("b", "Hôm qua, " + text[0].lower() + text[1:]), *others]
    res = resolve(exs)
    iris = iris_of(exs, res, "T.H")
    assert sorted(iris) == ["a", "b"], "the extractor reads each credit"
    assert iris["a"] != iris["b"]


def test_the_outlet_of_a_compact_input_is_the_full_reports():
    ex = report("a", "Hội nghị diễn ra sáng nay.\nẢnh: Lạc Thành", dataset="Crawl X")
    assert credit_outlet(ex.report) == "dataset Crawl X"
    assert compact(ex).report.outlet == "dataset Crawl X"
    assert compact(report("b", "Hội nghị.\nẢnh: Lạc Thành", publisher="Báo A")).report.outlet == "Báo A"


def test_a_credit_never_joins_the_official_its_report_names_the_body_of():
    given = "An Bình Cường Dũng Giang Hải Khánh Lâm Minh Nam Phong Quân Sơn Tâm Vinh Yên".split()
    others = [report(f"x{i}", f"Ông Đào Quang {g}, Chủ tịch UBND huyện, khai mạc kỳ họp.") for i, g in enumerate(given)]
    exs = [report("a", "Ông Lạc Văn Thành, Chánh Văn phòng Tỉnh ủy Kon Tum, báo cáo tại hội nghị."),
           report("b", "Văn phòng Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác năm.\nẢnh: Lạc Văn Thành"),
           *others]
    res = resolve(exs)
    official = {str(res.of(p)) for ex in exs for p in ex.persons if p.name == "Lạc Văn Thành" and not p.credit}
    credit = iris_of(exs, res, "Lạc Văn Thành")
    assert len(official) == 1 and sorted(credit) == ["b"], "the extractor reads the official and the credit"
    assert credit["b"] not in official
