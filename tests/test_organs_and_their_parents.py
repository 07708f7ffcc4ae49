"""Organs and the body they belong to, written after them: a foreign party's Politburo or Secretariat
is that party's organ, not Vietnam's (issue 15: "a foreign region's committee placed in the report's
Vietnamese province" is the same class of error); a National Assembly committee may be written with
"Quốc hội" after it and no "của". Sentences written for these tests."""

from __future__ import annotations

from kg.resolve import organization_key
from tests.fixtures_officials import facts, officials, orgs_of


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


def test_a_national_assembly_committee_with_its_parent_written_without_cua():
    # "Ủy ban Đối ngoại Quốc hội" is "Ủy ban Đối ngoại của Quốc hội" (organizations.tsv flag ownparent)
    assert facts("Chủ nhiệm Ủy ban Đối ngoại Quốc hội Trần Văn Hùng cho biết dự luật đã sẵn sàng.") == {
        ("Trần Văn Hùng", "Chủ nhiệm", "Ủy ban Đối ngoại Quốc hội", "holds")}
    assert facts("Phó Chủ nhiệm Ủy ban Kinh tế – Ngân sách Quốc hội Lê Văn Nam phát biểu.") == {
        ("Lê Văn Nam", "Phó Chủ nhiệm", "Ủy ban Kinh tế – Ngân sách Quốc hội", "holds")}
    # with "của" as before, and without the parent as before
    assert facts("Chủ nhiệm Ủy ban Pháp luật của Quốc hội Trần Văn Hùng phát biểu.") == {
        ("Trần Văn Hùng", "Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội", "holds")}
    assert facts("Chủ nhiệm Ủy ban Pháp luật Trần Văn Hùng phát biểu.") == {
        ("Trần Văn Hùng", "Chủ nhiệm", "Ủy ban Pháp luật", "holds")}


def _committee(text: str):
    return next(o for o in officials(text).organizations if o.name.startswith("Ủy ban"))


def test_the_three_writings_of_an_assembly_committee_are_one_body():
    """"Ủy ban Đối ngoại", "Ủy ban Đối ngoại Quốc hội" and "Ủy ban Đối ngoại của Quốc hội" name one
    committee (organizations.tsv flag ownparent: a committee that always belongs to the Quốc hội).
    Its name is the one written with "của", the Quốc hội's unit, whichever way the text writes it,
    so the three meet in one node; each keeps what the text wrote."""
    written = ("Bà Lê Thị Hoa, Phó Chủ nhiệm Ủy ban Đối ngoại, đã tiếp đoàn.",
               "Bà Lê Thị Hoa, Phó Chủ nhiệm Ủy ban Đối ngoại Quốc hội, đã tiếp đoàn.",
               "Bà Lê Thị Hoa, Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, đã tiếp đoàn.")
    found = [_committee(text) for text in written]
    assert [o.written for o in found] == [
        "Ủy ban Đối ngoại", "Ủy ban Đối ngoại Quốc hội", "Ủy ban Đối ngoại của Quốc hội"]
    assert {o.name for o in found} == {"Ủy ban Đối ngoại của Quốc hội"}
    assert len({organization_key(o.name, o.scope, o.province, "r1") for o in found}) == 1


def test_another_assembly_s_committee_is_not_the_quoc_hoi_s():
    # a body written right after the committee is the assembly it belongs to, not the Quốc hội
    assert orgs_of("Chủ tịch Ủy ban Đối ngoại Thượng viện Hoa Kỳ Robert Smith thăm Hà Nội.") >= {
        ("Thượng viện Hoa Kỳ", "Thượng viện Hoa Kỳ")}
    assert "Ủy ban Đối ngoại của Quốc hội" not in {name for _, name in orgs_of(
        "Chủ tịch Ủy ban Đối ngoại Thượng viện Hoa Kỳ Robert Smith thăm Hà Nội.")}
