"""Seventeenth round, directives: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives


def symbols(doc, text):
    t = doc(text)
    return [d.symbol for d in find_directives(t.report, t.extraction)]


def test_a_document_written_with_and_without_leading_zeros_is_one_symbol_as_the_number_reads(doc):
    """"Kế hoạch số 07-KH/TW" and later "Kế hoạch số 7-KH/TW": one document; written only padded, it stays so."""
    assert symbols(doc, "Tỉnh ủy quán triệt Kế hoạch số 07-KH/TW của Bộ Chính trị. Tỉnh ủy thực hiện 9 nhiệm vụ theo "
                        "Kế hoạch số 7-KH/TW ngày 2/3/2017 của Bộ Chính trị.") == ["7-KH/TW"]
    assert symbols(doc, "Tỉnh ủy quán triệt Kế hoạch số 07-KH/TW của Bộ Chính trị.") == ["07-KH/TW"]


def names(doc, text):
    t = doc(text)
    return [d.name for d in find_directives(t.report, t.extraction)]


def test_a_laws_name_runs_over_the_comma_of_its_own_phrase(doc):
    """"Luật Khiếu nại, tố cáo", "Luật Phí, lệ phí" are one law each; "Luật Đất đai, Luật Nhà ở" two."""
    assert names(doc, "Ủy ban đã thẩm tra dự án Luật Khiếu nại, tố cáo và dự án Luật Đầu tư công.") == [
        "Luật Khiếu nại, tố cáo", "Luật Đầu tư công"]
    assert names(doc, "Tỉnh thu theo Luật Phí, lệ phí từ năm 2017.") == ["Luật Phí, lệ phí"]
    assert names(doc, "Ông nêu Luật Đất đai, Luật Nhà ở còn chồng chéo.") == ["Luật Đất đai", "Luật Nhà ở"]


def test_a_list_number_glued_to_a_laws_last_word_is_not_its_name(doc):
    assert names(doc, "Quốc hội sẽ thông qua: 12. Luật Thuế tài nguyên13. Luật Thủy lợi14. Nghị quyết về dự toán.") == [
        "Luật Thuế tài nguyên", "Luật Thủy lợi"]


def test_the_newspaper_phap_luat_names_no_law(doc):
    """"Pháp Luật TP.HCM" is a newspaper; "pháp luật" the law in general."""
    assert names(doc, "Trao đổi với Pháp Luật TP.HCM, ông Nam cho biết sẽ thực hiện đúng Luật Cán bộ, công chức.") == [
        "Luật Cán bộ, công chức"]


def test_a_verb_after_law_ends_its_name_or_shows_no_law(doc):
    """"dự thảo Luật X trình Ủy ban …": the name ends before the verb; "dự án Luật đề xuất …" names no law."""
    assert names(doc, "Sáng 3/4, dự thảo Luật Quy hoạch đô thị trình Ủy ban Thường vụ Quốc hội đã sửa nhiều điều.") == [
        "Luật Quy hoạch đô thị"]
    assert names(doc, "Ban soạn thảo dự án Luật đề xuất giao đất tới 70 năm.") == []


def test_quy_dinh_ends_a_laws_name_but_its_syllables_alone_do_not(doc):
    """"quy định" after a law is its verb; "Quy hoạch", "Giám định" are words of names; "theo Luật định" and a
    law firm ("Công ty Luật TNHH …") name no law."""
    assert names(doc, "Luật Đất đai quy định rõ thời hạn giao đất; Luật Quy hoạch cũng vậy.") == [
        "Luật Đất đai", "Luật Quy hoạch"]
    assert names(doc, "Ông đề nghị sửa Luật Giám định tư pháp.") == ["Luật Giám định tư pháp"]
    assert names(doc, "Đại biểu được bầu theo Luật định. Luật sư Nam làm việc tại Công ty Luật TNHH Hòa Bình.") == []
