"""Appointments told through the bodies joined and the posts left on the way (issue 15): "chỉ định
ông X tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ...", "thôi giữ chức A về làm B",
"điều động ông X đến giữ chức ...", "giữ chức A sau đó là B".

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_post_after_the_bodies_joined_is_appointed():
    got = facts("Ban Bí thư chỉ định đồng chí Trần Văn Nam, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tư pháp "
                "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Phú Yên nhiệm kỳ 2015 - 2020.")
    assert got == {
        ("Trần Văn Nam", "Ủy viên", "Ban cán sự đảng", "holds"),
        ("Trần Văn Nam", "Thứ trưởng", "Bộ Tư pháp", "holds"),
        ("Trần Văn Nam", "Phó Bí thư", "Tỉnh ủy Phú Yên", "appointed"),
    }


def test_one_body_joined_then_a_comma():
    got = facts("Bộ Chính trị phân công ông Trần Văn Nam, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tham gia "
                "Đảng bộ tỉnh Phú Yên, giữ chức Bí thư Tỉnh ủy Phú Yên.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Phú Yên", "appointed") in got


def test_the_post_after_the_bodies_left_is_left():
    got = facts("Bộ Chính trị quyết định ông Trần Văn Nam thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ "
                "chức vụ Bí thư Tỉnh ủy Phú Yên.")
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Phú Yên", "left")}


def test_a_post_gained_after_one_left_is_appointed():
    got = facts("Ông Trần Văn Nam, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương thôi giữ chức Phó Chủ nhiệm để "
                "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh uỷ Hà Nam.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh uỷ Hà Nam", "appointed") in got
    got = facts("Bộ Chính trị phân công ông Trần Văn Nam thôi giữ chức Bí thư Thành ủy Cần Thơ về làm Phó "
                "Trưởng Ban Kinh tế Trung ương.")
    assert got == {("Trần Văn Nam", "Bí thư", "Thành ủy Cần Thơ", "left"),
                   ("Trần Văn Nam", "Phó Trưởng", "Ban Kinh tế Trung ương", "appointed")}


def test_a_verb_of_movement_before_the_link():
    got = facts("Ban Thường vụ Thành ủy đã điều động ông Trần Văn Nam (Phó Chủ tịch UBND thành phố) đến giữ "
                "chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng thay ông Lê Văn Tâm.")
    assert ("Trần Văn Nam", "Trưởng", "ban Tuyên giáo Thành ủy Đà Nẵng", "appointed") in got
    assert ("Lê Văn Tâm", "Trưởng", "ban Tuyên giáo Thành ủy Đà Nẵng", "left") in got


def test_then_without_a_mark_continues_the_predicate():
    got = facts("Ông Trần Văn Nam được bổ nhiệm giữ chức Phó bí thư Đảng uỷ sau đó là Bí thư Đảng uỷ Khối "
                "Doanh nghiệp Trung ương.")
    assert ("Trần Văn Nam", "Bí thư", "Đảng uỷ Khối Doanh nghiệp Trung ương", "appointed") in got


def test_a_visit_is_not_a_movement_to_a_post():
    # "đến thăm": no linking verb follows the movement word, so no post
    got = facts("Ông Trần Văn Nam đến thăm Bộ Tư pháp và làm việc với lãnh đạo Bộ.")
    assert got == set()


def test_a_second_post_after_kiem_past_the_unread_end_of_a_body():
    got = facts("Năm 1979, ông Nguyễn Văn Luân về làm Phó Tổng giám đốc Xí nghiệp Liên hiệp Dệt may kiêm giám "
                "đốc Nhà máy Dệt Thành Công.")
    assert ("Nguyễn Văn Luân", "giám đốc", "Nhà máy Dệt Thành Công", "holds") in got


def test_kiem_them_in_a_later_clause():
    got = facts("Năm 1968 ông Lê Văn Tâm kiêm Trưởng ban Công nghiệp Trung ương; đến năm 1974 kiêm thêm Trưởng "
                "ban Kinh tế Trung ương.")
    assert {p[:3] for p in got} == {("Lê Văn Tâm", "Trưởng", "ban Công nghiệp Trung ương"),
                                    ("Lê Văn Tâm", "Trưởng", "ban Kinh tế Trung ương")}


def test_a_status_word_opening_a_parenthesis_after_the_name():
    got = facts("Ông Lê Văn Nhã làm thư ký cho ông Nguyễn Duy Trinh (về sau là Phó Thủ tướng kiêm Bộ trưởng Bộ "
                "Ngoại giao).")
    assert ("Nguyễn Duy Trinh", "Bộ trưởng", "Bộ Ngoại giao", "former") in got
    got = facts("Thành ủy lấy phiếu tín nhiệm đối với ông Lê Văn Tâm (hiện là Bí thư Quận ủy Ngũ Hành Sơn).")
    assert got == {("Lê Văn Tâm", "Bí thư", "Quận ủy Ngũ Hành Sơn", "holds")}


def test_a_post_then_after_the_parenthesis_that_holds_the_present_one():
    got = facts("Những năm 1985, ông Lê Văn Tâm (hiện là Ủy viên Bộ Chính trị BCH trung ương Đảng) khi đó là "
                "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, đã chỉ đạo việc này.")
    assert ("Lê Văn Tâm", "Ủy viên", "Bộ Chính trị", "holds") in got
    assert ("Lê Văn Tâm", "Chủ tịch", "UBND thành phố", "former") in got


def test_chuc_vu_before_a_role_is_no_vu_truong():
    got = facts("Ông Trần Văn Nam được bổ nhiệm giữ chức vụ Trưởng phòng Tài chính huyện Cam Lộ.")
    assert {p[1] for p in got} == {"Trưởng"}
    got = facts("Thành ủy phân công ông Trần Văn Nam - Phó trưởng Ban Thường trực Ban Tổ chức Thành uỷ giữ "
                "nhiệm vụ Trưởng Ban Tổ chức Thành uỷ.")
    assert ("Trần Văn Nam", "Trưởng", "Ban Tổ chức Thành uỷ", "appointed") in got
    # a Vụ trưởng written as such is still one
    got = facts("Ông Trần Văn Nam, vụ trưởng Vụ Tổng hợp, phát biểu.")
    assert got == {("Trần Văn Nam", "vụ trưởng", "Vụ Tổng hợp", "holds")}


def test_a_time_spent_in_a_post_is_former():
    got = facts("Sau đó, bà Lê Thị Hoa có thời gian giữ nhiệm vụ Chủ tịch UBND phường Bình Hưng.")
    assert got == {("Lê Thị Hoa", "Chủ tịch", "UBND phường Bình Hưng", "former")}


def test_a_post_given_to_a_name_after_cho_when_the_clause_appoints():
    got = facts("Năm 2016, bà Lê Thị Hoa ký quyết định bổ nhiệm chức vụ Giám đốc Sở Công Thương cho ông Trần Văn Nam.")
    assert ("Trần Văn Nam", "Giám đốc", "Sở Công Thương", "appointed") in got
    assert not any(p[0] == "Lê Thị Hoa" for p in got)
    got = facts("Ủy ban Thường vụ Quốc hội đã giao quyền Chủ tịch UBND tỉnh Phú Yên cho ông Trần Văn Nam, Phó Chủ "
                "tịch UBND tỉnh.")
    assert ("Trần Văn Nam", "quyền Chủ tịch", "UBND tỉnh Phú Yên", "appointed") in got


def test_cho_after_a_gift_gives_no_post():
    got = facts("Chủ tịch nước trao Huân chương Lao động hạng Nhì cho ông Trần Văn Nam, Giám đốc Sở Y tế.")
    assert got == {("Trần Văn Nam", "Giám đốc", "Sở Y tế", "holds")}
    got = facts("Thứ trưởng Bộ Y tế đã gửi thư cho ông Trần Văn Nam.")
    assert not any(p[0] == "Trần Văn Nam" for p in got)


def test_nay_la_after_a_former_post_holds():
    got = facts("Bà Lê Thị Hoa, khi đó là Chủ tịch UBND tỉnh Phú Yên, nay là Bí thư Tỉnh ủy Phú Yên, đã ký quyết định.")
    assert got == {("Lê Thị Hoa", "Chủ tịch", "UBND tỉnh Phú Yên", "former"),
                   ("Lê Thị Hoa", "Bí thư", "Tỉnh ủy Phú Yên", "holds")}


def test_the_previous_holder_after_a_comma_and_thay():
    got = facts("Đại hội đã bầu ông Trần Văn Nam giữ chức Bí thư Tỉnh ủy Quảng Trị, thay ông Lê Văn Tâm nghỉ hưu.")
    assert got == {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Quảng Trị", "appointed"),
                   ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Quảng Trị", "left")}


def test_x_thay_y_lam_the_post_is_xs():
    got = facts("Ông Trần Văn Nam thay ông Lê Văn Tâm làm Chủ tịch UBND tỉnh Quảng Trị.")
    assert got == {("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Quảng Trị", "appointed"),
                   ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Quảng Trị", "left")}


def test_the_previous_holders_own_move_stays_his():
    got = facts("Ông Trần Văn Nam được bầu làm Chủ tịch UBND tỉnh Quảng Trị, thay ông Lê Văn Tâm được điều động "
                "làm Thứ trưởng Bộ Tư pháp.")
    assert got == {("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Quảng Trị", "appointed"),
                   ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Quảng Trị", "left"),
                   ("Lê Văn Tâm", "Thứ trưởng", "Bộ Tư pháp", "appointed")}


def test_the_agent_of_a_passive_appointment_does_not_get_the_post():
    got = facts("Ông Võ Văn Hoan được Chủ tịch UBND tỉnh Lê Hoàng Quân bổ nhiệm giữ chức vụ Chánh Văn phòng UBND tỉnh.")
    assert got == {("Võ Văn Hoan", "Chánh", "Văn phòng UBND tỉnh", "appointed"),
                   ("Lê Hoàng Quân", "Chủ tịch", "UBND tỉnh", "holds")}
    # a long title as the agent, its holder's name after it
    got = facts("Ông Võ Văn Hoan được Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng Lê Hoàng Quân bổ nhiệm giữ chức "
                "vụ Chánh Văn phòng UBND thành phố.")
    assert ("Võ Văn Hoan", "Chánh", "Văn phòng UBND thành phố", "appointed") in got
    got = facts("Ông Võ Văn Hoan được đồng chí Lê Hoàng Quân giới thiệu làm Chánh Văn phòng UBND tỉnh.")
    assert got == {("Võ Văn Hoan", "Chánh", "Văn phòng UBND tỉnh", "nominated")}


def test_giu_chuc_danh_links_the_post():
    got = facts("Đồng chí Trần Văn Nam, Chủ tịch HĐND tỉnh Quảng Ninh vừa được bầu giữ chức danh Bí thư Tỉnh uỷ "
                "Quảng Ninh, khoá XIV.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh uỷ Quảng Ninh", "appointed") in got


def test_a_fronted_title_with_its_term_before_the_name():
    got = facts("Trên cương vị Phó chủ tịch UBND tỉnh nhiệm kỳ 2006 - 2011, ông Trần Văn Nam đã ký nhiều quyết "
                "định. Năm 2016, ông nghỉ hưu.")
    assert ("Trần Văn Nam", "Phó chủ tịch", "UBND tỉnh", "former") in got
    got = facts("Trước khi được bầu làm Bí thư Tỉnh uỷ Quảng Ninh, nhiệm kỳ 2015-2020, đồng chí Trần Văn Nam "
                "từng giữ các chức vụ Bí thư Thành uỷ Móng Cái.")
    assert ("Trần Văn Nam", "Bí thư", "Tỉnh uỷ Quảng Ninh", "holds") in got
    assert ("Trần Văn Nam", "Bí thư", "Thành uỷ Móng Cái", "former") in got


def test_roi_after_a_title_whose_body_is_not_read():
    got = facts("Bà Nguyễn Thị Bình sinh năm 1927. Sau năm 1975, bà giữ chức Bộ trưởng Giáo dục, rồi Phó Chủ tịch "
                "nước (1992-2002).")
    assert ("Nguyễn Thị Bình", "Phó Chủ tịch nước", None, "former") in got
    got = facts("Từ năm 2007 đến 2011, ông Trần Văn Thọ được bổ nhiệm làm Phó chủ tịch, rồi Chủ tịch Viện Khoa học "
                "Xã hội Việt Nam.")
    assert ("Trần Văn Thọ", "Chủ tịch", "Viện Khoa học Xã hội Việt Nam", "former") in got


def test_a_year_after_a_title_does_not_end_the_predicate():
    got = facts("Ông Trần Văn Thọ được bổ nhiệm làm Phó Giám đốc Sở Tài chính năm 2010, rồi Giám đốc Sở Tài chính "
                "năm 2014.")
    assert {p[:3] for p in got} == {("Trần Văn Thọ", "Phó Giám đốc", "Sở Tài chính"),
                                    ("Trần Văn Thọ", "Giám đốc", "Sở Tài chính")}


def test_a_parenthesis_with_a_status_word_after_the_apposition():
    got = facts("Còn ông Trần Công Chánh - Phó bí thư, Chủ tịch UBND tỉnh nhiệm kỳ 2010-2015 (hiện là Bí thư Tỉnh "
                "uỷ Hậu Giang) nhận thấy thiếu trách nhiệm.")
    assert ("Trần Công Chánh", "Bí thư", "Tỉnh uỷ Hậu Giang", "holds") in got
    # the parenthesis says what he is now: the titles before it were held then (now_cues.tsv)
    assert ("Trần Công Chánh", "Chủ tịch", "UBND tỉnh", "former") in got
    got = facts("Ông Trần Công Chánh, Chủ tịch UBND tỉnh (khi đó là Phó Bí thư Tỉnh ủy) nói.")
    assert ("Trần Công Chánh", "Phó Bí thư", "Tỉnh ủy", "former") in got


def test_deputies_in_the_report_of_a_debate_that_names_its_deputies_together():
    got = facts("Thảo luận về dự án luật, hầu hết các ĐBQH đều đồng tình. ĐB Nguyễn Văn Hải (Thanh Hóa) đề "
                "nghị bổ sung quy định. Quốc hội sẽ biểu quyết vào cuối kỳ.")
    assert {(p[0], p[2]) for p in got} == {("Nguyễn Văn Hải", "Quốc hội")}


def test_receiving_the_decision_appoints():
    got = facts("Sáng 26/12, ông Lại Văn Môn - Chủ tịch Hội Nông dân Việt Nam, đã nhận quyết định của Bộ Chính trị "
                "về việc tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh uỷ Cao Bằng.")
    assert ("Lại Văn Môn", "Bí thư", "Tỉnh uỷ Cao Bằng", "appointed") in got
    assert ("Lại Văn Môn", "Chủ tịch", "Hội Nông dân Việt Nam", "holds") in got
