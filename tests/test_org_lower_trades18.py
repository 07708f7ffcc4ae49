"""A body that needs its place ("Thanh tra", "Công an", "Đảng bộ") written in lower case with no
place after it, after a role word too, is the work or the trade ("cán bộ thanh tra", "trưởng đoàn
thanh tra", "cán bộ công an"), no body; with its place it is that place's body. Sentences written
for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_an_inspector_s_trade_names_no_inspectorate():
    assert org_names("Người cán bộ thanh tra phải giữ đạo đức nghề nghiệp.") == set()
    assert org_names("Ông Lý Văn Bình, trưởng đoàn thanh tra, đã ký biên bản.") == set()


def test_a_police_officer_s_trade_names_no_police_force():
    assert org_names("Anh Đào Văn Khôi, cán bộ công an, đã giúp dân chống lũ.") == set()


def test_with_its_place_the_lower_case_body_is_read():
    assert org_names("Ông Mai Văn Tùng, Chánh thanh tra tỉnh Ninh Bình, cho biết.") == {"Thanh tra tỉnh Ninh Bình"}
    assert org_names("Ông Mai Văn Tùng, Giám đốc công an tỉnh Ninh Bình, cho biết.") == {"Công an tỉnh Ninh Bình"}
