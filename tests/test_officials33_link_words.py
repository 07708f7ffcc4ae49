"""Link words between a post and the name of its holder (``of_links.tsv``): "hiện nay là" says the post
is held now, as "hiện là" does; "lúc này là", in a narrative of a past time, says it was held then
(former), as "lúc đó là" does. Corpus: 2 reports write a post so before its holder's name."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_held_now_by_the_name_after_hien_nay_la() -> None:
    got = facts("Giám đốc Sở Xây dựng hiện nay là ông Trần Văn Hải, nguyên Phó Giám đốc Sở Giao thông.")
    assert ("Trần Văn Hải", "Giám đốc", "Sở Xây dựng", "holds") in got


def test_held_then_by_the_name_after_luc_nay_la() -> None:
    got = facts("Năm 1998, thành phố rất khó khăn. Chủ tịch UBND thành phố lúc này là ông Lê Văn Nghiệp.")
    assert got == {("Lê Văn Nghiệp", "Chủ tịch", "UBND thành phố", "former")}
