"""A bare "UBND" ("HĐND") in a report that writes its one province-level committee (council) only
with the level word ("UBND TP") is that body, after the body is first written and outside a list
of kinds ("HĐND và UBND") (orgs28). The sentences are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import Extraction


def run(text: str) -> Extraction:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-03"},
                     title_from_first_line=False)
    return extract(r)


def written(text: str) -> set[tuple[str, str]]:
    return {(o.written, o.name) for o in run(text).organizations}


def test_a_bare_committee_after_the_city_s_committee_written_by_its_level_word():
    got = written("Bí thư Thành uỷ Hà Nội cho biết UBND TP đã chỉ đạo rà soát dự án. "
                  "Theo ông, quy mô dự án chưa đến mức đó nên UBND không phải trình.")
    assert ("UBND", "Ủy ban nhân dân thành phố Hà Nội") in got
    assert ("UBND", "Ủy ban nhân dân") not in got


def test_not_before_the_body_is_written():
    got = written("Các phường sẽ không tổ chức HĐND. Bí thư Thành uỷ Hà Nội cho biết HĐND thành phố đã "
                  "thông qua nghị quyết.")
    assert ("HĐND", "Hội đồng nhân dân thành phố Hà Nội") not in got


def test_not_in_a_list_of_kinds_of_bodies():
    got = written("Bí thư Thành uỷ Hà Nội cho biết HĐND thành phố đã họp. Dự thảo điều chỉnh quyền hạn "
                  "của HĐND và UBND các cấp.")
    assert ("HĐND", "Hội đồng nhân dân thành phố Hà Nội") not in got
