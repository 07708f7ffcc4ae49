"""A title whose role phrase holds its body's whole name written in lower case ("Tổng kiểm toán Nhà
nước"): the text names the title, not the body, so the report names no body there; a holder's post
is the whole title with no body, as the read sets' gold writes it (bodyless_heads.tsv; dev, mid18).
Written with the body's capital ("Tổng Kiểm toán Nhà nước") the body is named.
Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def _bodies(text: str) -> set[str]:
    return {o.name for o in officials(text).organizations}


def test_a_title_in_a_list_of_offices_in_lower_case_names_no_body():
    assert "Kiểm toán Nhà nước" not in _bodies("Quốc hội sẽ bầu Tổng thư ký Quốc hội, Tổng kiểm toán Nhà nước.")
    assert "Kiểm toán Nhà nước" not in _bodies("Quốc hội bỏ phiếu bầu chức danh tổng kiểm toán nhà nước.")


def test_the_title_written_with_the_bodys_capital_names_the_body():
    assert "Kiểm toán Nhà nước" in _bodies("Quốc hội sẽ bầu Tổng thư ký Quốc hội, Tổng Kiểm toán Nhà nước.")


def test_a_holder_of_the_lower_case_title_holds_the_whole_title():
    assert facts("Ông Trần Văn Nam, Tổng kiểm toán Nhà nước, cho biết.") == {
        ("Trần Văn Nam", "Tổng kiểm toán Nhà nước", None, "holds")}
