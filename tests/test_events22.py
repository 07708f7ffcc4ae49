"""Twenty-first round (events22), events and directives: a day relative to an undated report's ("Sáng nay, …")
takes no other sentence's date; the body named only inside a plenum's name; the term written after a plenum
that passed a document; a bare number is given no year. Sentences we write, in the shape of reports'; the exact
facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives
from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import make_doc
from tests.fixtures_directives import run_events as run


def test_today_in_an_undated_report_takes_no_later_sentences_date(doc):
    """Undated, "Sáng nay, <body> tổ chức hội nghị" is held on a day the text does not give: a later "Trước đó,
    vào sáng 10/5, … đã diễn ra hội nghị …" is another, earlier conference, not its date."""
    ex = run(doc("Sáng nay, Ban Kinh tế Trung ương tổ chức hội nghị triển khai quyết định phân công cán bộ. "
                 "Trước đó, vào sáng 10/5, tại Đà Nẵng đã diễn ra hội nghị sơ kết công tác cán bộ.")
             .org("Ban Kinh tế Trung ương"))
    assert dated(ex) == [("Hội nghị", None, "Ban Kinh tế Trung ương"), ("Hội nghị", "--05-10", None)]


def test_today_told_again_with_a_date_of_a_clause_to_come_keeps_no_date(doc):
    """"Sáng nay, Đại hội … họp" then "Ngày 24-4, kết quả sẽ được báo cáo đại hội": the congress of today is told
    again, but the day is when a result will be reported to it; no date is the congress's."""
    ex = run(doc("Sáng nay, Đại hội Đảng bộ tỉnh họp phiên bế mạc tại hội trường. Ngày 24-4, kết quả kiểm phiếu "
                 "sẽ được báo cáo đại hội.").org("Đảng bộ tỉnh"))
    assert dated(ex) == [("Đại hội", None, "Đảng bộ tỉnh")]


def test_today_named_by_the_text_dates_an_undated_reports_relative_days(doc):
    """"Chiều nay 25-5, …" names today's day: "Hôm nay, … chủ trì cuộc họp" elsewhere is the 25th (no year);
    "Hôm qua 13/4" puts "cuộc họp báo hôm qua" on the 13th. Two such days that disagree name no day."""
    ex = run(doc("Chiều nay 25-5, Văn phòng Trung ương phát thông cáo. Hôm nay, Tổng Bí thư đã chủ trì cuộc họp "
                 "của Ban Bí thư.").org("Ban Bí thư"))
    assert dated(ex) == [("Cuộc họp", "--05-25", "Ban Bí thư")]
    ex = run(doc("Hôm qua 13/4, ông A trả lời phóng viên. Trong cuộc họp báo hôm qua, Ban Tổ chức thông báo danh "
                 "sách.").org("Ban Tổ chức"))
    assert dated(ex) == [("Họp báo", "--04-13", None)]


def test_a_plenum_names_its_body_only_in_its_name(doc):
    """"Hội nghị Trung ương 7 (khóa XII)", "Hội nghị TW 5": the Central Committee's plenum (event_name_bodies.tsv),
    when the report names that body (here "Ủy viên Trung ương Đảng"), an event of its own beside an undated
    conference without a body told before it. Named only inside the plenum's name, the body is no organizer the
    report asserts."""
    cc = "Ban Chấp hành Trung ương Đảng"
    ex = run(doc("Sáng 9/5, Hội nghị Trung ương 7 (khóa XII) đã biểu quyết đồng ý cho ông A, Ủy viên Trung ương Đảng, "
                 "thôi giữ chức.").org("Trung ương Đảng", cc))
    assert dated(ex) == [("Hội nghị", "--05-09", cc)]
    ex = run(doc("Sáng 9/5, Hội nghị Trung ương 7 (khóa XII) đã biểu quyết đồng ý cho ông A thôi giữ chức."))
    assert dated(ex) == [("Hội nghị", "--05-09", None)]
    ex = run(doc("Chiều 17/6, Phó Thủ tướng chủ trì hội nghị sơ kết về kinh tế tập thể. Hội nghị là bước triển khai "
                 "yêu cầu của Hội nghị TW 5 khóa XII, Trung ương Đảng đã chỉ rõ.").org("Trung ương Đảng", cc))
    assert dated(ex) == [("Hội nghị", "--06-17", None), ("Hội nghị", None, cc)]
    ex = run(doc("Sáng 9/5, Hội nghị Trung ương Hội Nông dân bàn về công tác hội. Trung ương Đảng chỉ đạo.")
             .org("Trung ương Đảng", cc))
    assert [e[2] for e in dated(ex)] == [None]


def docs(text, *orgs):
    t = make_doc(text, "2021-04-20")
    for written, name in orgs:
        t.org(written, name)
    return {d.symbol: (d.issuer.name if d.issuer else None, d.term, d.year, d.title)
            for d in find_directives(t.report, t.extraction) if d.symbol}


def test_the_term_written_after_the_plenum_that_passed_a_document():
    """"Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX) về …", "Nghị quyết số 26-NQ/TW tại Hội nghị TW 7 khóa
    X": the plenum's term is the document's, its issuer the Central Committee when the report names it, and the
    title follows the plenum."""
    assert docs("HTX đã được xác định tại Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX) về phát triển kinh "
                "tế tập thể.") == {"13": (None, 9, None, "về phát triển kinh tế tập thể")}
    assert docs("Nghị quyết số 26-NQ/TW tại Hội nghị TW 7 khóa X xác định năm mục tiêu, Trung ương Đảng nêu rõ.",
                ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")) == {
        "26-NQ/TW": ("Ban Chấp hành Trung ương Đảng", 10, None, None)}
    assert docs("Nghị quyết số 10-NQ/TW của Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XII đã nêu rõ.")[
        "10-NQ/TW"][1] == 12


def test_a_bare_number_is_given_no_year():
    """"Nghị quyết số 71 của Chính phủ": no year is written, and the report's is not the document's; an
    administrative symbol with its code keeps the report's year as before (its identity needs one)."""
    assert docs("Thực hiện Nghị quyết số 71 của Chính phủ, tỉnh đã rà soát.")["71"][2] is None
    assert docs("Thực hiện Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ.")["1234/QĐ-TTg"][2] == 2021


def test_at_a_bare_event_word_refers_to_the_event_just_told(doc):
    """"Sáng 27/6, HĐND tỉnh tổ chức kỳ họp thứ nhất … Tại phiên họp, các đại biểu bầu ông A …": the sitting is the
    session just told; its people join it, and no second event is made. A bare word after an undated, bodiless one
    is no reference to it."""
    ex = run(doc("Sáng 27/6, HĐND tỉnh tổ chức kỳ họp thứ nhất. Tại phiên họp, các đại biểu bầu ông Lê Văn An giữ "
                 "chức Chủ tịch HĐND tỉnh.").org("HĐND tỉnh", "Hội đồng nhân dân tỉnh").person("Lê Văn An"))
    assert dated(ex) == [("Kỳ họp", "--06-27", "Hội đồng nhân dân tỉnh")]
    assert [p.person.name for p in ex.events[0].participants] == ["Lê Văn An"]
