"""Officials, fortieth round: a head of state written "Chủ tịch <country> X" is the state post
"Chủ tịch nước" the report also gives X, one post, not a "Chủ tịch" without a body besides.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_head_of_state_written_before_the_country_is_the_state_post_written_elsewhere():
    got = facts("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân "
                "Trung Hoa Tập Cận Bình chủ trì lễ đón. Hai bên đã hội đàm. Tổng Bí thư, Chủ tịch Trung Quốc "
                "Tập Cận Bình cảm ơn sự đón tiếp nồng hậu.")
    assert {t for t in got if t[1].startswith("Chủ tịch")} == {("Tập Cận Bình", "Chủ tịch nước", None, "holds")}


def test_a_head_of_state_written_only_before_the_country_keeps_the_written_role():
    got = facts("Chủ tịch Lào Thongloun Sisoulith đã gửi điện chúc mừng.")
    assert got == {("Thongloun Sisoulith", "Chủ tịch", None, "holds")}


def _toks(text: str):
    from kg.loaders.extract.tokens import Tokens
    from kg.textkey import key

    return Tokens.of(text, key(text))


def test_a_country_or_a_posting_abroad_right_before_a_name_is_found_and_no_other_word_is():
    """What _country_before and _posting_before answer (they ask the indexes' last words first, a
    speed change: the answers are those of the walks alone)."""
    from kg.loaders.extract.officials import _country_before, _posting_before

    toks = _toks("Tổng thống Cộng hòa Pháp Emmanuel Macron gặp Đại sứ Việt Nam tại Nhật Bản Lê Văn An và ông Bình.")
    assert _country_before(toks, toks.k.index("emmanuel")) == toks.k.index("cộng")
    assert _posting_before(toks, toks.k.index("lê")) == toks.k.index("việt")
    assert _country_before(toks, toks.k.index("bình")) is None
    assert _posting_before(toks, toks.k.index("bình")) is None
    assert _country_before(toks, 0) is None and _posting_before(toks, 0) is None


def test_deputies_listed_after_one_plural_deputy_word_in_a_session_are_each_a_deputy():
    got = facts("Tại phiên chất vấn của Quốc hội sáng nay, các ĐB Lê Văn Bình (Kon Tum), Nguyễn Thị Hằng (TPHCM) "
                "và Trần Văn Sơn (Nghệ An) đã hỏi Bộ trưởng về giá điện.")
    assert got == {("Lê Văn Bình", "Đại biểu", "Quốc hội", "holds"),
                   ("Nguyễn Thị Hằng", "Đại biểu", "Quốc hội", "holds"),
                   ("Trần Văn Sơn", "Đại biểu", "Quốc hội", "holds")}


def test_a_name_after_a_single_deputy_or_after_a_deputys_own_title_is_not_listed_as_a_deputy():
    got = facts("Tại phiên chất vấn của Quốc hội, ĐB Lê Văn Bình (Kon Tum), ông Nguyễn Văn Hằng hỏi Bộ trưởng. "
                "Tại phiên thảo luận, các đại biểu Trần Văn Sơn - Bí thư Tỉnh ủy Nghệ An, Phạm Thị Hoa cùng phát biểu.")
    assert not any(t[0] in ("Nguyễn Văn Hằng", "Phạm Thị Hoa") for t in got)


def test_a_deputy_abbreviated_with_a_term_sits_in_that_terms_assembly():
    got = facts("Ủy ban Thường vụ Quốc hội đã đồng ý cho ông Hồ Văn Lực thôi nhiệm vụ ĐBQH khóa 14 vì lý do sức khỏe.")
    assert got == {("Hồ Văn Lực", "Đại biểu", "Quốc hội khóa 14", "left")}


def test_a_party_central_committee_implied_by_a_title_keeps_no_term():
    got = facts("Bà Lê Thị Hoa, Bí thư Trung ương Đảng khoá 11, phát biểu.")
    assert got == {("Lê Thị Hoa", "Bí thư", "Ban Chấp hành Trung ương Đảng", "holds")}
