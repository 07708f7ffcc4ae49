"""A person put forward to succeed someone is nominated to that person's post (loaders/extract/successors.py).

"Người được Trung ương giới thiệu kế nhiệm ông B là C", "C được giới thiệu kế nhiệm ông B": the text names C's post
only through B, whose post it gave before. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status for p in extract(report).posts}


def test_the_person_named_after_the_nomination_takes_the_predecessors_post():
    got = posts("Quốc hội miễn nhiệm Chủ tịch nước Lê Văn Tâm. Người được Trung ương giới thiệu kế nhiệm ông Tâm là "
                "Bộ trưởng Tư pháp Trần Văn Hòa.")
    assert got[("Trần Văn Hòa", "Chủ tịch nước")] == "nominated"
    assert got[("Trần Văn Hòa", "Bộ trưởng Bộ Tư pháp")] == "holds"


def test_the_subject_put_forward_to_succeed_takes_the_predecessors_post():
    got = posts("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Tĩnh, nghỉ hưu theo chế độ. Phó Bí thư Tỉnh ủy Trần Văn Hòa được "
                "giới thiệu kế nhiệm ông Lê Văn Tâm.")
    assert got[("Trần Văn Hòa", "Bí thư Tỉnh ủy Hà Tĩnh")] == "nominated"
    # "kế nhiệm ông" with no name: whom "ông" stands for is not read
    got = posts("Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Tĩnh, nghỉ hưu theo chế độ. Người được giới thiệu kế nhiệm ông "
                "là Phó Bí thư Tỉnh ủy Trần Văn Hòa.")
    assert ("Trần Văn Hòa", "Bí thư Tỉnh ủy Hà Tĩnh") not in got

