"""A body named for several fields writes them as a list closed by "và", with commas between the
fields (round 34, orgs34): "Trường Trung cấp Y tế, dược và điều dưỡng", "Ủy ban Dân số, Gia đình và
Trẻ em". The name runs over the list to where it ends (punctuation, a place, the verb); a list whose
items are other bodies, persons or plural nouns is a list of things, and the first body ends at its
comma. Sentences written for these tests, in the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def written(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2017-06-10"},
                     title_from_first_line=False)
    return {o.written for o in extract(r).organizations}


def test_a_school_named_for_three_fields_then_its_province():
    assert written("Theo đề án, Trường Trung cấp Y tế, dược và điều dưỡng Bình Định sẽ được sáp nhập.") == {
        "Trường Trung cấp Y tế, dược và điều dưỡng Bình Định"}


def test_a_committee_named_in_title_case_with_its_level():
    assert written("Bà Trần Thị Hoa, Chủ nhiệm Ủy ban Dân số, Gia đình và Trẻ em huyện, phát biểu.") >= {
        "Ủy ban Dân số, Gia đình và Trẻ em"}
    assert "Ủy ban Dân số" not in written("Bà Trần Thị Hoa, Chủ nhiệm Ủy ban Dân số, Gia đình và Trẻ em huyện.")


def test_an_institute_s_fields_before_the_verb():
    assert written("Ông Lê Văn Tâm, Viện trưởng Viện Nghiên cứu văn hóa, giáo dục và môi trường cho biết.") == {
        "Viện Nghiên cứu văn hóa, giáo dục và môi trường"}


def test_other_bodies_after_the_comma_are_a_list_of_bodies():
    assert written("Hội đồng thi, Ban chấm thi và các điểm thi đã sẵn sàng.") >= {"Hội đồng thi", "Ban chấm thi"}


def test_a_plural_after_the_comma_is_no_field():
    assert written("Hội Nhà báo, các cơ quan báo chí và mỗi nhà báo cần gương mẫu.") == {"Hội Nhà báo"}


def test_persons_after_the_comma_are_no_fields():
    assert written("Ủy ban Văn hóa, Trần Văn Hà và Lê Văn Tâm đã dự.") == {"Ủy ban Văn hóa"}


def test_a_list_without_its_closing_field_is_not_taken():
    assert written("Ông Lê Văn Tâm, Viện trưởng Viện Nghiên cứu văn hóa, tham dự và phát biểu.") == {
        "Viện Nghiên cứu văn hóa"}
