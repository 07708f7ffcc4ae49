"""Governments of the past (orgs40): a minister's field written with a government that no longer exists
("Bộ trưởng Y tế Chính phủ Cách mạng Lâm thời Cộng hòa miền Nam Việt Nam") names that government's ministry,
not today's Bộ of the field, and a post in it is former (organizations.tsv flag ``old``); the North's
government of 1945-1976 ("Chính phủ nước Việt Nam Dân chủ Cộng hòa") is a body of its own, its whole name
kept, after a role that implies today's Chính phủ ("Phó Thủ tướng") and after "của" alike.

The sentences are our own, written in the shape of corpus reports; the people are fictional.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, org_names, post_dates

PRG = "Chính phủ Cách mạng Lâm thời Cộng hòa miền Nam Việt Nam"
DRV = "Chính phủ Việt Nam Dân chủ Cộng hòa"


def test_a_ministers_field_before_the_provisional_government_is_its_ministry_and_the_post_is_former():
    text = f"Năm 1972, bà Lê Thị Hoa giữ chức Bộ trưởng Y tế {PRG}."
    assert facts(text) == {("Lê Thị Hoa", "Bộ trưởng", f"Y tế {PRG}", "holds")}  # (past_steps reads it below)
    assert org_names(text) == {f"Bộ Y tế {PRG}", PRG}
    assert post_dates(text) == {f"Lê Thị Hoa: Bộ trưởng Bộ Y tế {PRG}": ("1972", None, "former")}


def test_a_ministers_field_before_the_norths_government_is_its_ministry_today_s_ministry_stays():
    text = ("Ông Trần Văn Bốn, Bộ trưởng Tài chính Chính phủ nước Việt Nam Dân chủ Cộng hòa, đã ký văn bản. "
            "Bà Lê Thị Hoa là Bộ trưởng Tài chính.")
    assert post_dates(text) == {f"Trần Văn Bốn: Bộ trưởng Bộ Tài chính {DRV}": (None, None, "former"),
                                "Lê Thị Hoa: Bộ trưởng Bộ Tài chính": (None, None, "holds")}


def test_a_deputy_prime_minister_of_the_norths_government_keeps_its_whole_name():
    text = "Ông Trần Văn Bốn là Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa."
    assert facts(text) == {("Trần Văn Bốn", "Phó Thủ tướng", "Chính phủ nước Việt Nam Dân chủ Cộng hòa", "holds")}
    assert org_names(text) == {DRV}
    assert post_dates(text) == {f"Trần Văn Bốn: Phó Thủ tướng {DRV}": (None, None, "former")}


def test_a_prime_minister_of_the_provisional_government_keeps_it_today_s_government_and_a_ministry_do_not_change():
    assert facts(f"Ông Trần Văn Bốn là Thủ tướng {PRG}.") == {("Trần Văn Bốn", "Thủ tướng", PRG, "holds")}
    assert facts("Ông Trần Văn Bốn là Phó Thủ tướng Chính phủ.") == \
        {("Trần Văn Bốn", "Phó Thủ tướng", "Chính phủ", "holds")}


def test_the_norths_government_after_de_is_not_cut_to_today_s_chinh_phu():
    text = "Ông Trần Văn Bốn, trưởng đoàn đàm phán của chính phủ Việt Nam Dân chủ Cộng hòa, đã phát biểu."
    assert org_names(text) == {DRV, f"Đoàn đàm phán của {DRV}"}
    assert facts(text) == {("Trần Văn Bốn", "trưởng", "đoàn đàm phán của chính phủ Việt Nam Dân chủ Cộng hòa",
                            "holds")}



def test_a_ministry_written_with_bo_before_an_old_government_stays_the_ministry_beside_it():
    # the read set mid26 (vntc-0038) annotates "Bộ trưởng Bộ Ngoại giao Chính phủ VN Dân chủ Cộng hòa" so
    text = "Ông Trần Văn Bốn, Bộ trưởng Bộ Y tế Chính phủ nước Việt Nam Dân chủ Cộng hòa, đã ký văn bản."
    assert org_names(text) == {"Bộ Y tế", DRV}
