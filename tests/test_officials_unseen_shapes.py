"""Sentence shapes that were missing on reports nobody tuned for (issue 15). Our own sentences, in the
shape of corpus reports: one fact in, the exact posts out."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_birth_date_or_an_age_between_the_name_and_its_titles():
    assert facts("1. Ông Lê Văn An, sinh ngày 3 tháng 5 năm 1968, Ủy viên Ban Chấp hành Trung ương Đảng, "
                 "Phó Bí thư Thường trực Tỉnh ủy Hà Nam. 2. Bà Trần Thị Bích (SN 1971) - Giám đốc Sở Y tế. "
                 "Ông Đỗ Văn Cường, 52 tuổi, Phó Chủ tịch UBND huyện.") == {
        ("Lê Văn An", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds"),
        ("Lê Văn An", "Phó Bí thư Thường trực", "Tỉnh ủy Hà Nam", "holds"),
        ("Trần Thị Bích", "Giám đốc", "Sở Y tế", "holds"),
        ("Đỗ Văn Cường", "Phó Chủ tịch", "UBND huyện", "holds"),
    }


def test_an_aside_that_is_not_a_birth_date_or_an_age_does_not_open_an_apposition():
    assert facts("Ông Lê Văn An, quê Hà Nam, nông dân, Giám đốc Sở Y tế Hồ Văn Bình cho biết.") == {
        ("Hồ Văn Bình", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_a_plural_title_before_a_colon_over_names_that_each_have_their_own_title_first():
    assert facts("Dự lễ có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Lê Văn Giang; Tư lệnh Quân khu II, "
                 "trung tướng Trần Văn Khánh... cùng đông đảo đồng bào.") == {
        ("Lê Văn Giang", "Ủy viên", "Trung ương Đảng", "holds"),
        ("Lê Văn Giang", "Bộ trưởng", "Bộ Y tế", "holds"),
        ("Trần Văn Khánh", "Ủy viên", "Trung ương Đảng", "holds"),
        ("Trần Văn Khánh", "Tư lệnh", "Quân khu II", "holds"),
    }


def test_a_rank_between_a_title_and_the_name_it_precedes():
    assert facts("Giám đốc Công an tỉnh, Đại tá Lê Văn Minh cho biết.") == {
        ("Lê Văn Minh", "Giám đốc", "Công an tỉnh", "holds"),
    }


def test_a_second_predicate_with_its_own_verb_continues_the_same_subject():
    assert facts("Từ năm 2000 đến năm 2006, ông Hồ Văn Em là Bí thư Thành uỷ Hà Nội và sau đó giữ chức "
                 "Chủ tịch Quốc hội hai khoá XI, XII.") == {
        ("Hồ Văn Em", "Bí thư", "Thành uỷ Hà Nội", "former"),
        ("Hồ Văn Em", "Chủ tịch", "Quốc hội", "former"),
    }


def test_a_decision_after_the_apposition_gives_the_new_post():
    assert facts("Ông Hồ Văn Em, Giám đốc Sở Kế hoạch và Đầu tư, đã có quyết định bổ nhiệm giữ chức vụ Chánh "
                 "Văn phòng Thành ủy.") == {
        ("Hồ Văn Em", "Giám đốc", "Sở Kế hoạch và Đầu tư", "holds"),
        ("Hồ Văn Em", "Chánh", "Văn phòng Thành ủy", "appointed"),
    }


def test_a_role_without_a_body_belongs_to_the_workplace_named_before_it():
    assert facts("Từ tháng 3/1990 đến tháng 6/2001, ông Hồ Văn Em công tác tại Sở Tư pháp, giữ các chức vụ "
                 "Phó Trưởng phòng, Trưởng phòng.") == {
        ("Hồ Văn Em", "Phó Trưởng phòng", "Sở Tư pháp", "former"),
        ("Hồ Văn Em", "Trưởng phòng", "Sở Tư pháp", "former"),
    }
    assert facts("Ông Hồ Văn Em công tác nhiều năm ở Tạp chí Cộng sản và giữ chức Tổng biên tập.") == {
        ("Hồ Văn Em", "Tổng biên tập", "Tạp chí Cộng sản", "holds"),
    }


def test_a_visit_is_not_a_workplace():
    assert facts("Đoàn công tác làm việc tại UBND tỉnh Nam Định, Bộ trưởng Hồ Văn Em phát biểu.") == {
        ("Hồ Văn Em", "Bộ trưởng", None, "holds"),
    }


def test_a_secretary_before_a_peoples_committee_is_the_secretary_of_that_places_party_committee():
    got = facts("Ông Trần Văn Nam, Bí thư kiêm Chủ tịch UBND quận 3, phát biểu. Bà Lê Thị Hoa là con gái "
                "của ông Trần Đình Mạnh, nguyên Bí thư, Chủ tịch UBND huyện Tuy Đức.")
    assert {f[:3] for f in got} == {
        ("Trần Văn Nam", "Bí thư", "Quận ủy quận 3"),
        ("Trần Văn Nam", "Chủ tịch", "UBND quận 3"),
        ("Trần Đình Mạnh", "Bí thư", "Huyện ủy Tuy Đức"),
        ("Trần Đình Mạnh", "Chủ tịch", "UBND huyện Tuy Đức"),
    }


def test_rarer_roles_from_the_role_table():
    assert facts("Ông Hồ Văn Em, Thẩm phán Tòa án nhân dân tối cao, và ông Lê Văn Phú, Đặc phái viên của "
                 "Tổng Bí thư, dự. Người phát ngôn Bộ Ngoại giao Lê Thị Hằng cho biết.") == {
        ("Hồ Văn Em", "Thẩm phán", "Tòa án nhân dân tối cao", "holds"),
        ("Lê Văn Phú", "Đặc phái viên", None, "holds"),
        ("Lê Thị Hằng", "Người phát ngôn", "Bộ Ngoại giao", "holds"),
    }


def test_a_post_proposed_for_a_body_to_approve():
    assert facts("Thủ tướng đã giới thiệu ông Nguyễn Văn Thành - Bí thư Tỉnh uỷ Sóc Trăng để Quốc hội phê "
                 "chuẩn giữ chức Bộ trưởng Giao thông Vận tải. Ban Bí thư chỉ định ông Hồ Văn Em giữ chức Phó Bí "
                 "thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.") == {
        ("Nguyễn Văn Thành", "Bí thư", "Tỉnh uỷ Sóc Trăng", "holds"),
        ("Nguyễn Văn Thành", "Bộ trưởng", "Giao thông Vận tải", "nominated"),  # not yet approved
        ("Hồ Văn Em", "Phó Bí thư", "Tỉnh ủy", "appointed"),
        ("Hồ Văn Em", "Chủ tịch", "UBND tỉnh", "nominated"),
    }


def test_a_compound_title_after_a_preposition_is_the_name_s_own():
    # "nguyên" carries over the title joined to it by "-": both posts are former
    assert facts("Báo chí trao đổi với nguyên Ủy viên Bộ Chính trị - Chủ tịch Quốc hội Lã Văn Ân.") == {
        ("Lã Văn Ân", "Ủy viên", "Bộ Chính trị", "former"),
        ("Lã Văn Ân", "Chủ tịch", "Quốc hội", "former"),
    }


def test_a_guest_s_titles_after_de_are_not_given_to_the_host_who_speaks_next():
    assert facts("Chào mừng chuyến thăm của Chủ tịch Thượng viện, kiêm Chủ tịch Quốc hội Myanmar, ông Nguyễn "
                 "Văn Nhân nhấn mạnh quan hệ hai nước.") == set()


def test_titles_written_before_the_subject_in_a_fronted_clause_with_their_periods():
    got = facts("Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện (từ 7/2014 - 10/2017), sau đó là Chủ tịch "
                "UBND huyện Krông Nô từ năm 2017 đến nay, ông Ngô Văn Đông đã vi phạm.")
    assert got == {("Ngô Văn Đông", "Phó Chủ tịch", "UBND huyện", "former"),
                   ("Ngô Văn Đông", "Chủ tịch", "UBND huyện Krông Nô", "holds")}


def test_a_deputy_named_in_the_report_of_an_assembly_s_session_and_a_delegate_elsewhere():
    assert facts("Tại kỳ họp thứ 8 Quốc hội khóa XI, đại biểu Nguyễn Minh Thuận đã chất vấn Bộ trưởng Y tế.") == {
        ("Nguyễn Minh Thuận", "Đại biểu", "Quốc hội khóa XI", "holds"),  # the session's legislature
    }
    assert facts("Tại phiên chất vấn của HĐND thành phố Hà Nội, đại biểu Lê Văn Tâm đề nghị bỏ quy định.") == {
        ("Lê Văn Tâm", "Đại biểu", "HĐND thành phố Hà Nội", "holds"),  # a council's deputy: the session's council
    }
    assert facts("Tham dự đại hội có đại biểu Nguyễn Văn An, đảng viên lâu năm.") == set()


def test_a_secretary_of_the_central_committee_as_the_text_splits_it():
    assert facts("Đồng chí Lê Văn Bình, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương, dự.") == {
        ("Lê Văn Bình", "Bí thư", "Ban Chấp hành Trung ương Đảng", "holds"),
        ("Lê Văn Bình", "Trưởng", "Ban Dân vận Trung ương", "holds"),
    }


def test_a_unit_written_alone_is_the_unit_of_the_body_of_the_next_title():
    assert facts("Ông Ngô Xuân Lâm, Chánh Văn phòng, người phát ngôn của UBND tỉnh Đắk Nông cho biết.") == {
        ("Ngô Xuân Lâm", "Chánh", "Văn phòng UBND tỉnh Đắk Nông", "holds"),
        ("Ngô Xuân Lâm", "người phát ngôn", "UBND tỉnh Đắk Nông", "holds"),
    }
    assert facts("Ông Đinh Văn Thái, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh, phát biểu.") == {
        ("Đinh Văn Thái", "Bí thư", "Ban cán sự đảng", "holds"),
        ("Đinh Văn Thái", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_titles_of_further_terms_in_a_run_with_a_secretary_after_them():
    got = facts("Bà Lê Thị Hoa, đại biểu Quốc hội khóa XIII; XIV, Bí thư, Chủ tịch UBND huyện Tuy Đức, phát biểu.")
    assert {f[1:3] for f in got} >= {("Bí thư", "Huyện ủy Tuy Đức"), ("Chủ tịch", "UBND huyện Tuy Đức")}


def test_a_foreign_head_with_the_country_and_no_body_and_a_foreign_ministry_named_by_its_field():
    assert facts("Chủ tịch Lào Bounnhang Vorachith tiếp Chủ tịch nước. Bộ trưởng Quốc phòng Mỹ James Mattis "
                 "đến thăm.") == {
        ("Bounnhang Vorachith", "Chủ tịch", None, "holds"),
        ("James Mattis", "Bộ trưởng", "Quốc phòng Mỹ", "holds"),
    }
    (post,) = officials("Bộ trưởng Quốc phòng Mỹ James Mattis đến thăm.").posts
    assert (post.org.name, post.org.parent) == ("Bộ Quốc phòng Mỹ", None)


def test_abbreviated_and_lower_case_working_roles():
    assert facts("Ông Trần Văn Mạnh, PGĐ Sở KH-CN tỉnh Đắk Nông, cho biết. Bà Trần Thị Hoài từng là chuyên viên "
                 "Phòng Nội vụ huyện. Ông Nguyễn Trọng Phúc, giáo viên Trường THCS Phan Chu Trinh, cho biết. "
                 "Các chuyên viên Sở Y tế cho biết.") == {
        ("Trần Văn Mạnh", "PGĐ", "Sở KH-CN tỉnh Đắk Nông", "holds"),
        ("Trần Thị Hoài", "chuyên viên", "Phòng Nội vụ huyện", "former"),
        ("Nguyễn Trọng Phúc", "giáo viên", "Trường THCS Phan Chu Trinh", "holds"),
    }


def test_how_long_a_post_was_held_between_the_subject_and_the_verb():
    assert facts("Trước đó, ông Đinh Văn Thắng có 20 năm công tác tại Tổng công ty Sông Đà; 3 năm làm Phó bí thư "
                 "Tỉnh uỷ Thừa Thiên Huế. Ông Đinh Văn Thắng có ý kiến là Giám đốc Sở Y tế cần trả lời.") == {
        ("Đinh Văn Thắng", "Phó bí thư", "Tỉnh uỷ Thừa Thiên Huế", "former"),
    }
    got = facts("Ông Phạm Sỹ Quang là Giám đốc Sở Y tế. Trước đó, ông Quang đã có nhiều năm làm Phó Giám đốc "
                "Sở Y tế kiêm Giám đốc Trung tâm phát triển quỹ đất tỉnh Yên Bái.")
    assert ("Phạm Sỹ Quang", "Giám đốc", "Trung tâm phát triển quỹ đất tỉnh Yên Bái", "former") in got
    assert ("Phạm Sỹ Quang", "Phó Giám đốc", "Sở Y tế", "former") in got


def test_a_post_held_then_written_after_the_title_or_in_a_while_clause():
    assert facts("Ngày 11-3, Bí thư Thành ủy lúc bấy giờ là ông Đinh Văn Thắng nói. Bà Phạm Thị Hà (Chủ tịch "
                 "UBND tỉnh Yên Bái vào thời điểm đó) đã ký quyết định.") == {
        ("Đinh Văn Thắng", "Bí thư", "Thành ủy", "former"),
        ("Phạm Thị Hà", "Chủ tịch", "UBND tỉnh Yên Bái", "former"),
    }
    assert facts("Ông Võ Văn Tâm khi còn đảm nhiệm chức vụ Phó bí thư Thường trực Thị uỷ, Chủ tịch HĐND thị xã "
                 "Ngã Bảy đã có vi phạm. Trong thời gian tới, Chủ tịch UBND tỉnh Lê Văn An sẽ chỉ đạo.") == {
        ("Võ Văn Tâm", "Phó bí thư Thường trực", "Thị uỷ", "former"),
        ("Võ Văn Tâm", "Chủ tịch", "HĐND thị xã Ngã Bảy", "former"),
        ("Lê Văn An", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_body_s_short_name_in_parentheses_between_the_title_and_the_name():
    assert facts("Đây là nhận định của Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Văn Bằng tại lễ.") == {
        ("Vũ Văn Bằng", "Chủ tịch", "Ủy ban Chứng khoán Nhà nước", "holds"),
    }


def test_members_elected_into_a_body_one_by_one_or_in_a_list():
    assert facts("Hội nghị đã bầu bổ sung ông Lê Văn An vào Ban Thường vụ Tỉnh ủy. Ông Trần Văn Bình đã được "
                 "bầu vào Ban Chấp hành Trung ương Đảng. Ông Lê Văn Cường làm việc với Ban Thường vụ Tỉnh ủy.") == {
        ("Lê Văn An", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "appointed"),
        ("Trần Văn Bình", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "appointed"),
    }
    got = facts("15 người được bầu vào Ban Thường vụ Thành uỷ gồm: Võ Văn Tâm, Tất Thành Công, Nguyễn Thị "
                "Quyết (Chủ tịch HĐND thành phố), Võ Thị Dung.")
    assert {(f[0], f[1], f[3]) for f in got} == {
        ("Võ Văn Tâm", "Ủy viên", "appointed"), ("Tất Thành Công", "Ủy viên", "appointed"),
        ("Nguyễn Thị Quyết", "Ủy viên", "appointed"), ("Nguyễn Thị Quyết", "Chủ tịch", "holds"),
        ("Võ Thị Dung", "Ủy viên", "appointed"),
    }


def test_members_elected_into_a_body_listed_each_with_a_title_of_their_own():
    got = facts("Những người mới trúng cử vào Ban Chấp hành Trung ương khóa X đáng chú ý có Phó chủ tịch UBND "
                "tỉnh Lê Văn Nhân, Bí thư Tỉnh ủy Lào Cai Bùi Văn Vinh.")
    assert got == {
        ("Lê Văn Nhân", "Phó chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Văn Nhân", "Ủy viên", "Ban Chấp hành Trung ương", "appointed"),
        ("Bùi Văn Vinh", "Bí thư", "Tỉnh ủy Lào Cai", "holds"),
        ("Bùi Văn Vinh", "Ủy viên", "Ban Chấp hành Trung ương", "appointed"),
    }


def test_an_age_in_parentheses_does_not_hand_the_next_item_s_title_back():
    assert facts("Đáng chú ý có Phó giám đốc Sở Y tế Phan Văn Bình (46 tuổi), Vụ trưởng Vụ Các tổ chức quốc tế "
                 "Phạm Văn Minh (47 tuổi, Bộ Ngoại giao).") >= {("Phan Văn Bình", "Phó giám đốc", "Sở Y tế", "holds")}
    assert not any(f[0] == "Phan Văn Bình" and f[1] == "Vụ trưởng" for f in facts(
        "Đáng chú ý có Phó giám đốc Sở Y tế Phan Văn Bình (46 tuổi), Vụ trưởng Vụ Các tổ chức quốc tế "
        "Phạm Văn Minh (47 tuổi, Bộ Ngoại giao)."))


def test_where_a_photo_shows_the_person_and_consular_and_foreign_provincial_roles():
    assert facts("Ngài Seng Thong Loungphakdy (thứ hai từ trái qua), Tổng Lãnh sự Lào tại TPHCM trò chuyện với "
                 "ông Phan Xuân Biên (bên phải), Chủ tịch Hội Hữu nghị Việt – Lào TPHCM.") == {
        ("Seng Thong Loungphakdy", "Tổng Lãnh sự", None, "holds"),
        ("Phan Xuân Biên", "Chủ tịch", "Hội Hữu nghị Việt – Lào TPHCM", "holds"),  # (round 26: "Hội" takes
        # the place written after its name: the city's association)
    }


def test_a_post_held_before_what_a_fronted_clause_tells_is_former():
    assert ("Phạm Văn Quý", "Phó Giám đốc", "Sở Y tế", "former") in facts(
        "Trước khi được bổ nhiệm làm Giám đốc Sở Y tế, ông Phạm Văn Quý đã có nhiều năm làm Phó Giám đốc Sở Y tế.")
    assert facts("Từ tháng 11/2013 đến nay, bà Lê Thị Lan là Giám đốc Sở Y tế.") == {
        ("Lê Thị Lan", "Giám đốc", "Sở Y tế", "holds")}


def test_a_rank_or_profession_between_the_titles_or_after_an_aside_and_the_governor():
    assert facts("Ông Lê Văn Cường (Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc Bệnh viện Đa khoa tỉnh. Ông Lương "
                 "Văn Cương, Ủy viên Bộ Chính trị, Đại tướng, Chủ nhiệm Tổng cục Chính trị, phát biểu. Thống đốc "
                 "Ngân hàng Nhà nước Lê Minh Hưng trình bày tờ trình.") == {
        ("Lê Văn Cường", "Phó giám đốc", "Bệnh viện Đa khoa tỉnh", "holds"),  # the body with its level word
        ("Lương Văn Cương", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Lương Văn Cương", "Chủ nhiệm", "Tổng cục Chính trị", "holds"),
        ("Lê Minh Hưng", "Thống đốc", "Ngân hàng Nhà nước", "holds"),
    }


def test_one_title_closes_a_group_of_names_in_a_list_after_a_colon():
    assert facts("Dự lễ có các đồng chí: Nông Văn Mạnh, Tổng Bí thư; Đỗ Văn Mười, Lê Khả Phiêu, nguyên Tổng Bí "
                 "thư; Trần Đức Lương, Chủ tịch nước. Tham dự có Bí thư Tỉnh ủy Nguyễn Văn Sơn, Trần Văn Tú, "
                 "Chủ tịch UBND tỉnh.") == {
        ("Nông Văn Mạnh", "Tổng Bí thư", None, "holds"),
        ("Đỗ Văn Mười", "Tổng Bí thư", None, "former"),
        ("Lê Khả Phiêu", "Tổng Bí thư", None, "former"),
        ("Trần Đức Lương", "Chủ tịch nước", None, "holds"),
        ("Nguyễn Văn Sơn", "Bí thư", "Tỉnh ủy", "holds"),
        ("Trần Văn Tú", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_role_without_a_body_in_the_body_s_own_sentence_or_list():
    assert facts("HĐND tỉnh Nam Định khóa mới có Chủ tịch là bà Lê Thị Hoa. Thường trực HĐND tỉnh gồm: ông Lê "
                 "Văn An - Phó Chủ tịch; bà Trần Thị Bình - Ủy viên. Ông Hồ Văn Cảnh - Giám đốc, cho biết.") == {
        ("Lê Thị Hoa", "Chủ tịch", "HĐND tỉnh Nam Định", "holds"),
        ("Lê Văn An", "Phó Chủ tịch", "HĐND tỉnh", "holds"),
        ("Trần Thị Bình", "Ủy viên", "Thường trực HĐND tỉnh", "holds"),
    }


def test_a_qualified_role_before_a_name_is_the_whole_title_not_the_deputy_of_a_standing_board():
    assert facts("Phó trưởng ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình trao quyết định. Sau đó, "
                 "đồng chí Phó trưởng ban Thường trực Nguyễn Thanh Bình phát biểu.") == {
        ("Nguyễn Thanh Bình", "Phó trưởng ban Thường trực", "Ban Tổ chức Trung ương", "holds"),
    }


def test_a_session_deputy_keeps_the_deputy_post_beside_another_title():
    assert facts("Tại kỳ họp HĐND thành phố Hà Nội, đại biểu Vũ Văn Tân, Phó tổng thư ký Hội Nhiếp ảnh Hà Nội, "
                 "cho rằng không nên.") == {
        ("Vũ Văn Tân", "Phó tổng thư ký", "Hội Nhiếp ảnh Hà Nội", "holds"),
        ("Vũ Văn Tân", "Đại biểu", "HĐND thành phố Hà Nội", "holds"),  # the session's council
    }
