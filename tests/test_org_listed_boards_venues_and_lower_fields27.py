"""Boards listed before the body they share, venues named like bodies, and a committee's field in
lower case after its level. The sentences are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import Extraction


def run(text: str) -> Extraction:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-03"},
                     title_from_first_line=False)
    return extract(r)


def names(text: str) -> set[str]:
    return {o.name for o in run(text).organizations}


def test_boards_listed_before_a_board_with_its_owner_are_the_owners():
    got = names("Hội nghị đã bổ sung Ban Thường trực, Đoàn Chủ tịch, Ủy ban Kiểm tra Hội Nông dân Việt Nam.")
    assert {"Ban Thường trực Hội Nông dân Việt Nam", "Đoàn Chủ tịch Hội Nông dân Việt Nam",
            "Ủy ban Kiểm tra Hội Nông dân Việt Nam"} <= got
    assert "Ban Thường trực" not in got


def test_boards_listed_before_their_owner_itself_are_its_own():
    got = names("Hội nghị hiệp thương bổ sung Ban Thường trực, Đoàn Chủ tịch, Ủy ban T.Ư MTTQ Việt Nam khóa IX.")
    assert {"Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"} <= got


def test_a_list_that_goes_on_into_a_clause_shares_no_owner():
    got = names("Trên cơ sở đề xuất của Ban Chỉ đạo, Bộ Chính trị đã quyết định phê duyệt quy hoạch.")
    assert "Ban Chỉ đạo Bộ Chính trị" not in got


def test_a_party_board_listed_with_the_committee_is_not_owned_by_the_list():
    got = names("Thường trực Tỉnh ủy, Ban Thường vụ, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn luôn quan tâm.")
    assert not any(n.startswith("Ban Thường vụ Ban Chấp hành") for n in got)


def test_a_bare_board_is_no_owner_of_the_board_before_it():
    got = names("Các cơ quan làm theo chỉ đạo của Ban Chỉ đạo, Thường trực Ban Chỉ đạo.")
    assert "Ban Chỉ đạo Ban Chỉ đạo" not in got


def test_a_convention_centre_is_a_venue_not_an_organization():
    ex = run("Sáng 8/7, tại Trung tâm Hội nghị tỉnh Lào Cai, Công ty cổ phần Sông Hồng tổ chức Đại hội cổ đông.")
    assert [o.written for o in ex.organizations] == ["Công ty cổ phần Sông Hồng"]
    assert [e.kind for e in ex.events] == ["Đại hội"]


def test_a_venue_that_employs_someone_is_kept():
    got = names("Bà Lê Thị Hoa, Giám đốc Trung tâm Hội nghị Quốc gia, phát biểu.")
    assert "Trung tâm Hội nghị Quốc gia" in got


def test_a_national_council_with_its_field_in_lower_case():
    got = names("Giáo sư Nguyễn Văn An, Văn phòng Hội đồng quốc gia giáo dục, cho rằng cần đổi mới.")
    assert {"Hội đồng quốc gia giáo dục", "Văn phòng Hội đồng quốc gia giáo dục"} <= got


def test_a_provisional_committee_with_its_task_in_lower_case():
    got = names("Ông Bình kiến nghị thành lập Ủy ban lâm thời điều tra chất lượng giáo dục.")
    assert "Ủy ban lâm thời điều tra chất lượng giáo dục" in got


def test_a_provisional_committee_followed_by_a_purpose_is_no_name():
    got = names("Quốc hội chưa thành lập Ủy ban lâm thời để điều tra về vấn đề này.")
    assert not any(n.startswith("Ủy ban lâm thời") for n in got)


def test_a_task_of_prevention_after_the_level_is_read_whole():
    got = names("Ban Chỉ đạo quốc gia phòng, chống dịch cúm gia cầm họp sáng nay.")
    assert "Ban Chỉ đạo quốc gia phòng, chống dịch cúm gia cầm" in got


def test_one_board_before_a_body_is_no_list():
    got = names("Xếp thứ ba là ông Lê Văn Bình, Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh.")
    assert not any(n.startswith("Ban Văn hóa - Xã hội Hội đồng") for n in got)


def test_a_resolution_number_after_a_lower_case_level_is_not_a_field():
    got = names("Ông Lê Văn Bình, Thường trực Ban Chỉ đạo trung ương 6 (2), phát biểu.")
    assert "Ban Chỉ đạo Trung ương 6 (2)" in got


def test_the_front_written_short_after_a_title_is_the_front_the_report_names():
    ex = run("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã hiệp thương cử ông Trần Văn An (Ủy viên Trung ương "
             "Đảng, Phó chủ tịch - Tổng thư ký Mặt trận) làm Chủ tịch Mặt trận Tổ quốc Việt Nam.")
    posts = {(p.role, p.org.name) for p in ex.posts if p.org is not None}
    assert {("Phó chủ tịch", "Mặt trận Tổ quốc Việt Nam"), ("Tổng thư ký", "Mặt trận Tổ quốc Việt Nam")} <= posts


def test_a_bare_front_no_fact_holds_is_no_organization():
    got = names("Bà Lê Thị Hoa cùng các thành viên của Mặt trận dân tộc Giải phóng miền Nam Việt Nam trở về.")
    assert "Mặt trận" not in got


def test_the_front_written_short_before_a_replacement_clause():
    ex = run("Mặt trận Tổ quốc Việt Nam tổ chức hội nghị. Ông Trần Văn An được bầu làm Chủ tịch Mặt trận thay "
             "ông Lê Văn Bình.")
    assert ("Chủ tịch", "Mặt trận Tổ quốc Việt Nam") in {(p.role, p.org.name) for p in ex.posts if p.org is not None}


def test_another_front_named_after_the_word_is_not_the_fatherland_front():
    ex = run("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam họp. Ông Lê Văn Tâm từng là Chính ủy Mặt trận Đường 9.")
    assert not [p for p in ex.posts if p.role == "Chính ủy" and p.org is not None
                and p.org.name == "Mặt trận Tổ quốc Việt Nam"]
