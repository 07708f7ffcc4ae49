"""A department's name in sentence case ends with the field it works in (round 33, orgs33b): "Vụ"
or "Cục" + a capitalised task word + the field of domains.tsv in lower case ("Vụ Chính sách thuế",
"Cục Tin học và Thống kê tài chính"). The name goes on to the field's end where a function word or
the sentence's verb follows it, not only before punctuation. Sentences written for these tests, in
the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def written(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2019-03-02"},
                     title_from_first_line=False)
    return {o.written for o in extract(r).organizations}


def test_the_field_before_a_function_word_ends_the_name():
    assert written("Ông Trần Văn Hải từng làm việc ở Vụ Chính sách thuế trước khi về tỉnh.") == {
        "Vụ Chính sách thuế"}


def test_the_field_after_a_name_of_two_capitalised_parts():
    assert written("Ông Lê Minh, Phó Cục trưởng Cục Tin học và Thống kê tài chính đến nhận nhiệm vụ mới.") == {
        "Cục Tin học và Thống kê tài chính"}


def test_a_verb_after_the_task_word_is_no_field():
    assert written("Vụ Kế hoạch chủ trì việc rà soát.") == {"Vụ Kế hoạch"}
    assert written("Cục Hải quan đề nghị làm rõ.") == {"Cục Hải quan"}
