"""The National Assembly's petition committee ("Ban Dân nguyện") belongs to the Quốc hội whether the
text writes the Quốc hội after it or not (row flag ownparent): one body, named with "của" as its
parent's unit. Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_the_petition_committee_is_the_assembly_s_whether_or_not_the_assembly_is_written():
    names = org_names("Trưởng ban Dân nguyện Quốc hội Hà Văn Lộc nói. Ban Dân nguyện đã chuyển 30 đơn.")
    assert names == {"Ban Dân nguyện của Quốc hội", "Quốc hội"}
