"""Officials, thirty-ninth round: a bare role given by a linking verb to a name whose own title is written
right BEFORE it ("phân công Thứ trưởng A làm thứ trưởng thường trực thay thế ông B") is that title's post
with the qualifier: A's body, whether the text writes it there or leaves it to the report ("Bộ X ... Thứ
trưởng A"), as when the title stands in the name's apposition ("ông D, Phó Cục trưởng Cục X, được bổ
nhiệm làm Cục trưởng"). The predecessor named by "thay thế" leaves the same post.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_deputy_minister_assigned_as_the_standing_deputy_of_his_own_ministry():
    got = pipeline_posts("Trước đó, Bộ Xây dựng đã phân công Thứ trưởng Hà Văn Khôi làm thứ trưởng thường trực thay "
                         "thế ông Đỗ Minh Tâm.", "Bộ Xây dựng sắp xếp lãnh đạo")
    assert ("Hà Văn Khôi", "thứ trưởng thường trực", "Bộ Xây dựng", "holds") in got
    assert ("Đỗ Minh Tâm", "thứ trưởng thường trực", "Bộ Xây dựng", "former") in got


def test_a_deputy_director_with_his_body_promoted_to_its_head():
    got = pipeline_posts("UBND tỉnh Hòa Bình đã bổ nhiệm Phó Giám đốc Sở Tư pháp Lò Văn Sơn làm Giám đốc.",
                         "Hòa Bình bổ nhiệm cán bộ")
    assert ("Lò Văn Sơn", "Giám đốc", "Sở Tư pháp", "appointed") in got

