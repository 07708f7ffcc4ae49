"""Organizations read once, at their length, and only where a body is named (issue 15, round 26):
bare fields listed after a head, a foreign person's initial, a pair of one-syllable names before a
verb, "chính phủ" as a common noun, the Assembly's standing committee written bare. Sentences
written for these tests; the people are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names, orgs_of


def test_bare_fields_after_a_plural_head_and_a_colon_are_no_organizations():
    """tests/gold/README.md: ministries written as bare fields in a list are not organizations; a
    ministry written in full in the list is."""
    assert org_names("Các Bộ: Y tế, Công Thương, Tài chính chịu trách nhiệm hướng dẫn.") == set()
    assert org_names("Các Bộ: Y tế, Công Thương và Bộ Tài chính chịu trách nhiệm.") == {"Bộ Tài chính"}
    assert org_names("Thứ trưởng các bộ: Công an, Tài chính dự họp.") == set()


def test_a_foreign_person_s_initial_is_no_ward():
    """"P." is the ward's abbreviation, but a name that goes on with a hyphen and a lower-case
    syllable ("Gen-ti-lô-ni") is a foreign person's, written syllable by syllable."""
    assert org_names("Hai bên hoan nghênh Thủ tướng P.Gen-ti-lô-ni thăm Việt Nam.") == set()
    assert org_names("Ông Lê Văn Tư, Chủ tịch UBND P.Bến Nghé, dự lễ.") == {"Ủy ban nhân dân phường Bến Nghé"}


def test_a_pair_of_one_syllable_names_ends_before_a_verb():
    """"Á - Âu", "Việt - Đức": one syllable each side of the dash, so a lower-case word after the
    second is the sentence's verb; a field of two syllables ("Kế hoạch - Đầu tư") runs on."""
    assert orgs_of("Hiệp định với Liên minh Kinh tế Á - Âu giúp tăng cường trao đổi thương mại.") == {
        ("Liên minh Kinh tế Á - Âu", "Liên minh Kinh tế Á - Âu")}
    assert org_names("Liên minh Kinh tế Á - Phi nhằm mở rộng thị trường.") == {"Liên minh Kinh tế Á - Phi"}
    assert org_names("Ông Tư làm việc tại Sở Kế hoạch - Đầu tư tỉnh Bình Định.") == {
        "Sở Kế hoạch và Đầu tư tỉnh Bình Định"}


def test_chinh_phu_in_lower_case_as_a_common_noun_is_no_body():
    """Listed after lower-case words that are no bodies, or counted: governments in general."""
    assert org_names("Cần kết hợp vai trò của thị trường, doanh nghiệp và chính phủ; bảo đảm bền vững.") == set()
    assert org_names("Các vị đứng đầu nhà nước và chính phủ của 20 quốc gia dự hội nghị.") == set()
    assert org_names("Ban công tác đặc biệt chính phủ hai nước đã họp.") == set()
    assert org_names("Cuộc họp giữa hai chính phủ diễn ra sáng nay.") == set()


def test_chinh_phu_in_lower_case_after_a_body_or_alone_is_the_government():
    assert org_names("Đây là chủ trương của Đảng và chính phủ, quốc hội.") == {
        "Đảng Cộng sản Việt Nam", "Chính phủ", "Quốc hội"}
    assert org_names("Quốc hội xem xét báo cáo chính phủ.") == {"Quốc hội", "Chính phủ"}


def test_the_standing_committee_written_bare_is_the_assembly_s_when_the_report_names_it():
    """organizations.tsv flag shortname: "Ủy ban Thường vụ", in capitals or not, is the "Ủy ban
    Thường vụ Quốc hội" the report writes; where it writes none, a body of its own, as written."""
    assert orgs_of("Uỷ ban thường vụ Quốc hội họp sáng nay. Sau đó Uỷ ban thường vụ sẽ ra nghị quyết.") == {
        ("Uỷ ban thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")}
    assert orgs_of("Buổi sáng, Uỷ ban thường vụ báo cáo kết quả thảo luận tại Đoàn.") == {
        ("Uỷ ban thường vụ", "Ủy ban Thường vụ")}


def _pipeline_orgs(text: str) -> set[str]:
    """The organizations of the whole pipeline (drop_generic_bodies runs last)."""
    from kg.loaders.extract.pipeline import extract
    from kg.model import Report

    return {o.name for o in extract(Report(id="x", text=text, source_file="x.txt")).organizations}


def test_a_bare_provincial_body_beside_the_provinces_in_the_plural_is_a_kind_of_body():
    """"Chủ tịch UBND tỉnh" in a report that gives the task to "Chủ tịch UBND các tỉnh, thành phố"
    and places no body in a province: whichever province's, no body the report names."""
    assert _pipeline_orgs("Chính phủ giao nhiệm vụ cho Chủ tịch UBND các tỉnh, thành phố. Việc phê duyệt "
                          "thuộc thẩm quyền của Chủ tịch UBND tỉnh.") == {"Chính phủ"}


