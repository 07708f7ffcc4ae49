"""A predecessor under "thay" written with a former prefix before the post ("thay đồng chí B, nguyên Trưởng Ban X,
...") no longer held it: "former" (loaders/extract/successors.py, ``retired_predecessors``; the read sets' gold writes
every such predecessor former). The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.test_successors34 import posts  # (person, role and body) -> status of every post of a text


def test_a_predecessor_written_nguyen_before_the_post_is_former():
    got = posts("Theo đó, điều động đồng chí Phan Văn Huệ, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Sở Nội vụ giữ chức "
                "Trưởng Ban Tổ chức Tỉnh uỷ, thay đồng chí Lê Văn Giao, nguyên Trưởng Ban Tổ chức Tỉnh uỷ, đã được Bộ "
                "Chính trị điều động giữ chức Phó Trưởng Ban Dân vận Trung ương từ tháng 3.")
    assert got[("Lê Văn Giao", "Trưởng Ban Tổ chức Tỉnh ủy")] == "former"
    assert got[("Lê Văn Giao", "Phó Trưởng Ban Dân vận Trung ương")] == "holds"
    assert got[("Phan Văn Huệ", "Trưởng Ban Tổ chức Tỉnh ủy")] == "appointed"
    # written as held, the post is the one this event gives away: left
    got = posts("Hội nghị đã bầu ông Lê Văn Bình giữ chức Chủ tịch Hội Nông dân tỉnh, thay ông Trần Văn Hòa, Chủ tịch "
                "Hội Nông dân tỉnh, vừa được điều động làm Phó Chủ tịch UBND tỉnh.")
    assert got[("Trần Văn Hòa", "Chủ tịch Hội Nông dân tỉnh")] == "left"
