"""Events, campaigns, periods and tasks: a report in the corpus style in, the exact facts out.

Organizations and persons are made by hand (what the officials component would find), so these tests
say what the events component does with them.
"""

from __future__ import annotations

import json

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import PartialDate
from tests.fixtures_directives import run_events as run

CONFERENCE = (
    "Sáng 12-4, Tỉnh ủy tổ chức Hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. "
    "Tham dự có các đồng chí: Trần Văn Hùng, Bí thư Tỉnh ủy; Lê Thị Mai, Phó Chủ tịch UBND tỉnh. "
    "Đồng chí Trần Văn Hùng chủ trì hội nghị. "
    "Phát biểu tại hội nghị, đồng chí Lê Thị Mai đề nghị các cấp ủy tăng cường kiểm tra. "
    "Để tiếp tục thực hiện tốt Chỉ thị 05-CT/TW, đồng chí Hùng yêu cầu Ban Tuyên giáo Tỉnh ủy xây dựng kế "
    "hoạch tuyên truyền; Hội Nông dân tỉnh vận động hội viên tham gia."
)


def conference(doc, date="2019-04-15"):
    return (doc(CONFERENCE, date=date)
            .org("Tỉnh ủy", nth=0).org("Ban Tuyên giáo Tỉnh ủy").org("Hội Nông dân tỉnh")
            .person("Trần Văn Hùng", "Hùng").person("Lê Thị Mai"))


def test_conference_date_organizer_document_and_people(doc):
    ex = run(conference(doc))
    (ev,) = ex.events
    assert (ev.kind, ev.date, ev.organizer.name) == ("Hội nghị", PartialDate(2019, 4, 12, True), "Tỉnh ủy")
    assert [d.symbol for d in ev.concerns] == ["05-CT/TW"]
    assert [(p.person.name, p.role) for p in ev.participants] == [
        ("Trần Văn Hùng", "attended"), ("Lê Thị Mai", "attended"),
        ("Trần Văn Hùng", "chaired"), ("Lê Thị Mai", "spokeAt")]
    assert ev.name == "Hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"


def test_day_month_without_report_date_stays_yearless(doc):
    (ev,) = run(conference(doc, date=None)).events
    assert ev.date == PartialDate(None, 4, 12) and ev.date.iso() == "--04-12"


def test_an_anniversary_is_not_dated_to_the_day_it_remembers(doc):
    t = doc("Sáng 30-4, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm 40 năm ngày giải phóng tỉnh "
            "(30/4/1975).").org("Hội Cựu chiến binh tỉnh")
    (ev,) = run(t).events
    assert ev.date.iso() == "--04-30" and ev.organizer.name == "Hội Cựu chiến binh tỉnh"


def test_tasks_assigned_to_found_organizations(doc):
    ex = run(conference(doc))
    assert [(t.assignee.name, t.description, t.directive.symbol) for t in ex.tasks] == [
        ("Ban Tuyên giáo Tỉnh ủy", "xây dựng kế hoạch tuyên truyền", "05-CT/TW"),
        ("Hội Nông dân tỉnh", "vận động hội viên tham gia", "05-CT/TW"),
    ]


def test_year_taken_from_the_same_day_written_with_a_year(doc):
    t = doc("Tối 28-3, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm 20 năm ngày thành lập "
            "(28.3.1990 - 28.3.2010).").org("Hội Cựu chiến binh tỉnh")
    (ev,) = run(t).events
    assert (ev.kind, ev.date.iso(), ev.date.inferred_year, ev.organizer.name) == (
        "Lễ kỷ niệm", "2010-03-28", True, "Hội Cựu chiến binh tỉnh")


def test_a_regular_session_named_by_its_month_gives_its_day_that_year(doc):
    """The month in a regular session's name is its own (tests/gold/README, "Events"): held in that month
    or soon after, across New Year too; a day that does not fit the month takes no year from it."""
    def date_of(text):
        (ev,) = run(doc(text, date=None)).events
        return ev.kind, ev.date.iso()

    assert date_of("Sáng 2-3, Thủ tướng chủ trì phiên họp thường kỳ tháng 2-2018 của Chính phủ.") == (
        "Phiên họp", "2018-03-02")
    assert date_of("Chiều 4-1, Chính phủ họp phiên họp thường kỳ tháng 12 năm 2018.") == (
        "Phiên họp", "2019-01-04")
    assert date_of("Ngày 20-9, Thủ tướng nhắc lại ý kiến tại phiên họp thường kỳ tháng 2-2018.") == (
        "Phiên họp", "--09-20")


def test_session_and_congress_with_their_bodies(doc):
    t = (doc("Ngày 9/6/2014, HĐND tỉnh tổ chức kỳ họp bất thường để bầu Chủ tịch UBND tỉnh. Ngày "
             "15/10/2020, tại Đại hội Đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2020 – 2025, ông "
             "Phạm Đại Dương được bầu giữ chức Bí thư Tỉnh ủy.")
         .org("HĐND tỉnh").org("UBND tỉnh").org("Đảng bộ tỉnh Phú Yên").person("Phạm Đại Dương"))
    ex = run(t)
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in ex.events] == [
        ("Kỳ họp", "2014-06-09", "HĐND tỉnh"), ("Đại hội", "2020-10-15", "Đảng bộ tỉnh Phú Yên")]
    assert [(p.kind, p.start_year, p.end_year) for p in ex.periods] == [("nhiệm kỳ", 2020, 2025)]


