"""Ministries written as a list of fields after one head (issue 15, "bare ministries"): "Bộ Kế
hoạch và Đầu tư, Công an, Quốc phòng" and "các bộ: Công an, Tài chính" name one ministry per field.
Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials


def _orgs(text: str) -> dict[str, str]:
    return {o.written: o.name for o in officials(text).organizations}


def test_fields_after_a_ministry_are_ministries():
    found = _orgs("Có 5 bộ, ngành (gồm Bộ Kế hoạch và Đầu tư, Công an, Quốc phòng, Xây dựng, "
                  "Tài nguyên và Môi trường, Kiểm toán Nhà nước) đã ban hành kế hoạch.")
    assert {found.get(f) for f in ("Công an", "Quốc phòng", "Xây dựng", "Tài nguyên và Môi trường")} == {
        "Bộ Công an", "Bộ Quốc phòng", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường"}
    assert found["Bộ Kế hoạch và Đầu tư"] == "Bộ Kế hoạch và Đầu tư"


def test_fields_after_a_plural_head_are_ministries():
    for text in ("Thứ trưởng các bộ: Công an, Tài chính, Phó Trưởng ban Đối ngoại Trung ương dự họp.",
                 "Bộ trưởng các Bộ: Công an, Tài chính... cũng như vậy.",
                 "Chất vấn bộ trưởng 2 bộ Công an, Tài chính."):
        found = _orgs(text)
        assert found.get("Công an") == "Bộ Công an" and found.get("Tài chính") == "Bộ Tài chính", text


def test_a_field_that_goes_on_is_not_a_listed_ministry():
    found = _orgs("Bộ Tài chính, Công an tỉnh và Sở Y tế phối hợp.")
    assert found == {"Bộ Tài chính": "Bộ Tài chính", "Công an tỉnh": "Công an tỉnh", "Sở Y tế": "Sở Y tế"}


def test_one_field_after_a_plural_head_is_no_list():
    assert "Công an" not in _orgs("Các bộ Công an đều có mặt.")
