"""A removal from every Party post at once ends each Party post the report gives the person
(loaders/extract/party_removals.py). The sentences are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> dict[tuple[str, str], str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin kỷ luật\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} {p.org.name if p.org else ''}".strip()): p.status
            for p in extract(report).posts}


_LEAD = ("Đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Công an tỉnh, Giám đốc Công an "
         "tỉnh Long An, đã vi phạm quy định. ")


def test_the_party_posts_named_earlier_end_the_state_post_stays():
    got = posts(_LEAD + "Ban Bí thư quyết định thi hành kỷ luật đồng chí Trần Văn Hùng bằng hình thức cách chức "
                "tất cả các chức vụ trong Đảng.")
    assert got[("Trần Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy Long An")] == "left"
    assert got[("Trần Văn Hùng", "Bí thư Đảng ủy Công an tỉnh Long An")] == "left"
    assert got[("Trần Văn Hùng", "Giám đốc Công an tỉnh Long An")] == "holds"


def test_a_removal_only_asked_for_ends_nothing():
    got = posts(_LEAD + "Ủy ban Kiểm tra đề nghị Ban Bí thư xem xét cách chức tất cả các chức vụ trong Đảng đối "
                "với đồng chí Trần Văn Hùng.")
    assert got[("Trần Văn Hùng", "Bí thư Đảng ủy Công an tỉnh Long An")] == "holds"


def test_a_name_given_another_penalty_keeps_its_posts():
    got = posts(_LEAD + "Ông Lê Văn Bảy, Bí thư Huyện ủy Cần Đước, cũng vi phạm. Ban Bí thư quyết định cách "
                "chức tất cả các chức vụ trong Đảng đối với ông Lê Văn Bảy, cảnh cáo đồng chí Trần Văn Hùng.")
    assert got[("Lê Văn Bảy", "Bí thư Huyện ủy Cần Đước")] == "left"
    assert got[("Trần Văn Hùng", "Bí thư Đảng ủy Công an tỉnh Long An")] == "holds"
