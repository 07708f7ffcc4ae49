"""Documents cited by a bare number, without a symbol. Our own sentences, in the shape of reports."""

from __future__ import annotations

from kg.loaders.extract.directives import directive_key, find_directives
from tests.fixtures_directives import make_doc


def cited(text: str) -> dict[str, str | None]:
    """symbol -> type word of every document found by a number (documents named by a name left out)."""
    return {d.symbol: d.type_word for d in find_directives(make_doc(text, "2017-05-02").report) if d.symbol}


def test_a_number_after_so_is_a_document_of_that_type():
    got = cited("UBND tỉnh ban hành Quyết định số 512 và văn bản số 88 ngày 18/9/2016 về việc này.")
    assert got == {"512": "Quyết định", "88": "văn bản"}


def test_strong_types_without_so():
    assert cited("Vi phạm nghị quyết 54 của Quốc hội và Chỉ thị 07 của Thủ tướng.") == {
        "54": "nghị quyết", "07": "Chỉ thị"}


def test_counts_years_and_full_symbols_are_not_bare_documents():
    got = cited("Kế hoạch 5 năm được lập; Nghị quyết 3 điểm; Hiến pháp 2013; tỷ lệ 45%. Tạm dừng Nghị định "
                "số 46 và Nghị định số 46/2026/NĐ-CP ngày 26/01/2026.")
    assert got == {"46/2026/NĐ-CP": "Nghị định"}


def test_a_bare_number_is_not_identified_across_reports():
    (d,) = find_directives(make_doc("Quyết định số 512 của UBND tỉnh.", "2017-05-02").report)
    assert d.doc_type == "QĐ" and directive_key(d) is None


def test_a_number_and_a_year_name_one_document_of_that_type():
    got = cited("Theo Nghị định 41/2019 của Chính phủ và thông tư 07/2018 của Bộ Tài chính; Quyết định "
                "số 3120/2011 của UBND tỉnh.")
    assert got == {"41/2019": "Nghị định", "07/2018": "thông tư", "3120/2011": "Quyết định"}


def test_a_number_and_a_year_are_identified_across_reports_by_type():
    (a,) = find_directives(make_doc("Thực hiện Nghị định 41/2019 của Chính phủ.", "2020-01-02").report)
    (b,) = find_directives(make_doc("Nghị định số 41/2019 đã quy định rõ.", "2021-03-04").report)
    (c,) = find_directives(make_doc("Thông tư 41/2019 hướng dẫn việc này.", "2021-03-04").report)
    assert directive_key(a) == directive_key(b) == "state:NĐ:41/2019" != directive_key(c)


def test_the_short_form_of_a_number_and_year_is_the_same_document():
    doc = make_doc("Nghị định số 41/2019 (gọi tắt là Nghị định 41) hết hiệu lực.", "2020-01-02")
    found = find_directives(doc.report)
    assert [d.symbol for d in found] == ["41/2019"]


def test_a_number_and_an_issuer_code_in_capitals():
    assert cited("Chính phủ ban hành Nghị định số 215/TTg; Sở có công văn số 318/KHĐT gửi tỉnh; "
                 "quyết định 5/tháng là không đúng.") == {"215/TTg": "Nghị định", "318/KHĐT": "công văn"}


def test_a_number_then_its_year_in_words():
    got = cited("Căn cứ Quyết định số 2214 năm 2012 của UBND tỉnh và Chỉ thị số 19 năm 1998 của Trung ương.")
    assert got == {"2214": "Quyết định", "19": "Chỉ thị"}


def test_other_types_need_so_or_the_issuer_after_cua():
    got = cited("Theo Kế hoạch 71 của Ban Chỉ đạo và Thông báo 318 của Ủy ban Kiểm tra; Phương án 2 của tờ "
                "trình; kế hoạch 5 năm của tỉnh; Đề án 3 trình Hội đồng.")
    assert got == {"71": "Kế hoạch", "318": "Thông báo"}
