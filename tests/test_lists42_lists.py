"""Lists of appointees, forty-second round: the shapes of an appointment list the list reader stopped on.

- "bổ nhiệm 4 Phó Giám đốc Sở, gồm: ông A, ..., giữ chức Phó Giám đốc Thường trực; ông B, ...": an item's verb
  phrase ends the item, not the list; the item whose own title narrows the heading's (the heading's role with
  a qualifier, its body written or left to the heading) holds that one, not the plain heading too.
- "...; ông A, bà B (nguyên Phó Giám đốc Sở X); ...": a bracket closing a group of bare names is the former post
  of each name of the group.
- "A (nguyên Trưởng Ban X Tỉnh ủy Y), Giám đốc Sở Z; B ...": the title after the bracket is the person's own.
- "bầu 3 Phó Chủ tịch UBND tỉnh gồm các ông, bà: A, nguyên ... (giữ chức ...); B, ...": the address "các ông,
  bà" before the colon, a long aside after an item's title, and an item whose name we do not read keep the
  list whole.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

_SO = "Sở Y tế tỉnh Hà Nam"


def _of(got: set[tuple[str, str, str | None, str]], person: str) -> set[tuple[str, str | None, str]]:
    return {(role, org, status) for name, role, org, status in got if name == person}


def test_an_items_verb_phrase_does_not_end_a_counted_list_and_a_narrowed_item_keeps_its_own_post():
    got = facts("Chủ tịch UBND tỉnh Hà Nam trao quyết định bổ nhiệm 3 Phó Giám đốc Sở Y tế tỉnh Hà Nam, gồm: "
                "ông Lò Văn Kiên, Phó Giám đốc Sở Tài chính tỉnh Hà Nam, giữ chức Phó Giám đốc Thường trực; "
                "bà Quàng Thị Mai; ông Vì Văn Sinh.")
    assert ("Phó Giám đốc", _SO, "appointed") in _of(got, "Quàng Thị Mai")
    assert ("Phó Giám đốc", _SO, "appointed") in _of(got, "Vì Văn Sinh")
    kien = _of(got, "Lò Văn Kiên")
    assert ("Phó Giám đốc", _SO, "appointed") not in kien
    assert any(role == "Phó Giám đốc Thường trực" and status == "appointed" for role, _org, status in kien)


def test_a_former_title_in_brackets_after_a_group_of_bare_names_is_each_names_former_post_in_a_list_item_only():
    got = facts("Chủ tịch UBND tỉnh Hà Nam trao quyết định bổ nhiệm 4 Phó Giám đốc Sở Y tế tỉnh Hà Nam, gồm: "
                "ông Lò Văn Kiên, bà Quàng Thị Mai (nguyên Phó Giám đốc Sở Tài chính tỉnh Nam Định); "
                "ông Vì Văn Sinh, ông Cầm Văn Hặc (nguyên Phó Chánh Văn phòng UBND tỉnh Ninh Bình).")
    for person in ("Lò Văn Kiên", "Quàng Thị Mai"):
        assert _of(got, person) == {("Phó Giám đốc", "Sở Tài chính tỉnh Nam Định", "former"),
                                    ("Phó Giám đốc", _SO, "appointed")}
    for person in ("Vì Văn Sinh", "Cầm Văn Hặc"):
        assert _of(got, person) == {("Phó Chánh", "Văn phòng UBND tỉnh Ninh Bình", "former"),
                                    ("Phó Giám đốc", _SO, "appointed")}
    # an attendee list is no group: the bracket is the last name's alone
    got = facts("Dự lễ có ông Lò Văn Kiên, Giám đốc Sở Xây dựng tỉnh Hà Nam, bà Quàng Thị Mai (nguyên Phó Giám "
                "đốc Sở Tài chính tỉnh Nam Định) và nhiều khách mời.")
    assert ("Phó Giám đốc", "Sở Tài chính tỉnh Nam Định", "former") not in _of(got, "Lò Văn Kiên")


def test_the_title_after_a_bracket_of_a_former_title_is_the_persons_own_unless_a_name_follows_it():
    got = facts("Ban Thường vụ Tỉnh ủy Hà Nam nhiệm kỳ 2020 - 2025 gồm các đồng chí: Lò Văn Kiên (nguyên Trưởng "
                "Ban Dân vận Tỉnh ủy Nam Định), Giám đốc Sở Xây dựng tỉnh Hà Nam; Quàng Thị Mai, Giám đốc Công an "
                "tỉnh.")
    assert _of(got, "Lò Văn Kiên") == {("Trưởng", "Ban Dân vận Tỉnh ủy Nam Định", "former"),
                                      ("Giám đốc", "Sở Xây dựng tỉnh Hà Nam", "holds"),
                                      ("Ủy viên", "Ban Thường vụ Tỉnh ủy Hà Nam", "holds")}
    holders = {name for name, role, _org, _status in facts(
        "Dự hội nghị có ông Lò Văn Kiên (nguyên Bí thư Huyện ủy Kim Bảng), Giám đốc Sở Xây dựng tỉnh Hà Nam Quàng "
        "Thị Mai.") if role == "Giám đốc"}
    assert holders == {"Quàng Thị Mai"}  # a name after the title: the title is that name's


def test_an_address_of_both_sexes_a_long_aside_and_an_unread_name_keep_a_counted_list_whole():
    got = facts("Kỳ họp cũng bầu 4 Phó Chủ tịch UBND tỉnh Hà Nam gồm các ông, bà: Lò Văn Kiên, nguyên Phó Chủ tịch "
                "Thường trực UBND tỉnh Nam Định (giữ chức Phó Chủ tịch Thường trực); Quàng Thị Mai, nguyên Phó Chủ "
                "tịch UBND tỉnh Ninh Bình; Ka Hồng Tươi, nguyên Giám đốc Sở Xây dựng tỉnh Nam Định; Hà Văn Sinh, "
                "nguyên Giám đốc Sở Tài chính tỉnh Ninh Bình.")
    for person in ("Quàng Thị Mai", "Hà Văn Sinh"):
        assert ("Phó Chủ tịch", "UBND tỉnh Hà Nam", "appointed") in _of(got, person)
    assert ("Giám đốc", "Sở Tài chính tỉnh Ninh Bình", "former") in _of(got, "Hà Văn Sinh")
