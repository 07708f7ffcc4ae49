"""Statuses, thirty-fourth careers round: the last step of a career told from the date it began, with no
end ("Từ tháng 7/2020, ông là ...", "- Từ 7/2025: ...") is held; the steps before it are former.

The sentences are our own, written in the shape of corpus and wtune33 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_BOX = ("Tóm tắt tiểu sử đồng chí Trần Văn Bình:\n"
        "Sinh năm 1972; Quê quán: tỉnh Thái Bình.\n"
        "Quá trình công tác:\n"
        "- 2008 - 2014: Phó Giám đốc Sở Xây dựng tỉnh Thái Bình.\n"
        "- 2014 - 5/2021: Giám đốc Sở Xây dựng tỉnh Thái Bình.\n")


def test_a_career_lines_open_last_step_is_held_and_the_ended_ones_former():
    got = pipeline_posts(_BOX + "- Từ 6/2021: Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Thái Bình.", "Tiểu sử")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh Thái Bình", "holds") in got
    assert ("Trần Văn Bình", "Tỉnh ủy viên", "", "holds") in got
    assert ("Trần Văn Bình", "Giám đốc", "Sở Xây dựng tỉnh Thái Bình", "former") in got
    assert ("Trần Văn Bình", "Phó Giám đốc", "Sở Xây dựng tỉnh Thái Bình", "former") in got


def test_the_reports_own_transfer_after_the_open_step_does_not_end_it():
    got = pipeline_posts(_BOX + "- Từ 6/2021: Phó Chủ tịch UBND tỉnh Thái Bình.\n"
                         "- Ngày 12/3/2024: Được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Hà Nam.", "Tiểu sử")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh Thái Bình", "holds") in got


def test_an_open_step_told_in_running_text_is_held_when_it_is_the_last():
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Năm 2012, ông là Phó Giám đốc Sở Tài chính tỉnh Hà Nam. "
                         "Từ tháng 8/2019, ông là Giám đốc Sở Tài chính tỉnh Hà Nam.", "Chân dung")
    assert ("Lê Văn Tâm", "Giám đốc", "Sở Tài chính tỉnh Hà Nam", "holds") in got
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got


def test_an_open_step_a_later_step_follows_stays_former():
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Từ năm 2012, ông là Phó Giám đốc Sở Tài chính tỉnh Hà Nam. "
                         "Từ tháng 8/2019, ông là Giám đốc Sở Tài chính tỉnh Hà Nam.", "Chân dung")
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got
    assert ("Lê Văn Tâm", "Giám đốc", "Sở Tài chính tỉnh Hà Nam", "holds") in got


def test_an_ended_period_opening_with_tu_stays_former():
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Từ năm 2012 đến năm 2019, ông là Phó Giám đốc Sở Tài chính "
                         "tỉnh Hà Nam.", "Chân dung")
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got


def test_posts_listed_as_a_series_since_a_date_stay_former():
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Từ tháng 5/2009, ông lần lượt giữ các chức vụ Phó Chủ tịch "
                         "UBND tỉnh Hà Nam, Phó Bí thư Tỉnh ủy Hà Nam.", "Chân dung")
    assert ("Lê Văn Tâm", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "former") in got
    assert ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy Hà Nam", "former") in got
