"""The successors rule asks "one post?" with the shared key (loaders/extract/post_keys.py): a replacer
whose only appointed post is written twice, once in each tone-mark style ("Ủy viên" / "Uỷ viên"),
holds one post, so "ông A thay ông B" names it. The mentions are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.extract.successors import _replaced_post
from kg.model import OrgMention, PersonMention, PostMention, Span

_BODY = "Ban Thường vụ Tỉnh ủy Long An"


def _post(role: str, body: str) -> PostMention:
    person = PersonMention(span=Span(0, 12), name="Lê Văn Tâm")
    org = OrgMention(span=Span(20, 50), written=body, name=body)
    return PostMention(span=Span(14, 50), person=person, role=role, org=org)


def test_one_post_in_two_tone_styles_is_the_replacers_only_post():
    k = "ông lê văn tâm thay ông trần văn bình"
    posts = [_post("Ủy viên", _BODY), _post("Uỷ viên", _BODY)]
    lo, hi = len("ông lê văn tâm"), k.index("thay")
    assert _replaced_post(k, posts, lo, hi) is posts[0]

