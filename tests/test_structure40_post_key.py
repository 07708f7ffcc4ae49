"""One key for a post however often a report writes it (loaders/extract/post_keys.py), shared by
named_removals and past_steps. The mentions are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.extract.post_keys import post_key
from kg.model import OrgMention, PersonMention, PostMention, Span


def _post(role: str, body: str | None) -> PostMention:
    person = PersonMention(span=Span(0, 12), name="Lê Văn Tâm")
    org = OrgMention(span=Span(20, 40), written=body, name=body) if body is not None else None
    return PostMention(span=Span(14, 40), person=person, role=role, org=org)


def test_the_two_tone_styles_and_cases_of_a_role_are_one_post():
    assert post_key(_post("Ủy viên", "Ban Thường vụ Tỉnh ủy Long An")) == \
        post_key(_post("uỷ viên", "Ban Thường vụ Tỉnh ủy Long An"))


def test_the_key_is_the_role_and_the_body_name():
    assert post_key(_post("Phó Bí thư", "Tỉnh ủy Long An")) == ("phó bí thư", "Tỉnh ủy Long An")
    assert post_key(_post("Bộ trưởng", None)) == ("bộ trưởng", "")


def test_one_role_in_two_bodies_is_two_posts():
    assert post_key(_post("Bí thư", "Tỉnh ủy Long An")) != post_key(_post("Bí thư", "Ban cán sự đảng Long An"))
