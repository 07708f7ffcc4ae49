"""Bodies read at full length, once each (issue 15, round 24): a department of culture written by its
short field; a provincial branch of a central department with its place; a company's lower-case
trade name closed by its number before the verb; a factory's head in lower case with its trade; a
battalion; an embassy of a country written after "nước"; a chapter in a body's agency ("cơ quan");
a university written with and without "Trường"; a committee's field abbreviated; a name's own
abbreviation in brackets left out of one of its names; a heading glued to a sentence that opens with
"Nhiều"; "bên cạnh" after a name. Sentences written for these tests; the people are fictional."""

from __future__ import annotations

from tests.fixtures_officials import officials, org_names, orgs_of


def test_a_department_of_culture_by_its_short_field_and_its_city():
    assert org_names("Ông Lê Văn Tư (Giám đốc Sở Văn hoá TP Hải Phòng) bị phê bình.") \
        == {"Sở Văn hóa thành phố Hải Phòng"}


def test_a_department_of_culture_and_sports_written_with_a_dash():
    assert org_names("Ông Lê Văn Tư, Giám đốc sở Văn hoá - Thể thao tỉnh Nam Định, cho biết.") \
        == {"Sở Văn hóa Thể thao tỉnh Nam Định"}


def test_a_central_department_s_branch_keeps_its_province():
    assert org_names("Ông Lê Văn Tư, Cục trưởng Cục Quản lý thị trường tỉnh Ninh Bình, cho biết.") \
        == {"Cục Quản lý thị trường tỉnh Ninh Bình"}


def test_a_lower_case_trade_name_closed_by_its_number_before_the_verb():
    assert org_names("Dự án do Tổng Công ty xây dựng công trình giao thông 6 làm chủ đầu tư.") \
        == {"Tổng công ty xây dựng công trình giao thông 6"}


def test_a_number_before_a_noun_is_a_count_not_the_unit_s_number():
    assert org_names("Ban quản lý dự án 3 tháng qua đã làm việc.") == set()


def test_a_factory_in_lower_case_with_its_trade_and_name():
    assert org_names("Vùng nguyên liệu cho nhà máy giấy Hồng Lam ở huyện Con Cuông đã bỏ hoang.") \
        == {"Nhà máy giấy Hồng Lam"}


def test_a_factory_in_lower_case_with_no_name_is_no_body():
    assert org_names("Xây dựng nhà máy trong khu công nghiệp mới.") == set()


def test_a_battalion_with_its_arm_and_code():
    assert org_names("Các chiến sĩ Tiểu đoàn Công binh D19, Quân khu 3 đang giúp dân.") \
        == {"Tiểu đoàn Công binh D19", "Quân khu 3"}


def test_an_embassy_of_a_country_written_after_nước():
    assert "Đại sứ quán nước CHDCND Lào" in org_names("Dự lễ có đại diện Đại sứ quán nước CHDCND Lào.")


def test_a_chapter_in_a_body_s_agency():
    assert org_names("Ông Lê Văn Tư, Bí thư Đảng ủy cơ quan Bộ Ngoại giao, phát biểu.") \
        == {"Đảng ủy cơ quan Bộ Ngoại giao", "Bộ Ngoại giao"}
    assert ("Đoàn thanh niên Cơ quan Tổng công ty cổ phần Sông Lam", ) == tuple(
        w for w, _ in orgs_of("Ông Lê Văn Tư (nguyên Bí thư Đoàn thanh niên Cơ quan Tổng công ty cổ phần Sông "
                              "Lam) bị khiển trách.") if w.startswith("Đoàn"))


def test_a_university_with_and_without_trường_is_one_body():
    assert org_names("Sinh viên Trường Đại học Tây Đô đã đến. Đại học Tây Đô có 10 khoa.") \
        == {"Trường Đại học Tây Đô"}


def test_a_committee_s_field_abbreviated_after_its_full_name():
    assert org_names("Ủy ban Khoa học, công nghệ và môi trường (KHCNMT) của Quốc hội đã họp. Sau đó, "
                  "Ủy ban KHCNMT đề nghị giải trình.") \
        == {"Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "Quốc hội"}


def test_a_name_s_own_abbreviation_is_left_out_of_one_of_its_names():
    ex = officials("Ông Lê Văn Tư, chủ tịch hội đồng thành viên (HĐTV) Mobifone, có vi phạm.", None)
    board = next(o for o in ex.organizations if o.kind == "hoi_dong_thanh_vien")
    assert "hội đồng thành viên Mobifone" in board.alt_names


def test_a_heading_glued_to_a_sentence_opening_with_nhiều():
    assert org_names("Những mốc son của Khoa Báo chí Nhiều sinh viên đã trưởng thành.") == {"Khoa Báo chí"}


def test_bên_cạnh_ends_a_name_s_lower_case_tail():
    assert org_names("Ông Lê Văn Tư giữ chức tổng thư ký Ủy ban trung ương bên cạnh hai phó chủ tịch.") \
        == {"Ủy ban Trung ương"}


def test_a_central_commission_with_and_without_đảng_is_one_body():
    assert org_names("Ông Lê Văn Tư, Trưởng Ban Đối ngoại Trung ương Đảng, đã tiếp đoàn. Ban Đối ngoại Trung ương "
                  "đã phối hợp.") == {"Ban Đối ngoại Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"}


def test_a_province_s_name_that_begins_with_a_country_s_goes_on():
    assert org_names("Công trình trọng điểm như: nhà máy Apatít Lào Cai, thủy điện Hòa Bình.") \
        == {"Nhà máy Apatít Lào Cai"}


def test_a_factory_s_trade_then_an_abbreviation_is_no_name():
    assert org_names("Dự án xây dựng nhà máy điện NLMT đã khởi công.") == set()


def test_a_factory_s_product_in_capitals_after_a_lower_case_head_is_no_name():
    assert org_names("Vùng nguyên liệu của nhà máy MDF tại huyện Anh Sơn đã đủ.") == set()
    assert org_names("Ông Lê Văn An, giám đốc nhà máy Z179, cho biết.") == {"Nhà máy Z179"}
