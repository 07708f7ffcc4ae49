"""Directives, round 29 (directives37): documents named without a number, in shapes counted across the corpus:
a "Quy chế" named by its subject without "về" ("Quy chế phối hợp …", "Quy chế tạm thời về …")."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _named(text: str, *orgs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    """(type word as written, name, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.name, d.title) for d in extracted(text, *orgs).values() if d.symbol is None]


def test_rules_named_by_their_subject_without_ve():
    assert _named("Hội nghị đánh giá việc thực hiện Quy chế phối hợp công tác giữa Sở Tư pháp với Công an tỉnh "
                  "trong năm qua.") == [
        ("Quy chế", "Quy chế phối hợp công tác giữa Sở Tư pháp với Công an tỉnh trong năm qua",
         "phối hợp công tác giữa Sở Tư pháp với Công an tỉnh trong năm qua")]
    assert _named("Tỉnh sẽ ban hành Quy chế tiếp nhận kiến nghị của doanh nghiệp qua đường dây nóng.") == [
        ("Quy chế", "Quy chế tiếp nhận kiến nghị của doanh nghiệp qua đường dây nóng",
         "tiếp nhận kiến nghị của doanh nghiệp qua đường dây nóng")]


def test_temporary_rules_keep_tam_thoi_in_their_title():
    assert _named("Sở Y tế đã trình dự thảo Quy chế tạm thời về phối hợp đón công dân về nước cách ly tại khu "
                  "nghỉ dưỡng của tỉnh.") == [
        ("Quy chế", "Quy chế tạm thời về phối hợp đón công dân về nước cách ly tại khu nghỉ dưỡng của tỉnh",
         "tạm thời về phối hợp đón công dân về nước cách ly tại khu nghỉ dưỡng của tỉnh")]


def test_a_rules_title_ends_where_what_is_said_of_it_begins():
    assert _named("Ông đánh giá, Quy chế phối hợp giữa Ban Tuyên giáo với Sở Văn hóa ngày càng đi vào nền nếp.") == [
        ("Quy chế", "Quy chế phối hợp giữa Ban Tuyên giáo với Sở Văn hóa",
         "phối hợp giữa Ban Tuyên giáo với Sở Văn hóa")]
    assert _named("Đoàn làm việc về việc thực hiện Quy chế tuyển dụng công chức cấp xã tại Bạc Liêu.") == [
        ("Quy chế", "Quy chế tuyển dụng công chức cấp xã", "tuyển dụng công chức cấp xã")]


def test_rules_in_general_or_as_another_documents_subject_name_none():
    assert _named("Ông vi phạm nguyên tắc tập trung dân chủ và quy chế làm việc; thiếu kiểm tra, giám sát.") == []
    assert _named("Hai bên thực hiện tốt Hiệp định về Quy chế quản lý biên giới trên đất liền.") == [
        ("Hiệp định", "Hiệp định về Quy chế quản lý biên giới trên đất liền",
         "về Quy chế quản lý biên giới trên đất liền")]
    assert _named("Các đơn vị đã rà soát các Quy chế phối hợp công tác trong lĩnh vực nội chính.") == []
    assert _named("Thí sinh vi phạm Quy chế thi, bị đình chỉ.") == []


def test_resolutions_passed_in_one_list_are_one_each():
    assert _named("Kỳ họp đã thông qua 3 nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2021; điều chỉnh "
                  "dự toán ngân sách tỉnh năm 2020; đặt tên một số tuyến đường ở thị trấn.") == [
        ("nghị quyết", "nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2021",
         "về nhiệm vụ phát triển kinh tế - xã hội năm 2021"),
        ("nghị quyết", "nghị quyết điều chỉnh dự toán ngân sách tỉnh năm 2020",
         "điều chỉnh dự toán ngân sách tỉnh năm 2020"),
        ("nghị quyết", "nghị quyết đặt tên một số tuyến đường ở thị trấn",
         "đặt tên một số tuyến đường ở thị trấn"),
    ]


def test_a_list_passed_after_it_ends_before_the_verb():
    assert _named("Chiều qua, các nghị quyết quy hoạch sử dụng đất đến năm 2030; chương trình giám sát của HĐND "
                  "năm 2022; mức thu học phí, lệ phí của tỉnh cũng đã được thông qua.") == [
        ("nghị quyết", "nghị quyết quy hoạch sử dụng đất đến năm 2030", "quy hoạch sử dụng đất đến năm 2030"),
        ("nghị quyết", "nghị quyết chương trình giám sát của HĐND năm 2022",
         "chương trình giám sát của HĐND năm 2022"),
        ("nghị quyết", "nghị quyết mức thu học phí, lệ phí của tỉnh", "mức thu học phí, lệ phí của tỉnh"),
    ]


def test_lists_that_name_no_resolution_by_its_subject():
    # a list of laws and resolutions, each with its type word; a number that is not the list's length; no act of
    # passing; a list of kinds of documents
    assert [name for _, name, _ in _named("Quốc hội đã thông qua 2 luật và 1 nghị quyết gồm: Luật Thủy lợi; Luật Lâm "
                                         "nghiệp; nghị quyết về kế hoạch tài chính 5 năm.")
            if name and name.startswith("nghị quyết")] == []
    assert _named("HĐND thông qua 4 nghị quyết về giá đất; phí tham quan; học phí.") == []
    assert _named("Kỳ họp đã thông qua các nghị quyết quan trọng; các đại biểu cũng đã chất vấn Giám đốc Sở.") == []
    assert _named("Đại biểu đề nghị rà soát các nghị quyết về giá đất; phí tham quan; học phí.") == []
    assert _named("Hội đồng ban hành các nghị quyết, quyết định về giá đất; sau đó báo cáo Bộ Tài chính.") == []
