"""One title over several names, titles written next to a name without a comma, and posts reached
through a term of office. Our own sentences, in the shape of corpus reports."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_title_with_a_colon_is_shared_by_the_names_after_it_not_by_the_name_before():
    assert facts("Dự có Tổng Bí thư Nguyễn Văn An, nguyên Tổng Bí thư: Lê Văn Bình, Trần Văn Cường; "
                 "Chủ tịch nước Đỗ Văn Dũng.") == {
        ("Nguyễn Văn An", "Tổng Bí thư", None, "holds"),
        ("Lê Văn Bình", "Tổng Bí thư", None, "former"),
        ("Trần Văn Cường", "Tổng Bí thư", None, "former"),
        ("Đỗ Văn Dũng", "Chủ tịch nước", None, "holds"),
    }


def test_a_plural_title_over_a_parenthesis_each_name_keeping_its_own_title():
    assert facts("Sáu ủy viên Bộ Chính trị (Tổng bí thư Nguyễn Văn An, Bí thư Thành ủy Hà Nội Lê Văn "
                 "Bình và Bộ trưởng Bộ Công an Trần Văn Cường) tái cử.") == {
        ("Nguyễn Văn An", "ủy viên", "Bộ Chính trị", "holds"),
        ("Nguyễn Văn An", "Tổng bí thư", None, "holds"),
        ("Lê Văn Bình", "ủy viên", "Bộ Chính trị", "holds"),
        ("Lê Văn Bình", "Bí thư", "Thành ủy Hà Nội", "holds"),
        ("Trần Văn Cường", "ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn Cường", "Bộ trưởng", "Bộ Công an", "holds"),
    }


def test_a_plural_title_before_names_and_a_former_one():
    assert facts("Dự có các Phó Chủ tịch UBND tỉnh Hồ Văn Mạnh, Lý Thị Nga và Đặng Văn Oanh; nguyên Chủ "
                 "tịch nước Trần Văn Phúc, Lê Văn Quang.") == {
        ("Hồ Văn Mạnh", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Lý Thị Nga", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Đặng Văn Oanh", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Trần Văn Phúc", "Chủ tịch nước", None, "former"),
        ("Lê Văn Quang", "Chủ tịch nước", None, "former"),
    }


def test_an_attendee_list_does_not_share_a_title_with_the_next_name():
    assert facts("Tham dự có Bí thư Tỉnh ủy Nguyễn Văn Sơn, Trần Văn Tú, Chủ tịch UBND tỉnh.") == {
        ("Nguyễn Văn Sơn", "Bí thư", "Tỉnh ủy", "holds"),
        ("Trần Văn Tú", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_title_right_after_a_name_without_a_comma_and_a_dash_before_a_name():
    assert facts("Tái đắc cử có ông Hoàng Văn Mạc Bí thư Tỉnh uỷ Phú Thọ; ông Triệu Văn Vinh, Bí thư "
                 "Tỉnh uỷ Hà Giang. Giám đốc Sở Y tế - ông Phan Văn Tâm cho biết.") == {
        ("Hoàng Văn Mạc", "Bí thư", "Tỉnh uỷ Phú Thọ", "holds"),
        ("Triệu Văn Vinh", "Bí thư", "Tỉnh uỷ Hà Giang", "holds"),
        ("Phan Văn Tâm", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_a_term_between_a_title_and_its_verb_or_its_holder():
    assert facts("Ông Nguyễn Văn Giàu, Chủ nhiệm Uỷ ban Kinh tế khoá 13 được giới thiệu làm Chủ nhiệm Uỷ ban "
                 "Đối ngoại thay ông Trần Văn Hằng. HĐND miễn nhiệm chức vụ Chủ tịch UBND tỉnh khoá XVIII, "
                 "nhiệm kỳ 2016 - 2021 đối với ông Bùi Văn Châu.") == {
        ("Nguyễn Văn Giàu", "Chủ nhiệm", "Uỷ ban Kinh tế", "holds"),
        ("Nguyễn Văn Giàu", "Chủ nhiệm", "Uỷ ban Đối ngoại", "nominated"),
        # only put forward: the one he would replace holds the post until the vote (tune's gold)
        ("Trần Văn Hằng", "Chủ nhiệm", "Uỷ ban Đối ngoại", "holds"),
        ("Bùi Văn Châu", "Chủ tịch", "UBND tỉnh", "left"),
    }


def test_terms_in_arabic_numerals_do_not_break_a_run():
    assert facts("Bà Lê Thị Kim là uỷ viên Trung ương khoá 9, 10, 11; Bí thư Trung ương Đảng khoá 11; uỷ "
                 "viên Bộ Chính trị khoá 11, 12.") == {
        ("Lê Thị Kim", "uỷ viên", "Trung ương", "former"),  # the khoá 11 is over: khoá 12 is held
        ("Lê Thị Kim", "Bí thư", "Ban Chấp hành Trung ương Đảng", "former"),
        ("Lê Thị Kim", "uỷ viên", "Bộ Chính trị", "holds"),
    }


def test_an_organization_name_runs_on_through_lower_case_words_to_its_end():
    assert facts("Ông Lê Văn Thể, Phó giám đốc Xí nghiệp Khảo sát thiết kế giao thông, dự. Ông Lê Văn Ba, "
                 "Giám đốc Công ty Cường Hưng phát biểu, nêu rõ.") == {
        ("Lê Văn Thể", "Phó giám đốc", "Xí nghiệp Khảo sát thiết kế giao thông", "holds"),
        ("Lê Văn Ba", "Giám đốc", "Công ty Cường Hưng", "holds"),
    }


def test_a_country_between_a_title_and_a_foreign_name_does_not_pass_the_title_to_the_neighbour():
    assert facts("Chủ tịch nước Trần Văn An tiếp xúc với Tổng thống Chile Michelle Bachelet, Thủ tướng Italy "
                 "Paolo Gentiloni, Tổng thống Argentina Mauricio Macri.") == {
        ("Trần Văn An", "Chủ tịch nước", None, "holds"),
        ("Michelle Bachelet", "Tổng thống", None, "holds"),
        ("Paolo Gentiloni", "Thủ tướng", None, "holds"),
        ("Mauricio Macri", "Tổng thống", None, "holds"),
    }


def test_boards_named_by_lower_case_words_and_abbreviated_bodies():
    assert facts("Bà Nguyễn Thanh Hà được giới thiệu giữ chức Trưởng ban Dân nguyện. Ông Trần Văn Tuý, Trưởng "
                 "Ban Công tác đại biểu; ông Lê Văn Ba, Trưởng ban Pháp chế HĐND tỉnh; ông Lê Văn Bình, Chủ "
                 "tịch HĐTV Tập đoàn Dầu khí; bà Cù Thị Cúc, Chủ tịch Tổng LĐLĐVN.") == {
        ("Nguyễn Thanh Hà", "Trưởng", "ban Dân nguyện", "nominated"),
        ("Trần Văn Tuý", "Trưởng", "Ban Công tác đại biểu", "holds"),
        ("Lê Văn Ba", "Trưởng", "ban Pháp chế HĐND tỉnh", "holds"),
        ("Lê Văn Bình", "Chủ tịch", "HĐTV Tập đoàn Dầu khí", "holds"),
        ("Cù Thị Cúc", "Chủ tịch", "Tổng LĐLĐVN", "holds"),
    }


def test_a_colon_list_goes_on_through_a_names_own_apposition():
    assert facts("Dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, "
                 "Nguyễn Văn Thông cùng các đồng chí khác.") == {
        ("Nguyễn Xuân Đường", "Phó Bí thư", "Tỉnh ủy", "holds"),
        ("Nguyễn Xuân Đường", "Chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Quang Huy", "Phó Bí thư", "Tỉnh ủy", "holds"),
        ("Nguyễn Văn Thông", "Phó Bí thư", "Tỉnh ủy", "holds"),
    }


def test_a_parenthesis_with_cung_after_several_names_is_theirs():
    assert facts("Trong đó có ông Trần Văn Minh và ông Văn Hữu Chiến (cùng nguyên Chủ tịch UBND TP Đà "
                 "Nẵng).") == {
        ("Trần Văn Minh", "Chủ tịch", "UBND TP Đà Nẵng", "former"),
        ("Văn Hữu Chiến", "Chủ tịch", "UBND TP Đà Nẵng", "former"),
    }


def test_pho_ban_is_the_deputy_of_the_ban_named_after_it():
    assert facts("Ông Đinh Văn Thắng - Phó ban kinh tế Trung ương, ông Bùi Ngọc Thanh, Phó ban Công tác đại "
                 "biểu của Quốc hội, dự. Ban Thường vụ Tỉnh ủy họp.") == {
        ("Đinh Văn Thắng", "Phó", "ban kinh tế Trung ương", "holds"),
        ("Bùi Ngọc Thanh", "Phó", "ban Công tác đại biểu của Quốc hội", "holds"),
    }


def test_a_counted_post_is_shared_by_the_names_listed_after_a_comma_gom_and_the_address():
    got = {(p.person.name, p.role, p.org.written if p.org else None)
           for p in officials("Hiện có 3 Thứ trưởng Bộ Giao thông Vận tải, gồm các ông: Nguyễn Văn Đông, Nguyễn "
                              "Văn Công và Lê Đình Thọ.").posts}
    assert got == {
        ("Nguyễn Văn Đông", "Thứ trưởng", "Bộ Giao thông Vận tải"),
        ("Nguyễn Văn Công", "Thứ trưởng", "Bộ Giao thông Vận tải"),
        ("Lê Đình Thọ", "Thứ trưởng", "Bộ Giao thông Vận tải"),
    }


def test_a_count_of_posts_with_no_list_gives_nobody_the_post():
    got = {(p.person.name, p.role) for p in officials("Sở Tài chính có 6 Phó giám đốc nên tỉnh điều động ông "
                                                      "Lê Văn An sang Sở Y tế.").posts}
    assert got == set()


def test_a_body_as_the_heading_of_a_list_makes_each_name_a_member():
    assert facts("Bộ Chính trị: - Tổng Bí thư Nguyễn Văn An - Bộ trưởng Bộ Công an Lê Văn Bình.") == {
        ("Nguyễn Văn An", "Tổng Bí thư", None, "holds"),
        ("Nguyễn Văn An", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Lê Văn Bình", "Bộ trưởng", "Bộ Công an", "holds"),
        ("Lê Văn Bình", "Ủy viên", "Bộ Chính trị", "holds"),
    }


def test_a_counted_body_heading_and_its_head_who_is_not_a_member_twice():
    assert facts("Ủy ban Kiểm tra Trung ương gồm 9 người: Hà Văn Cảnh (Chủ nhiệm Ủy ban Kiểm tra Trung "
                 "ương), Lê Thị Dung, Trần Văn Đức.") == {
        ("Hà Văn Cảnh", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Lê Thị Dung", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Trần Văn Đức", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
    }


def test_a_numbered_roster_under_a_heading_line():
    assert facts("Danh sách Ban Thường vụ Thành uỷ khoá VIII:\n1- Nguyễn Văn An - Bí thư Thành uỷ.\n"
                 "2- Lê Văn Bình - Uỷ viên Trung ương Đảng\n3- Trần Thị Cúc\n\nÔng Đỗ Văn Dũng cho biết.") == {
        ("Nguyễn Văn An", "Bí thư", "Thành uỷ", "holds"),
        ("Nguyễn Văn An", "Ủy viên", "Ban Thường vụ Thành uỷ", "holds"),
        ("Lê Văn Bình", "Uỷ viên", "Trung ương Đảng", "holds"),
        ("Lê Văn Bình", "Ủy viên", "Ban Thường vụ Thành uỷ", "holds"),
        ("Trần Thị Cúc", "Ủy viên", "Ban Thường vụ Thành uỷ", "holds"),
    }


def test_members_elected_into_the_secretariat_and_candidates_of_an_election_list():
    assert facts("Hội nghị đã bầu ba người vào Ban Bí thư gồm các ông: Nguyễn Văn An, Lê Văn Bình. "
                 "Các đồng chí tiếp tục tham gia danh sách bầu cử Ban Chấp hành Trung ương khóa X gồm: "
                 "Trần Văn Cường, Đỗ Văn Dũng.") == {
        ("Nguyễn Văn An", "Ủy viên", "Ban Bí thư", "appointed"),
        ("Lê Văn Bình", "Ủy viên", "Ban Bí thư", "appointed"),
        ("Trần Văn Cường", "Ủy viên", "Ban Chấp hành Trung ương", "nominated"),
        ("Đỗ Văn Dũng", "Ủy viên", "Ban Chấp hành Trung ương", "nominated"),
    }


def test_a_body_before_a_colon_that_opens_something_else_is_no_heading():
    assert facts("Cơ quan này đề nghị Ban Bí thư kỷ luật cảnh cáo: ông Nguyễn Văn An, nguyên Bí thư Tỉnh "
                 "uỷ; ông Lê Văn Bình.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh uỷ", "former"),
    }


def test_heading_items_on_lines_of_their_own_with_a_body_after_the_title_and_a_name_off_the_surname_list():
    assert facts("Ban Bí thư:\n- Tổng Bí thư Nguyễn Văn An\n- Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng "
                 "Lê Văn Dũng\nỦy ban Kiểm tra Trung ương gồm 9 người: Hà Văn Cảnh, Sa Như Hòa, Trần Văn Đức.") == {
        ("Nguyễn Văn An", "Tổng Bí thư", None, "holds"),
        ("Nguyễn Văn An", "Ủy viên", "Ban Bí thư", "holds"),
        ("Lê Văn Dũng", "Chủ nhiệm", "Tổng cục Chính trị", "holds"),
        ("Lê Văn Dũng", "Ủy viên", "Ban Bí thư", "holds"),
        ("Hà Văn Cảnh", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Sa Như Hòa", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Trần Văn Đức", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
    }


def test_a_colon_list_of_titled_names_set_off_by_commas_each_shares_the_plural_title():
    assert facts("Dự có các Phó Chủ tịch UBND tỉnh: Chủ tịch Hội Nông dân tỉnh Nguyễn Văn An, Giám đốc Sở "
                 "Y tế Lê Thị Bình, đại diện các sở.") == {
        ("Nguyễn Văn An", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Nguyễn Văn An", "Chủ tịch", "Hội Nông dân tỉnh", "holds"),
        ("Lê Thị Bình", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Thị Bình", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_after_titled_names_a_name_with_its_title_after_it_stays_in_the_colon_list():
    assert facts("Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Chủ tịch Hội Nông dân tỉnh Nguyễn Văn An; "
                 "Thượng tướng Lê Văn Bình, Giám đốc Công an tỉnh; Trần Văn Cường, Giám đốc Sở Y tế cùng "
                 "đại biểu các sở.") == {
        ("Nguyễn Văn An", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Nguyễn Văn An", "Chủ tịch", "Hội Nông dân tỉnh", "holds"),
        ("Lê Văn Bình", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Lê Văn Bình", "Giám đốc", "Công an tỉnh", "holds"),
        ("Trần Văn Cường", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Trần Văn Cường", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_a_colon_list_whose_names_carry_long_asides_in_brackets():
    assert facts("Đại hội bầu 3 Phó bí thư Thành uỷ gồm: bà Ngô Thị Hằng (Phó bí thư Thành uỷ, Chủ tịch HĐND "
                 "thành phố); ông Nguyễn Văn Chung (Giám đốc Công an thành phố); ông Đào Văn Bình.") >= {
        ("Ngô Thị Hằng", "Chủ tịch", "HĐND thành phố", "holds"),
        ("Nguyễn Văn Chung", "Phó bí thư", "Thành uỷ", "appointed"),
        ("Nguyễn Văn Chung", "Giám đốc", "Công an thành phố", "holds"),
        ("Đào Văn Bình", "Phó bí thư", "Thành uỷ", "appointed"),
    }


def test_members_of_a_peoples_committee_elected_as_a_counted_list_and_a_one_member_company():
    assert facts("HĐND tỉnh bầu bổ sung 2 thành viên UBND tỉnh gồm ông Giàng A Lử (Trưởng Ban Dân tộc tỉnh), "
                 "bà Lê Thị Bình (Giám đốc Sở Tài chính).") == {
        ("Giàng A Lử", "thành viên", "UBND tỉnh", "appointed"),
        ("Giàng A Lử", "Trưởng", "Ban Dân tộc tỉnh", "holds"),
        ("Lê Thị Bình", "thành viên", "UBND tỉnh", "appointed"),
        ("Lê Thị Bình", "Giám đốc", "Sở Tài chính", "holds"),
    }
    # "Công ty TNHH một thành viên": a one-member limited company, no member's post
    company = facts("Ông Phạm Văn Quý - Giám đốc Công ty TNHH một thành viên Hồ Văn Lộc cho biết.")
    assert not any(role.lower() == "thành viên" for _, role, _, _ in company)


def test_an_attendee_list_of_names_each_with_a_dash_title_splits_the_last_run_before_the_next_name():
    assert facts("Dự có ông Trần Văn Vượng - Trưởng Ban Tuyên giáo Tỉnh ủy, ông Lê Văn Bình - Phó Chủ tịch "
                 "Thường trực UBND tỉnh, Bí thư Huyện ủy Nguyễn Văn Nhân.") == {
        ("Trần Văn Vượng", "Trưởng", "Ban Tuyên giáo Tỉnh ủy", "holds"),
        ("Lê Văn Bình", "Phó Chủ tịch Thường trực", "UBND tỉnh", "holds"),
        ("Nguyễn Văn Nhân", "Bí thư", "Huyện ủy", "holds"),
    }


def test_a_plural_title_elected_by_a_passive_verb_before_its_list():
    # "được bầu (bổ sung) gồm", "được giới thiệu gồm": the list holds the title, with the verb's status
    got = facts("Hai Phó Chủ tịch UBND tỉnh được bầu bổ sung gồm ông Lê Văn Hiển, Bí thư Huyện ủy Tân Phú "
                "và ông Ngô Văn Hưng, Giám đốc Sở Y tế.")
    assert ("Lê Văn Hiển", "Phó Chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Ngô Văn Hưng", "Phó Chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Ngô Văn Hưng", "Giám đốc", "Sở Y tế", "holds") in got
    got = facts("Ba Phó Bí thư Tỉnh ủy được giới thiệu là ông Lê Văn Hiển, ông Ngô Văn Hưng và bà Trần Thị Mai.")
    assert {p[3] for p in got if p[1] == "Phó Bí thư"} == {"nominated"} and len(got) == 3
    # re-elected to another body: the plural title stays held
    got = facts("6 Ủy viên Bộ Chính trị khóa IX tái cử gồm: Bộ trưởng Công an Lê Hồng Sơn, Bí thư Thành ủy "
                "Hà Nội Nguyễn Văn Phú.")
    assert ("Lê Hồng Sơn", "Ủy viên", "Bộ Chính trị", "appointed") not in got


def test_a_plural_list_of_names_shares_the_title_after_a_dash():
    got = facts("Dự lễ còn có các ông Trần Văn Mười, Lê Khả Phúc - nguyên Tổng Bí thư BCH Trung ương Đảng; "
                "Lê Văn Đức - nguyên Chủ tịch nước.")
    assert got == {("Trần Văn Mười", "Tổng Bí thư", "BCH Trung ương Đảng", "former"),
                   ("Lê Khả Phúc", "Tổng Bí thư", "BCH Trung ương Đảng", "former"),
                   ("Lê Văn Đức", "Chủ tịch nước", None, "former")}
    # without the plural mark each name keeps its own title
    got = facts("Dự có các đồng chí: Trần Văn Mười - Bí thư Tỉnh ủy; Lê Khả Phúc - Chủ tịch UBND tỉnh.")
    assert got == {("Trần Văn Mười", "Bí thư", "Tỉnh ủy", "holds"), ("Lê Khả Phúc", "Chủ tịch", "UBND tỉnh", "holds")}


def test_a_name_with_a_rank_of_its_own_does_not_share_the_former_title_before_it():
    got = facts("Dự lễ có nguyên Chủ tịch nước Lê Văn Đức, nguyên Tổng Bí thư Đỗ Văn Mạnh, Đại tướng Võ "
                "Văn Giang cũng có mặt.")
    assert got == {("Lê Văn Đức", "Chủ tịch nước", None, "former"), ("Đỗ Văn Mạnh", "Tổng Bí thư", None, "former")}
    # a bare name still shares it
    got = facts("Dự lễ có nguyên Tổng Bí thư Đỗ Văn Mạnh, Lê Khả Phúc cũng có mặt.")
    assert ("Lê Khả Phúc", "Tổng Bí thư", None, "former") in got


def test_a_body_alone_on_its_line_heads_the_list_of_its_members_on_the_lines_after_it():
    assert facts("Bộ Chính trị\n- Tổng Bí thư Nguyễn Văn An.\n- Bộ trưởng Bộ Công an Lê Văn Bình.\n"
                 "Ủy ban Kiểm tra Trung ương\nHà Văn Cảnh (Chủ nhiệm Ủy ban Kiểm tra Trung ương), "
                 "Lê Thị Dung, Trần Văn Đức.\nÔng Đỗ Văn Dũng cho biết.") == {
        ("Nguyễn Văn An", "Tổng Bí thư", None, "holds"),
        ("Nguyễn Văn An", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Lê Văn Bình", "Bộ trưởng", "Bộ Công an", "holds"),
        ("Lê Văn Bình", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Hà Văn Cảnh", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Lê Thị Dung", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
        ("Trần Văn Đức", "Ủy viên", "Ủy ban Kiểm tra Trung ương", "holds"),
    }


def test_a_body_alone_on_its_line_over_a_paragraph_of_prose_is_a_headline_not_a_list():
    assert facts("Ban Bí thư\nTổng Bí thư Nguyễn Văn An và Bộ trưởng Lê Văn Bình đã dự hội nghị tại Hà Nội.") == {
        ("Nguyễn Văn An", "Tổng Bí thư", None, "holds"),
        ("Lê Văn Bình", "Bộ trưởng", None, "holds"),
    }
