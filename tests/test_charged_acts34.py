"""An appointment cited as someone else's fault, the appointee named after the title (loaders/extract/charged_acts.py).

The sentence is our own, written in the shape of disciplinary reports; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def test_an_appointee_named_after_the_title_of_a_charged_act_held_it_in_the_past():
    text = ("Tin kỷ luật\nÔng Lê Văn Tâm, Thứ trưởng Bộ Nội vụ, có vi phạm, khuyết điểm trong việc thẩm định, đề xuất "
            "cấp có thẩm quyền phê chuẩn chức danh Phó chủ tịch UBND tỉnh Hậu Giang với ông Trần Văn Hòa.")
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8")
    got = {(p.person.name, p.role): p.status for p in extract(report).posts}
    assert got[("Trần Văn Hòa", "Phó chủ tịch")] == "former"