def test_body_that_meets_and_the_chair(doc):
    t = (doc("Ngày 23-4, Ủy ban Kiểm tra Trung ương họp kỳ 30 do ông Trần Cẩm Tú chủ trì.")
         .org("Ủy ban Kiểm tra Trung ương").org("Trung ương").person("Trần Cẩm Tú"))
    (ev,) = run(t).events
    assert (ev.kind, ev.date.iso(), ev.organizer.name) == ("Kỳ họp", "--04-23", "Ủy ban Kiểm tra Trung ương")
    assert [(p.person.name, p.role) for p in ev.participants] == [("Trần Cẩm Tú", "chaired")]


def test_event_words_with_nothing_attached_are_not_events(doc):
    assert run(doc("Hội đồng xã không tổ chức hội nghị xét duyệt trước khi lập danh sách.")).events == []


def test_draft_is_not_attendance_but_presenting_right_after_the_event_is_speaking(doc):
    t = (doc("Ngày 5-3, Sở Tài chính tổ chức hội nghị. Ông Nguyễn Văn Ba, Giám đốc Sở, trình bày dự thảo kế "
             "hoạch và dự kiến kinh phí.").org("Sở Tài chính").person("Nguyễn Văn Ba"))
    (ev,) = run(t).events
    assert [(p.person.name, p.role) for p in ev.participants] == [("Nguyễn Văn Ba", "spokeAt")]


def test_elected_at_the_session_and_not_the_person_they_replace(doc):
    t = (doc("Sáng 21/4, HĐND tỉnh tổ chức kỳ họp bất thường bầu ông Trần Minh Đức giữ chức Chủ tịch UBND "
             "tỉnh thay cho ông Lê Quang Huy được điều động công tác khác. Ông Nguyễn Văn Tâm tái đắc cử "
             "Chủ tịch HĐND tỉnh.").org("HĐND tỉnh").person("Trần Minh Đức").person("Lê Quang Huy")
         .person("Nguyễn Văn Tâm"))
    (ev,) = run(t).events
    assert [(p.person.name, p.role) for p in ev.participants] == [
        ("Trần Minh Đức", "attended"), ("Nguyễn Văn Tâm", "attended")]


def test_document_date_is_not_the_event_date(doc):
    (ev,) = run(doc("Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.")).events
    assert ev.date is None and [d.symbol for d in ev.concerns] == ["05-CT/TW"]


