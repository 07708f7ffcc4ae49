"""Person IRIs (issue 15, seventeenth round, second leg): a person is named after his best-attested
mention, never after a misspelling of his name that joined him only because it is one. Every
sentence is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from tests.test_persons17 import _report


def _iri_of(text: str, name: str) -> set[str]:
    from kg.resolve import resolve

    exs = [_report("a", text, (2018, 10, 4))]
    res = resolve(exs)
    return {str(res.of(p)) for ex in exs for p in ex.persons if p.name == name}


@pytest.mark.parametrize(("name", "misspelt"), [
    # the misspelling sorts after the name
    ("Phan Thanh Quế", "Phan Thành Quế"),
    # the misspelling sorts before it: it still does not name the person
    ("Phan Thành Quế", "Phan Thanh Quế"),
    ("Trịnh Văn Chiến", "Trịnh Văn Chiên"),
])
def test_a_person_is_named_after_his_name_not_after_its_misspelling(name, misspelt):
    text = (f"Ông {name}, Bí thư Tỉnh ủy Bến Tre, chủ trì hội nghị. Ông {name} cho biết tỉnh sẽ kiến nghị."
            f"\n\nBí thư Tỉnh ủy {misspelt} phát biểu.")
    iris = _iri_of(text, name)
    assert iris == _iri_of(text, misspelt)  # one person
    assert iris == _iri_of(text.replace(misspelt, name), name)  # the IRI the right spelling alone gets


# --- an epithet across reports ------------------------------------------------------------------

def test_an_epithet_is_the_person_of_the_full_name_across_reports():
    from kg.resolve import resolve

    exs = [_report("a", "Đoàn đại biểu dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích.", (2019, 5, 19)),
           _report("b", "Các em thiếu nhi học tập và làm theo lời dạy của Bác Hồ kính yêu.", (2019, 5, 20))]
    res = resolve(exs)
    iris = {p.name: str(res.of(p)) for ex in exs for p in ex.persons}
    assert set(iris) == {"Hồ Chí Minh", "Bác Hồ"}  # each report keeps the name it writes
    assert iris["Bác Hồ"] == iris["Hồ Chí Minh"]
    assert "ho-chi-minh" in iris["Bác Hồ"]  # named after the full name


def test_an_epithet_alone_stays_its_own_person():
    exs = [_report("b", "Các em thiếu nhi học tập và làm theo lời dạy của Bác Hồ kính yêu.", (2019, 5, 20))]
    from kg.resolve import resolve

    res = resolve(exs)
    assert [p.name for ex in exs for p in ex.persons if res.of(p) is not None] == ["Bác Hồ"]


def test_a_mention_joined_as_a_misspelling_or_an_epithet_names_the_iri_last():
    from kg.persons import Link
    from kg.resolve import _spelt

    links = [Link(1, 2, "spelling", "", 0.8), Link(1, 3, "epithet", "", 0.9), Link(1, 4, "title", "", 0.85)]
    assert _spelt(links) == {2, 3}


# --- two spellings of one name, written once each ------------------------------------------------

def test_two_spellings_written_once_each_one_with_a_post_are_one_person():
    from tests.test_persons17 import _iris

    exs = [_report("a", "Hội đồng đã miễn nhiệm ông Lạc Nam Thịnh, Giám đốc Sở Xây dựng. Kết quả, ông Lạc Thịnh Nam "
                        "được 100% đại biểu bỏ phiếu đồng ý.", (2021, 6, 4))]
    iris = _iris(exs, "Lạc Nam Thịnh") | _iris(exs, "Lạc Thịnh Nam")
    assert len(iris) == 1
    assert "lac-nam-thinh" in next(iter(iris))  # named after the one with the post


def test_two_spellings_written_once_each_both_with_posts_or_none_stay_two():
    from tests.test_persons17 import _iris

    exs = [_report("a", "Danh sách gồm: 1. Lê Văn Hiến, Tư lệnh Quân khu 3; 2. Lê Văn Hiện, Chánh án Tòa án "
                        "nhân dân tối cao.", (2006, 4, 25)),
           _report("b", "Danh sách người ứng cử gồm ông Lạc Văn Thục (sinh năm 1970) và ông Lạc Văn Thực "
                        "(sinh năm 1975).", (2021, 3, 1))]
    assert len(_iris(exs, "Lê Văn Hiến") | _iris(exs, "Lê Văn Hiện")) == 2
    assert len(_iris(exs, "Lạc Văn Thục") | _iris(exs, "Lạc Văn Thực")) == 2
