"""A role elected or appointed bare takes the body of the same post's title written just before it, also when
the predecessor it replaces follows the role: "Ông A, Phó Chủ tịch Hội X khóa V, được bầu làm Chủ tịch thay ông B
đã nghỉ theo chế độ; ông C được bầu làm Phó Chủ tịch." (wtune35 cause 20: A's new post and C's both lost their
body), and when a qualifier follows the role: "Bà D được chỉ định giữ chức Phó Chủ tịch Thường trực." after the
head's appointment.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_role_elected_bare_before_the_predecessor_it_replaces_and_the_deputy_elected_after_it():
    got = pipeline_posts("Đại hội đã bầu Ban Chấp hành khóa VII gồm 13 ủy viên. Ông Mã Văn Sơn, Phó Chủ tịch Hội "
                         "Nông dân huyện Bảo Lạc khóa VI, được bầu làm Chủ tịch thay ông Đinh Văn Hùng đã nghỉ theo "
                         "chế độ; ông Vi Văn Tâm được bầu làm Phó Chủ tịch.", "Đại hội Hội Nông dân huyện Bảo Lạc")
    assert ("Mã Văn Sơn", "Chủ tịch", "Hội Nông dân huyện Bảo Lạc", "appointed") in got
    assert ("Vi Văn Tâm", "Phó Chủ tịch", "Hội Nông dân huyện Bảo Lạc", "appointed") in got


def test_a_deputy_appointed_bare_with_a_qualifier_takes_the_body_of_the_head_appointed_in_the_sentence_before():
    got = pipeline_posts("Ông Giàng A Tủa được chỉ định làm Chủ tịch Hội Nông dân tỉnh Lai Châu. Bà Lò Thị Mai, nguyên "
                         "Chủ tịch Hội Nông dân tỉnh Điện Biên, được chỉ định giữ chức Phó Chủ tịch Thường trực.",
                         "Hội Nông dân tỉnh sau sắp xếp")
    assert ("Lò Thị Mai", "Phó Chủ tịch Thường trực", "Hội Nông dân tỉnh Lai Châu", "appointed") in got
    assert ("Lò Thị Mai", "Chủ tịch", "Hội Nông dân tỉnh Điện Biên", "former") in got
