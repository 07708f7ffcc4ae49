"""Statuses, thirty-eighth round (second wave): a predecessor the report's act replaces whose retirement starts
on the event's day or after it ("thay ông B, Bí thư Tỉnh ủy, được nghỉ hưu theo chế độ từ ngày 1-12, sáng 28-11
Ban Chấp hành ... đã họp và bầu ...") leaves the post in this event: "left". A retirement day before the event's
day, or a report with no day to compare it with, stays a retirement before the act: "former".

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_retirement_starting_after_the_event_leaves_the_post_in_it():
    got = pipeline_posts("Để kiện toàn chức danh Bí thư Tỉnh ủy Bạc Liêu, thay ông Lê Văn Hòa, Bí thư Tỉnh ủy, được "
                         "nghỉ hưu theo chế độ từ ngày 1-12, sáng 28-11 Ban Chấp hành Đảng bộ tỉnh đã họp và bầu ông "
                         "Trần Quốc Bảo giữ chức Bí thư Tỉnh ủy Bạc Liêu.", "Bầu Bí thư Tỉnh ủy")
    assert ("Trần Quốc Bảo", "Bí thư", "Tỉnh ủy Bạc Liêu", "appointed") in got
    assert ("Lê Văn Hòa", "Bí thư", "Tỉnh ủy Bạc Liêu", "left") in got
    # a retirement day before the event's day: the vacancy came before the act
    got = pipeline_posts("Sáng 28-11, Ban Chấp hành Đảng bộ tỉnh Bạc Liêu đã họp và bầu ông Trần Quốc Bảo giữ chức "
                         "Bí thư Tỉnh ủy Bạc Liêu, thay ông Lê Văn Hòa, Bí thư Tỉnh ủy, được nghỉ hưu theo chế độ từ "
                         "ngày 1-10.", "Bầu Bí thư Tỉnh ủy")
    assert ("Lê Văn Hòa", "Bí thư", "Tỉnh ủy Bạc Liêu", "former") in got


def test_a_retirement_starting_in_the_new_year_after_a_december_event_is_still_to_come():
    got = pipeline_posts("Chiều 29-12, Ban Thường vụ Tỉnh ủy chỉ định ông Hà Minh Đức giữ chức Chủ nhiệm Ủy ban Kiểm "
                         "tra Tỉnh ủy, thay ông Đoàn Văn Phú được nghỉ hưu theo chế độ kể từ ngày 1-1.", "Nhân sự")
    assert ("Đoàn Văn Phú", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy", "left") in got

