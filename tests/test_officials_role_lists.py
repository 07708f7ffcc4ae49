"""A career's steps in one body, and titles linked to a name by "với cương vị" / "với các chức danh".

The sentences are our own, written in the shape of corpus biographies and reports.
"""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_roles_listed_before_one_body_all_share_it():
    got = posts_of(officials("Ông Lê Văn Tám từng là giảng viên, Phó trưởng khoa, Trưởng khoa rồi Hiệu "
                             "trưởng Trường Chính trị tỉnh."))
    assert got == {
        ("Lê Văn Tám", "giảng viên", "Trường Chính trị tỉnh"),
        ("Lê Văn Tám", "Phó trưởng khoa", "Trường Chính trị tỉnh"),
        ("Lê Văn Tám", "Trưởng khoa", "Trường Chính trị tỉnh"),
        ("Lê Văn Tám", "Hiệu trưởng", "Trường Chính trị tỉnh"),
    }


def test_a_secretary_before_a_peoples_committee_is_still_the_party_committees():
    got = posts_of(officials("Bí thư, Chủ tịch UBND huyện Tuy Đức Lê Văn Tám phát biểu."))
    assert got == {("Lê Văn Tám", "Bí thư", "Huyện ủy Tuy Đức"),
                   ("Lê Văn Tám", "Chủ tịch", "UBND huyện Tuy Đức")}


def test_a_role_list_that_reaches_no_body_gives_no_post():
    got = posts_of(officials("Ông Lê Văn Tám, Phó trưởng khoa, Trưởng khoa, cho biết nhà trường đã chuẩn bị."))
    assert got == set()


def test_voi_cuong_vi_after_the_name_links_the_title():
    got = posts_of(officials("Ông Trần Văn Bảy, với cương vị Chủ tịch UBND tỉnh Bình Định, đã ký quyết định."))
    assert got == {("Trần Văn Bảy", "Chủ tịch", "UBND tỉnh Bình Định")}
    got = posts_of(officials("Bà Lê Thị Tám, với tư cách là Trưởng ban Dân vận Tỉnh ủy, đã trả lời cử tri."))
    assert got == {("Lê Thị Tám", "Trưởng", "ban Dân vận Tỉnh ủy")}


def test_roles_after_the_workplace_and_voi_cac_chuc_danh():
    ex = officials("Từ năm 1983 đến năm 1997, ông Lê Văn Tám công tác tại Trường Đại học Kinh tế với các "
                   "chức danh phó trưởng khoa, trưởng khoa, Phó hiệu trưởng.")
    assert {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts} == {
        ("Lê Văn Tám", "phó trưởng khoa", "Trường Đại học Kinh tế", "former"),
        ("Lê Văn Tám", "trưởng khoa", "Trường Đại học Kinh tế", "former"),
        ("Lê Văn Tám", "Phó hiệu trưởng", "Trường Đại học Kinh tế", "former"),
    }


def test_a_title_after_a_plural_list_of_names_is_everyones():
    got = posts_of(officials("Các ông Lê Văn Tám và Nguyễn Văn Bảy, Phó Chủ tịch UBND tỉnh, đã tiếp đoàn."))
    assert got == {("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh"), ("Nguyễn Văn Bảy", "Phó Chủ tịch", "UBND tỉnh")}
    got = posts_of(officials("Các đồng chí: Lê Văn Tám và Nguyễn Văn Bảy nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ "
                             "Việt Nam được tặng huân chương."))
    assert got == {("Lê Văn Tám", "Phó Chủ tịch", "Ủy ban T.Ư MTTQ Việt Nam"),
                   ("Nguyễn Văn Bảy", "Phó Chủ tịch", "Ủy ban T.Ư MTTQ Việt Nam")}


def test_without_a_plural_mark_the_title_is_the_last_names_only():
    got = posts_of(officials("Dự lễ có ông Lê Văn Tám, Nguyễn Văn Bảy, Phó Chủ tịch UBND tỉnh."))
    assert got == {("Nguyễn Văn Bảy", "Phó Chủ tịch", "UBND tỉnh")}


def test_a_minister_written_alone_is_of_the_ministry_named_just_before():
    got = posts_of(officials("Các đại biểu đã nghe Bộ Nội vụ báo cáo. Theo Bộ trưởng Lê Văn Tám, công tác "
                             "chuẩn bị đã xong."))
    assert got == {("Lê Văn Tám", "Bộ trưởng", "Bộ Nội vụ")}
    got = posts_of(officials("Bộ Văn hóa Thông tin có công văn do Thứ trưởng Lê Văn Tám ký gửi UBND tỉnh."))
    assert got == {("Lê Văn Tám", "Thứ trưởng", "Bộ Văn hóa Thông tin")}


