"""Rosters and plural headings, forty-second round (loaders/extract/elected_lists.py, after the officials extractor).

- "các đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy: A (Phó Chủ nhiệm Thường trực), B, C": the bracket names
  which of the heading's posts is A's; A holds "Phó Chủ nhiệm Thường trực", B and C the heading's role.
- "Các Ủy viên Ban Thường vụ Đảng ủy xã còn lại gồm các đồng chí: C, D, E" after the election of A and B as Bí
  thư and Phó Bí thư of the Đảng ủy xã: A and B sit on the board too (``roster_rest_words.tsv``).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.test_reelection30 import facts as _posts  # (person, role, body as written, status), the whole pipeline


def test_a_qualified_role_in_brackets_after_a_name_of_a_plural_headings_list_is_that_names_post():
    got = _posts("Sáng 2/7, Ủy ban Kiểm tra Tỉnh ủy Hà Nam họp kỳ thứ 20. Dự có các đồng chí Phó Chủ nhiệm Ủy ban "
                 "Kiểm tra Tỉnh ủy Hà Nam: Lò Văn Kiên (Phó Chủ nhiệm Thường trực), Quàng Thị Mai, Cầm Văn Hặc.")
    body = "Ủy ban Kiểm tra Tỉnh ủy Hà Nam"
    assert {(n, r) for n, r, o, _s in got if o == body} == {("Lò Văn Kiên", "Phó Chủ nhiệm Thường trực"),
                                                           ("Quàng Thị Mai", "Phó Chủ nhiệm"),
                                                           ("Cầm Văn Hặc", "Phó Chủ nhiệm")}


def test_those_elected_to_the_bodys_lead_sit_on_the_board_whose_remaining_members_a_roster_lists():
    got = _posts("Sáng 2/7, Ban Chấp hành Đảng bộ xã Kim Thanh đã bầu Ban Thường vụ Đảng ủy gồm 5 đồng chí. Đồng chí "
                 "Lò Văn Kiên tiếp tục được bầu giữ chức Bí thư Đảng ủy xã Kim Thanh; đồng chí Quàng Thị Mai được bầu "
                 "giữ chức Phó Bí thư Đảng ủy xã Kim Thanh. Các Ủy viên Ban Thường vụ Đảng ủy xã Kim Thanh còn lại gồm "
                 "các đồng chí: Cầm Văn Hặc, Chủ tịch UBND xã; Lò Thị Hoa, Chủ tịch HĐND xã; Hà Văn Sinh, Trưởng "
                 "Công an xã.")
    seated = {n for n, r, o, s in got if r == "Ủy viên" and o.startswith("Ban Thường vụ Đảng ủy xã")
              and s == "appointed"}
    assert seated == {"Lò Văn Kiên", "Quàng Thị Mai", "Cầm Văn Hặc", "Lò Thị Hoa", "Hà Văn Sinh"}
