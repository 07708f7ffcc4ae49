"""Bodies kg did not know, found missing on the written read sets (orgs35): a border guard post, a
province's service of before the Sở ("Ty"), a group of deputies named by its constituency, the land
registration office and its branch. The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_border_guard_post_named_by_its_name_heads_its_commander_s_post():
    text = "Thiếu tá Lê Văn Tám, Đồn trưởng Đồn Biên phòng Na Mèo, báo cáo với đoàn."
    assert orgs_of(text) == {("Đồn Biên phòng Na Mèo", "Đồn Biên phòng Na Mèo")}
    assert facts(text) == {("Lê Văn Tám", "Đồn trưởng", "Đồn Biên phòng Na Mèo", "holds")}


def test_a_border_guard_post_written_with_its_number_then_its_name_but_not_alone():
    text = "Trên đảo có Đồn Biên phòng 512 Hòn Mê cùng các đơn vị khác."
    assert orgs_of(text) == {("Đồn Biên phòng 512 Hòn Mê", "Đồn Biên phòng 512 Hòn Mê")}
    assert orgs_of("Các đồn biên phòng tăng cường tuần tra dịp Tết.") == set()  # any post: no body


def test_a_border_guard_post_s_name_ends_before_a_sum_and_before_the_people():
    # its number comes before its name, never after; "và Nhân dân" is the people, not a second part
    text = "Đoàn tặng Đồn Biên phòng Na Mèo 30 triệu đồng và thăm Đồn Biên phòng Tén Tằn và Nhân dân các bản."
    assert orgs_of(text) == {("Đồn Biên phòng Na Mèo", "Đồn Biên phòng Na Mèo"),
                             ("Đồn Biên phòng Tén Tằn", "Đồn Biên phòng Tén Tằn")}


def test_an_old_provincial_service_is_a_body_also_after_a_lower_case_head():
    text = "Ông Lê Văn Tám, nguyên Trưởng ty Thủy lợi Hà Tuyên, nay đã nghỉ hưu."
    # canonical as "Ty Y tế tỉnh X" (bodies42b)
    assert orgs_of(text) == {("ty Thủy lợi Hà Tuyên", "Ty Thủy lợi tỉnh Hà Tuyên")}
    assert facts(text) == {("Lê Văn Tám", "Trưởng", "ty Thủy lợi Hà Tuyên", "former")}


def test_an_old_provincial_service_named_in_running_text():
    text = "Năm 1965, Ty Y tế tỉnh Nghĩa Bình được thành lập."
    assert orgs_of(text) == {("Ty Y tế tỉnh Nghĩa Bình", "Ty Y tế tỉnh Nghĩa Bình")}


def test_a_deputies_group_keeps_its_constituency_number():
    text = "Sáng 5/10, Tổ đại biểu Quốc hội đơn vị bầu cử số 3 tiếp xúc cử tri xã Tân Lập."
    assert ("Tổ đại biểu Quốc hội đơn vị bầu cử số 3", "Tổ đại biểu Quốc hội đơn vị bầu cử số 3") in orgs_of(text)


def test_a_council_deputies_group_keeps_its_constituency_place_when_capitalised():
    text = "Ông Lê Văn Tám là đại biểu thuộc Tổ đại biểu HĐND tỉnh khu vực huyện Yên Lập."
    name = "Tổ đại biểu HĐND tỉnh khu vực huyện Yên Lập"
    assert (name, name) in orgs_of(text)
    # "(tổ đại biểu huyện X)" after a deputy: his constituency, which the read sets list as no body
    text = "Đại biểu Lê Văn Tám (tổ đại biểu huyện Yên Lập) chất vấn về đất sản xuất."
    assert not any(written.lower().startswith("tổ") for written, _ in orgs_of(text))


def test_a_constituency_word_with_no_number_or_place_stays_out_of_the_name():
    text = "Tổ đại biểu HĐND thành phố khu vực biên giới họp bàn."
    assert ("Tổ đại biểu HĐND thành phố", "Tổ đại biểu HĐND thành phố") in orgs_of(text)


def test_the_land_registration_office_of_a_province_and_its_director():
    text = "Ông Lê Văn Tám, Giám đốc Văn phòng Đăng ký đất đai tỉnh Hà Nam, bị kỷ luật."
    name = "Văn phòng Đăng ký đất đai tỉnh Hà Nam"
    assert orgs_of(text) == {(name, name)}
    assert facts(text) == {("Lê Văn Tám", "Giám đốc", name, "holds")}


def test_the_land_registration_office_named_by_its_branch():
    text = "Ông Lê Văn Tám, Giám đốc Văn phòng Đăng ký đất đai chi nhánh Ninh Hòa, bị kỷ luật."
    name = "Văn phòng Đăng ký đất đai chi nhánh Ninh Hòa"
    assert orgs_of(text) == {(name, name)}


def test_the_land_registration_office_written_bare_and_a_branch_written_first():
    assert orgs_of("Sở phối hợp với Văn phòng Đăng ký đất đai số hóa hơn 1,2 triệu hồ sơ.") == {
        ("Văn phòng Đăng ký đất đai", "Văn phòng Đăng ký đất đai")}
    name = "Chi nhánh Văn phòng Đăng ký đất đai Kiến Thụy"
    assert orgs_of(f"Người dân nộp hồ sơ tại {name}.") == {(name, name)}
    # in lower case in running text, the branches in general, no body (after a role it is one)
    assert orgs_of("Hồ sơ trễ hạn tại chi nhánh văn phòng đăng ký đất đai còn nhiều.") == set()
