"""Persons: full names, short references, pronouns, credits, and what is not a person."""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of


def test_names_by_surname_and_by_honorific():
    ex = officials("Đồng chí Nguyễn Văn Hải phát biểu. Bà H'Yim Kđoh và ông Mahn Win Khaing Than cùng dự. "
                   "Ông Y Thanh Hà Niê Kđăm cũng dự.")
    assert persons_of(ex) == ["Nguyễn Văn Hải", "H'Yim Kđoh", "Mahn Win Khaing Than", "Y Thanh Hà Niê Kđăm"]


def test_honorific_gives_gender():
    ex = officials("Bà Trương Thị Mai và ông Lưu Văn Tú dự hội nghị.")
    assert {(p.name, p.gender) for p in ex.persons} == {("Trương Thị Mai", "female"), ("Lưu Văn Tú", "male")}


def test_short_reference_goes_to_the_nearest_preceding_person_with_that_given_name():
    ex = officials("Dự có đồng chí Nguyễn Chí Dũng, Bí thư Tỉnh ủy; Nguyễn Đức Dũng, Phó Bí thư Tỉnh ủy. "
                   "Phát biểu, đồng chí Nguyễn Đức Dũng nhấn mạnh. Kết luận, đồng chí Dũng yêu cầu.")
    assert persons_of(ex) == ["Nguyễn Chí Dũng", "Nguyễn Đức Dũng"]
    duc = ex.persons[1]
    assert len(duc.spans) == 3 and len(ex.persons[0].spans) == 1


def test_short_reference_picks_the_person_whose_title_it_repeats():
    ex = officials("Ông Lê Văn Nam, Bí thư Tỉnh ủy và ông Trần Quốc Nam, Chủ tịch UBND tỉnh dự. "
                   "Ông Nam, Bí thư Tỉnh ủy, phát biểu.")
    le, tran = ex.persons
    assert (le.name, len(le.spans), tran.name, len(tran.spans)) == ("Lê Văn Nam", 2, "Trần Quốc Nam", 1)


def test_a_short_reference_never_makes_a_new_person():
    ex = officials("Ông Phan Văn Khải phát biểu. Ông Sáu cho biết thêm.")
    assert persons_of(ex) == ["Phan Văn Khải"]


def test_pronoun_sentence_gives_titles_to_the_person_last_named():
    ex = officials("Ông Trần Thanh Mẫn sinh năm 1962. Ông là Ủy viên Trung ương Đảng khóa XII.")
    assert {(p.person.name, p.role, p.org.written) for p in ex.posts} == {
        ("Trần Thanh Mẫn", "Ủy viên", "Trung ương Đảng")}


def test_photo_credits_and_byline_are_credited_persons():
    ex = officials("Hội nghị diễn ra sáng nay.\nẢnh: Thanh Long\nCác đại biểu dự. Ảnh: VGP/Quang Hiếu\n"
                   "Tỉnh sẽ triển khai kế hoạch trong năm tới. Hoàng Trọng (TTXVN)")
    assert {(p.name, p.credit) for p in ex.persons} == {("Thanh Long", True), ("Quang Hiếu", True),
                                                         ("Hoàng Trọng", True)}


def test_initials_credit():
    ex = officials("Bà Phan Thị Mỹ Thanh tiếp xúc cử tri - Ảnh: H.M.")
    assert {(p.name, p.credit) for p in ex.persons} == {("Phan Thị Mỹ Thanh", False), ("H.M.", True)}


def test_places_streets_organizations_and_campaigns_are_not_persons():
    ex = officials("Tại số 5 đường Lê Lợi, tỉnh Hà Tĩnh, Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động "
                   "cuộc vận động “Ngày vì người nghèo”. Hà Nội cũng tham gia.")
    assert persons_of(ex) == []


def test_all_caps_name_is_shown_in_title_case():
    ex = officials("Các đại biểu dự lễ. Ảnh: TỰ TRUNG")
    assert persons_of(ex) == ["Tự Trung"]


def test_lunar_years_countries_and_regions_are_not_persons():
    ex = officials("Tết Đinh Dậu, đoàn công tác đến Châu Âu và Tây Nguyên; Thủ tướng Campuchia Hun Manet "
                   "đón đoàn.")
    assert persons_of(ex) == ["Hun Manet"]


def test_a_caption_running_into_the_next_sentence():
    ex = officials("Các đại biểu dự lễ. Ảnh: Thành Cường Kỷ niệm 60 năm ngày thành lập tỉnh.")
    assert persons_of(ex) == ["Thành Cường"]


def test_a_name_right_after_a_province_name():
    ex = officials("Ông Trần Văn Chiến, Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh Nguyễn Nhân Chiến dự.")
    assert "Ninh Nguyễn Nhân Chiến" not in persons_of(ex)


def test_a_name_after_a_title_even_when_it_looks_like_a_body():
    ex = officials("Từ trái sang phải: Phó Thủ tướng Phạm Văn Đồng, Tổng Bí thư Trường Chinh, "
                   "Chủ nhiệm Tổng cục Chính trị Nguyễn Chí Thanh.")
    assert {(p.person.name, p.role) for p in ex.posts} == {
        ("Nguyễn Chí Thanh", "Chủ nhiệm"), ("Trường Chinh", "Tổng Bí thư"), ("Phạm Văn Đồng", "Phó Thủ tướng")}


