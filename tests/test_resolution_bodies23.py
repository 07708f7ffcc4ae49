"""A body whose name holds a place word without naming a place ("Đảng ủy Khối các cơ quan Trung
ương", "Bộ Lao động - Thương binh và Xã hội") is no district's or commune's body, so a career through
it is weighed like any other (kg.persons._below_province, loaders/data/place_word_compounds.tsv).
Reports are our own sentences; the names are made up."""

from __future__ import annotations

from kg.persons import RARE_CAREER_NAME_LOG10, _below_province, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report


def test_a_place_word_inside_a_common_word_names_no_place_below_a_province():
    assert not _below_province("Đảng ủy Khối các cơ quan Trung ương")
    assert not _below_province("Bộ Lao động - Thương binh và Xã hội")
    assert not _below_province("Bộ Nông nghiệp và Phát triển nông thôn")
    assert not _below_province("Liên minh Hợp tác xã Việt Nam")
    assert not _below_province("Thông tấn xã Việt Nam")


def test_a_place_word_that_names_a_place_still_does():
    assert _below_province("Ủy ban nhân dân xã Quảng Thái")
    assert _below_province("Phòng Lao động - Thương binh và Xã hội huyện Đông Sơn")
    assert _below_province("Đảng ủy xã Cát Thịnh")
    assert _below_province("Chủ tịch UBND quận")


def test_a_very_rare_names_career_through_a_bloc_of_central_bodies_is_one_person():
    assert name_rarity("Sơn Khứ Thạch") < RARE_CAREER_NAME_LOG10
    exs = [
        report("a", "Đồng chí Sơn Khứ Thạch, Bí thư Đảng ủy Khối các cơ quan Trung ương, phát biểu.", (2017, 3, 3)),
        report("b", "Ông Sơn Khứ Thạch, Phó Chủ nhiệm Ủy ban Dân tộc, dự hội nghị.", (2015, 1, 5)),
    ]
    assert len(set(people(exs, resolve(exs), "Sơn Khứ Thạch").values())) == 1


def test_a_delegation_written_out_in_brackets_is_the_deputys_seat():
    # a common name, in a report about several provinces: the seat, not the report's province, joins them
    exs = [
        report("a", "Đại biểu Lê Văn Tám (Hà Nội), Trần Văn Ba (Cần Thơ) đề nghị làm rõ dự án. Đồng tình, đại biểu "
                    "Nguyễn Văn Hùng (Đoàn đại biểu Quốc hội tỉnh Quảng Bình) cho hay dự án ở Đà Nẵng cần được làm rõ.",
               (2017, 6, 3)),
        report("b", "Theo ông Nguyễn Văn Hùng, Phó trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Bình, việc xử lý "
                    "phải nghiêm.", (2017, 5, 5)),
    ]
    res = resolve(exs)
    assert len(set(people(exs, res, "Nguyễn Văn Hùng").values())) == 1
    assert [link.kind for link in res.person_links if "nguyen-van-hung" in link.person] == ["delegation"]


def test_a_party_congress_delegation_in_brackets_is_no_assembly_seat():
    from kg.persons import _seat_in_title, title_form
    assert _seat_in_title(title_form("đoàn đại biểu quốc hội tỉnh quảng bình")) == "Quảng Bình"
    assert _seat_in_title(title_form("đoàn đại biểu tuyên quang")) is None


def _nodes(exs, res, *names: str) -> set[str]:
    return {iri for name in names for iri in people(exs, res, name).values()}


def test_a_name_one_mark_apart_holding_the_same_post_is_the_same_person_misspelt():
    exs = [
        report("a", "Tổng Bí thư Nguyễn Phú Tâm chủ trì hội nghị.", (2017, 5, 9)),
        report("b", "Tổng Bí thư Nguyễn Phú Tâm dự lễ kỷ niệm.", (2017, 2, 3)),
        report("c", "Trong bài phát biểu khai mạc, Tổng Bí thư Nguyễn Phú Tam cho biết hội nghị sẽ bàn nhân sự.",
               (2017, 5, 10)),
        report("d", "Ông Lê Bá Trình, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, dự lễ.", (2017, 1, 4)),
        report("e", "Ông Lê Ba Trình, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
               (2017, 3, 4)),
    ]
    res = resolve(exs)
    assert len(_nodes(exs, res, "Nguyễn Phú Tâm", "Nguyễn Phú Tam")) == 1
    assert len(_nodes(exs, res, "Lê Bá Trình", "Lê Ba Trình")) == 1


def test_names_one_mark_apart_in_different_posts_or_only_a_members_role_stay_apart():
    exs = [
        report("a", "Ông Nguyễn Văn Hiến, Thứ trưởng Bộ Quốc phòng, dự lễ.", (2016, 1, 4)),
        report("b", "Ông Nguyễn Văn Hiện, Chánh án Tòa án nhân dân tối cao, phát biểu.", (2016, 3, 4)),
        report("c", "Ông Trần Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An, dự lễ.", (2016, 1, 4)),
        report("d", "Ông Trần Văn Hạ, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An, phát biểu.", (2016, 3, 4)),
    ]
    res = resolve(exs)
    assert len(_nodes(exs, res, "Nguyễn Văn Hiến", "Nguyễn Văn Hiện")) == 2
    assert len(_nodes(exs, res, "Trần Văn Hà", "Trần Văn Hạ")) == 2
