"""Nineteenth round, directives: symbols displayed as the writer wrote them, and shapes the fresh set showed
(a dash written as a space, a symbol without its type code, a drafting unit with a numeral, a short name in
brackets, a space lost around a bare number)."""

from __future__ import annotations

from kg.loaders.extract.directives import _bare_numbers, directive_key, find_directives
from kg.loaders.extract.symbols import find_symbols, parse_symbol
from kg.textkey import key


def symbols(doc, text):
    t = doc(text)
    return [(d.symbol, d.doc_type) for d in find_directives(t.report, t.extraction) if d.symbol]


def bare(text):
    return [(sm.parse.symbol, sm.parse.doc_type.id) for sm in _bare_numbers(key(text), [], text)]


def test_a_party_symbol_written_with_tu_keeps_it_on_display_and_is_tw_for_identity():
    """"/TƯ" is how many writers spell TW: the display keeps it (what the text says), identity reads TW."""
    p = parse_symbol("45-QĐ/TƯ")
    assert (p.symbol, p.canonical, p.issuer_code) == ("45-QĐ/TƯ", "45-QĐ/TW", "TW")
    p = parse_symbol("7/CT-TƯ")  # the Party document written in the State layout
    assert (p.symbol, p.canonical, p.malformed) == ("7/CT-TƯ", "7-CT/TW", True)
    assert parse_symbol("9-NQ/T.Ư").symbol == "9-NQ/T.Ư"


def test_tu_and_tw_spellings_of_one_party_document_are_one_document(doc):
    t = doc("Ban Bí thư ban hành Chỉ thị số 12-CT/TƯ ngày 3/2/2017. Tỉnh ủy quán triệt Chỉ thị 12-CT/TW.")
    keys = {directive_key(d) for d in find_directives(t.report, t.extraction) if d.symbol}
    assert len(keys) == 1


def test_a_state_symbol_with_a_space_for_its_dash_is_read_with_its_issuer(doc):
    """"số 642/QĐ BNV": a type code, then a known issuer code after a space; the display keeps the space."""
    assert symbols(doc, "Bộ trưởng trao Quyết định số 642/QĐ BNV ngày 2/3/2022 và Quyết định 643/ QĐ BNV "
                        "cùng ngày.") == [("642/QĐ BNV", "QĐ"), ("643/QĐ BNV", "QĐ")]
    assert parse_symbol("642/QĐ BNV").canonical == "642/QĐ-BNV"


def test_a_capitalised_word_after_a_whole_symbol_is_not_its_issuer():
    [s] = find_symbols("theo Quyết định 88/QĐ-TTg UBND tỉnh đã giao")
    assert s.parse.symbol == "88/QĐ-TTg"
    assert find_symbols("tỉ lệ 3/QĐ ABCXYZ") == []  # no type-and-issuer pair when the code is unknown


def test_a_normative_symbol_without_its_type_code_names_issuer_and_year(doc):
    """"Nghị định 47/2016/CP": number, year and a known issuer; the type word before it gives the type."""
    assert symbols(doc, "Ông nghỉ hưu trước tuổi theo Nghị định 47/2016/CP của Chính phủ.") == [("47/2016/CP", "NĐ")]
    assert find_symbols("Bản án số 7/2015/XYZT ngày 9/3") == []  # an unknown code is no issuer


def test_a_drafting_unit_with_a_roman_numeral_belongs_to_the_symbol():
    [s] = find_symbols("Công văn số 5120 / VPCP - V.III ngày 2/6/2019")
    assert (s.parse.symbol, s.parse.issuer_code) == ("5120/VPCP-V.III", "VPCP-V.III")
    [s] = find_symbols("theo Nghị định 12/2020/NĐ-CP.Vì vậy")  # a lost space before a new sentence
    assert s.parse.symbol == "12/2020/NĐ-CP"


def test_a_type_and_number_that_fill_a_bracket_are_the_documents_short_name():
    assert bare("triển khai Đề án Phát triển văn hóa đọc (Đề án 215) trên cả nước") == [("215", "ĐA")]
    assert bare("mở rộng đăng ký ra toàn thành phố (phương án 2); giữ nguyên (phương án 3)") == []
    assert bare("theo Đề án 215 của tỉnh") == []  # outside a bracket an Đề án number is a count or a rank


