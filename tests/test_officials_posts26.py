"""Round 26 of the officials' posts (issue 15): shapes missed on random reports (audit22, mid22).
Our own sentences, in the shape of corpus reports: the sentence in, the exact posts out."""

from __future__ import annotations

from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import facts


def test_two_titles_and_a_country_before_a_foreign_name_after_cua_are_both_the_name_s():
    # the country names the last title's state; "Tổng Bí thư" needs no body: one holder of both
    assert facts("Chủ tịch nước sang thăm Lào theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Bun-nhăng "
                 "Vô-la-chít và dự hội nghị.") == {
        ("Bun-nhăng Vô-la-chít", "Tổng Bí thư", None, "holds"),
        ("Bun-nhăng Vô-la-chít", "Chủ tịch nước", None, "holds"),
    }
    assert facts("Đoàn sang thăm theo lời mời của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.") == {
        ("Tập Cận Bình", "Tổng Bí thư", None, "holds"),
        ("Tập Cận Bình", "Chủ tịch", None, "holds"),
    }


def test_a_title_with_its_body_before_the_last_title_after_cua_stays_another_holder_s():
    assert facts("Đoàn đến theo lời mời của Chủ tịch nước, Bí thư Tỉnh ủy Nghệ An Lê Văn Hải.") == {
        ("Lê Văn Hải", "Bí thư", "Tỉnh ủy Nghệ An", "holds"),
    }


def test_the_post_held_now_joined_by_va_after_the_post_held_then():
    assert facts("Được biết, bà Lê Thị Hoa - khi đó là Chủ tịch UBND tỉnh Bình Định và hiện nay là Bí thư "
                 "Tỉnh ủy Bình Định - đã ký quyết định bổ nhiệm.") == {
        ("Lê Thị Hoa", "Chủ tịch", "UBND tỉnh Bình Định", "former"),
        ("Lê Thị Hoa", "Bí thư", "Tỉnh ủy Bình Định", "holds"),
    }


def test_va_before_another_clause_links_no_title():
    assert facts("Bà Lê Thị Hoa - Chủ tịch UBND tỉnh Bình Định và ông Trần Văn Nam cùng dự.") == {
        ("Lê Thị Hoa", "Chủ tịch", "UBND tỉnh Bình Định", "holds"),
    }


def test_a_title_after_theo_ong_x_with_a_word_after_it_is_the_next_name_s():
    assert facts("Theo ông Nam, Chủ tịch UBND thành phố đương nhiệm, ông Lê Văn Hải đã có đơn xin nghỉ.") == {
        ("Lê Văn Hải", "Chủ tịch", "UBND thành phố", "holds"),
    }


