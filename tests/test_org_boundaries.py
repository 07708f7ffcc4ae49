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
