"""Career histories and statuses, thirty-second round: a list of posts after "ở những vị trí:" ("Ông có
thời gian làm việc tại tỉnh X ở những vị trí: A, B, C"), and a seat left told as "rời ghế".

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.test_officials_careers import facts  # (person, role, body as written, status, start, end)


def test_the_posts_after_o_nhung_vi_tri_are_the_subjects_former_posts():
    got = facts("Ông Lê Văn Tâm 50 tuổi, quê Long An. Ông có thời gian dài làm việc tại Long An ở những vị trí: "
                "Phó Giám đốc Sở Tài chính, Bí thư Huyện ủy Cần Đước, Phó chủ tịch UBND tỉnh.")
    assert got == {
        ("Lê Văn Tâm", "Phó Giám đốc", "Sở Tài chính", "former", "", ""),
        ("Lê Văn Tâm", "Bí thư", "Huyện ủy Cần Đước", "former", "", ""),
        ("Lê Văn Tâm", "Phó chủ tịch", "UBND tỉnh", "former", "", ""),
    }


def test_o_cac_vi_tri_with_no_title_after_it_lists_nothing():
    got = facts("Ông Lê Văn Tâm, Bí thư Tỉnh ủy, cho rằng cần bố trí người ở những vị trí bắt buộc là đại biểu.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Tỉnh ủy", "holds", "", "")}


def test_phai_roi_ghe_is_the_seat_left():
    got = facts("Ông Lê Văn Tâm phải rời ghế Bí thư Tỉnh ủy Long An.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "left", "", "")}


def test_every_clause_of_a_chain_of_assignments_is_appointed():
    got = facts("Bộ Chính trị phân công ông Lê Văn Tâm làm Trưởng ban Tổ chức Trung ương; ông Trần Văn Bình làm "
                "Trưởng ban Tuyên giáo Trung ương; bà Nguyễn Thị Hoa giữ chức Chánh Văn phòng Trung ương Đảng.")
    assert got == {
        ("Lê Văn Tâm", "Trưởng", "ban Tổ chức Trung ương", "appointed", "", ""),
        ("Trần Văn Bình", "Trưởng", "ban Tuyên giáo Trung ương", "appointed", "", ""),
        ("Nguyễn Thị Hoa", "Chánh", "Văn phòng Trung ương Đảng", "appointed", "", ""),
    }


def test_a_removal_is_not_carried_along_a_chain():
    got = facts("Ông Lê Văn Tâm thôi giữ chức Bí thư Tỉnh ủy Long An; ông Trần Văn Bình làm Bí thư Tỉnh ủy Tây Ninh.")
    assert got == {
        ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Long An", "left", "", ""),
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Tây Ninh", "holds", "", ""),
    }


def test_a_clause_of_another_shape_breaks_the_chain():
    got = facts("HĐND tỉnh bầu ông Lê Văn Tâm giữ chức Chủ tịch UBND tỉnh; ông Trần Văn Bình cho biết Phó Chủ tịch "
                "UBND tỉnh Nguyễn Văn An sẽ nghỉ hưu.")
    assert ("Nguyễn Văn An", "Phó Chủ tịch", "UBND tỉnh", "holds", "", "") in got


def test_a_title_before_its_holders_after_an_election_clause_is_appointed_too():
    got = facts("Tại kỳ họp, ông Lê Văn Tâm tái đắc cử chức danh Chủ tịch HĐND tỉnh Long An, nhiệm kỳ 2016-2021; hai "
                "phó chủ tịch là ông Trần Văn Bình, Giám đốc Sở Tài chính và ông Nguyễn Văn An.")
    assert got == {
        ("Lê Văn Tâm", "Chủ tịch", "HĐND tỉnh Long An", "appointed", "", ""),
        ("Trần Văn Bình", "phó chủ tịch", "HĐND tỉnh Long An", "appointed", "", ""),
        ("Trần Văn Bình", "Giám đốc", "Sở Tài chính", "holds", "", ""),  # an apposition: held, not carried
        ("Nguyễn Văn An", "phó chủ tịch", "HĐND tỉnh Long An", "appointed", "", ""),
    }


def test_a_chain_after_a_clause_with_no_act_stays_held():
    got = facts("Hiện nay, Chủ tịch UBND tỉnh Long An là ông Lê Văn Tâm; Phó chủ tịch UBND tỉnh Long An là ông Trần "
                "Văn Bình.")
    assert got == {
        ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Long An", "holds", "", ""),
        ("Trần Văn Bình", "Phó chủ tịch", "UBND tỉnh Long An", "holds", "", ""),
    }


def _posts(text: str) -> dict[str, tuple[str, str | None]]:
    from kg.loaders.build import build_report
    from kg.loaders.extract.pipeline import extract

    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {f"{p.role} {p.org.name if p.org else ''}".strip(): (p.status, p.start.iso() if p.start else None)
            for p in extract(report).posts}


def test_a_congress_named_by_its_number_alone_dates_the_seat_and_makes_it_a_past_step():
    got = _posts("Bộ Chính trị điều động ông Lê Văn Tâm giữ chức Bí thư Tỉnh ủy Long An. "
                 "Tại Đại hội XII của Đảng (2016), ông Tâm trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương.")
    assert got["Bí thư Tỉnh ủy Long An"] == ("appointed", None)
    assert got["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"] == ("holds", "2016")


def test_a_provinces_congress_by_its_number_dates_no_central_seat():
    got = _posts("Bộ Chính trị điều động ông Lê Văn Tâm giữ chức Bí thư Tỉnh ủy Long An. Tại Đại hội Đảng bộ tỉnh "
                 "lần thứ X, ông Tâm trúng cử Ủy viên dự khuyết Ban Chấp hành Trung ương.")
    assert got["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"][1] is None


def test_a_career_after_tung_gan_lien_voi_nhung_trong_trach_is_former():
    got = facts("Ông Lê Văn Tâm đã từng gắn liền với những trọng trách: Thứ trưởng Bộ Tài chính, Phó Bí thư Tỉnh ủy, "
                "Chủ tịch UBND tỉnh Long An.")
    assert got == {
        ("Lê Văn Tâm", "Thứ trưởng", "Bộ Tài chính", "former", "", ""),
        ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy", "former", "", ""),
        ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Long An", "former", "", ""),
    }


def test_luc_do_da_la_gives_the_title_held_at_the_time_told():
    got = facts("Cơ quan thanh tra đề nghị cách chức ông Lê Văn Tâm, lúc đó đã là Thứ trưởng Bộ Tài chính.")
    assert got == {("Lê Văn Tâm", "Thứ trưởng", "Bộ Tài chính", "former", "", "")}


def test_an_effective_date_after_a_later_act_is_that_acts_not_the_first_ones():
    got = _posts("Ông Lê Văn Tâm được bầu giữ chức Chủ tịch UBND tỉnh Long An. Trước khi được điều động làm Thứ "
                 "trưởng Bộ Tài chính, ông Trần Văn Bình từng giữ các chức vụ Giám đốc Sở Tài chính, Bí thư Quận ủy "
                 "Ninh Kiều và được bầu giữ chức Chủ tịch UBND thành phố Cần Thơ từ tháng 11/2015.")
    assert got["Thứ trưởng Bộ Tài chính"][1] is None
    assert got["Giám đốc Sở Tài chính thành phố Cần Thơ"][1] is None
    assert got["Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"][1] == "2015-11"
