"""Organizations: a company's own name whose first syllable is also a country's short name (round 32,
shapes32).

Vietnamese firms are named with the syllables of persons' names, and some of those are the short names
of countries too ("Đức" Germany, "Anh" England, "Mỹ" America, "Thái" Thailand). Written as the first
syllable of a two-syllable name ("Công ty TNHH Đức Phát"), the syllable is the name's, not the country's:
the name goes on to its second syllable. A body of the country keeps its country ("Đại sứ quán Đức tại
Hà Nội", "Tập đoàn Nga Gazprom": a foreign word after it; "Đại sứ quán Mỹ Ted Osius": a person's name).
Sentences are our own.
"""

from __future__ import annotations

import pytest

from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report


def extraction(text: str):
    r = Report(id="r1", text=text, source_file="r1.txt", published=PartialDate(2019, 4, 2))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def org_names(text: str) -> list[str]:
    return sorted({o.name for o in extraction(text).organizations})


def test_the_holder_of_a_post_in_a_company_named_with_a_country_syllable():
    ex = extraction("Ông Lê Minh Tâm, Giám đốc Công ty TNHH Đức Phát, cho biết doanh thu năm nay tăng.")
    assert [(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts] == [
        ("Lê Minh Tâm", "Giám đốc", "Công ty TNHH Đức Phát")]


@pytest.mark.parametrize("text,name", [
    ("Công ty Cổ phần Xây dựng Mỹ Lợi đã trúng thầu gói thầu số 3.", "Công ty Cổ phần Xây dựng Mỹ Lợi"),
    ("Ông Vũ Văn Hà làm việc tại Tổng công ty Anh Vũ từ năm 2010.", "Tổng công ty Anh Vũ"),
    ("Nhiều năm, Xí nghiệp Đức Thịnh là đơn vị dẫn đầu ngành.", "Xí nghiệp Đức Thịnh"),
])
def test_a_company_name_goes_on_past_a_country_syllable(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text,name", [
    ("Lãnh đạo Đại sứ quán Đức tại Hà Nội đã tới dự.", "Đại sứ quán Đức tại Hà Nội"),
    ("Tập đoàn Nga Gazprom đã ký thỏa thuận hợp tác.", "Tập đoàn Nga"),
    ("Đại sứ quán Mỹ Ted Osius phát biểu.", "Đại sứ quán Mỹ"),
])
def test_a_body_of_the_country_keeps_its_country(text, name):
    assert name in org_names(text)


# A province's other name that is also the name of one of its cities (districts.tsv: Huế, a city of Thừa
# Thiên Huế) names the city after the city's level word or a body only a city has; the province's own
# name is read as before.
@pytest.mark.parametrize("text,name", [
    ("Bà Hồ Thị Ngân, Chủ tịch UBND TP. Huế, cho biết sẽ chỉnh trang các tuyến phố.", "Ủy ban nhân dân thành phố Huế"),
    ("Hội nghị do Thường trực HĐND thành phố Huế tổ chức vào sáng nay.", "Hội đồng nhân dân thành phố Huế"),
    ("Ông Đặng Quốc Bảo, Bí thư Thành ủy Huế, dự và phát biểu.", "Thành ủy Huế"),
    ("Ông Đặng Quốc Bảo, Chủ tịch UBND tỉnh Thừa Thiên - Huế, dự và phát biểu.", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
    ("Ông Đặng Quốc Bảo, Chủ tịch UBND TP Hà Tĩnh, dự và phát biểu.", "Ủy ban nhân dân thành phố Hà Tĩnh"),
])
def test_a_city_named_like_its_province_by_another_name(text, name):
    names = org_names(text)
    assert name in names and not any("thành phố Thừa Thiên" in n or "Thành ủy Thừa Thiên" in n for n in names)
