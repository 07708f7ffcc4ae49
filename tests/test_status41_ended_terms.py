"""A person moved in the report's act: the title of a term that ended is former (loaders/extract/successors.py,
``ended_term_titles``).

"ACT NAME, OLD TITLES, giữ chức NEW": an old title written with its term, in NEW's body or one of its kind, is of
the term that ended, "former". Every other title stays held (the gold's conv25: a transfer alone ends nothing),
the same role in another body too. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.test_successors34 import posts  # (person, role and body) -> status of every post of a text


def test_the_same_role_in_another_body_stays_held_as_a_transfer_ends_nothing_by_itself():
    # conv25 (tests/gold/README.md): the title a moved person is written with stays held unless the text tells its end
    got = posts("Chỉ định đồng chí Lê Thị Bình, Bí thư Tỉnh ủy Hà Nam, giữ chức Bí thư Tỉnh ủy Ninh Bình.")
    assert got[("Lê Thị Bình", "Bí thư Tỉnh ủy Hà Nam")] == "holds"
    assert got[("Lê Thị Bình", "Bí thư Tỉnh ủy Ninh Bình")] == "appointed"


def test_a_title_written_with_its_term_is_of_the_term_that_ended():
    got = posts("Ông Đỗ Văn Giang, Phó Trưởng Ban Kinh tế HĐND tỉnh Nghệ An khóa XV, giữ chức Trưởng Ban Kinh tế.")
    assert got[("Đỗ Văn Giang", "Phó Trưởng Ban Kinh tế Hội đồng nhân dân tỉnh Nghệ An")] == "former"
    got = posts("Trung ương đã bầu ông Lê Văn Tâm, Ủy viên Trung ương Đảng, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra "
                "Trung ương khóa XIII giữ chức Chủ nhiệm Ủy ban Kiểm tra Trung ương khóa XIII.")
    assert got[("Lê Văn Tâm", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương")] == "holds"  # the same term


def test_a_step_up_another_kind_and_another_unit_keep_the_title():
    got = posts("Ông Lý Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Diễn Châu được chỉ định giữ chức Bí thư "
                "Huyện ủy Diễn Châu. Bộ Chính trị điều động ông Hà Văn Nam, Chủ tịch UBND tỉnh Hà Nam, giữ chức Bí thư "
                "Tỉnh ủy Nam Định. Ông Phạm Văn Dũng, Vụ trưởng Vụ Tổng hợp được điều động, bổ nhiệm giữ chức Chánh "
                "Văn phòng Bộ Công Thương. Ông Trần Văn Cường, Giám đốc Sở Xây dựng tỉnh Nghệ An được bổ nhiệm giữ "
                "chức Giám đốc Sở Giao thông vận tải tỉnh Nghệ An.")
    assert got[("Lý Văn Hải", "Phó Bí thư Huyện ủy Diễn Châu")] == "holds"
    assert got[("Lý Văn Hải", "Chủ tịch Ủy ban nhân dân huyện Diễn Châu")] == "holds"
    assert got[("Hà Văn Nam", "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam")] == "holds"
    assert got[("Phạm Văn Dũng", "Vụ trưởng Vụ Tổng hợp")] == "holds"
    assert got[("Trần Văn Cường", "Giám đốc Sở Xây dựng tỉnh Nghệ An")] == "holds"
