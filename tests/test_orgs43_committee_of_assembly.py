"""Organization names at full length, round 31 (orgs43): a committee ("Ủy ban" + its field) is a unit
of the body written right after it, as a board ("Ban") is: "Ủy ban <field> Quốc hội" is the Assembly's
committee, one name, whatever its field's words (an old committee's name the table does not hold).
Sentences written for these tests, in the shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_committee_named_by_its_field_then_the_assembly_is_one_name():
    # the field's last word written in title case ("Môi" + "trường"), the head in lower case
    text = "Ông Lê Văn Bảy, Chủ nhiệm uỷ ban Khoa học Công nghệ Môi trường Quốc hội, phát biểu."
    assert orgs_of(text) == {
        ("uỷ ban Khoa học Công nghệ Môi trường Quốc hội", "Ủy ban Khoa học Công nghệ Môi trường Quốc hội"),
        ("Quốc hội", "Quốc hội")}
    assert facts(text) == {
        ("Lê Văn Bảy", "Chủ nhiệm", "uỷ ban Khoa học Công nghệ Môi trường Quốc hội", "holds")}


def test_a_committee_of_the_assembly_written_with_của_keeps_it():
    # "của Quốc hội": the same unit, its body written after "of"
    assert orgs_of("Bà Trần Thị Hoa từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa VI.") == {
        ("Ủy ban Văn hóa xã hội của Quốc hội", "Ủy ban Văn hóa xã hội của Quốc hội"),
        ("Quốc hội", "Quốc hội")}


def test_a_committee_with_no_body_after_it_is_the_committee_alone():
    assert orgs_of("Ông Lê Văn Bảy, Chủ tịch Ủy ban Olympic Việt Nam, phát biểu.") == {
        ("Ủy ban Olympic Việt Nam", "Ủy ban Olympic Việt Nam")}
