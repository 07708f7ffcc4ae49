"""Persons from credits and bylines, and a name right after a title that is also a place's name
(issue 15). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of


def test_initials_in_a_photo_credit_are_the_photographer():
    assert persons_of(officials("Ông Lê Văn Tám phát biểu tại kỳ họp (Ảnh: Q.H) Căn cứ quy định.")) == [
        "Lê Văn Tám", "Q.H"]
    assert persons_of(officials("Ông Lê Văn Tám phát biểu khai mạc (Ảnh: M.Quân).")) == ["Lê Văn Tám", "M.Quân"]


def test_initials_and_a_name_on_the_last_line_are_both_writers():
    ex = officials("Bà Hà Thị Lan khẳng định quyết định là đúng quy trình.\nL.N - Trần Đông")
    assert persons_of(ex) == ["Hà Thị Lan", "L.N", "Trần Đông"]


def test_an_abbreviation_glued_to_more_letters_is_no_signature():
    assert persons_of(officials("Đại diện Ban Đối ngoại T.Ư dự (Ảnh: T.Ưng).")) == ["T.Ưng"]
    assert persons_of(officials("Các đại biểu dự hội nghị (Ảnh: TTXVN).")) == []


def test_other_credit_labels_and_a_byline_that_says_what_the_writer_did():
    ex = officials("Ông Lê Văn Tám dự họp. Video: Ngân Phan. Video: Kết quả bầu cử.\n"
                   "Đồ hoạ: Tiến Thành - Võ Văn Hòa.\nViệt Anh thực hiện")
    assert persons_of(ex) == ["Lê Văn Tám", "Ngân Phan", "Tiến Thành", "Võ Văn Hòa", "Việt Anh"]


def test_a_long_place_name_shaped_like_a_name_right_after_a_title_is_the_person():
    ex = officials("Năm 1959, Chủ tịch Hồ Chí Minh phát động Tết trồng cây. Ông Lê Văn An, Bí thư Thành ủy "
                   "Hồ Chí Minh, dự lễ tại Lăng Chủ tịch Hồ Chí Minh.")
    assert persons_of(ex) == ["Hồ Chí Minh", "Lê Văn An"]
    assert {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts} == {
        ("Hồ Chí Minh", "Chủ tịch", None), ("Lê Văn An", "Bí thư", "Thành ủy Hồ Chí Minh")}


def test_a_two_syllable_province_after_a_bare_title_stays_a_place():
    assert persons_of(officials("Ông Lê Văn An, nguyên Bí thư Hà Tĩnh, dự lễ.")) == ["Lê Văn An"]


def test_a_byline_that_begins_with_initials_after_the_last_sentence():
    ex = officials("Bà Hà Thị Lan khẳng định quyết định là đúng quy trình. L.N - Trần Đông")
    assert persons_of(ex) == ["Hà Thị Lan", "L.N", "Trần Đông"]
    assert persons_of(officials("Ông Lê Văn Tám dự lễ kỷ niệm. B.T.Ngọc")) == ["Lê Văn Tám", "B.T.Ngọc"]


def test_initials_with_a_space_after_the_dot_in_a_photo_credit():
    ex = officials("Ông Lê Văn Tám dự lễ. Ảnh: B. Trung Phát triển các loại hình văn hóa là nhiệm vụ chung.")
    assert persons_of(ex) == ["Lê Văn Tám", "B. Trung"]
    assert persons_of(officials("Ông Lê Văn Tám dự lễ (Ảnh: Q. H).")) == ["Lê Văn Tám", "Q. H"]


def test_a_delegation_of_a_country_is_no_person_but_a_family_name_doan_is():
    assert persons_of(officials("Đoàn Việt Nam do Chủ tịch nước Lê Văn Tám dẫn đầu.")) == ["Lê Văn Tám"]
    assert persons_of(officials("Đoàn Trung Quốc do ông Lê Văn Tám dẫn đầu.")) == ["Lê Văn Tám"]
    assert persons_of(officials("Tại cuộc tiếp Đoàn Nghị sĩ Pháp, ông Lê Văn Tám nói.")) == ["Lê Văn Tám"]
    assert persons_of(officials("Ông Đoàn Đức Anh và bà Đoàn Thị Nga dự họp.")) == ["Đoàn Đức Anh", "Đoàn Thị Nga"]


def test_a_city_named_after_a_person_written_after_his_style_or_example_is_the_person():
    # (since the twenty-sixth round the campaign's words alone name no one, as the read sets' gold
    # reads them since conv25: the man is a person when the report tells of him elsewhere)
    ex = officials("Đảng bộ đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Bác Hồ dặn thế.")
    assert persons_of(ex) == ["Hồ Chí Minh"]
    assert persons_of(officials("Cán bộ sống theo tấm gương đạo đức Hồ Chí Minh.")) == ["Hồ Chí Minh"]
    # the city, a campaign, and the doctrine's name beside "chủ nghĩa Mác - Lênin" stay no person
    assert persons_of(officials("Ông Lê Văn Tám về Thành phố Hồ Chí Minh theo chiến dịch Hồ Chí Minh.")) == [
        "Lê Văn Tám"]
    assert persons_of(officials("Kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.")) == []


def test_spaced_initials_take_one_letter_then_a_space_never_the_next_sentence():
    assert persons_of(officials("Ông Lê Văn Tám dự lễ. Ảnh: X.H. Dân hoan nghênh việc này.")) == [
        "Lê Văn Tám", "X.H."]


def test_a_writer_whose_name_begins_like_an_honorific_in_a_byline():
    assert persons_of(officials("Ông Lê Văn Tám dự họp.\nVõ Hải - Anh Minh")) == ["Lê Văn Tám", "Võ Hải", "Anh Minh"]
    assert persons_of(officials("Ông Lê Văn Tám dự họp.\nVõ Hải - Ông")) == ["Lê Văn Tám", "Võ Hải"]


def test_a_name_after_a_house_number_in_an_alley_is_a_street():
    assert persons_of(officials("Phố Trần Văn Hậu: từ số nhà 55 Nguyễn Lương Bằng đến phố Lý Văn Di.")) == []
    assert persons_of(officials("Anh Tư, công nhân, 300/34 Đoàn Văn Bơ, phường 9, nói.")) == []
    assert persons_of(officials("Ngày 12/5 Lê Văn Tám dự họp.")) == ["Lê Văn Tám"]  # a date, not a house


def test_a_leader_named_with_reverence_bac_and_one_name_is_a_person_unless_a_fuller_name_is_written():
    assert persons_of(officials("Cả nước làm theo lời dạy của Bác Hồ về đoàn kết.")) == ["Bác Hồ"]
    assert persons_of(officials("Bác Hồ đã từng nói vậy.")) == ["Bác Hồ"]
    assert persons_of(officials("Năm 1959, Chủ tịch Hồ Chí Minh về thăm. Nhân dân nhớ ơn Bác Hồ.")) == ["Hồ Chí Minh"]
    # a thing named after him, a children's title, a place, and a folksy "Bác" + given name
    # (with a word of reverence after it, "mang tên Bác Hồ kính yêu", the man: tests/test_persons42.py)
    assert persons_of(officials("Xứng đáng với thành phố mang tên Bác Hồ.")) == []
    assert persons_of(officials("Các em là cháu ngoan Bác Hồ.")) == []
    assert persons_of(officials("Ông Lê Văn Tám là Phó ban, Ty Lâm nghiệp tỉnh Bác Thái.")) == ["Lê Văn Tám"]
    assert persons_of(officials("Bác Tám kể lại chuyện cũ.")) == []


def test_a_foreign_name_of_six_vietnamese_syllables_after_an_honorific_is_read_whole():
    ex = officials("Ông Phết Xa Von Phi La Văn, Bí thư Tỉnh ủy, phát biểu. Ông Phết Xa Von Phi La Văn nói thêm.")
    assert persons_of(ex) == ["Phết Xa Von Phi La Văn"]


def test_a_park_a_statue_or_a_school_named_after_someone_is_no_person():
    assert persons_of(officials("Lễ hội mở tại công viên Lưu Văn Phước, TP Cần Thơ.")) == []
    assert persons_of(officials("Tại Công viên Văn hóa Lê Thị Riêng, lễ diễn ra.")) == []
    assert persons_of(officials("Các em học sinh Trường Nguyễn Văn Du (quận 5) dự lễ.")) == []
    assert persons_of(officials("Lãnh đạo dâng hương tại Tượng đài Lý Thái Tổ Ảnh: H.L.A (NLĐ).")) == ["H.L.A"]
    # a minister whose ministry ends in "Môi trường" keeps his name
    assert persons_of(officials("Bộ trưởng Tài nguyên và Môi trường Trần Văn Hà cho biết.")) == ["Trần Văn Hà"]


def test_a_person_named_only_by_initials_after_an_honorific():
    ex = officials("Trường tạm đình chỉ giảng dạy đối với cô T.T.K.N., giáo viên tiếng Anh. Cô N. đã xin lỗi.")
    assert persons_of(ex) == ["T.T.K.N."]
    assert persons_of(officials("Theo anh B.T.H, việc này đúng.")) == ["B.T.H"]
    assert persons_of(officials("Nhà đứng tên ông A, ông B, ông C. Lẽ ra phải kê khai.")) == []


def test_the_legendary_ancestry_is_no_person():
    assert persons_of(officials("Trăm con một bọc, con cháu Lạc Hồng nguyện đoàn kết.")) == []


def test_a_byline_with_the_source_website_after_the_last_sentence():
    # The dot inside "Chinhphu.vn" ends no sentence: the byline before it is read.
    ex = officials("Bộ Nội vụ báo cáo Thủ tướng định kỳ hằng năm. Theo Thanh Quang/Chinhphu.vn")
    assert persons_of(ex) == ["Thanh Quang"]
    assert persons_of(officials("Bộ Nội vụ báo cáo Thủ tướng định kỳ hằng năm. Theo Chinhphu.vn")) == []


def test_a_byline_followed_by_the_photographers_credit():
    ex = officials("Kế hoạch đã được điều chỉnh cho phù hợp./. Song Đào, ảnh: Nam Nguyễn")
    assert persons_of(ex) == ["Song Đào", "Nam Nguyễn"]


def test_an_apartment_block_or_an_underpass_named_after_someone_is_no_person():
    assert persons_of(officials("Hơn 140 hộ dân ở chung cư Nguyễn Kim, quận 10 phải chuyển đi.")) == []
    ex = officials("Ông Lê Văn An kiểm tra hầm chui Điện Biên Phủ - Nguyễn Tri Phương hôm qua.")
    assert persons_of(ex) == ["Lê Văn An"]
    assert persons_of(officials("Dân ở ngã tư Trần Phú - Điện Biên bị ảnh hưởng.")) == []


def test_the_reporters_initials_sign_for_no_person():
    ex = officials("Công ty đang được thanh tra để có kết luận cuối cùng. Theo P.V (VNE)")
    assert persons_of(ex) == []
    assert persons_of(officials("Ông Lê Văn Tám dự lễ kỷ niệm. B.T.Ngọc")) == ["Lê Văn Tám", "B.T.Ngọc"]
