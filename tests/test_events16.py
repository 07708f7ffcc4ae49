"""Sixteenth round, events and directives: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def dates_of(doc, text, *orgs):
    t = doc(text, date=None)
    for o in orgs:
        t = t.org(o)
    return [(e.kind, e.date.iso() if e.date else None) for e in run(t).events]


def test_an_undated_report_takes_the_year_that_ends_the_events_name(doc):
    """With no report date, "năm 2019" closing the event's own name is the year it is held."""
    assert dates_of(doc, "Ngày 12/7, tại Nghệ An, Bộ trưởng đã dự hội nghị xúc tiến đầu tư vào du lịch "
                         "miền Tây Nghệ An năm 2019.") == [("Hội nghị", "2019-07-12")]
    assert dates_of(doc, "Sáng 9/5, Hội Nhà văn tổ chức Lễ trao giải thưởng văn học, nghệ thuật năm 2019.",
                    "Hội Nhà văn") == [("Lễ", "2019-05-09")]


def test_a_year_the_event_reviews_or_plans_gives_no_year(doc):
    """A review of a year is held after it, a plan's conference before it (tests/gold/README, "Events")."""
    assert dates_of(doc, "Ngày 10-1, Sở tổ chức hội nghị tổng kết công tác an toàn giao thông năm 2019.") == [
        ("Hội nghị", "--01-10")]
    assert dates_of(doc, "Ngày 28-12, Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2020.", "Tỉnh ủy") == [
        ("Hội nghị", "--12-28")]
    assert dates_of(doc, "Ngày 9-2, ông Nam có buổi làm việc với Thành đoàn về tình hình hoạt động năm 2018.") == [
        ("Buổi làm việc", "--02-09")]
    assert dates_of(doc, "Ngày 30/12, các đại biểu thảo luận tại hội trường về kinh tế - xã hội năm 2018.") == [
        ("Phiên thảo luận", "--12-30")]
    assert dates_of(doc, "Sáng 4-3, tại hội nghị, ông Nam cho biết năm 2020 tỉnh sẽ thu hút thêm vốn.") == [
        ("Hội nghị", "--03-04")]


def test_a_report_date_still_wins_over_the_name(doc):
    t = doc("Ngày 12/7, Bộ trưởng đã dự hội nghị xúc tiến đầu tư vào nông nghiệp năm 2019.", date="2019-07-13")
    (ev,) = run(t).events
    assert ev.date.iso() == "2019-07-12"


def symbols(doc, text):
    return [(d.symbol, d.doc_type) for d in run(doc(text)).directives]


def test_a_list_of_bare_numbers_after_one_type_word(doc):
    assert symbols(doc, "Hiệp hội đề nghị Chính phủ sớm thay thế Quyết định 07, 52, 91 về việc sử dụng đất.") == [
        ("07", "QĐ"), ("52", "QĐ"), ("91", "QĐ")]
    assert symbols(doc, "Hội nghị quán triệt các Nghị quyết số 06 và 38 của Bộ Chính trị.") == [
        ("06", "NQ"), ("38", "NQ")]
    assert symbols(doc, "Ông nhắc lại Nghị quyết 12 với 3, 4 điểm mới.") == [("12", "NQ")]
    assert symbols(doc, "Ông đã ký liên tiếp 3 Quyết định mang số 1201, 1202 và 1203 để chuyển đổi đất.") == [
        ("1201", "QĐ"), ("1202", "QĐ"), ("1203", "QĐ")]


def test_a_type_word_used_as_a_verb_names_no_document(doc):
    assert symbols(doc, "Trước đó, Ủy ban Kiểm tra đã kết luận 3 vi phạm của ông Bình.") == []
    assert symbols(doc, "Đại hội có thể quyết định 120 hoặc 140 ủy viên.") == []
    assert symbols(doc, "Dù trong quyết định 31 hộ dân được cấp đất, thực tế chỉ 20 hộ nhận đất.") == []
    assert symbols(doc, "Dự thảo quy định 12 nhóm đối tượng được bảo vệ.") == []
    # with "số", or capitalised, it is still a document
    assert symbols(doc, "Ủy ban đã kết luận số 3 về vụ việc.") == [("3", "KL")]


def test_a_types_capital_abbreviation_before_a_bare_number(doc):
    assert symbols(doc, "Các đề án triển khai theo NQ 47 phải đúng pháp luật.") == [("47", "NQ")]
    assert symbols(doc, "Đó là NĐ 38 về bán nhà thuộc sở hữu nhà nước.") == [("38", "NĐ")]
    # not a count, and not the abbreviations other words share (CT, KL, TT)
    assert symbols(doc, "Theo NQ 3 điểm mới, CT 5 đã bàn giao.") == []


