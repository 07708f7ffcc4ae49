"""The order in which an extraction lists its mentions (ids are given in it, the generic-body check
reads it): the lists in field order, each mention followed by the mentions it refers to, depth
first, each mention once, where it is first reached.

perf38 walks the mentions with a stack instead of a recursive generator; these tests say the
order that walk must keep (they pass before and after: a speed change, no new behaviour).
"""

from __future__ import annotations

from kg.model import (
    DirectiveMention,
    EventMention,
    Extraction,
    OrgMention,
    Participation,
    PersonMention,
    PostMention,
    Report,
    Span,
    references,
)


def _org(a: int, name: str, parent: OrgMention | None = None) -> OrgMention:
    return OrgMention(Span(a, a + 1), name, name, parent=parent)


def _person(a: int, name: str) -> PersonMention:
    return PersonMention(Span(a, a + 1), name)


def _names(ex: Extraction) -> list[str]:
    """Each mention by what names it: a person's or body's name, a post's role, a document's
    symbol, an event's kind."""
    out = []
    for m in ex.mentions():
        if isinstance(m, PostMention):
            out.append(m.role)
        elif isinstance(m, DirectiveMention):
            out.append(m.symbol)
        elif isinstance(m, EventMention):
            out.append(m.kind)
        else:
            out.append(m.name)
    return out


def test_each_mention_is_followed_by_what_it_refers_to_depth_first_and_listed_once():
    """"Bí thư Tỉnh ủy A chủ trì Hội nghị quán triệt Nghị quyết 01-NQ/TU của Tỉnh ủy; ông B, Phó
    Chủ tịch UBND tỉnh, dự": a post reaches its person and body, the body its parent; the
    resolution its issuer; the conference its organizer, the resolution and both participants."""
    tinh = _org(0, "Tỉnh")
    tinh_uy = _org(10, "Tỉnh ủy", parent=tinh)
    ubnd = _org(20, "UBND tỉnh", parent=tinh)
    a, b = _person(30, "A"), _person(40, "B")
    nq = DirectiveMention(Span(50, 51), "01-NQ/TU", issuer=tinh_uy)
    meeting = EventMention(Span(60, 61), "Hội nghị", organizer=tinh_uy, concerns=[nq],
                           participants=[Participation(a, "chaired"), Participation(b)])
    ex = Extraction(report=Report(id="r", text="x" * 70, source_file="r.txt"))
    ex.posts = [PostMention(Span(30, 31), a, "Bí thư", org=tinh_uy),
                PostMention(Span(40, 41), b, "Phó Chủ tịch", org=ubnd)]
    ex.directives = [nq]
    ex.events = [meeting]
    ex.persons = [b]  # listed first: B comes first, and not again under his post
    assert _names(ex) == ["B", "Bí thư", "A", "Tỉnh ủy", "Tỉnh", "Phó Chủ tịch", "UBND tỉnh",
                          "01-NQ/TU", "Hội nghị"]


def test_missing_references_and_a_body_reached_twice_in_one_walk():
    """A post with no body, a body without a parent, and an event organized by a body and attended
    by a person reached before: nothing is listed for what is missing, nothing twice."""
    a = _person(0, "A")
    so = _org(5, "Sở Nội vụ")
    ex = Extraction(report=Report(id="r", text="x" * 20, source_file="r.txt"))
    ex.posts = [PostMention(Span(0, 1), a, "Giám đốc"), PostMention(Span(2, 3), a, "Bí thư", org=so)]
    ex.events = [EventMention(Span(9, 10), "Lễ", organizer=so, participants=[Participation(a)])]
    assert _names(ex) == ["Giám đốc", "A", "Bí thư", "Sở Nội vụ", "Lễ"]


def test_references_in_field_order_as_a_list_the_caller_may_change():
    tinh = _org(0, "Tỉnh")
    a = _person(1, "A")
    post = PostMention(Span(1, 2), a, "Chủ tịch", org=tinh)
    refs = references(post)
    assert refs == [a, tinh]
    refs.reverse()
    assert references(post) == [a, tinh]
    assert references(a) == []
    assert references(_org(3, "Huyện")) == []
    assert references(_org(3, "Huyện", parent=tinh)) == [tinh]
