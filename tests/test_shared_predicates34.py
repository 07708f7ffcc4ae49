"""One verb told once for several persons listed before it, each with their titles: each gains the post
(loaders/extract/shared_predicates.py, loaders/data/shared_predicate_cues.tsv).

The sentences are our own, written in the shape of congress reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin đại hội\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status for p in extract(report).posts}


def test_each_person_listed_with_titles_before_one_verb_gains_the_post():
    got = posts("Đại hội Đảng bộ tỉnh Phú Yên đã bế mạc. Ông Lê Văn Tâm - Uỷ viên Ban Thường vụ Tỉnh uỷ Phú Yên, "
                "Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ Phú Yên - và ông Trần Văn Hòa - Phó bí thư Tỉnh uỷ Phú Yên khoá XV "
                "- được bầu giữ chức Phó bí thư Tỉnh uỷ Phú Yên.")
    assert got[("Lê Văn Tâm", "Phó bí thư Tỉnh ủy Phú Yên")] == "appointed"
    assert got[("Trần Văn Hòa", "Phó bí thư Tỉnh ủy Phú Yên")] == "appointed"


def test_names_after_another_verb_are_not_the_subjects_of_the_election():
    got = posts("Ông Lê Văn Tâm, Bí thư Tỉnh uỷ Phú Yên trao hoa chúc mừng ông Trần Văn Hòa và ông Nguyễn Văn Nam "
                "được bầu giữ chức Phó bí thư Tỉnh uỷ Phú Yên.")
    assert ("Lê Văn Tâm", "Phó bí thư Tỉnh ủy Phú Yên") not in got
