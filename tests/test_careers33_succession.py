"""Who followed whom in a post "seen in time" (kg.resolve._successions) is dated by the reports that
say the post is held: a former holder named years later ("nguyên Bí thư ...") is no sign he still
held it then. The sentences and names are our own."""

from __future__ import annotations

from kg.resolve import resolve
from tests.test_resolution import report

FIRST = report("a", "Sáng 3/3, ông Hoàng Văn Lâm, Bí thư Tỉnh ủy Cao Bằng, chủ trì hội nghị tổng kết.", (2005, 3, 3))
NEXT = report("b", "Ông Đặng Quốc Vinh, Bí thư Tỉnh ủy Cao Bằng, phát biểu tại hội nghị.", (2010, 6, 2))
LATER = report("c", "Dự buổi lễ có ông Hoàng Văn Lâm, nguyên Bí thư Tỉnh ủy Cao Bằng.", (2012, 9, 1))


def tenure(exs, res, name: str):
    (t,) = {res.tenure_of_post(p) for ex in exs for p in ex.posts if p.person.name == name}
    return t


def test_a_holder_named_as_former_later_is_still_followed_by_the_next_holder():
    exs = [FIRST, NEXT, LATER]
    res = resolve(exs)
    pairs = {(later, earlier) for later, earlier, _ in res.successions}
    assert (tenure(exs, res, "Đặng Quốc Vinh"), tenure(exs, res, "Hoàng Văn Lâm")) in pairs


def test_a_holder_only_ever_named_as_former_follows_no_one_in_time():
    """Named as "nguyên" in 2012 after someone held the post in 2010: not his successor."""
    exs = [NEXT, LATER]
    res = resolve(exs)
    pairs = {(later, earlier) for later, earlier, _ in res.successions}
    assert (tenure(exs, res, "Hoàng Văn Lâm"), tenure(exs, res, "Đặng Quốc Vinh")) not in pairs
