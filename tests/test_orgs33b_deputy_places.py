"""A place written after "đại biểu" is where a deputy was elected, not a body he holds a post in
(round 33, orgs33b): "Đại biểu X (tổ đại biểu huyện Y)" at a council's session names the group of
deputies elected in the district, so the district is no organization; after other roles a place
still stands for its body ("Bí thư thôn Z"). Sentences written for these tests, in the shape of the
reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def written(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2024-07-10"},
                     title_from_first_line=False)
    return {o.written for o in extract(r).organizations}


def test_the_deputies_group_of_a_district_is_no_body():
    assert written("Đại biểu Hà Văn Sơn (tổ đại biểu huyện Quan Hóa) đề nghị làm rõ trách nhiệm.") == set()


def test_a_deputy_of_a_ward_is_no_body():
    assert written("Bà Lê Thị Mận, đại biểu phường Đông Thành, chất vấn Giám đốc Sở Y tế.") == {"Sở Y tế"}


def test_after_another_role_the_place_is_its_body():
    assert written("Ông Hà Văn Sơn, Trưởng thôn Bản Lát, cho biết.") == {"thôn Bản Lát"}