def test_a_space_lost_after_the_number_or_before_the_type_word_hides_no_document():
    """Crawled text loses spaces ("số 64của", "cóquyết định số 9"): after "số" the number is still a document's."""
    assert bare("Căn cứ Quy định số 64của Ban Bí thư về kỷ luật") == [("64", "QĐi")]
    assert bare("Ngày 3/5, Thủ tướng cóthông báo số 77 yêu cầu báo cáo") == [("77", "TB")]
    assert bare("tổng cộng có 300hộ và 2kế hoạch 5 năm") == []
    assert bare("cuộc họp cóthông báo 12 điểm") == []  # glued, without "số": no document


def test_a_bare_number_of_a_document_the_report_writes_in_full_is_that_document_with_what_it_says(doc):
    """"Quyết định số 31, số 32 của Ban Bí thư (khóa XI)" in the lead, "Quyết định số 31-QĐ/TW về …" below: one
    document each, whose issuer and term the bare mention gives."""
    t = doc("Quyết định số 31, số 32 của Ban Bí thư (khóa XI) đã đi vào cuộc sống. Hội nghị sơ kết Quyết định số "
            "31-QĐ/TW về công tác dân vận và Quyết định số 32-QĐ/TW về công tác kiểm tra.")
    found = [(d.symbol, d.issuer.name if d.issuer else None, d.term) for d in find_directives(t.report, t.extraction)]
    assert found == [("31-QĐ/TW", "Ban Bí thư", 11), ("32-QĐ/TW", "Ban Bí thư", 11)]


def test_a_revision_label_in_brackets_relates_a_law_to_no_other_document(doc):
    """"Luật Lâm nghiệp (sửa đổi), Luật Thủy lợi": the bracket names the first law's new version; neither law
    amends the other. A relation word between two documents still relates them."""
    t = doc("Quốc hội cho ý kiến về dự án Luật Lâm nghiệp (sửa đổi), Luật Thủy lợi và Luật Cảnh vệ.")
    assert all(not d.relations for d in find_directives(t.report, t.extraction))
    t = doc("Chính phủ ban hành Nghị định 12/2021/NĐ-CP sửa đổi, bổ sung Nghị định 40/2019/NĐ-CP.")
    rels = [(d.symbol, r, o.symbol) for d in find_directives(t.report, t.extraction) for r, o in d.relations]
    assert rels == [("12/2021/NĐ-CP", "amends", "40/2019/NĐ-CP")]


def test_a_relation_word_that_labels_or_names_another_document_relates_no_pair(doc):
    """"Luật Lâm nghiệp sửa đổi, Luật Thủy lợi": the first law's new version; "Luật Thủy lợi và Luật sửa đổi, bổ
    sung một số điều của Luật Cảnh vệ": the amending law (a third document) amends Luật Cảnh vệ, not Luật Thủy lợi."""
    for text in ("Quốc hội thông qua Luật Lâm nghiệp sửa đổi, Luật Thủy lợi và Luật Cảnh vệ.",
                 "Quốc hội thông qua Luật Thủy lợi và Luật sửa đổi, bổ sung một số điều của Luật Cảnh vệ."):
        t = doc(text)
        assert all(not d.relations for d in find_directives(t.report, t.extraction)), text


def test_a_law_named_with_a_comma_before_its_number_in_brackets_is_that_law(doc):
    """"Luật Quản lý, sử dụng vũ khí (số 14/2017/QH14 …)": the name runs over a comma before a lower-case word, and
    the Assembly that passed it is its issuer; a comma before a capital ends a list item ("Luật Đất đai, Luật
    Nhà ở")."""
    t = doc("Năm 2018, Quốc hội thông qua Luật Quản lý, sử dụng vũ khí (số 14/2017/QH14 ngày 20/6/2017) thay cho "
            "pháp lệnh cũ.")
    [d] = [d for d in find_directives(t.report, t.extraction) if d.symbol]
    assert (d.symbol, d.doc_type, d.name, d.issuer.name if d.issuer else None) == (
        "14/2017/QH14", "LUAT", "Luật Quản lý, sử dụng vũ khí", "Quốc hội")
    t = doc("Theo Luật Đất đai, Luật Nhà ở (số 65/2014/QH13) thì người dân được cấp giấy.")
    assert [d.name for d in find_directives(t.report, t.extraction) if d.symbol] == ["Luật Nhà ở"]


def test_a_stated_title_ends_before_until_the_end_of_a_day(doc):
    """"đến hết ngày 15/4" after "Nghị định số 46 về an toàn thực phẩm" says how long a suspension lasts."""
    t = doc("Tạm dừng áp dụng Nghị định số 46/2026/NĐ-CP về an toàn thực phẩm đến hết ngày 15/4/2026.")
    assert [d.title for d in find_directives(t.report, t.extraction)] == ["về an toàn thực phẩm"]
