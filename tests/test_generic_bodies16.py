"""A council, a people's committee or a Party committee written bare, of no place the report
says, is a kind of body ("Chủ tịch HĐND, Chủ tịch UBND" as ranks, "Luật Tổ chức HĐND và UBND"),
not an organization of the report, unless a fact holds it (a person's post in it) or it is listed
with a body of a known place (issue 15: generic bodies are not bodies).

Sentences are ours, in the shape of the reports'; the names are made up.
"""

from __future__ import annotations

from tests.test_resolution import report


def names(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_ranks_listed_by_their_bodies_name_no_organization():
    ex = report("a", "Các chức danh lãnh đạo gồm Phó Bí thư Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND được hưởng "
                     "phụ cấp. Việc này phải theo đúng Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân.")
    assert not names(ex) & {"Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân"}


def test_a_bare_body_a_person_holds_a_post_in_stays():
    ex = report("b", "Ông Lê Văn Hòa, Bí thư Huyện ủy, đã kiểm tra công trình.")
    assert "Huyện ủy" in names(ex)
    assert any(p.org is not None and p.org.name == "Huyện ủy" for p in ex.posts)


def test_bare_bodies_listed_with_a_body_of_a_known_place_stay():
    ex = report("c", "Sáng 29/1, Chủ tịch nước đến chúc Tết Thành ủy, Hội đồng nhân dân và Ủy ban nhân dân "
                     "tỉnh Phú Yên.")
    got = names(ex)
    assert "Ủy ban nhân dân tỉnh Phú Yên" in got
    assert any(n.startswith("Hội đồng nhân dân") for n in got)
