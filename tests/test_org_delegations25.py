"""A province's delegation of deputies written "đoàn" + the province (issue 15, round 25): in
brackets after a deputy's name, or after "thuộc" at a career line's end, it is the province's
Assembly delegation. Elsewhere "đoàn" + a place is no body we read, and "(Đoàn Văn B)" is a
person. Sentences written for these tests; the people are fictional."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_deputy_s_delegation_in_brackets():
    assert orgs_of("Tại phiên thảo luận, ĐB Trần Văn Bảy (đoàn Cà Mau) đề nghị bổ sung quy định.") \
        == {("đoàn Cà Mau", "Đoàn đại biểu Quốc hội tỉnh Cà Mau")}


def test_a_delegation_after_thuoc_at_a_career_line_s_end():
    assert ("đoàn Bình Định", "Đoàn đại biểu Quốc hội tỉnh Bình Định") in orgs_of(
        "Ông Lê Văn Tư là đại biểu Quốc hội khoá 14 thuộc đoàn Bình Định.")


def test_doan_and_a_place_in_running_text_is_no_delegation():
    assert orgs_of("Đội bóng đoàn Hà Nội thắng trận đầu.") == set()


def test_a_person_named_doan_in_brackets_is_no_delegation():
    assert orgs_of("Ông Lê Văn Tư (Đoàn Văn Bình) cho biết.") == set()


def test_a_bracket_that_goes_on_after_the_province_is_not_the_shape():
    assert orgs_of("ĐB Trần Văn Bảy (đoàn Cà Mau, tổ 3) phát biểu.") == set()


def test_a_body_s_name_ends_before_a_verb_of_saying_and_its_colon():
    """name_stops.tsv: "bày tỏ", "cho biết", "cam kết" ... are the verb after the subject."""
    assert orgs_of("Về nội dung này, Ủy ban TVQH bày tỏ quan điểm: cần sửa luật.") \
        == {("Ủy ban TVQH", "Ủy ban TVQH")}
    assert orgs_of("Về việc này, Công ty Cường Hưng cam kết: sẽ bồi thường.") \
        == {("Công ty Cường Hưng", "Công ty Cường Hưng")}
