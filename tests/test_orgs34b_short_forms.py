"""A unit written with its owner's bare head ("Đảng ủy Sở", "Công đoàn Sở") is the unit of the one
body of that kind the report names, also where the report names that body only as the owner of a
unit ("Ban Thường vụ Đảng ủy Sở Xây dựng", round 34, orgs34b, wtune34's cause C15): one body
written two ways, not a second one. Sentences written for these tests, in the shape of the reports'
own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def names(text: str) -> dict[str, str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2024-06-10"},
                     title_from_first_line=False)
    return {o.written: o.name for o in extract(r).organizations}


def test_the_party_committee_of_the_one_department_named_only_as_an_owner():
    got = names("Đoàn công tác làm việc với Ban Thường vụ Đảng ủy Sở Xây dựng. Thay mặt Đảng ủy Sở, "
                "ông Trần Văn Hùng phát biểu.")
    assert got["Đảng ủy Sở"] == "Đảng ủy Sở Xây dựng"


def test_two_departments_named_leave_the_short_form_alone():
    got = names("Đoàn làm việc với Ban Thường vụ Đảng ủy Sở Xây dựng và Đảng ủy Sở Tài chính. Thay mặt "
                "Đảng ủy Sở, ông Trần Văn Hùng phát biểu.")
    assert got["Đảng ủy Sở"] == "Đảng ủy Sở"


def test_a_bare_party_committee_before_a_title_of_the_department_named_bare():
    got = names("Làm việc với Ban Thường vụ Đảng ủy Sở Xây dựng có ông Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc "
                "Sở; bà Lê Thị Mai, Phó Bí thư Đảng ủy, Phó Giám đốc Sở cùng dự.")
    assert got["Đảng ủy"] == "Đảng ủy Sở Xây dựng"


def test_a_bare_party_committee_before_another_body_s_title_stays_bare():
    got = names("Làm việc với Ban Thường vụ Đảng ủy Sở Xây dựng có ông Trần Văn Hùng, Bí thư Đảng ủy, Chủ tịch "
                "Công đoàn; bà Lê Thị Mai cùng dự.")
    assert got["Đảng ủy"] == "Đảng ủy"
