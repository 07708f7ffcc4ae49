"""Officials, forty-first round: a place named right after its kind of place is no person.

"Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" names a border gate after "cửa khẩu"
(place_kind_words.tsv), though "Đồng" is a family name; it is no person who takes the title before it. (A province
the places table lacked, "tỉnh Nam Hà" of 1976-1996, was first read by the level word before it; that
guessed at every capitalised run after "tỉnh", "huyện" or "xã" and was taken back for a table of former
provinces.) The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of


def test_a_border_gate_after_cua_khau_is_no_person_the_title_stays_with_the_speaker():
    ex = officials("Ông Hoàng Văn Bình, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn phát biểu.")
    assert persons_of(ex) == ["Hoàng Văn Bình"]
    assert {(p.person.name, p.role) for p in ex.posts} == {("Hoàng Văn Bình", "Trưởng")}


def test_a_title_after_a_ministry_ending_in_a_village_word_or_a_country_still_names_its_holder():
    # a minister named after a ministry ending in "nông thôn" ("thôn" is a village's word) is read
    ex = officials("Dự lễ có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường.")
    assert persons_of(ex) == ["Nguyễn Xuân Cường"]
    # a foreigner named right after a title and a country is read
    ex = officials("Tiếp đoàn có Thủ tướng Campuchia Hun Manet và ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Tây Ninh.")
    assert persons_of(ex) == ["Hun Manet", "Lê Văn Tâm"]
