"""Twenty-third round (events25), directives: a term or year only what the text writes, titles that end at the
clause's verb, a law name with "vừa và nhỏ", a number with a letter. Our own sentences, in the shape of reports."""

from __future__ import annotations

from kg.loaders.extract.directives import extract_directives, find_directives
from tests.fixtures_directives import make_doc


def extracted(text: str, date: str | None = "2019-08-30"):
    doc = make_doc(text, date)
    extract_directives(doc.report, doc.extraction)
    return {d.symbol or d.name: d for d in doc.extraction.directives}


def test_a_party_document_cited_without_its_term_gets_none_in_the_output_but_keeps_its_identity():
    """"Chỉ thị số 56-CT/TW của Bộ Chính trị" cited in a 2019 report may be a directive of 2000: the term the report's
    date gives is a guess, kept only in the identity (Party numbers restart each term); the fact is None."""
    d = extracted("Hội tiếp tục quán triệt Chỉ thị số 56-CT/TW của Bộ Chính trị về công tác pháp luật.")["56-CT/TW"]
    assert (d.term, d.term_inferred, d.identity) == (None, False, "party:56-CT/TW@12")


def test_a_party_document_with_its_issue_date_gets_the_term_of_that_date_marked_inferred():
    """The text writes the issue date, and a date of 2007 falls in term X: a deduction, not a guess, kept with
    its mark so that an analyst can tell it from a term the text writes."""
    d = extracted("Ông vi phạm Chỉ thị số 15-CT/TW, ngày 07/7/2007 của Bộ Chính trị về công tác cán bộ.")["15-CT/TW"]
    assert (d.term, d.term_inferred, d.identity) == (10, True, "party:15-CT/TW@10")


def test_a_local_committee_document_gets_no_national_term_from_its_issue_date():
    """A provincial committee's terms are its own congresses': term X of the Party is no term of "…/TU"."""
    d = extracted("Thực hiện Nghị quyết số 23-NQ/TU ngày 12/8/2009 của Tỉnh ủy về phát triển du lịch.")["23-NQ/TU"]
    assert (d.term, d.term_inferred) == (None, False)


def test_a_written_term_stays():
    d = extracted("Các cấp ủy học tập Nghị quyết số 18-NQ/TW khóa XII của Ban Chấp hành Trung ương.")["18-NQ/TW"]
    assert (d.term, d.term_inferred) == (12, False)


def test_an_administrative_state_document_without_a_date_gets_no_year_from_the_report():
    """"Chỉ thị số 08/CT-TTg" listed with no date: the report's year keys it, and is no fact of it; a year the issue
    date writes is."""
    ds = extracted("Hội quán triệt Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ và Chỉ thị số 21/CT-TTg ngày "
                   "30/8/2019 của Thủ tướng Chính phủ.")
    assert (ds["08/CT-TTg"].year, ds["08/CT-TTg"].identity) == (None, "state:8/CT-TTg@2019")
    assert ds["21/CT-TTg"].year == 2019


def titles(text: str) -> dict[str | None, str | None]:
    return {d.symbol: d.title for d in find_directives(make_doc(text, "2017-05-17").report) if d.symbol}


def test_a_stated_title_ends_before_the_verb_of_the_clause_the_document_heads():
    """"Nghị quyết 35 về hỗ trợ doanh nghiệp đã góp phần …": "đã" opens the predicate, not the subject."""
    assert titles("Nghị quyết số 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đã góp phần tạo dựng niềm tin "
                  "của người dân.") == {"35/NQ-CP": "về hỗ trợ và phát triển doanh nghiệp"}


def test_a_stated_title_ends_before_the_subject_of_the_main_clause_after_it():
    """"Thực hiện Chỉ thị 13 về X, Ban Y đã …": the capitalised piece after the last comma is the main clause's
    subject; a lower-case piece is still the title's."""
    assert titles("Thực hiện Chỉ thị số 13/CT-TTg về tinh giản biên chế, cơ cấu lại đội ngũ công chức, Sở Nội vụ "
                  "đã xây dựng phương án.") == {"13/CT-TTg": "về tinh giản biên chế, cơ cấu lại đội ngũ công chức"}
    assert titles("Nghị quyết số 7/NQ-TW về chủ trương, giải pháp quản lý nợ công an toàn, bền vững đã xác định "
                  "rõ yêu cầu.") == {"7/NQ-TW": "về chủ trương, giải pháp quản lý nợ công an toàn, bền vững"}


