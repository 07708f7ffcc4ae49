"""A department's written name may run on in lower case past a field that would end a shorter
name (round 40, orgs40b): "Vụ Tài chính các ngân hàng và tổ chức tài chính" is not "Vụ Tài chính",
"Cục Văn hóa cơ sở" is not "Cục Văn hóa". Such bodies are rows of organizations.tsv with their full
name, so the field read after the head does not cut the name short. Sentences written for these
tests."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def _extraction(text: str):
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2017-06-10"},
                     title_from_first_line=False)
    return extract(r)


def written(text: str) -> set[str]:
    return {o.written for o in _extraction(text).organizations}


def posts(text: str) -> set[tuple[str, str, str, str]]:
    return {(p.person.name, p.role, p.org.name if p.org else "-", p.status) for p in _extraction(text).posts}


def test_a_former_director_of_a_ministry_department_with_a_long_name():
    assert posts("Ông Trần Văn Bình, nguyên Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính "
                 "(Bộ Tài chính), vừa được bổ nhiệm.") >= {
        ("Trần Văn Bình", "Vụ trưởng", "Vụ Tài chính các ngân hàng và tổ chức tài chính", "former")}


def test_the_long_name_is_the_body_not_its_field_alone():
    found = written("Ông Trần Văn Bình, nguyên Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính "
                    "(Bộ Tài chính), vừa được bổ nhiệm.")
    assert "Vụ Tài chính các ngân hàng và tổ chức tài chính" in found and "Vụ Tài chính" not in found


def test_a_department_named_for_its_field_and_a_lower_case_word():
    assert posts("Bà Lê Thị Hoa, Phó Cục trưởng Cục Văn hóa cơ sở, cho biết như vậy.") == {
        ("Lê Thị Hoa", "Phó Cục trưởng", "Cục Văn hóa cơ sở", "holds")}


def test_an_institute_named_in_lower_case_after_its_field():
    assert "Viện Y học" not in written("Bệnh nhân đang được điều trị tại Viện Y học lâm sàng các bệnh nhiệt đới.")


def test_the_short_department_still_reads_where_no_long_name_follows():
    assert written("Ông Trần Văn Bình, Vụ trưởng Vụ Tài chính, cho biết như vậy.") >= {"Vụ Tài chính"}