def test_an_agency_abbreviation_in_a_credit_is_not_a_name():
    assert persons_of(officials("Các đại biểu dự. Ảnh: TN TP Hồ Chí Minh")) == []


def test_an_honorific_is_not_the_start_of_a_name_but_may_end_one():
    ex = officials("Đại hội thắm tình đoàn kết các dân tộc anh em. Ông Hà Sơn Nhin đọc thư. Đồng chí Phó "
                   "Chủ tịch UBND tỉnh Nguyễn Xuân Anh dự.")
    assert persons_of(ex) == ["Hà Sơn Nhin", "Nguyễn Xuân Anh"]
    assert [p.role for p in ex.posts] == ["Phó Chủ tịch"]


def test_a_family_name_before_an_abbreviation_is_not_a_name():
    assert persons_of(officials("Đoàn ĐBQH tỉnh tiếp xúc cử tri.")) == []


def test_a_name_after_a_city_body_is_a_person_everywhere_in_the_report():
    ex = officials("Chủ tịch UBND thành phố Nguyễn Thành Phong phát biểu. Ông Nguyễn Thành Phong cho biết thêm.")
    assert [(p.name, len(p.spans)) for p in ex.persons] == [("Nguyễn Thành Phong", 2)]


def test_hyphenated_foreign_names_and_a_street_named_after_a_person():
    ex = officials("Đồng chí Phết-tha-von Phi-lạ-văn, Bí thư Tỉnh ủy Bô-li-khăm-xay dự. Bảng tên đường Nguyễn "
                   "Thiện Thành được gắn. Ông Nguyễn Thiện Thành là nhà giáo.")
    assert persons_of(ex) == ["Phết-tha-von Phi-lạ-văn", "Nguyễn Thiện Thành"]
    assert [(p.person.name, p.role) for p in ex.posts] == [("Phết-tha-von Phi-lạ-văn", "Bí thư")]


def test_empty_and_odd_inputs_give_nothing_and_do_not_fail():
    for text in ["", "   ", "...", "Ông", "Ảnh:", "Bí thư", "Theo", "ông Nguyễn"]:
        ex = officials(text)
        assert (ex.persons, ex.posts) == ([], []), text


def test_a_heading_of_common_words_is_not_a_credit_and_a_spokesman_is_not_the_minister():
    ex = officials("Hội nghị bàn về nghị quyết mới.\nNghị Quyết\nCùng ngày, người phát ngôn Thủ tướng, ông Lê Văn "
                   "Quốc cho biết. Ông là Bí thư Tỉnh ủy Sơn Tây.")
    assert persons_of(ex) == ["Lê Văn Quốc"]
    # (round 28: the spokesman holds his post, with no body: the leader is a person)
    assert sorted((p.role, p.org.name if p.org else None) for p in ex.posts) == [
        ("Bí thư", "Tỉnh ủy Sơn Tây"), ("người phát ngôn", None)]


def test_a_pass_or_a_lake_before_a_name_makes_it_a_place():
    from tests.fixtures_officials import officials, persons_of
    assert persons_of(officials("Tai nạn tại đèo Lò Xo, gần hồ Hoàn Kiếm. Ông Hồ Văn Minh dự.")) == ["Hồ Văn Minh"]


def test_a_sentence_glued_to_a_name_is_not_part_of_it():
    ex = officials("Thủ tướng tiếp Chủ tịch Quốc hội Lào Kavi Sarotha Tại buổi tiếp, hai bên trao đổi. "
                   "Ảnh Lê Minh Hạnh Theo số liệu mới, sản lượng tăng.")
    assert persons_of(ex) == ["Kavi Sarotha", "Lê Minh Hạnh"]


def test_streets_hamlets_pagodas_and_headings_are_not_persons():
    ex = officials("Dự án ở khu đất số 14 Lý Thường Kiệt. Hộ dân ở xóm Cao Lộc, xã Bình An, gần chùa "
                   "Hoàng Pháp và nút giao Phạm Hùng. VƯỚNG MẮC LIÊN QUAN THÔNG TƯ 12: cần sửa ngay.")
    assert persons_of(ex) == []


def test_the_end_of_a_place_name_is_that_place():
    ex = officials("Khách đến sân bay Tân Sơn Nhất rồi làm thủ tục tại Sơn Nhất.")
    assert persons_of(ex) == []


def test_a_capitalised_place_noun_before_a_name_is_still_a_place():
    ex = officials("Ông Hồ Văn Mạnh dự lễ an táng tại Nghĩa trang Mai Dịch và Đường Lê Lợi.")
    assert persons_of(ex) == ["Hồ Văn Mạnh"]


def test_a_byline_after_the_closing_mark_and_its_agency():
    ex = officials("Hai bên khẳng định quan hệ hữu nghị Việt Nam - Lào./. Thu Hằng/VOV")
    assert persons_of(ex) == ["Thu Hằng"]
    assert [o.written for o in ex.organizations] == ["VOV"]


def test_a_given_name_that_is_also_a_role_word_does_not_open_a_title():
    from tests.fixtures_officials import officials, posts_of

    assert posts_of(officials("Ông Lê Văn Chánh, Giám đốc Sở Y tế, phát biểu.")) == {
        ("Lê Văn Chánh", "Giám đốc", "Sở Y tế"),
    }
    assert posts_of(officials("Chánh Văn phòng Tỉnh ủy Lê Văn An phát biểu.")) == {
        ("Lê Văn An", "Chánh", "Văn phòng Tỉnh ủy"),
    }
