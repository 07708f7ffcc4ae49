"""Organization names at their full length, and only there (issue 15): terms, abbreviations joined by
"-" or "&", names that go on through lower-case words. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import officials, orgs_of


def test_a_legislature_named_with_its_term_in_running_text_is_that_term_s_body():
    assert orgs_of("Kỳ họp thứ 7 Quốc hội khóa XIV bế mạc; HĐND tỉnh Nam Định khoá 16 họp phiên cuối.") == {
        ("Quốc hội khóa XIV", "Quốc hội khóa XIV"),
        ("HĐND tỉnh Nam Định khoá 16", "Hội đồng nhân dân tỉnh Nam Định khóa 16"),
    }


def test_a_term_after_a_role_leaves_the_body_the_role_is_held_in():
    assert orgs_of("Ông Hà Văn Bình, Chủ tịch Quốc hội khóa XI, phát biểu.") == {("Quốc hội", "Quốc hội")}


def test_abbreviated_parts_joined_by_a_glued_dash_or_ampersand_are_one_name():
    assert orgs_of("Phóng viên Đài PT-TH Nghệ An và Trung tâm KHXH&NV đến dự.") == {
        ("Đài PT-TH Nghệ An", "Đài PT-TH Nghệ An"),  # (the name's abbreviated words spelled out, orgs30)
        ("Trung tâm KHXH&NV", "Trung tâm Khoa học Xã hội và Nhân văn")}


def test_an_acronym_after_va_is_another_body_not_the_end_of_a_name():
    assert orgs_of("Liên minh Kinh tế Á -Âu và EU ký thỏa thuận.") == {
        ("Liên minh Kinh tế Á -Âu", "Liên minh Kinh tế Á -Âu"), ("EU", "Liên minh châu Âu")}  # the other body
    assert orgs_of("Ông Lê Văn Tám làm việc tại Bộ Văn hóa, Thể thao và Du lịch.") == {
        ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")}


def test_a_glued_dash_ends_the_name_before_a_verb():
    assert orgs_of("Hiệp định với Liên minh Kinh tế Á -Âu giúp tăng cường trao đổi thương mại hàng hóa.") == {
        ("Liên minh Kinh tế Á -Âu", "Liên minh Kinh tế Á -Âu")}


def test_central_bodies_with_lower_case_words_in_their_names_end_before_the_verb():
    assert orgs_of("Hội đồng bầu cử quốc gia xem xét hồ sơ; Ban Công tác đại biểu thông tin thêm.") == {
        ("Hội đồng bầu cử quốc gia", "Hội đồng Bầu cử quốc gia"),
        ("Ban Công tác đại biểu", "Ban Công tác đại biểu của Quốc hội")}  # one body however written
    assert orgs_of("Ông Lê Văn Tám, Phó ban Công tác đại biểu của Quốc hội, phát biểu.") >= {
        ("ban Công tác đại biểu của Quốc hội", "Ban Công tác đại biểu của Quốc hội")}


def test_bodies_of_a_congress_or_an_election():
    assert orgs_of("Ban kiểm phiếu công bố kết quả; Tiểu ban Văn kiện trình dự thảo.") == {
        ("Ban kiểm phiếu", "Ban Kiểm phiếu"), ("Tiểu ban Văn kiện", "Tiểu ban Văn kiện")}


def test_tổ_chức_after_a_plural_word_is_a_noun_in_the_name():
    assert orgs_of("Ông Lê Văn Tám, Vụ trưởng Vụ Các tổ chức quốc tế, phát biểu. Công ty Cường Hưng tổ chức họp.") \
        == {("Vụ Các tổ chức quốc tế", "Vụ Các tổ chức quốc tế"), ("Công ty Cường Hưng", "Công ty Cường Hưng")}


def test_department_fields_written_without_their_comma_or_of_an_earlier_era():
    assert orgs_of("Ông Lê Văn Tám, Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh Sơn La, từng làm ở Sở Lâm nghiệp "
                 "tỉnh Sơn La.") == {
        ("Sở Văn hóa Thể thao và Du lịch tỉnh Sơn La", "Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La"),
        ("Sở Lâm nghiệp tỉnh Sơn La", "Sở Lâm nghiệp tỉnh Sơn La")}


def test_committees_of_a_people_s_council_are_read_whole_with_their_council():
    assert orgs_of("Ông Lê Văn Tám, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Bình Định, và Phó ban pháp chế "
                 "HĐND tỉnh Bình Định Vũ Văn Hòa phát biểu.") == {
        ("HĐND tỉnh Bình Định", "Hội đồng nhân dân tỉnh Bình Định"),
        ("ban Kinh tế - Ngân sách HĐND tỉnh Bình Định", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Bình Định"),
        ("ban pháp chế HĐND tỉnh Bình Định", "Ban Pháp chế Hội đồng nhân dân tỉnh Bình Định")}


def test_another_country_s_party_after_its_central_committee_is_that_party_s():
    got = {o.written: o.name for o in officials(
        "Ông Lê Văn Tám tiếp Trưởng Ban Đối ngoại T.Ư Đảng Nhân dân Cách mạng Lào.").organizations}
    assert got["Ban Đối ngoại T.Ư Đảng Nhân dân Cách mạng Lào"] == \
        "Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào"
    assert got["T.Ư Đảng Nhân dân Cách mạng Lào"] == "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"
    assert orgs_of("Ông Lê Văn Tám, Ủy viên Trung ương Đảng Cộng sản Việt Nam, phát biểu.") == {
        ("Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng")}


def test_a_hospital_named_in_lower_case_up_to_its_place_and_a_border_guard_command():
    assert orgs_of("Ông Lê Văn Tám, Giám đốc Bệnh viện đa khoa huyện Gia Viễn, và Chỉ huy trưởng Bộ Chỉ huy Bộ đội "
                 "Biên phòng tỉnh An Giang dự họp.") == {
        ("Bệnh viện đa khoa huyện Gia Viễn", "Bệnh viện đa khoa huyện Gia Viễn"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang")}


def test_the_government_portal_named_by_its_acronym_in_a_credit():
    assert orgs_of("Thủ tướng phát biểu (Ảnh: VGP/Nhật Bắc).") == {("VGP", "Cổng Thông tin điện tử Chính phủ")}


def test_a_mass_organisation_named_in_lower_case_with_its_commune():
    assert orgs_of("Ông Lê Văn Tám, Chủ tịch Hội nạn nhân chất độc da cam xã Quảng Yên, phát biểu.") == {
        ("Hội nạn nhân chất độc da cam xã Quảng Yên", "Hội Nạn nhân chất độc da cam/dioxin xã Quảng Yên")}


def test_a_place_whose_name_begins_with_a_head_word_is_no_body():
    # "Hội" (an association) + "An" is the city Hội An; "Trường" + "Sa" the Trường Sa islands
    assert officials("Du khách đến Hội An nhằm tham quan phố cổ.").organizations == []
    assert {o.written for o in officials("Hội Nông dân tỉnh Quảng Nam họp.").organizations} == {
        "Hội Nông dân tỉnh Quảng Nam"}
