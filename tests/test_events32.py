"""Twenty-sixth round (events32), events. Sentences we write, in the shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_an_event_told_right_after_a_dated_ceremony_is_of_its_day(doc):
    """"Ngay sau Lễ đón chính thức, Chủ tịch nước … đã tiến hành hội đàm …": the talks follow the welcome ceremony the
    sentence before dates."""
    ex = run(doc("Chiều 11/5, Chủ tịch nước Trung Quốc chủ trì lễ đón chính thức Chủ tịch nước Lê Văn An. Ngay sau Lễ "
                 "đón chính thức, Chủ tịch nước Lê Văn An đã tiến hành hội đàm với Chủ tịch nước Trung Quốc.",
                 date="2017-05-12")
             .person("Lê Văn An").person("Lê Văn An"))
    assert dated(ex) == [("Lễ", "2017-05-11", None), ("Hội đàm", "2017-05-11", None)]


def test_a_session_or_a_conference_opening_the_sentence_gives_no_day(doc):
    """"Sau kỳ họp thứ 3, …", "Sau hội nghị, …": a session or a conference runs over days, and what follows it is
    of a later time; the talks keep no date (and, told of nobody, are no event)."""
    ex = run(doc("Sáng 20/5, Quốc hội khai mạc kỳ họp thứ 3. Sau kỳ họp thứ 3, Chủ tịch Quốc hội Lê Văn An đã hội đàm "
                 "với Chủ tịch Quốc hội Lào.", date="2017-05-21").org("Quốc hội").person("Lê Văn An"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Kỳ họp", "2017-05-20")]


def test_an_event_named_after_the_opener_in_its_own_clause_keeps_its_own_day(doc):
    """An opener without a comma before the event word is no clause of its own: "Sau lễ đón Đoàn …" names one event."""
    ex = run(doc("Chiều 11/5, tỉnh tổ chức lễ đón Đoàn đại biểu Lào. Sau lễ đón Đoàn đại biểu Lào tiếp tục thăm "
                 "tỉnh.", date="2017-05-12"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Lễ", "2017-05-11")]


def test_a_day_on_the_occasion_of_an_anniversary_takes_the_year_its_span_ends_in(doc):
    """"Nhân kỷ niệm 75 năm ngày thành lập Hội (20.10.1930-20.10.2005), ngày 8-10, Ban X tổ chức buổi đối thoại": in a
    report without a date the dialogue is of 2005, the year the text writes for the anniversary it is held on."""
    ex = run(doc("Nhân kỷ niệm 75 năm ngày thành lập Hội Liên hiệp Phụ nữ (LHPN) Việt Nam (20.10.1930-20.10.2005), "
                 "ngày 8-10, Ban Vì sự tiến bộ phụ nữ thành phố tổ chức buổi đối thoại với cán bộ nữ.")
             .org("Ban Vì sự tiến bộ phụ nữ thành phố"))
    assert dated(ex) == [("Đối thoại", "2005-10-08", "Ban Vì sự tiến bộ phụ nữ thành phố")]


def test_an_anniversary_span_that_is_not_its_count_or_far_from_the_day_gives_no_year(doc):
    """A span whose years are not the count ("75 năm … (1930-2004)"), a day months from the anniversary's, or an
    anniversary in another sentence: no year is guessed."""
    for text, day in (("Nhân kỷ niệm 75 năm ngày thành lập Hội (20.10.1930-20.10.2004), ngày 8-10, Ban X tổ chức buổi "
                       "đối thoại với cán bộ nữ.", "--10-08"),
                      ("Nhân kỷ niệm 75 năm ngày thành lập Hội (20.10.1930-20.10.2005), ngày 8-3, Ban X tổ chức buổi "
                       "đối thoại với cán bộ nữ.", "--03-08"),
                      ("Hội kỷ niệm 75 năm ngày thành lập (20.10.1930-20.10.2005). Ngày 8-10, Ban X tổ chức buổi đối "
                       "thoại với cán bộ nữ.", "--10-08")):
        assert dated(run(doc(text).org("Ban X"))) == [("Đối thoại", day, "Ban X")], text


def test_a_visit_has_no_organizer_from_its_visitors_title_or_its_host(doc):
    """"Chiều 20/6, đồng chí X, Trưởng ban Tổ chức Trung ương đã đến thăm và chúc mừng Báo Y": the body in the visitor's
    title is the guest's and the body after the verb the host visited; neither organized the visit. Two visits to two
    hosts on one day stay two."""
    ex = run(doc("Chiều 20/6, đồng chí Lê Văn An, Trưởng Ban Tổ chức Trung ương đã đến thăm và chúc mừng cán bộ Thông "
                 "tấn xã Việt Nam. Chiều cùng ngày, đồng chí Trần Văn Bình đã tới thăm Hội Nhà báo Việt Nam và Báo Nhi "
                 "đồng.", date="2017-06-21")
             .org("Ban Tổ chức Trung ương").org("Thông tấn xã Việt Nam").org("Hội Nhà báo Việt Nam")
             .person("Lê Văn An").person("Trần Văn Bình"))
    assert dated(ex) == [("Chuyến thăm", "2017-06-20", None), ("Chuyến thăm", "2017-06-20", None)]


def test_a_visit_organized_by_a_body_keeps_it(doc):
    """"Chuyến thăm … do Bộ Ngoại giao tổ chức": told held by a body, the visit has that organizer."""
    ex = run(doc("Ngày 5/3, chuyến thăm Lào của đoàn doanh nghiệp do Bộ Ngoại giao tổ chức đã kết thúc.",
                 date="2017-03-06").org("Bộ Ngoại giao"))
    assert dated(ex) == [("Chuyến thăm", "2017-03-05", "Bộ Ngoại giao")]


def test_a_congress_numbered_in_roman_numerals_before_its_body_is_that_bodys(doc):
    """"tại Đại hội XII của Đảng, ông được bầu …": the Party's congress, its number written bare in Roman numerals
    before "của"."""
    ex = run(doc("Đến tháng 1/2016, tại Đại hội XII của Đảng, ông Lê Văn An được bầu giữ chức Tổng Bí thư.")
             .org("Đảng").person("Lê Văn An"))
    assert [(e.kind, e.organizer.name if e.organizer else None) for e in ex.events] == [("Đại hội", "Đảng")]


def test_the_first_event_told_after_the_lead_within_a_few_undated_sentences_is_of_the_leads_day(doc):
    """"Sáng 7/10, quyết định … đã được công bố tại hội trường …. Ngồi cạnh ông X …. Ông Y đã trao quyết định …": the
    handing over, the first event told after the lead's date, with no date between, is of that morning."""
    ex = run(doc("Ông Lê Văn An giữ chức Bí thư Thành ủy.\nSáng 7/10, quyết định phân công ông Lê Văn An đã được "
                 "công bố tại hội trường Thành ủy.\nNgồi cạnh ông Lê Văn An, ông Trần Văn Bình được giới thiệu là "
                 "nguyên Bí thư.\n"
                 "Ông Phạm Văn Cường đã trao quyết định cho ông Lê Văn An.", date=None)
             .person("Lê Văn An").person("Lê Văn An").person("Lê Văn An").person("Lê Văn An")
             .person("Trần Văn Bình").person("Phạm Văn Cường"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Trao quyết định", "--10-07")]


def test_an_event_after_another_date_or_far_from_the_lead_keeps_none(doc):
    """A sentence between that writes another date ends the lead's day: "Chiều 6/10, …" then the handing over."""
    ex = run(doc("Ông Lê Văn An giữ chức Bí thư Thành ủy.\nSáng 7/10, quyết định phân công ông Lê Văn An đã được "
                 "công bố tại hội trường Thành ủy.\nChiều 6/10, Ban Chấp hành Trung ương đã kỷ luật ông Trần Văn Bình."
                 "\nÔng Phạm Văn Cường đã trao quyết định cho ông Lê Văn An.", date=None)
             .person("Lê Văn An").person("Lê Văn An").person("Lê Văn An").person("Trần Văn Bình")
             .person("Phạm Văn Cường"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Trao quyết định", None)]


def test_the_titles_event_is_of_the_day_the_lead_right_after_it_opens_with(doc):
    """"Toàn cảnh trao quyết định cho tân Bí thư …" (the title), then "Sáng ngày 10/5, thành phố đã đón tân Bí thư
    …": the handing over the title tells is the lead's news, that day."""
    ex = run(doc("Toàn cảnh trao quyết định cho tân Bí thư Thành ủy Lê Văn An\nSáng ngày 10/5, thành phố đã đón tân Bí "
                 "thư Thành ủy Lê Văn An.", date=None).person("Lê Văn An").person("Lê Văn An"))
    assert [(kind, date) for kind, date, _o in dated(ex)] == [("Trao quyết định", "--05-10")]


def test_a_visits_organizer_is_the_visiting_delegation_or_the_bodies_that_visit(doc):
    """"Đoàn công tác của Đài X do Tổng Giám đốc … làm trưởng đoàn đến thăm Đài Y": the delegation, not the host;
    "Thành ủy, UBND … đã đến thăm và chúc tết …": the bodies that visit; "Đoàn đại biểu cấp cao … Quốc hội Lào tới
    thăm": no body (the delegation is not read as one, and the Assembly only owns it)."""
    ex = run(doc("Sáng 10/7, Đoàn công tác của Đài X do Tổng Giám đốc Lê Văn An làm trưởng đoàn đến thăm Đài Y.",
                 date="2017-07-11").org("Đoàn công tác của Đài X").org("Đài Y").person("Lê Văn An"))
    assert dated(ex) == [("Chuyến thăm", "2017-07-10", "Đoàn công tác của Đài X")]
    ex = run(doc("Tối 26-1, Thành ủy, UBND thành phố đã đến thăm công nhân Công ty Z.", date="2006-01-27")
             .org("Thành ủy").org("UBND thành phố").org("Công ty Z"))
    assert dated(ex) == [("Chuyến thăm", "2006-01-26", "UBND thành phố")]
    ex = run(doc("Sáng 4/7, Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội Lào tới thăm tỉnh Sơn La.",
                 date="2017-07-05").org("Quốc hội Lào"))
    assert dated(ex) == [("Chuyến thăm", "2017-07-04", None)]


def test_a_session_told_past_the_sentence_after_the_lead_keeps_its_own_time(doc):
    """"Chiều 15/5, đa số thành viên … đã thống nhất …. Theo đó, …. … báo cáo tại kỳ họp của Quốc hội": a session runs
    over days of its own; past the sentence after the lead only an event of one day is of the lead's day."""
    ex = run(doc("Ông A thôi nhiệm vụ đại biểu\nChiều 15/5, đa số thành viên đã thống nhất để ông A thôi nhiệm "
                 "vụ.\nTheo đó, đa số thành viên tán thành.\nNghị quyết đã được báo cáo tại kỳ họp của Quốc hội "
                 "khóa XIV.", date=None).org("Quốc hội khóa XIV"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa XIV")]


def test_a_joint_visit_of_two_delegations_has_no_organizer(doc):
    """"Đoàn công tác của Tỉnh ủy do ông X, Bí thư Tỉnh ủy, dẫn đầu và đoàn công tác của Tập đoàn Y đã cùng tới
    thăm …": two delegations visit together; neither alone organized it."""
    ex = run(doc("Ngày 26/4, đoàn công tác của Tỉnh ủy do ông Lê Văn An, Bí thư Tỉnh ủy, dẫn đầu và đoàn công tác của "
                 "Tập đoàn Y đã cùng tới thăm đảo Hòn Khoai.", date="2021-04-27")
             .org("Tỉnh ủy").org("Tỉnh ủy").org("đoàn công tác của Tập đoàn Y").person("Lê Văn An"))
    assert dated(ex) == [("Chuyến thăm", "2021-04-26", None)]
