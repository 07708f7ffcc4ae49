"""Removals, thirty-ninth status round. A removal in the reported session that names the post and its holder
("miễn nhiệm chức vụ <title> do ông X đang nắm giữ") ends that post: left, even where a career summary of the
same report gave the post as held before ("former"). A removal retold as the latest of several, opening its
sentence with "Gần đây nhất" and no date, is looked back on: former, not the report's act.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_naming_the_holder_after_the_post_ends_it_over_a_career_summary():
    got = pipeline_posts("Sáng nay (12.9), HĐND tỉnh Quảng Nam đã biểu quyết miễn nhiệm chức vụ Phó Chủ tịch UBND "
                         "tỉnh Quảng Nam do ông Lương Văn Hòa đang nắm giữ. Ông Lương Văn Hòa sinh năm 1963. Ông Hòa "
                         "đã kinh qua các chức vụ như Giám đốc Sở Tài chính tỉnh Quảng Nam và giữ chức Phó Chủ tịch "
                         "UBND tỉnh Quảng Nam từ ngày 2.4.2016.", "HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh")
    assert ("Lương Văn Hòa", "Phó Chủ tịch", "UBND tỉnh Quảng Nam", "left") in got
    assert ("Lương Văn Hòa", "Giám đốc", "Sở Tài chính tỉnh Quảng Nam", "former") in got
    # "do ông Y ký": the removal's signer, not the post's holder
    got = pipeline_posts("Sáng nay, quyết định miễn nhiệm chức vụ Phó Giám đốc Sở Xây dựng tỉnh Quảng Nam do ông "
                         "Đỗ Văn Tài ký đã được công bố. Ông Đỗ Văn Tài đã kinh qua các chức vụ như Phó Giám đốc Sở "
                         "Xây dựng tỉnh Quảng Nam, Giám đốc Sở Giao thông vận tải tỉnh Quảng Nam.",
                         "Công bố quyết định")
    assert ("Đỗ Văn Tài", "Phó Giám đốc", "Sở Xây dựng tỉnh Quảng Nam", "left") not in got


def test_a_removal_retold_as_the_latest_without_a_date_is_a_past_post():
    got = pipeline_posts("Chiều 20/5, đại biểu Quốc hội tiếp xúc cử tri huyện Cẩm Xuyên. Nhiều cán bộ đã bị xử lý "
                         "nghiêm. Gần đây nhất Hội nghị Trung ương xem xét kỷ luật ông Hoàng Văn Tân bằng hình thức "
                         "cảnh cáo, thôi chức Ủy viên Bộ Chính trị với tỷ lệ rất cao.", "Tiếp xúc cử tri")
    assert ("Hoàng Văn Tân", "Ủy viên", "Bộ Chính trị", "former") in got
