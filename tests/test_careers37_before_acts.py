"""A post named after "Trước khi được … làm" is one the person gained before the report's event: held,
unless the report tells that appointment as its own act in another sentence or in its headline
(loaders/extract/past_steps.py, ``_told_again``).

The sentences are our own, written in the shape of corpus reports that give a person's career as
background (an inspection, a successor's election, a portrait); the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def statuses(text: str, headline: str = "Tin nhân sự") -> dict[str, str]:
    report = build_report(report_id="r", source_file="r.txt", text=headline + "\n" + text, encoding="utf-8")
    return {f"{p.person.name}: {p.role} {p.org.name if p.org else ''}".strip(): p.status
            for p in extract(report).posts}


def test_a_post_gained_before_a_report_about_something_else_is_held():
    got = statuses("Đoàn thanh tra đã làm việc với ông Lê Văn Tâm về khu nhà ở. Trước khi được bổ nhiệm làm "
                   "Giám đốc Sở Tài chính tỉnh Phú Yên, ông Tâm đã có nhiều năm làm Phó Giám đốc Sở Xây dựng.",
                   headline="Thanh tra khu nhà của một giám đốc sở")
    assert got["Lê Văn Tâm: Giám đốc Sở Tài chính tỉnh Phú Yên"] == "holds"


def test_a_career_told_first_in_the_report_keeps_the_post_held():
    got = statuses("Trước khi được điều động làm Phó Trưởng Ban Nội chính Tỉnh ủy, ông Trần Văn Hòa giữ chức "
                   "Bí thư Huyện ủy Tuy An.", headline="Chân dung một cán bộ trẻ")
    assert got["Trần Văn Hòa: Phó Trưởng Ban Nội chính Tỉnh ủy Phú Yên"] == "holds"


def test_the_reports_own_act_told_in_its_headline_without_the_name_stays_appointed():
    got = statuses("Trước khi được bầu làm Bí thư Tỉnh ủy Phú Yên, ông Lê Văn Tâm là Phó Bí thư Tỉnh ủy.",
                   headline="Chủ tịch tỉnh được bầu làm Bí thư Tỉnh ủy")
    assert got["Lê Văn Tâm: Bí thư Tỉnh ủy Phú Yên"] == "appointed"


def test_a_deputy_in_the_headline_is_not_the_head_told_after_truoc_khi():
    got = statuses("Trước khi được bầu làm Bí thư Tỉnh ủy Phú Yên, ông Lê Văn Tâm là Chủ tịch UBND tỉnh.",
                   headline="Tỉnh ủy Phú Yên bầu bổ sung Phó Bí thư")
    assert got["Lê Văn Tâm: Bí thư Tỉnh ủy Phú Yên"] == "holds"


def test_the_reports_own_act_told_again_further_on_with_the_name_stays_appointed():
    got = statuses("Trước khi được bầu làm Bí thư Tỉnh ủy Phú Yên, ông Lê Văn Tâm là Phó Bí thư Thường trực. "
                   "Sáng 16/10, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh đã họp. Ông Lê Văn Tâm được bầu "
                   "giữ chức Bí thư Tỉnh ủy thay ông Trần Văn Hòa.", headline="Phú Yên có bí thư mới")
    assert got["Lê Văn Tâm: Bí thư Tỉnh ủy Phú Yên"] == "appointed"


def test_an_appointment_told_as_earlier_is_not_the_reports_act_told_again():
    got = statuses("Ông Trần Văn Hòa vừa được bầu giữ chức Chủ tịch UBND tỉnh Phú Yên, thay ông Lê Văn Tâm, người "
                   "trước đó đã được điều động làm Thứ trưởng Bộ Tài chính. Trước khi được điều động làm Thứ trưởng "
                   "Bộ Tài chính, ông Lê Văn Tâm từng giữ chức Giám đốc Sở Tài chính.",
                   headline="Phú Yên có chủ tịch tỉnh mới")
    assert got["Lê Văn Tâm: Thứ trưởng Bộ Tài chính"] == "holds"


def test_a_later_step_of_the_career_is_not_the_reports_act_told_again():
    got = statuses("Trước khi được bầu làm Phó Bí thư Tỉnh ủy, ông Lê Văn Tâm là Chỉ huy trưởng Bộ Chỉ huy Quân sự "
                   "tỉnh. Chiều 2/12, HĐND tỉnh Phú Yên đã bầu ông Lê Văn Tâm giữ chức Chủ tịch UBND tỉnh. Sau đó, "
                   "tại Đại hội Đảng bộ tỉnh, ông Tâm được bầu giữ chức Phó Bí thư Tỉnh ủy.",
                   headline="Chủ tịch tỉnh Phú Yên là đại tá quân đội")
    assert got["Lê Văn Tâm: Phó Bí thư Tỉnh ủy Phú Yên"] == "holds"