def test_a_school_of_law_is_no_law(doc):
    assert symbols(doc, "Chị Lan, sinh viên ĐH Luật Hà Nội: Tôi theo dõi phiên chất vấn.") == []
    assert symbols(doc, "Ông tốt nghiệp Đại học Luật khoa Sài Gòn năm 1950.") == []
    assert [d.name for d in run(doc("Tỉnh đã vi phạm Luật Đấu thầu năm 2013.")).directives] == ["Luật Đấu thầu"]


def test_an_anniversary_is_not_dated_to_the_day_recalled_there(doc):
    """With no report date, a full date a speaker recalls at the ceremony is the remembered day's."""
    assert dates_of(doc, "Tại lễ kỷ niệm do Hội Cựu chiến binh tỉnh tổ chức, ông Nam ôn lại sự kiện ngày 19/5/1941 "
                         "khi Mặt trận Việt Minh ra đời.", "Hội Cựu chiến binh tỉnh") == [("Lễ kỷ niệm", None)]
    assert dates_of(doc, "Sáng 19/5/2021, tỉnh tổ chức lễ kỷ niệm 80 năm Ngày thành lập Mặt trận Việt Minh "
                         "(19/5/1941 - 19/5/2021).") == [("Lễ kỷ niệm", "2021-05-19")]


def test_a_reception_is_not_held_by_its_guests_body(doc):
    """After "tiếp", the body named is the guest's: the reception's host is not read from it."""
    t = doc("Ngày 8/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Lê Văn Tâm đã tiếp Ủy viên Bộ Chính trị, Chủ tịch "
            "Quốc hội Lào.", date="2019-07-09").org("Bộ Chính trị").org("Quốc hội Lào")
    assert [(e.kind, e.date.iso(), e.organizer) for e in run(t).events] == [("Buổi tiếp", "2019-07-08", None)]
    t = doc("Sáng 9/7, Thủ tướng tiếp Đoàn đại biểu Hội Hữu nghị Việt - Nhật.", date="2019-07-09").org(
        "Hội Hữu nghị Việt - Nhật")
    assert [(e.kind, e.organizer) for e in run(t).events] == [("Buổi tiếp", None)]
    # "tiếp xúc cử tri" is no reception: the delegation after it holds it
    t = doc("Sáng 9/7, tiếp xúc cử tri Đoàn đại biểu Quốc hội tỉnh diễn ra tại huyện.", date="2019-07-09").org(
        "Đoàn đại biểu Quốc hội tỉnh")
    assert [(e.kind, e.organizer.name) for e in run(t).events] == [("Tiếp xúc cử tri", "Đoàn đại biểu Quốc hội tỉnh")]


def test_an_event_word_opening_the_quoted_name_of_another_is_no_second_event(doc):
    t = doc("Sáng 6/2, Hội Nông dân tỉnh tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” xuân 2019.",
            date="2019-02-07").org("Hội Nông dân tỉnh")
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in run(t).events] == [
        ("Lễ", "2019-02-06", "Hội Nông dân tỉnh")]


def test_a_day_before_one_congress_is_not_a_second_congress_s(doc):
    """The second congress word (the national one he was delegated to) takes no day from the first's."""
    t = doc("Ngày 3/10/2010, tại Đại hội Đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XV, ông Nam được bầu làm Phó Bí thư "
            "và làm đại biểu dự Đại hội Đảng toàn quốc lần thứ XI.").org("Đảng bộ tỉnh Đắk Nông")
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in run(t).events] == [
        ("Đại hội", "2010-10-03", "Đảng bộ tỉnh Đắk Nông")]


def test_a_bracket_after_the_name_that_opens_with_its_verb_dates_the_event(doc):
    assert dates_of(doc, "Hôm nay 3/10, Hội nghị Trung ương giới thiệu ông Nam để Quốc hội bầu tại Kỳ họp thứ 8, "
                         "Quốc hội khoá XIV (khai mạc ngày 22/10).", "Quốc hội khoá XIV") == [
        ("Hội nghị", "--10-03"), ("Kỳ họp", "--10-22")]
    assert dates_of(doc, "Ủy ban đề nghị chưa đưa dự luật vào kỳ họp thứ 9 của Quốc hội (dự kiến diễn ra vào ngày "
                         "6/5 tới).", "Quốc hội") == [("Kỳ họp", "--05-06")]
    # "trực tiếp lãnh đạo" is no reception
    assert dates_of(doc, "Ông trực tiếp lãnh đạo và tổ chức Đại hội VI của Đảng (khai mạc vào ngày 15/12/1986).") == [
        ("Đại hội", "1986-12-15")]


def test_a_central_committee_resolution_is_not_the_politburos_of_the_next_document(doc):
    t = doc("Tỉnh ủy thực hiện Nghị quyết Trung ương 4 khoá XII và Chỉ thị số 05-CT/TW của Bộ Chính trị.").org(
        "Bộ Chính trị")
    assert [(d.symbol or d.name, d.issuer.name if d.issuer else None) for d in run(t).directives] == [
        ("Nghị quyết Trung ương 4 khoá XII", None), ("05-CT/TW", "Bộ Chính trị")]