def test_a_law_name_keeps_vua_va_nho():
    names = [d.name for d in find_directives(make_doc("Theo ông, dự thảo Luật hỗ trợ doanh nghiệp vừa và nhỏ đã đưa "
                                                      "ra chương trình hỗ trợ.", "2017-05-17").report)]
    assert names == ["Luật hỗ trợ doanh nghiệp vừa và nhỏ"]


def test_a_state_number_with_a_letter_before_the_slash():
    """"Nghị quyết 36a/NQ-CP": a document numbered between 36 and 37."""
    ds = find_directives(make_doc("Các bộ báo cáo thực hiện Nghị quyết 36a/NQ-CP về Chính phủ điện tử.",
                                  "2017-07-03").report)
    assert [(d.symbol, d.type_word, d.title) for d in ds] == [("36a/NQ-CP", "Nghị quyết", "về Chính phủ điện tử")]


def named(text: str):
    return [(d.name, d.term, d.issuer.name if d.issuer else None, d.identity)
            for d in extracted(text).values() if d.symbol is None]


def test_a_central_plenum_resolution_by_its_ordinal_first():
    """"Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII": the plenum's ordinal before the body."""
    assert named("Các cấp ủy quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII.") == [
        ("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII", 12, None,
         "name:NQ:nghị quyết hội nghị lần thứ năm ban chấp hành trung ương khoá xii@12")]


def test_a_resolution_named_by_a_bodys_congress_or_conference():
    """"Nghị quyết Đại hội Đảng bộ TPHCM lần VIII", "Nghị quyết Hội nghị Ủy ban T.Ư MTTQ Việt Nam lần thứ 7 (khóa
    VIII)": named documents; one of a unit named only by its level ("Đảng bộ tỉnh") has no identity across reports,
    and takes no issuer from the next document of its list."""
    assert named("Phóng viên: Nghị quyết Đại hội Đảng bộ TPHCM lần VIII đã xác định mục tiêu.") == [
        ("Nghị quyết Đại hội Đảng bộ TPHCM lần VIII", None, None, "name:NQ:nghị quyết đại hội đảng bộ tphcm lần viii")]
    assert named("Hội nghị đã thông qua Nghị quyết Hội nghị Ủy ban T.Ư MTTQ Việt Nam lần thứ 7 (khóa VIII).")[0][:2] \
        == ("Nghị quyết Hội nghị Ủy ban T.Ư MTTQ Việt Nam lần thứ 7 (khóa VIII)", 8)
    assert named("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, Nghị quyết số 26 ngày 30/7/2013 của Bộ "
                 "Chính trị về phát triển tỉnh.") == [
        ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII", None, None, None)]


def test_a_plenum_resolution_of_two_terms_is_two_documents():
    """"Nghị quyết Trung ương 4 Khoá XI, XII": the fourth plenums of terms XI and XII passed a resolution each."""
    assert [(n, t) for n, t, _i, _k in named("Tỉnh ủy lãnh đạo thực hiện Nghị quyết Trung ương 4 Khoá XI, XII về xây "
                                             "dựng, chỉnh đốn Đảng.")] == [
        ("Nghị quyết Trung ương 4 Khoá XI", 11), ("Nghị quyết Trung ương 4 khóa XII", 12)]


def test_the_first_term_stays_the_names_own_and_a_bracket_is_closed():
    """"Nghị quyết Trung ương 4 khóa XI, khóa XII": the first keeps XI (not the list's next term); "Nghị quyết Hội
    nghị Trung ương 4 (Khóa XI, XII)": the name has no bracket left open."""
    assert [(n, t) for n, t, _i, _k in named("Tỉnh phải thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII về xây "
                                             "dựng Đảng.")] == [
        ("Nghị quyết Trung ương 4 khóa XI", 11), ("Nghị quyết Trung ương 4 khóa XII", 12)]
    assert [(n, t) for n, t, _i, _k in named("Học tập Nghị quyết Hội nghị Trung ương 4 (Khóa XI, XII) về xây dựng "
                                             "Đảng.")] == [
        ("Nghị quyết Hội nghị Trung ương 4 Khóa XI", 11), ("Nghị quyết Hội nghị Trung ương 4 khóa XII", 12)]
