"""Posts in bodies that no longer exist, thirty-ninth status round: the regional Party committees before 1951
("Xứ ủy"), the inter-zones and their committees of 1948-1957 ("Liên khu", "Liên khu ủy"), the resistance
committees ("Ủy ban kháng chiến hành chính"). No one holds such a post now: it is former wherever the report
names it, not only in a photo caption.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_post_in_a_body_of_the_past_is_former_in_running_prose():
    got = pipeline_posts("Sáng 3/2, Thành ủy Nam Định tổ chức lễ kỷ niệm 110 năm ngày sinh đồng chí Lê Văn Hiến. "
                         "Đồng chí Đỗ Văn Khang, Chủ tịch Ủy ban kháng chiến hành chính Liên khu 3, dự lễ ra mắt.",
                         "Kỷ niệm ngày sinh đồng chí Lê Văn Hiến")
    assert got == {("Đỗ Văn Khang", "Chủ tịch", "Ủy ban kháng chiến hành chính Liên khu 3", "former")}
    got = pipeline_posts("Tháng 5/1943, đồng chí Trần Văn Định, Xứ ủy viên Xứ ủy Bắc Kỳ, triệu tập hội nghị.",
                         "Lịch sử Đảng bộ")
    assert got == {("Trần Văn Định", "Xứ ủy viên", "Xứ ủy Bắc Kỳ", "former")}


def test_a_part_of_a_body_of_the_past_is_one_too():
    got = pipeline_posts("Năm 1938, đồng chí Lê Văn Hiến, Ủy viên Ban Thường vụ Xứ ủy Bắc Kỳ, về xây dựng cơ sở ở "
                         "Nam Định.", "Lịch sử Đảng bộ")
    assert got == {("Lê Văn Hiến", "Ủy viên", "Ban Thường vụ Xứ ủy Bắc Kỳ", "former")}
