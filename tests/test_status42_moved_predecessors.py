"""A predecessor named with his own move under "thay" (loaders/extract/successors.py, ``moved_predecessors``): a move
told with a word of an earlier time ("vừa", "mới", "đã") or with its start ("từ tháng 5") was made before the report's
act, and the post it gave is held; a bare "được điều động làm X" is one more decision of the set the report announces,
and X is appointed. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.test_successors34 import posts  # (person, role and body) -> status of every post of a text

ACT = ("Bộ Nội vụ công bố quyết định bổ nhiệm bà Trần Thị Hà, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp "
       "chế, thay ông Lê Văn Dũng {} làm Chánh Văn phòng Bộ.")


def test_a_predecessors_move_told_bare_with_the_act_is_appointed_one_told_as_earlier_is_held():
    got = posts(ACT.format("được điều động"))
    assert got[("Lê Văn Dũng", "Chánh Văn phòng Bộ Nội vụ")] == "appointed"
    assert got[("Lê Văn Dũng", "Vụ trưởng Vụ Pháp chế")] == "left"
    assert got[("Trần Thị Hà", "Vụ trưởng Vụ Pháp chế")] == "appointed"
    # a word of an earlier time, or the new title's start, tells a move made before the act: held
    assert posts(ACT.format("vừa được điều động"))[("Lê Văn Dũng", "Chánh Văn phòng Bộ Nội vụ")] == "holds"
    # moved by a body the text names: a decision of its own, told as background
    got = posts("Ban Chấp hành Đảng bộ huyện đã bầu đồng chí Hoàng Thị Mai giữ chức Bí thư Huyện uỷ Cam Lộ, thay đồng "
                "chí Trần Văn Hùng được Ban Thường vụ Tỉnh ủy điều động làm Phó Trưởng Ban Dân vận Tỉnh ủy.")
    assert got[("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Trị")] == "holds"
    got = posts("Ban Chấp hành Đảng bộ huyện đã bầu đồng chí Hoàng Thị Mai giữ chức Bí thư Huyện uỷ Cam Lộ, thay đồng "
                "chí Trần Văn Hùng được điều động nhận nhiệm vụ Giám đốc Sở Tài chính từ tháng 5.")
    assert got[("Trần Văn Hùng", "Giám đốc Sở Tài chính tỉnh Quảng Trị")] == "holds"
    assert got[("Trần Văn Hùng", "Bí thư Huyện ủy Cam Lộ")] == "left"


def test_a_predecessor_named_with_his_own_move_still_leaves_the_post_his_replacer_gains():
    got = posts("Bộ Tư pháp bổ nhiệm bà Trần Thị Hà giữ chức Vụ trưởng Vụ Pháp chế. Bà Hà thay ông Lê Văn Dũng, Vụ "
                "trưởng, được điều động làm Chánh Văn phòng Bộ.")
    assert got[("Lê Văn Dũng", "Vụ trưởng Vụ Pháp chế")] == "left"
    assert got[("Lê Văn Dũng", "Chánh Văn phòng Bộ Tư pháp")] == "appointed"
    assert got[("Trần Thị Hà", "Vụ trưởng Vụ Pháp chế")] == "appointed"
