"""A career list whose items are dated by "thời kỳ" (thirty-eighth round): historical biographies write the years
of each post as "thời kỳ 1958-1963", where later reports write "nhiệm kỳ 2010-2015" or "(1958-1963)". The span
stands between two items of one list ("...; Bộ trưởng Bộ X thời kỳ 1958-1963; Trưởng Ban Y thời kỳ ..."), so the
items after it stay the subject's posts, as after "nhiệm kỳ"; before, the list ended at the first span.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_each_item_of_a_semicolon_list_dated_by_thoi_ky_is_a_former_post():
    got = pipeline_posts("Ông Trần Văn Lộc lần lượt giữ nhiều trọng trách: Phó Chủ tịch UBND tỉnh Bình Định thời kỳ "
                         "1950-1955; Bộ trưởng Bộ Tài chính thời kỳ 1958-1963; Trưởng Ban Dân vận Trung ương thời kỳ "
                         "1963-1970.", "Tưởng nhớ một nhà lãnh đạo")
    assert ("Trần Văn Lộc", "Phó Chủ tịch", "UBND tỉnh Bình Định", "former") in got
    assert ("Trần Văn Lộc", "Bộ trưởng", "Bộ Tài chính", "former") in got
    assert ("Trần Văn Lộc", "Trưởng", "Ban Dân vận Trung ương", "former") in got


def test_a_span_after_the_second_title_of_a_comma_list_keeps_the_third():
    got = pipeline_posts("Ông Lê Văn Hòa từng giữ các chức vụ Giám đốc Sở Tài chính tỉnh Phú Yên, Chủ tịch UBND tỉnh "
                         "Phú Yên thời kỳ 1976-1980, Bộ trưởng Bộ Thủy lợi.", "Tiểu sử")
    assert ("Lê Văn Hòa", "Chủ tịch", "UBND tỉnh Phú Yên", "former") in got
    assert ("Lê Văn Hòa", "Bộ trưởng", "Bộ Thủy lợi", "former") in got
