"""Officials, forty-first round: a place named right after its kind of place is no person.

"Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" names a border gate after "cửa khẩu"
(place_kind_words.tsv), though "Đồng" is a family name; "Phó Chủ tịch UBND tỉnh Nam Hà" names a province
the places table lacks (one of 1976-1996) after the level word "tỉnh". Neither is a person who takes the
title before it. The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of


def test_a_border_gate_after_cua_khau_is_no_person_the_title_stays_with_the_speaker():
    ex = officials("Ông Hoàng Văn Bình, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn phát biểu.")
    assert persons_of(ex) == ["Hoàng Văn Bình"]
    assert {(p.person.name, p.role) for p in ex.posts} == {("Hoàng Văn Bình", "Trưởng")}


def test_an_old_province_after_tinh_is_no_foreigner_named_after_a_title():
    ex = officials("Từ tháng 1/1992 đến tháng 12/1996: Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nam Hà.")
    assert persons_of(ex) == []
    assert ex.posts == []
    # a minister named after a ministry ending in "nông thôn" ("thôn" is a village's word) is still read
    ex = officials("Dự lễ có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường.")
    assert persons_of(ex) == ["Nguyễn Xuân Cường"]
    # a foreigner named right after a title and a country is still read
    ex = officials("Tiếp đoàn có Thủ tướng Campuchia Hun Manet và ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Tây Ninh.")
    assert persons_of(ex) == ["Hun Manet", "Lê Văn Tâm"]
