"""A body's code of letters and a number written in brackets after its name ("(B 41)", "(C17)") is
the report's short name of it: "Cục B41", "bệnh viện C17", and the units written of it ("Đảng uỷ Cục
B41") are that body's; the transport ministry's project unit 18 by its code "PMU 18" (orgs28). The
sentences are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def names(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-03"},
                     title_from_first_line=False)
    return {o.name for o in extract(r).organizations}


def test_a_code_written_spaced_out_in_brackets_then_glued():
    got = names("Ông Trần Văn Cường, Cục trưởng Cục Chính trị - Hậu cần (B 41), Tổng cục Tình báo, phát biểu. "
                "Quy chế của Đảng uỷ Cục B41 đã bị vi phạm, trái với chức năng của Cục B41, theo kết luận.")
    assert "Cục Chính trị - Hậu cần" in got
    assert "Đảng ủy Cục Chính trị - Hậu cần" in got
    assert not any("B41" in name for name in got)


def test_a_code_written_glued_in_brackets():
    got = names("Ông Tô Văn Tỵ, Phó Giám đốc Bệnh viện Quân y 17 (C17) cho biết các thi hài đã được "
                "đưa về bệnh viện C17 an toàn.")
    assert got == {"Bệnh viện Quân y 17"}


def test_the_transport_ministry_s_project_unit_18_by_its_code():
    got = names("Các sai phạm ở PMU 18 đã được kiểm tra; sau vụ PMU18, các PMU khác phải rà soát.")
    assert got == {"Ban Quản lý dự án giao thông 18"}
