"""Posts: sentence shapes found missing on reports nobody had tuned for (issue 15), each written
here by us with invented names."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_rank_between_the_dash_and_the_title_does_not_hide_the_title():
    ex = officials("Dự lễ có ông Lê Văn Tám - Thiếu tướng, Giám đốc Công an tỉnh và ông Đỗ Văn Chín.")
    assert posts_of(ex) == {("Lê Văn Tám", "Giám đốc", "Công an tỉnh")}


def test_one_title_over_a_semicolon_list_of_names_each_with_a_dash_apposition():
    ex = officials("Bộ trưởng trao quyết định phê chuẩn kết quả bầu chức danh Ủy viên UBND tỉnh đối với "
                   "ông Lê Văn Tám - Thiếu tướng, Giám đốc Công an tỉnh; ông Đỗ Văn Chín - Chánh Văn phòng "
                   "UBND tỉnh và bà Hà Thị Mười - Giám đốc Sở Tài chính.")
    assert posts_of(ex) == {
        ("Lê Văn Tám", "Ủy viên", "UBND tỉnh"), ("Lê Văn Tám", "Giám đốc", "Công an tỉnh"),
        ("Đỗ Văn Chín", "Ủy viên", "UBND tỉnh"), ("Đỗ Văn Chín", "Chánh", "Văn phòng UBND tỉnh"),
        ("Hà Thị Mười", "Ủy viên", "UBND tỉnh"), ("Hà Thị Mười", "Giám đốc", "Sở Tài chính"),
    }
