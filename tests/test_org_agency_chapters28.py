"""A Party chapter written "Đảng ủy cơ quan" with no body after it is the chapter of the agency the
person works in, named so (the shared gold writes "Đảng ủy cơ quan"); in a run of titles it belongs
to the body the next title names (orgs28). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials


def posts(text: str) -> set[tuple[str, str, str]]:
    """(role, organization as written, canonical organization name) of every post read from ``text``."""
    return {(p.role, p.org.written, p.org.name) for p in officials(text).posts if p.org is not None}


def test_the_agency_s_party_committee_keeps_its_written_name():
    assert ("Phó bí thư", "Đảng ủy cơ quan", "Đảng ủy cơ quan") in posts(
        "Các phó ban gồm ông Lê Văn Hòa, Phó bí thư Đảng ủy cơ quan và ông Trần Văn Bình.")


def test_at_the_sentence_s_end_too():
    assert ("Bí thư", "Đảng ủy cơ quan", "Đảng ủy cơ quan") in posts(
        "Trách nhiệm thuộc về ông Phạm Văn Tâm với tư cách Bí thư Đảng ủy cơ quan.")


def test_before_a_title_it_is_the_chapter_of_that_title_s_body():
    assert ("Bí thư", "Đảng ủy cơ quan", "Đảng ủy cơ quan Liên đoàn Lao động tỉnh Nam Định") in posts(
        "Ông Vũ Văn Hải, Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn Lao động tỉnh Nam Định, phát biểu.")


def test_with_a_body_after_it_the_agency_is_that_body_s():
    assert ("Bí thư", "Đảng ủy cơ quan Bộ Ngoại giao", "Đảng ủy cơ quan Bộ Ngoại giao") in posts(
        "Ông Nguyễn Văn Sơn, Bí thư Đảng ủy cơ quan Bộ Ngoại giao, phát biểu.")
