"""Small causes of round 35's wtune35 misses: a country's long name after an ambassador's title, a
transliterated Lao name with a comma after it, the Tày family name "Lộc" after a village's name, and an
association's village branch ("Chi hội") with its head and deputy.

The sentences are our own, written in the shape of wtune35 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts  # (person, role, body as written or "", status)


def test_an_ambassador_of_dai_han_dan_quoc_holds_the_post_at_that_country():
    got = pipeline_posts("Sáng 12/4, Đại sứ Đặc mệnh toàn quyền Đại Hàn Dân Quốc tại Việt Nam Lee Sang-woo đã thăm "
                         "và làm việc tại tỉnh Hải Dương.", "Tin đối ngoại")
    assert ("Lee Sang-woo", "Đại sứ Đặc mệnh toàn quyền", "Đại Hàn Dân Quốc", "holds") in got
    assert not any(person == "Đại Hàn Dân Quốc" for person, *_ in got)


def test_a_lao_name_before_a_comma_keeps_its_last_syllable():
    got = pipeline_posts("Bà Souphanh Keomanyvong, Phó Chủ tịch Quốc hội Lào, cảm ơn sự đón tiếp của tỉnh. "
                         "Đoàn do bà Khamla Sikhăm, Thứ trưởng Bộ Nội vụ Lào, dẫn đầu.", "Tin đối ngoại")
    assert ("Khamla Sikhăm", "Thứ trưởng", "Bộ Nội vụ Lào", "holds") in got


def test_the_family_name_loc_ends_the_village_name_before_it():
    got = pipeline_posts("Trưởng thôn Khuổi Luông Lộc Văn Sinh cho biết cả thôn đã làm 2 km đường.", "Tin")
    assert got == {("Lộc Văn Sinh", "Trưởng thôn", "thôn Khuổi Luông", "holds")}


def test_an_association_branch_head_holds_the_post_in_the_branch():
    got = pipeline_posts("Ông Huỳnh Văn Tám, Chi hội trưởng Chi hội nông dân ấp Bình Thạnh, cho biết năm nay "
                         "chi hội có 12 hộ sản xuất giỏi.", "Tin")
    assert got == {("Huỳnh Văn Tám", "Chi hội trưởng", "Chi hội nông dân ấp Bình Thạnh", "holds")}


def test_an_association_branch_deputy_holds_the_post_and_no_bare_hoi_is_read():
    text = "Bà Lường Thị Mai, Chi hội phó Chi hội Cựu chiến binh thôn Nà Sản, phát biểu."
    assert pipeline_posts(text, "Tin") == {("Lường Thị Mai", "Chi hội phó", "Chi hội Cựu chiến binh thôn Nà Sản",
                                            "holds")}
    assert [written for _name, written in pipeline_orgs(text)] == ["Chi hội Cựu chiến binh thôn Nà Sản"]
