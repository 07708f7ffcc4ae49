"""Person resolution, twenty-seventh round. A foreign name written with its hyphen set in spaces by one
outlet and glued by another is one name. The leadership tier's posts (loaders/data/leadership_posts.tsv)
include the Chief of the General Staff, the Standing Vice Chair of the National Assembly and the head
of its Deputies Affairs Committee, so an uncommon name holding one of them in one report and another
leadership post in another is one career. The names are uncommon (between kg.persons.CAREER_NAME_LOG10
and RARE_NAME_LOG10, so no rare-name rule joins them) and made up for these posts; the sentences are
ours."""

from __future__ import annotations

import pytest

from kg.loaders.extract.pipeline import extract
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report
from kg.persons import leadership_post
from kg.resolve import resolve


def _report(rid: str, text: str, when: tuple[int, int, int]):
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(*when))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


@pytest.mark.parametrize(("first", "then"), [
    ("Đại tướng Vũ Văn Giang, Tổng Tham mưu trưởng, dự lễ.", "Bộ trưởng Bộ Quốc phòng Vũ Văn Giang dự lễ."),
    ("Bộ trưởng Bộ Nội vụ Đinh Văn Chiến phát biểu.",
     "Phó Chủ tịch Thường trực Quốc hội Đinh Văn Chiến chủ trì phiên họp."),
])
def test_two_leadership_posts_under_an_uncommon_name_are_one_career(first, then):
    exs = [_report("a", first, (2019, 3, 1)), _report("b", then, (2024, 3, 1))]
    res = resolve(exs)
    assert len({res.of(p) for ex in exs for p in ex.persons}) == 1


def test_the_new_posts_are_of_the_leadership_tier():
    ex = _report("a", "Phó Chủ tịch Thường trực Quốc hội Đinh Văn Chiến và Trưởng Ban Công tác đại biểu Lạc Thị "
                      "Thanh dự họp.", (2024, 3, 1))
    assert [leadership_post(p) for p in ex.posts] == [True, True]


def test_a_foreign_name_with_its_hyphen_spaced_or_glued_is_one_person():
    exs = [_report("a", "Chủ tịch Cuba Miguel Diaz - Canel đón đoàn.", (2019, 3, 1)),
           _report("b", "Tổng Bí thư tiếp Chủ tịch Cuba Miguel Diaz-Canel.", (2019, 5, 1))]
    res = resolve(exs)
    assert [p.name for ex in exs for p in ex.persons] == ["Miguel Diaz - Canel", "Miguel Diaz-Canel"]
    assert len({res.of(p) for ex in exs for p in ex.persons}) == 1


_LEADER = "Sáng 3/3, Bí thư Tỉnh ủy Thái Bình Vũ Văn Giang chủ trì hội nghị tỉnh ủy."


@pytest.mark.parametrize(("debate", "one"), [
    ("Tại kỳ họp thứ 7 của Quốc hội, ĐB Vũ Văn Giang cho rằng cần kiểm soát thu nhập.", True),
    # a seat beside the name: a deputy of another province, no evidence for the leader
    ("Tại kỳ họp thứ 7 của Quốc hội, ĐB Vũ Văn Giang (Kon Tum) cho rằng cần kiểm soát thu nhập.", False),
])
def test_an_assembly_deputy_with_no_seat_is_the_one_leader_of_an_uncommon_name(debate, one):
    exs = [_report("a", _LEADER, (2019, 3, 3)), _report("b", debate, (2018, 6, 1))]
    assert [(p.role, p.org.name if p.org else None) for p in exs[1].posts] == [("Đại biểu", "Quốc hội")]
    res = resolve(exs)
    assert (len({res.of(p) for ex in exs for p in ex.persons}) == 1) is one


def test_no_deputy_joins_a_name_with_two_leaders_apart():
    exs = [_report("a", _LEADER, (2019, 3, 3)),
           _report("c", "Bí thư Tỉnh ủy Kon Tum Vũ Văn Giang dự lễ.", (2019, 4, 1)),
           _report("b", "Tại kỳ họp thứ 7 của Quốc hội, ĐB Vũ Văn Giang cho rằng cần kiểm soát.", (2018, 6, 1))]
    res = resolve(exs)
    assert len({res.of(p) for ex in exs for p in ex.persons}) == 3