def test_a_minister_alone_takes_no_ministry_the_text_does_not_tie_to_him():
    got = posts_of(officials("Thủ tướng đã gặp Bộ trưởng Lê Văn Tám. Sau đó Bộ Tài chính và Bộ Công an họp."))
    assert got == {("Lê Văn Tám", "Bộ trưởng", None)}


def test_a_spokesperson_of_the_prime_minister_speaks_for_the_government_and_is_not_prime_minister():
    got = posts_of(officials("Kết quả được người phát ngôn của Thủ tướng Chính phủ - ông Lê Văn Tám - thông "
                             "báo trong buổi họp báo."))
    assert got == {("Lê Văn Tám", "người phát ngôn", "Chính phủ")}


def test_a_secretary_of_a_place_is_one_post_with_the_secretary_of_its_committee():
    got = posts_of(officials("Tân Bí thư Thành ủy TP.HCM Lê Văn Tám nhận nhiệm vụ. Bí thư TP.HCM Lê Văn Tám "
                             "thăm Bến Nhà Rồng."))
    assert got == {("Lê Văn Tám", "Bí thư", "Thành ủy TP.HCM")}
    got = posts_of(officials("Ông Lê Văn Tám, Bí thư tỉnh Đồng Tháp, dẫn chứng mô hình hội quán."))
    assert got == {("Lê Văn Tám", "Bí thư", "tỉnh Đồng Tháp")}


