"""Persons (issue 15, seventeenth round): a name written right after a country whose last syllable
is also a common noun of place ("Nhật Bản": "bản" is a village only in lower case); a foreign party
leader named after his party's abbreviation; and, across reports, a secretary whose province the
extractor guessed. Every sentence is written for these tests; the names are made up."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of


@pytest.mark.parametrize(("text", "persons"), [
    # an ambassador named after the country he serves in
    ("Dự lễ có Đại sứ Việt Nam tại Nhật Bản Lương Văn Tâm và đại diện các bộ.", ["Lương Văn Tâm"]),
    # the same after another title in a list
    ("Có mặt Bí thư Tỉnh ủy Lò Văn Hải; Đại sứ Việt Nam tại Nhật Bản Đặng Minh Quý.",
     ["Lò Văn Hải", "Đặng Minh Quý"]),
])
def test_a_name_after_a_country_ending_in_a_place_word(text, persons):
    assert persons_of(officials(text)) == persons


@pytest.mark.parametrize("text", [
    # a village written with its word in lower case is still a village
    "Đoàn công tác về thăm bản Lò Văn Mạnh của huyện.",
    # a street is still a street
    "Cửa hàng nằm trên phố Lê Văn Hưu.",
])
def test_a_lower_case_place_word_still_names_a_place(text):
    assert persons_of(officials(text)) == []


@pytest.mark.parametrize(("text", "persons"), [
    # a party leader after his party's abbreviation
    ("Đoàn sang thăm theo lời mời của Chủ tịch KPP Sam Rin.", ["Sam Rin"]),
    # the abbreviation in brackets after the party's name
    ("Đoàn sang thăm theo lời mời của Chủ tịch Đảng Nhân dân Campuchia (KPP) Sam Rin.", ["Sam Rin"]),
])
def test_a_foreign_leader_after_his_party_s_abbreviation(text, persons):
    assert persons_of(officials(text)) == persons


@pytest.mark.parametrize("text", [
    # a state's form in capitals names the country after it, no person
    "Ông gặp Tổng thống CHLB XHCN Nam Tư năm 1973.",
    # a body after the abbreviation is no person
    "Chủ tịch HĐQT Tập đoàn Vingroup cho biết như vậy.",
    # an abbreviation that follows no title, before a port's name
    "Thanh tra Chính phủ kết luận thanh tra việc CPH Cảng Hòa Bình có sai phạm.",
])
def test_after_a_state_s_form_or_before_a_body_no_person(text):
    assert persons_of(officials(text)) == []


@pytest.mark.parametrize(("text", "persons", "posts"), [
    # the short form of the name in brackets: one person, the titles after it are his
    ("Ông Lương Văn Hòa (Lương Hòa - sinh năm 1957), Ủy viên Bộ Chính trị, phát biểu.",
     ["Lương Văn Hòa"], [("Lương Văn Hòa", "Ủy viên", "Bộ Chính trị")]),
    # a religious name after "tức"
    ("Đơn vị còn có ông Đặng Minh Khôi (tức hòa thượng Thích Bảo An) - tu sĩ Phật giáo.", ["Đặng Minh Khôi"], []),
    # a real name given in brackets
    ("Tên ấy do ông Nguyễn Sơn Hà đặt (tên thật của ông là Phạm Hữu Lộc).", ["Nguyễn Sơn Hà"], []),
])
def test_a_name_in_brackets_that_is_another_name_of_the_person(text, persons, posts):
    ex = officials(text)
    assert persons_of(ex) == persons
    assert [(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts] == posts


def test_a_second_person_in_brackets_stays_a_person():
    # a different name in brackets (a spouse) is a person of its own
    assert persons_of(officials("Bà Lê Thị Hoa (vợ ông Trần Văn Bình) đứng tên lô đất.")) == \
        ["Lê Thị Hoa", "Trần Văn Bình"]


# --- who is who across reports: a secretary written with the province for its body ----------------

def _report(rid: str, text: str, when: tuple[int, int, int]):
    from kg.loaders.extract.pipeline import extract
    from kg.loaders.sentences import split_paragraphs, split_sentences
    from kg.model import PartialDate, Report

    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(*when))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def _iris(exs, name: str) -> set[str]:
    from kg.resolve import resolve

    res = resolve(exs)
    return {str(res.of(p)) for ex in exs for p in ex.persons if p.name == name}


_ELECTIONS = ("Tân Bí thư các tỉnh\n\nĐại hội Đảng bộ tỉnh Kiên Giang bầu ông Trần Văn Hòa giữ chức Bí thư "
              "Tỉnh uỷ. Đại hội Đảng bộ tỉnh Đồng Tháp bầu ông Nguyễn Văn Hải giữ chức {role} Tỉnh uỷ.")


def test_a_secretary_of_a_guessed_party_committee_joins_the_secretary_written_with_his_province():
    exs = [_report("a", _ELECTIONS.format(role="Bí thư"), (2020, 10, 20)),
           _report("b", "Phát biểu tại hội nghị, ông Nguyễn Văn Hải, Bí thư tỉnh Đồng Tháp, nêu mô hình mới.",
                   (2021, 3, 1))]
    assert len(_iris(exs, "Nguyễn Văn Hải")) == 1


@pytest.mark.parametrize(("role", "later"), [
    # a deputy secretary is not the secretary
    ("Phó Bí thư", "ông Nguyễn Văn Hải, Bí thư tỉnh Đồng Tháp"),
    # the same role in another province is someone else
    ("Bí thư", "ông Nguyễn Văn Hải, Bí thư tỉnh Bến Tre"),
])
def test_another_role_or_another_province_stays_apart(role, later):
    exs = [_report("a", _ELECTIONS.format(role=role), (2020, 10, 20)),
           _report("b", f"Phát biểu tại hội nghị, {later}, nêu mô hình mới.", (2021, 3, 1))]
    assert len(_iris(exs, "Nguyễn Văn Hải")) == 2


def test_a_name_misspelt_once_in_a_report_is_the_person_written_more_often():
    exs = [_report("a", "Ông Phan Thanh Quế, Trưởng đoàn ĐBQH thành phố, chủ trì buổi tiếp xúc. Ông Phan Thanh Quế "
                        "cho biết sẽ kiến nghị lên Chính phủ.\n\nTrưởng đoàn ĐBQH Phan Thành Quế phát biểu.",
                   (2018, 10, 4)),
           _report("b", "Ông Phạm Quốc Tịnh, Giám đốc Sở Tư pháp. Ông Phạm Tịnh Quốc ký văn bản. Ông Phạm Quốc Tịnh "
                        "cho biết như vậy.", (2018, 10, 5))]
    assert len(_iris(exs, "Phan Thanh Quế") | _iris(exs, "Phan Thành Quế")) == 1
    assert len(_iris(exs, "Phạm Quốc Tịnh") | _iris(exs, "Phạm Tịnh Quốc")) == 1


def test_two_names_written_once_each_stay_two_people():
    # a list of members: "Hiến" and "Hiện" are two people
    exs = [_report("a", "Danh sách gồm: 1. Lê Văn Hiến, Tư lệnh Quân khu 3; 2. Lê Văn Hiện, Chánh án Tòa án "
                        "nhân dân tối cao.", (2006, 4, 25))]
    assert len(_iris(exs, "Lê Văn Hiến") | _iris(exs, "Lê Văn Hiện")) == 2
