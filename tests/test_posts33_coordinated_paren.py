"""Posts, thirty-third round: a predicate's title shared by two titled persons joined by "và" reaches
the first one when a short parenthesis closes that person's titles: a vote count in a council's
election ("(48/50 phiếu)"), or the "(cũ)" that marks a merged province's old post.

The sentences are our own, written in the shape of council-session and merger reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def _holds_role(got: set, name: str, role: str, org_word: str) -> bool:
    return any(p == name and r == role and o and org_word in o for p, r, o, _ in got)


def test_a_vote_count_after_the_first_persons_titles_does_not_end_the_list():
    got = facts("HĐND tỉnh Hà Nam bầu ông Trần Văn Bình, Giám đốc Sở Xây dựng (48/50 phiếu) và bà Lê Thị "
                "Hoa, Giám đốc Sở Y tế (47/50 phiếu) giữ chức Phó Chủ tịch UBND tỉnh Hà Nam.")
    assert _holds_role(got, "Lê Thị Hoa", "Phó Chủ tịch", "Hà Nam")
    assert _holds_role(got, "Trần Văn Bình", "Phó Chủ tịch", "Hà Nam")
    # the first person's own titles stay his
    assert _holds_role(got, "Trần Văn Bình", "Giám đốc", "Sở Xây dựng")


def test_a_former_mark_after_the_first_persons_titles_does_not_end_the_list():
    got = facts("Theo đó, các đồng chí Nông Văn Khải, Phó Chủ tịch HĐND tỉnh Bắc Kạn (cũ) và Hà Thị Liên, "
                "Phó Chủ tịch HĐND tỉnh Thái Nguyên (cũ), giữ chức Phó Chủ tịch HĐND tỉnh Thái Nguyên.")
    assert _holds_role(got, "Nông Văn Khải", "Phó Chủ tịch", "Thái Nguyên")


def test_names_inside_the_parenthesis_keep_the_list_from_reaching_across_it():
    # the parenthesis names people of its own: the title after "và bà B" is not carried back over them
    got = facts("Ông Phạm Quốc Toàn, Giám đốc Sở Tài chính (ông Toàn và bà Vũ Thị Mai cùng dự) và bà Vũ "
                "Thị Mai, Giám đốc Sở Nội vụ giữ chức Phó Chủ tịch UBND tỉnh Nam Định.")
    assert not _holds_role(got, "Phạm Quốc Toàn", "Phó Chủ tịch", "Nam Định")
