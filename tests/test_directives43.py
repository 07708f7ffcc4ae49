"""Directives, round 31 (directives43): a law's whole name with a word inside it that would end a name elsewhere
(law_name_words.tsv: whole_name), and lower-case documents named by their subject."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _titles(text: str) -> list[tuple[str | None, str | None]]:
    """(type word as written, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.title) for d in extracted(text).values() if d.symbol is None]


def test_a_law_named_with_a_verb_inside_its_name_is_read_whole():
    # "làm" ends "Luật Đất đai làm …"; in "Luật Việc làm" it is the name's own word
    assert _titles("Người thất nghiệp được hỗ trợ theo Điều 61 Luật Việc làm và các văn bản hướng dẫn.") == [
        ("Luật", "Việc làm")]


def test_a_law_named_with_a_preposition_inside_its_name_is_read_whole():
    # "của" ends "Luật Đất đai của …"; the statute's name runs through it, and "(sửa đổi)" after it as before
    assert _titles("Chiều qua, các đại biểu thảo luận dự án Luật Trách nhiệm bồi thường của Nhà nước (sửa đổi).") == [
        ("Luật", "Trách nhiệm bồi thường của Nhà nước (sửa đổi)")]
    assert _titles("Tỉnh triển khai Luật Phòng, chống tác hại của rượu, bia từ đầu năm.") == [
        ("Luật", "Phòng, chống tác hại của rượu, bia")]


def test_a_law_name_without_such_a_row_still_ends_at_the_word():
    assert _titles("Luật Đất đai của nước ta đã qua nhiều lần sửa đổi.") == [("Luật", "Đất đai")]


def _resolutions(text: str) -> list[str | None]:
    """The name of every resolution found without a symbol, in order."""
    return [d.name for d in extracted(text).values() if d.symbol is None and d.doc_type == "NQ"]


def test_a_national_congress_resolution_cited_in_full_then_short_is_one_document():
    assert _resolutions("Hội nghị kiểm điểm việc thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ VIII. Việc thực "
                        "hiện Nghị quyết Đại hội VIII còn một số hạn chế.") == [
        "Nghị quyết Đại hội Đảng toàn quốc lần thứ VIII"]
    assert _resolutions("Cả nước thi đua thực hiện Nghị quyết Đại hội XI của Đảng. Nghị quyết Đại hội lần thứ XI "
                        "đã chỉ rõ ba đột phá chiến lược.") == ["Nghị quyết Đại hội XI"]


def test_congress_resolutions_of_two_numbers_or_of_a_local_body_stay_apart():
    assert _resolutions("Tỉnh đã hoàn thành nhiều chỉ tiêu Nghị quyết Đại hội X và đang triển khai Nghị quyết Đại "
                        "hội XI của Đảng.") == ["Nghị quyết Đại hội X", "Nghị quyết Đại hội XI"]
    assert _resolutions("Huyện thực hiện Nghị quyết Đại hội XI của Đảng; Nghị quyết Đại hội Đảng bộ huyện lần thứ XI "
                        "được triển khai sâu rộng.") == [
        "Nghị quyết Đại hội XI", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XI"]


def test_the_supervision_law_of_2003_and_of_2015_are_read_whole():
    # "Luật Hoạt động giám sát của Quốc hội" (2003), "… của Quốc hội và Hội đồng nhân dân" (2015, "HĐND" short)
    assert _titles("Theo Luật Hoạt động giám sát của Quốc hội thì đại biểu có quyền chất vấn.") == [
        ("Luật", "Hoạt động giám sát của Quốc hội")]
    assert _titles("Căn cứ Luật hoạt động giám sát của Quốc hội và HĐND, đoàn đã làm việc với tỉnh.") == [
        ("Luật", "hoạt động giám sát của Quốc hội và HĐND")]
