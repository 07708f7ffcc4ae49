"""Bodies read whole: an international body known by its acronym ("JETRO", "OECD", "WB"), a
ministry's hyphenated abbreviation ("Bộ VH-TT-DL"), a field's word whose second syllable is also a
function word ("Chứng nhận"), and a central steering committee written in lower case with the
number of the resolution it carries out ("Ban Chỉ đạo trung ương 6 (2)"). Sentences written for
these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_international_bodies_by_their_acronyms():
    assert org_names("Theo JETRO, nhiều doanh nghiệp có lãi; WB và OECD đều đánh giá cao.") == {
        "Tổ chức Xúc tiến Thương mại Nhật Bản", "Ngân hàng Thế giới", "Tổ chức Hợp tác và Phát triển Kinh tế"}


def test_a_ministry_s_hyphenated_abbreviation_of_three_fields():
    assert org_names("Đại diện Văn phòng Bộ VH-TT-DL dự họp.") == {
        "Văn phòng Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"}


def test_a_word_whose_second_syllable_is_a_function_word_stays_in_the_name():
    assert org_names("Ông Lê Văn Tư là Giám đốc Trung tâm Kiểm định và Chứng nhận Thiết bị Quốc gia.") == {
        "Trung tâm Kiểm định và Chứng nhận Thiết bị Quốc gia"}


def test_a_lower_case_central_committee_keeps_its_resolution_s_number():
    assert org_names("Ông Lê Văn Tư, Ủy viên Ban chỉ đạo trung ương 6 (2), phát biểu.") == {
        "Ban Chỉ đạo Trung ương 6 (2)"}
    assert org_names("Ban chỉ đạo trung ương 6-2 đã họp.") == {"Ban Chỉ đạo Trung ương 6-2"}


def test_a_count_after_the_level_is_no_number_of_the_name():
    assert org_names("Ban chỉ đạo trung ương 3 năm qua đã làm tốt.") == {"Ban Chỉ đạo Trung ương"}


def test_a_capital_s_second_syllable_before_và_and_a_lower_case_phrase():
    assert org_names("Các bên gồm Học viện Kỹ thuật Quân sự và cộng đồng doanh nghiệp.") == {
        "Học viện Kỹ thuật Quân sự"}


def test_a_heading_glued_to_the_next_sentence_gives_its_opener_to_no_name():
    assert org_names("III. Quan hệ giữa xã viên với HTX Trong các HTX kiểu mới, quan hệ là bình đẳng.") == set()
    assert org_names("Ông Tư là Giám đốc Công ty Sông Đà Theo đó công ty đã lãi.") == {"Công ty Sông Đà"}
