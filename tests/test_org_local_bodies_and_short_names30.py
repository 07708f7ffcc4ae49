"""Bodies the readers missed or split in two (orgs30, from the mid24 misses): the local election
bodies of the 1997-2015 election law, a ministry's field abbreviated with one dash, an enterprise
whose trade is written in lower case before its place, a corporation written by its brand alone,
and a body whose own name abbreviates its words. The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def orgs(text: str) -> list[tuple[str, str]]:
    return pipeline_orgs(text, date="2011-05-03")


def test_local_election_bodies_with_their_place():
    got = orgs("Hội đồng bầu cử TP Hải Phòng quyết định hủy kết quả của tổ bầu cử số 4 phường Cát Dài, "
               "thuộc ban bầu cử số 2 quận Lê Chân. Cử tri thuộc tổ bầu cử số 4 sẽ bầu lại.")
    assert got == [("Hội đồng bầu cử thành phố Hải Phòng", "Hội đồng bầu cử TP Hải Phòng"),
                   ("Tổ bầu cử số 4 phường Cát Dài", "tổ bầu cử số 4 phường Cát Dài"),
                   ("Ban bầu cử số 2 quận Lê Chân", "ban bầu cử số 2 quận Lê Chân")]


def test_election_bodies_of_every_level_are_none():
    assert orgs("Hội đồng bầu cử các cấp đã sẵn sàng; các tổ bầu cử làm việc đến tối.") == []


def test_a_polling_unit_without_its_number_is_none():
    assert orgs("Bà được chọn làm Tổ trưởng Tổ bầu cử thôn Đông Lâm, Tây Lâm.") == []  # (as the dev gold)


def test_a_ministry_field_abbreviated_with_one_dash():
    assert orgs("Tổng cục Du lịch, Bộ VHTT-DL vẫn cho rằng đã làm đúng quy trình.")[-1] == (
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTT-DL")


def test_an_enterprise_with_its_trade_in_lower_case():
    assert orgs("Năm 1990 ông là Phó Giám đốc Xí nghiệp thuốc lá Tam Bình, sau đó về huyện.") == [
        ("Xí nghiệp thuốc lá Tam Bình", "Xí nghiệp thuốc lá Tam Bình")]


def test_a_corporation_written_by_its_brand():
    got = orgs("Ông có 10 năm làm việc tại Vinaconex. Tổng Công ty Vinaconex cũng báo lãi.")
    assert got == [("Tổng công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam", "Vinaconex"),
                   ("Tổng công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam", "Tổng Công ty Vinaconex")]


def test_a_name_s_abbreviated_words_are_spelled_out():
    got = orgs("Trung tâm Khoa học Xã hội và Nhân văn Quảng Trị tổ chức lễ kỷ niệm. "
               "Trung tâm KHXH&NV Quảng Trị thành lập năm 2007.")
    assert [name for name, _ in got] == ["Trung tâm Khoa học Xã hội và Nhân văn Quảng Trị"] * 2


def test_a_body_followed_by_a_count_of_places_is_a_kind_of_body():
    assert orgs("Dự lễ có lãnh đạo Hội ND 12 tỉnh, thành phố phía Nam.") == []
    assert orgs("Bộ trưởng phê bình lãnh đạo Sở NN-PTNT của 5 tỉnh, thành.") == []
    assert orgs("Hội Nông dân tỉnh Long An bàn giao cho 4 xã.") == [("Hội Nông dân tỉnh Long An",
                                                                  "Hội Nông dân tỉnh Long An")]


def test_a_name_with_its_trades_parted_by_commas_in_a_list_of_partners():
    got = orgs("Hội ký kết với Liên đoàn Luật sư Việt Nam, Hiệp hội Bia, rượu, nước giải khát Việt Nam để phối hợp.")
    assert got == [("Liên đoàn Luật sư Việt Nam", "Liên đoàn Luật sư Việt Nam"),
                   ("Hiệp hội Bia, rượu, nước giải khát Việt Nam", "Hiệp hội Bia, rượu, nước giải khát Việt Nam")]


def test_the_civil_judgment_departments_and_their_branches_in_several_districts():
    got = orgs("Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa cho biết 4 trụ sở Chi cục Thi hành án "
               "tại 4 huyện còn thiếu.")
    assert got == [("Cục Thi hành án dân sự tỉnh Thanh Hóa", "Cục Thi hành án dân sự tỉnh Thanh Hóa")]
