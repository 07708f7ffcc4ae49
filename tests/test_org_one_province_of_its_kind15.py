"""A provincial body written without its province ("Thành ủy", "UBND tỉnh") in a report that names
only one province of that kind (a city for "Thành ủy", a province for "Tỉnh ủy") is that province's,
even when the report's own province is of the other kind or is not known. Not when the report names
two of that kind, a city below the province, or provinces in general. Sentences written for these
tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def _names(text: str, province: str | None = None) -> set[str]:
    return {name for _, name in orgs_of(text, province)}


def test_a_bare_city_committee_is_the_one_city_the_report_names():
    text = ("Ông Lê Văn Tám, Phó Bí thư Thành ủy TP.HCM, làm việc với Tỉnh ủy Tây Ninh. "
            "Sau đó Thành ủy đã đề nghị tỉnh hỗ trợ.")
    assert _names(text) == {"Thành ủy Hồ Chí Minh", "Tỉnh ủy Tây Ninh"}
    # the report's own province is a tỉnh: a "Thành ủy" is not its, but the city's it names
    assert "Thành ủy Hồ Chí Minh" in _names("Thành ủy đã họp. Bí thư Thành ủy TP.HCM chủ trì.", "Tây Ninh")


def test_a_bare_provincial_council_is_the_one_province_the_report_names():
    text = ("Ông Trần Văn Lâm, Chủ tịch UBND tỉnh Phú Thọ, dự họp. "
            "HĐND tỉnh đã thông qua nghị quyết về đất đai.")
    assert _names(text) == {"Ủy ban nhân dân tỉnh Phú Thọ", "Hội đồng nhân dân tỉnh Phú Thọ"}


def test_two_cities_named_leave_a_bare_committee_to_neither():
    text = ("Bí thư Thành ủy Hà Nội và Bí thư Thành ủy Đà Nẵng cùng dự. Thành ủy đã có văn bản.")
    assert "Thành ủy" in _names(text)


def test_a_province_written_outside_a_body_counts_too():
    text = ("Tại Long An, UBND tỉnh đã ra quyết định. Ông Đỗ Văn Bình, Giám đốc Sở Y tế tỉnh Lâm Đồng, "
            "cho biết thêm.")
    assert "Ủy ban nhân dân tỉnh" in _names(text)


def test_a_city_below_the_province_or_provinces_in_general_leave_it_unplaced():
    text = ("Ông Lê Văn Sự, nguyên Bí thư Thành ủy, Chủ tịch HĐND TP Hội An, phát biểu. "
            "Lãnh đạo Thành ủy Đà Nẵng đã tiếp ông.")
    # the bare "Thành ủy" of a title run takes the city the run ends with (thirty-sixth round), never Đà Nẵng
    assert "Thành ủy Đà Nẵng" in _names(text) and "Thành ủy Hội An" in _names(text)
    text = "Có một số tỉnh bỏ học cao nên UBND tỉnh đã ra văn bản. Sở Y tế tỉnh Bắc Ninh cho biết."
    assert "Ủy ban nhân dân tỉnh" in _names(text)
