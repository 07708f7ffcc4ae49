"""Round 28: lists of persons under a plural title, and a leader's spokesman.

Sentences written for the tests, in the shape of the corpus's: a heading title over a list whose
items carry their own appositions, a bare qualified role inside such a list, a bare plural heading
whose body the heading before named, and "người phát ngôn của Thủ tướng A".
"""

from __future__ import annotations

from tests.fixtures_officials import officials
from tests.test_officials_careers import facts


def posts(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(p, r, o, s) for p, r, o, s, _, _ in facts(text)}


def test_a_listed_name_whose_body_runs_on_in_lower_case_does_not_end_the_list():
    got = posts("Các Phó ban Kinh tế Trung ương chuyên trách, gồm: ông Lê Văn Hùng, Phó bí thư Đảng ủy "
                "cơ quan và ông Trần Minh Khang, nguyên Vụ trưởng Vụ Ngân sách (Bộ Tài chính).")
    assert ("Lê Văn Hùng", "Phó", "ban Kinh tế Trung ương", "holds") in got
    assert ("Trần Minh Khang", "Phó", "ban Kinh tế Trung ương", "holds") in got


def test_a_bare_plural_deputy_board_title_takes_the_board_of_the_heading_before():
    got = posts("Các Phó ban Kinh tế Trung ương chuyên trách gồm: ông Lê Văn Hùng; ông Phạm Quốc Bảo. "
                "Hai Phó ban kiêm nhiệm gồm: ông Trần Minh Khang, Bộ trưởng Công Thương; ông Đỗ Văn Long, "
                "Thứ trưởng Tài chính.")
    assert ("Trần Minh Khang", "Phó", "ban Kinh tế Trung ương", "holds") in got
    assert ("Đỗ Văn Long", "Phó", "ban Kinh tế Trung ương", "holds") in got
    assert ("Trần Minh Khang", "Bộ trưởng", "Công Thương", "holds") in got


def test_a_bare_plural_deputy_board_title_alone_is_no_post():
    got = posts("Hai Phó ban kiêm nhiệm gồm: ông Trần Minh Khang, Bộ trưởng Công Thương; ông Đỗ Văn Long, "
                "Thứ trưởng Tài chính.")
    assert not any(r.startswith("Phó") for _, r, _, _ in got)


def test_a_qualified_role_after_a_listed_names_comma_is_his_post_of_the_heading_body():
    got = posts("Ban Kinh tế Trung ương còn có 4 phó trưởng ban, gồm các ông Lê Văn Hùng, Phó trưởng ban "
                "Thường trực; Phạm Quốc Bảo; Trần Minh Khang và Đỗ Văn Long.")
    assert ("Lê Văn Hùng", "Phó trưởng ban Thường trực", "Ban Kinh tế Trung ương", "holds") in got
    assert ("Lê Văn Hùng", "phó trưởng ban", "Ban Kinh tế Trung ương", "holds") not in got
    assert ("Phạm Quốc Bảo", "phó trưởng ban", "Ban Kinh tế Trung ương", "holds") in got


def test_the_heading_deputy_of_the_board_and_the_qualified_item_are_one_post():
    got = posts("Các Phó ban Kinh tế Trung ương chuyên trách, gồm: ông Lê Văn Hùng, Ủy viên Trung ương "
                "Đảng, Phó trưởng ban Thường trực; ông Phạm Quốc Bảo.")
    assert ("Lê Văn Hùng", "Phó trưởng ban Thường trực", "ban Kinh tế Trung ương", "holds") in got
    assert ("Lê Văn Hùng", "Phó", "ban Kinh tế Trung ương", "holds") not in got
    assert ("Phạm Quốc Bảo", "Phó", "ban Kinh tế Trung ương", "holds") in got


def test_the_name_after_a_spokesmans_leader_title_is_the_spokesman():
    for text in ("Theo người phát ngôn của Thủ tướng Nguyễn Văn Quang, dự thảo còn nhiều ý kiến.",
                 "Chiều 28/4, người phát ngôn Thủ tướng Nguyễn Văn Quang cho biết giá tăng.",
                 "Cùng ngày, người phát ngôn Thủ tướng, ông Nguyễn Văn Quang cho hay như vậy."):
        assert posts(text) == {("Nguyễn Văn Quang", "người phát ngôn", None, "holds")}, text


def test_a_spokesman_described_after_his_name_speaks_for_the_named_leader():
    got = posts("Ông Lê Văn Hùng, Chánh Văn phòng, người phát ngôn của Thủ tướng Nguyễn Văn Quang, cho biết.")
    assert ("Lê Văn Hùng", "người phát ngôn", None, "holds") not in got