def test_campaigns_in_quotes_with_the_body_that_launches_them(doc):
    t = doc("Mặt trận tỉnh phát động cuộc vận động “Ngày vì người nghèo”, “Toàn dân đoàn kết xây dựng đời "
            "sống văn hóa ở khu dân cư” và phong trào thi đua “Dân vận khéo”.").org("Mặt trận tỉnh")
    ex = run(t)
    assert [(c.kind, c.name, [o.name for o in c.promoted_by]) for c in ex.campaigns] == [
        ("Cuộc vận động", "Ngày vì người nghèo", ["Mặt trận tỉnh"]),
        ("Cuộc vận động", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", ["Mặt trận tỉnh"]),
        ("Phong trào", "Dân vận khéo", ["Mặt trận tỉnh"]),
    ]


def test_event_that_launches_a_campaign(doc):
    t = doc("Sáng 9-1, Ủy ban MTTQ tỉnh tổ chức Lễ phát động phong trào “Vì người nghèo” năm 2019.",
            date="2019-01-10").org("Ủy ban MTTQ tỉnh")
    ex = run(t)
    (ev,) = ex.events
    assert (ev.kind, ev.date.iso(), ev.organizer.name) == ("Lễ", "2019-01-09", "Ủy ban MTTQ tỉnh")
    assert [c.name for c in ev.campaigns] == ["Vì người nghèo"]


def test_periods(doc):
    ex = run(doc("Phương hướng giai đoạn 2012-2015 và nhiệm kỳ 2020 – 2025 đã được thông qua."))
    assert [(p.kind, p.start_year, p.end_year) for p in ex.periods] == [
        ("giai đoạn", 2012, 2015), ("nhiệm kỳ", 2020, 2025)]


def test_dated_gold_events_are_found(shared, gold_dir, corpus_dir):
    """Recall of the gold's dated events, components alone (as ../shared/gold/score.py counts)."""
    from kg.loaders.dates import parse_date_value
    from tests.fixtures_directives import make_doc

    hit = total = 0
    for gf in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        dated = [e["date"] for e in gold["events"] if e.get("date")]
        if not dated:
            continue
        stem = gf.name[: -len(".gold.json")]
        txt = next(corpus_dir.glob(f"*/{stem}.txt"))
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        t = make_doc(txt.read_text(encoding="utf-8"))
        t.report.published = parse_date_value(meta.get("date") or "")
        found = {e.date.iso() for e in run(t).events if e.date}
        total += len(dated)
        hit += sum(d in found for d in dated)
    assert total and hit / total >= 0.8


def test_a_date_opening_the_body_belongs_to_the_event_not_to_the_symbol_ending_the_title():
    from kg.loaders.extract.pipeline import extract
    from kg.model import PartialDate, Report, Span

    title = "Tỉnh ủy sơ kết 5 năm thực hiện Kết luận số 62-KL/TW"
    body = "Sáng 14-3, Tỉnh ủy tổ chức Hội nghị sơ kết 5 năm thực hiện Kết luận số 62-KL/TW."
    text = f"{title}\n\n{body}"
    report = Report(id="r", text=text, source_file="r.txt", published=PartialDate(2015, 3, 14),
                    sentences=[Span(0, len(title)), Span(len(title) + 2, len(text))])
    ex = extract(report)
    assert [(e.kind, e.date.iso() if e.date else None) for e in ex.events] == [("Hội nghị", "2015-03-14")]
    assert [d.date_issued for d in ex.directives] == [None]


def test_an_event_on_the_same_day_takes_the_date_written_before_it(doc):
    text = ("Ngày 14/7/2016, UBND tỉnh có công văn báo cáo Bộ Tài nguyên và Môi trường. "
            "Cùng ngày, Bộ Tài nguyên và Môi trường đã có buổi làm việc với UBND tỉnh.")
    ex = run(doc(text, date=None).org("UBND tỉnh", nth=0).org("Bộ Tài nguyên và Môi trường", nth=1))
    (ev,) = ex.events
    assert (ev.kind, ev.date) == ("Buổi làm việc", PartialDate(2016, 7, 14))


def test_same_day_with_no_date_before_it_gives_no_date(doc):
    ex = run(doc("Cùng ngày, Bộ Tài chính đã có buổi làm việc với UBND tỉnh.", date=None)
             .org("Bộ Tài chính").org("UBND tỉnh"))
    assert not [ev for ev in ex.events if ev.date is not None]


def test_two_numbered_events_of_one_kind_are_two_and_keep_their_own_dates(doc):
    text = ("Năm 1951, tại Đại hội Đảng lần thứ II, ông Lê Văn Nam được bầu vào Ban Chấp hành. "
            "Ngày 15/12/1986, Đại hội Đảng lần thứ VI khai mạc tại Hà Nội.")
    ex = run(doc(text, date=None).person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events if ev.kind == "Đại hội"] == [None, PartialDate(1986, 12, 15)]


def test_a_bracketed_date_after_the_event_word_is_a_remembered_one(doc):
    text = ("Phát biểu tại hội nghị, ông Lê Văn Nam nhắc lại bức thư gửi nhân dân tỉnh "
            "(ngày 21 tháng 7 năm 1969).")
    ex = run(doc(text, date="2019-02-24").person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events] == [None]


def test_an_event_only_referred_to_takes_no_date_from_the_sentence(doc):
    text = "Chiều ngày 4/2/2026, ông Lê Văn Nam thông báo kết quả Đại hội XIV với Bộ trưởng Trần Văn Bình."
    ex = run(doc(text, date="2026-02-04").person("Lê Văn Nam").person("Trần Văn Bình"))
    assert [ev.date for ev in ex.events if ev.kind == "Đại hội"] in ([], [None])


def test_a_document_s_date_after_its_issuer_is_not_an_event_s(doc):
    text = ("Hội viên học tập các Nghị quyết Hội nghị Trung ương; Thông báo số 50-TB/TW của Ban Bí thư "
            "ngày 17/7/2018 về công tác cán bộ.")
    ex = run(doc(text, date=None))
    assert not [ev for ev in ex.events if ev.date is not None]


def test_a_date_far_along_a_long_sentence_is_another_clause_s(doc):
    text = ("Ông Lê Văn Nam phát biểu tại Kỳ họp thứ 7 Quốc hội khóa XIII. Căn cứ quy định tại khoản 2, Điều 38, "
            "khoản 6, Điều 54 của luật, trên cơ sở ý kiến của các cơ quan và đơn xin thôi làm nhiệm vụ đại biểu, "
            "Ủy ban đã đồng ý cho ông thôi làm nhiệm vụ đại biểu từ ngày 15/5/2017.").replace(". Căn", " Căn")
    ex = run(doc(text, date="2017-05-16").person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events if ev.kind == "Kỳ họp"] == [None]


def test_with_no_report_date_one_same_day_date_of_another_year_gives_no_year(doc):
    text = ("Việc này sẽ được báo cáo tại kỳ họp thứ 3 sẽ diễn ra ngày 22.5 tới đây. "
            "Trong cuộc bầu cử ngày 22.5.2016, ông Lê Văn Nam trúng cử đại biểu.")
    ex = run(doc(text, date=None).person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events if ev.kind == "Kỳ họp"] == [PartialDate(None, 5, 22)]


def test_an_event_word_followed_by_dong_is_still_an_event(doc):
    # only "đại hội đồng" is a body (of shareholders); "tết trồng cây đồng loạt" is the event
    text = ("Ngày 31/1/1965, Hà Nội tổ chức tết trồng cây đồng loạt trên quốc lộ. "
            "Ngày 2/3/1965, Đại hội đồng cổ đông công ty họp thường niên.")
    ex = run(doc(text, date=None))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Tết trồng cây", PartialDate(1965, 1, 31))]


def test_offering_incense_and_a_get_together_are_events(doc):
    text = ("Sáng 2/9/2017, đoàn đại biểu Tỉnh ủy dâng hoa, dâng hương tại đền thờ liệt sĩ. "
            "Chiều 3/9/2017, Hội Cựu chiến binh tỉnh tổ chức buổi gặp mặt các cựu chiến binh.")
    ex = run(doc(text, date=None).org("Hội Cựu chiến binh tỉnh"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [
        ("Lễ dâng hương", PartialDate(2017, 9, 2)), ("Gặp mặt", PartialDate(2017, 9, 3))]


def test_a_launch_or_a_letter_dates_no_event(doc):
    # the day a movement was launched, the day a letter was sent to a congress: not the events' days
    text = ("Ngày 28/11/1959, Chủ tịch nước phát động ngày Tết trồng cây. "
            "Ngày 14/4/1964, trong thư gửi Đại hội Hợp tác xã miền núi, Người căn dặn bảo vệ rừng.")
    ex = run(doc(text, date=None))
    assert not [ev for ev in ex.events if ev.date is not None]


def test_receiving_an_ambassador_and_handing_over_a_decision_are_events(doc):
    text = ("Sáng 5/3/2017, Thủ tướng Lê Văn Nam tiếp Đại sứ Nhật Bản. "
            "Ngày 11/3/2017, Ban Thường vụ Tỉnh ủy trao quyết định bổ nhiệm cho ông Trần Văn Bình.")
    ex = run(doc(text, date=None).org("Ban Thường vụ Tỉnh ủy").person("Lê Văn Nam").person("Trần Văn Bình"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [
        ("Buổi tiếp", PartialDate(2017, 3, 5)), ("Trao quyết định", PartialDate(2017, 3, 11))]


def test_the_date_after_a_handed_over_decision_is_the_decision_s(doc):
    text = ("Thứ trưởng Lê Văn Nam đã trao quyết định 1177/QĐ-BGDĐT ngày 5/4/2021 công nhận Hội đồng trường. "
            "Thời gian thanh tra là 45 ngày kể từ ngày công bố quyết định thanh tra, đến ngày 8/6/2017.")
    ex = run(doc(text, date=None).person("Lê Văn Nam"))
    assert not [ev for ev in ex.events if ev.date is not None]


def test_a_body_that_meets_or_elects_on_a_date_holds_a_meeting_of_its_kind(doc):
    text = ("Ngày 2/11/2016, Ban Bí thư họp dưới sự chủ trì của Tổng Bí thư Lê Văn Nam. "
            "Ngày 6/10/2015, Ban Chấp hành Đảng bộ thành phố khóa 21 đã bầu ông Trần Văn Bình giữ chức Bí thư. "
            "Tôi nhớ hôm đó là ngày 26/6/2006, Quốc hội bầu tôi giữ chức Chủ tịch Quốc hội. "
            "Ông Đỗ Văn Cường được HĐND tỉnh ngày 13-7 bầu giữ chức Phó Chủ tịch UBND tỉnh.")
    ex = run(doc(text, date="2017-12-01").org("Ban Bí thư").org("Ban Chấp hành Đảng bộ thành phố")
             .org("Quốc hội", nth=0).org("HĐND tỉnh").person("Lê Văn Nam").person("Trần Văn Bình"))
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in ex.events] == [
        ("Cuộc họp", "2016-11-02", "Ban Bí thư"), ("Hội nghị", "2015-10-06", "Ban Chấp hành Đảng bộ thành phố"),
        ("Kỳ họp", "2006-06-26", "Quốc hội"), ("Kỳ họp", "2017-07-13", "HĐND tỉnh")]
    assert [(p.person.name, p.role) for p in ex.events[0].participants] == [("Lê Văn Nam", "chaired")]
    assert [(p.person.name, p.role) for p in ex.events[1].participants] == [("Trần Văn Bình", "attended")]


def test_a_body_meeting_with_no_date_a_purpose_or_a_named_event_makes_no_meeting_of_its_own(doc):
    text = ("Bộ Chính trị đã họp, thảo luận kỹ các phương án. "
            "Chiều 22/10, Chủ tịch Quốc hội trình nhân sự để Quốc hội bầu Chủ tịch nước. "
            "Chiều 30/12, HĐND tỉnh công bố kết quả lấy phiếu tín nhiệm các chức danh do HĐND tỉnh bầu. "
            "Sáng 21/4, HĐND tỉnh tổ chức kỳ họp bất thường, HĐND tỉnh đã bầu ông Trần Văn Bình.")
    ex = run(doc(text, date="2017-12-01").org("Bộ Chính trị").org("Quốc hội").org("HĐND tỉnh")
             .person("Trần Văn Bình"))
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in ex.events] == [("Kỳ họp", "2017-04-21", "HĐND tỉnh")]


def test_every_meeting_kind_is_an_event_kind():
    from kg.loaders.extract.doc_tables import read_tsv
    from kg.loaders.extract.events import _MEETING

    kinds = {r["kind"] for r in read_tsv("event_kinds.tsv")}
    assert {r["kind"] for r in read_tsv("meeting_bodies.tsv")} | {_MEETING} <= kinds


def test_a_ceremony_is_not_dated_to_the_day_it_remembers_written_after_it(doc):
    text = ("Tối 19/5, Lễ kỷ niệm 70 năm ngày đoàn cán bộ về xã Điềm (20/5/1947 - 20/5/2017) đã diễn ra tại "
            "quảng trường tỉnh. Đọc diễn văn tại lễ kỷ niệm, Chủ tịch UBND tỉnh Lê Văn Nam đã ôn lại sự kiện "
            "lịch sử ngày 20/5/1947 khi đoàn cán bộ về làm việc tại xã.")
    ex = run(doc(text, date="2017-05-20").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date.iso()) for ev in ex.events] == [("Lễ kỷ niệm", "2017-05-19")]


def test_banquets_greetings_surveys_exhibitions_and_briefings_are_events(doc):
    text = ("Tối 4/7/2017, Tỉnh ủy tổ chức tiệc chiêu đãi đoàn đại biểu. "
            "Ngày 12/1/2017, lãnh đạo thành phố đã đi thăm và chúc Tết tỉnh bạn. "
            "Chiều 12/7/2017, Bí thư Thành ủy Lê Văn Nam đã khảo sát thực địa công trình chống ngập. "
            "Sáng 27/1/2026, Bảo tàng tổ chức triển lãm ảnh về cuộc đời bà Trần Thị Hoa. "
            "Ngày 20/6/2017, Hội Nhà báo phối hợp tổ chức Giao ban báo chí tuần 4. "
            "Chủ tịch tỉnh đã giao Ban Chỉ đạo tỉnh rà soát các dự án.")
    ex = run(doc(text, date=None).org("Tỉnh ủy").org("Hội Nhà báo").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date.iso()) for ev in ex.events] == [
        ("Chiêu đãi", "2017-07-04"), ("Chúc Tết", "2017-01-12"), ("Khảo sát", "2017-07-12"),
        ("Triển lãm", "2026-01-27"), ("Hội nghị", "2017-06-20")]


def test_events_in_general_and_a_resolution_of_an_event_date_no_event(doc):
    text = ("Ngày 30/4/2021, Chủ tịch UBND tỉnh yêu cầu tạm dừng các hội nghị đông người chưa cần thiết. "
            "Ngày 3/6/2017, Tổng Bí thư Lê Văn Nam đã ký ban hành Nghị quyết Hội nghị lần thứ năm Ban Chấp hành "
            "Trung ương khóa XII.")
    ex = run(doc(text, date=None).org("UBND tỉnh").person("Lê Văn Nam"))
    assert ex.events == []


def test_a_yearless_event_takes_no_year_from_the_half_year_it_reviews(doc):
    # our gold leaves null a year inferred from a reviewed period (tests/gold/README)
    text = ("Ông Trần Văn Bình tại họp báo sáng 20/6. Các sở đã hoàn thành kế hoạch. "
            "Ông Trần Văn Bình phát biểu tại buổi họp báo 6 tháng đầu năm 2017.")
    (ev,) = run(doc(text, date=None).person("Trần Văn Bình")).events
    assert (ev.kind, ev.date) == ("Họp báo", PartialDate(None, 6, 20))


def test_a_report_dated_by_the_period_it_reviews_gives_its_events_no_year():
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8",
                          text="Sơ kết quý\nChiều 10/4, Sở Tư pháp tổ chức hội nghị sơ kết công tác quý I/2019.")
    assert report.published == PartialDate(2019, 4, 10)
    assert [ev.date.iso() for ev in extract(report).events] == ["--04-10"]


