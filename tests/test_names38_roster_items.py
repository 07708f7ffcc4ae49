"""Persons found whole, thirty-eighth names round: a roster written as items "<name> - <title>" parted by
";" ("các đồng chí: A - Trưởng Ban Tuyên giáo Tỉnh ủy; B - Phó Chủ tịch UBND tỉnh; C - ...") names a person
at the head of every item, whatever the family name. A name whose family name is on no list ("Phù",
"Văn") was lost with its post; it is read when an item of the same sentence opens with a person found
already and the words read as a name. Items that open with places, no person beside them, stay unread.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts


def test_names_of_rare_families_open_the_items_of_a_roster_parted_by_semicolons():
    got = pipeline_posts("Lãnh đạo tỉnh gồm các đồng chí: Bế Thị Thu Lan - Trưởng Ban Tuyên giáo Tỉnh uỷ; Phù Văn Tư - "
                         "Phó Chủ tịch UBND tỉnh Lạng Sơn; Văn Công Bình - Bí thư Đảng uỷ phường Bắc Sơn.",
                         "Lạng Sơn kiện toàn nhân sự")
    assert ("Phù Văn Tư", "Phó Chủ tịch", "UBND tỉnh Lạng Sơn", "holds") in got
    assert ("Văn Công Bình", "Bí thư", "Đảng uỷ phường Bắc Sơn", "holds") in got
    # items that name places, with no person opening a sibling item, are not read as persons
    got = pipeline_posts("Kết quả như sau: Phù Yên - Chủ tịch huyện báo cáo; Văn Chấn - Chủ tịch huyện báo cáo.",
                         "Sơn La họp trực tuyến")
    assert not {p[0] for p in got} & {"Phù Yên", "Văn Chấn"}
    # nor does a person opening an item of another sentence vouch for such a name
    got = pipeline_posts("Dự họp có các đồng chí: Bế Thị Thu Lan - Trưởng Ban Tuyên giáo Tỉnh uỷ; Lò Thị Huệ - Phó "
                         "Chủ tịch UBND tỉnh Lạng Sơn. Về kết quả: Phù Văn Tư - Phó Chủ tịch UBND huyện đọc báo cáo; "
                         "Văn Công Bình - Bí thư Đảng uỷ phường Bắc Sơn.", "Lạng Sơn kiện toàn nhân sự")
    assert ("Lò Thị Huệ", "Phó Chủ tịch", "UBND tỉnh Lạng Sơn", "holds") in got
    assert not {p[0] for p in got} & {"Phù Văn Tư", "Văn Công Bình"}
