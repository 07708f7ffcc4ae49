"""A writer's signature spaced two ways (round 36): "T.Dũng" and "T. Dũng" at the foot of two reports of
one newspaper are one byline, so one person of that outlet, as any credit of the same name and outlet is.

Before, the two spellings were grouped under different name keys ("t.dũng", "t. dũng") and never compared:
5 signatures of the corpus build had two nodes in one outlet. Reports are our own sentences, run through
the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

from kg.persons import _group_key
from kg.resolve import resolve
from tests.test_resolution import report


def _credits(exs, res) -> dict[str, str]:
    """report id -> IRI of its (one) credit."""
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.credit}


def test_a_signature_glued_and_spaced_after_its_initial_is_one_key():
    assert _group_key("t. dũng") == _group_key("t.dũng") == "t.dũng"
    assert _group_key("n.  h") == _group_key("n.h")


def test_one_outlets_signature_spaced_two_ways_is_one_person_and_another_outlets_is_not():
    exs = [report("a", "Xã đã hoàn thành việc di dời 40 hộ dân ra khỏi vùng sạt lở.\nK.Thanh", publisher="Báo A"),
           report("b", "Huyện tổ chức lớp tập huấn cho cán bộ thú y cơ sở.\nK. Thanh", publisher="Báo A"),
           report("c", "Tỉnh khởi công tuyến đường nối hai huyện miền núi.\nK. Thanh", publisher="Báo B")]
    res = resolve(exs)
    iris = _credits(exs, res)
    assert set(iris) == {"a", "b", "c"}, "the extractor reads every byline"
    assert iris["a"] == iris["b"] != iris["c"]
    assert any(link.kind == "credit" for link in res.person_links)
