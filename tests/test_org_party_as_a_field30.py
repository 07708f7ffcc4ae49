"""The Party written as a field of work or a membership ("công tác xây dựng Đảng", "các chức vụ trong
Đảng", "người ngoài Đảng") is no body the report tells of; where the report also writes it as an actor,
or a fact holds it, it stays (orgs30, from the read sets' extra "Đảng": 15 of 18 such reports list no
Party). The sentences are our own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def names(text: str) -> list[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2017-05-03"},
                     title_from_first_line=False)
    return [o.name for o in extract(r).organizations]


def test_party_building_and_membership_name_no_party():
    assert names("Tỉnh cần làm tốt công tác xây dựng Đảng, chính quyền. Tỷ lệ đại biểu ngoài Đảng là 17%.") == []
    assert names("Ông bị cách tất cả các chức vụ trong Đảng vì vi phạm kỷ luật Đảng.") == []


def test_the_party_as_an_actor_keeps_every_mention():
    got = names("Tỉnh cần làm tốt công tác xây dựng Đảng. Đảng lãnh đạo toàn diện công tác cán bộ.")
    assert got == ["Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam"]
