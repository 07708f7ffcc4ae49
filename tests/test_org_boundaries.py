"""Organization names at their full length, and only there (issue 15): terms, abbreviations joined by
"-" or "&", names that go on through lower-case words. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials


def _orgs(text: str, province: str | None = None) -> set[tuple[str, str]]:
    return {(o.written, o.name) for o in officials(text, province).organizations}


def test_a_legislature_named_with_its_term_in_running_text_is_that_term_s_body():
    assert _orgs("Kỳ họp thứ 7 Quốc hội khóa XIV bế mạc; HĐND tỉnh Nam Định khoá 16 họp phiên cuối.") == {
        ("Quốc hội khóa XIV", "Quốc hội khóa XIV"),
        ("HĐND tỉnh Nam Định khoá 16", "Hội đồng nhân dân tỉnh Nam Định khóa 16"),
    }


def test_a_term_after_a_role_leaves_the_body_the_role_is_held_in():
    assert _orgs("Ông Hà Văn Bình, Chủ tịch Quốc hội khóa XI, phát biểu.") == {("Quốc hội", "Quốc hội")}


def test_abbreviated_parts_joined_by_a_glued_dash_or_ampersand_are_one_name():
    assert _orgs("Phóng viên Đài PT-TH Nghệ An và Trung tâm KHXH&NV đến dự.") == {
        ("Đài PT-TH Nghệ An", "Đài PT-TH Nghệ An"), ("Trung tâm KHXH&NV", "Trung tâm KHXH&NV")}


def test_an_acronym_after_va_is_another_body_not_the_end_of_a_name():
    assert _orgs("Liên minh Kinh tế Á -Âu và EU ký thỏa thuận.") == {
        ("Liên minh Kinh tế Á -Âu", "Liên minh Kinh tế Á -Âu")}
    assert _orgs("Ông Lê Văn Tám làm việc tại Bộ Văn hóa, Thể thao và Du lịch.") == {
        ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")}
