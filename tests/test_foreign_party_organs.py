"""A foreign party's Politburo or Secretariat is that party's organ, not Vietnam's (issue 15: "a
foreign region's committee placed in the report's Vietnamese province" is the same class of error).
Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_foreign_partys_politburo_keeps_its_party():
    assert facts("Ông Raul Castro, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, đã tới thăm tỉnh.") == {
        ("Raul Castro", "Ủy viên", "Bộ Chính trị Đảng Cộng sản Cuba", "holds")}
    assert orgs_of("Bộ Chính trị Đảng Cộng sản Cuba đã họp phiên bất thường.") == {
        ("Bộ Chính trị Đảng Cộng sản Cuba", "Bộ Chính trị Đảng Cộng sản Cuba")}


def test_the_central_committee_between_the_organ_and_the_party():
    assert facts("Ông Bounnhang Vorachith, Ủy viên Bộ Chính trị Trung ương Đảng Nhân dân Cách mạng Lào, "
                 "cho biết.") == {
        ("Bounnhang Vorachith", "Ủy viên", "Bộ Chính trị Trung ương Đảng Nhân dân Cách mạng Lào", "holds")}


def test_vietnams_own_organs_are_unchanged():
    assert facts("Đồng chí Nguyễn Văn A, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, cho biết.") == {
        ("Nguyễn Văn A", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Nguyễn Văn A", "Bí thư", "Thành ủy Hà Nội", "holds")}
    # Vietnam's party named after the organ is still Vietnam's Politburo
    assert {org for _, _, org, _ in facts(
        "Ông Nguyễn Văn A, Ủy viên Bộ Chính trị Trung ương Đảng Cộng sản Việt Nam, phát biểu.")} == {
        "Bộ Chính trị"}
