"""A range over successive steps, the post a move left (loaders/extract/tenure_dates.py: split_step_ranges,
end_moved_from), and a chain of assignments whose links name their people with titles (status.py).

A range written with a run of titles told one after another ("A rồi B", "lần lượt làm A, B rồi C") bounds
the run: the first step began at its start, the last ended at its end; nothing is said of the dates between.
A move from one post to another on a date ("điều động ông từ vị trí A vào giữ chức B") ends A that day.
"bầu ông A làm X; ông B, <titles> làm Y" gives Y to B in the same act; B's titles stay held.
The sentences are our own, in the shapes reports write; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def tenures(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """role + body as written -> (status, start, end) of each post of the whole pipeline's output."""
    report = build_report(report_id="r", source_file="r.txt", text="Tiểu sử\n" + text, encoding="utf-8")
    return {f"{p.role} {p.org.written if p.org else ''}".strip():
            (p.status, p.start.iso() if p.start else None, p.end.iso() if p.end else None)
            for p in extract(report).posts}


def test_a_range_over_two_steps_is_the_first_one_s_start_and_the_last_one_s_end():
    got = tenures("Từ năm 2001 đến giữa năm 2009, ông Hoàng Minh Tâm đảm nhiệm chức vụ Phó Giám đốc rồi "
                  "Giám đốc Sở Xây dựng tỉnh Hà Nam.")
    assert got["Phó Giám đốc Sở Xây dựng tỉnh Hà Nam"] == ("former", "2001", None)
    assert got["Giám đốc Sở Xây dựng tỉnh Hà Nam"] == ("former", None, "2009")


def test_titles_held_together_share_their_step_s_date():
    got = tenures("Giai đoạn 2004-2012, ông Lương Văn Khải làm Bí thư Đảng ủy, Tổng giám đốc Tổng công ty "
                  "Thép rồi Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Than.")
    assert got["Tổng giám đốc Tổng công ty Thép"] == ("former", "2004", None)
    assert got["Chủ tịch Hội đồng thành viên Tập đoàn Than"] == ("former", None, "2012")


def test_after_lan_luot_every_title_is_a_step_and_one_between_has_no_date():
    got = tenures("Tháng 4/2005 đến tháng 9/2008, ông Phan Quốc Duy lần lượt làm Phó Bí thư Tỉnh ủy, quyền "
                  "Chủ tịch UBND tỉnh rồi Chủ tịch UBND tỉnh Kon Tum.")
    assert got["Phó Bí thư Tỉnh ủy"] == ("former", "2005-04", None)
    assert got["quyền Chủ tịch UBND tỉnh"] == ("former", None, None)
    assert got["Chủ tịch UBND tỉnh Kon Tum"] == ("former", None, "2008-09")


def test_a_range_over_appointments_bounds_the_acts_so_the_last_step_keeps_no_end():
    got = tenures("Từ năm 2006 đến 2010, ông Đào Văn Lực được bổ nhiệm làm Phó viện trưởng, rồi Viện trưởng "
                  "Viện Kinh tế Việt Nam.")
    assert got["Phó viện trưởng Viện Kinh tế Việt Nam"][1:] == ("2006", None)
    assert got["Viện trưởng Viện Kinh tế Việt Nam"][1:] == (None, None)


def test_titles_held_together_over_a_range_keep_it_whole():
    got = tenures("Từ năm 2003 đến năm 2008, ông Vương Đình Kha là Bí thư Huyện ủy, Chủ tịch HĐND huyện "
                  "Yên Mỹ.")
    assert got["Bí thư Huyện ủy"] == ("former", "2003", "2008")
    assert got["Chủ tịch HĐND huyện Yên Mỹ"] == ("former", "2003", "2008")


def test_the_post_a_dated_move_left_ends_that_month():
    got = tenures("Tháng 7/2009, Bộ Chính trị điều động ông Lâm Hữu Phước từ vị trí Tổng giám đốc Tổng công ty "
                  "Xây dựng Sông Hồng vào giữ chức Phó Bí thư Tỉnh ủy Thái Bình.")
    assert got["Tổng giám đốc Tổng công ty Xây dựng Sông Hồng"][1:] == (None, "2009-07")
    assert got["Phó Bí thư Tỉnh ủy Thái Bình"][1] == "2009-07"


