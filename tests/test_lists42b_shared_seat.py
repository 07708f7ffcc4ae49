"""A former seat shared by a list whose title says how many terms its holders sat ("nguyên Ủy viên Trung ương
nhiều khóa như A; B, C"): every listed name held the seat (loaders/extract/lists.py, list_qualifiers.tsv).

The sentences are our own, in the shape of a leader's remarks listing disciplined officials; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> set[tuple[str, str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name if p.person else "", p.role, p.org.name if p.org else "", p.status)
            for p in extract(report).posts}


CC = "Ban Chấp hành Trung ương Đảng"


def test_a_seat_of_several_terms_is_shared_by_a_plain_list():
    got = posts("Nhiều cán bộ nguyên Ủy viên Trung ương nhiều khóa như Lê Văn Tâm, Trần Văn Bình đã bị kỷ luật.")
    assert ("Lê Văn Tâm", "Ủy viên", CC, "former") in got
    assert ("Trần Văn Bình", "Ủy viên", CC, "former") in got


def test_a_seat_of_several_terms_is_shared_by_items_with_their_own_titles():
    got = posts("Nhiều cán bộ nguyên Ủy viên Trung ương mấy khóa như Lê Văn Tâm, nguyên Bộ trưởng Bộ Công Thương; "
                "Trần Văn Bình, Phạm Văn Tú, Phó Trưởng Ban Tổ chức Trung ương; Hoàng Văn Nam, nguyên Bí thư Tỉnh ủy "
                "Hà Giang đã bị kỷ luật.")
    for name in ("Lê Văn Tâm", "Trần Văn Bình", "Phạm Văn Tú", "Hoàng Văn Nam"):
        assert (name, "Ủy viên", CC, "former") in got
    assert ("Lê Văn Tâm", "Bộ trưởng", "Bộ Công Thương", "former") in got
    assert ("Hoàng Văn Nam", "Bí thư", "Tỉnh ủy Hà Giang", "former") in got


def test_the_affair_an_item_is_cited_for_does_not_end_the_list():
    got = posts("Nhiều cán bộ nguyên Ủy viên Trung ương mấy khóa như Lê Văn Tâm, nguyên Bộ trưởng Bộ Công Thương "
                "vụ Sông Đà; Trần Văn Bình, Phạm Văn Tú, Phó Trưởng Ban Tổ chức Trung ương, đã bị kỷ luật.")
    for name in ("Lê Văn Tâm", "Trần Văn Bình", "Phạm Văn Tú"):
        assert (name, "Ủy viên", CC, "former") in got
    assert ("Phạm Văn Tú", "Phó Trưởng", "Ban Tổ chức Trung ương", "holds") in got
