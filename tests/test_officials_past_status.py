"""Status of posts told in the past (issue 15, class 1): our own sentences, the exact statuses out."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_post_gained_in_an_earlier_year_than_the_report_is_a_step_of_a_past_career():
    assert facts("Tháng 3/2009, ông Lê Văn An được bổ nhiệm làm Phó Giám đốc Sở Tài chính. "
                 "Ngày 5/4/2016, HĐND tỉnh bầu ông Lê Văn An giữ chức Chủ tịch UBND tỉnh Hà Nam.") == {
        ("Lê Văn An", "Phó Giám đốc", "Sở Tài chính", "former"),
        ("Lê Văn An", "Chủ tịch", "UBND tỉnh Hà Nam", "appointed"),
    }


def test_a_post_gained_in_the_report_s_own_year_stays_this_report_s_event():
    assert facts("Ngày 5/4/2016, HĐND tỉnh bầu ông Lê Văn An giữ chức Chủ tịch UBND tỉnh Hà Nam.") == {
        ("Lê Văn An", "Chủ tịch", "UBND tỉnh Hà Nam", "appointed"),
    }


def test_a_person_said_to_have_died_holds_none_of_the_posts_the_report_names():
    assert facts("Gia đình cố Thủ tướng Trần Văn Khang đón đoàn. Thủ tướng Trần Văn Khang từng nói.") == {
        ("Trần Văn Khang", "Thủ tướng", None, "former"),
    }
    assert facts("Đồng chí Hồ Văn Bốn (1912-1990), Bí thư Tỉnh ủy Hà Nam, là người con ưu tú.") == {
        ("Hồ Văn Bốn", "Bí thư", "Tỉnh ủy Hà Nam", "former"),
    }


def test_a_role_that_begins_with_the_same_word_is_no_sign_of_death():
    assert facts("Cố vấn Nhà nước Myanmar Trần Văn Khang đến Hà Nội.") == {
        ("Trần Văn Khang", "Cố vấn Nhà nước", None, "holds"),
    }


def test_a_post_left_in_an_earlier_year_than_the_report_is_former():
    assert facts("Tháng 3/2012, ông Lê Văn An thôi giữ chức Bí thư Tỉnh ủy Hà Nam. "
                 "Ngày 5/4/2016, HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn Bình.") == {
        ("Lê Văn An", "Bí thư", "Tỉnh ủy Hà Nam", "former"),
        ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "left"),
    }


def test_a_removal_only_planned_or_under_review_leaves_the_post_held():
    assert facts("Tại kỳ họp tới, Quốc hội sẽ miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với ông Lê Văn An.") == {
        ("Lê Văn An", "Bộ trưởng", "Bộ Y tế", "holds"),
    }
    assert facts("Ủy ban Thường vụ Quốc hội họp để xem xét cho thôi nhiệm vụ đại biểu Quốc hội đối với "
                 "ông Trần Văn Bình.") == {("Trần Văn Bình", "đại biểu", "Quốc hội", "holds")}
    assert facts("Quốc hội đã miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với ông Lê Văn An.") == {
        ("Lê Văn An", "Bộ trưởng", "Bộ Y tế", "left"),
    }


def test_titles_of_a_fronted_during_clause_before_the_subject_are_former():
    assert facts("Theo kết luận, trong thời gian giữ các cương vị Tỉnh uỷ viên, Giám đốc Sở Công thương, "
                 "bà Lê Thị Hoa đã vi phạm.") == {
        ("Lê Thị Hoa", "Tỉnh uỷ viên", None, "former"),
        ("Lê Thị Hoa", "Giám đốc", "Sở Công thương", "former"),
    }
    assert facts("Ông Lê Văn An cho biết, khi còn làm Thường trực Ban Bí thư, ông Trần Văn Bình rất quan tâm.") == {
        ("Trần Văn Bình", "Thường trực", "Ban Bí thư", "former"),
    }


def test_a_during_clause_about_something_else_leaves_the_titles_after_it_held():
    assert facts("Trong thời gian tham dự diễn đàn, Chủ tịch nước Lê Văn An đã tiếp Tổng thống Nga Vladimir "
                 "Putin.") == {
        ("Lê Văn An", "Chủ tịch nước", None, "holds"),
        ("Vladimir Putin", "Tổng thống", None, "holds"),
    }


def test_a_commemoration_or_a_birth_anniversary_names_a_person_who_has_died():
    assert facts("Kỷ niệm 105 năm ngày sinh Tổng Bí thư Trần Văn Cừu. Đoàn dâng hương Tổng Bí thư Trần Văn Cừu.") == {
        ("Trần Văn Cừu", "Tổng Bí thư", None, "former"),
    }
    assert facts("Thực hiện Di chúc của Chủ tịch Lê Văn Hồ, ông Trần Văn Bình, Chủ tịch UBND tỉnh, phát biểu.") == {
        ("Lê Văn Hồ", "Chủ tịch", None, "former"),
        ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_person_put_forward_for_an_assembly_to_elect_or_approve_is_nominated():
    assert facts("Bí thư Tỉnh ủy Lê Văn An được giới thiệu để Quốc hội phê chuẩn làm Bộ trưởng Bộ Y tế.") == {
        ("Lê Văn An", "Bí thư", "Tỉnh ủy", "holds"),
        ("Lê Văn An", "Bộ trưởng", "Bộ Y tế", "nominated"),
    }


def test_posts_held_one_after_another_in_a_career_are_former():
    assert facts("Từ 1997 đến 2003, ông Lê Văn An là Thứ trưởng Bộ Y tế, sau đó ông lần lượt làm Phó Bí thư "
                 "Tỉnh uỷ Hà Nam, quyền Chủ tịch UBND tỉnh Hà Nam.") == {
        ("Lê Văn An", "Thứ trưởng", "Bộ Y tế", "former"),
        ("Lê Văn An", "Phó Bí thư", "Tỉnh uỷ Hà Nam", "former"),
        ("Lê Văn An", "quyền Chủ tịch", "UBND tỉnh Hà Nam", "former"),
    }


def test_a_leader_who_died_before_the_report_holds_none_of_the_posts_it_names():
    # deceased_leaders.tsv: Hồ Chí Minh died in 1969, before any report (dated by a later full date or not)
    assert facts("Ngày 19/5/2016, đoàn đại biểu dâng hương tưởng nhớ công ơn Chủ tịch Hồ Chí Minh.") >= {
        ("Hồ Chí Minh", "Chủ tịch", None, "former")}
    assert facts("Ngành giáo dục học tập theo tấm gương của Chủ tịch Hồ Chí Minh.") == {
        ("Hồ Chí Minh", "Chủ tịch", None, "former")}


def test_a_leader_s_death_after_every_date_of_an_undated_report_leaves_the_post_held():
    # Nguyễn Phú Trọng died in 2024: an undated report whose latest full date is of 2017 is older,
    # and a plan's year ("đến năm 2030") does not date a report
    got = facts("Ngày 3/2/2017, Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị bàn chiến lược đến năm 2030.")
    assert got == {("Nguyễn Phú Trọng", "Tổng Bí thư", None, "holds")}


def test_a_namesake_without_the_leader_s_roles_is_not_taken_for_the_leader():
    got = facts("Ngày 3/2/2020, ông Nguyễn Văn Linh, Giám đốc Sở Y tế, phát biểu.")
    assert got == {("Nguyễn Văn Linh", "Giám đốc", "Sở Y tế", "holds")}


def test_a_closing_period_dates_every_title_of_its_clause():
    # "trong giai đoạn 2002-2011" after the last title: all the titles the clause chains are former
    got = facts("Bà Lê Thị Hoa sinh năm 1960. Bà giữ chức Bí thư Quận ủy, Chủ tịch HĐND quận, rồi Trưởng ban "
                "Dân vận Thành ủy trong giai đoạn 2002-2011. Từ năm 2011 đến nay bà là Phó Bí thư Thành ủy.")
    assert got == {("Lê Thị Hoa", "Bí thư", "Quận ủy", "former"),
                   ("Lê Thị Hoa", "Chủ tịch", "HĐND quận", "former"),
                   ("Lê Thị Hoa", "Trưởng", "ban Dân vận Thành ủy", "former"),
                   ("Lê Thị Hoa", "Phó Bí thư", "Thành ủy", "holds")}
    # a period in brackets is the last title's own
    got = facts("Ông Trần Văn Nam là Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh (2011-2016).")
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy", "holds"), ("Trần Văn Nam", "Chủ tịch", "HĐND tỉnh", "former")}


def test_a_leader_s_death_is_compared_with_the_report_s_dates_to_the_day():
    # Trần Đại Quang died on 21 September 2018 (deceased_leaders.tsv)
    assert facts("Ngày 2/9/2018, Chủ tịch nước Trần Đại Quang chủ trì lễ kỷ niệm.") == {
        ("Trần Đại Quang", "Chủ tịch nước", None, "holds")}
    assert facts("Ngày 22/10/2018, Quốc hội bầu người kế nhiệm Chủ tịch nước Trần Đại Quang.") == {
        ("Trần Đại Quang", "Chủ tịch nước", None, "former")}


def test_an_appointment_the_person_once_had_is_a_former_post():
    # status_cues.tsv: "từng được bổ nhiệm", "từng được bầu" (longest phrase wins over "bổ nhiệm")
    assert facts("Ông Trần Đức Minh từng được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Định.") == {
        ("Trần Đức Minh", "Giám đốc", "Sở Y tế tỉnh Bình Định", "former")}
    assert facts("Ông Trần Đức Minh đã từng được bầu làm Bí thư Thành ủy Đà Nẵng vào năm 2015.") == {
        ("Trần Đức Minh", "Bí thư", "Thành ủy Đà Nẵng", "former")}
    assert facts("Ông Trần Đức Minh được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Định.") == {
        ("Trần Đức Minh", "Giám đốc", "Sở Y tế tỉnh Bình Định", "appointed")}


def test_a_removal_only_asked_for_leaves_the_post_held_until_a_sentence_tells_the_decision():
    assert facts("Ủy ban Kiểm tra Tỉnh ủy đề nghị cách chức Giám đốc Sở Xây dựng đối với ông Lê Văn An.") == {
        ("Lê Văn An", "Giám đốc", "Sở Xây dựng", "holds"),
    }
    assert facts("Thủ tướng trình tờ trình đề nghị phê chuẩn việc miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với "
                 "ông Trần Văn Bình.") == {("Trần Văn Bình", "Bộ trưởng", "Bộ Y tế", "holds")}
    assert facts("Ủy ban Kiểm tra Tỉnh ủy đề nghị cách chức Giám đốc Sở Xây dựng đối với ông Lê Văn An. "
                 "Ngày 5/3, UBND tỉnh đã cách chức Giám đốc Sở Xây dựng đối với ông Lê Văn An.") == {
        ("Lê Văn An", "Giám đốc", "Sở Xây dựng", "left"),
    }


def test_a_dismissal_reaching_back_to_ended_terms_strikes_posts_already_left():
    # a term that ended before the report's latest year: the posts are past ones, not left today
    assert facts("Ngày 5/3/2018, Ban Bí thư quyết định cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015, "
                 "bao gồm cả các chức vụ Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Hà Nam của ông Lê Văn An.") == {
        ("Lê Văn An", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "former"),
        ("Lê Văn An", "Phó Bí thư", "Tỉnh ủy", "former"),
        ("Lê Văn An", "Bí thư", "Tỉnh ủy Hà Nam", "former"),
    }
    # two terms named: the dismissal reaches back, whatever the report's date
    assert facts("Ban Bí thư cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và nhiệm kỳ "
                 "2010 - 2015 đối với ông Trần Văn Bình.") == {
        ("Trần Văn Bình", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "former"),
    }


def test_a_removal_within_a_running_term_is_this_report_s_event():
    assert facts("Ban Chấp hành Trung ương cách chức Bí thư Thành ủy, Ủy viên Ban Thường vụ Thành ủy "
                 "nhiệm kỳ 2015-2020 đối với ông Lê Văn An.") == {
        ("Lê Văn An", "Bí thư", "Thành ủy", "left"),
        ("Lê Văn An", "Ủy viên", "Ban Thường vụ Thành ủy", "left"),
    }
    # a term's end year is no date of the report: alone, it does not make the removal past
    assert facts("HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 đối với ông Trần Văn Bình.") == {
        ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "left"),
    }
