"""A career step told with its year after the report's own appointment is a past step
(loaders/extract/past_steps.py): "former", or "holds" for a seat in a body (loaders/data/seat_roles.tsv).

The sentences are our own, written in the shape of corpus reports on an appointment followed by the
person's career; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str, date: str | None = None) -> dict[str, tuple[str, str | None]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8",
                          meta={"date": date} if date else None)
    return {f"{p.role} {p.org.name if p.org else ''}".strip(): (p.status, p.start.iso() if p.start else None)
            for p in extract(report).posts}


def test_a_dated_appointment_told_after_the_reports_own_is_a_past_step_over_when_a_later_one_follows():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND thành phố Cần Thơ. Ông Tâm quê Bến Tre. "
                "Năm 2012, ông được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Bến Tre. "
                "Ông được bầu giữ chức Phó Bí thư Thành ủy Cần Thơ tháng 4/2015.")
    assert got["Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"] == ("appointed", None)
    assert got["Giám đốc Sở Tài chính tỉnh Bến Tre"] == ("former", "2012")
    assert got["Phó Bí thư Thành ủy Cần Thơ"] == ("holds", "2015-04")  # the last step told: held still


def test_a_later_step_told_by_its_distance_from_the_one_before_is_a_past_step_too():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND thành phố Cần Thơ. Năm 2012, ông được bổ nhiệm làm "
                "Giám đốc Sở Tài chính tỉnh Bến Tre. Hai năm sau, ông được bầu làm Chủ tịch UBND tỉnh Bến Tre. "
                "Ông được bầu giữ chức Phó Bí thư Thành ủy Cần Thơ tháng 4/2015.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Bến Tre"][0] == "former"


def test_a_seat_in_a_body_gained_in_a_past_step_is_still_held():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh Long An. "
                "Tại Đại hội Đảng khóa XII, ông Tâm trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Long An"] == ("appointed", None)
    assert got["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"] == ("holds", "2016")


def test_the_appointment_told_first_stays_this_events_when_the_dated_one_comes_before_it():
    # the dated act is told first: it may be the report's own, nothing is changed
    got = posts("Tháng 4/2012, ông Lê Văn Tâm được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Bến Tre. "
                "Ông Tâm được bầu làm Chủ tịch UBND tỉnh Bến Tre.")
    assert got["Giám đốc Sở Tài chính tỉnh Bến Tre"][0] == "appointed"


def test_an_act_dated_with_its_day_is_an_event_not_a_step():
    got = posts("Ông Lê Văn Tâm được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Bến Tre. "
                "Ngày 5/3/2013, ông Tâm được bầu làm Chủ tịch HĐND tỉnh Bến Tre.")
    assert got["Chủ tịch Hội đồng nhân dân tỉnh Bến Tre"] == ("appointed", "2013-03-05")


def test_a_single_appointment_is_left_alone():
    got = posts("Ông Lê Văn Tâm quê Bến Tre. Ông được phê chuẩn giữ chức Giám đốc Sở Tài chính tỉnh Bến Tre "
                "tháng 4/2012.")
    assert got["Giám đốc Sở Tài chính tỉnh Bến Tre"][0] == "appointed"


def test_an_appointment_told_as_done_before_the_event_is_a_post_held():
    got = posts("Ông Trần Văn Hòa nhận quyết định làm Phó Trưởng Ban Kinh tế Trung ương. Trước đó ngày 7/10, "
                "Bộ Chính trị đã phân công ông Lê Văn Tâm làm Bí thư Tỉnh ủy Long An.", "2017-10-20")
    assert got["Bí thư Tỉnh ủy Long An"][0] == "holds"


def test_an_earlier_item_of_the_same_sitting_is_still_this_events_appointment():
    got = posts("Kỳ họp bầu ông Trần Văn Hòa làm Chủ tịch UBND tỉnh. Trước đó, sáng nay, kỳ họp cũng bầu "
                "ông Lê Văn Tâm giữ chức Chủ tịch HĐND tỉnh Long An.")
    assert got["Chủ tịch Hội đồng nhân dân tỉnh Long An"][0] == "appointed"


def test_a_removal_told_as_done_before_the_event_is_former():
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", text=(
        "Tin nhân sự\nÔng Trần Văn Hòa được bầu làm Bí thư Thành ủy Đà Nẵng. Trước đó, Ban Chấp hành "
        "Trung ương đã quyết định cho ông Lê Văn Tâm thôi giữ chức Bí thư Thành ủy Đà Nẵng."))
    got = {p.person.name: p.status for p in extract(report).posts}
    assert got["Lê Văn Tâm"] == "former"  # a removal cited as past


def test_a_post_gained_before_the_reports_act_of_another_post_is_held():
    got = posts("Bà Lê Thị Hoa được bầu làm Phó Chủ tịch nước. Trước khi được điều động làm Phó Chánh Văn phòng "
                "Trung ương Đảng, bà Hoa giữ chức Bí thư Tỉnh ủy Vĩnh Long.")
    assert got["Phó Chánh Văn phòng Trung ương Đảng"][0] == "holds"


def test_the_reports_own_act_told_again_after_truoc_khi_stays_appointed():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh Phú Yên. Trước khi được bầu làm Chủ tịch UBND "
                "tỉnh Phú Yên, ông Tâm là Phó Bí thư Tỉnh ủy.")
    assert got["Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"][0] == "appointed"


def test_an_earlier_act_told_as_also_one_of_the_reports_moves_stays_appointed():
    # "cũng" (also): one more move of the set the report tells, not a background act
    got = posts("Ông Trần Văn Hòa được bổ nhiệm làm Phó Chủ tịch UBND tỉnh. Trước đó, Ban Thường vụ Tỉnh ủy cũng "
                "đã có quyết định điều động ông Lê Văn Tâm giữ chức Trưởng Ban Tổ chức Tỉnh ủy Kiên Giang.")
    assert got["Trưởng Ban Tổ chức Tỉnh ủy Kiên Giang"][0] == "appointed"


def test_a_step_told_as_held_with_its_year_is_over_when_the_career_goes_on():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND thành phố. Đầu năm 2007, ông Tâm là Bí thư Quận ủy "
                "quận 2 trước khi về tỉnh. Ông được điều động giữ chức Phó Bí thư Tỉnh ủy Bến Tre.")
    assert got["Bí thư Quận ủy quận 2"] == ("former", "2007")


def test_a_step_held_to_this_day_stays_held():
    got = posts("Ông Lê Văn Tâm được bầu làm Chủ tịch UBND thành phố. Năm 2015, ông Tâm là Bí thư Quận ủy "
                "quận 2 đến nay. Ông được điều động giữ chức Phó Bí thư Tỉnh ủy Bến Tre.")
    assert got["Bí thư Quận ủy quận 2"][0] == "holds"


def test_a_removal_on_a_submission_read_earlier_at_this_sitting_is_this_events():
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", text=(
        "Tin nhân sự\nHĐND thành phố bầu ông Trần Văn Hòa làm Phó Chủ tịch UBND thành phố. Trước đó, Chủ tịch "
        "UBND thành phố đã đọc tờ trình, HĐND đã miễn nhiệm Ủy viên UBND thành phố đối với ông Lê Văn Tâm."))
    got = {p.person.name: p.status for p in extract(report).posts if p.role_id == "uy_vien"}
    assert got["Lê Văn Tâm"] == "left"


def test_a_step_followed_only_by_earlier_dated_or_undated_former_posts_is_held_still():
    # the posts told after the step are older ones ("nguyên là ...", "Từ tháng 1/2013 ..."), not later steps
    got = posts("Ông Lê Văn Tâm được bầu vào Ban Bí thư Trung ương Đảng. Ông được Bộ Chính trị phân công giữ "
                "chức Trưởng ban Nội chính Trung ương tháng 2/2016. Ông nguyên là Bí thư Tỉnh ủy Nghệ An. "
                "Từ tháng 1/2013, ông được điều động làm Phó trưởng ban Nội chính Trung ương.")
    assert got["Trưởng Ban Nội chính Trung ương"] == ("holds", "2016-02")
    assert got["Bí thư Tỉnh ủy Nghệ An"][0] == "former"
