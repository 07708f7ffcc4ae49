"""The day a tenure began or ended, from the act its sentence tells of (loaders/extract/tenure_dates.py).

An appointed post takes the date of the act that appointed it, a left post the date it ended, only when
the sentence ties the date to the act. The sentences are our own, in the shapes reports write; the
names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.loaders.extract.tenure_dates import date_tenure_acts


def dates(text: str, date: str | None = None) -> dict[str, tuple[str, str | None, str | None]]:
    """role + body -> (status, start, end) of each post the report states, as this rule alone dates them: the
    officials component dates some posts from their clause's date itself (a start or end it gives is kept), so
    those of appointed and left posts are cleared and the rule asked again."""
    report = build_report(report_id="r", source_file="r.txt", text="Nhân sự mới\n" + text, encoding="utf-8",
                          meta={"date": date} if date else None)
    ex = extract(report)
    for p in ex.posts:
        if p.status == "appointed":
            p.start = None
        if p.status == "left":
            p.end = None
    date_tenure_acts(report, ex)
    return {f"{p.role} {p.org.name if p.org else ''}".strip():
            (p.status, p.start.iso() if p.start else None, p.end.iso() if p.end else None) for p in ex.posts}


def test_the_date_that_opens_the_sentence_of_an_appointment_is_its_start():
    got = dates("Ngày 6/2/2017, Ban Bí thư quyết định điều động, chỉ định ông Trần Văn Bình giữ chức Bí thư "
                "Tỉnh ủy Quảng Nam.")
    assert got["Bí thư Tỉnh ủy Quảng Nam"] == ("appointed", "2017-02-06", None)


def test_the_issue_date_of_the_appointing_decision_is_its_start():
    got = dates("Quyết định số 439-QĐNS/TW ngày 6/2/2017 của Ban Bí thư điều động ông Trần Văn Bình giữ chức "
                "Phó Bí thư Tỉnh ủy Yên Bái.")
    assert got["Phó Bí thư Tỉnh ủy Yên Bái"] == ("appointed", "2017-02-06", None)


def test_a_decision_named_after_the_verb_dates_the_act():
    got = dates("UBND tỉnh Nghệ An bổ nhiệm ông Lê Văn Hòa giữ chức Giám đốc Sở Y tế tỉnh Nghệ An theo "
                "Quyết định số 1520/QĐ-UBND ngày 12/5/2018.")
    assert got["Giám đốc Sở Y tế tỉnh Nghệ An"] == ("appointed", "2018-05-12", None)


def test_a_yearless_day_takes_the_year_of_a_dated_report_and_none_in_an_undated_one():
    text = "Sáng 7/2, Tỉnh ủy Yên Bái trao quyết định bổ nhiệm ông Lê Văn Hòa giữ chức Trưởng Ban Tổ chức Tỉnh ủy."
    assert dates(text, "2017-02-08")["Trưởng Ban Tổ chức Tỉnh ủy Yên Bái"] == ("appointed", "2017-02-07", None)
    assert dates(text)["Trưởng Ban Tổ chức Tỉnh ủy Yên Bái"] == ("appointed", None, None)


def test_the_day_a_removal_takes_effect_is_the_end():
    got = dates("Ban Bí thư đồng ý để ông Phạm Văn Tâm thôi giữ chức Bí thư Tỉnh ủy Hà Giang từ ngày 1/3/2017.")
    assert got["Bí thư Tỉnh ủy Hà Giang"] == ("left", None, "2017-03-01")


def test_a_retirement_from_a_day_written_without_ngay_is_the_end():
    got = dates("Ông Nguyễn Văn Đức, Giám đốc Sở Tài chính tỉnh Nghệ An nghỉ hưu từ 1/1/2018.")
    assert got["Giám đốc Sở Tài chính tỉnh Nghệ An"] == ("left", None, "2018-01-01")


def test_the_effective_date_wins_over_the_day_of_the_decision():
    got = dates("Ngày 5/6/2017, Chủ tịch UBND tỉnh ký quyết định bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc "
                "Sở Y tế tỉnh Nghệ An, thời hạn 5 năm kể từ ngày 15/6/2017.")
    assert got["Giám đốc Sở Y tế tỉnh Nghệ An"] == ("appointed", "2017-06-15", None)


def test_a_birth_date_is_not_the_act_s():
    got = dates("Ông Nguyễn Văn Đức (sinh ngày 2/3/1965) được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh "
                "Nghệ An.")
    assert got["Giám đốc Sở Tài chính tỉnh Nghệ An"] == ("appointed", None, None)
    got = dates("Ông Nguyễn Văn Đức, sinh ngày 2/3/1965, được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh "
                "Nghệ An.")
    assert got["Giám đốc Sở Tài chính tỉnh Nghệ An"] == ("appointed", None, None)


def test_a_term_is_not_the_act_s_date():
    got = dates("Ông Nguyễn Văn Đức được bầu giữ chức Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2016-2021.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("appointed", None, None)


def test_the_date_of_a_document_that_is_no_decision_is_not_the_act_s():
    got = dates("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/1/2017 của HĐND tỉnh, UBND tỉnh bổ nhiệm ông Lê Văn "
                "Hòa giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.")
    assert got["Giám đốc Sở Y tế tỉnh Nghệ An"] == ("appointed", None, None)


def test_a_deadline_is_not_the_act_s_date():
    got = dates("Ông Trần Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Nghệ An, bàn giao công việc "
                "trước ngày 30/6/2021.")
    assert got["Giám đốc Sở Y tế tỉnh Nghệ An"] == ("appointed", None, None)


def test_an_act_only_proposed_takes_no_date():
    got = dates("Ngày 29/4/2021, Đảng ủy phường xác nhận ông Nguyễn Văn Trường vẫn được giới thiệu tái cử đại "
                "biểu HĐND phường Bắc Sơn.")
    assert all(start is None for _s, start, _e in got.values())


def test_a_date_of_another_clause_after_a_semicolon_is_not_the_act_s():
    got = dates("Tỉnh ủy họp và thống nhất chủ trương vào ngày 3/4/2018; ông Trần Văn Bình được điều động giữ "
                "chức Phó Bí thư Tỉnh ủy Yên Bái.")
    assert got["Phó Bí thư Tỉnh ủy Yên Bái"] == ("appointed", None, None)


def test_a_career_history_keeps_its_steps_undated_by_this_rule():
    """A past appointment ("từng được bổ nhiệm") is a former post: its start is the career reader's to give,
    not this rule's; a status given without the act ("tân Bí thư") takes no date either."""
    got = dates("Ông Trần Văn Bình từng được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Nghệ An.")
    assert got["Giám đốc Sở Y tế tỉnh Nghệ An"][0] == "former"
    got = dates("Sáng 8/2/2017, lãnh đạo tỉnh tặng hoa chúc mừng tân Bí thư Tỉnh ủy Yên Bái Trần Văn Bình.")
    assert got["Bí thư Tỉnh ủy Yên Bái"] == ("appointed", None, None)


