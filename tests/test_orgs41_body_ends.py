"""Organizations, forty-first round: where a body's name held in a title ends (class 3 of the round's
error classes on written32 and written33), and bodies of kinds kg did not know (classes 17 and 34).

- A ministry's or a province's unit writes its field in full, its last word in lower case, right before
  the act told of the person ("Phó Vụ trưởng Vụ Thi đua khen thưởng giữ chức ...", "Cục trưởng Cục Tài
  chính ngân hàng được ..."): one lower-case word of two syllables, never before a verb of the sentence.
- A unit of two fields joined by a dash keeps its second field where domains.tsv lacks it ("Vụ Kế hoạch
  - Cán bộ", "Sở Tài chính - Vật giá"), but not another body or a title held in one after the dash.
- One office of two councils ("Văn phòng HĐND và UBND huyện"), the committee of the Party's agencies
  ("Đảng ủy các cơ quan Đảng tỉnh"), a place whose second syllable is a head word ("xã Tiến Bộ"), a
  numbered quarter ("khu phố 4"), a workplace's union ("Công đoàn cơ sở Công ty ..."), a union of
  several parks ("Công đoàn các Khu công nghiệp tỉnh"), another country's women's union and a parish.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_unit_s_lower_case_last_word_before_the_act_stays_in_its_name():
    assert facts("Bộ Nội vụ điều động, bổ nhiệm ông Đinh Văn Phúc, Phó Vụ trưởng Vụ Chính sách tiền lương giữ "
                 "chức Vụ trưởng Vụ Công chức.") == {
        ("Đinh Văn Phúc", "Phó Vụ trưởng", "Vụ Chính sách tiền lương", "holds"),
        ("Đinh Văn Phúc", "Vụ trưởng", "Vụ Công chức", "appointed")}
    assert facts("Bà Hà Thị Lan, Cục trưởng Cục Tài chính doanh nghiệp được bổ nhiệm lại giữ chức Cục trưởng.") \
        == {("Hà Thị Lan", "Cục trưởng", "Cục Tài chính doanh nghiệp", "appointed")}


def test_a_unit_s_lower_case_word_before_its_owner_or_before_truoc_khi():
    assert facts("Ông Vi Văn Đức, Trưởng phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn, phát biểu.") == {
        ("Vi Văn Đức", "Trưởng", "phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn", "holds")}
    assert facts("Ông Vi Văn Đức, Phó Cục trưởng Cục Quản lý công sản trước khi về hưu, dự lễ.") == {
        ("Vi Văn Đức", "Phó Cục trưởng", "Cục Quản lý công sản", "holds")}


def test_no_lower_case_word_of_the_sentence_joins_a_unit_s_name():
    assert facts("Ông Vi Văn Đức, Cục trưởng Cục Thuế tích cực chỉ đạo thu ngân sách.") == {
        ("Vi Văn Đức", "Cục trưởng", "Cục Thuế", "holds")}  # an adverb, then the verb
    assert facts("Bà Hà Thị Lan được bổ nhiệm giữ chức Vụ trưởng Vụ Ngân sách nhà nước kể từ ngày 1/9.") == {
        ("Hà Thị Lan", "Vụ trưởng", "Vụ Ngân sách nhà nước", "appointed")}  # "kể từ" opens the date
    assert facts("Ông Vi Văn Đức, Phó Cục trưởng Cục Thuế truyền đạt Quyết định của Bộ trưởng.") == {
        ("Vi Văn Đức", "Phó Cục trưởng", "Cục Thuế", "holds")}  # a verb, then its capitalised object


def test_a_unit_of_two_fields_joined_by_a_dash_keeps_its_second_field():
    assert orgs_of("Ông Đinh Văn Phúc, Vụ trưởng Vụ Kế hoạch - Cán bộ, phát biểu.") == {
        ("Vụ Kế hoạch - Cán bộ", "Vụ Kế hoạch - Cán bộ")}  # (a field that is also a title: "Cán bộ")
    assert facts("Ông Đinh Văn Phúc, Giám đốc Sở Tài chính - Vật giá tỉnh Bắc Kạn, dự họp.") == {
        ("Đinh Văn Phúc", "Giám đốc", "Sở Tài chính - Vật giá tỉnh Bắc Kạn", "holds")}
    assert facts("Bà Hà Thị Lan, Trưởng phòng Hành chính - Kế toán Bệnh viện Đa khoa tỉnh, phát biểu.") == {
        ("Hà Thị Lan", "Trưởng", "phòng Hành chính - Kế toán Bệnh viện Đa khoa tỉnh", "holds")}
    assert facts("Ông Đinh Văn Phúc, Cục trưởng Cục Hải quan - Bộ Tài chính, phát biểu.") == {
        ("Đinh Văn Phúc", "Cục trưởng", "Cục Hải quan", "holds")}  # another body after the dash


def test_one_office_of_two_elected_bodies_is_one_body():
    assert facts("Ông Đinh Văn Phúc, Chánh Văn phòng HĐND và UBND huyện Ba Bể, phát biểu.") == {
        ("Đinh Văn Phúc", "Chánh", "Văn phòng HĐND và UBND huyện Ba Bể", "holds")}
    assert orgs_of("Bà Hà Thị Lan được bầu làm Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Kạn.") == {
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Kạn",
         "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bắc Kạn")}


def test_the_party_committee_of_the_province_s_party_agencies():
    assert facts("Dự hội nghị có bà Hà Thị Lan, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh; ông Đinh Văn Phúc.") == {
        ("Hà Thị Lan", "Phó Bí thư", "Đảng ủy các cơ quan Đảng tỉnh", "holds")}


def test_a_commune_s_name_ending_in_bo_and_a_numbered_quarter():
    assert facts("Bà Hà Thị Lan, Chủ tịch UBND xã Tiến Bộ, phát biểu.") == {
        ("Hà Thị Lan", "Chủ tịch", "UBND xã Tiến Bộ", "holds")}
    assert facts("Bà Hà Thị Lan, Trưởng Ban Công tác Mặt trận khu phố 7, phát biểu.") == {
        ("Hà Thị Lan", "Trưởng", "Ban Công tác Mặt trận khu phố 7", "holds")}


def test_a_workplace_s_union_is_the_union_of_the_company_after_it():
    assert facts("Ông Đinh Văn Phúc, Chủ tịch Công đoàn cơ sở Công ty TNHH May Bắc Kạn vì có thành tích xuất sắc, "
                 "được tặng Bằng khen.") == {
        ("Đinh Văn Phúc", "Chủ tịch", "Công đoàn cơ sở Công ty TNHH May Bắc Kạn", "holds")}
    assert facts("Bà Hà Thị Lan, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, phát biểu.") == {
        ("Hà Thị Lan", "Chủ tịch", "Công đoàn các Khu công nghiệp tỉnh", "holds")}


def test_another_country_s_women_s_union_is_not_vietnam_s():
    assert orgs_of("Bà Hà Thị Lan tiếp bà Chanthala, Phó Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Lào.") == {
        ("Trung ương Hội Liên hiệp Phụ nữ Lào", "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Lào"),
        ("Hội Liên hiệp Phụ nữ Lào", "Hội Liên hiệp Phụ nữ Lào")}


def test_a_parish_written_in_lower_case_before_its_name_is_a_body():
    assert orgs_of("Linh mục Trần Văn Minh, Chánh xứ giáo xứ Kẻ Sặt, dự lễ.") == {
        ("giáo xứ Kẻ Sặt", "Giáo xứ Kẻ Sặt")}