def test_a_half_year_compared_with_or_far_from_the_date_gives_no_year(doc):
    text = ("Ông Trần Văn Bình tại họp báo sáng 20/12. "
            "Ông Trần Văn Bình phát biểu tại buổi họp báo 6 tháng đầu năm 2017.")
    (ev,) = run(doc(text, date=None).person("Trần Văn Bình")).events
    assert ev.date == PartialDate(None, 12, 20)


def test_a_date_in_what_a_speaker_says_is_not_the_event_s(doc):
    text = ("Phát biểu tại hội nghị, ông Lê Văn Nam khẳng định: Ngày 12/12/2013, Bộ Chính trị đã ban hành "
            "quy chế phối hợp.")
    ex = run(doc(text, date=None).org("Bộ Chính trị").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Hội nghị", None)]


def test_a_body_that_votes_or_relieves_on_a_date_holds_a_meeting_but_not_a_body_in_a_title(doc):
    text = ("Ngày 25/10/2016, Quốc hội đã miễn nhiệm chức vụ Bộ trưởng đối với ông Trần Văn Bình. "
            "Ngày 29/9/2016, Ban Chấp hành Đảng bộ tỉnh đã bỏ phiếu kỷ luật ông Lê Văn Nam. "
            "Ngày 12/11/2008, ông Đỗ Văn Cường được Thủ tướng Chính phủ phê chuẩn bổ nhiệm Phó Chủ tịch tỉnh. "
            "Chiều 19/5/2017, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy đã họp cùng xã.")
    ex = run(doc(text, date=None).org("Quốc hội").org("Ban Chấp hành Đảng bộ tỉnh").org("Chính phủ")
             .org("Ủy ban Kiểm tra Huyện ủy").org("Huyện ủy")
             .person("Trần Văn Bình").person("Lê Văn Nam").person("Đỗ Văn Cường"))
    assert [(e.kind, e.date.iso(), e.organizer.name) for e in ex.events] == [
        ("Kỳ họp", "2016-10-25", "Quốc hội"), ("Hội nghị", "2016-09-29", "Ban Chấp hành Đảng bộ tỉnh")]


def test_the_same_day_is_not_a_deadline_or_the_day_a_law_takes_effect(doc):
    text = ("Sáng 28/11/2004, Quốc hội thông qua Luật Thanh niên. Luật có hiệu lực từ ngày 1/1/2005. "
            "Chiều cùng ngày, Quốc hội tổ chức phiên họp toàn thể.")
    ex = run(doc(text, date=None).org("Quốc hội"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Phiên họp", PartialDate(2004, 11, 28))]


def test_the_day_an_event_lasts_until_is_not_the_day_it_is_held(doc):
    text = ("Tối 5-7, tỉnh khai mạc Ngày hội văn hóa các dân tộc. "
            "Các hoạt động trong Ngày hội sẽ diễn ra đến hết ngày 7-7.")
    ex = run(doc(text, date="2017-07-05"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Ngày hội", PartialDate(2017, 7, 5, True))]


def test_a_sentence_opening_with_den_ngay_tells_when_it_happened(doc):
    ex = run(doc("Đến ngày 2/6, Ban Thường vụ Thành ủy đã họp và thống nhất kết luận.", date="2017-06-10")
             .org("Ban Thường vụ Thành ủy"))
    assert [ev.date for ev in ex.events] == [PartialDate(2017, 6, 2, True)]


def test_the_day_of_an_event_written_in_brackets_after_its_name(doc):
    text = "Học sinh Trường Lê Lợi trong ngày khai giảng năm học mới (5-9-2005) tại sân trường."
    ex = run(doc(text, date=None))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Lễ", PartialDate(2005, 9, 5))]


def test_an_event_told_as_today_s_or_yesterday_s_takes_the_report_s_date(doc):
    ex = run(doc("Chiều nay, hội nghị toàn quốc quán triệt nghị quyết tiếp tục diễn ra. Ông Lê Văn Nam phát biểu "
                 "tại buổi họp báo chiều qua.", date="2026-02-07").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date.iso()) for ev in ex.events] == [("Hội nghị", "2026-02-07"), ("Họp báo", "2026-02-06")]


def test_today_in_another_clause_or_until_today_or_in_an_undated_report_gives_no_date(doc):
    text = ("Gần 2 năm nữa sẽ diễn ra Đại hội Đảng, diễn đàn hôm nay là dịp lắng nghe doanh nghiệp. "
            "Ông Lê Văn Nam giữ chức Bí thư từ Đại hội XII cho đến hôm nay.")
    ex = run(doc(text, date="2019-05-02").person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events if ev.kind == "Đại hội"] in ([], [None], [None, None])
    ex = run(doc("Sáng nay, Tỉnh ủy tổ chức hội nghị.", date=None).org("Tỉnh ủy"))
    assert [ev.date for ev in ex.events] == [None]


def test_an_inauguration_told_with_its_verb_alone_is_a_ceremony(doc):
    ex = run(doc("Ngày 13/3, tại Đà Lạt, UBND tỉnh đã chính thức khánh thành trang trại bò sữa.", date="2019-03-14")
             .org("UBND tỉnh"))
    assert [(ev.kind, ev.date.iso()) for ev in ex.events] == [("Lễ", "2019-03-13")]


def test_a_body_that_elects_today_holds_a_meeting_and_the_one_succeeded_did_not_attend(doc):
    text = ("Theo Reuters, Đảng Cộng sản Cuba hôm nay 19/4 chính thức bầu ông Miguel Diaz-Canel làm Bí thư "
            "Thứ nhất, kế nhiệm ông Raul Castro.")
    ex = run(doc(text, date="2021-04-19").org("Đảng Cộng sản Cuba").person("Miguel Diaz-Canel")
             .person("Raul Castro"))
    assert [(e.date.iso(), e.organizer.name) for e in ex.events] == [("2021-04-19", "Đảng Cộng sản Cuba")]
    assert [p.person.name for p in ex.events[0].participants] == ["Miguel Diaz-Canel"]


def test_chairing_a_meeting_of_a_body_is_a_meeting_and_a_press_conference_stays_one(doc):
    text = ("Chủ trì họp Ban Chỉ đạo các dự án trọng điểm ngày 30/1, Thủ tướng Lê Văn Nam nhấn mạnh tiến độ. "
            "Chiều cùng ngày, Thủ tướng chủ trì họp Thường trực Chính phủ. "
            "Sáng 2/2, Bộ trưởng Trần Văn Bình chủ trì họp báo.")
    ex = run(doc(text, date="2026-01-30").org("Ban Chỉ đạo các dự án trọng điểm").org("Thường trực Chính phủ")
             .person("Lê Văn Nam").person("Trần Văn Bình"))
    assert [(e.kind, e.date.iso(), e.organizer.name if e.organizer else None) for e in ex.events] == [
        ("Cuộc họp", "2026-01-30", "Ban Chỉ đạo các dự án trọng điểm"),
        ("Cuộc họp", "2026-01-30", "Thường trực Chính phủ"), ("Họp báo", "2026-02-02", None)]
    assert ("Lê Văn Nam", "chaired") in [(p.person.name, p.role) for p in ex.events[0].participants]


def test_the_days_in_brackets_right_after_an_event_s_name_are_its_own(doc):
    text = ("Trước đó tại kỳ họp thứ 20 của Ủy ban Kiểm tra Trung ương (từ ngày 12 đến 13/12/2017), cơ quan này "
            "đã kết luận vi phạm. Tại Hội nghị mở rộng của Ban Thường vụ Trung ương Đảng (ngày 9-3-1945), "
            "ông Lê Văn Nam phát biểu.")
    ex = run(doc(text, date=None).org("Ủy ban Kiểm tra Trung ương").org("Ban Thường vụ Trung ương Đảng")
             .person("Lê Văn Nam"))
    assert [(e.kind, e.date.iso()) for e in ex.events] == [("Kỳ họp", "2017-12-12"), ("Hội nghị", "1945-03-09")]


def test_a_bracket_after_the_day_an_anniversary_remembers_does_not_date_it(doc):
    text = "Tỉnh tổ chức Lễ kỷ niệm 40 năm ngày giải phóng tỉnh (30/4/1975) tại quảng trường."
    ex = run(doc(text, date=None).org("Tỉnh"))
    assert [e.date for e in ex.events] == [None]


def test_the_days_an_event_runs_over_beat_the_day_it_ends(doc):
    text = ("Ngày 26/6, Đoàn đại biểu Quốc hội Campuchia do ông Heng Samrin dẫn đầu đã kết thúc tốt đẹp chuyến "
            "thăm hữu nghị chính thức Việt Nam từ ngày 23-26/6. "
            "Chiều 5/5, Ủy ban Kiểm tra Trung ương ra thông cáo về kỳ họp diễn ra từ ngày 24 - 26/4.")
    ex = run(doc(text, date="2017-06-26").org("Ủy ban Kiểm tra Trung ương").person("Heng Samrin"))
    assert [(e.kind, e.date.iso()) for e in ex.events] == [("Chuyến thăm", "2017-06-23"), ("Kỳ họp", "2017-04-24")]


def test_organizing_named_as_a_task_has_no_organizer(doc):
    text = ("Ngày 3/6, Ban Thường vụ Tỉnh ủy chịu trách nhiệm về công tác tổ chức hội nghị tổng kết. "
            "Ngày 5/6, đoàn công tác Tổng cục Du lịch tiến hành buổi làm việc với tỉnh.")
    ex = run(doc(text, date="2019-06-10").org("Ban Thường vụ Tỉnh ủy").org("Tổng cục Du lịch"))
    assert [(e.kind, e.date.iso(), e.organizer.name if e.organizer else None) for e in ex.events] == [
        ("Hội nghị", "2019-06-03", None), ("Buổi làm việc", "2019-06-05", "Tổng cục Du lịch")]


def test_an_exam_is_an_event(doc):
    text = "Được tổ chức vào ngày 24-25/5/2003, kỳ thi có 501 thí sinh dự thi viết."
    ex = run(doc(text, date=None))
    assert [(e.kind, e.date.iso()) for e in ex.events] == [("Kỳ thi", "2003-05-24")]


def test_a_festival_is_an_event_only_by_its_name_and_one_not_held_has_no_organizer(doc):
    text = ("Tối 13/5, sự kiện khai mạc Lễ hội Hoa Phượng đỏ 2017 đã diễn ra tại Quảng trường Nhà hát. "
            "Tỉnh ủy yêu cầu tạm dừng tổ chức các sự kiện, lễ hội trong dịp nghỉ lễ ngày 30/4. "
            "Thành ủy chỉ đạo không tổ chức 3 lễ hội lớn gồm: Lễ hội Hoa Sen, Lễ hội Biển.")
    ex = run(doc(text, date="2017-05-14").org("Tỉnh ủy").org("Thành ủy"))
    assert [(e.kind, e.date.iso() if e.date else None, e.organizer) for e in ex.events] == [
        ("Lễ hội", "2017-05-13", None)]


def test_a_yearless_day_across_new_year_from_the_report_takes_the_year_it_is_near(doc):
    ex = run(doc("Sáng 28/12, Tỉnh ủy tổ chức hội nghị tổng kết.", date="2018-01-10").org("Tỉnh ủy"))
    assert [e.date.iso() for e in ex.events] == ["2017-12-28"]
    ex = run(doc("Kỳ họp thứ 7 HĐND tỉnh sẽ khai mạc ngày 5/1.", date="2017-12-28").org("HĐND tỉnh"))
    assert [e.date.iso() for e in ex.events] == ["2018-01-05"]
    ex = run(doc("Sáng 20/12, Tỉnh ủy tổ chức hội nghị.", date="2017-06-20").org("Tỉnh ủy"))
    assert [e.date.iso() for e in ex.events] == ["2017-12-20"]


def test_an_event_named_in_brackets_takes_no_date_from_outside_them(doc):
    text = ("Ngày 23-12-2005, ông Lê Văn Nam đã trao Nghị quyết số 54/2005/NQ-QH11 (đã được Quốc hội khóa XI, "
            "kỳ họp thứ 8 thông qua) cho ông Trần Văn Bình.")
    ex = run(doc(text, date="2005-12-23").org("Quốc hội khóa XI").person("Lê Văn Nam").person("Trần Văn Bình"))
    assert [e.date for e in ex.events if e.kind == "Kỳ họp"] in ([], [None])


def test_an_event_still_to_come_is_not_dated_and_the_body_s_meeting_that_day_is(doc):
    text = ("Ngày 14/7/1986, Ban Chấp hành Trung ương Đảng họp phiên đặc biệt, bầu ông Lê Văn Nam làm Tổng Bí thư, "
            "lúc này chỉ còn 5 tháng là đến Đại hội VI.")
    ex = run(doc(text, date=None).org("Ban Chấp hành Trung ương Đảng").person("Lê Văn Nam"))
    assert [(e.kind, e.date.iso() if e.date else None) for e in ex.events if e.date] == [("Hội nghị", "1986-07-14")]


def test_participation_verbs_are_found_behind_their_word_gate():
    # _verbs_in skips a sentence that holds none of a pattern's gate words: every verb the patterns
    # know must still be found in a sentence written with it.
    from kg.loaders.extract.events import _verb_words, _verbs_in
    from kg.model import Span
    from kg.textkey import key

    verbs = ["tham dự có các đồng chí:", "đến dự có ông", "dự hội nghị có bà", "với sự tham dự của các đồng chí",
             "bầu", "bầu bổ sung", "miễn nhiệm", "bổ nhiệm", "phê chuẩn", "trao tặng", "trao", "tặng",
             "tuyên dương", "vinh danh", "chủ trì", "phát biểu", "tham dự", "đến dự", "dự lễ", "cho biết",
             "nhấn mạnh", "khẳng định", "trình bày", "báo cáo", "kết luận", "nói", "chia sẻ", "tái đắc cử",
             "đắc cử", "trúng cử", "được bầu", "được bổ nhiệm", "đón nhận"]
    found = 0
    for verb in verbs:
        k = key(f"Hôm qua, ông Nguyễn Văn Bình {verb} Trần Hữu Lộc tại tỉnh.")
        sent = Span(0, len(k))
        for pattern in _verb_words():
            plain = [m.span() for m in pattern.finditer(k, sent.start, sent.end)]
            assert [m.span() for m in _verbs_in(pattern, k, sent)] == plain, (verb, pattern.pattern)
            found += bool(plain)
    assert found >= len(verbs)


# Twelfth round (issue 15): dates that are not the event's, and days written with the event's name.

def test_a_document_number_right_before_a_date_makes_it_the_documents(doc):
    text = ("Ông Lê Văn Nam cho biết đơn khiếu nại của ông đã được vào sổ số 215 / TD ngày 12/3/2018, Sở Tư pháp "
            "tỉnh cũng đã họp báo về vụ việc.")
    ex = run(doc(text, date=None).org("Sở Tư pháp tỉnh").person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events if ev.kind == "Họp báo"] in ([], [None])


def test_a_date_whose_clause_issues_a_notice_is_not_the_meetings_but_its_own_day_is(doc):
    text = ("Ngày 9.4.2018, Văn phòng UBND tỉnh đã có thông báo số 31/TB-UBND truyền đạt ý kiến của "
            "Chủ tịch UBND tỉnh tại cuộc họp về dự án cầu Bình Lợi, ngày 2.4.2018, tại trụ sở UBND tỉnh.")
    ex = run(doc(text, date=None).org("Văn phòng UBND tỉnh").org("UBND tỉnh", nth=1))
    (ev,) = [ev for ev in ex.events if ev.kind == "Cuộc họp"]
    assert ev.date == PartialDate(2018, 4, 2)


def test_same_day_still_refers_to_a_documents_date(doc):
    text = ("Ngày 3/8/2018, Sở Nội vụ có công văn gửi UBND huyện. "
            "Cùng ngày, Sở Nội vụ đã có buổi làm việc với UBND huyện.")
    ex = run(doc(text, date=None).org("Sở Nội vụ", nth=0).org("UBND huyện", nth=0))
    (ev,) = ex.events
    assert ev.date == PartialDate(2018, 8, 3)


def test_a_day_written_right_after_the_event_name_wins_over_the_sentences_date(doc):
    text = ("Ngày 20/9, Sở Giáo dục báo cáo đã làm theo kết luận của Thường trực Huyện ủy tại cuộc họp "
            "ngày 14/5/2019 về việc thu hồi các quyết định.")
    ex = run(doc(text, date="2019-09-21").org("Sở Giáo dục").org("Thường trực Huyện ủy"))
    (ev,) = [ev for ev in ex.events if ev.kind == "Cuộc họp"]
    assert ev.date == PartialDate(2019, 5, 14)


def test_an_event_referred_to_keeps_the_day_written_with_its_name(doc):
    text = ("Hai Bộ trưởng vui mừng gặp nhau ngay sau cuộc điện đàm giữa hai Bộ trưởng ngày 3/5/2022, "
            "nhất trí tăng cường hợp tác.")
    (ev,) = run(doc(text, date="2022-05-10")).events
    assert (ev.kind, ev.date) == ("Điện đàm", PartialDate(2022, 5, 3))


def test_an_event_referred_to_inside_another_events_name_takes_not_that_events_day(doc):
    text = "Tại buổi họp báo trước kỳ họp thứ 5 Quốc hội khóa XV chiều nay, 16-5, ông Lê Văn Nam cho biết như vậy."
    ex = run(doc(text, date="2023-05-16").org("Quốc hội khóa XV").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date) for ev in ex.events if ev.kind == "Kỳ họp"] in ([], [("Kỳ họp", None)])
    assert [ev.date for ev in ex.events if ev.kind == "Họp báo"] == [PartialDate(2023, 5, 16, True)]


def test_an_event_in_a_purpose_clause_is_not_held_on_the_sentences_day(doc):
    text = ("Ngày 12-3-1986, ông Lê Văn Nam được giao viết diễn văn để đọc trong lễ kỷ niệm ngày thành lập "
            "tỉnh.")
    ex = run(doc(text, date=None).person("Lê Văn Nam"))
    assert [ev.date for ev in ex.events] in ([], [None])


def test_going_somewhere_to_hold_a_dialogue_is_that_days(doc):
    text = "Chiều 8/5, ông Lê Văn Nam về UBND xã để đối thoại với người dân."
    ex = run(doc(text, date="2021-05-09").org("UBND xã").person("Lê Văn Nam"))
    assert [(ev.kind, ev.date) for ev in ex.events] == [("Đối thoại", PartialDate(2021, 5, 8, True))]


def test_at_the_meeting_after_a_voters_meeting_is_that_meeting(doc):
    text = ("Sáng 4/7, đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Gia Bình. "
            "Tại buổi tiếp xúc, cử tri Lê Văn Nam phát biểu đề nghị làm rõ trách nhiệm.")
    ex = run(doc(text, date="2020-07-05").person("Lê Văn Nam"))
    (ev,) = ex.events
    assert (ev.kind, ev.date) == ("Tiếp xúc cử tri", PartialDate(2020, 7, 4, True))
    assert [(x.person.name, x.role) for x in ev.participants] == [("Lê Văn Nam", "spokeAt")]


def test_a_body_holding_a_review_names_a_conference_held_that_day(doc):
    text = ("Ngày 9/6, Ban Thường vụ Huyện ủy tổ chức sơ kết 2 năm thực hiện Nghị quyết của Huyện ủy về "
            "phát triển du lịch.")
    ex = run(doc(text, date="2018-06-10").org("Ban Thường vụ Huyện ủy"))
    (ev,) = ex.events
    assert (ev.kind, ev.date, ev.organizer.name) == ("Hội nghị", PartialDate(2018, 6, 9, True),
                                                     "Ban Thường vụ Huyện ủy")


def test_organizing_an_anniversary_named_as_a_plan_is_no_event(doc):
    text = ("Sáng 28/7, UBND thành phố họp nghe báo cáo tiến độ triển khai tổ chức kỷ niệm Ngày giải phóng "
            "Thủ đô.")
    ex = run(doc(text, date="2004-07-29").org("UBND thành phố"))
    assert [ev.kind for ev in ex.events if ev.kind == "Lễ kỷ niệm"] == []


def test_a_time_of_day_after_handing_over_a_decision_is_the_ceremonys_day(doc):
    text = ("Bí thư Tỉnh ủy Lê Văn Nam trao quyết định của Ban Thường vụ Tỉnh ủy cho ông Trần Văn Hùng "
            "(bên phải), chiều 14/3.")
    ex = run(doc(text, date="2022-03-15").org("Ban Thường vụ Tỉnh ủy").person("Lê Văn Nam").person("Trần Văn Hùng"))
    (ev,) = [ev for ev in ex.events if ev.kind == "Trao quyết định"]
    assert ev.date == PartialDate(2022, 3, 14, True)


def test_a_day_after_handing_over_a_decision_is_the_decisions(doc):
    text = "Ông Lê Văn Nam trao quyết định của Ban Thường vụ Tỉnh ủy ngày 2/3/2022 cho ông Trần Văn Hùng."
    ex = run(doc(text, date=None).org("Ban Thường vụ Tỉnh ủy").person("Lê Văn Nam").person("Trần Văn Hùng"))
    assert [ev.date for ev in ex.events if ev.kind == "Trao quyết định"] in ([], [None])
