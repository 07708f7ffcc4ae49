"""Names, round 32 (meta32): causes the metamorphic probe (scripts/metamorphic_eval.py, names transform)
found in names.py and its data. Every sentence is written for these tests.

- A bare given name after "ông"/"bà"/"đồng chí" that is also a one-syllable country ("Đức", "Nga", "Mỹ")
  or a form of address ("Anh") is a short reference to the person the report names in full with that
  given name, as "ông Dũng" is; with no such person it is left as before.
- A name ending in "Thế" goes on before a lower-case word ("Lê Văn Thế là ..."): "Thế" alone is no word
  that opens a glued sentence (sentence_starts.tsv keeps "Thế nhưng").
"""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of, post_dates


@pytest.mark.parametrize(("address", "name", "given"), [
    ("ông", "Trịnh Quốc Đức", "Đức"),
    ("bà", "Lại Thị Nga", "Nga"),
    ("bà", "Đàm Thị Mỹ", "Mỹ"),
    ("ông", "Mạc Văn Anh", "Anh"),
    ("đồng chí", "Kiều Minh Đức", "Đức"),
])
def test_a_given_name_that_is_also_a_country_or_a_form_of_address_refers_to_the_person(address, name, given):
    text = (f"Hội đồng nhân dân tỉnh đã bầu {address} {name} giữ chức Chủ tịch UBND tỉnh. "
            f"Trước đó, {address} {given} là Phó Giám đốc Sở Tài chính.")
    assert post_dates(text) == {
        f"{name}: Chủ tịch Ủy ban nhân dân tỉnh": (None, None, "appointed"),
        f"{name}: Phó Giám đốc Sở Tài chính": (None, None, "former"),
    }


def test_a_country_after_a_form_of_address_with_no_one_of_that_name_stays_no_person():
    text = "Ông Vi Văn Tường làm việc với đoàn doanh nghiệp Đức. Ông Đức vẫn là đối tác lớn, ông Tường nói."
    assert persons_of(officials(text)) == ["Vi Văn Tường"]


def test_a_name_ending_in_the_is_read_whole_before_a_verb():
    text = "Ủy ban Kiểm tra xác định ông Lò Văn Thế đã vi phạm quy định; ông Lò Văn Thế là Phó Chủ tịch UBND huyện."
    ex = officials(text)
    assert persons_of(ex) == ["Lò Văn Thế"]
    assert {(p.person.name, p.role) for p in ex.posts} == {("Lò Văn Thế", "Phó Chủ tịch")}
