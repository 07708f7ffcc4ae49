"""Titles the parser did not read in the twelfth round's corpus count: a role with its province written
alone where the title ends, a company's head with the company's brand alone, and abbreviations of
Party and Front bodies written in one word ("BCSĐ", "UBTƯ")."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_deputy_chair_with_the_province_alone_before_a_comma():
    ex = officials("Ông Trần Minh Khoa, Phó chủ tịch Điện Biên, đã bị cảnh cáo vì sai phạm trong đấu thầu.")
    assert posts_of(ex) == {("Trần Minh Khoa", "Phó chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên")}


def test_a_secretary_with_the_province_alone_at_the_sentence_end():
    ex = officials("Ông Đỗ Văn Tâm được Bộ Chính trị điều động về làm Bí thư Cao Bằng.")
    assert posts_of(ex) == {("Đỗ Văn Tâm", "Bí thư", "Tỉnh ủy Cao Bằng")}


def test_a_chair_and_secretary_of_one_province_each_head_their_own_body():
    ex = officials("Ông Hà Quang Vinh, Chủ tịch kiêm Bí thư Nghệ An, đã rút khỏi danh sách ứng cử.")
    assert posts_of(ex) == {("Hà Quang Vinh", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
                            ("Hà Quang Vinh", "Bí thư", "Tỉnh ủy Nghệ An")}


def test_a_role_and_a_place_before_a_verb_names_nobody():
    assert posts_of(officials("Bí thư Nghệ An nhấn mạnh yêu cầu này tại hội nghị.")) == set()


def test_the_president_written_with_his_name_is_no_chair_of_the_city():
    ex = officials("Đoàn đã dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh, rồi làm việc với tỉnh.")
    assert all(org != "Ủy ban nhân dân thành phố Hồ Chí Minh" for _, _, org in posts_of(ex))


def test_a_general_director_with_the_company_brand_alone():
    ex = officials("Bà Lê Thu Hà, Tổng giám đốc Vinacafe, cho biết doanh thu quý này tăng mạnh.")
    assert posts_of(ex) == {("Lê Thu Hà", "Tổng giám đốc", "Vinacafe")}


def test_a_chair_with_a_brand_in_capitals_before_a_lower_case_word():
    ex = officials("Ông Phan Đức Tài lên làm Chủ tịch PVX thay ông Hồ Văn Lâm.")
    assert ("Phan Đức Tài", "Chủ tịch", "PVX") in posts_of(ex)


def test_a_foreign_leader_s_name_is_no_brand():
    ex = officials("Chủ tịch Raul Castro đã tiếp đoàn đại biểu Việt Nam.")
    assert ("Raul Castro", "Chủ tịch", None) in posts_of(ex)


def test_a_local_body_s_initials_before_a_place_word_are_no_brand():
    ex = officials("Ông Vũ Đình Lâm, Chủ tịch HLG tỉnh Hà Nam, phát biểu tại hội nghị.")
    assert posts_of(ex) == set()


def test_the_party_civil_affairs_committee_written_bcsd():
    ex = officials("Ông Lý Văn Cường, nguyên Ủy viên BCSĐ, nguyên Thứ trưởng, bị cảnh cáo.")
    assert ("Lý Văn Cường", "Ủy viên", "BCSĐ") in posts_of(ex)


def test_the_front_central_committee_written_ubtu():
    ex = officials("Ông Trịnh Văn Đông, Chủ tịch UBTƯ MTTQ Việt Nam, dự lễ khai mạc.")
    assert posts_of(ex) == {("Trịnh Văn Đông", "Chủ tịch", "UBTƯ MTTQ Việt Nam")}


def test_a_minister_with_a_short_field_holds_the_whole_ministry():
    ex = officials("Bộ trưởng Giao thông Đinh Văn Hải đã ký quyết định thành lập đoàn kiểm tra.")
    assert posts_of(ex) == {("Đinh Văn Hải", "Bộ trưởng", "Bộ Giao thông vận tải")}


def test_a_deputy_minister_with_a_short_field_after_a_comma():
    ex = officials("Ông Trần Quốc Việt, nguyên Thứ trưởng Giáo dục, bị khiển trách.")
    assert posts_of(ex) == {("Trần Quốc Việt", "Thứ trưởng", "Bộ Giáo dục và Đào tạo")}


def test_a_short_field_followed_by_more_capitalised_words_is_left_alone():
    ex = officials("Ông Carlos Ruiz, Bộ trưởng Giáo dục Cao học Peru, đến thăm trường.")
    assert ("Carlos Ruiz", "Bộ trưởng", "Bộ Giáo dục và Đào tạo") not in posts_of(ex)


def test_a_short_field_is_only_read_after_a_minister_s_role():
    ex = officials("Ông Lý Văn Cường, Giám đốc Giao thông, phát biểu.")
    assert ("Lý Văn Cường", "Giám đốc", "Sở Giao thông vận tải") not in posts_of(ex)


def test_a_chinese_state_councillor():
    ex = officials("Ông Vương Chí Cường, Ủy viên Quốc vụ, Bộ trưởng Bộ Thương mại Trung Quốc, dự hội đàm.")
    assert ("Vương Chí Cường", "Ủy viên Quốc vụ", None) in posts_of(ex)
