"""The State Auditor General, thirty-sixth officials round (c): the head's title is one title with no body, as the
read sets' gold writes it ("Tổng Kiểm toán Nhà nước", as "Thủ tướng"), while the deputy keeps "Phó Tổng" @ "Kiểm
toán Nhà nước" (bodyless_heads.tsv).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_state_auditor_general_is_one_title_without_a_body_and_the_deputy_keeps_it():
    got = pipeline_posts("Tổng Kiểm toán Nhà nước Đỗ Văn Minh phát biểu khai mạc hội nghị. Ông Lê Văn Hòa, Phó Tổng "
                         "Kiểm toán Nhà nước, trình bày báo cáo.", "Hội nghị kiểm toán")
    assert ("Đỗ Văn Minh", "Tổng Kiểm toán Nhà nước", "", "holds") in got
    assert ("Lê Văn Hòa", "Phó Tổng", "Kiểm toán Nhà nước", "holds") in got


def test_the_state_auditor_general_elected():
    got = pipeline_posts("Quốc hội bầu ông Đỗ Văn Minh giữ chức Tổng Kiểm toán Nhà nước.", "Kỳ họp Quốc hội")
    assert ("Đỗ Văn Minh", "Tổng Kiểm toán Nhà nước", "", "appointed") in got


