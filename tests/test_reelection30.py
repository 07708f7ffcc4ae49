"""A held post chosen again in its sentence is the report's act, "appointed" (loaders/extract/reelection.py,
loaders/data/reelection_cues.tsv): "tiếp tục được bầu giữ chức X", "tiếp tục giữ chức X", "... giữ chức vụ
này"; a post only held still, extended until retirement, or re-elected in a dated past term stays held.

The sentences are our own, written in the shape of corpus reports on a congress or a council's sitting;
the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def facts(text: str) -> set[tuple[str, str, str, str]]:
    """(person, role, body as written, status) of every post of ``text``."""
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n" + text, encoding="utf-8")
    return {(p.person.name, p.role, p.org.written if p.org else "", p.status) for p in extract(report).posts}


def test_a_title_in_apposition_chosen_again_by_its_role_alone_is_appointed():
    got = facts("Đại hội Đảng bộ tỉnh đã bế mạc. Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Nam tiếp tục được tín nhiệm "
                "bầu giữ chức Bí thư khóa mới.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Hà Nam", "appointed")}


def test_only_the_title_named_again_is_appointed_the_other_title_of_the_apposition_is_held():
    got = facts("Ông Lê Văn Tâm, Phó bí thư, Chủ tịch UBND tỉnh tiếp tục được bầu giữ chức Phó bí thư.")
    assert ("Lê Văn Tâm", "Phó bí thư", "Tỉnh ủy", "appointed") in got
    assert ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh", "holds") in got


def test_the_title_written_after_tiep_tuc_giu_chuc_is_appointed():
    got = facts("Ông Trần Văn Bình, tiếp tục giữ chức Bí thư Tỉnh ủy Long An.")
    assert got == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Long An", "appointed")}


def test_chuc_vu_nay_points_back_to_the_title_just_written():
    got = facts("Ông Trần Văn Bình, Phó Chủ tịch HĐND thành phố Cần Thơ khóa 8 tiếp tục giữ chức vụ này cho "
                "nhiệm kỳ mới.")
    assert got == {("Trần Văn Bình", "Phó Chủ tịch", "HĐND thành phố Cần Thơ", "appointed")}


def test_a_post_held_still_or_kept_until_retirement_stays_held():
    assert facts("Ông Trần Văn Bình, Bí thư Tỉnh ủy Long An, hiện tiếp tục giữ chức Bí thư Tỉnh ủy.") == {
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Long An", "holds")}
    assert facts("Ông Trần Văn Bình, Phó Tổng Thanh tra Chính phủ, tiếp tục giữ chức vụ Phó Tổng Thanh tra "
                 "Chính phủ đến khi đủ tuổi nghỉ hưu.") == {
        ("Trần Văn Bình", "Phó Tổng Thanh tra", "Chính phủ", "holds")}


def test_a_re_election_in_a_dated_past_term_stays_held():
    got = facts("Tại Đại hội Đảng bộ tỉnh lần thứ XIII (năm 2015), ông Trần Văn Bình tiếp tục được tín nhiệm "
                "giữ chức Bí thư Tỉnh ủy Long An.")
    assert got == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Long An", "holds")}


def test_tai_dac_cu_right_after_the_name_re_elects_the_title_before_it():
    assert facts("Tổng Bí thư Lê Văn Tâm tái đắc cử.") == {("Lê Văn Tâm", "Tổng Bí thư", "", "appointed")}


def test_a_bracketed_tai_cu_after_a_listed_name_re_elects_that_member():
    got = facts("Hai Phó Chủ tịch HĐND tỉnh Long An là bà Lê Thị Hoa (tái cử) và ông Trần Văn Bình.")
    assert ("Lê Thị Hoa", "Phó Chủ tịch", "HĐND tỉnh Long An", "appointed") in got


def test_chuc_danh_nay_reaches_back_over_a_bracketed_term():
    got = facts("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh Long An (nhiệm kỳ 2011-2016) tái đắc cử chức danh này cho "
                "nhiệm kỳ mới.")
    assert got == {("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Long An", "appointed")}


def test_a_re_election_told_as_a_background_aside_closed_by_a_comma_stays_held():
    got = facts("Sau Đại hội Đảng, ngoài Tổng Bí thư Lê Văn Tâm tái đắc cử, có 7 người nhận trọng trách mới.")
    assert got == {("Lê Văn Tâm", "Tổng Bí thư", "", "holds")}
