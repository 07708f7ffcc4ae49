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


def titles(doc, text):
    t = doc(text)
    return [(d.symbol or d.name, d.title) for d in find_directives(t.report, t.extraction)]


def test_a_laws_title_is_its_name_not_the_clause_after_it(doc):
    """", quy định khác của pháp luật" after a law is the next item of a list, not the law's subject."""
    assert titles(doc, "Sở thực hiện nhiệm vụ quy định tại Luật Quản lý thuế, quy định khác của pháp luật và các "
                       "nhiệm vụ sau: thu phí.") == [("Luật Quản lý thuế", "Quản lý thuế")]


def test_a_title_about_ends_where_the_next_document_of_the_list_begins(doc):
    """"Nghị quyết 21 về … và Nghị quyết 22 có …": two documents; the first one's title stops before "và"."""
    assert titles(doc, "Chính phủ đã ban hành Nghị quyết 21 về giảm ùn tắc đô thị và Nghị quyết 22 có nêu việc "
                       "hạn chế xe cá nhân.") == [("21", "về giảm ùn tắc đô thị"), ("22", None)]


def test_a_title_about_still_names_the_document_it_amends(doc):
    assert titles(doc, "Bộ ban hành Thông tư 11 về việc sửa đổi Thông tư 9 về thu phí cầu đường.")[0] == (
        "11", "về việc sửa đổi Thông tư 9 về thu phí cầu đường")


def test_a_title_about_ends_at_the_copula(doc):
    """"Nghị quyết về X là cần thiết": the judgement is no part of the title."""
    assert titles(doc, "Bộ trưởng cho rằng việc trình Quốc hội ban hành Nghị quyết về thí điểm chính quyền đô thị "
                       "tại Đà Nẵng là có cơ sở.") == [
        ("Nghị quyết về thí điểm chính quyền đô thị tại Đà Nẵng", "về thí điểm chính quyền đô thị tại Đà Nẵng")]


def test_a_title_about_is_read_after_the_documents_year(doc):
    """"Nghị quyết 09-NQ/TW năm 2007 về chiến lược biển": the year, then the title."""
    assert titles(doc, "Ngành bám sát Nghị quyết 09-NQ/TW năm 2007 về chiến lược biển Việt Nam, Nghị quyết số "
                       "26-NQ/TW năm 2008 về nông nghiệp, nông dân.") == [
        ("09-NQ/TW", "về chiến lược biển Việt Nam"), ("26-NQ/TW", "về nông nghiệp, nông dân")]


def test_a_title_about_keeps_namely(doc):
    """"trước hết là", "nhất là" (namely) belong to the title; ", đây là" does not."""
    assert titles(doc, "Tỉnh ủy quán triệt Quy định về trách nhiệm nêu gương của đảng viên, trước hết là cán bộ chủ "
                       "chốt.")[0][1] == "về trách nhiệm nêu gương của đảng viên, trước hết là cán bộ chủ chốt"
    assert titles(doc, "Ông nhắc Kết luận 12-KL/TW về công tác dân vận, đây là việc lâu dài.")[0][1] == (
        "về công tác dân vận")


def test_a_law_saying_what_it_rules_keeps_its_name_as_title(doc):
    assert titles(doc, "Luật Phòng, chống tham nhũng quy định rõ trách nhiệm người đứng đầu.") == [
        ("Luật Phòng, chống tham nhũng", "Phòng, chống tham nhũng")]


def test_a_laws_name_runs_over_the_and_of_its_own_phrase(doc):
    """"Luật Hôn nhân và gia đình", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa" are one law each; "và Nghị định" ends one."""
    assert names(doc, "Tòa xử theo Luật Hôn nhân và gia đình năm 2014.") == ["Luật Hôn nhân và gia đình"]
    assert names(doc, "Bộ hướng dẫn Luật Hỗ trợ doanh nghiệp nhỏ và vừa cho các hiệp hội.") == [
        "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"]
    assert names(doc, "Trẻ được bảo vệ theo Luật Bảo vệ, chăm sóc và giáo dục trẻ em.") == [
        "Luật Bảo vệ, chăm sóc và giáo dục trẻ em"]
    assert names(doc, "Tỉnh thực hiện Luật Nhà ở và Nghị định hướng dẫn, Luật Báo chí và công tác tuyên truyền.") == [
        "Luật Nhà ở", "Luật Báo chí"]
    assert names(doc, "Kỳ họp sửa Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003.") == [
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]
