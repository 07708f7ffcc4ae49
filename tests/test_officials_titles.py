"""Posts: the title grammar "[Phó] ROLE [qualifier] ORG", before and after names, and its traps."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, posts_of


def test_attendee_list_after_names_separated_by_semicolons():
    ex = officials("Dự hội nghị có các đồng chí: Trần Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
                   "Lê Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Minh Quân, Chủ tịch UBND tỉnh.")
    assert posts_of(ex) == {
        ("Trần Văn Bình", "Ủy viên", "Trung ương Đảng"),
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy"),
        ("Lê Thị Hoa", "Phó Bí thư Thường trực", "Tỉnh ủy"),
        ("Đỗ Minh Quân", "Chủ tịch", "UBND tỉnh"),
    }
    hoa = next(p for p in ex.posts if p.person.name == "Lê Thị Hoa")
    assert hoa.deputy and hoa.qualifier == "Thường trực" and hoa.role_en == "Standing Deputy Secretary"


def test_title_before_the_name():
    ex = officials("Sáng 5-3, Bí thư Tỉnh ủy Phạm Minh Tuấn đã làm việc với Chủ tịch UBND tỉnh Quảng Nam "
                   "Võ Thanh Sơn.")
    assert posts_of(ex) == {("Phạm Minh Tuấn", "Bí thư", "Tỉnh ủy"),
                            ("Võ Thanh Sơn", "Chủ tịch", "UBND tỉnh Quảng Nam")}


def test_a_title_between_two_names_belongs_to_the_second():
    ex = officials("Tham dự có ông Lý Văn Hải, Chủ tịch HĐND tỉnh, Thủ tướng Lã Văn Ân và nhiều đại biểu.")
    assert ("Lã Văn Ân", "Thủ tướng", None) in posts_of(ex)
    assert ("Lý Văn Hải", "Thủ tướng", None) not in posts_of(ex)


def test_shared_head_noun_ban_and_van_phong():
    ex = officials("Ông Hoàng Văn Nam, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và bà Mai Thu Trang, "
                   "Chánh Văn phòng Tỉnh ủy cùng dự.")
    assert posts_of(ex) == {("Hoàng Văn Nam", "Trưởng", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
                            ("Mai Thu Trang", "Chánh", "Văn phòng Tỉnh ủy")}


def test_qualifier_between_role_and_repeated_head_noun():
    ex = officials("Bà Ngô Thị Lan, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh uỷ phát biểu.")
    (post,) = ex.posts
    assert (post.role, post.qualifier, post.org.written) == ("Phó Trưởng ban Thường trực", "Thường trực",
                                                             "Ban Dân vận Tỉnh uỷ")
    assert post.org.name == "Ban Dân vận Tỉnh ủy" and post.org.parent.name == "Tỉnh ủy"


def test_lower_case_head_noun_is_split_the_same_way():
    ex = officials("Ông Đặng Văn Vinh (nguyên Trưởng ban tuyên giáo tỉnh uỷ Hà Tĩnh) được bầu.")
    (post,) = ex.posts
    assert (post.role, post.org.name, post.status) == ("Trưởng", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "former")


def test_trap_secretary_of_the_central_committee_is_a_secretary_of_the_central_committee_not_of_a_body():
    ex = officials("Đồng chí Võ Văn Thành, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, phát biểu.")
    got = {(p.role, p.org.name, p.role_en) for p in ex.posts}
    assert got == {("Ủy viên", "Bộ Chính trị", "Member"),
                   ("Bí thư", "Ban Chấp hành Trung ương Đảng",
                    "Secretary of the Party Central Committee (member of the Secretariat)")}


def test_trap_member_of_the_central_committee():
    ex = officials("Ông Lã Quang Hựu, Ủy viên Trung ương Đảng, phát biểu.")
    (post,) = ex.posts
    assert (post.role, post.org.written, post.org.name) == ("Ủy viên", "Trung ương Đảng",
                                                            "Ban Chấp hành Trung ương Đảng")


def test_roles_that_need_no_body():
    ex = officials("Tổng Bí thư Nguyễn Văn Lâm, Chủ tịch nước Trần Quang Vinh và Thủ tướng Phạm Văn Hòa "
                   "dự lễ.")
    assert posts_of(ex) == {("Nguyễn Văn Lâm", "Tổng Bí thư", None),
                            ("Trần Quang Vinh", "Chủ tịch nước", None),
                            ("Phạm Văn Hòa", "Thủ tướng", None)}


def test_a_role_without_a_body_is_not_a_new_post():
    ex = officials("Ông Hồ Văn Tâm, Bí thư Huyện ủy Tuy Phước, cho biết. Bí thư Tâm nói thêm.")
    assert posts_of(ex) == {("Hồ Văn Tâm", "Bí thư", "Huyện ủy Tuy Phước")}


def test_a_dash_shares_the_body_between_two_roles():
    ex = officials("Ông Trần Văn Mẫn (Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam) dự.")
    assert {(p.role, p.org.name) for p in ex.posts} == {
        ("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Tổng Thư ký", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}


def test_minister_named_by_field_only():
    ex = officials("Bộ trưởng Giao thông Vận tải Lã Đình Thọ kiểm tra dự án của Chính phủ.")
    (post,) = ex.posts
    assert (post.role, post.org.name, post.org.parent.name) == ("Bộ trưởng", "Bộ Giao thông vận tải",
                                                                "Chính phủ")


def test_both_tone_styles_give_one_body():
    a = officials("Ông Lê Văn An, Bí thư Tỉnh ủy Bình Định.").posts[0].org
    b = officials("Ông Lê Văn An, Bí thư TỈNH UỶ BÌNH ĐỊNH.").posts[0].org
    assert a.name == b.name == "Tỉnh ủy Bình Định"


# ---------------------------------------------------------------------------------------------
# Status


def _status(ex) -> set[tuple[str, str, str]]:
    return {(p.person.name, p.role, p.status) for p in ex.posts}


def test_status_appointed_by_election():
    ex = officials("Sáng 21-4, HĐND tỉnh đã bầu ông Cao Văn Khánh giữ chức Chủ tịch UBND tỉnh.")
    assert _status(ex) == {("Cao Văn Khánh", "Chủ tịch", "appointed")}


def test_status_former_and_holds_in_one_list():
    ex = officials("Ông Đào Duy Báu, nguyên Bí thư Tỉnh ủy, hiện là cán bộ hưu trí; ông Vũ Minh Đức, "
                   "Giám đốc Sở Tài chính.")
    assert _status(ex) == {("Đào Duy Báu", "Bí thư", "former"), ("Vũ Minh Đức", "Giám đốc", "holds")}


def test_status_left_when_relieved_of_the_post():
    ex = officials("Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với ông Hà Văn Lộc.")
    assert _status(ex) == {("Hà Văn Lộc", "Bộ trưởng", "left")}


def test_status_nominated():
    ex = officials("Hội nghị giới thiệu ông Tạ Quang Phúc ứng cử đại biểu Quốc hội khóa XVI.")
    assert _status(ex) == {("Tạ Quang Phúc", "đại biểu", "nominated")}


def test_coordinated_names_share_the_post_after_them():
    ex = officials("HĐND tỉnh bầu các ông Lê Văn Sơn (nguyên Giám đốc Sở Xây dựng), ông Trần Văn Thắng "
                   "(nguyên Chánh Văn phòng UBND tỉnh) cùng giữ chức Phó Chủ tịch UBND tỉnh.")
    got = _status(ex)
    assert ("Lê Văn Sơn", "Phó Chủ tịch", "appointed") in got
    assert ("Trần Văn Thắng", "Phó Chủ tịch", "appointed") in got
    assert ("Lê Văn Sơn", "Giám đốc", "former") in got


def test_the_object_of_another_verb_is_not_the_subjects_post():
    ex = officials("Chủ tịch Quốc hội Nguyễn Thị Ngân bỏ phiếu bầu Chủ tịch nước.")
    assert _status(ex) == {("Nguyễn Thị Ngân", "Chủ tịch", "holds")}


def test_a_title_that_is_the_object_of_cua_is_not_the_next_persons():
    ex = officials("Thừa ủy quyền của Chủ tịch nước, đồng chí Đặng Văn Phúc, Bí thư Tỉnh ủy, trao Huân chương.")
    assert posts_of(ex) == {("Đặng Văn Phúc", "Bí thư", "Tỉnh ủy")}


def test_the_person_replaced_leaves_the_post():
    ex = officials("Ngày 12/10/2015, ông Đoàn Minh Tâm được bầu giữ chức vụ Bí thư Tỉnh uỷ Sóc Trăng nhiệm kỳ "
                   "2015-2020 thay cho ông Lâm Quốc Việt.")
    assert _status(ex) == {("Đoàn Minh Tâm", "Bí thư", "appointed"), ("Lâm Quốc Việt", "Bí thư", "left")}


def test_a_role_that_needs_no_body_keeps_the_party_body_the_text_writes_and_its_own_body():
    ex = officials("Ông Lương Khả Tín được bầu làm Tổng Bí thư Ban Chấp hành Trung ương khóa VIII. "
                   "Ông Vũ Văn Kiên, Thủ tướng Chính phủ, dự. Tổng Bí thư Đỗ Văn Hùng gửi thư.")
    assert posts_of(ex) == {("Lương Khả Tín", "Tổng Bí thư", "Ban Chấp hành Trung ương"),
                            ("Vũ Văn Kiên", "Thủ tướng", "Chính phủ"), ("Đỗ Văn Hùng", "Tổng Bí thư", None)}


def test_a_term_names_the_assembly_for_its_deputies_only():
    ex = officials("Ông Đỗ Văn An, đại biểu Quốc hội khóa XIII, và ông Hà Văn Bình, Chủ tịch Quốc hội khóa XI.")
    got = {(p.person.name, p.org.name) for p in ex.posts}
    assert got == {("Đỗ Văn An", "Quốc hội khóa XIII"), ("Hà Văn Bình", "Quốc hội")}


def test_names_listed_after_a_shared_title():
    ex = officials("Hai ứng viên được giới thiệu ứng cử đại biểu Quốc hội khóa XVI là, ông Lê Văn Ngọc, Bí thư "
                   "Thành ủy và ông Ngô Văn Tú, Tổng Kiểm toán Nhà nước.")
    got = _status(ex)
    assert ("Lê Văn Ngọc", "đại biểu", "nominated") in got and ("Ngô Văn Tú", "đại biểu", "nominated") in got


def test_a_verb_right_before_the_titles_gives_their_status():
    ex = officials("Cách chức Bí thư Thành uỷ Đà Nẵng Nguyễn Văn Ánh.")
    assert _status(ex) == {("Nguyễn Văn Ánh", "Bí thư", "left")}


def test_after_cua_only_the_title_next_to_the_name_is_the_persons():
    ex = officials("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Yên Bái Đặng Văn Phúc trao Huân chương.")
    assert posts_of(ex) == {("Đặng Văn Phúc", "Bí thư", "Tỉnh ủy Yên Bái")}


def test_biography_periods_give_former_unless_until_now():
    ex = officials("Từ năm 2010-2011, bà Nguyễn Thị Thu là Phó Bí thư Huyện uỷ Nhà Bè. Từ tháng 11/2013 "
                   "đến nay, bà là Chủ tịch Liên đoàn Lao động TP. HCM.")
    assert _status(ex) == {("Nguyễn Thị Thu", "Phó Bí thư", "former"), ("Nguyễn Thị Thu", "Chủ tịch", "holds")}


def test_a_cue_after_the_title_and_a_body_known_by_its_acronym():
    ex = officials("Ông Nguyễn Văn Ký thay cho đồng chí Nguyễn Văn Đọc, Bí thư Tỉnh uỷ nghỉ hưu. Ông Đinh Văn "
                   "Thắm, Chủ tịch Hội đồng quản trị PVN, dự.")
    assert ("Nguyễn Văn Đọc", "Bí thư", "left") in _status(ex)
    assert ("Đinh Văn Thắm", "Chủ tịch", "Hội đồng quản trị PVN") in posts_of(ex)


def test_a_term_of_office_that_has_ended_is_a_former_post():
    ex = officials("Năm 2017, ông Phạm Văn Vọng - Bí thư Tỉnh uỷ nhiệm kỳ 2010-2015 bị kỷ luật; ông Lê Văn Hùng "
                   "- Bí thư Tỉnh uỷ nhiệm kỳ 2015-2020 dự họp.")
    assert _status(ex) == {("Phạm Văn Vọng", "Bí thư", "former"), ("Lê Văn Hùng", "Bí thư", "holds")}


def test_a_comma_title_before_a_name_needs_an_honorific():
    ex = officials("Ứng cử có các ông/bà: Đỗ Quang Huy - Giám đốc Công an Hà Nội, Lưu Thị Hạnh - Phó Chủ "
                   "tịch Hội Luật gia.")
    assert {(p.person.name, p.role) for p in ex.posts} == {("Đỗ Quang Huy", "Giám đốc"),
                                                          ("Lưu Thị Hạnh", "Phó Chủ tịch")}


def test_a_whole_title_without_its_body_is_no_post():
    ex = officials("Ban có 6 phó trưởng ban, gồm các ông Vương Đình Khải, Phó trưởng ban Thường trực; Hứa Văn Lâm.")
    assert ex.posts == []


def test_an_apposition_is_not_taken_by_the_next_honorific_name():
    ex = officials("Dự có ông Phùng Văn Kiên - Chủ tịch UBND TP Hà Nội, ông Tôn Thất Bình - Chủ tịch UBND TP "
                   "Hồ Chí Minh.")
    assert {(p.person.name, p.org.name) for p in ex.posts} == {
        ("Phùng Văn Kiên", "Ủy ban nhân dân thành phố Hà Nội"),
        ("Tôn Thất Bình", "Ủy ban nhân dân thành phố Hồ Chí Minh")}


def test_a_list_of_terms_is_one_post_in_the_body_without_a_term():
    ex = officials("Ông Trần Văn Mẫn sinh năm 1962. Ông là đại biểu Quốc hội khóa XIII; XIV.")
    assert {(p.role, p.org.name) for p in ex.posts} == {("đại biểu", "Quốc hội")}


def test_a_parenthesis_naming_the_body_s_place_or_parent_between_a_title_and_its_name():
    assert posts_of(officials("Bí thư Đảng ủy xã Tân Lộc (huyện Kim Sơn, Ninh Bình) Đỗ Văn Hải cho biết.")) == {
        ("Đỗ Văn Hải", "Bí thư", "Đảng ủy xã Tân Lộc"),
    }
    assert posts_of(officials("Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Lê Văn An cho biết.")) == {
        ("Lê Văn An", "Cục trưởng", "Cục Chống tham nhũng"),
    }
    assert posts_of(officials("Chủ tịch UBND tỉnh (nhiệm kỳ 2011-2016) Lê Văn An cho biết.")) == set()


def test_the_state_auditor_s_title_names_the_state_audit_office():
    # "Phó Tổng Kiểm toán Nhà nước" is the deputy head of the Kiểm toán Nhà nước (as "Chánh Thanh tra")
    assert facts("Ông Trần Văn Nam, Phó Tổng Kiểm toán Nhà nước, cho biết.") == {
        ("Trần Văn Nam", "Phó Tổng", "Kiểm toán Nhà nước", "holds")}
