"""A retirement told as already past, thirty-seventh officials round (c): "ông X, <title> đã nghỉ hưu" with no
comma closing the title makes the title former (the gold's "a removal the report cites as past is former");
"đã" is what puts the end before the report. Without it nothing changes.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_title_not_closed_by_a_comma_and_already_retired_is_former():
    got = pipeline_posts("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Hà Nam đã nghỉ hưu từ tháng 5/2020.",
                         "Tin nhân sự")
    assert got == {("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "former")}
    # "đã" with another verb says nothing of the post
    got = pipeline_posts("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Hà Nam đã phát biểu tại hội nghị.", "Hội nghị")
    assert got == {("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds")}


def test_already_and_officially_retired_is_former_too():
    got = pipeline_posts("Bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Hà Nam đã chính thức nghỉ hưu theo chế độ.",
                         "Tin nhân sự")
    assert got == {("Lê Thị Hoa", "Giám đốc", "Sở Y tế tỉnh Hà Nam", "former")}

