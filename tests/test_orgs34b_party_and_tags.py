"""Two writings that name no body of the report (round 34, orgs34b, wtune34's cause C16): "Đảng" as
the object of work on the Party ("Điều lệ Đảng", "xây dựng, chỉnh đốn Đảng"; the Party is listed only
where it acts, tests/gold/README.md), and a newspaper's name in brackets before a dash that opens the
report ("(Báo X) - Sáng ...", the outlet's tag, as "(NLĐ)-" is). Sentences written for these tests, in
the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def written(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2024-06-10"},
                     title_from_first_line=False)
    return {o.written for o in extract(r).organizations}


def test_the_party_s_statute_and_its_rectification_name_no_body():
    assert written("Chi bộ quán triệt các quy định về xây dựng, chỉnh đốn Đảng, thực hiện nghiêm Điều lệ "
                   "Đảng.") == {"Chi bộ"}
    assert written("Hội Cựu chiến binh tỉnh học tập Điều lệ Đảng và bàn việc chỉnh đốn Đảng.") == {
        "Hội Cựu chiến binh tỉnh"}


def test_the_party_acting_is_still_a_body():
    assert written("Đảng lãnh đạo công tác xây dựng, chỉnh đốn Đảng trong toàn hệ thống.") == {"Đảng"}


def test_a_newspaper_s_tag_opening_the_report_is_no_body():
    assert written("Hội nghị tổng kết năm\n(Báo Quảng Trị) - Chiều 4/1, Sở Tư pháp tổ chức hội nghị.") == {
        "Sở Tư pháp"}


def test_a_newspaper_named_in_the_text_is_a_body():
    assert written("Chiều 4/1, Báo Quảng Trị tổ chức hội nghị bạn đọc.") == {"Báo Quảng Trị"}
