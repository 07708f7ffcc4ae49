"""Nineteenth round, events (second helper): a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.dates import cycle_year, latest_year_written, occasion_years
from kg.loaders.extract import events
from tests.fixtures_directives import run_events as run


def test_a_word_of_the_attending_table_matches_in_either_tone_style(doc):
    """The words of event_sentence_words.tsv are matched on the text's key (one tone style): "dự tọa đàm" and
    "dự toạ đàm" both say the person attended the round table."""
    for written in ("tọa đàm", "toạ đàm"):
        t = doc(f"Thứ trưởng Lê Văn Nam dự {written} cấp Bộ trưởng về hợp tác công tư.").person("Lê Văn Nam")
        (ev,) = run(t).events
        assert ev.kind == "Tọa đàm"
        assert [(p.person.name, p.role) for p in ev.participants] == [("Lê Văn Nam", "attended")]


def test_a_nominal_word_is_no_task_inside_a_noun_of_its_own():
    """"công tác tổ chức …" names organizing as a task; "đoàn công tác tổ chức …" is a delegation that holds it
    (nominal_not in the table: the phrase's last word is guarded by a look-behind on the rest)."""
    assert events._NOMINAL.search("công tác ") and events._NOMINAL.search("việc ")
    assert events._NOMINAL.search("đoàn công tác ") is None
    assert events._guarded(("công tác", "việc"), ("đoàn công tác",)) == r"(?<!đoàn\ )công\ tác|việc"


def test_the_organizer_is_not_taken_from_a_delegation_phrase(doc):
    t = doc("Sáng 5/3, Đoàn công tác Bộ Tư pháp tổ chức hội nghị tại tỉnh.").org("Bộ Tư pháp")
    (ev,) = run(t).events
    assert (ev.date.iso(), ev.organizer.name) == ("--03-05", "Bộ Tư pháp")


def test_a_session_named_with_and_without_its_term_is_one_event(doc):
    """"khai mạc kỳ họp thứ 5, Quốc hội khóa XV" and then "Chủ tịch Quốc hội phát biểu khai mạc kỳ họp": one body
    (its term written or not), one session. Two terms written are two bodies' sessions."""
    t = (doc("Sáng 20/10, Quốc hội khóa XV khai mạc kỳ họp thứ 5 tại Hà Nội. Các đại biểu dự phiên khai mạc. "
             "Chủ tịch Quốc hội Trần Văn Lâm phát biểu khai mạc kỳ họp.")
         .org("Quốc hội khóa XV").org("Quốc hội", nth=1).person("Trần Văn Lâm"))
    (ev,) = [e for e in run(t).events if e.kind == "Kỳ họp"]
    assert (ev.date.iso(), ev.organizer.name) == ("--10-20", "Quốc hội khóa XV")
    assert [(p.person.name, p.role) for p in ev.participants] == [("Trần Văn Lâm", "spokeAt")]
    two = (doc("Quốc hội khóa XIV bế mạc kỳ họp thứ 11. Quốc hội khóa XV họp kỳ họp thứ nhất.")
           .org("Quốc hội khóa XIV").org("Quốc hội khóa XV"))
    bodies = [e.organizer.name for e in run(two).events if e.kind == "Kỳ họp"]
    assert bodies == ["Quốc hội khóa XIV", "Quốc hội khóa XV"]


def test_a_session_told_again_by_its_number_after_another_is_the_one_told_before(doc):
    """"kỳ họp thứ 4 HĐND tỉnh" told after "kỳ họp thứ 3" (a past one the report recalls) is the fourth session
    again; and a number counting hours ("bắt đầu lúc 9 giờ") is no session's number."""
    text = ("Sáng 8/7, HĐND tỉnh khai mạc kỳ họp thứ 4. Phiên khai mạc kỳ họp bắt đầu lúc 9 giờ. Các kiến nghị "
            "gửi tới kỳ họp thứ 3 HĐND tỉnh đã được giải quyết. Kỳ họp thứ 4 HĐND tỉnh sẽ bế mạc sau hai ngày.")
    t = doc(text).org("HĐND tỉnh", nth=0).org("HĐND tỉnh", nth=1).org("HĐND tỉnh", nth=2)
    sessions = [(e.date.iso() if e.date else None, text[e.span.start : e.span.start + 12])
                for e in run(t).events if e.kind == "Kỳ họp"]
    assert sessions == [("--07-08", "kỳ họp thứ 4"), (None, "kỳ họp thứ 3")]



def test_the_cycle_year_of_a_tet_is_read_near_the_years_the_text_writes():
    """cycle_years.tsv: Giáp Thìn is 1964, 2024, …; "dịp Tết Giáp Thìn" in a text whose latest year is 2024 is the
    Tết of 2024, for days of January to March. A Tết remembered decades away ("Tết Mậu Thân"), a text writing no
    year, a day of December (a review of the year names the Tết past) give none."""
    text = "Trong dịp Tết Giáp Thìn, công đoàn tặng 5.000 suất quà; chương trình công tác năm 2024 được thông qua."
    near = latest_year_written(text)
    assert (near, cycle_year(40, 2024), cycle_year(40, 2023)) == (2024, 2024, 2024)
    assert occasion_years(text, 2, near_year=near) == [2024]
    assert occasion_years(text.replace("Giáp Thìn", "Mậu Thân"), 2, near_year=near) == []
    assert occasion_years(text, 12, near_year=near) == []
    assert latest_year_written("Trong dịp Tết Giáp Thìn, công đoàn tặng quà.") is None


def test_an_undated_report_keeps_the_days_after_a_tet_named_by_its_cycle_year_alone_yearless(doc):
    """Our gold gives an event no year the text does not write as a number: "mừng Xuân Giáp Thìn … chiều 19-2"
    stays --02-19 (blind4, blind9 annotate such days so), while "Tết Giáp Thìn 2024" dates it."""
    text = ("Trong dịp Tết Giáp Thìn, công đoàn tặng 5.000 suất quà; chương trình công tác năm 2024 được thông qua. "
            "Chiều 19-2, Thường trực Tỉnh ủy có buổi làm việc với Liên đoàn Lao động tỉnh.")
    assert _dated(doc, text) == [("Buổi làm việc", "--02-19")]
    assert _dated(doc, text.replace("Tết Giáp Thìn", "Tết Giáp Thìn 2024")) == [("Buổi làm việc", "2024-02-19")]


def test_an_opening_named_as_a_part_of_the_event_gives_no_organizer(doc):
    """"… Bí thư Thành ủy …; các đại biểu đã dự phiên khai mạc kỳ họp": "phiên khai mạc" is the opening sitting, no
    body holds the session by it; the session is the one the report told, of its own body."""
    text = ("Sáng 3/7, HĐND tỉnh khai mạc kỳ họp thứ 4. Bí thư Tỉnh ủy Lê Văn Hải và đại diện các sở đã dự phiên "
            "khai mạc kỳ họp.")
    t = doc(text).org("HĐND tỉnh").org("Tỉnh ủy").person("Lê Văn Hải")
    (ev,) = [e for e in run(t).events if e.kind == "Kỳ họp"]
    assert (ev.date.iso(), ev.organizer.name) == ("--07-03", "HĐND tỉnh")


def _dated(doc, text):
    t = doc(text).org("Thường trực Tỉnh ủy").org("Liên đoàn Lao động tỉnh")
    return [(e.kind, e.date.iso()) for e in run(t).events if e.date]
