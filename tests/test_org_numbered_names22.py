"""A name's own number, date or round is part of the name, not where it is cut: a company named
after a date ("Dệt may 29/3"), a resolution's steering committee ("Trung ương 6-2", "Trung ương 6
(2)"), a company's number before the sentence's verb ("Licogi 16 nêu"), and "&" between two fields
of one company's name. A number before a noun stays a count. Sentences written for these tests;
the companies are made up."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_date_in_a_company_s_name():
    assert org_names("Các đơn vị gồm Cty Dệt may 26/3; Cty Xăng dầu Khu vực IV.") == {
        "Công ty Dệt may 26/3", "Công ty Xăng dầu Khu vực IV"}
    assert org_names("Ông Tâm, Giám đốc Công ty CP Xi măng 12/9, phát biểu.") == {"Công ty CP Xi măng 12/9"}


def test_a_resolution_s_number_and_round():
    assert org_names("Đảng thì có Ban Chỉ đạo Trung ương 6-2 nhưng tham nhũng vẫn còn.") >= {
        "Ban Chỉ đạo Trung ương 6-2"}
    assert org_names("Ông Tâm, Ủy viên Ban Chỉ đạo Trung ương 6 (2), phát biểu.") == {"Ban Chỉ đạo Trung ương 6 (2)"}


def test_a_company_s_number_before_a_verb():
    assert org_names("Ông Hùng, Chủ tịch HĐQT Công ty cổ phần Licomo 17 nêu vướng mắc.") == {
        "Hội đồng quản trị Công ty cổ phần Licomo 17", "Công ty cổ phần Licomo 17"}
    assert org_names("Dự án giao cho Công ty Tây Đông 68 do ông Vũ làm chủ.") == {"Công ty Tây Đông 68"}
    assert org_names("Đoàn công tác của Cục Hậu cần QK 7 đã lên đường.") >= {"Cục Hậu cần Quân khu 7"}  # (QK, orgs30)


def test_a_number_before_a_noun_is_a_count():
    assert org_names("Ủy ban Quốc phòng - An ninh 4 chức danh được bầu.") \
        == {"Ủy ban Quốc phòng và An ninh của Quốc hội"}


def test_an_ampersand_joins_two_fields_of_one_name():
    assert org_names("Ông Nam, Giám đốc Công ty TNHH Xây dựng & Thương mại Hòa Lạc, phát biểu.") == {
        "Công ty TNHH Xây dựng & Thương mại Hòa Lạc"}


def test_two_lower_case_parts_of_a_field_after_a_capital_up_to_the_bracket():
    assert org_names("Ông Vĩnh, Phó cục trưởng, Tổng cục Cảnh sát Quản lý trại giam và giáo dục cải tạo "
                  "(Bộ Công an), dự.") >= {"Tổng cục Cảnh sát Quản lý trại giam và giáo dục cải tạo"}


def test_a_field_s_second_word_that_looks_like_a_place_then_a_function_word():
    assert org_names("Tiểu ban Văn hóa xã hội do Phó Thủ tướng đứng đầu.") == {"Tiểu ban Văn hóa xã hội"}


def test_outlets_the_reports_cite_by_name():
    assert org_names("Trao đổi với Pháp Luật TP.HCM, ông Hải cho biết.") == {"Báo Pháp Luật TP.HCM"}
    assert org_names("Theo Reuters, cuộc họp kéo dài hai ngày.") == {"Reuters"}
    assert org_names("Xem trực tiếp trên Thanh Niên Online.") == {"Thanh Niên Online"}
    assert org_names("Thanh niên tình nguyện đã lên đường.") == set()


def test_a_numbered_company_before_its_legal_form():
    assert org_names("Ông Đức là Tổng giám đốc Tổng công ty Xây dựng số 7 - CTCP, phát biểu.") == {
        "Tổng công ty Xây dựng số 7 - CTCP"}
    assert org_names("Bài đăng trên Tạp chí Học tập số 11-12 năm 1959.") == {"Tạp chí Học tập"}  # an issue
