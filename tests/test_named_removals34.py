"""A removal that names a post by its role ends the post the report gave the person elsewhere
(loaders/extract/named_removals.py, loaders/data/named_removal_cues.tsv).

The sentences are our own, written in the shape of corpus reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin thời sự\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status for p in extract(report).posts}


def test_a_removal_naming_the_role_alone_ends_the_post():
    got = posts("Nhiều đại biểu đề nghị bỏ phiếu tín nhiệm đối với Bộ trưởng Bộ Thủy sản Trần Văn Hòa. Ngày 1/6, "
                "Quốc hội đã bỏ phiếu đồng ý miễn nhiệm chức bộ trưởng đối với ông Trần Văn Hòa.")
    assert got[("Trần Văn Hòa", "Bộ trưởng Bộ Thủy sản")] == "left"


def test_the_subject_of_a_removal_loses_the_post_it_names():
    got = posts("Thứ trưởng Bộ Thương mại Lê Văn Tâm đã bị điều tra. Sáng 18/11, ông Lê Văn Tâm bị cách chức thứ "
                "trưởng.")
    assert got[("Lê Văn Tâm", "Thứ trưởng Bộ Thương mại")] == "left"


def test_a_removal_only_asked_for_ends_nothing():
    got = posts("Nhiều đại biểu đề nghị bỏ phiếu tín nhiệm đối với Bộ trưởng Bộ Thủy sản Trần Văn Hòa. Quốc hội sẽ "
                "xem xét miễn nhiệm chức bộ trưởng đối với ông Trần Văn Hòa.")
    assert got[("Trần Văn Hòa", "Bộ trưởng Bộ Thủy sản")] == "holds"


def test_a_removal_naming_another_body_ends_nothing_of_this_one():
    got = posts("Ông Lê Văn Tâm, Bí thư Ban cán sự đảng UBND tỉnh Quảng Nam, có sai phạm. Ông Lê Văn Tâm bị cách "
                "chức Bí thư Huyện ủy Thăng Bình.")
    assert got[("Lê Văn Tâm", "Bí thư Ban cán sự Đảng Ủy ban nhân dân tỉnh Quảng Nam")] == "holds"
