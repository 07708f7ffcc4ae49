"""A verb of name_stops.tsv ("kiêm", "khoảng") after a brand's or a foreign name's capitalised word
ends the name there, as it does after any other name: it is no second syllable of that word.
Sentences written for these tests; the people and firms in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_kiêm_after_a_brand_ends_the_firm_s_name():
    assert org_names("Ông Trịnh Văn Bảo, Chủ tịch Tập đoàn SunHome kiêm Chủ tịch Quỹ Mầm Xanh, dự lễ.") \
        == {"Tập đoàn SunHome", "Quỹ Mầm Xanh"}


def test_khoảng_after_a_foreign_university_ends_its_name():
    assert org_names("Học phí liên kết với ĐH Carlton khoảng 60 triệu đồng mỗi năm.") == {"Đại học Carlton"}


def test_a_noun_holding_a_stop_word_stays_in_the_name():
    assert org_names("Cục Hậu cần cần thêm kinh phí.") == {"Cục Hậu cần"}


def test_thư_ký_is_a_noun_of_a_name_not_the_verb_ký():
    assert org_names("Ban Thư ký tổng hợp Liên hoan đã chấm xong vòng một.") == {"Ban Thư ký tổng hợp Liên hoan"}


def test_quán_triệt_is_the_verb_after_a_body_not_a_word_of_its_name():
    assert org_names("Đảng ủy và Ban Giám đốc Tổng công ty quán triệt Nghị quyết 12 của Bộ Chính trị.") \
        >= {"Bộ Chính trị"}
    assert not any("quán triệt" in name for name in org_names(
        "Đảng ủy và Ban Giám đốc Tổng công ty quán triệt Nghị quyết 12 của Bộ Chính trị."))