def test_a_chain_link_naming_its_person_with_present_titles_carries_the_act_to_the_title_after_its_verb():
    got = pipeline_posts("Kỳ họp thứ 9 HĐND tỉnh Hà Giang đã bầu ông Lê Văn Phúc, Phó bí thư Tỉnh uỷ làm Chủ tịch "
                         "UBND tỉnh; ông Trần Quang Hải, Uỷ viên Ban Thường vụ Tỉnh uỷ làm Phó chủ tịch UBND tỉnh.",
                         "Nhân sự mới")
    assert ("Trần Quang Hải", "Phó chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Trần Quang Hải", "Uỷ viên", "Ban Thường vụ Tỉnh uỷ", "holds") in got


def test_a_link_after_a_removal_takes_no_act():
    got = pipeline_posts("Bộ Chính trị cho ông Lê Văn Phúc thôi giữ chức Bí thư Tỉnh uỷ Hà Giang; ông Trần Quang Hải, "
                         "Uỷ viên Ban Thường vụ Tỉnh uỷ làm Phó chủ tịch UBND tỉnh.", "Nhân sự mới")
    assert ("Trần Quang Hải", "Phó chủ tịch", "UBND tỉnh", "holds") in got


def test_a_step_before_the_first_title_read_began_the_range():
    got = tenures("1990-2004, bà Đoàn Thị Mai lần lượt giữ các chức vụ từ cán bộ Tuyên giáo, rồi Trưởng ban Tuyên "
                  "giáo huyện Củ Chi, Phó Bí thư Huyện ủy Củ Chi.")
    assert got["Trưởng ban Tuyên giáo huyện Củ Chi"][1] is None
    assert got["Phó Bí thư Huyện ủy Củ Chi"][1:] == (None, "2004")


def test_a_sentence_of_a_person_with_present_titles_and_giu_chuc_gives_the_post_after_the_verb():
    got = pipeline_posts("Ông Vũ Minh Đức, Phó bí thư Tỉnh uỷ giữ chức Chủ tịch UBND tỉnh.", "Nhân sự mới")
    assert got == {("Vũ Minh Đức", "Chủ tịch", "UBND tỉnh", "appointed"),
                   ("Vũ Minh Đức", "Phó bí thư", "Tỉnh uỷ", "holds")}


def test_giu_chuc_after_a_word_of_time_or_after_no_title_is_a_post_held():
    assert ("Vũ Minh Đức", "Chủ tịch", "UBND tỉnh", "holds") in pipeline_posts(
        "Ông Vũ Minh Đức, Phó bí thư Tỉnh uỷ, tiếp tục giữ chức Chủ tịch UBND tỉnh đến khi đủ tuổi nghỉ hưu.", "Tin")
    assert ("Vũ Minh Đức", "Chủ tịch", "UBND tỉnh", "holds") in pipeline_posts(
        "Ông Vũ Minh Đức, 55 tuổi, giữ chức Chủ tịch UBND tỉnh từ năm 2011.", "Tin")


def test_a_re_election_told_at_a_numbered_congress_after_the_report_s_act_is_a_past_step():
    got = pipeline_posts("Với đa số phiếu tán thành, ông Trần Văn Hải - Phó bí thư Thành uỷ Cần Thơ - được bầu làm Chủ "
                         "tịch UBND thành phố.\nNăm 2013, ông Hải được bầu chức Chủ tịch HĐND tỉnh Vĩnh Long.\nTại đại "
                         "hội đại biểu Đảng bộ thành phố Cần Thơ khoá 14, nhiệm kỳ 2015-2020 tổ chức vào giữa tháng "
                         "10, ông Trần Văn Hải tái cử Phó bí thư Thành uỷ Cần Thơ.", "Tin")
    assert ("Trần Văn Hải", "Phó bí thư", "Thành uỷ Cần Thơ", "holds") in got
    assert ("Trần Văn Hải", "Chủ tịch", "UBND thành phố", "appointed") in got


def test_a_re_election_that_is_the_report_s_act_stays_appointed():
    got = pipeline_posts("Tại đại hội đại biểu Đảng bộ thành phố Cần Thơ khoá 14, ông Trần Văn Hải tái cử Phó bí thư "
                         "Thành uỷ Cần Thơ.", "Tin")
    assert ("Trần Văn Hải", "Phó bí thư", "Thành uỷ Cần Thơ", "appointed") in got


def test_giu_chuc_after_a_verb_of_a_move_is_that_verb_s_act():
    got = pipeline_posts("Ông Hồ Văn Tâm, Bí thư Tỉnh ủy Quảng Bình được điều ra giữ chức Bí thư Đảng đoàn Hội Nông "
                         "dân Việt Nam.", "Tin")
    assert ("Hồ Văn Tâm", "Bí thư", "Đảng đoàn Hội Nông dân Việt Nam", "appointed") not in got
