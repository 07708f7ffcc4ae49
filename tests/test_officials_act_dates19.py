"""The date that starts a post is the day of the act that gives it, not a date written near it: the
date of a document the act rests on ("Căn cứ Nghị quyết số ... ngày ..."), a date of another clause
across a semicolon, or the day a person was put forward for a post (a nomination begins no tenure).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials


def _dated(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(p.person.name, p.role, p.status, p.start.iso() if p.start else None) for p in officials(text).posts}


def test_the_date_of_a_cited_basis_document_starts_no_post():
    got = _dated("Căn cứ Nghị quyết số 07/NQ-HĐND ngày 15/3/2019 của HĐND tỉnh, UBND tỉnh bổ nhiệm ông Trần "
                 "Văn Nam giữ chức Giám đốc Sở Tài chính.")
    assert got == {("Trần Văn Nam", "Giám đốc", "appointed", None)}


def test_the_date_of_the_appointing_decision_starts_the_post():
    got = _dated("Quyết định số 215-QĐNS/TW ngày 15/3/2019 bổ nhiệm ông Trần Văn Nam giữ chức Giám đốc Sở Tài chính.")
    assert got == {("Trần Văn Nam", "Giám đốc", "appointed", "2019-03-15")}


def test_a_date_opening_the_clause_after_the_basis_starts_the_post():
    got = _dated("Căn cứ Nghị quyết số 07/NQ-HĐND ngày 15/3/2019 của HĐND tỉnh, ngày 2/4/2019, UBND tỉnh bổ "
                 "nhiệm ông Trần Văn Nam giữ chức Giám đốc Sở Tài chính.")
    assert got == {("Trần Văn Nam", "Giám đốc", "appointed", "2019-04-02")}


def test_a_date_does_not_cross_a_semicolon_into_a_clause_with_its_own_subject():
    got = _dated("Sở Nội vụ đã nhận hồ sơ vào ngày 5/6/2019; ông Trần Văn Nam được điều động giữ chức Giám đốc "
                 "Sở Tài chính.")
    assert got == {("Trần Văn Nam", "Giám đốc", "appointed", None)}


def test_a_semicolon_with_no_new_subject_keeps_the_date():
    got = _dated("Ngày 6/2/2017, HĐND tỉnh họp phiên bất thường; bầu ông Trần Văn Nam giữ chức Phó Chủ tịch UBND tỉnh.")
    assert got == {("Trần Văn Nam", "Phó Chủ tịch", "appointed", "2017-02-06")}


def test_a_person_put_forward_to_be_elected_again_is_nominated_with_no_start():
    got = _dated("Ngày 12/4/2021, Đảng ủy xã xác nhận ông Trần Văn Nam vẫn được giới thiệu tái cử đại biểu HĐND xã.")
    assert got == {("Trần Văn Nam", "đại biểu", "nominated", None)}
