"""Twenty-second round (events24), events: a level's events in general, a page's section heading, an event word
that only owns a thing of the event told before, and "Cùng ngày" after a photo's credit. Sentences we write, in
the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_the_congresses_of_a_level_are_no_one_event(doc):
    """"văn kiện Đại hội Đảng cấp tỉnh …", "nghị quyết Đại hội Đảng của địa phương", "đại hội Đảng các cấp": the
    congresses of every body of a level, no one congress; a named congress beside them still is one."""
    ex = run(doc("Ông A cho biết văn kiện Đại hội Đảng cấp tỉnh vừa qua đều nhắc đến kinh tế tập thể. Các tỉnh "
                 "cần thực hiện nghị quyết Đại hội Đảng của địa phương."))
    assert dated(ex) == []
    ex = run(doc("Ngày 6/9, Tỉnh ủy Quảng Ninh họp để chuẩn bị tổ chức thành công đại hội Đảng các cấp và "
                 "Đại hội Đảng bộ tỉnh lần thứ XV.").org("Tỉnh ủy Quảng Ninh").org("Đảng bộ tỉnh"))
    assert [(kind, org) for kind, _day, org in dated(ex)] == [("Đại hội", "Đảng bộ tỉnh")]


def test_a_section_heading_is_no_event(doc):
    """"Diễn đàn: <question>" opening a line heads a section of the page (a reader forum), no event; a forum
    named in a sentence still is one."""
    ex = run(doc("Bài viết đã nhận nhiều ý kiến.\nDiễn đàn: Bạn đọc góp ý dự thảo luật gửi về từ ngày 5/6\n"
                 "Tòa soạn xin trân trọng cảm ơn."))
    assert dated(ex) == []
    ex = run(doc("Sáng 5/6, Bộ Công Thương tổ chức Diễn đàn doanh nghiệp tại Hà Nội.").org("Bộ Công Thương"))
    assert dated(ex) == [("Diễn đàn", "--06-05", "Bộ Công Thương")]


def test_a_congress_owning_a_vote_is_the_congress_told_before(doc):
    """"Chiều 23-4, Đại hội họp …" then "Chiều 24-4, Ban Chấp hành sẽ báo cáo kết quả lấy ý kiến tín nhiệm của
    đại hội.": the congress owns the vote; it is the one congress, dated 23-4, not a second one on 24-4."""
    ex = run(doc("Chiều 23-4, Đại hội họp ở Hội trường Ba Đình, các đại biểu bỏ phiếu bầu Ban Chấp hành. Việc kiểm "
                 "phiếu làm ngay trong đêm. Chiều 24-4, Ban Chấp hành sẽ báo cáo kết quả lấy ý kiến tín nhiệm của "
                 "đại hội. Ngày 24-4, kết quả kiểm phiếu sẽ được báo cáo đại hội."))
    assert [(kind, day) for kind, day, _org in dated(ex)] == [("Đại hội", "--04-23")]


def test_the_same_day_after_a_photo_credit(doc):
    """"(ảnh: TTXVN) Cùng ngày, tại X đã diễn ra mít tinh kỷ niệm …": the photo's credit glued before the
    sentence does not hide "Cùng ngày": the rally is held on the day of the event told before."""
    ex = run(doc("Sáng 2/9, Ủy ban nhân dân thành phố Hà Nội tổ chức lễ mít tinh trọng thể kỷ niệm Quốc khánh. "
                 "Đông đảo nhân dân tham dự lễ mít tinh.\n(ảnh: TTXVN) Cùng ngày, tại tỉnh Nghệ An đã diễn ra mít tinh "
                 "kỷ niệm 60 năm Cách mạng Tháng Tám và Quốc khánh.")
             .org("Ủy ban nhân dân thành phố Hà Nội"))
    assert ("Lễ kỷ niệm", "--09-02") in [(kind, day) for kind, day, _org in dated(ex)]


def test_the_leads_day_dates_the_event_the_next_sentence_tells(doc):
    """"Ngày 11/5, ông A đã nhận nhiệm vụ …" (the lead, no event word) then "Ông B … đã công bố Quyết định của Bộ
    Chính trị.": the announcement is that day's. Not when the lead names an event of its own, nor for an event
    first told two sentences on."""
    ex = run(doc("Ông A nhận nhiệm vụ mới\nNgày 11/5, ông A đã nhận nhiệm vụ Phó trưởng Ban Kinh tế Trung ương.\n"
                 "Ông B, Phó trưởng Ban Tổ chức Trung ương đã công bố Quyết định của Bộ Chính trị.")
             .org("Ban Kinh tế Trung ương").org("Ban Tổ chức Trung ương").org("Bộ Chính trị"))
    assert dated(ex) == [("Trao quyết định", "--05-11", "Bộ Chính trị")]
    ex = run(doc("Ông A nhận nhiệm vụ mới\nNgày 11/5, ông A đã nhận nhiệm vụ Phó trưởng Ban Kinh tế Trung ương.\n"
                 "Ông A sinh năm 1960.\nÔng B đã công bố Quyết định của Bộ Chính trị.")
             .org("Ban Kinh tế Trung ương").org("Bộ Chính trị"))
    assert dated(ex) == [("Trao quyết định", None, "Bộ Chính trị")]


def test_the_leads_day_is_not_that_of_an_earlier_or_numbered_event_or_a_document(doc):
    """A lead issuing a document ("Ngày 18/11/2016, Chính phủ ban hành Nghị quyết …"), a next sentence of an
    earlier time ("Trước đó, tại Hội nghị …") or a numbered event there ("… tại hội nghị Trung ương 5, …"): no
    date from the lead."""
    ex = run(doc("Tiêu đề\nNgày 18/11/2016, Chính phủ ban hành Nghị quyết về chương trình hành động.\nTrước đó, "
                 "tại Hội nghị cải cách hành chính, Thủ tướng Lê Văn Nam nêu rõ chủ trương này.")
             .org("Chính phủ").person("Lê Văn Nam"))
    assert dated(ex) == []
    ex = run(doc("Tiêu đề\nSáng 10/5, quyết định của Bộ Chính trị đã được công bố.\nTại hội nghị Trung ương 5, Ban "
                 "Chấp hành Trung ương Đảng đã quyết định kỷ luật ông A.").org("Bộ Chính trị")
             .org("Ban Chấp hành Trung ương Đảng"))
    assert dated(ex) == [("Hội nghị", None, "Ban Chấp hành Trung ương Đảng")]
