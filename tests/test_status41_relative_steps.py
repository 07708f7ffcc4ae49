"""A career step told by its distance from the step before is over when a later step is told.

A biography tells a career in order: "Năm 1998, ông A là Phó Bí thư Thành đoàn. Một năm sau, ông A giữ chức
Bí thư Thành đoàn. Năm 2005, ông được bầu làm Chủ tịch UBND quận." The middle sentence opens with its
distance from the step before ("Một năm sau", "Trong sáu năm sau đó", "5 năm tiếp theo":
loaders/data/earlier_acts.tsv, use step); with a post of the person told before it and another told after,
its post is a past step: "former". The last step told may be held still. The sentences are our own; the
names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def statuses(text: str) -> dict[str, str]:
    report = build_report(report_id="r", source_file="r.txt", text="Tiểu sử\n" + text, encoding="utf-8",
                          meta={"date": "2018-03-05"})
    return {f"{p.role} {p.org.name if p.org else ''}".strip(): p.status for p in extract(report).posts}


def test_a_middle_step_a_year_after_the_one_before_is_former():
    got = statuses("Ông Trần Văn Bình sinh năm 1960. Năm 1998, ông là Phó Bí thư Thành đoàn Hải Phòng. "
                   "Một năm sau, ông Bình giữ chức Bí thư Thành đoàn Hải Phòng. "
                   "Năm 2005, ông được bầu làm Chủ tịch UBND quận Lê Chân.")
    assert got["Bí thư Thành đoàn Hải Phòng"] == "former"
    assert got["Chủ tịch Ủy ban nhân dân quận Lê Chân"] == "holds"


def test_a_step_in_the_years_after_the_one_before_is_former():
    got = statuses("Năm 1995, ông Trần Văn Bình làm Phó trưởng ban Tuyên giáo Tỉnh uỷ Nam Định. Trong sáu năm "
                   "sau đó ông đảm nhận vị trí Trưởng ban Kinh tế Tỉnh uỷ Nam Định. Năm 2010, ông được bầu làm "
                   "Bí thư Tỉnh uỷ Nam Định.")
    assert got["Trưởng Ban Kinh tế Tỉnh ủy Nam Định"] == "former"


def test_a_numbered_span_of_following_years_is_a_step_too():
    got = statuses("Năm 1985, ông Trần Văn Bình là Trưởng phòng Kế hoạch Công ty Xây dựng số 1. 5 năm tiếp theo "
                   "ông làm Phó Giám đốc Công ty Xây dựng số 1. Năm 2001, ông được bổ nhiệm làm Giám đốc Sở Xây "
                   "dựng tỉnh Nam Định.")
    assert got["Phó Giám đốc Công ty Xây dựng số 1"] == "former"


def test_the_last_step_told_is_held_still():
    got = statuses("Năm 1995, ông Trần Văn Bình làm Phó trưởng ban Tuyên giáo Tỉnh uỷ Nam Định. Một năm sau, "
                   "ông Bình giữ chức Trưởng ban Kinh tế Tỉnh uỷ Nam Định.")
    assert got["Trưởng Ban Kinh tế Tỉnh ủy Nam Định"] == "holds"
