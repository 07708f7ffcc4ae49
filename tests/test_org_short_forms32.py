"""A body written in full, then short (orgs32, from the audit25 duplicate rows): the short writing is
the one longer body of its kind the report names, not a second body; where the short form may stand
for another body it stays as it is. The sentences are our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def orgs(text: str) -> list[tuple[str, str]]:
    return pipeline_orgs(text, date="2017-05-03")


def test_a_later_short_mention_of_an_association_is_the_one_named_in_full():
    got = orgs("Ông Hà, Tổng Thư ký Hiệp hội Du lịch Quảng Nam, cho biết. "
               "Theo ông, Hiệp hội Du lịch sẽ kiến nghị lên tỉnh.")
    assert [name for name, _ in got] == ["Hiệp hội Du lịch Quảng Nam"] * 2


def test_a_central_board_written_without_its_level():
    got = orgs("Ông Bình nhận nhiệm vụ tại Ban Tuyên giáo Trung ương. Ban Tuyên giáo đã chuẩn bị kỹ hội nghị.")
    assert [name for name, _ in got] == ["Ban Tuyên giáo Trung ương"] * 2


def test_the_congress_s_executive_committee_is_the_named_party_organisation_s():
    got = orgs("Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXI đã bầu Ban Chấp hành Đảng bộ gồm 51 đồng chí.")
    assert [name for name, _ in got] == ["Đảng bộ tỉnh Quảng Nam", "Ban Chấp hành Đảng bộ tỉnh Quảng Nam"]


def test_two_longer_bodies_of_the_kind_leave_the_short_form_alone():
    got = orgs("Hiệp hội Du lịch Quảng Nam và Hiệp hội Du lịch Huế ký kết. Hiệp hội Du lịch sẽ kiến nghị.")
    assert [name for name, _ in got][-1] == "Hiệp hội Du lịch"


def test_a_lower_case_title_s_board_is_not_the_central_one():
    got = orgs("Ông Bình nhận nhiệm vụ tại Ban Nội chính Trung ương. Đại hội bầu ông Tuấn (Trưởng ban Nội chính) "
               "giữ chức Phó bí thư.")
    assert "Ban Nội chính" in [name for name, _ in got]


def test_a_longer_name_going_on_in_lower_case_only_is_no_full_name():
    got = orgs("Đất do Quân chủng Phòng không quản lý; Quân chủng Phòng không đã báo cáo.")
    assert got[-1] == ("Quân chủng Phòng không", "Quân chủng Phòng không")


def test_a_national_name_is_whole():
    got = orgs("Chủ tịch Hội Nông dân Việt Nam Thuận Hòa dự lễ. Hội Nông dân Việt Nam đã tổ chức lễ trao giải.")
    assert got[-1][0] == "Hội Nông dân Việt Nam"


def test_vietnam_s_party_is_not_the_foreign_party_named_in_full():
    got = orgs("Phía Việt Nam tin tưởng Đảng Cộng sản Trung Quốc sẽ thành công. Ông cảm ơn sự tiếp đón của "
               "Đảng Cộng sản, Chính phủ và nhân dân Việt Nam.")
    assert "Đảng Cộng sản Trung Quốc" not in [name for name, _ in got][1:]
