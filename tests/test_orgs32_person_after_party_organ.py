"""Organizations, round 32 (orgs32): a holder named right after "Trung ương Đảng" whose middle name
is a country's ("Hoàng Đức Thể", "Trần Đức Lương": "Đức" is Germany) is a person, not another
country's party; a party's name never starts with a family name. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_holder_with_a_country_in_his_name_after_the_party_office():
    assert orgs_of("Ông từng là thư ký cho Chánh Văn phòng Trung ương Đảng Hoàng Đức Thành.") == {
        ("Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng"),
        ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")}


def test_a_foreign_party_after_the_central_committee_is_still_read():
    assert orgs_of("Đoàn đại biểu Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào thăm Hà Nội.") == {
        ("Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
         "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")}
