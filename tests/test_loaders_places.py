"""Places: 63 provinces before 1 July 2025, 34 units after, which merged into which, found in text."""

from __future__ import annotations

import csv
from datetime import date

from kg.loaders.places import all_places, canonical_province, find_provinces, place, place_by_id, successor
from kg.loaders.publishers import province_of_publisher
from kg.textkey import key


def _found(text: str, with_text: bool = False) -> list[tuple[str, str]]:
    hits = find_provinces(key(text), text if with_text else None)
    return [(text[s.start : s.end], name) for s, name in hits]


def test_counts_63_before_34_after_and_11_unchanged():
    places = all_places()
    assert sum(p.era in ("pre2025", "both") for p in places) == 63
    assert sum(p.era in ("post2025", "both") for p in places) == 34
    assert sum(p.era == "both" for p in places) == 11
    assert len({p.id for p in places}) == len(places)


def test_every_merged_province_points_at_an_existing_post2025_unit():
    ids = {p.id: p for p in all_places()}
    for p in all_places():
        if p.era == "pre2025":
            target = ids[p.merged_into_id]
            assert target.era == "post2025" and target.name == p.merged_into
            assert p.valid_until == date(2025, 6, 30)
        if p.era == "post2025":
            assert p.valid_from == date(2025, 7, 1)


def test_ninh_thuan_stays_ninh_thuan_and_is_found_under_todays_khanh_hoa():
    nt = place("Ninh Thuận")
    assert (nt.name, nt.kind, nt.era, nt.merged_into) == ("Ninh Thuận", "tỉnh", "pre2025", "Khánh Hòa")
    assert successor("tỉnh Ninh Thuận") == "Khánh Hòa"
    # the old and the new Khánh Hòa share a name; their ids tell them apart
    old, new = place("Khánh Hòa"), place_by_id(nt.merged_into_id)
    assert (old.id, old.era, old.merged_into_id) == ("khanh-hoa", "pre2025", "khanh-hoa-2025")
    assert (new.id, new.name, new.era, new.valid_from) == ("khanh-hoa-2025", "Khánh Hòa", "post2025", date(2025, 7, 1))
    assert successor("Thanh Hoá") == "Thanh Hóa"
    assert place("TP.HCM").kind == "thành phố"


def test_canonical_province_folds_case_tone_style_prefixes_and_alternative_spellings():
    assert canonical_province("KHÁNH HOÀ") == "Khánh Hòa"
    assert canonical_province("tỉnh Thanh Hoá") == "Thanh Hóa"
    for written in ("TP.HCM", "TP HCM", "TPHCM", "TP Hồ Chí Minh", "thành phố Hồ Chí Minh"):
        assert canonical_province(written) == "Hồ Chí Minh", written
    assert canonical_province("Bà Rịa-Vũng Tàu") == canonical_province("BR-VT") == "Bà Rịa - Vũng Tàu"
    assert canonical_province("Thừa Thiên - Huế") == "Huế"
    assert canonical_province("Đăk Lăk") == "Đắk Lắk"
    assert canonical_province("Xứ Đoài") is None and canonical_province("") is None


def test_find_provinces_in_running_text():
    text = "Đoàn công tác tỉnh Ninh Thuận làm việc với Tỉnh ủy Thừa Thiên – Huế và UBND TP.HCM"
    assert _found(text) == [
        ("Ninh Thuận", "Ninh Thuận"), ("Thừa Thiên – Huế", "Huế"), ("TP.HCM", "Hồ Chí Minh")]


def test_names_that_are_also_words_or_a_persons_name_need_their_context():
    text = "Học tập tư tưởng Hồ Chí Minh vì hòa bình ở Châu Á - Thái Bình Dương"
    assert _found(text) == [] and _found(text, with_text=True) == []
    assert _found("Đoàn đến tỉnh Hòa Bình và thành phố Hồ Chí Minh") == [
        ("Hòa Bình", "Hòa Bình"), ("thành phố Hồ Chí Minh", "Hồ Chí Minh")]
    assert _found("UBND Hòa Bình họp", with_text=True) == [("Hòa Bình", "Hòa Bình")]


def test_generated_from_the_shared_reference(shared):
    with (shared / "reference" / "provinces-2025.csv").open(encoding="utf-8") as f:
        units = list(csv.DictReader(f))
    post = {p.name for p in all_places() if p.era != "pre2025"}
    assert len(units) == len(post) == 34
    assert {canonical_province(unit["new_unit"]) for unit in units} == post
    merged = {p.name for p in all_places() if p.era == "pre2025"}
    for unit in units:
        if unit["predecessors"] != "không sáp nhập":
            for pred in unit["predecessors"].replace(" và ", ",").split(","):
                assert canonical_province(pred.strip()) in merged, pred


def test_provincial_publishers():
    assert province_of_publisher("Báo Ninh Thuận") == "Ninh Thuận"
    assert province_of_publisher("Báo Đồng Khởi") == "Bến Tre"
    assert province_of_publisher("Sài Gòn Giải Phóng") == "Hồ Chí Minh"
    assert province_of_publisher(None, "https://baothuathienhue.vn/x") == "Huế"
    assert province_of_publisher("Thanh Niên") is None and province_of_publisher(None, None) is None


def test_a_publisher_or_url_that_is_no_host_names_no_province_and_raises_nothing():
    # "[" opens an IPv6 host that never closes: urlsplit raises ValueError, and the report was refused
    # ("could not be read: ValueError: Invalid IPv6 URL"); found by tests/hostile/test_properties.py
    assert province_of_publisher(".[") is None
    assert province_of_publisher(None, "http://[baothuathienhue.vn/x") is None
