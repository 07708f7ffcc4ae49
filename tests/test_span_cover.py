"""span_cover.SpanCover: whether some span of a text reaches past a position, by one index of spans."""
from __future__ import annotations

from kg.loaders.extract.span_cover import SpanCover


def test_a_position_inside_a_longer_name_is_covered_and_one_past_every_name_is_not():
    # "Văn phòng Quốc hội" at 0-18 holds "Quốc hội" at 10-18; a document's name at 30-50 stands apart
    cover = SpanCover([(10, 18), (0, 18), (30, 50)])
    assert [cover.covers(p) for p in (0, 10, 17, 18, 25, 30, 49, 50)] == [True, True, True, False, False, True, True,
                                                                        False]
    assert [cover.covers_inside(p) for p in (0, 10, 30, 31)] == [False, True, False, True]
    assert cover.furthest_end(10) == 18 and cover.furthest_end(-1) == -1


def test_no_spans_cover_nothing():
    assert not SpanCover([]).covers(0)