def test_the_spokesman_of_the_government_keeps_the_government():
    got = posts("Người phát ngôn của Thủ tướng Chính phủ - ông Nguyễn Văn Quang - thông báo như vậy.")
    assert ("Nguyễn Văn Quang", "người phát ngôn", None, "holds") not in got


def test_a_dated_appointment_to_a_post_a_career_list_calls_past_is_former():
    got = posts("Ông Hoàng Văn Khánh, Phó bí thư Tỉnh uỷ, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ, được bầu giữ chức "
                "chủ tịch UBND tỉnh. Trước khi được bầu là Chủ tịch UBND tỉnh, ông Hoàng Văn Khánh từng trải "
                "qua các chức vụ: Giám đốc Sở Tài chính, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ, Phó bí thư Tỉnh "
                "uỷ. Đại hội Đảng bộ tỉnh năm 2015, ông Khánh được bầu làm Chủ nhiệm Uỷ ban kiểm tra Tỉnh uỷ.")
    assert ("Hoàng Văn Khánh", "Chủ nhiệm", "Uỷ ban kiểm tra Tỉnh uỷ", "former") in got
    assert ("Hoàng Văn Khánh", "Chủ tịch", "UBND tỉnh", "appointed") in got


def test_an_undated_election_to_a_post_a_career_list_names_stays_the_reports_event():
    got = posts("Ông Phạm Văn Sinh được tín nhiệm bầu giữ chức Bí thư Tỉnh uỷ Thái Bình. Sinh năm 1958, ông "
                "Sinh từng giữ các chức vụ: Phó chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh, Bí thư Tỉnh uỷ Thái Bình.")
    assert ("Phạm Văn Sinh", "Bí thư", "Tỉnh uỷ Thái Bình", "appointed") in got


def test_a_post_former_only_by_a_fronted_clause_is_held_when_the_lead_gives_it_held():
    got = posts("Ủy ban Kiểm tra Tỉnh ủy quyết định kỷ luật ông Trần Đăng Minh, Phó Chủ tịch UBND huyện Krông "
                "Nô. Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện Krông Nô, ông Minh đã ký 14 quyết định.")
    assert {s for p, r, o, s in got if r.lower() == "phó chủ tịch"} == {"holds"}


def test_a_post_a_fronted_clause_gives_alone_stays_former():
    got = posts("Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện Krông Nô, ông Trần Đăng Minh đã ký 14 "
                "quyết định sai.")
    assert got == {("Trần Đăng Minh", "Phó Chủ tịch", "UBND huyện Krông Nô", "former")}


def test_the_replaced_persons_move_after_sau_khi_is_an_earlier_act():
    got = posts("Hội nghị đã hiệp thương cử ông Trần Văn Mạnh làm Chủ tịch MTTQ Việt Nam thay ông Nguyễn Văn "
                "Nhã. Ông Mạnh đảm nhiệm vị trí Chủ tịch MTTQ Việt Nam thay cho ông Nguyễn Văn Nhã sau khi ông Nhã "
                "được phân công làm Bí thư Thành ủy TP.HCM.")
    nha = {(r, s) for p, r, o, s in got if p == "Nguyễn Văn Nhã"}
    assert ("Bí thư", "holds") in nha
    assert {s for r, s in nha if r == "Chủ tịch"} == {"former"}


def test_the_replaced_persons_move_told_as_news_is_this_events():
    got = posts("Hội nghị đã hiệp thương cử ông Trần Văn Mạnh làm Chủ tịch MTTQ Việt Nam thay ông Nguyễn Văn "
                "Nhã - vừa được Bộ Chính trị phân công làm Bí thư Thành ủy TP.HCM.")
    nha = {(r, s) for p, r, o, s in got if p == "Nguyễn Văn Nhã"}
    assert ("Bí thư", "appointed") in nha and ("Chủ tịch", "left") in nha


def test_a_foreign_partys_central_secretary_keeps_his_own_partys_committee():
    got = posts("Đoàn đại biểu Lào do Trung tướng Vilay Sombath, Bí thư Trung ương Đảng Nhân dân Cách mạng Lào, "
                "Thứ trưởng Bộ Quốc phòng, làm Trưởng đoàn.")
    assert ("Vilay Sombath", "Bí thư", "Trung ương Đảng Nhân dân Cách mạng Lào", "holds") in got
    assert not any(o == "Trung ương Đảng" for _, _, o, _ in got)


def test_the_central_secretariat_named_as_a_body_gives_no_secretary():
    got = posts("Thay mặt Ban Bí thư Trung ương Đảng Cộng sản Việt Nam, đồng chí Đinh Văn Huy, Ủy viên Bộ "
                "Chính trị, Thường trực Ban Bí thư đã ký quyết định.")
    assert not any(r == "Bí thư" for _, r, _, _ in got)


