"""Twenty-second round (events23), directives: a document's title ends before the next document its list names.
Our own sentences, in the shape of reports; the exact facts out."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives
from tests.fixtures_directives import make_doc


def titles(text: str) -> dict[str | None, str | None]:
    """symbol -> title of every document found by a number."""
    return {d.symbol: d.title for d in find_directives(make_doc(text, "2021-04-20").report) if d.symbol}


def test_a_title_ends_before_another_document_named_by_its_capitalised_type_word():
    """"vi phạm Quy định số 42 … về nhiệm vụ …, thành uỷ và Quy chế làm việc của Thành uỷ, đã ảnh hưởng …": the
    regulation's subject ends before "và Quy chế …", another document; a title that names documents itself ("về
    sửa đổi Luật X và Luật Y") keeps both."""
    assert titles("Ban Thường vụ đã vi phạm Quy định số 42 của Ban Bí thư về nhiệm vụ của thường trực tỉnh uỷ, "
                  "thành uỷ và Quy chế làm việc của Thành uỷ, đã ảnh hưởng đến uy tín.") == {
        "42": "về nhiệm vụ của thường trực tỉnh uỷ, thành uỷ"}
    assert titles("Chính phủ ban hành Nghị định số 12 về sửa đổi Luật Đất đai và Luật Nhà ở; các bộ thi hành.") == {
        "12": "về sửa đổi Luật Đất đai và Luật Nhà ở"}
