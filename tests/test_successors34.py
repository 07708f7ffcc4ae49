"""A successor named for a post ends it for the person the report names with it (loaders/extract/successors.py,
loaders/data/successor_posts.tsv).

The sentences are our own, written in the shape of corpus reports telling a set of moves; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status for p in extract(report).posts}


def test_a_post_given_to_someone_else_in_the_report_ends_for_its_holder():
    got = posts("Ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh Kiên Giang, được điều động giữ chức Bí thư Huyện ủy "
                "Phú Quốc. Ông Lê Văn Tâm, Bí thư Huyện ủy Phú Quốc, được điều động giữ chức Trưởng Ban Dân "
                "vận Tỉnh ủy Kiên Giang.")
    assert got[("Trần Văn Hòa", "Bí thư Huyện ủy Phú Quốc")] == "appointed"
    assert got[("Lê Văn Tâm", "Bí thư Huyện ủy Phú Quốc")] == "left"


def test_a_transfer_alone_leaves_the_title_it_is_told_with_held():
    got = posts("Ông Lê Văn Tâm, Bí thư Huyện ủy Phú Quốc, được điều động giữ chức Trưởng Ban Dân vận Tỉnh ủy "
                "Kiên Giang.")
    assert got[("Lê Văn Tâm", "Bí thư Huyện ủy Phú Quốc")] == "holds"


def test_a_post_several_hold_at_once_is_not_ended_by_a_new_holder():
    # a deputy post: one more deputy takes nothing from the others
    got = posts("Ông Trần Văn Hòa được bầu giữ chức Phó Chủ tịch UBND tỉnh Kiên Giang. Ông Lê Văn Tâm, Phó Chủ "
                "tịch UBND tỉnh Kiên Giang, phát biểu tại kỳ họp.")
    assert got[("Lê Văn Tâm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang")] == "holds"


def test_a_post_given_away_in_a_move_told_as_before_the_event_ended_then():
    got = posts("Ông Trần Văn Hòa được bầu giữ chức Bí thư Tỉnh ủy Hà Tĩnh. Cách đây hai ngày, Ban Tổ chức Trung ương "
                "công bố các quyết định điều động nhân sự. Theo đó, ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Tĩnh được điều "
                "ra giữ chức Bí thư Đảng đoàn Liên minh Hợp tác xã Việt Nam.")
    assert got[("Lê Văn Tâm", "Bí thư Tỉnh ủy Hà Tĩnh")] == "former"