def test_a_title_after_theo_ong_x_closed_by_a_comma_is_still_x_s():
    assert facts("Theo ông Trần Văn Nam, Giám đốc Sở Y tế, dịch bệnh đã được kiểm soát.") == {
        ("Trần Văn Nam", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_a_counted_heading_s_role_with_a_qualifier_in_an_item_takes_the_heading_s_body():
    assert facts("Bí thư Thành ủy Hà Nội là ông Lê Văn Hải. Thành phố hiện có 3 Phó Bí thư là ông Trần Văn "
                 "Nam - Ủy viên Trung ương Đảng, Phó Bí thư Thường trực; ông Đỗ Văn Cường - Chủ tịch UBND "
                 "thành phố và bà Ngô Thị Mai.") == {
        ("Lê Văn Hải", "Bí thư", "Thành ủy Hà Nội", "holds"),
        ("Trần Văn Nam", "Ủy viên", "Trung ương Đảng", "holds"),
        ("Trần Văn Nam", "Phó Bí thư Thường trực", "Thành ủy Hà Nội", "holds"),
        ("Đỗ Văn Cường", "Phó Bí thư", "Thành ủy Hà Nội", "holds"),
        ("Đỗ Văn Cường", "Chủ tịch", "UBND thành phố", "holds"),
        ("Ngô Thị Mai", "Phó Bí thư", "Thành ủy Hà Nội", "holds"),
    }


def test_a_deputy_then_the_standing_deputy_of_one_body_are_two_steps():
    assert facts("Từ năm 1999 đến năm 2006, ông Lê Văn Hải đảm nhiệm chức vụ Phó Chủ tịch rồi Phó Chủ tịch "
                 "thường trực UBND thành phố.") == {
        ("Lê Văn Hải", "Phó Chủ tịch", "UBND thành phố", "former"),
        ("Lê Văn Hải", "Phó Chủ tịch thường trực", "UBND thành phố", "former"),
    }


def test_posts_removed_by_an_agent_after_bi_and_a_penalty_word_in_a_relative_clause():
    assert facts("Ông Trần Văn Tâm đảm nhiệm vị trí thay ông Lê Văn Hải - người trước đó đã bị Trung ương "
                 "Đảng kỷ luật cách chức Bí thư Thành ủy Đà Nẵng, Ủy viên Ban Thường vụ Thành ủy Đà Nẵng.") == {
        ("Lê Văn Hải", "Bí thư", "Thành ủy Đà Nẵng", "left"),
        ("Lê Văn Hải", "Ủy viên", "Ban Thường vụ Thành ủy Đà Nẵng", "left"),
    }
    assert facts("Ông Lê Văn Hải bị kỷ luật cách chức Giám đốc Sở Y tế.") == {
        ("Lê Văn Hải", "Giám đốc", "Sở Y tế", "left"),
    }


def test_a_penalty_word_then_a_comma_links_no_title_to_the_name_before():
    assert facts("Ông Lê Văn Hải bị kỷ luật, Chủ tịch UBND tỉnh Trần Văn Nam cho biết.") == {
        ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_predicate_set_off_by_a_dash_after_the_replaced_name_is_that_name_s():
    assert facts("Bộ Chính trị phân công ông Trần Văn Tâm giữ chức Bí thư Thành ủy Cần Thơ, thay ông Lê Văn "
                 "Hải - được điều động làm Giám đốc Sở Tư pháp thành phố.") == {
        ("Trần Văn Tâm", "Bí thư", "Thành ủy Cần Thơ", "appointed"),
        ("Lê Văn Hải", "Bí thư", "Thành ủy Cần Thơ", "left"),
        ("Lê Văn Hải", "Giám đốc", "Sở Tư pháp thành phố", "appointed"),
    }


def _tokens(text: str) -> list[str]:
    return list(Tokens.of(text, key(text)).t)


def test_a_conjunction_or_preposition_glued_to_the_word_before_is_a_token_of_its_own():
    assert _tokens("Tập đoàn FLCvà Trung tâm Hội nghị") == ["Tập", "đoàn", "FLC", "và", "Trung", "tâm", "Hội", "nghị"]
    assert _tokens("đô thị xanhvà tối ưu, sự quan tâmcủa xã hội") == [
        "đô", "thị", "xanh", "và", "tối", "ưu", ",", "sự", "quan", "tâm", "của", "xã", "hội"]
    assert _tokens("Trương Văn Camvà đồng phạm") == ["Trương", "Văn", "Cam", "và", "đồng", "phạm"]


def test_capitals_glued_to_another_word_and_foreign_words_stay_whole():
    assert _tokens("Chỉ thị 20/CT-TTg, Java, PGBank") == ["Chỉ", "thị", "20", "/", "CT", "-", "TTg", ",", "Java", ",",
                                                         "PGBank"]


def test_a_body_glued_to_va_keeps_its_name_and_the_post_its_body():
    assert facts("Ông Đặng Văn Thắng, Phó Tổng giám đốc Tập đoàn FLCvà ông Lê Văn Hải cùng ký kết.") == {
        ("Đặng Văn Thắng", "Phó Tổng giám đốc", "Tập đoàn FLC", "holds"),
    }


def test_a_post_held_before_truoc_khi_and_the_post_after_it():
    # the first is held no more; the second has its own verb's status
    assert facts("Ông Lê Văn Hải giữ chức Giám đốc Sở Y tế trước khi được bổ nhiệm làm Thứ trưởng Bộ Y tế.") == {
        ("Lê Văn Hải", "Giám đốc", "Sở Y tế", "former"),
        ("Lê Văn Hải", "Thứ trưởng", "Bộ Y tế", "appointed"),
    }
    assert facts("Đầu năm 2007, ông Trần Văn Nam là Bí thư quận 2 TPHCM trước khi trở thành Bí thư Tỉnh ủy "
                 "Bến Tre.") == {
        ("Trần Văn Nam", "Bí thư", "quận 2", "former"),
        ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bến Tre", "former"),
    }


def test_a_title_after_truoc_khi_with_no_verb_is_the_next_name_s():
    assert facts("Ông Lê Văn Hải làm Giám đốc Sở Y tế trước khi Bộ trưởng Bộ Y tế Trần Văn Nam đến thăm.") == {
        ("Lê Văn Hải", "Giám đốc", "Sở Y tế", "holds"),
        ("Trần Văn Nam", "Bộ trưởng", "Bộ Y tế", "holds"),
    }


def test_a_title_after_khi_do_la_and_a_comma_is_the_name_before_s_not_the_next_name_s():
    assert facts("Trong số đó có ông Lê Văn Hải - khi đó là Phó Giám đốc Sở Y tế Yên Bái, ông Trần Văn Tâm - "
                 "cán bộ Viện Kiểm sát thành phố.") == {
        ("Lê Văn Hải", "Phó Giám đốc", "Sở Y tế Yên Bái", "former"),
        ("Trần Văn Tâm", "cán bộ", "Viện Kiểm sát thành phố", "holds"),
    }
    assert facts("Trong số đó có ông Lê Văn Hải - khi đó còn là Phó Giám đốc Sở Y tế Yên Bái, ông Trần Văn Tâm - "
                 "cán bộ Viện Kiểm sát thành phố.") == {
        ("Lê Văn Hải", "Phó Giám đốc", "Sở Y tế Yên Bái", "former"),
        ("Trần Văn Tâm", "cán bộ", "Viện Kiểm sát thành phố", "holds"),
    }


def test_a_time_aside_after_a_dash_gives_a_post_held_then():
    assert facts("Bà Lê Thị Hoa - khi làm Phó Chủ tịch UBND tỉnh - đã ký quyết định.") == {
        ("Lê Thị Hoa", "Phó Chủ tịch", "UBND tỉnh", "former"),
    }


def test_con_la_links_a_title_to_the_name():
    assert facts("Ông Lê Văn Hải, Bí thư Tỉnh ủy, còn là Chủ tịch HĐND tỉnh.") == {
        ("Lê Văn Hải", "Bí thư", "Tỉnh ủy", "holds"),
        ("Lê Văn Hải", "Chủ tịch", "HĐND tỉnh", "holds"),
    }


def test_a_deputy_of_a_bare_lower_case_head_that_the_text_goes_on_naming_is_no_post():
    assert facts("Trong số đó có ông Lê Văn Hải - khi đó còn là Phó văn phòng quản lý đất đai thuộc Sở Địa chính "
                 "tỉnh.") == set()
    assert facts("Ông Nguyễn Văn Thành - Phó chủ tịch UBND thành phố, Phó ban chỉ đạo, giải thích.") == {
        ("Nguyễn Văn Thành", "Phó chủ tịch", "UBND thành phố", "holds"),
        ("Nguyễn Văn Thành", "Phó", "ban chỉ đạo", "holds"),
    }


def test_a_qualified_heading_role_in_brackets_after_a_listed_name():
    assert facts("Hiện UBND tỉnh có 3 Phó Chủ tịch gồm các ông: Lê Văn Hải (Phó Chủ tịch thường trực); Trần Văn "
                 "Nam và Đỗ Văn Cường.") == {
        ("Lê Văn Hải", "Phó Chủ tịch thường trực", "UBND tỉnh", "holds"),
        ("Trần Văn Nam", "Phó Chủ tịch", "UBND tỉnh", "holds"),
        ("Đỗ Văn Cường", "Phó Chủ tịch", "UBND tỉnh", "holds"),
    }


def test_a_career_list_cut_short_by_an_ellipsis_ends_at_the_line_break():
    # the next line is the next section's heading, not one more item of the list
    assert facts("Ông Trần Văn Nam sinh năm 1971, từng kinh qua các chức vụ như: Phó Giám đốc Kho bạc Nhà nước, "
                 "Bí thư Tỉnh ủy Bắc Giang...\nChủ tịch Hội Nông dân làm Bí thư Tỉnh ủy Cao Bằng\nSáng 26/12, ông "
                 "Lê Văn Hải - Chủ tịch Hội Nông dân Việt Nam, đã nhận quyết định.") == {
        ("Trần Văn Nam", "Phó Giám đốc", "Kho bạc Nhà nước", "former"),
        ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Bắc Giang", "former"),
        ("Lê Văn Hải", "Chủ tịch", "Hội Nông dân Việt Nam", "holds"),
    }