def test_a_bare_provincial_body_stays_where_a_province_is_named():
    # a body placed in a province: the bare "UBND tỉnh" is most often that one
    assert _pipeline_orgs("Sở Y tế tỉnh Nghệ An báo cáo các tỉnh bạn. Việc phê duyệt thuộc thẩm quyền của "
                          "Chủ tịch UBND tỉnh.") == {"Sở Y tế tỉnh Nghệ An", "Ủy ban nhân dân tỉnh"}
    # the headline names the place: "tỉnh" is its province; a colon's list names the provinces
    assert "Ủy ban nhân dân tỉnh" in _pipeline_orgs(
        "Trụ sở hành chính tỉnh ở Nha Trang\nKhối nhà UBND tỉnh là công trình tiêu biểu của các tỉnh phía Nam.")
    assert "Ủy ban nhân dân tỉnh" in _pipeline_orgs(
        "Tàu mang tên các tỉnh, thành phố: Hà Nội, Đà Nẵng. Khối nhà UBND tỉnh nằm ở trung tâm.")


def test_a_name_s_end_abbreviated_in_brackets_then_its_place_is_one_body():
    """"Name (ABBR) Place": the abbreviation of the name's last words, then the place of the body
    (audit22: the city force listed three ways and cut before its city). The written form leaves the
    bracket out (thirty-sixth round: a bracketed abbreviation is no part of a body's written name)."""
    assert orgs_of("Tối qua, Lực lượng Thanh niên Xung phong (TNXP) TPHCM tổ chức lễ kỷ niệm.") == {
        ("Lực lượng Thanh niên Xung phong TPHCM", "Lực lượng Thanh niên Xung phong TPHCM")}
    assert orgs_of("Theo Ban Chỉ đạo Quy chế dân chủ cơ sở (DCCS) TPHCM, việc thực hiện có chuyển biến.") == {
        ("Ban Chỉ đạo Quy chế dân chủ cơ sở TPHCM", "Ban Chỉ đạo Quy chế dân chủ cơ sở TPHCM")}
    assert org_names("Hôm nay, ủy ban Mặt trận Tổ quốc (MTTQ) TP.HCM tổ chức lễ giỗ.") == {
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh"}


def test_the_abbreviation_with_the_same_place_later_is_the_same_body():
    assert org_names("Lực lượng Thanh niên Xung phong (TNXP) TPHCM tổ chức lễ. Ông Lê Văn Tư, Chỉ huy trưởng "
                     "Lực lượng TNXP TPHCM, ôn lại truyền thống của Lực lượng TNXP.") == {
        "Lực lượng Thanh niên Xung phong TPHCM"}


def test_an_abbreviation_that_is_not_the_name_s_end_is_no_such_aside():
    assert org_names("Lực lượng Thanh niên Xung phong (LLX) TPHCM tổ chức lễ.") == {
        "Lực lượng Thanh niên Xung phong"}


def test_the_report_s_own_short_name_of_such_a_body_stays_one_of_its_names():
    """The shared dev gold writes the force as the report most often does ("Lực lượng TNXP TPHCM")."""
    assert orgs_of("Lực lượng Thanh niên Xung phong (TNXP) TPHCM tổ chức lễ. Ông Lê Văn Tư, Chỉ huy trưởng "
                   "Lực lượng TNXP TPHCM, phát biểu.") == {
        ("Lực lượng Thanh niên Xung phong TPHCM", "Lực lượng Thanh niên Xung phong TPHCM"),
        ("Lực lượng TNXP TPHCM", "Lực lượng Thanh niên Xung phong TPHCM")}


def test_an_association_keeps_the_place_written_after_its_name():
    """organizations.tsv: "Hội" takes a place ("Hội Luật gia tỉnh Yên Bái"); a national-sounding name
    with a city after it is that city's chapter (audit22: "Hội Sinh viên Việt Nam TP HCM")."""
    assert org_names("Hội Luật gia tỉnh Yên Bái tổ chức đại hội.") == {"Hội Luật gia tỉnh Yên Bái"}
    assert org_names("Ông Tư từng là Chủ tịch Hội Sinh viên Việt Nam TP HCM.") == {
        "Hội Sinh viên Việt Nam thành phố Hồ Chí Minh"}
    # written bare with "tỉnh" (and a term after it, the post's), the province the report names
    assert orgs_of("Hội Luật gia tỉnh Yên Bái họp. Ông Lê Văn Tư, Chủ tịch Hội Luật gia tỉnh khoá III, "
                   "được bầu lại.") == {("Hội Luật gia tỉnh Yên Bái", "Hội Luật gia tỉnh Yên Bái"),
                                        ("Hội Luật gia tỉnh", "Hội Luật gia tỉnh Yên Bái")}


def test_the_supreme_court_written_short_and_a_cadastral_department():
    assert org_names("Ông A trao đổi với Chánh án Toà Tối cao Nguyễn Văn Bình tại kỳ họp.") == {
        "Tòa án nhân dân tối cao"}
    assert org_names("Ông Lê Văn Tư, nguyên Chánh án tòa án tối cao, phát biểu.") == {"Tòa án nhân dân tối cao"}
    assert org_names("Ông Tư khi đó công tác tại Sở Địa chính Yên Bái.") == {"Sở Địa chính tỉnh Yên Bái"}


def test_a_unit_of_trung_uong_then_a_mass_organization_is_that_organization_s():
    """"Trung ương" + a Front or mass organization: the unit of that body's central level, never the
    Party's Central Committee and a second body (audit22 vietnews-0194)."""
    assert org_names("Ông Lê Văn Tư làm Bí thư Đảng đoàn Trung ương Hội Nông dân Việt Nam.") == {
        "Đảng đoàn Trung ương Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"}
    assert "Ban Chấp hành Trung ương Đảng" not in org_names(
        "Ông Tư là Ủy viên Ban Chấp hành Trung ương Hội Luật gia Việt Nam.")
    assert org_names("Ông Tư là Ủy viên Ban Chấp hành Trung ương Đảng.") == {"Ban Chấp hành Trung ương Đảng"}
    assert org_names("Ông Tư là Phó Trưởng Ban Tổ chức Trung ương.") == {"Ban Tổ chức Trung ương"}


def test_a_bare_party_group_belongs_to_the_body_a_run_of_titles_ends_with():
    """"Phó Bí thư Đảng đoàn, Phó Chủ tịch - Tổng Thư ký Ủy ban X": titles with no body of their
    own between the Đảng đoàn and the body (audit22 baomoi-0152, vietnews-0004)."""
    assert org_names("Ông Lê Văn Tư, Phó Bí thư Đảng đoàn, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương "
                     "MTTQ Việt Nam, phát biểu.") == {
        "Đảng đoàn Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
    assert org_names("Ông Lê Văn Tư, Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng thư ký Hội Luật gia Việt Nam, dự.") \
        == {"Đảng đoàn Hội Luật gia Việt Nam", "Hội Luật gia Việt Nam"}


def test_a_people_named_in_a_body_s_field_is_part_of_its_name():
    assert org_names("Ông Lê Văn Tư, Trưởng Ban Công tác người Hoa, báo cáo với Thành ủy.") >= {
        "Ban Công tác người Hoa"}


def test_a_field_s_lower_case_words_run_up_to_do_and_the_person_who_heads_it():
    """"... do Lê Thị A làm giám đốc": "do" ends the name when a person or a role follows it."""
    assert org_names("Ông để Công ty Tiếp thị đầu tư thương mại do Lê Thị Hoa làm giám đốc vi phạm.") == {
        "Công ty Tiếp thị đầu tư thương mại"}
    assert org_names("Công ty Tiếp thị đầu tư thương mại do thiếu vốn nên dừng.") == {"Công ty Tiếp thị"}


def test_a_company_named_inside_its_board_s_name_gives_its_short_names_too():
    """"Chủ tịch HĐQT Tổng công ty cổ phần X (PVC)": the company is named inside the board's name;
    "Tổng công ty PVC" and the name without its legal form are that company. (A made-up firm since
    orgs32: the PVC of the reports is a row of organizations.tsv now, tests/test_org_brands32.py.)"""
    assert org_names("Ông Lê Văn Tư từng là Chủ tịch Hội đồng quản trị Tổng công ty cổ phần Xây lắp cầu đường "
                     "Việt Nam (XCV). Tổng công ty XCV thua lỗ nặng. Tổng công ty Xây lắp cầu đường Việt Nam "
                     "đã bị thanh tra.") == {
        "Hội đồng quản trị Tổng công ty cổ phần Xây lắp cầu đường Việt Nam",
        "Tổng công ty cổ phần Xây lắp cầu đường Việt Nam"}


def test_the_issuer_of_a_symbol_written_spaced_out_is_no_body():
    assert org_names("Ông ký Quyết định số 2230 / QĐ - UBND ngày 21-7-2014 của UBND tỉnh Sơn La.") == {
        "Ủy ban nhân dân tỉnh Sơn La"}
    assert org_names("Kết luận số 2852 / KL - TTCP nêu rõ sai phạm.") == set()


def test_a_body_of_a_counted_number_of_levels_is_a_kind_of_body():
    assert org_names("Trong nhiệm kỳ này, UBND 3 cấp của thành phố đều được tăng thêm 1 phó chủ tịch.") == set()
    assert org_names("Mặt trận tham gia cuộc bầu cử HĐND ba cấp sắp tới.") == set()


def test_a_trade_union_is_an_organization():
    """organizations.tsv cong_doan (capitalised): "Công đoàn Việt Nam", "Công đoàn TP" (audit22 missed)."""
    assert org_names("Kỷ niệm 75 năm thành lập Công đoàn Việt Nam.") == {"Công đoàn Việt Nam"}
    assert org_names("Tổ chức Công đoàn TP đã đóng góp hiệu quả.") == {"Công đoàn TP"}
    assert org_names("Đoàn viên công đoàn được hỗ trợ.") == set()


def test_a_name_closed_by_the_country_stops_before_the_sentence_s_lower_case_words():
    assert org_names("Ông chỉ đạo Công đoàn Giao thông vận tải Việt Nam một mặt khẩn trương rà soát, cùng "
                     "các cơ quan.") == {"Công đoàn Giao thông vận tải Việt Nam"}
