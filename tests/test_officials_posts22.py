"""Posts dated or bodied wrong on the read sets (round 22): a title told as held when another act came
("khi đang là …") takes no start from that act's date.

The sentences are our own, written in the shape of corpus career reports.
"""

from __future__ import annotations

from kg.loaders.extract.pipeline import extract
from kg.model import Report


def dated(text: str) -> set[tuple[str, str, str | None, str, str, str]]:
    """(person, role, body as written, status, start, end) of every post the whole pipeline reads."""
    ex = extract(Report(id="example", text=text, source_file="example.txt"))
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status,
             p.start.iso() if p.start else "", p.end.iso() if p.end else "") for p in ex.posts}


def test_a_title_held_when_the_act_came_takes_no_start_from_its_date():
    got = dated("Tháng 3/2015, khi đang là Phó Chủ tịch UBND tỉnh Bến Tre, ông Lê Văn Hòa được Thủ tướng "
                "bổ nhiệm làm Thứ trưởng Bộ Nội vụ.")
    assert ("Lê Văn Hòa", "Phó Chủ tịch", "UBND tỉnh Bến Tre", "former", "", "") in got
    assert any(f[1] == "Thứ trưởng" and f[4] == "2015-03" for f in got)
    got = dated("Tháng 8/2012, lúc đó là Giám đốc Sở Tài chính, ông Trần Văn Nam được điều động giữ chức Phó "
                "Bí thư Tỉnh ủy Cà Mau.")
    assert {f[4] for f in got if f[1] == "Giám đốc"} == {""}
    assert any(f[1] == "Phó Bí thư" and f[4] == "2012-08" for f in got)


def test_a_title_gained_at_the_date_keeps_it():
    got = dated("Tháng 3/2015, khi được bổ nhiệm làm Phó Chủ tịch UBND tỉnh Bến Tre, ông Lê Văn Hòa mới 40 tuổi.")
    assert any(f[1] == "Phó Chủ tịch" and f[4] == "2015-03" for f in got)


def test_a_bracketed_period_after_the_posts_body_is_its_period():
    got = dated("Ông Phạm Văn Tâm - nguyên Bí thư Đảng ủy Sở (từ 3/2011 đến 8/2015), bị kỷ luật cảnh cáo.")
    assert {(f[1], f[4], f[5]) for f in got if f[1] == "Bí thư"} == {("Bí thư", "2011-03", "2015-08")}


def test_a_former_title_takes_the_period_written_after_it():
    got = dated("Ông Lê Văn Bình, nguyên Bí thư Tỉnh ủy Quảng Trị giai đoạn 2001-2006, đã phát biểu.")
    assert {(f[1], f[3], f[4], f[5]) for f in got} == {("Bí thư", "former", "2001", "2006")}


def test_a_deputy_minister_does_not_share_the_body_of_a_department_after_him():
    from tests.fixtures_officials import facts
    got = facts("Ông Trần Quốc Hùng, nguyên Thứ trưởng, nguyên Tổng cục trưởng Tổng cục Thủy lợi đã bị kỷ luật.")
    assert ("Trần Quốc Hùng", "Tổng cục trưởng", "Tổng cục Thủy lợi", "former") in got
    assert {f[2] for f in got if f[1] == "Thứ trưởng"} == {None}
    got = facts("Ông Lê Văn Sơn, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ đã chủ trì họp báo.")
    assert ("Lê Văn Sơn", "Bộ trưởng", "Văn phòng Chính phủ", "holds") in got


def test_a_rank_equal_to_a_title_is_a_post_by_itself():
    from tests.fixtures_officials import facts
    got = facts("Thủ tướng bổ nhiệm ông Vũ Minh Tâm, Hàm Vụ trưởng, Thư ký giúp việc Phó Thủ tướng, giữ chức Trợ lý.")
    assert ("Vũ Minh Tâm", "Hàm Vụ trưởng", None, "holds") in got
    assert not any(f[1] == "Vụ trưởng" for f in got)
