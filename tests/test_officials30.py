"""Officials, thirtieth round: one election predicate shared by a list of titled persons, a role
written bare after a linking verb that echoes the body of a post named just before, a bare role in
a name's apposition that takes the body of the post the name is given, and posts written as a
capacity in a fronted clause ("Trên cương vị A, B, đồng chí ...").

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_bare_deputy_after_the_verb_echoes_the_body_of_the_head_named_before():
    got = facts("Đại hội Đảng bộ tỉnh Hà Tĩnh đã bầu Ban chấp hành khóa mới. Ông Lê Văn Hùng được bầu giữ "
                "chức Bí thư Tỉnh ủy Hà Tĩnh. Ông Trần Minh Đức, bà Võ Thị Hoa và ông Phạm Quốc Bảo (Trưởng "
                "ban Tổ chức) được bầu giữ chức Phó bí thư.")
    for name in ("Trần Minh Đức", "Võ Thị Hoa", "Phạm Quốc Bảo"):
        assert (name, "Phó bí thư", "Tỉnh ủy Hà Tĩnh", "appointed") in got


def test_the_same_post_again_is_not_echoed():
    # the head named before and the head again: another body's ("do ... làm Trưởng ban")
    got = facts("Ban Chỉ đạo do Trưởng Ban Tổ chức Trung ương Trần Văn An làm Trưởng ban.")
    assert ("Trần Văn An", "Trưởng ban", "Ban Tổ chức Trung ương", "holds") not in got


def test_an_echo_is_not_read_from_the_subjects_own_apposition():
    got = facts("HĐND thành phố Cần Thơ bầu ông Lê Minh Tâm giữ chức Chủ tịch UBND thành phố Cần Thơ. Ông "
                "Hồ Văn Nam, Giám đốc Sở Tài chính và bà Đỗ Thị Lan, Chủ tịch Liên đoàn Lao động thành phố "
                "giữ chức Phó chủ tịch.")
    # appointed (thirty-seventh round): the telegraphic "A, <titles> và B, <titles> giữ chức Y" of an
    # election report gives Y as "Ông A, <titles> giữ chức Y" does (status._apposed_act; mid27's gold)
    assert ("Hồ Văn Nam", "Phó chủ tịch", "UBND thành phố Cần Thơ", "appointed") in got
    assert not any(p == "Đỗ Thị Lan" and r == "Phó chủ tịch" and o and "Liên đoàn" in o for p, r, o, _ in got)


def test_a_shared_predicate_reaches_each_titled_person_of_the_list():
    got = facts("Ông Vũ Đức Long, Chủ tịch UBND tỉnh Nam Định và ông Hà Văn Tú, Trưởng Ban Dân vận Tỉnh ủy "
                "Nam Định được bầu làm Phó bí thư Tỉnh ủy Nam Định.")
    assert ("Vũ Đức Long", "Phó bí thư", "Tỉnh ủy Nam Định", "appointed") in got
    assert ("Hà Văn Tú", "Phó bí thư", "Tỉnh ủy Nam Định", "appointed") in got


def test_a_bare_role_in_the_apposition_takes_the_body_of_the_post_given():
    got = facts("Ban chấp hành Đảng bộ tỉnh Gia Lai đã bầu ông Nguyễn Văn Phú, Phó bí thư Thường trực giữ "
                "chức Bí thư Tỉnh ủy Gia Lai.")
    assert ("Nguyễn Văn Phú", "Phó bí thư Thường trực", "Tỉnh ủy Gia Lai", "holds") in got
    assert ("Nguyễn Văn Phú", "Bí thư", "Tỉnh ủy Gia Lai", "appointed") in got


def test_a_bare_role_of_another_post_takes_no_body():
    got = facts("HĐND tỉnh Yên Bái bầu ông Lý Văn Hải, Phó bí thư, Phó chủ tịch làm Chủ tịch UBND tỉnh Yên Bái.")
    assert ("Lý Văn Hải", "Phó chủ tịch", "UBND tỉnh Yên Bái", "holds") in got
    assert ("Lý Văn Hải", "Chủ tịch", "UBND tỉnh Yên Bái", "appointed") in got
    assert not any(r == "Phó bí thư" for _, r, _, _ in got)


def test_posts_written_as_a_capacity_go_to_the_pronoun_subject():
    got = facts("Đồng chí Hoàng Văn Thụ sinh năm 1920 tại Cao Bằng. Sau ngày đất nước thống nhất, trên các "
                "cương vị Chủ tịch Ủy ban Thường vụ Quốc hội, Chủ tịch Hội đồng Nhà nước, đồng chí đã có "
                "những đóng góp to lớn.")
    assert ("Hoàng Văn Thụ", "Chủ tịch", "Ủy ban Thường vụ Quốc hội", "holds") in got
    assert ("Hoàng Văn Thụ", "Chủ tịch", "Hội đồng Nhà nước", "holds") in got


def test_a_capacity_goes_on_past_items_not_read():
    got = facts("Đồng chí Hoàng Văn Thụ sinh năm 1920. Trên cương vị Cố vấn Ban Chấp hành Trung ương Đảng, "
                "được Bộ Chính trị cử làm Trưởng Tiểu ban soạn thảo văn kiện, đồng chí đã dồn hết tâm trí.")
    assert ("Hoàng Văn Thụ", "Cố vấn", "Ban Chấp hành Trung ương Đảng", "holds") in got


def test_a_bracketed_title_after_a_dash_title_is_the_persons_too():
    got = facts("Ông Trần Văn Bình – Trưởng đoàn kiểm tra (Phó Chánh thanh tra tỉnh Nghệ An) đọc dự thảo kết luận.")
    assert ("Trần Văn Bình", "Phó Chánh", "thanh tra tỉnh Nghệ An", "holds") in got


def test_a_deputy_written_after_the_bodys_noun():
    got = facts("Xin rút khỏi danh sách có Tổng cục phó Tổng cục Hải quan Lê Văn Hòa.")
    assert ("Lê Văn Hòa", "Tổng cục phó", "Tổng cục Hải quan", "holds") in got


def test_a_move_with_no_place_reaches_the_post_and_keeps_it_from_the_next_name():
    got = facts("Ông Hồ Văn Tâm, Bí thư Tỉnh ủy Quảng Bình được điều ra giữ chức Bí thư Đảng đoàn Hội Nông dân "
                "Việt Nam, ông Lê Quốc Hưng, Phó bí thư Tỉnh ủy Quảng Bình trở lại làm Thứ trưởng Tư pháp.")
    assert ("Hồ Văn Tâm", "Bí thư", "Đảng đoàn Hội Nông dân Việt Nam", "holds") in got
    assert ("Lê Quốc Hưng", "Thứ trưởng", "Tư pháp", "holds") in got
    assert not any(p == "Lê Quốc Hưng" and o and "Đảng đoàn" in o for p, _, o, _ in got)


def test_a_career_step_moving_up_with_no_place_is_left_to_the_career_rules():
    got = facts("Sau 3 năm công tác tại Công ty Điện lực Hà Nội, ông Trần Văn Quý chuyển lên làm Trưởng phòng "
                "Tổng hợp, Bộ Năng lượng.")
    assert ("Trần Văn Quý", "Trưởng phòng", "Phòng Tổng hợp", "holds") not in got


def test_a_reelected_deputy_echoes_the_committee_of_the_secretary_named_before():
    got = facts("Ông Lê Văn Hải, Chủ tịch Quảng Bình được bầu làm Bí thư Tỉnh ủy Quảng Bình; ông Trần Văn Hòa "
                "tái đắc cử Phó bí thư.")
    assert ("Trần Văn Hòa", "Phó bí thư", "Tỉnh ủy Quảng Bình", "appointed") in got


def test_a_bare_committee_after_the_role_refers_back_to_the_committee_named_before():
    got = facts("Hôm qua, Ủy ban Kiểm tra Trung ương đã họp kỳ 30 dưới sự chủ trì của ông Lê Minh Khôi - Chủ "
                "nhiệm Ủy ban.")
    assert ("Lê Minh Khôi", "Chủ nhiệm", "Ủy ban", "holds") in got
    assert any(p.org is not None and p.org.name == "Ủy ban Kiểm tra Trung ương"
               for p in officials("Hôm qua, Ủy ban Kiểm tra Trung ương đã họp kỳ 30 dưới sự chủ trì của ông Lê "
                                  "Minh Khôi - Chủ nhiệm Ủy ban.").posts)


def test_a_committee_with_its_parent_written_after_it_is_not_referred_back_to():
    got = facts("Bà Hà Thị Mai đã tiếp đoàn Ủy ban Đối ngoại, Hạ viện Ba Lan do ông Jan Kowalski, Chủ nhiệm Ủy "
                "ban, làm trưởng đoàn.")
    assert not any(p == "Jan Kowalski" and r == "Chủ nhiệm" and o == "Ủy ban" for p, r, o, _ in got)


def test_the_dong_of_hoi_dong_is_no_form_of_address():
    from kg.loaders.extract.officials import _past_unread_item
    from kg.loaders.extract.tokens import Tokens
    from kg.textkey import key
    text = "Chủ tịch Hội đồng, Trưởng ban"
    toks = Tokens.of(text, key(text))
    assert _past_unread_item(toks, 0, []) == 5


def test_a_congress_of_delegates_names_no_delegate_post():
    got = facts("Đại hội đại biểu Đảng bộ tỉnh Hà Nam, ông Lê Văn Khải, Bí thư Tỉnh ủy tiếp tục được bầu giữ "
                "chức Bí thư khóa mới.")
    assert not any(r.casefold() == "đại biểu" for _, r, _, _ in got)
    assert ("Lê Văn Khải", "Bí thư", "Tỉnh ủy", "appointed") in got


def test_a_meeting_word_before_a_real_title_is_no_name():
    got = facts("Phát biểu kết thúc hội nghị Bí thư Thành ủy Đà Nẵng Lê Văn Khải đề nghị rà soát quy hoạch.")
    assert ("Lê Văn Khải", "Bí thư", "Thành ủy Đà Nẵng", "holds") in got


def test_the_delegates_word_of_a_boards_name_is_no_deputy_in_a_session_report():
    got = facts("Tại kỳ họp thứ 5 của Quốc hội, Trưởng Ban Công tác đại biểu Trần Văn Kiên nêu thực trạng chất "
                "vấn. Đại biểu Lê Thị Hoa chất vấn Bộ trưởng.")
    assert not any(p == "Trần Văn Kiên" and r == "Đại biểu" for p, r, _, _ in got)
    assert ("Trần Văn Kiên", "Trưởng", "Ban Công tác đại biểu", "holds") in got


def test_the_same_post_in_the_subjects_own_apposition_is_re_elected():
    got = facts("Đại hội đại biểu Đảng bộ tỉnh Hà Nam, ông Lê Văn Khải, Bí thư Tỉnh ủy Hà Nam tiếp tục được tín "
                "nhiệm bầu giữ chức Bí thư khóa mới.")
    assert ("Lê Văn Khải", "Bí thư", "Tỉnh ủy Hà Nam", "appointed") in got


def test_a_post_given_to_a_numbered_list_of_nominees():
    got = facts("Điều 1. Phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với các ông có tên sau "
                "đây: 1. Ông Trần Văn Hiếu, sinh ngày 2 tháng 3 năm 1965, Phó Chánh án Tòa án nhân dân tỉnh Hà "
                "Nam. 2. Ông Lê Quang Vinh, sinh ngày 5 tháng 6 năm 1967, Vụ trưởng Vụ Pháp chế. Điều 2. Nghị "
                "quyết này có hiệu lực.")
    assert ("Trần Văn Hiếu", "Thẩm phán", "Tòa án nhân dân tối cao", "appointed") in got
    assert ("Lê Quang Vinh", "Thẩm phán", "Tòa án nhân dân tối cao", "appointed") in got


def test_a_list_after_towards_with_no_numbers_is_left_alone():
    got = facts("Ủy ban kiểm tra thi hành kỷ luật Giám đốc Bệnh viện huyện đối với các ông: Trần Văn Hiếu, Lê "
                "Quang Vinh.")
    assert not any(r == "Giám đốc" for _, r, _, _ in got)


def test_a_title_held_while_acting_told_after_the_act_is_the_subjects_former_post():
    got = facts("Ông Hoàng Văn Bách được bầu làm Phó chủ tịch UBND tỉnh Hậu Giang trong kỳ họp tháng 5/2015 khi "
                "đang giữ cương vị Chánh Văn phòng Sở Tài chính tỉnh Hậu Giang.")
    assert ("Hoàng Văn Bách", "Chánh", "Văn phòng Sở Tài chính tỉnh Hậu Giang", "former") in got


def test_a_title_held_while_acting_is_not_given_over_another_name():
    got = facts("Ông Hoàng Văn Bách trao quyết định cho ông Lê Văn Tám khi đang giữ cương vị Giám đốc Sở Tài "
                "chính tỉnh Hậu Giang.")
    assert not any(p == "Hoàng Văn Bách" and r == "Giám đốc" for p, r, _, _ in got)


def test_a_shared_predicate_reaches_back_over_commas_once_a_titled_and_closed_the_list():
    got = facts("Ông Trần Văn Hòa, Giám đốc Sở Tài chính, ông Lê Văn Minh, Giám đốc Sở Nội vụ và ông Phạm Văn "
                "Nam, Chánh Văn phòng UBND tỉnh được bầu làm Phó Chủ tịch UBND tỉnh Nam Định.")
    for name in ("Trần Văn Hòa", "Lê Văn Minh", "Phạm Văn Nam"):
        assert (name, "Phó Chủ tịch", "UBND tỉnh Nam Định", "appointed") in got


def test_a_titled_name_before_a_comma_alone_is_not_the_predicates_subject():
    got = facts("Theo ông Trần Văn Hòa, Giám đốc Sở Tài chính, ông Lê Văn Minh được bầu làm Phó Chủ tịch UBND "
                "tỉnh Nam Định.")
    assert not any(p == "Trần Văn Hòa" and r == "Phó Chủ tịch" for p, r, _, _ in got)
