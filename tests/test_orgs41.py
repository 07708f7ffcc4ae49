"""Organization names at full length after a head, round 30 second wave (orgs41). Sentences written
for these tests, in the shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_title_word_before_another_body_names_no_board():
    # "Phó Trưởng Ban" + the title's qualifier (here misspelt) + the body the post is in: no board
    # "Ban thường trưc Ban TCTW"; the post is in the body that follows
    text = "Đồng chí Nguyễn Văn Tám, Phó Trưởng Ban thường trưc Ban TCTW đã trao quyết định."
    assert orgs_of(text) == {("Ban TCTW", "Ban TCTW")}
    assert not any(org.startswith("Ban thường") for _, _, org, _ in facts(text))


def test_a_board_named_in_lower_case_after_a_title_may_still_end_at_its_place():
    # the place after the name is no body's capitalised head: the board stands
    text = "Ông Lê Văn Tám, Trưởng Ban bồi thường giải phóng mặt bằng huyện Đông Anh, cho biết."
    name = "Ban bồi thường giải phóng mặt bằng huyện Đông Anh"
    assert orgs_of(text) == {(name, name)}
    assert facts(text) == {("Lê Văn Tám", "Trưởng", name, "holds")}


def test_a_field_goes_on_through_its_plural_object():
    # "Vụ Quản lý" + "các khu công nghệ cao": the department manages those parks; the comma ends the name
    text = "Bà Trần Thị Hoa, Vụ trưởng Vụ Quản lý các khu công nghệ cao, Bộ Khoa học, được bổ nhiệm."
    name = "Vụ Quản lý các khu công nghệ cao"
    assert (name, name) in orgs_of(text)
    assert ("Trần Thị Hoa", "Vụ trưởng", name, "holds") in facts(text)


def test_every_level_of_a_body_is_no_field():
    # "các cấp", "các ngành": the body at every level, not a name that goes on
    text = "Ông Lê Văn Tám được Công đoàn Giáo dục các cấp, các ngành tặng bằng khen."
    assert orgs_of(text) == {("Công đoàn Giáo dục", "Công đoàn Giáo dục")}


def test_a_place_closes_the_name_before_the_sentence_goes_on_with_a_plural():
    text = "Bộ giao cho Trường Cao đẳng Sư phạm Huế đào tạo các hệ chính quy, tại chức."
    assert orgs_of(text) == {("Trường Cao đẳng Sư phạm Huế", "Trường Cao đẳng Sư phạm Huế")}