def test_a_death_written_after_the_title_is_no_removal_the_title_is_held_to_the_end():
    # an obituary's title is the post held until death, lost to no decision (audit24 vietnews-0198): holds,
    # and a held post takes no end from the day of the death
    got = dates("Bà Nguyễn Thị Thu, Phó Chủ tịch UBND tỉnh Nghệ An qua đời lúc 14h40 ngày 20/2/2017 tại nhà riêng.")
    assert got["Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("holds", None, None)


def test_an_act_told_as_the_background_of_another_takes_no_date_from_the_sentence():
    got = dates("Ngày 27/11/2015, Ban Chấp hành Đảng bộ tỉnh họp để bầu Bí thư Tỉnh ủy thay ông Lê Văn Hòa, người "
                "vừa được Bộ Chính trị điều động giữ chức Phó Trưởng Ban Tuyên giáo Trung ương.")
    # the move by another body is told as done before this act: held at the report's date (blind8 vietnews-0149's
    # reading; status38b), and still no date from the sentence
    assert got["Phó Trưởng Ban Tuyên giáo Trung ương"] == ("holds", None, None)
    got = dates("Ngày 3/5/2016, sau khi được bầu giữ chức Chủ tịch UBND tỉnh Nghệ An, ông Lê Văn Hòa phát biểu.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("appointed", None, None)


def test_a_tenure_appointed_in_one_report_and_held_in_a_later_one_keeps_its_start():
    """The resolver joins both reports' statements into one tenure (kg/resolve.py, TenureRecord): the later
    report's "holds" is its status, the start the first report dated stays."""
    from kg.resolve import resolve

    first = build_report(report_id="a", source_file="a.txt", encoding="utf-8", meta={"date": "2017-02-08"},
                         text="Nhân sự mới\nSáng 7/2, UBND tỉnh Nghệ An trao quyết định bổ nhiệm ông Lê Văn Hòa "
                              "giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.")
    later = build_report(report_id="b", source_file="b.txt", encoding="utf-8", meta={"date": "2018-03-01"},
                         text="Phòng dịch\nÔng Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Nghệ An, kiểm tra công tác "
                              "phòng dịch tại huyện Quỳnh Lưu.")
    res = resolve([extract(first), extract(later)])
    got = [(r.status, r.start.iso() if r.start else None, r.end) for r in res.tenures.values()]
    assert got == [("holds", "2017-02-07", None)]


def told(text: str, status: str, keep=lambda p: True) -> list:  # noqa: ANN001
    """The posts of the report, each that ``keep`` picks told with ``status`` and undated, as this rule then
    dates them: a report that tells a career writes a past appointment as a post held (or former), and
    officials reads it so."""
    report = build_report(report_id="r", source_file="r.txt", text="Nhân sự mới\n" + text, encoding="utf-8")
    ex = extract(report)
    for p in ex.posts:
        if keep(p):
            p.status, p.start, p.end = status, None, None
    date_tenure_acts(report, ex)
    return ex.posts


def held(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """role + body -> (status, start, end) of each post, every post told as held."""
    return {f"{p.role} {p.org.name if p.org else ''}".strip():
            (p.status, p.start.iso() if p.start else None, p.end.iso() if p.end else None)
            for p in told(text, "holds")}


def test_a_month_of_a_year_opening_the_act_s_sentence_is_a_start_at_its_precision():
    got = dates("Tháng 4/2014, ông Lê Văn Hòa được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Y tế.")
    assert got["Thứ trưởng Bộ Y tế"] == ("appointed", "2014-04", None)
    got = dates("Hồi tháng 5/2013, tại Hội nghị Trung ương 7, ông Trần Văn Bình được bầu bổ sung vào Bộ Chính trị.")
    assert got["Ủy viên Bộ Chính trị"] == ("appointed", "2013-05", None)


def test_a_post_told_as_held_takes_the_date_of_the_act_that_governs_its_title():
    got = held("Tháng 4/2014, ông Lê Văn Hòa được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Y tế.")
    assert got["Thứ trưởng Bộ Y tế"] == ("holds", "2014-04", None)
    got = held("Qua kiểm tra, đoàn xác định ngày 12/3/2015, Giám đốc Sở Y tế bổ nhiệm bà Nguyễn Thị Thu giữ chức "
               "Phó trưởng phòng Nghiệp vụ Y.")
    assert got["Phó trưởng Phòng Nghiệp vụ Y"] == ("holds", "2015-03-12", None)


def test_a_title_written_as_an_apposition_of_the_person_is_not_the_act_s():
    got = held("Ngày 9/6/2014, HĐND tỉnh Nghệ An bầu ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND "
               "tỉnh Nghệ An.")
    assert got["Phó Bí thư Tỉnh ủy Nghệ An"] == ("holds", None, None)
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"] == ("holds", "2014-06-09", None)


def test_the_post_of_the_one_replaced_does_not_begin_on_the_act_s_day():
    posts = told("Ngày 2/10/2015, ông Lê Văn Hòa được bầu giữ chức Bí thư Tỉnh ủy Nghệ An thay cho ông Trần Văn "
                 "Bình được điều động về công tác khác.", "holds")
    assert {p.person.name: p.start.iso() if p.start else None for p in posts} == {
        "Lê Văn Hòa": "2015-10-02", "Trần Văn Bình": None}


def test_an_act_told_as_earlier_than_the_sentence_s_date_takes_none_of_it():
    got = held("Ngày 17/9/2013, ông Lê Văn Hòa được bổ nhiệm làm Chánh Văn phòng Tỉnh ủy Nghệ An thay ông Trần Văn "
               "Bình vì ông Bình trước đó đã được bổ nhiệm giữ chức Trưởng Ban Nội chính Tỉnh ủy Nghệ An.")
    assert got["Trưởng Ban Nội chính Tỉnh ủy Nghệ An"] == ("holds", None, None)


def test_a_date_written_after_an_earlier_act_is_that_act_s_not_the_next_one_s():
    got = dates("Ông Lê Văn Hòa công tác tại ngân hàng từ năm 1995 trước khi được bổ nhiệm làm Chánh Văn phòng Bộ "
                "Tài chính vào tháng 8/2012 và được bổ nhiệm làm Tổng giám đốc Ngân hàng Nông nghiệp.")
    assert got["Tổng giám đốc Ngân hàng Nông nghiệp"] == ("appointed", None, None)


def test_a_later_step_after_the_act_s_post_takes_no_date():
    got = dates("Tháng 9/2010, ông Lê Văn Hòa được bổ nhiệm giữ chức Phó Bí thư Đảng ủy Khối Doanh nghiệp Trung "
                "ương, sau đó là Bí thư Đảng ủy Khối Doanh nghiệp Trung ương.")
    assert got["Phó Bí thư Đảng ủy Khối Doanh nghiệp Trung ương"] == ("appointed", "2010-09", None)
    assert got["Bí thư Đảng ủy Khối Doanh nghiệp Trung ương"] == ("appointed", None, None)


def test_a_former_post_whose_title_a_removal_governs_ends_on_the_removal_s_date():
    posts = told("Cụ thể, tháng 3/2019, ông Lê Văn Hòa bị cách chức Bí thư Huyện ủy Quỳnh Lưu và cho thôi giữ "
                 "chức Ủy viên Ban Chấp hành Đảng bộ tỉnh Nghệ An.", "former")
    got = {p.org.name if p.org else "": (p.start, p.end.iso() if p.end else None) for p in posts}
    assert got["Ban Chấp hành Đảng bộ tỉnh Nghệ An"] == (None, "2019-03")
    got = held("Ông Lê Văn Hòa được bổ nhiệm làm Giám đốc Sở Y tế và cho thôi giữ chức Phó Chủ tịch UBND huyện "
               "Quỳnh Lưu từ ngày 1/4/2019.")
    assert got["Phó Chủ tịch Ủy ban nhân dân huyện Quỳnh Lưu"] == ("holds", None, None)


def test_a_death_told_before_another_holder_s_title_does_not_end_that_post():
    """A verb written after its title ("Bí thư A từ trần") acts on that title only: the post of the one named
    next, held then ("ông B đang làm Chủ tịch …"), does not end on the day."""
    def bình_chủ_tịch(p) -> bool:  # noqa: ANN001
        return p.person.name == "Trần Văn Bình" and p.role == "Chủ tịch"
    posts = told("Tháng 7/1986, Bí thư Tỉnh ủy Nghệ An Lê Văn Hòa từ trần, tại hội nghị đặc biệt, ông Trần Văn "
                 "Bình đang làm Chủ tịch UBND tỉnh Nghệ An được bầu giữ cương vị Bí thư Tỉnh ủy Nghệ An.", "former",
                 bình_chủ_tịch)
    assert [(p.start, p.end) for p in posts if bình_chủ_tịch(p)] == [(None, None)]
