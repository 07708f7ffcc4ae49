"""Eighteenth round, dated events: a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import extract_directives
from kg.loaders.extract.events import extract_events

_BETWEEN = ("Tỷ lệ tiêm vắc xin cho đàn gà đạt 95%. Nhiều hộ chăn nuôi đã tiêu hủy gia cầm bệnh. Giá trứng giảm mạnh. "
            "Các chợ đầu mối tăng cường kiểm tra. Người dân được khuyến cáo không ăn gia cầm ốm. "
            "Lực lượng thú y trực 24/24 giờ. ")


def dated(doc, text, *orgs):
    t = doc(text)
    for o in orgs:
        t = t.org(o)
    extract_directives(t.report, t.extraction)
    extract_events(t.report, t.extraction)
    return [(e.kind, e.date.iso() if e.date else None, text[e.span.start : e.span.start + 20])
            for e in t.extraction.events if e.date]


def test_a_dated_mention_far_after_an_undated_one_dates_only_itself(doc):
    """"Tại hội nghị, …" and, six sentences on, "Ngày 9/11/2017, Bộ X tổ chức hội nghị …": the first is not known
    to be the one the later sentence dates; the later one keeps its date."""
    text = ("Thành phố siết chặt phòng dịch cúm gia cầm. Chợ gia cầm vắng khách. Tại hội nghị, ông Trần Văn Bình "
            "nhấn mạnh việc kiểm soát gia cầm. " + _BETWEEN
            + "Ngày 9/11/2017, Bộ Nông nghiệp tổ chức hội nghị phòng chống dịch cho 32 tỉnh phía Bắc.")
    assert dated(doc, text, "Bộ Nông nghiệp") == [("Hội nghị", "2017-11-09", "hội nghị phòng chống")]


def test_a_mention_near_the_dated_one_or_in_the_lead_is_the_same_event(doc):
    near = ("Thành phố siết chặt phòng dịch cúm gia cầm. Chợ gia cầm vắng khách. Tại hội nghị, ông Trần Văn Bình "
            "nhấn mạnh việc kiểm soát gia cầm. Giá trứng giảm mạnh. "
            "Hội nghị do Bộ Nông nghiệp tổ chức sáng 9/11/2017 tại Hà Nội.")
    assert dated(doc, near, "Bộ Nông nghiệp") == [("Hội nghị", "2017-11-09", "hội nghị, ông Trần V")]
    lead = ("Hội nghị phòng chống dịch cúm gia cầm các tỉnh phía Bắc. " + _BETWEEN
            + "Ngày 9/11/2017, Bộ Nông nghiệp tổ chức hội nghị phòng chống dịch cho 32 tỉnh phía Bắc.")
    assert dated(doc, lead, "Bộ Nông nghiệp") == [("Hội nghị", "2017-11-09", "Hội nghị phòng chống")]


def test_a_congress_whose_success_is_celebrated_was_held_another_day(doc):
    """"chào mừng thành công Đại hội X", "báo cáo nhanh thành công Đại hội X": the congress is over; the
    sentence's date is the rally's or the briefing's."""
    assert dated(doc, "Sáng 28-4, Thành ủy tổ chức mít tinh chào mừng thành công Đại hội đại biểu toàn quốc lần "
                      "thứ XII của Đảng.", "Thành ủy") == [("Lễ", "--04-28", "mít tinh chào mừng t")]
    assert dated(doc, "Sáng 27-4, Ban Tuyên giáo Thành ủy tổ chức báo cáo nhanh thành công Đại hội Đảng toàn quốc "
                      "lần thứ XII.", "Ban Tuyên giáo Thành ủy") == []


def test_a_visit_someone_is_invited_to_make_is_still_to_come(doc):
    """"mời Tổng thống X thăm chính thức Việt Nam": proposed, not made that day; "Nhận lời mời của …, Y thăm …" is
    the visit made."""
    assert dated(doc, "Ngày 15-5, Chủ tịch nước đã trân trọng mời Tổng thống A.Xa-va thăm chính thức Việt Nam.") == []
    assert dated(doc, "Ngày 11-5, nhận lời mời của Chủ tịch Trung Quốc, Chủ tịch nước thăm cấp Nhà nước Trung "
                      "Quốc.") == [("Chuyến thăm", "--05-11", "thăm cấp Nhà nước Tr")]