def test_a_short_name_right_before_nguyen_holds_the_former_titles():
    got = posts("Ông Trần Văn Cường, Phó bí thư Tỉnh uỷ, bị kỷ luật. Ông Cường nguyên Bí thư Đảng uỷ, Cục trưởng "
                "Cục Hậu cần, Tổng cục Tình báo, Bộ Công an (giai đoạn 2009 - 2012).")
    assert ("Trần Văn Cường", "Cục trưởng", "Cục Hậu cần", "former") in got


def test_a_parent_body_item_between_fronted_titles_and_the_name_keeps_them_the_names():
    got = posts("Trong thời gian giữ cương vị Cục trưởng Cục B41, Phó tổng Cục trưởng Tổng cục V, trưởng Ban "
                "Chỉ đạo dự án Đại Kim, Bộ Công an, ông Trần Văn Cường có những vi phạm.")
    assert got == {("Trần Văn Cường", "Cục trưởng", "Cục B41", "former"),
                   ("Trần Văn Cường", "Phó tổng Cục trưởng", "Tổng cục V", "former"),
                   ("Trần Văn Cường", "trưởng", "Ban Chỉ đạo dự án Đại Kim", "former")}


def test_a_debating_deputy_takes_the_assembly_term_his_sentence_names():
    got = posts("Kỳ họp Quốc hội khóa XIV khai mạc. Tại kỳ họp thứ 11 Quốc hội khóa XIII, góp ý vào báo cáo, "
                "đại biểu Lê Văn Nam (Thanh Hóa) phát biểu.")
    assert ("Lê Văn Nam", "Đại biểu", "Quốc hội khóa XIII", "holds") in got


def test_the_same_post_as_the_one_just_given_someone_else():
    got = posts("Sở Nội vụ công bố quyết định bổ nhiệm ông Nguyễn Huy Hoàng, Bí thư Huyện uỷ Vân Hồ giữ chức Phó "
                "giám đốc Sở Giáo dục và Đào tạo Sơn La. Vào tháng 5, ông Nguyễn Văn Chiến, nguyên Phó chủ tịch "
                "UBND huyện Yên Châu cũng được bổ nhiệm chức vụ tương tự.")
    assert ("Nguyễn Văn Chiến", "Phó giám đốc", "Sở Giáo dục và Đào tạo Sơn La", "appointed") in got
    assert ("Nguyễn Văn Chiến", "Phó chủ tịch", "UBND huyện Yên Châu", "former") in got


def test_a_plural_term_list_after_a_title_does_not_end_the_run():
    got = posts("Ông Đinh Văn Thắng có học vị tiến sĩ, là Ủy viên Trung ương Đảng các khóa X, XI và XII, Đại "
                "biểu Quốc hội khóa XI, XIII, XIV.")
    assert ("Đinh Văn Thắng", "Đại biểu", "Quốc hội", "holds") in got
    assert ("Đinh Văn Thắng", "Ủy viên", "Trung ương Đảng", "holds") in got


def test_this_post_given_to_a_name_is_the_post_the_sentence_before_named():
    got = posts("Trước đó, ngày 10/5, ông Đinh Văn Thăng đã nhận quyết định thôi chức Bí thư Thành ủy TP.HCM. "
                "Chức vụ này đã được giao cho ông Nguyễn Văn Nhân.")
    assert ("Nguyễn Văn Nhân", "Bí thư", "Thành ủy TP.HCM", "holds") in got
    assert [s for p, r, _, s in got if p == "Đinh Văn Thăng" and r == "Bí thư"] != ["holds"]


def test_a_role_before_a_bare_body_head_takes_the_body_its_sentence_named():
    got = posts("Về phía Quân khu 4 có Trung tướng Võ Văn Việt – Bí thư Đảng ủy, Chính ủy Quân khu.")
    assert ("Võ Văn Việt", "Chính ủy", "Quân khu", "holds") in got
    ex = officials("Về phía Quân khu 4 có Trung tướng Võ Văn Việt – Bí thư Đảng ủy, Chính ủy Quân khu.")
    assert [p.org.name for p in ex.posts if p.role == "Chính ủy"] == ["Quân khu 4"]


def test_a_bare_body_head_with_two_bodies_of_its_kind_before_is_left_unread():
    got = posts("Tại Quân khu 4 và Quân khu 5, Đại tá Võ Văn Việt, Chính ủy Quân khu, phát biểu.")
    assert not any(r == "Chính ủy" for _, r, _, _ in got)