def test_titles_between_two_names_split_at_their_last_va():
    got = posts_of(officials("Đại tướng Lê Văn Tám, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ "
                             "Chính trị, Bí thư Thành ủy Hà Nội Trần Văn Chín đồng chủ trì Hội nghị."))
    assert got == {("Lê Văn Tám", "Ủy viên", "Bộ Chính trị"), ("Lê Văn Tám", "Bộ trưởng", "Bộ Quốc phòng"),
                   ("Trần Văn Chín", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Chín", "Bí thư", "Thành ủy Hà Nội")}


def test_a_guests_titles_then_the_hosts_title_right_before_the_host():
    got = posts_of(officials("Đánh giá cao kết quả hội đàm với Đại tướng Lê Văn Tám, Ủy viên Bộ Chính trị, Bộ "
                             "trưởng Bộ Quốc phòng, Thủ tướng Trần Văn Chín cũng hoan nghênh đoàn."))
    assert got == {("Lê Văn Tám", "Ủy viên", "Bộ Chính trị"), ("Lê Văn Tám", "Bộ trưởng", "Bộ Quốc phòng"),
                   ("Trần Văn Chín", "Thủ tướng", None)}


def test_in_a_list_of_titled_names_each_run_before_a_name_stays_whole():
    got = posts_of(officials("Dự lễ có Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) "
                             "Việt Nam Lê Văn Tám, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam Trần "
                             "Văn Chín; Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Lan."))
    assert ("Trần Văn Chín", "Ủy viên", "Trung ương Đảng") in got
    assert ("Trần Văn Chín", "Chủ tịch", "Hội Nông dân Việt Nam") in got
    assert ("Lê Văn Tám", "Ủy viên", "Trung ương Đảng") not in got


def test_an_aside_between_the_name_and_la_does_not_cut_the_link():
    got = posts_of(officials("Ông Lê Văn Tám sinh năm 1953. Ông có học hàm giáo sư, học vị tiến sĩ, là Ủy viên "
                             "Trung ương Đảng, đại biểu Quốc hội khóa XI, XII."))
    assert got == {("Lê Văn Tám", "Ủy viên", "Trung ương Đảng"), ("Lê Văn Tám", "đại biểu", "Quốc hội")}


def test_a_headline_run_into_the_body_keeps_its_title_away_from_the_next_name():
    got = posts_of(officials("Ông Lê Văn Tám chính thức nhận nhiệm vụ Phó Ban Kinh tế Trung ương Ông Trần Văn "
                             "Chín, Ủy viên Bộ Chính trị, đã chủ trì Hội nghị."))
    assert got == {("Lê Văn Tám", "Phó", "Ban Kinh tế Trung ương"), ("Trần Văn Chín", "Ủy viên", "Bộ Chính trị")}


def test_a_plural_title_reaches_the_last_name_past_the_first_names_own_titles():
    got = posts_of(officials("Các đại biểu QH Lê Văn Tám, Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM và Trần "
                             "Văn Chín đã tiếp xúc cử tri."))
    assert ("Trần Văn Chín", "đại biểu", "QH") in got
    assert ("Trần Văn Chín", "Ủy viên", "Bộ Chính trị") not in got


def test_a_non_party_role_before_a_party_committee_shares_the_committees_parent():
    got = posts_of(officials("Ông Lê Văn Tám từng là Tổng giám đốc, Bí thư Đảng ủy Tổng công ty Sông Đà."))
    assert got == {("Lê Văn Tám", "Tổng giám đốc", "Tổng công ty Sông Đà"),
                   ("Lê Văn Tám", "Bí thư", "Đảng ủy Tổng công ty Sông Đà")}
    got = posts_of(officials("Ông Lê Văn Tám từng là Trưởng phòng, Ủy viên Ban Thường vụ Tỉnh ủy."))
    assert got == {("Lê Văn Tám", "Ủy viên", "Ban Thường vụ Tỉnh ủy")}


def test_a_fronted_title_ending_in_a_bracketed_abbreviation_reaches_the_name_after_the_comma():
    got = posts_of(officials("Với cương vị là Tổng giám đốc Tổng công ty Sông Đà (PVC), ông Lê Văn Tám đã gây "
                             "thua lỗ."))
    assert got == {("Lê Văn Tám", "Tổng giám đốc", "Tổng công ty Sông Đà")}
    got = posts_of(officials("Ông Trần Văn Chín, Giám đốc Tổng công ty Sông Đà (PVC), ông Lê Văn Tám và nhiều "
                             "người khác dự họp."))
    assert got == {("Trần Văn Chín", "Giám đốc", "Tổng công ty Sông Đà")}


def test_a_further_voi_clause_shares_the_post_given_doi_voi_the_first_name():
    ex = officials("Ông Trần Văn Mười trao quyết định miễn nhiệm chức Phó chủ tịch UBND thành phố đối với ông "
                   "Lê Văn Tám, để nhận nhiệm vụ mới là Phó bí thư Thành uỷ; với ông Trần Văn Chín để nhận nhiệm "
                   "vụ mới là Phó Chủ nhiệm Văn phòng Chính phủ.")
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts}
    assert ("Lê Văn Tám", "Phó chủ tịch", "UBND thành phố", "left") in got
    assert ("Trần Văn Chín", "Phó chủ tịch", "UBND thành phố", "left") in got
    assert ("Trần Văn Chín", "Phó Chủ nhiệm", "Văn phòng Chính phủ", "appointed") in got


def test_titles_continued_by_bao_gom_ca_cac_chuc_vu_are_all_the_persons_after_cua():
    ex = officials("Ban Bí thư đã quyết định cách chức Uỷ viên Ban thường vụ Tỉnh uỷ nhiệm kỳ 2005 - 2010 và "
                   "nhiệm kỳ 2010 - 2015, bao gồm cả các chức vụ Phó bí thư Tỉnh uỷ, Bí thư Tỉnh uỷ Hà Tĩnh của "
                   "ông Lê Văn Tám.")
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts}
    # former, not left: a dismissal naming two terms reaches back to posts already left
    # (test_officials_past_status.test_a_dismissal_reaching_back_to_ended_terms_strikes_posts_already_left)
    assert got == {("Lê Văn Tám", "Uỷ viên", "Ban thường vụ Tỉnh uỷ", "former"),
                   ("Lê Văn Tám", "Phó bí thư", "Tỉnh uỷ", "former"),
                   ("Lê Văn Tám", "Bí thư", "Tỉnh uỷ Hà Tĩnh", "former")}


def test_a_post_given_doi_voi_a_second_name_does_not_take_the_first_names_apposition():
    got = posts_of(officials("Đại biểu bầu chức vụ Chủ tịch HĐND tỉnh đối với ông Lê Văn Tám - Bí thư Tỉnh uỷ "
                             "và chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn Chín - Phó Bí thư Tỉnh uỷ."))
    assert ("Trần Văn Chín", "Bí thư", "Tỉnh uỷ") not in got
    assert ("Trần Văn Chín", "Chủ tịch", "UBND tỉnh") in got


def test_a_bodys_list_after_co_goes_on_past_va():
    got = posts_of(officials("Hiện nay, HĐND tỉnh có Chủ tịch là bà Lê Thị Tám và Phó Chủ tịch là ông Trần Văn Chín."))
    assert got == {("Lê Thị Tám", "Chủ tịch", "HĐND tỉnh"), ("Trần Văn Chín", "Phó Chủ tịch", "HĐND tỉnh")}


