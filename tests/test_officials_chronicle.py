"""Former posts written before their subject (loaders/extract/chronicle.py, issue 15).

The sentences are our own, written in the shape of corpus biographies; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import officials


def facts(text: str) -> set[tuple[str, str, str | None, str, str]]:
    """(person, role, organization as written, status, start) of every post."""
    ex = officials(text)
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status,
             p.start.iso() if p.start else "") for p in ex.posts}


def test_tung_la_before_the_subject_is_a_former_post_of_the_person_named_after_it():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Từng là Trưởng ban Kinh tế báo Nhân Dân, từ năm 2006, "
                "ông Lê Văn Tám làm Phó Giám đốc Sở Tài chính.")
    # the year dates his next step, not the post he held before it
    assert ("Lê Văn Tám", "Trưởng", "ban Kinh tế báo Nhân Dân", "former", "") in got


def test_tu_vi_tri_after_a_date_is_the_post_left_by_the_pronouns_person():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Tháng 3/2015, từ vị trí Bí thư Tỉnh ủy Sơn La, ông được "
                "Bộ Chính trị điều động giữ chức Phó trưởng Ban Kinh tế Trung ương.")
    assert ("Lê Văn Tám", "Bí thư", "Tỉnh ủy Sơn La", "former", "") in got
    assert ("Lê Văn Tám", "Phó trưởng", "Ban Kinh tế Trung ương", "appointed", "") in got


def test_a_cue_whose_clause_does_not_close_before_a_name_gives_nothing():
    got = facts("Từng là Giám đốc Sở Tài chính thì mới được xét.")
    assert got == set()
