"""Nineteenth round, events (third helper): a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def test_a_session_told_in_an_opening_clause_is_held_by_the_body_that_acts_in_the_sentence(doc):
    """"Tại phiên họp thứ 12 sáng 3/4, …, Ủy ban Thường vụ Quốc hội đã biểu quyết …": the body that acts after the
    clause on the session holds it (a body that holds meetings, meeting_bodies.tsv)."""
    t = doc("Tại phiên họp thứ 12 sáng 3/4, với đa số ý kiến tán thành, Ủy ban Thường vụ Quốc hội đã thông qua "
            "nghị quyết về việc thành lập thị xã Hòa Bình.", date="2019-04-03").org("Ủy ban Thường vụ Quốc hội")
    (ev,) = run(t).events
    assert (ev.kind, ev.date.iso(), ev.organizer.name) == ("Phiên họp", "2019-04-03", "Ủy ban Thường vụ Quốc hội")


def test_the_acting_body_after_an_opening_clause_must_be_one_that_meets(doc):
    """"Tại hội nghị, Sở Nội vụ đã báo cáo …": a department that reports at a meeting does not hold it by that;
    and a body after a title ("…, Chủ tịch Quốc hội phát biểu") is no subject."""
    t = doc("Sáng 5/6, tại hội nghị, Sở Nội vụ đã báo cáo kết quả thi tuyển.", date="2019-06-05").org("Sở Nội vụ")
    (ev,) = run(t).events
    assert ev.organizer is None
    t = doc("Sáng 5/6, tại kỳ họp thứ 7, Chủ tịch Quốc hội Lê Văn Tâm phát biểu.", date="2019-06-05").org("Quốc hội")
    (ev,) = run(t).events
    assert ev.organizer is None


def test_a_meeting_still_to_come_is_no_event_held(doc):
    """"Đoàn sẽ làm việc với … thời gian tới", "trước khi làm việc với …" with no day of their own: supposed, not
    held (not_held)."""
    t = doc("Đoàn kiểm tra sẽ làm việc với Ban Thường vụ Tỉnh ủy Hà Nam trong thời gian tới.",
            date="2019-05-20").org("Ban Thường vụ Tỉnh ủy Hà Nam")
    assert run(t).events == []
    t = doc("Theo tôi, trước khi làm việc với Sở Du lịch thì lãnh đạo tỉnh nên nghe các chuyên gia.",
            date="2019-05-20").org("Sở Du lịch")
    assert run(t).events == []
    t = doc("Ngày 12/7, HĐND tỉnh Hà Nam đã họp và bầu Chủ tịch UBND tỉnh.", date="2019-07-12").org("HĐND tỉnh Hà Nam")
    (ev,) = run(t).events
    assert (ev.date.iso(), ev.organizer.name) == ("2019-07-12", "HĐND tỉnh Hà Nam")


def test_a_list_item_has_its_own_subject(doc):
    """"phối hợp với Ủy ban MTTQ … như: công tác chuẩn bị kỳ họp; tiến hành kỳ họp …": the body before the list's
    heading does not hold the session its item names."""
    t = doc("Ngày 2/3, Thường trực HĐND tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh trong các việc như: công tác "
            "chuẩn bị kỳ họp; tiến hành kỳ họp và giám sát.", date="2019-03-02").org("Ủy ban Mặt trận Tổ quốc tỉnh")
    assert all(ev.organizer is None for ev in run(t).events)


def test_an_event_word_after_a_title_names_the_titles_body(doc):
    """"Phó Chủ tịch Hội nghị Hiệp thương …": the word opens the name of the body the title heads, no event."""
    t = doc("Chiều 11/5, Thủ tướng tiếp Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân Trung Quốc Lý Minh.",
            date="2019-05-11")
    assert "Hội nghị" not in [ev.kind for ev in run(t).events]
    t = doc("Chiều 11/5, Hội nghị Hiệp thương lần thứ hai đã thống nhất danh sách.", date="2019-05-11")
    assert [(ev.kind, ev.date.iso()) for ev in run(t).events] == [("Hội nghị", "2019-05-11")]


def test_a_meeting_to_come_with_its_day_is_a_scheduled_event(doc):
    """"HĐND huyện sẽ họp ngày 28/9": told as to come, but set to a day: an event (only the undated is dropped)."""
    t = doc("Tại huyện Mỹ Đức, HĐND huyện Mỹ Đức sẽ họp ngày 28/9 để bầu Chủ tịch.", date="2019-09-20") \
        .org("HĐND huyện Mỹ Đức")
    (ev,) = run(t).events
    assert (ev.date.iso(), ev.organizer.name) == ("2019-09-28", "HĐND huyện Mỹ Đức")


def test_a_title_before_a_lower_case_event_word_or_the_events_own_body_keeps_the_event(doc):
    """"Trưởng đoàn đã làm việc với …", "Thủ tướng tiếp …" (a verb after a title) and "Đoàn Chủ tịch Đại hội …" (the
    congress's own presidium) tell the event."""
    t = doc("Sáng 16/10, Đoàn Chủ tịch Đại hội đại biểu Đảng bộ tỉnh Phú Hà lần thứ XVI công bố kết quả bầu cử.",
            date="2015-10-16").org("Đảng bộ tỉnh Phú Hà")
    assert [(ev.kind, ev.date.iso()) for ev in run(t).events] == [("Đại hội", "2015-10-16")]


def test_a_body_in_a_list_after_the_clause_is_no_subject(doc):
    """"Phát biểu tại hội đàm, Bộ trưởng A khẳng định, … của Đảng, Chính phủ và …": no body acts; and a body that
    meets in another kind of meeting does not hold the session ("Tại kỳ họp này, Chính phủ sẽ trình …")."""
    t = doc("Sáng 3/5, phát biểu tại hội đàm, Bộ trưởng Lê Văn Hà khẳng định, sự coi trọng của Đảng, Chính phủ và "
            "nhân dân.", date="2019-05-03").org("Đảng").org("Chính phủ")
    assert all(ev.organizer is None for ev in run(t).events)
    t = doc("Sáng 3/5, tại kỳ họp này, Chính phủ sẽ trình dự án luật.", date="2019-05-03").org("Chính phủ")
    assert all(ev.organizer is None for ev in run(t).events)
