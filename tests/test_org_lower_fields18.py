"""A department's field written in lower case after its capitalised head ("Sở xây dựng", "Chi cục
thuế", "Tổng cục du lịch") is its field, where the name ends after it: at punctuation, a place, a
capitalised word, "và" or the verb; two fields joined by a dash are one department's. A field word
that goes on in lower case ("Vụ xây dựng nhà trái phép") is no field. Sentences written for these
tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import officials, org_names


def test_a_lower_case_field_before_the_province_names_the_department():
    assert org_names("Ông Lê Văn An là Giám đốc Sở xây dựng Thừa Thiên - Huế.") == {"Sở Xây dựng tỉnh Thừa Thiên Huế"}


def test_a_lower_case_field_before_a_comma_or_the_verb():
    assert "Sở Giao thông vận tải" in org_names(
        "Ông Lê Văn Bình từng là Giám đốc Sở giao thông Vận tải, Bí thư Huyện ủy.")
    assert org_names("Phòng nội vụ sẽ trả lời cử tri.") == {"Phòng Nội vụ"}
    assert org_names("Cuộc làm việc giữa Tổng cục du lịch và Hiệp hội Du lịch Hội An.") >= {"Tổng cục Du lịch"}


def test_a_lower_case_field_before_the_place_word():
    assert org_names("Chi cục thuế TP Đà Nẵng đã thu 100 tỷ đồng.") == {"Chi cục Thuế thành phố Đà Nẵng"}


def test_two_lower_case_fields_joined_by_a_dash_are_one_department():
    names = org_names("Ông Trần Văn Giỏi là cán bộ Phòng văn hoá thông tin - thể dục thể thao huyện Tân Hòa.")
    assert names == {"Phòng Văn hóa, Thông tin - Thể dục Thể thao huyện Tân Hòa"}


def test_a_field_word_that_goes_on_in_lower_case_is_no_field():
    assert org_names("Vụ xây dựng nhà trái phép đã được xử lý.") == set()


def test_trường_đh_is_the_university_written_with_its_school_word():
    """"Trường ĐH X" and "ĐH X" in one report are one university, as "Trường Đại học X" is."""
    ex = officials("Học phí của Trường ĐH Andrews cao hơn ĐH Andrews ở Mỹ.")
    assert {o.name for o in ex.organizations} == {"Đại học Andrews"}