def test_a_status_word_after_titles_before_the_comma_and_the_name():
    got = posts_of(officials("Kết quả cho thấy, Bí thư Tỉnh uỷ, Chủ tịch HĐND đương nhiệm, ông Lê Văn Tám được "
                             "53% phiếu bầu."))
    assert got == {("Lê Văn Tám", "Bí thư", "Tỉnh uỷ"), ("Lê Văn Tám", "Chủ tịch", "HĐND")}
    got = posts_of(officials("Ông Trần Văn Chín, Chủ tịch UBND tỉnh khi đó, ông Lê Văn Tám và nhiều người khác "
                             "đã ký."))
    assert got == {("Trần Văn Chín", "Chủ tịch", "UBND tỉnh")}


def test_can_bo_of_a_named_body_is_a_post_and_the_plural_noun_is_none():
    got = posts_of(officials("Ông Lê Văn Tám, cán bộ Phòng Tài nguyên - môi trường huyện, cho biết."))
    assert got == {("Lê Văn Tám", "cán bộ", "Phòng Tài nguyên - môi trường huyện")}
    assert posts_of(officials("Toàn thể cán bộ, đảng viên và nhân dân tỉnh Lê Văn Tám quyết tâm.")) == set()


def test_a_status_word_and_la_between_the_apposition_mark_and_the_title():
    ex = officials("Bà Lê Thị Tám - khi đó là Chủ tịch UBND tỉnh - đã ký quyết định.")
    assert {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts} == {
        ("Lê Thị Tám", "Chủ tịch", "UBND tỉnh", "former")}
    ex = officials("Ông Lê Văn Tám, hiện là Giám đốc Sở Tài chính, cho biết.")
    assert {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts} == {
        ("Lê Văn Tám", "Giám đốc", "Sở Tài chính", "holds")}


def test_a_bare_role_beside_the_same_role_with_a_qualifier_and_body_is_one_post():
    got = posts_of(officials("Ông Lê Văn Tám, Phó Thủ tướng Thường trực Chính phủ, dẫn đầu đoàn. Phó Thủ tướng Lê "
                             "Văn Tám đã ký biên bản."))
    assert got == {("Lê Văn Tám", "Phó Thủ tướng Thường trực", "Chính phủ")}


def test_a_company_board_before_its_director_is_that_companys_board():
    ex = officials("Ông Lê Văn Bình - Chủ tịch HĐQT, kiêm Tổng giám đốc Công ty Cổ phần Sông Hồng cho biết. "
                   "Ông Trần Văn Hải, Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty Sông Lam, phát biểu.")
    assert posts_of(ex) == {
        ("Lê Văn Bình", "Chủ tịch", "HĐQT Công ty Cổ phần Sông Hồng"),
        ("Lê Văn Bình", "Tổng giám đốc", "Công ty Cổ phần Sông Hồng"),
        ("Trần Văn Hải", "Chủ tịch", "HĐQT Tổng công ty Sông Lam"),
        ("Trần Văn Hải", "Tổng Giám đốc", "Tổng công ty Sông Lam")}


def test_a_last_role_written_bare_before_the_name_keeps_the_titles_before_it():
    ex = officials("Bí thư Đảng ủy, Tổng Giám đốc Lê Văn Bình phát biểu.")
    assert posts_of(ex) == {("Lê Văn Bình", "Bí thư", "Đảng ủy"), ("Lê Văn Bình", "Tổng Giám đốc", None)}


def test_a_body_that_has_a_count_of_a_role_listed_after_it():
    # "UBND thành phố có 6 Phó chủ tịch gồm các ông: ...": the count makes the role plural and the
    # body before "có" is the role's (our own sentence)
    ex = officials("Hiện UBND thành phố có 4 Phó chủ tịch gồm các ông: Vũ Hồng Khanh (Phó chủ tịch thường trực); "
                   "Lê Hồng Sơn; Nguyễn Văn Sửu và Trần Xuân Việt.")
    got = {(p.person.name, p.role, p.org.written if p.org else None) for p in ex.posts}
    assert {("Lê Hồng Sơn", "Phó chủ tịch", "UBND thành phố"), ("Trần Xuân Việt", "Phó chủ tịch", "UBND thành phố"),
            ("Vũ Hồng Khanh", "Phó chủ tịch thường trực", "UBND thành phố")} <= got  # the bracket's fuller title
    ex = officials("Bộ Y tế có 2 Thứ trưởng là ông Vũ Hồng Khanh và ông Lê Hồng Sơn.")
    assert {(p.person.name, p.role, p.org.written) for p in ex.posts} == {
        ("Vũ Hồng Khanh", "Thứ trưởng", "Bộ Y tế"), ("Lê Hồng Sơn", "Thứ trưởng", "Bộ Y tế")}
