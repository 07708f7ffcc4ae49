"""A newspaper's tag in brackets before a report's opening dash ("(NLĐ)- Sáng 3-2, ...") names the
outlet the report comes from (outlet_tags.tsv); the same letters elsewhere are another word
("người lao động (NLĐ)": workers). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_source_tag_before_the_opening_dash_is_the_newspaper():
    assert orgs_of("Lãnh đạo tỉnh thăm hỏi gia đình chính sách (NLĐ)- Sáng 3-2, Bí thư Tỉnh ủy phát biểu.") == {
        ("NLĐ", "Báo Người Lao Động"), ("Tỉnh ủy", "Tỉnh ủy")}
    assert ("NLĐ", "Báo Người Lao Động") in orgs_of("Ảnh: T.Lan (NLĐ) - Ngày 9-11, Bộ Tư pháp họp.")


def test_the_same_letters_elsewhere_are_no_newspaper():
    assert orgs_of("Quyền lợi của người lao động (NLĐ) tham gia bảo hiểm. NLĐ hưởng chế độ.") == set()
