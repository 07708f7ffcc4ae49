"""A management board ("Ban quản lý", "Ban Quản lý") is named by the lower-case words after it
("dự án", "Khu kinh tế mở ..."), up to the verb, the punctuation that ends the name, or the unit's
number that closes it ("Ban quản lý dự án 7."); written bare, or in a generic plural, it names no
body. Sentences written for these tests; the people and bodies in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_board_named_in_lower_case_after_a_title_keeps_its_name():
    text = "Ông Hồ Văn Tâm, Trưởng ban quản lý Khu kinh tế Hòn La, bị kỷ luật khiển trách."
    assert org_names(text) == {"Ban Quản lý Khu kinh tế Hòn La"}


def test_a_lower_case_board_name_runs_to_the_aside_that_follows_it():
    text = "Ông Phan Văn Thuận, phó giám đốc Ban quản lý dự án thoát nước TP (giai đoạn 2) cho biết như vậy."
    assert org_names(text) == {"Ban Quản lý dự án thoát nước TP"}


def test_the_number_that_closes_a_board_s_name_is_part_of_it():
    assert org_names("Ông Trần Văn Hùng được bổ nhiệm làm Tổng Giám đốc Ban quản lý dự án 7.") \
        == {"Ban Quản lý dự án 7"}
    assert org_names("Sai phạm xảy ra ở Ban Quản lý dự án đường sông 12, trong lĩnh vực xây dựng.") \
        == {"Ban Quản lý dự án đường sông 12"}


def test_a_board_s_name_ends_before_the_verb():
    assert org_names("Ban quản lý chợ chưa sửa mái che cho tiểu thương.") == {"Ban Quản lý chợ"}


def test_a_bare_or_plural_board_names_no_body():
    assert org_names("Thanh tra đề nghị kỷ luật một số Giám đốc ban quản lý dự án không hoàn thành nhiệm vụ.") == set()
    assert org_names("Cần xem lại chức năng của các ban quản lý dự án hiện nay.") == set()


def test_a_year_after_a_lower_case_name_is_no_unit_number():
    assert "Hội năm 2020" not in org_names("Tỉnh khen thưởng 40 cá nhân có thành tích trong công tác Hội năm 2020.")
    assert org_names("Trung tâm kiểm định rộng 3.000 m2 được xây mới.") == set()


def test_a_board_s_name_ends_before_trực_thuộc_and_the_body_it_answers_to():
    names = org_names("Thành phố thí điểm Ban quản lý ATTP trực thuộc UBND thành phố Cần Thơ.")
    assert "Ban Quản lý ATTP" in names
    assert not any("trực thuộc" in name for name in names)


def test_a_name_ends_before_kiêm_cần_and_khoảng():
    assert org_names("Ông Lê Văn Hòa về làm Phó Tổng giám đốc Xí nghiệp Liên hiệp Bột giặt kiêm giám đốc Nhà máy.") \
        == {"Xí nghiệp Liên hiệp Bột giặt"}
    assert org_names("Theo đề xuất, Cục Hàng hải cần xây dựng bản đồ luồng lạch mới.") == {"Cục Hàng hải"}


def test_hậu_cần_is_a_word_of_a_name_not_the_verb_cần():
    assert "Cục Hậu cần Quân khu 5" in org_names("Cục Hậu cần Quân khu 5 đã tổ chức hội nghị.")  # (its region, orgs30)
    assert org_names("Cục Hậu cần cần thêm kinh phí.") == {"Cục Hậu cần"}
